"""Memory at rest: every Hashiya process together (the window and anything it started), resident,
at first paint, after opening 100 articles one after another, and after 10 s idle with hazm loaded.

    python -m benchmarks.memory [--articles N] [--idle S] [--json]

The window runs in a fresh interpreter (offscreen); the library holds generated seed-sized articles.
Resident memory is read from /proc (VmRSS) for the window's process and all its descendants.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tree_rss_mb(pid: int) -> float:
    """Resident memory of `pid` and every process below it, in MB."""
    total = 0.0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    todo.extend(int(child) for child in children.read().split())
        except OSError:
            continue  # the process ended meanwhile
    return total


def child(library: str, settings: str, articles: int, idle_s: float) -> dict[str, object]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.startup_child import wait_for_paint
    from reader.app import create_main_window

    app, window = create_main_window(Path(library), Path(settings))
    window.show()
    window.open_initial_article()
    wait_for_paint(window.reader.text_view.viewport())
    result: dict[str, object] = {"first_paint_mb": tree_rss_mb(os.getpid())}
    opened = 0
    for _ in range(articles):
        before = window.reader.article.id if window.reader.article is not None else None
        window.panel.step(1)
        if window.reader.article is None or window.reader.article.id == before:
            break
        wait_for_paint(window.reader.text_view.viewport())
        opened += 1
    result["opened"] = opened
    result["after_opening_mb"] = tree_rss_mb(os.getpid())
    loop = QEventLoop()
    QTimer.singleShot(int(idle_s * 1000), loop.quit)
    loop.exec()
    QApplication.processEvents()
    result["at_rest_mb"] = tree_rss_mb(os.getpid())
    result["hazm_loaded"] = "hazm" in sys.modules
    window.library.close()
    return result


def measure(articles: int = 100, idle_s: float = 10.0) -> dict[str, object]:
    from benchmarks.corpus import write_collection
    from reader.services.library import Library

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_collection(Path(tmp) / "collection", articles + 20)
        library = Path(tmp) / "library.sqlite"
        with Library(library) as opened:
            opened.import_paths([folder])
        settings = Path(tmp) / "settings.ini"
        settings.write_text(f"[session]\nlibrary_path={library}\n[preferences]\nauthor=benchmark\n", encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_DATA_HOME": str(Path(tmp) / "data")}
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.memory", "--child", str(library), str(settings), str(articles),
             str(idle_s)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["seconds"] = time.monotonic() - started
        return result


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        library, settings, articles, idle = argv[1:5]
        print(json.dumps(child(library, settings, int(articles), float(idle))))
        sys.stdout.flush()
        os._exit(0)  # skip Qt teardown: not part of what is measured
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--idle", type=float, default=10.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.articles, args.idle)
    if args.json:
        print(json.dumps(result))
        return 0
    print("memory benchmark (every Hashiya process together, resident)")
    for key in ("first_paint_mb", "after_opening_mb", "at_rest_mb"):
        print(f"  {key:<18} {result[key]:7.1f} MB")
    print(f"  opened {result['opened']} articles; hazm loaded: {result['hazm_loaded']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

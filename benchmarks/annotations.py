"""Annotation speed: open an article holding 1,000 annotations, and save one annotation.

    python -m benchmarks.annotations [--annotations N] [--json]

Runs offscreen in one process: a fresh library with one long generated article, N overlapping
annotations made through the service, then the real main window opens it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.budget import OPEN_ANNOTATED_MS, SAVE_ANNOTATION_MS, mark, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



def _article_folder(tmp: Path) -> Path:
    from benchmarks.corpus import seed_shaped_article, sentence_bank

    folder = tmp / "long"
    folder.mkdir()
    (folder / "long.txt").write_text(seed_shaped_article(random.Random(3), sentence_bank(), 0, target_chars=60_000),
                                     encoding="utf-8")
    return folder


def measure(count: int) -> dict[str, float]:
    from reader.app import create_main_window
    from reader.services.library import Library

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["XDG_DATA_HOME"] = str(tmp)
        library = Library(tmp / "lib.sqlite")
        library.import_paths([_article_folder(tmp)])
        (article_id,) = library.article_ids()
        text = library.article(article_id).text
        service = library.annotations
        tags = [t.id for t in service.tags()]
        rng = random.Random(11)
        for _ in range(count):
            start = rng.randrange(0, len(text) - 200)
            service.create(article_id, start, start + rng.randint(5, 180), [rng.choice(tags)], author="bench")
        library.close()
        settings = tmp / "settings.ini"
        settings.write_text(f"[session]\nlibrary_path={tmp / 'lib.sqlite'}\n[preferences]\nauthor=bench\n", encoding="utf-8")
        app, window = create_main_window(tmp / "lib.sqlite", settings)
        window.show()
        app.processEvents()
        opens = []
        for _ in range(7):
            window.reader.show_article(None)
            app.processEvents()
            started = time.perf_counter()
            window.open_article(article_id)
            window.reader.text_view.viewport().grab()  # forces layout and a full paint with the highlights
            opens.append((time.perf_counter() - started) * 1000)
        painted = len(window.reader.text_view.extraSelections())
        saves, tagged = [], []
        service = window.controller.service
        for n in range(50):
            start = 100 + n * 37
            started = time.perf_counter()
            service.create(article_id, start, start + 20, [tags[0]], author="bench")  # committed on return
            saves.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            window.controller.annotate(article_id, start + 5, start + 25, [tags[1]], "bench")
            window.reader.text_view.viewport().grab()
            tagged.append((time.perf_counter() - started) * 1000)
        window.close()
        window.library.close()
    return {
        "annotations": count,
        "article_chars": len(text),
        "highlights_painted": painted,
        "open_to_painted_ms_median": statistics.median(opens),
        "save_one_ms_median": statistics.median(saves),
        "save_one_ms_p95": percentile(saves, 0.95),
        "tag_in_window_to_repainted_ms_median": statistics.median(tagged),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--annotations", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.annotations)
    ok_open = result["open_to_painted_ms_median"] <= OPEN_ANNOTATED_MS
    ok_save = result["save_one_ms_median"] <= SAVE_ANNOTATION_MS
    if args.json:
        print(json.dumps({**result, "ok": ok_open and ok_save}))
    else:
        print(f"{'annotation benchmark':<38} value")
        for key, value in result.items():
            print(f"{key:<38} {value:,.1f}" if isinstance(value, float) else f"{key:<38} {value:,}")
        print(f"{'open budget':<38} ≤ {OPEN_ANNOTATED_MS:.0f} ms: {mark(ok_open)}")
        print(f"{'save budget (committed)':<38} ≤ {SAVE_ANNOTATION_MS:.0f} ms: {mark(ok_save)}")
    return 0 if ok_open and ok_save else 1


if __name__ == "__main__":
    sys.exit(main())

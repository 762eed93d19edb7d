"""One cold start, run by `benchmarks.startup` in a fresh interpreter; prints one JSON line.

    python -m benchmarks.startup_child LIBRARY SETTINGS [--scroll-to-end]

Times are `time.monotonic()` (CLOCK_MONOTONIC, shared by every process on the machine), so the
parent can subtract the moment it started this process. Nothing is imported before the first
timestamp beyond what the interpreter itself needs.
"""

import time

ENTERED = time.monotonic()

import os  # noqa: E402 - after the first timestamp on purpose
import resource  # noqa: E402
import sys  # noqa: E402

PAINT_TIMEOUT_MS = 30_000
# Modules the first paint does not need: reported when one of them was imported by then.
WATCHED = ("hazm", "qtawesome", "sqlite_utils", "reader.services.annotations", "reader.gui.margin",
           "reader.services.suggestions", "reader.services.agreement", "reader.services.search",
           "reader.core.render", "PySide6.QtOpenGL", "PySide6.QtSvg")


def _status_mb(field: str) -> float | None:
    """A memory figure of this process from /proc/self/status (`VmHWM`, `VmRSS`), in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """This process's peak RSS. On Linux `ru_maxrss` survives exec, so a child started by a big parent
    (one that has just built the benchmark library, say) would report the parent's peak; the new
    address space's own high-water mark, VmHWM, does not."""
    found = _status_mb("VmHWM")
    return found if found is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def resident_mb() -> float | None:
    """This process's resident memory now (VmRSS), in MB."""
    return _status_mb("VmRSS")


def wait_for_paint(widget) -> bool:
    """Run the event loop until `widget` has been painted (and the window flushed); False on timeout."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    painted = []

    class PaintWatcher(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(True)
                # The paint itself runs after this filter returns; quit once it (and the flush) is done.
                QTimer.singleShot(0, loop.quit)
            return False

    watcher = PaintWatcher()
    widget.installEventFilter(watcher)
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    loop.exec()
    widget.removeEventFilter(watcher)
    return bool(painted)


def main(argv: list[str]) -> int:
    from pathlib import Path

    library_path, settings_path = Path(argv[0]), Path(argv[1])
    scroll_to_end = "--scroll-to-end" in argv[2:]
    result: dict[str, object] = {"entered": ENTERED}

    from reader.app import collect_after_first_paint, create_main_window, install_excepthook, pause_collection, setup_logging

    # As `python main.py` does (reader.app.run_gui): the collector paused until the first paint, the
    # log (under $XDG_DATA_HOME) and the excepthook set up before the window.
    pause_collection()
    setup_logging()
    install_excepthook()
    app, window = create_main_window(library_path, settings_path)
    result["built"] = time.monotonic()
    window.show()
    window.open_initial_article()
    collect_after_first_paint(window)
    result["shown"] = time.monotonic()
    result["painted_ok"] = wait_for_paint(window.reader.text_view.viewport())
    result["painted"] = time.monotonic()
    result["cpu_seconds"] = time.process_time()  # every thread of this process, since it started
    result["peak_rss_mb"] = peak_rss_mb()
    result["rss_mb"] = resident_mb()
    result["platform"] = app.platformName()
    result["imported"] = sorted(name for name in WATCHED if name in sys.modules)
    result["hazm"] = "hazm" in sys.modules
    if window.starting_sample:
        # A first start: the window was painted before the sample's import; time it until its first
        # article is open too (without a budget: the window is usable meanwhile).
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + PAINT_TIMEOUT_MS / 1000
        while (window.starting_sample or window.reader.article is None) and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        result["sample_ready"] = time.monotonic()
        result["sample_hazm"] = "hazm" in sys.modules
    result["article_id"] = window.reader.article.id if window.reader.article is not None else None
    result["articles"] = window.panel.articles.rowCount()

    if scroll_to_end:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        view = window.panel.article_view
        model = window.panel.articles
        started = time.monotonic()
        # What a reader does: Ctrl+End in the list selects the last article, which opens it.
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QApplication.sendEvent(view, press)
        result["end_painted_ok"] = wait_for_paint(window.reader.text_view.viewport())
        result["end_seconds"] = time.monotonic() - started
        last_id = model.article_id(model.rowCount() - 1)
        result["end_opened_last"] = (
            view.currentIndex().row() == model.rowCount() - 1
            and window.reader.article is not None
            and window.reader.article.id == last_id
        )
        result["end_peak_rss_mb"] = peak_rss_mb()
        result["end_hazm"] = "hazm" in sys.modules

    import json

    window.library.close()
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter and Qt teardown: not part of what is measured


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The reference every time budget is a ratio to: a bare Qt window, started the way Hashiya is.

    python -m benchmarks.reference_child

A fresh interpreter imports PySide6, makes a QApplication, and shows a QMainWindow (1280×820, the
size Hashiya's window opens at) whose central widget is a QTextEdit holding a Persian page (the
first article of the bundled sample, as plain text), then waits for the text's first paint, exactly
as `benchmarks.startup_child` waits for Hashiya's. Nothing of Hashiya is imported. The parent sets
the platform plugin, the environment and the interpreter's flags, the same for both. Prints one
JSON line: the moments (time.monotonic), the process's CPU time and its peak RSS at first paint.
"""

import time

ENTERED = time.monotonic()

import os  # noqa: E402 - after the first timestamp on purpose
import sys  # noqa: E402

from benchmarks.startup_child import peak_rss_mb, resident_mb, wait_for_paint  # noqa: E402

PAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "sample",
                    "01_helmand_water_dispute.txt")


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

    with open(PAGE, encoding="utf-8") as page:
        text = page.read()
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    view = QTextEdit()
    view.setReadOnly(True)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.setPlainText(text)
    window.setCentralWidget(view)
    window.resize(1280, 820)
    result: dict[str, object] = {"entered": ENTERED, "built": time.monotonic()}
    window.show()
    result["shown"] = time.monotonic()
    result["painted_ok"] = wait_for_paint(view.viewport())
    result["painted"] = time.monotonic()
    result["cpu_seconds"] = time.process_time()
    result["peak_rss_mb"] = peak_rss_mb()
    result["rss_mb"] = resident_mb()
    result["platform"] = app.platformName()

    import json

    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # as the startup child: teardown is not measured


if __name__ == "__main__":
    sys.exit(main())

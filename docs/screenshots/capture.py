"""Regenerate the README's screenshots: `.venv/bin/python docs/screenshots/capture.py`.

Each shot runs in a fresh process (the interface language is fixed when the app starts), on a
fresh library holding the bundled sample, rendered offscreen at 1280×800.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

# name: (language, theme, preset, article id in the sample, scroll fraction)
SHOTS = {
    "main-fa-light-md": ("fa", "light", "MD", 4, 0.0),
    "main-fa-dark-lg": ("fa", "dark", "LG", 3, 0.55),
    "main-fa-sepia-md": ("fa", "sepia", "MD", 4, 0.62),
    "main-en-light-md": ("en", "light", "MD", 6, 0.0),
    "main-en-dark-lg": ("en", "dark", "LG", 4, 0.35),
}

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from reader.app import create_main_window
library, settings, out, article, scroll = sys.argv[1:6]
app, window = create_main_window(Path(library), Path(settings))
window.resize(1280, 800)
window.show()
window.panel.select_article(int(article))
def shoot():
    window.reader.set_scroll_fraction(float(scroll))
    app.processEvents()
    window.grab().save(out)
    app.quit()
QTimer.singleShot(300, shoot)
app.exec()
"""


def capture(name: str, language: str, theme: str, preset: str, article: int, scroll: float) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Path(tmp) / "settings.ini"
        settings.write_text(f"[preferences]\nlanguage={language}\ntheme={theme}\nfont_preset={preset}\n", encoding="utf-8")
        out = HERE / f"{name}.png"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": tmp}
        subprocess.run(
            [sys.executable, "-c", CHILD, str(Path(tmp) / "library.sqlite"), str(settings), str(out), str(article), str(scroll)],
            cwd=REPO, env=env, check=True, timeout=120,
        )
        return out


def main() -> int:
    for name, spec in SHOTS.items():
        print(capture(name, *spec))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate the README's screenshots: `.venv/bin/python docs/screenshots/capture.py`.

Each shot runs in a fresh process (the interface language is fixed when the app starts), on a
fresh library holding the bundled sample, rendered offscreen at 1440×860. The annotated shots also
export that article: page 1 of its PDF (with poppler's pdftoppm) and its HTML page (with a headless
Chromium), each only when the tool is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

# name: (language, theme, preset, article id in the sample, scroll fraction, annotate)
SHOTS = {
    "main-fa-light-md": ("fa", "light", "MD", 4, 0.0, False),
    "main-fa-dark-lg": ("fa", "dark", "LG", 3, 0.55, False),
    "main-fa-sepia-md": ("fa", "sepia", "MD", 4, 0.62, False),
    "main-en-light-md": ("en", "light", "MD", 6, 0.0, False),
    "main-en-dark-lg": ("en", "dark", "LG", 4, 0.35, False),
    "annotations-fa-light": ("fa", "light", "MD", 1, 0.0, True),
    "annotations-fa-dark": ("fa", "dark", "MD", 1, 0.0, True),
}

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from reader.app import create_main_window
PARAGRAPH_BREAK = chr(10) * 2
library, settings, out, article, scroll, annotate = sys.argv[1:7]
app, window = create_main_window(Path(library), Path(settings))
window.resize(1440, 860)
window.show()
window.panel.select_article(int(article))
if annotate == "1":
    # Overlapping claim and denial, as a researcher would mark the sample's first article.
    text = window.reader.article.text
    claim, denial = window.controller.tags()[:2]
    def span(phrase):
        start = text.index(phrase)
        return start, start + len(phrase)
    c = window.controller
    a = c.annotate(int(article), *span("ادعای مقام‌های ایرانی"), [claim.id], "Parwana", "ادعای اصلی خبر")
    first_para = text.split(PARAGRAPH_BREAK)[1]
    s0 = text.index(first_para)
    c.annotate(int(article), s0, s0 + len(first_para) // 2, [denial.id], "Farid", "تکذیب رسمی وزارت")
    second = text.split(PARAGRAPH_BREAK)[3]
    s1 = text.index(second)
    c.annotate(int(article), s1 + 10, s1 + 70, [claim.id, denial.id], "Parwana", "هر دو: ادعا و تکذیب در یک جمله")
    window.annotation_panel.select_annotation(a.uuid)
    window.margin.margin.set_current(a.uuid)
    window.annotation_dock.raise_()
    from reader.gui.article_export import page_labels
    from reader.printing.pdf import write_pdf
    annotated = window.library.pages.page(int(article), ui_language="fa")
    window.library.pages.write_html(annotated, out[:-4] + ".html", page_labels())
    write_pdf(annotated.page, out[:-4] + ".pdf", page_labels())
def shoot():
    window.reader.set_scroll_fraction(float(scroll))
    app.processEvents()
    window.grab().save(out)
    app.quit()
QTimer.singleShot(300, shoot)
app.exec()
"""


def render_exports(name: str, stem: Path) -> None:
    """Page 1 of the exported PDF and the HTML page in a browser, beside the window's shot."""
    pdf, page = stem.with_suffix(".pdf"), stem.with_suffix(".html")
    if pdf.exists() and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-png", str(pdf),
                        str(HERE / f"{name}-pdf")], check=True, timeout=60)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if page.exists() and browser:
        scheme = ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] if "dark" in name else []
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *scheme,
                        "--window-size=1280,900", f"--screenshot={HERE / f'{name}-html.png'}", page.as_uri()],
                       check=True, timeout=120, capture_output=True)


def capture(name: str, language: str, theme: str, preset: str, article: int, scroll: float, annotate: bool) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Path(tmp) / "settings.ini"
        settings.write_text(f"[preferences]\nlanguage={language}\ntheme={theme}\nfont_preset={preset}\nauthor=Parwana\n",
                            encoding="utf-8")
        out = HERE / f"{name}.png"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": tmp}
        subprocess.run(
            [sys.executable, "-c", CHILD, str(Path(tmp) / "library.sqlite"), str(settings), str(out), str(article), str(scroll),
             "1" if annotate else "0"],
            cwd=REPO, env=env, check=True, timeout=120,
        )
        if annotate:
            render_exports(name, out.with_suffix(""))
            for suffix in (".pdf", ".html"):
                out.with_suffix(suffix).unlink(missing_ok=True)
        return out


def main() -> int:
    for name, spec in SHOTS.items():
        print(capture(name, *spec))
    return 0


if __name__ == "__main__":
    sys.exit(main())

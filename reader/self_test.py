"""`--self-test`: prove, offscreen, that this build of Hashiya can do its job.

Opens a fresh library in a temporary folder, imports the bundled sample, runs hazm's normalizer
and sentence splitter, builds the main window and renders an article with a highlight, then exports
that article as HTML and PDF. Exits 0
only when every step worked; each step prints one line, so a failing bundle says what broke.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path


def _step(name: str, action: Callable[[], str]) -> bool:
    started = time.perf_counter()
    try:
        detail = action()
    except Exception:  # a self-test reports every failure instead of stopping at the first
        print(f"FAIL {name}\n{traceback.format_exc()}", flush=True)
        return False
    print(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms){': ' + detail if detail else ''}", flush=True)
    return True


def run_self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="hashiya-self-test-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    state: dict[str, object] = {}

    def library() -> str:
        from reader.services.library import Library
        from reader.services.locations import sample_collection_path

        lib = Library(folder / "library.sqlite")
        report = lib.import_paths([sample_collection_path()])
        if report.failed or not report.imported:
            raise RuntimeError(f"sample import: {len(report.imported)} imported, failures: {report.failed}")
        state["article_id"] = report.imported[0]
        from reader.storage.driver import sqlite3

        found = lib.search.search("کابل OR تهران OR هرات")
        if not found.hits:
            raise RuntimeError("full-text search found nothing in the sample")
        forms = lib.search.search("گفت", word_forms=True)  # hazm's lexicon, from the bundle's data
        if not forms.hits or not forms.forms():
            raise RuntimeError("word forms of «گفت» found nothing in the sample")
        lib.close()
        return (f"{len(report.imported)} sample articles imported, search finds {found.total}, word forms "
                f"{forms.total} (SQLite {sqlite3.sqlite_version})")

    def hazm_text() -> str:
        import hazm

        normalizer = hazm.Normalizer()
        sentences = hazm.SentenceTokenizer().tokenize(normalizer.normalize("سلام دنيا. اين يك آزمايش است؟ بله"))
        if len(sentences) != 3:
            raise RuntimeError(f"expected 3 sentences, got {sentences}")
        from reader.core.words import segment

        segments = segment("راه‌های تازه باز شد. مردم گفتند که امیدوارند.")
        if len(segments.sentences) != 2 or not segments.words:
            raise RuntimeError("hazm segmentation gave nothing")
        return f"{len(sentences)} sentences"

    def window() -> str:
        from reader.app import create_main_window

        settings = folder / "settings.ini"
        settings.write_text(f"[session]\nlibrary_path={folder / 'library.sqlite'}\n[preferences]\nauthor=self-test\n",
                            encoding="utf-8")
        app, main = create_main_window(folder / "library.sqlite", settings)
        main.resize(1200, 800)
        main.show()
        article_id = int(state["article_id"])  # type: ignore[arg-type]
        main.open_article(article_id)
        claim = main.library.annotations.tags()[0]
        main.controller.annotate(article_id, 0, 10, [claim.id], "self-test")
        image = main.grab().toImage()
        painted = len(main.reader.text_view.extraSelections())
        if image.isNull() or painted != 1 or app.translate("MainWindow", "&File") == "":
            raise RuntimeError(f"window render: null={image.isNull()} highlights={painted}")
        icon = app.windowIcon().pixmap(32, 32).toImage()
        if icon.isNull() or icon.pixelColor(16, 16).alpha() == 0:  # the SVG image plugin is missing
            raise RuntimeError("the application icon did not render")
        cards = len(main.margin.margin.notes)
        if main.margin.margin.isVisible() and cards != 1:
            raise RuntimeError(f"the margin shows {cards} notes, not 1")
        from reader.gui.help import guide_path

        guides = [guide_path(language) for language in ("fa", "en")]
        if not all(path.is_file() and path.stat().st_size > 1000 for path in guides):
            raise RuntimeError(f"the user guide is missing from the bundle: {guides}")
        main.show_reports()  # Qt Charts and QtSvg are bundled, XlsxWriter too
        reports = main.reports
        series = len(reports.chart_view.chart().series())
        if reports.table is None or reports.table.total.annotations != 1 or series < 1:
            raise RuntimeError(f"the report counted {reports.table and reports.table.total}, drew {series} series")
        svg = reports.export_chart("svg", str(folder / "chart.svg"))
        book = reports.export_table("xlsx", str(folder / "report.xlsx"))
        if svg is None or b"<svg" not in svg.read_bytes() or book is None or book.read_bytes()[:2] != b"PK":
            raise RuntimeError("the report's chart or table could not be exported")
        main.close()
        main.library.close()
        return (f"{image.width()}×{image.height()} rendered, {painted} highlight, {cards} margin note, icon drawn, "
                "user guide bundled, report charted and exported")

    def annotated_page() -> str:
        from reader.printing.pdf import pdf_bytes
        from reader.services.library import Library

        with Library(folder / "library.sqlite") as lib:
            annotated = lib.pages.page(int(state["article_id"]))  # type: ignore[arg-type]
            html = lib.pages.write_html(annotated, folder / "page.html").read_text(encoding="utf-8")
            pdf = pdf_bytes(annotated.page)
        if "@font-face" not in html or html.count("<mark ") < 1:
            raise RuntimeError("the HTML page lacks its font or its highlight")
        if not pdf.startswith(b"%PDF-") or b"NotoSansArabicStatic" not in pdf:  # the export font is bundled
            raise RuntimeError("the PDF was not written with the export font")
        return f"HTML {len(html) // 1024} KB, PDF {len(pdf) // 1024} KB"

    results = [_step("library and sample import", library), _step("hazm normalize and split", hazm_text),
               _step("main window with a highlight", window), _step("annotated page as HTML and PDF", annotated_page)]
    ok = all(results)
    print("self-test passed" if ok else "self-test FAILED", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(run_self_test())

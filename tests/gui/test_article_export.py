"""File → Export article… and Print… from the window: the same page as the command line."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from reader.gui import file_dialogs
from reader.gui.article_export import ArticleExportDialog, file_name


def annotated_window(make_window, app_paths):
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    article = window.reader.article
    claim, denial = window.controller.tags()[:2]
    text = article.text
    second = text.split("\n\n")[1]
    start = text.index(second)
    window.controller.annotate(article.id, start, start + 20, [claim.id], "Parwana", "یادداشت پروانه")
    window.controller.annotate(article.id, start + 30, start + 60, [denial.id], "Parwana", "دومی")
    return window


def test_export_html_and_pdf_in_the_background(qtbot, make_window, app_paths, tmp_path) -> None:
    window = annotated_window(make_window, app_paths)
    out = tmp_path / "page.html"
    with qtbot.waitSignal(window.article_export.exported, timeout=30000):
        window.article_export.export(window.reader.article.id, "html", out)
    text = out.read_text(encoding="utf-8")
    assert text.count("<mark ") == 2 and "یادداشت پروانه" in text and "<h2>یادداشت‌ها</h2>" in text
    pdf = tmp_path / "page.pdf"
    with qtbot.waitSignal(window.article_export.exported, timeout=30000):
        window.article_export.export(window.reader.article.id, "pdf", pdf, tag=window.controller.tags()[1].name)
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        layer = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        words = unicodedata.normalize("NFKC", layer)
        assert "دومی" in words and "یادداشت پروانه" not in words  # only the chosen tag's notes


def test_the_dialog_offers_the_articles_own_tags_and_authors(qtbot, make_window, app_paths) -> None:
    window = annotated_window(make_window, app_paths)
    dialog = ArticleExportDialog(window.library, window.reader.article.id, window)
    qtbot.addWidget(dialog)
    tags = [dialog.tag.itemText(i) for i in range(dialog.tag.count())][1:]
    assert tags == [t.name for t in window.controller.tags()[:2]]
    assert [dialog.author.itemData(i) for i in range(dialog.author.count())] == [None, "Parwana"]
    assert dialog.choice() == ("html", None, None)


def test_print_to_a_pdf_printer(qtbot, make_window, app_paths, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from reader.gui.article_export import page_labels
    from reader.printing.pdf import print_page

    window = annotated_window(make_window, app_paths)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_page(window.library.pages.page(window.reader.article.id).page, printer, page_labels())
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF-")


def test_file_names_and_the_folder_dialogs_open_in() -> None:
    assert file_name('وزارت: «ادعا» / رد شد? "بله"', ".pdf") == "وزارت «ادعا» رد شد بله.pdf"
    assert file_name("///", ".html") == "article.html"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert file_dialogs.documents_folder() in {Path(documents), Path.home()}
    assert file_dialogs.start_folder().is_dir()



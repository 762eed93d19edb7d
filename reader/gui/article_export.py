"""File → Export article… (the open article with its highlights and notes, as HTML or PDF) and
File → Print… — the same page the command line's `export-article` writes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from reader.gui import export_form, file_dialogs, icons
from reader.gui.errors import isolate
from reader.gui.operations import Background, CancelCheck, Report
from reader.services.library import Library

if TYPE_CHECKING:
    from reader.core.render.labels import Labels

SUFFIXES = {"html": ".html", "pdf": ".pdf"}


class ArticleExportDialog(QDialog):
    """The format, and which of the article's annotations to show."""

    def __init__(self, library: Library, article_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleExportDialog")
        self.setWindowTitle(self.tr("Export article"))
        self.format = QComboBox(self)
        self.format.addItem(self.tr("Web page (HTML), one file"), "html")
        self.format.addItem(self.tr("PDF document (A4)"), "pdf")
        service = library.annotations
        present = service.for_article(article_id)
        used = {t for a in present for t in a.tag_ids}
        self.tag = export_form.tag_choice(self, [tag for tag in service.tags() if tag.id in used])
        self.author = export_form.author_choice(self, sorted({a.author for a in present}))
        export_form.form(self, [(export_form.format_label(), self.format), (export_form.tag_label(), self.tag),
                                (export_form.author_label(), self.author)])

    def choice(self) -> tuple[str, str | None, str | None]:
        return self.format.currentData(), self.tag.currentData(), self.author.currentData()


def page_labels() -> Labels:
    """The page's own words in the interface language."""
    from reader.core.render.labels import CONTEXT, Labels  # the renderer: when a page is made, not at start-up

    persian = QCoreApplication.instance().property("hashiya_language") == "fa"
    return Labels.translated(lambda text: QCoreApplication.translate(CONTEXT, text), persian)


def file_name(title: str, suffix: str) -> str:
    """A file name from the article's title: its first words, without characters file systems refuse."""
    words = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).split()[:8]
    return (" ".join(words) or "article") + suffix


class ArticleExportController(QObject):
    exported = Signal(str)
    """Fires with the file written when an article export finished."""

    def __init__(self, window, status: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._status = status
        self.export_action = QAction(self.tr("Export &article…"), window)
        icons.bind(self.export_action, "export_article")
        self.export_action.setObjectName("exportArticleAction")
        self.export_action.triggered.connect(self.choose_export)
        self.print_action = QAction(self.tr("&Print article…"), window)
        icons.bind(self.print_action, "print")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_article)
        window.addActions([self.export_action, self.print_action])
        self.dialog: ArticleExportDialog | None = None

    def actions(self) -> list[QAction]:
        return [self.export_action, self.print_action]

    def _article_id(self) -> int | None:
        article = self._window.reader.article
        if article is None:
            self._status(self.tr("Open an article first."))
            return None
        return article.id

    def choose_export(self) -> None:
        article_id = self._article_id()
        if article_id is None:
            return
        dialog = self.dialog = ArticleExportDialog(self._window.library, article_id, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, tag, author = dialog.choice()
        suffix = SUFFIXES[fmt]
        path = file_dialogs.save_file(self._window, self.tr("Export article"),
                                      file_name(self._window.reader.article.title, suffix),
                                      dialog.format.currentText() + f" (*{suffix})")
        if path:
            if not path.endswith(suffix):
                path += suffix
            self.export(article_id, fmt, Path(path), tag, author)

    def export(self, article_id: int, fmt: str, path: Path, tag: str | None = None, author: str | None = None) -> None:
        labels = page_labels()
        language = "fa" if labels.persian else "en"
        if fmt == "pdf":
            from reader.printing.pdf import add_page_fonts

            add_page_fonts()  # on the main thread; the worker only uses them

        def work(library: Library, _report: Report, cancelled: CancelCheck) -> Path:
            annotated = library.pages.page(article_id, tag, author, ui_language=language)
            if fmt == "html":
                return library.pages.write_html(annotated, path, labels, cancelled)
            from reader.printing.pdf import write_pdf

            return write_pdf(annotated.page, path, labels, cancelled)

        def done(written: Path) -> None:
            self._status(self.tr("Exported the article to %1").replace("%1", isolate(str(written))))
            self.exported.emit(str(written))

        self._window.ops.start(Background(self.tr("Exporting the article…"), work, done,
                                          self.tr("Export cancelled; no file was written."), "articleExportProgress",
                                          self.tr("Export article")))

    def print_article(self) -> None:
        article_id = self._article_id()
        if article_id is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from reader.printing.pdf import print_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._window.reader.article.title)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print article"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        labels = page_labels()
        annotated = self._window.library.pages.page(article_id, ui_language="fa" if labels.persian else "en")
        print_page(annotated.page, printer, labels)
        self._status(self.tr("Sent to the printer."))

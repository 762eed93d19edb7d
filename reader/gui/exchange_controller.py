"""File → Export annotations / Merge annotation files: dialogs, background work, a preview.

A merge is first planned (a dry run) off the UI thread; the user sees what would be added,
updated, deleted and orphaned, and only then is it applied — in one transaction, cancellable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QMessageBox,
    QWidget,
)

from reader.core.errors import Cancelled
from reader.gui import export_form, file_dialogs
from reader.gui.errors import isolate, message_for
from reader.gui.operations import Background, CancelCheck, Operations, Report
from reader.services.library import Library

SUFFIXES = {"jsonld": ".jsonld", "csv": ".csv", "qdpx": ".qdpx"}


class ExportDialog(QDialog):
    """Which annotations to export, and in which format."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export annotations"))
        self.format = QComboBox(self)
        self.format.addItem(self.tr("W3C Web Annotation (JSON-LD)"), "jsonld")
        self.format.addItem(self.tr("REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder"), "qdpx")
        self.format.addItem(self.tr("CSV for spreadsheets"), "csv")
        self.collection = QComboBox(self)
        self.collection.addItem(self.tr("All collections"), None)
        for record in library.collections():
            self.collection.addItem(record.name, record.name)

        service = library.annotations
        self.tag = export_form.tag_choice(self, service.tags())
        self.author = export_form.author_choice(self, service.authors())
        self.all_articles = QCheckBox(self.tr("Every article of the collection, not only the annotated ones"), self)
        self.all_articles.setObjectName("exportAllArticles")
        self.provenance = QCheckBox(self.tr("Who added each article, and when"), self)
        self.provenance.setObjectName("exportProvenance")
        export_form.form(self, [(export_form.format_label(), self.format), (self.tr("&Collection:"), self.collection),
                                (export_form.tag_label(), self.tag), (export_form.author_label(), self.author),
                                ("", self.all_articles), ("", self.provenance)])

    def choice(self) -> tuple[str, str | None, str | None, str | None]:
        return self.format.currentData(), self.collection.currentData(), self.tag.currentData(), self.author.currentData()

    def options(self) -> dict[str, bool]:
        """What goes in beyond the annotations (the keyword arguments of `ExchangeService.export`)."""
        return {"all_articles": self.all_articles.isChecked(), "provenance": self.provenance.isChecked()}


class ExchangeController(QObject):
    exported = Signal(str, int)
    """Fires with the file written and the number of annotations in it."""

    def __init__(self, window: QWidget, ops: Operations, status: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self._status = status
        self.preview: QMessageBox | None = None

    # Export -----------------------------------------------------------------------------------------------
    def choose_export(self) -> None:
        dialog = ExportDialog(self._ops.library, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, collection, tag, author = dialog.choice()
        path = file_dialogs.save_file(self._window, self.tr("Export annotations"), "annotations" + SUFFIXES[fmt],
                                      dialog.format.currentText() + f" (*{SUFFIXES[fmt]})")
        if path:
            if not path.endswith(SUFFIXES[fmt]):
                path += SUFFIXES[fmt]
            self.export(fmt, Path(path), collection, tag, author, **dialog.options())

    def export(self, fmt: str, path: Path, collection: str | None = None, tag: str | None = None,
               author: str | None = None, all_articles: bool = False, provenance: bool = False) -> None:
        def work(library: Library, _report: Report, cancelled: CancelCheck) -> int:
            return library.exchange.export(fmt, path, collection, tag, author, cancelled,
                                           all_articles=all_articles, provenance=provenance)

        def done(count: int) -> None:
            self._status(self.tr("Exported %Ln annotation(s) to %1", "", count).replace("%1", isolate(str(path))))
            self.exported.emit(str(path), count)

        self._ops.start(Background(self.tr("Exporting…"), work, done, self.tr("Export cancelled; no file was written."),
                                   "exchangeProgress", self.tr("Annotation files")))

    # Merge ---------------------------------------------------------------------------------------------------
    def choose_merge(self) -> None:
        files = file_dialogs.open_files(self._window, self.tr("Merge annotation files"),
                                        self.tr("Annotation files (*.jsonld *.json *.qdpx)"))
        if files:
            self.preview_merge([Path(f) for f in files])

    def preview_merge(self, paths: list[Path]) -> None:
        """Read the files and plan the merge off the UI thread, then ask before applying it."""

        def work(library: Library, report: Report, cancelled: CancelCheck):
            from reader.services.exchange import read_exchange_file

            files = []
            for number, path in enumerate(paths):
                if cancelled():
                    raise Cancelled()
                report(number, len(paths), path.name)
                files.append(read_exchange_file(path))
            return files, library.exchange.plan(files, cancelled)

        self._ops.start(Background(self.tr("Reading the files…"), work, lambda result: self._show_preview(*result),
                                   self.tr("Merge cancelled; the library is as it was."), "exchangeProgress",
                                   self.tr("Annotation files")))

    def _show_preview(self, files, plan) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("mergePreview")
        box.setWindowTitle(self.tr("Merge annotation files"))
        box.setIcon(QMessageBox.Icon.Question)
        lines = []
        for report in plan.positions:
            convention = QCoreApplication.translate("Positions", report.convention.description)
            lines.append(self.tr("Positions in %1: %2").replace("%1", isolate(report.file)).replace("%2", convention))
            if report.adjusted:
                lines.append(self.tr("Selections would move to the words their file names: %Ln", "", report.adjusted))
        lines += [
            self.tr("Would add %Ln annotation(s)", "", len(plan.added)),
            self.tr("Would update %Ln annotation(s)", "", len(plan.updated)),
            self.tr("Would delete %Ln annotation(s)", "", len(plan.deleted)),
            self.tr("Would keep %Ln annotation(s) for review, their passage not found", "", len(plan.orphaned)),
            self.tr("Would leave %Ln annotation(s) unchanged", "", plan.unchanged),
        ]
        if plan.articles_added:
            lines.append(self.tr("Would bring in %Ln article(s) from the files", "", len(plan.articles_added)))
        if plan.tags_created:
            lines.append(self.tr("Would create the tags %1").replace("%1", "، ".join(isolate(t) for t in plan.tags_created)))
        if plan.notes_updated:
            lines.append(self.tr("Would write %Ln article note(s)", "", len(plan.notes_updated)))
        box.setText(self.tr("Merging these files would change the library as follows:"))
        box.setInformativeText("\n".join(lines))
        if plan.skipped:
            box.setDetailedText("\n".join(message_for(notice) for notice in plan.skipped))
        merge = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        merge.setEnabled(plan.changes > 0)
        box.buttonClicked.connect(lambda button: self.apply_merge(files) if button is merge else None)
        self.preview = box
        box.open()

    def apply_merge(self, files) -> None:
        def work(library: Library, report: Report, cancelled: CancelCheck):
            return library.exchange.merge(files, progress=lambda done, total: report(done, total, ""),
                                          cancelled=cancelled)

        def done(plan) -> None:
            self._status(self.tr("Merged: %Ln annotation(s) added or updated", "", len(plan.added) + len(plan.updated)))

        self._ops.start(Background(self.tr("Merging…"), work, done, self.tr("Merge cancelled; the library is as it was."),
                                   "exchangeProgress", self.tr("Annotation files")))

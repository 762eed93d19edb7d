"""File → Export annotations / Merge annotation files: dialogs, background work, a preview.

A merge is first planned (a dry run) off the UI thread; the user sees what would be added,
updated, deleted and orphaned, and only then is it applied — in one transaction, cancellable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from reader.gui import tasks
from reader.gui.errors import message_for, show_error
from reader.gui.progress import close_progress, open_progress
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
        from reader.services.annotations import AnnotationService

        service = AnnotationService(library.db)
        self.tag = QComboBox(self)
        self.tag.addItem(self.tr("All tags"), None)
        for tag in service.tags():
            self.tag.addItem(tag.name, tag.name)
        self.author = QComboBox(self)
        self.author.addItem(self.tr("All authors"), None)
        for author in service.authors():
            self.author.addItem(author or self.tr("(no name)"), author)
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Collection:"), self.collection)
        form.addRow(self.tr("&Tag:"), self.tag)
        form.addRow(self.tr("&Author:"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str | None, str | None, str | None]:
        return self.format.currentData(), self.collection.currentData(), self.tag.currentData(), self.author.currentData()


class ExchangeController(QObject):
    merged = Signal(object)
    """Fires with the MergePlan after a merge was applied."""
    exported = Signal(str, int)
    """Fires with the file written and the number of annotations in it."""

    def __init__(self, window: QWidget, library_path: Callable[[], Path], status: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._library_path = library_path
        self._status = status
        self.progress: QProgressDialog | None = None
        self.preview: QMessageBox | None = None
        self.task: tasks.Task | None = None
        self._cancelled_message = ""

    # Export -----------------------------------------------------------------------------------------------
    def choose_export(self, library: Library) -> None:
        dialog = ExportDialog(library, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, collection, tag, author = dialog.choice()
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export annotations"),
                                              "annotations" + SUFFIXES[fmt], f"*{SUFFIXES[fmt]}")
        if path:
            if not path.endswith(SUFFIXES[fmt]):
                path += SUFFIXES[fmt]
            self.export(fmt, Path(path), collection, tag, author)

    def export(self, fmt: str, path: Path, collection: str | None = None, tag: str | None = None,
               author: str | None = None) -> None:
        library_path = self._library_path()

        def work(report, cancelled) -> int:
            from reader.services.exchange import ExchangeService

            with Library(library_path) as library:
                return ExchangeService(library.db).export(fmt, path, collection, tag, author, cancelled)

        def done(count: int) -> None:
            self._finish()
            self._status(self.tr("Exported %Ln annotation(s) to %1", "", count).replace("%1", str(path)))
            self.exported.emit(str(path), count)

        self._start(self.tr("Exporting…"), work, done, self.tr("Export cancelled; no file was written."))

    # Merge ---------------------------------------------------------------------------------------------------
    def choose_merge(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self._window, self.tr("Merge annotation files"), "",
                                                self.tr("Annotation files (*.jsonld *.json *.qdpx)"))
        if files:
            self.preview_merge([Path(f) for f in files])

    def preview_merge(self, paths: list[Path]) -> None:
        """Read the files and plan the merge off the UI thread, then ask before applying it."""
        library_path = self._library_path()

        def work(report, cancelled):
            from reader.services.exchange import ExchangeCancelled, ExchangeService, read_exchange_file

            files = []
            for path in paths:
                if cancelled():
                    raise ExchangeCancelled()
                files.append(read_exchange_file(path))
            with Library(library_path) as library:
                return files, ExchangeService(library.db).plan(files)

        self._start(self.tr("Reading the files…"), work, lambda result: self._show_preview(paths, *result),
                    self.tr("Merge cancelled; the library is as it was."))

    def _show_preview(self, paths: list[Path], files, plan) -> None:
        self._finish()
        box = QMessageBox(self._window)
        box.setObjectName("mergePreview")
        box.setWindowTitle(self.tr("Merge annotation files"))
        box.setIcon(QMessageBox.Icon.Question)
        lines = [
            self.tr("Added: %Ln annotation(s)", "", len(plan.added)),
            self.tr("Updated: %Ln annotation(s)", "", len(plan.updated)),
            self.tr("Deleted: %Ln annotation(s)", "", len(plan.deleted)),
            self.tr("Orphaned, for review: %Ln annotation(s)", "", len(plan.orphaned)),
            self.tr("Unchanged: %Ln annotation(s)", "", plan.unchanged),
        ]
        if plan.articles_added:
            lines.append(self.tr("Articles brought in from the files: %Ln", "", len(plan.articles_added)))
        if plan.tags_created:
            lines.append(self.tr("New tags: %1").replace("%1", "، ".join(plan.tags_created)))
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
        library_path = self._library_path()

        def work(report, cancelled):
            from reader.services.exchange import ExchangeCancelled, ExchangeService

            def progress(done: int, total: int) -> None:
                report((done, total))
                if cancelled():
                    raise ExchangeCancelled()

            with Library(library_path) as library:
                return ExchangeService(library.db).merge(files, progress=progress)

        def done(plan) -> None:
            self._finish()
            self._status(self.tr("Merged: %Ln annotation(s) added or updated", "", len(plan.added) + len(plan.updated)))
            self.merged.emit(plan)

        self._start(self.tr("Merging…"), work, done, self.tr("Merge cancelled; the library is as it was."))

    # Background work -----------------------------------------------------------------------------------------
    def _start(self, label: str, work, done, cancelled_message: str) -> None:
        self._cancelled_message = cancelled_message
        progress = open_progress(self._window, label, self.tr("Cancel"), "exchangeProgress")
        self.progress = progress
        self.task = tasks.start(work, done, self._error, self._progress)
        progress.canceled.connect(self.task.cancel)

    def _progress(self, value) -> None:
        if self.progress is not None and isinstance(value, tuple):
            self.progress.setMaximum(value[1])
            self.progress.setValue(value[0])

    def _finish(self) -> None:
        self.task = None
        close_progress(self.progress)
        self.progress = None

    def _error(self, exc: BaseException) -> None:
        self._finish()
        from reader.services.exchange import ExchangeCancelled

        if isinstance(exc, ExchangeCancelled):
            self._status(self._cancelled_message)
            return
        box = show_error(self._window, self.tr("Annotation files"), exc)
        box.setObjectName("exchangeError")
        self.preview = box

"""File → Import: choose what to import, run it off the UI thread, show progress and a summary."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from reader.core.formats import ARTICLE_SUFFIXES
from reader.gui import tasks
from reader.gui.errors import message_for
from reader.gui.progress import close_progress, open_progress
from typing import TYPE_CHECKING
from reader.services.library import Library

if TYPE_CHECKING:
    from reader.services.importer import ImportProgress, ImportReport

PROGRESS_INTERVAL_S = 0.05


class ImportController(QObject):
    finished = Signal(object)
    """Fires with the ImportReport when an import ends (finished or cancelled)."""
    failed = Signal(object)
    """Fires with the exception when an import could not run at all."""

    def __init__(self, window: QWidget, library_path: Callable[[], Path]) -> None:
        super().__init__(window)
        self._window = window
        self._library_path = library_path
        self.progress: QProgressDialog | None = None
        self.task: tasks.Task | None = None
        self.last_summary: QMessageBox | None = None
        self.show_summary = True

    # Choosing ----------------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import a folder of articles"))
        if folder:
            self.start([folder])

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(ARTICLE_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import article files"), "", self.tr("Articles (%1)").replace("%1", patterns)
        )
        if files:
            self.start(files)

    def choose_zip(self) -> None:
        archive, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import a zip archive"), "", self.tr("Zip archives (*.zip)")
        )
        if archive:
            self.start([archive])

    # Running -----------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.task is not None

    def start(self, paths: Sequence[str | Path]) -> None:
        if self.task is not None:
            return
        library_path = self._library_path()
        progress = open_progress(self._window, self.tr("Reading files…"), self.tr("Cancel"), "importProgress")
        progress.setWindowTitle(self.tr("Importing"))
        self.progress = progress

        def work(report: Callable[[object], None], cancelled: Callable[[], bool]) -> ImportReport:
            last = 0.0

            def throttled(p: ImportProgress) -> None:
                nonlocal last
                now = time.monotonic()
                if now - last >= PROGRESS_INTERVAL_S or p.done == p.total:
                    last = now
                    report(p)

            with Library(library_path) as library:  # a connection of the worker thread's own
                return library.import_paths(paths, progress=throttled, cancelled=cancelled)

        self.task = tasks.start(work, self._done, self._error, self._progress)
        progress.canceled.connect(self.cancel)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _progress(self, p: ImportProgress) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(p.total)
        self.progress.setValue(p.done)
        if not (self.task and self.task.is_cancelled()):
            self.progress.setLabelText(
                self.tr("Importing %1 of %2\n%3")
                .replace("%1", QLocale().toString(p.done))
                .replace("%2", QLocale().toString(p.total))
                .replace("%3", Path(p.current).name)
            )

    def _finish(self) -> None:
        self.task = None
        close_progress(self.progress)
        self.progress = None

    def _done(self, report: ImportReport) -> None:
        self._finish()
        self.finished.emit(report)
        if self.show_summary:
            self._summarize(report)

    def _error(self, exc: BaseException) -> None:
        self._finish()
        self.failed.emit(exc)

    def _summarize(self, report: ImportReport) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("importSummary")
        box.setWindowTitle(self.tr("Import"))
        lines = [
            self.tr("Imported: %Ln article(s)", "", len(report.imported)),
            self.tr("Updated: %Ln article(s)", "", len(report.updated)),
            self.tr("Unchanged: %Ln article(s)", "", report.unchanged),
            self.tr("Failed: %Ln file(s)", "", len(report.failed)),
        ]
        if report.cancelled:
            lines.insert(0, self.tr("The import was cancelled; the batch in progress was not saved."))
        box.setText("\n".join(lines))
        box.setIcon(QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information)
        if report.failed:
            box.setInformativeText(self.tr("Some files could not be read. Details show why."))
            box.setDetailedText("\n".join(message_for(failure) for failure in report.failed))
        self.last_summary = box
        box.open()

"""File → Import: choose what to import, run it as a background operation, and sum up what happened."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.gui import file_dialogs
from reader.gui.errors import isolate, message_for
from reader.gui.operations import Background, CancelCheck, Operations, Report
from reader.services.library import Library

if TYPE_CHECKING:
    from reader.services.importer import ImportProgress, ImportReport

PROGRESS_INTERVAL_S = 0.05
OBJECT_NAME = "importProgress"


class ImportController(QObject):
    finished = Signal(object)
    """Fires with the ImportReport when an import ends (finished or cancelled), after the change event."""

    def __init__(self, window: QWidget, ops: Operations) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self.last_summary: QMessageBox | None = None
        self.show_summary = True
        self._summary = True

    # Choosing ----------------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = file_dialogs.existing_folder(self._window, self.tr("Import a folder of articles"))
        if folder:
            self.start([folder])

    def choose_files(self) -> None:
        from reader.core.formats import ARTICLE_SUFFIXES  # the readers of every format: not at start-up

        patterns = " ".join(f"*{suffix}" for suffix in sorted(ARTICLE_SUFFIXES))
        files = file_dialogs.open_files(self._window, self.tr("Import article files"),
                                        self.tr("Articles (%1)").replace("%1", patterns))
        if files:
            self.start(files)

    def choose_zip(self) -> None:
        archive = file_dialogs.open_file(self._window, self.tr("Import a zip archive"), self.tr("Zip archives (*.zip)"))
        if archive:
            self.start([archive])

    # Running -----------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._ops.is_running(OBJECT_NAME)

    def start(self, paths: Sequence[str | Path], summary: bool = True) -> None:
        """Import `paths` in the background; `summary`: sum up what happened in a message when done."""
        if self.is_running():
            return
        self._summary = summary

        def work(library: Library, report: Report, cancelled: CancelCheck) -> ImportReport:
            last = 0.0

            def throttled(p: ImportProgress) -> None:
                nonlocal last
                now = time.monotonic()
                if now - last >= PROGRESS_INTERVAL_S or p.done == p.total:
                    last = now
                    report(p.done, p.total, p.current)

            return library.import_paths(paths, progress=throttled, cancelled=cancelled)

        self._ops.start(Background(
            label=self.tr("Reading files…"), title=self.tr("Importing"), work=work, on_done=self._done,
            object_name=OBJECT_NAME, describe=self._describe,
        ))

    def _describe(self, done: int, total: int, current: str) -> str:
        return (self.tr("Importing %1 of %2\n%3")
                .replace("%1", QLocale().toString(done))
                .replace("%2", QLocale().toString(total))
                .replace("%3", isolate(Path(current).name)))

    def _done(self, report: ImportReport) -> None:
        self.finished.emit(report)
        if self.show_summary and (self._summary or report.failed or report.cancelled):
            self._summarize(report)

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

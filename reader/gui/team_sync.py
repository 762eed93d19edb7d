"""Keeps the library in step with its team folder while the window is open.

A few seconds after the user's annotations change, a round writes them (only the shards that
changed); when a colleague's file arrives — the folder watcher sees renames, a periodic check sees
what watchers miss, such as a file rewritten in place or a folder on a network drive — a round
merges it. Rounds run one at a time through `Operations.start` without a progress dialog, so views
refresh from the change record like after any merge; requests made while one runs are folded into
the next. The status bar says who changed what («۳ حاشیه‌نویسی تازه از زهرا»), and says once that
the folder cannot be reached (and once that it is back).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from reader.core.changes import Changes
from reader.core.errors import Cancelled, HashiyaError, Notice
from reader.core.record import Record
from reader.gui.errors import isolate, message_for
from reader.gui.operations import Background, CancelCheck, Operations, Report
from reader.gui.settings import Preferences
from reader.services.library import Library

if TYPE_CHECKING:  # the services' modules load with the first round, not with the window
    from reader.services.team.report import MissingArticle, SyncReport
    from reader.services.team.sync import TextsReport

log = logging.getLogger(__name__)

START_MS = 1_000         # after the window opens
WRITE_DELAY_MS = 3_000   # after the user's last change before writing: a burst of tagging is one write
SCAN_DELAY_MS = 300      # after the watcher fires: a sync engine renames several files at once
POLL_MS = 10_000         # what watchers miss: files rewritten in place, network folders, a drive coming back
RETRY_MS = 2_000         # a file still being written is read again this soon
KEPT_NOTICES = 200       # refusals kept for the dialog


class _Request(Record, frozen=False):
    write: bool = False
    recheck: bool = False


class TeamSync(QObject):
    status = Signal(str)
    """Fires with a message for the status bar (who changed what, the folder gone or back)."""
    synced = Signal(object)
    """Fires with each round's SyncReport (the team folder dialog refreshes from it)."""

    def __init__(self, ops: Operations, preferences: Preferences, parent: QWidget) -> None:
        super().__init__(parent)
        self._ops = ops
        self._preferences = preferences
        self._parent = parent
        self._folder: str | None = None
        self._running = False
        self._writing = False
        self._pending: _Request | None = None
        self._unavailable_told = False
        self.notices: list[Notice] = []
        """Refused annotations and unreadable files of recent rounds, newest last."""
        self.last_report: SyncReport | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._scan_soon)
        self._watcher.fileChanged.connect(self._scan_soon)
        self._write_timer = self._timer(WRITE_DELAY_MS, lambda: self.request(write=True))
        self._scan_timer = self._timer(SCAN_DELAY_MS, self.request)
        self._retry_timer = self._timer(RETRY_MS, self.request)
        self._poll_timer = self._timer(POLL_MS, self.request, single=False)
        self._start_timer = self._timer(START_MS, self.start)
        ops.changed.connect(self._library_changed)

    def _timer(self, interval: int, slot, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # Settings --------------------------------------------------------------------------------------------
    @property
    def folder(self) -> str | None:
        return self._folder

    @property
    def author(self) -> str:
        return self._preferences.author.strip()

    def start_soon(self) -> None:
        """Start once the window is up: the first round is no part of opening it."""
        self._start_timer.start()

    def start(self) -> None:
        """Begin with the folder the library remembers (if any): write what changed, read what arrived."""
        self._folder = self._ops.library.team.folder()
        if self._folder and self.author:
            self._poll_timer.start()
            self.request(write=True, recheck=True)

    def configure(self, folder: str | None, author: str) -> None:
        """Use `folder` (None: stop syncing) with `author` from now on."""
        self.stop()
        self._ops.run(lambda library: library.team.set_folder(folder), initiator=self)
        if author:
            self._preferences.author = author
        self.notices.clear()
        self._unavailable_told = False
        self.start()

    def stop(self) -> None:
        for timer in (self._write_timer, self._scan_timer, self._retry_timer, self._poll_timer, self._start_timer):
            timer.stop()
        paths = self._watcher.directories() + self._watcher.files()
        if paths:
            self._watcher.removePaths(paths)
        self._folder = None
        self._pending = None

    def shutdown(self) -> None:
        """The window is closing (its background work already stopped): write what is still unwritten."""
        unwritten = (self._write_timer.isActive() or (self._pending is not None and self._pending.write)
                     or (self._running and self._writing))  # a round cut short by the closing
        folder, author = self._folder, self.author
        self.stop()
        if unwritten and folder and author:
            try:
                library = self._ops.library
                library.team.sync(library.team.open_folder(folder, author), merge=False)
            except HashiyaError as error:  # the next start writes it
                log.warning("team folder: could not write on closing: %s", error)

    # Rounds ------------------------------------------------------------------------------------------------
    def request(self, write: bool = False, recheck: bool = False) -> None:
        """Ask for a round; folded into the next one if a round is running."""
        if not (self._folder and self.author):
            return
        pending = self._pending or _Request()
        pending.write |= write
        pending.recheck |= recheck
        self._pending = pending
        if not self._running:
            self._start_round()

    def _start_round(self) -> None:
        request, self._pending = self._pending or _Request(), None
        folder, author = self._folder, self.author
        self._running = True
        self._writing = request.write

        def work(library: Library, _report: Report, cancelled: CancelCheck) -> SyncReport | HashiyaError:
            try:
                transport = library.team.open_folder(folder, author)
                return library.team.sync(transport, write=request.write, recheck=request.recheck, cancelled=cancelled)
            except HashiyaError as error:  # a read-only library, say: told in the status bar, not a box per round
                return error

        self._ops.start(Background(self.tr("Syncing with the team folder…"), work, self._round_done,
                                   object_name="teamSync", show_progress=False, on_error=self._round_failed))

    def _round_done(self, result: SyncReport | HashiyaError) -> None:
        from reader.services.team.folder import place_of

        self._running = False
        if isinstance(result, HashiyaError):
            self.status.emit(message_for(result))
        elif self._folder is not None and result.place == place_of(self._folder):
            self._take(result)
        if self._pending is not None and self._folder:
            self._start_round()

    def _round_failed(self, error: BaseException) -> None:
        self._running = False
        if not isinstance(error, Cancelled) and self._pending is not None and self._folder:
            self._start_round()

    def _take(self, report: SyncReport) -> None:
        self.last_report = report
        if not report.available:
            if not self._unavailable_told:
                self._unavailable_told = True
                self.status.emit(self.tr("The team folder %1 cannot be reached; Hashiya will keep trying.")
                                 .replace("%1", isolate(report.place)))
            self.synced.emit(report)
            return
        messages = []
        if self._unavailable_told:
            self._unavailable_told = False
            messages.append(self.tr("The team folder is back."))
        self._watch(report.watch)
        for author, (added, updated, deleted) in report.by_author().items():
            name = isolate(author)
            if added:
                messages.append(self.tr("%Ln new annotation(s) from %1", "", added).replace("%1", name))
            if updated:
                messages.append(self.tr("%Ln annotation(s) changed by %1", "", updated).replace("%1", name))
            if deleted:
                messages.append(self.tr("%Ln annotation(s) deleted by %1", "", deleted).replace("%1", name))
        refused = len(report.refused)
        if refused:
            messages.append(self.tr("%Ln annotation(s) from the team folder refused; Settings → Team folder… says why",
                                    "", refused))
        if report.damaged:
            messages.append(self.tr("%Ln file(s) in the team folder cannot be read; Settings → Team folder… says which",
                                    "", len(report.damaged)))
        messages.extend(message_for(problem) for problem in report.problems)
        self.notices = (self.notices + report.refused + report.damaged)[-KEPT_NOTICES:]
        if messages:
            self.status.emit("  ·  ".join(messages))
        if report.in_progress:
            self._retry_timer.start()
        self.synced.emit(report)

    def _watch(self, paths: tuple[str, ...]) -> None:
        watched = set(self._watcher.directories())
        stale = [p for p in watched if p not in paths]
        if stale:
            self._watcher.removePaths(stale)
        fresh = [p for p in paths if p not in watched]
        if fresh:
            self._watcher.addPaths(fresh)

    def _scan_soon(self, _path: str = "") -> None:
        if not self._scan_timer.isActive():
            self._scan_timer.start()

    def _library_changed(self, changes: Changes, _initiator: object) -> None:
        if not self._folder:
            return
        if (changes.annotations or changes.tags or changes.annotation_uuids) and not self._write_timer.isActive():
            self._write_timer.start()
        if changes.articles_added:
            self.request(recheck=True)  # annotations waiting for these articles can come in now

    # Shared texts ---------------------------------------------------------------------------------------
    def import_texts(self) -> None:
        """Bring in the articles colleagues annotated from shared REFI-QDA copies in the folder."""
        folder, author = self._folder, self.author
        if not (folder and author):
            return

        def work(library: Library, report: Report, cancelled: CancelCheck) -> TextsReport:
            transport = library.team.open_folder(folder, author)
            return library.team.import_shared_texts(transport, report, cancelled)

        def done(result: TextsReport) -> None:
            self.status.emit(self.tr("%Ln article(s) brought in from shared texts", "", len(result.imported)))
            if result.sync is not None:
                self._take(result.sync)

        self._ops.start(Background(self.tr("Bringing in articles from shared texts…"), work, done,
                                   self.tr("Cancelled; the library is as it was."), "teamTexts",
                                   self.tr("Team folder")))

    def missing_articles(self) -> list[MissingArticle]:
        """Articles colleagues annotated that this library lacks (their annotations wait for them)."""
        return self._ops.library.team.missing_articles() if self._folder else []

    def open_dialog(self) -> None:
        from reader.gui.team_folder_dialog import TeamFolderDialog

        dialog = TeamFolderDialog(self, self._parent)
        dialog.open()
        self.dialog = dialog

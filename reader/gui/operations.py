"""Every change the user makes to the library goes through here, and so does the news of it.

`Operations.run` performs a quick change on the main thread (tag a passage, rename a tag);
`Operations.start` runs a long one (import, export, merge) on the thread pool with a library of the
worker's own, a progress dialog that appears after half a second and can cancel, and one way to
end: done, cancelled (`Cancelled`), refused (`HashiyaError`, shown translated) or failed (a bug:
logged, and the user told where the log is). Either way, what the operation committed is broadcast
as one `Changes` record through `changed`; every view subscribes to that one signal and refreshes
only what the record names. Closing the window cancels whatever runs and waits for it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from reader.core.changes import NOTHING, Changes
from reader.core.errors import Cancelled, HashiyaError
from reader.core.record import Record
from reader.gui.errors import show_error
from reader.gui.progress import close_progress, open_progress
from reader.services.library import Library

log = logging.getLogger(__name__)

Report = Callable[[int, int, str], None]
"""What background work calls as it goes: (done, total, what it is on now)."""
CancelCheck = Callable[[], bool]
type Work[T] = Callable[[Library, Report, CancelCheck], T]


class Background[T](Record, frozen=False):
    """A long operation: what it does, and what the user sees of it."""

    label: str
    """The progress dialog's text until the work reports numbers."""
    work: Work[T]
    """Runs on a worker thread with a Library of its own; must not touch widgets."""
    on_done: Callable[[T], None] = lambda _value: None
    """Called on the main thread with the work's result (after `changed` has been emitted)."""
    cancelled_message: str = ""
    """Shown in the status bar when the user cancelled."""
    object_name: str = "operationProgress"
    title: str = ""
    describe: Callable[[int, int, str], str] | None = None
    """The progress dialog's text for a report (default: the label)."""
    on_error: Callable[[BaseException], None] | None = None
    """Called on the main thread after a refusal or failure was shown (for clean-up)."""
    show_progress: bool = True
    """False for work the user did not ask for and need not wait on (a team folder round): no dialog."""


class _Outcome(Record, frozen=False):
    value: Any = None
    changes: Changes = NOTHING
    error: BaseException | None = None


class _Signals(QObject):
    progress = Signal(object)
    finished = Signal(object)


class _Runner(QRunnable):
    """Runs one Background's work on the thread pool; reports back through queued signals."""

    def __init__(self, path: Any, spec: Background[Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # held by Operations until finished
        self.spec = spec
        self.path = path
        self.signals = _Signals()
        self.cancel_event = threading.Event()
        self.ended = threading.Event()

    def run(self) -> None:
        outcome = _Outcome()
        try:
            with Library(self.path) as library:
                try:
                    outcome.value = self.spec.work(library, self._report, self.cancel_event.is_set)
                finally:
                    outcome.changes = library.take_changes()  # committed parts count, even on failure
        except BaseException as exc:  # handed to the main thread, which decides what the user sees
            if not isinstance(exc, (Cancelled, HashiyaError)):
                log.exception("background operation failed")
            outcome.error = exc
        self.ended.set()
        self.signals.finished.emit(outcome)

    def _report(self, done: int, total: int, detail: str = "") -> None:
        self.signals.progress.emit((done, total, detail))


class _Running(Record, frozen=False):
    runner: _Runner
    dialog: QProgressDialog | None
    relay: QObject | None = field(default=None, repr=False)


class Operations(QObject):
    changed = Signal(object, object)
    """Fires with (Changes, initiator) after any operation committed something; `initiator` is the
    object that asked for it (or None), so its owner can tell its own changes from others'."""
    status = Signal(str)
    """Fires with a short message for the status bar (a cancelled operation, say)."""

    def __init__(self, library: Library, window: QWidget | None) -> None:
        super().__init__(window)
        self._library = library
        self._window = window
        self._running: list[_Running] = []

    @property
    def library(self) -> Library:
        """The window's library (for reading, and for `run`)."""
        return self._library

    # Quick operations, on the main thread --------------------------------------------------------------
    def run[T](self, operation: Callable[[Library], T], initiator: object = None) -> T:
        """Perform `operation` now and broadcast what it changed (also what it committed before
        failing). Expected failures propagate as HashiyaError for the caller or the excepthook."""
        try:
            return operation(self._library)
        finally:
            self.broadcast(initiator)

    def broadcast(self, initiator: object = None) -> None:
        changes = self._library.take_changes()
        if changes:
            self.changed.emit(changes, initiator)

    # Long operations, off the UI thread ---------------------------------------------------------------
    def start(self, spec: Background[Any]) -> None:
        runner = _Runner(self._library.path, spec)
        dialog = open_progress(self._window, spec.label, self.tr("Cancel"), spec.object_name) if spec.show_progress else None
        running = _Running(runner, dialog)
        running.relay = _Relay(self, running)
        self._running.append(running)
        if dialog is not None:
            if spec.title:
                dialog.setWindowTitle(spec.title)
            dialog.canceled.connect(lambda: self._cancel(running))
        QThreadPool.globalInstance().start(runner)

    def is_running(self, object_name: str | None = None) -> bool:
        return any(object_name is None or r.runner.spec.object_name == object_name for r in self._running)

    def cancel_all(self) -> None:
        for running in list(self._running):
            self._cancel(running)

    def shutdown(self, timeout_s: float = 30.0) -> None:
        """The window is closing: cancel everything and wait for it to roll back."""
        self.cancel_all()
        for running in list(self._running):
            running.runner.ended.wait(timeout_s)
            close_progress(running.dialog)
        self._running.clear()

    def _cancel(self, running: _Running) -> None:
        running.runner.cancel_event.set()
        if running.dialog is not None:
            running.dialog.setLabelText(self.tr("Cancelling…"))

    def _progress(self, running: _Running, value: tuple[int, int, str]) -> None:
        dialog = running.dialog
        if dialog is None or running.runner.cancel_event.is_set():
            return
        done, total, detail = value
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total))
        describe = running.runner.spec.describe
        if describe is not None:
            dialog.setLabelText(describe(done, total, detail))

    def _finished(self, running: _Running, outcome: _Outcome) -> None:
        if running not in self._running:
            return  # the window closed meanwhile
        self._running.remove(running)
        close_progress(running.dialog)
        running.dialog = None
        spec = running.runner.spec
        if outcome.changes:
            self.changed.emit(outcome.changes, None)
        error = outcome.error
        if error is None:
            spec.on_done(outcome.value)
            return
        if not isinstance(error, (Cancelled, HashiyaError)):
            error = self._library.explain(error) or error  # SQLite's own failures, told plainly
        if isinstance(error, Cancelled):
            self.status.emit(spec.cancelled_message or self.tr("Cancelled."))
        elif isinstance(error, HashiyaError):
            show_error(self._window, spec.title or spec.label, error)
        else:
            show_error(self._window, spec.title or spec.label, error, unexpected=True)
        if spec.on_error is not None:
            spec.on_error(error)


class _Relay(QObject):
    """Lives on the main thread, so the runner's queued signals are delivered there."""

    def __init__(self, owner: Operations, running: _Running) -> None:
        super().__init__(owner)
        self._owner = owner
        self._running = running
        running.runner.signals.progress.connect(self.progress)
        running.runner.signals.finished.connect(self.finished)

    @Slot(object)
    def progress(self, value: tuple[int, int, str]) -> None:
        self._owner._progress(self._running, value)

    @Slot(object)
    def finished(self, outcome: _Outcome) -> None:
        self._owner._finished(self._running, outcome)
        self.deleteLater()

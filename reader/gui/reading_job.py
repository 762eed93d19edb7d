"""Reading from the library off the UI thread, for a view that recomputes what it shows.

A `ReadingJob` runs one piece of read-only work at a time on the thread pool, with a `Library` of
the worker's own; starting another cancels the one before (its result, should it still arrive, is
dropped). Unlike `Operations.start` it opens no window-modal dialog: a view that refreshes itself
when the library changes shows its progress in place, and the user goes on working. It writes
nothing, so there is nothing to roll back and nothing to broadcast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.core.errors import Cancelled, HashiyaError
from reader.core.record import Record
from reader.gui import tasks
from reader.services.library import Library

log = logging.getLogger(__name__)

Report = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class _Outcome(Record, frozen=False):
    generation: int
    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class ReadingJob(QObject):
    progressed = Signal(int, int)
    """Fires with (done, total) as the running work reports."""
    succeeded = Signal(object)
    """Fires with the result of the latest work."""
    failed = Signal(object)
    """Fires with the exception that stopped the latest work (a HashiyaError: the user can act on it)."""
    running_changed = Signal(bool)
    """Fires when work starts (True) or the latest ends, whichever way (False)."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._generation = 0
        self._task: tasks.Task | None = None
        self.running = False

    def start(self, work: Callable[[Library, Report, CancelCheck], Any]) -> None:
        """Run `work(library, report, cancelled)`; it raises `Cancelled` when `cancelled()` says so."""
        self.cancel(quietly=True)
        self._generation += 1
        generation, path = self._generation, self._path
        progress = self.progressed

        def run(_report: Callable[[Any], None], cancelled: CancelCheck) -> _Outcome:
            def report(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled()
                try:
                    progress.emit(done, total)  # queued to the main thread
                except RuntimeError:  # the view is gone (its window closed)
                    raise Cancelled() from None

            try:
                with Library(path) as library:
                    return _Outcome(generation, value=work(library, report, cancelled))
            except Cancelled:
                return _Outcome(generation, cancelled=True)
            except HashiyaError as error:
                return _Outcome(generation, error=error)
            except Exception as error:  # a bug: logged here, the view says something went wrong
                log.exception("reading for a view failed")
                return _Outcome(generation, error=error)

        self._task = tasks.start(run, self._finished, self._crashed)
        self._set_running(True)

    def cancel(self, quietly: bool = False) -> None:
        """Stop the running work; its result will be dropped."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1
        if not quietly:
            self._set_running(False)

    def _finished(self, outcome: _Outcome) -> None:
        if outcome.generation != self._generation:
            return  # superseded or cancelled
        self._task = None
        self._set_running(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self.failed.emit(outcome.error)
        else:
            self.succeeded.emit(outcome.value)

    def _crashed(self, error: BaseException) -> None:
        if self._task is None:
            return  # cancelled meanwhile
        self._task = None
        self._set_running(False)
        self.failed.emit(error)

    def _set_running(self, running: bool) -> None:
        if running != self.running:
            self.running = running
            self.running_changed.emit(running)

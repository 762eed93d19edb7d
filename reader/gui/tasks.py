"""Long work off the UI thread: run a function on the thread pool, hear back on the main thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(object)
    """Fires (queued to the main thread) with whatever the work reported."""
    done = Signal(object)
    """Fires once with the work's return value."""
    failed = Signal(object)
    """Fires once with the exception the work raised."""


class Task(QRunnable):
    """One piece of background work. `work(report, cancelled)` must not touch widgets."""

    def __init__(self, work: Callable[[Callable[[Any], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # we hold it until its signals have fired
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except BaseException as exc:  # reported to the main thread, which decides what the user sees
            log.exception("background task failed")
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


class _Relay(QObject):
    """Lives on the main thread, so signals emitted by a worker reach the callbacks queued there."""

    def __init__(self, task: Task, on_done, on_error, on_progress) -> None:
        super().__init__()
        self._task = task
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        task.signals.done.connect(self.done)
        task.signals.failed.connect(self.failed)
        task.signals.progress.connect(self.progress)

    @Slot(object)
    def progress(self, value: Any) -> None:
        if self._on_progress is not None:
            self._on_progress(value)

    @Slot(object)
    def done(self, value: Any) -> None:
        _running.pop(self._task, None)
        self._on_done(value)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        _running.pop(self._task, None)
        self._on_error(exc)


_running: dict[Task, _Relay] = {}


def start(
    work: Callable[[Callable[[Any], None], Callable[[], bool]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[Any], None] | None = None,
) -> Task:
    """Run `work(report, cancelled)` on the global thread pool; callbacks run on the main thread."""
    task = Task(work)
    _running[task] = _Relay(task, on_done, on_error, on_progress)
    QThreadPool.globalInstance().start(task)
    return task


"""Collects what a library's operations changed, counting only writes that were committed.

Every service writes through `ChangeLog.write(db)`: one transaction, and the changes it declares
are recorded only when that transaction commits. A rolled-back write (an error, a cancel, a dry run)
leaves no trace, and a long operation cancelled half-way still reports the parts it committed.
The caller of an operation takes the record with `take()` (see `Library.take_changes`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from reader.core.changes import NOTHING, Changes, combined
from reader.storage.database import transaction

if TYPE_CHECKING:
    import sqlite_utils


class StagedChanges:
    """The changes of one transaction, declared while it runs."""

    def __init__(self) -> None:
        self.changes = NOTHING

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


class ChangeLog:
    def __init__(self) -> None:
        self._committed: list[Changes] = []  # combined once, when taken

    @contextmanager
    def write(self, db: sqlite_utils.Database) -> Iterator[StagedChanges]:
        """One atomic write; what is added to the yielded stage counts once it has committed."""
        staged = StagedChanges()
        with transaction(db):
            yield staged
        self.record(staged.changes)

    def record(self, changes: Changes) -> None:
        """Changes of a write already committed by other means (an import chunk)."""
        if changes is not NOTHING:
            self._committed.append(changes)

    def take(self) -> Changes:
        """Everything committed since the last take, and start afresh."""
        taken, self._committed = combined(self._committed), []
        return taken

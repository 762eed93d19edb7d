"""SQLite's own failures, told the way a user can act on them.

`explain(error, path)` turns what the driver raised into a `LibraryError` that says what happened and
what to do (another program holds the file, the disk is full, the file is read-only or damaged), or
None when the error is not one of those. Every layer that meets a raw SQLite error asks here, so the
message is the same on the command line and in the window.
"""

from __future__ import annotations

from pathlib import Path

from reader.core import messages
from reader.core.errors import HashiyaError
from reader.storage.driver import sqlite3


class LibraryError(HashiyaError):
    """The library file cannot be used as asked; the message says why and what to do."""


class LibraryBusyError(LibraryError):
    """Another program held the library's write lock for longer than we wait."""


class DiskFullError(LibraryError):
    """The disk (or the file's size limit) is full; nothing of the write was kept."""


class ReadOnlyLibraryError(LibraryError):
    """The library can be read but not written (a read-only file, folder or mount)."""


class DamagedLibraryError(LibraryError):
    """The library file is damaged; Hashiya refuses to write into it."""


def damaged(path: str | Path, detail: str) -> DamagedLibraryError:
    return DamagedLibraryError(messages.LIBRARY_DAMAGED, path, detail)


def explain(error: BaseException, path: str | Path) -> LibraryError | None:
    """A message for SQLite's failure `error` on the library `path`, or None when it is not one we know."""
    if isinstance(error, LibraryError):
        return error
    if not isinstance(error, sqlite3.DatabaseError):
        return None
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    if "database or disk is full" in text or code == 13:  # SQLITE_FULL
        return DiskFullError(messages.LIBRARY_DISK_FULL, path)
    if "locked" in text or "busy" in text or code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return LibraryBusyError(messages.LIBRARY_BUSY, path)
    if "readonly" in text or "read-only" in text or code == 8:  # SQLITE_READONLY
        return ReadOnlyLibraryError(messages.LIBRARY_READ_ONLY, path)
    if "malformed" in text or "not a database" in text or code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return damaged(path, str(error))
    if "disk i/o error" in text or code == 10:  # SQLITE_IOERR
        return LibraryError(messages.LIBRARY_IO_ERROR, path, str(error))
    return None

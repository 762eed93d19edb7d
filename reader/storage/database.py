"""Opening a library file: connection settings, transactions and schema migrations."""

from __future__ import annotations

from reader.storage.driver import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from reader.core.errors import HashiyaError
from reader.storage import schema, search_index_repo

BUSY_TIMEOUT_MS = 5000


class LibraryError(HashiyaError):
    """The library file cannot be opened or is newer than this version of Hashiya."""


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a library and bring its schema up to date."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(path)
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: not a Hashiya library ({exc})") from None
    db = sqlite_utils.Database(conn)
    migrate(db, path)
    if search_index_repo.is_stale(db):
        with transaction(db):
            search_index_repo.create_pending(db)
    return db


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection with the library's settings; `open_database` adds WAL and migrations, and
    extra readers (see `ranking`) use it as it is."""
    # Autocommit mode: every write goes through `transaction()`, so we decide what is atomic.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def database_file(db: sqlite_utils.Database) -> str | None:
    """The file behind `db`, or None for an in-memory database."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One atomic write: committed whole on success, rolled back whole on any exception."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, path: str | Path = "library") -> None:
    """Run the numbered migrations the file has not had yet, each in its own transaction."""
    try:
        current = schema_version(db)
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: not a Hashiya library ({exc})") from None
    steps: list[Callable[[sqlite_utils.Database], None]] = schema.MIGRATIONS
    if current > len(steps):
        raise LibraryError(
            f"{path}: made by a newer Hashiya (schema {current}, this version knows {len(steps)}); please update"
        )
    for version in range(current + 1, len(steps) + 1):
        with transaction(db):
            steps[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")

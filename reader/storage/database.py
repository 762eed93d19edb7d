"""Opening a library file: what it is, connection settings, transactions and schema migrations.

A file is a Hashiya library only when it says so: its SQLite header carries our application id
(older libraries, from before the id, are recognised by their version and tables and given it).
Anything else — another program's database, a text file — is refused and left exactly as it was:
nothing is written before the file is known to be ours.

A file that cannot be written (a read-only file, folder or mount) opens read-only: reading and
searching work, and a write is refused with a message saying so. A damaged file is never written
into: before the first write of a connection, `PRAGMA quick_check` must pass (unless the caller
already knows the file sound, see `LibraryDatabase.sound`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from reader.core import messages
from reader.storage import schema, search_index_repo
from reader.storage.driver import sqlite3
from reader.storage.failures import DamagedLibraryError, LibraryError, ReadOnlyLibraryError, damaged, explain

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["LibraryDatabase", "LibraryError", "connect", "open_database", "set_wait_reporter", "transaction"]

APPLICATION_ID = 0x48534841  # "HSHA" in the SQLite header: this file is a Hashiya library
BUSY_TIMEOUT_MS = 5000
WRITE_WAIT_S = 60.0  # how long a write waits, in all, for another program to release the library
OUR_TABLES = frozenset({"collections", "articles", "tags", "annotations", "annotation_tags"})

# Called with (path, seconds waited so far) while a write waits for another program's lock; the
# command line sets it to say that it is waiting.
_wait_reporter: Callable[[str, float], None] | None = None


def set_wait_reporter(reporter: Callable[[str, float], None] | None) -> None:
    global _wait_reporter
    _wait_reporter = reporter


_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class LibraryDatabase:
    """A library's connection and what opening it learned about the file.

    It is a `sqlite_utils.Database` to everything that uses one (`db["table"]`, `db.query`, …), but
    sqlite-utils (with click, dateutil, pluggy and its plugins' entry points: about 0.1 s) is
    imported only when something first needs more than `execute`: opening a library and reading it
    for the window's first paint does not (issue 22). `execute` commits as sqlite-utils' does."""

    def __init__(self, conn: sqlite3.Connection, path: str, read_only: bool) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.sound: bool | None = None
        """Whether the file passed `PRAGMA quick_check` (None: not checked yet in this connection)."""
        self.damage = ""
        """What the check found wrong."""
        self._utils: sqlite_utils.Database | None = None
        self._reads: dict[Hashable, Any] = {}
        self._reads_state: tuple[int, int] | None = None
        conn.execute("PRAGMA recursive_triggers=on;")  # as sqlite_utils.Database does

    @property
    def utils(self) -> sqlite_utils.Database:
        """The sqlite-utils view of this connection, made on first use."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_utils":
            raise AttributeError(name)
        return getattr(self.utils, name)

    def close(self) -> None:
        self.conn.close()

    def change_state(self) -> tuple[int, int] | None:
        """What any change to the library moves: rows written through this connection
        (`total_changes`, rolled back or not) and commits through another (`PRAGMA data_version`).
        None inside a transaction, where a rollback would undo what a read saw."""
        if self.conn.in_transaction:
            return None
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def cached_read(self, key: Hashable, read: Callable[[], Any]) -> Any:
        """`read()`'s answer, kept until the library changes (`change_state`). For reads that several
        views ask for at once (the article count: 3–15 ms at 100,000 articles)."""
        state = self.change_state()
        if state is None:
            return read()
        if state != self._reads_state:
            self._reads.clear()
            self._reads_state = state
        if key not in self._reads:
            self._reads[key] = read()
        return self._reads[key]

    def __getitem__(self, table_name: str) -> Any:
        return self.utils[table_name]

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """`sql` on the connection; a write outside a transaction is committed at once and a failed
        statement's implicit transaction rolled back (sqlite_utils.Database.execute's rules)."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql, parameters) if parameters is not None else conn.execute(sql)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:
        """The rows of a reading statement as dictionaries (sqlite_utils.Database.query for the
        SELECTs we run; anything else goes to sqlite-utils' own)."""
        if _first_keyword(sql) not in ("SELECT", "WITH"):
            return self.utils.query(sql, params)
        cursor = self.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def check_soundness(self) -> bool:
        """Run SQLite's quick check (a full read of the file: about 1.6 s per 400 MB)."""
        try:
            rows = self.execute("PRAGMA quick_check(1)").fetchall()
        except sqlite3.DatabaseError as error:
            self.damage = str(error)
            self.sound = False
            return False
        self.damage = "" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows)
        self.sound = not self.damage
        return self.sound

    def ensure_writable(self) -> None:
        """Refuse a write into a read-only or damaged library, before it starts."""
        if self.read_only:
            raise ReadOnlyLibraryError(messages.LIBRARY_READ_ONLY, self.path)
        if self.sound is None:
            self.check_soundness()
        if not self.sound:
            raise damaged(self.path, self.damage)


def _first_keyword(sql: str) -> str:
    """The first keyword of a statement, upper-cased, after whitespace, comments and empty statements."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def open_database(path: str | Path, *, must_exist: bool = False) -> LibraryDatabase:
    """Open (creating if needed) a library and bring its schema up to date.

    Refuses, untouched, a file that is not a Hashiya library; opens read-only what cannot be written."""
    memory = str(path) == ":memory:"
    path = Path(path) if not memory else path
    shown = str(path)
    if not memory:
        if path.is_dir():
            raise LibraryError(messages.LIBRARY_IS_A_FOLDER, path)
        exists = path.exists()
        if must_exist and not exists:
            raise LibraryError(messages.LIBRARY_MISSING, path)
        if not exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise LibraryError(messages.LIBRARY_CANNOT_CREATE, path, error.strerror or str(error)) from None
    read_only = not memory and not _writable(path)
    try:
        conn = _connect_existing(path, read_only)
        kind = _identify(conn)
    except sqlite3.DatabaseError as error:
        known = explain(error, shown)
        if known is not None and not isinstance(known, DamagedLibraryError):
            raise known from None  # busy, unreadable …: the file may well be ours
        if known is not None and not memory and _header_says_ours(path):
            raise known from None  # its schema pages are damaged: say so, and how to save what is left
        raise LibraryError(messages.NOT_A_LIBRARY, shown, str(error)) from None
    if kind == "foreign":
        conn.close()
        raise LibraryError(messages.NOT_A_LIBRARY_FOREIGN, shown)
    if kind == "new" and read_only:
        conn.close()
        raise ReadOnlyLibraryError(messages.LIBRARY_READ_ONLY, shown)
    db = LibraryDatabase(conn, shown, read_only)
    if not memory and not read_only:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as error:
            conn.close()
            raise explain(error, shown) or LibraryError(messages.NOT_A_LIBRARY, shown, str(error)) from None
    if kind == "new":
        db.sound = True  # nothing in it yet to be damaged
    migrate(db, shown)
    if not read_only and search_index_repo.is_stale(db):
        # hazm's data changed under an existing index: made again before anything writes to it
        with transaction(db):
            search_index_repo.create_pending(db)
    return db


def _writable(path: Path) -> bool:
    """Whether the file (or, for a new one, its folder) and its folder can be written: WAL keeps its
    -wal and -shm files beside the library."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def _connect_existing(path: str | Path, read_only: bool) -> sqlite3.Connection:
    if not read_only:
        return connect(path)
    uri = "file:" + quote(str(Path(path).resolve()))
    try:
        conn = connect(uri + "?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A read-only folder cannot hold the WAL index: nothing can change the file, so read it as is.
        return connect(uri + "?immutable=1", uri=True)


def _header_says_ours(path: Path) -> bool:
    """Whether the file's SQLite header carries our application id (bytes 68–71, big-endian), read
    without SQLite: it cannot be asked when the schema it reads first is damaged."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(100)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\0") and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def _identify(conn: sqlite3.Connection) -> str:
    """'new' (empty), 'ours', or 'foreign'; raises DatabaseError for what is not SQLite at all."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id == APPLICATION_ID:
        return "ours"
    if application_id == 0 and version == 0 and not tables:
        return "new"
    if application_id == 0 and version >= 1 and OUR_TABLES <= tables:
        return "ours"  # from before libraries carried the id; `migrate` gives it theirs
    return "foreign"


def connect(path: str | Path, uri: bool = False) -> sqlite3.Connection:
    """A connection with the library's settings; `open_database` adds WAL and migrations, and
    extra readers (see `ranking`) use it as it is."""
    # Autocommit mode: every write goes through `transaction()`, so we decide what is atomic.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                           uri=uri)
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
    """One atomic write: committed whole on success, rolled back whole on any exception.

    A read-only or damaged library refuses before anything starts; a write lock held by another
    program is waited for (up to WRITE_WAIT_S, reported through the wait reporter); SQLite's own
    failures come out as LibraryErrors that say what to do, and the first failure is the one
    reported (SQLite may already have rolled back, after a full disk say)."""
    if isinstance(db, LibraryDatabase):
        db.ensure_writable()
    path = getattr(db, "path", "library")
    conn = db.conn
    _begin(conn, path)
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException as error:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the error that brought us here is the one to report
        known = explain(error, path)
        if known is not None and known is not error:
            raise known from error
        raise


def _begin(conn: sqlite3.Connection, path: str) -> None:
    waited = 0.0
    while True:
        started = time.monotonic()
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            waited += time.monotonic() - started
            busy = "locked" in str(error).lower() or "busy" in str(error).lower()
            if not busy or waited >= WRITE_WAIT_S:
                raise explain(error, path) or error from None
            if _wait_reporter is not None:
                _wait_reporter(path, waited)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: LibraryDatabase, path: str | Path = "library") -> None:
    """Run the numbered migrations the file has not had yet, each in its own transaction; give an
    older library our application id."""
    current = schema_version(db)
    steps: list[Callable[[sqlite_utils.Database], None]] = schema.MIGRATIONS
    if current > len(steps):
        raise LibraryError(messages.NEWER_LIBRARY, path, current, len(steps))
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    if current == len(steps) and application_id == APPLICATION_ID:
        return
    if db.read_only:
        raise ReadOnlyLibraryError(messages.LIBRARY_READ_ONLY_OLDER, path)
    for version in range(current + 1, len(steps) + 1):
        with transaction(db):
            steps[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
    if application_id != APPLICATION_ID:
        with transaction(db):
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

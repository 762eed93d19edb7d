"""What a library file is and what happens when it misbehaves: another program's database is refused
untouched; a damaged file is never written into; a full disk reports the first error and keeps nothing
half-written; a write waits for another program's lock, then says who to blame."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from reader.storage import database
from reader.storage.database import APPLICATION_ID, open_database, transaction
from reader.storage.failures import (
    DamagedLibraryError,
    DiskFullError,
    LibraryBusyError,
    LibraryError,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_library_says_it_is_ours(tmp_path: Path) -> None:
    db = open_database(tmp_path / "l.sqlite")
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES ('Zahra')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(LibraryError, match="not a Hashiya library"):
        open_database(path)
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["people"]
    conn.close()


def test_a_library_from_before_the_application_id_is_recognised_and_given_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    db = open_database(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()


def test_a_text_file_is_not_a_library(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("یادداشت‌های من\n" * 200, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(LibraryError, match="not a Hashiya library"):
        open_database(path)
    assert _digest(path) == before


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="is a folder"):
        open_database(tmp_path)


def _damage(path: Path) -> None:
    """Overwrite a few pages in the middle of the file, as a failing disk or a torn copy would."""
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.seek(size // 2 - size // 2 % 4096)
        stream.write(b"\x13\x37" * 6000)


def _filled_library(path: Path) -> None:
    db = open_database(path)
    with transaction(db):
        for n in range(400):
            db.execute("INSERT INTO collections (name, created) VALUES (?, 'now')", (f"مجموعه {n} " + "x" * 300,))
    db.close()


def test_a_damaged_library_refuses_writes_before_they_start(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    _filled_library(path)
    _damage(path)
    before = _digest(path)
    db = open_database(path)
    with pytest.raises(DamagedLibraryError, match="damaged") as refused:
        with transaction(db):
            db.execute("INSERT INTO tags (name, color, position) VALUES ('تازه', '#000000', 9)")
    assert ".recover" in str(refused.value)
    db.close()
    assert _digest(path) == before


def test_a_full_disk_reports_the_first_error_and_keeps_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "l.sqlite")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own "disk is full" (SQLITE_FULL)
    with pytest.raises(DiskFullError, match="full: nothing of this change was written"):
        with transaction(db):
            for n in range(200):
                db.execute("INSERT INTO collections (name, created) VALUES (?, 'now')", (str(n) * 400,))
    assert db.execute("SELECT count(*) FROM collections").fetchone()[0] == 0
    db.close()


def test_a_write_waits_for_another_programs_lock_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "l.sqlite"
    open_database(path).close()
    monkeypatch.setattr(database, "WRITE_WAIT_S", 1.5)
    # The same SQLite as ours: POSIX locks are per process, so a second copy of SQLite in this process
    # would not see them (another program would, of course).
    from reader.storage.driver import sqlite3 as driver

    holder = driver.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    waits: list[float] = []
    database.set_wait_reporter(lambda _path, waited: waits.append(waited))
    db = open_database(path)
    db.conn.execute("PRAGMA busy_timeout = 300")
    try:
        with pytest.raises(LibraryBusyError, match="Another program is writing"):
            with transaction(db):
                pass
        assert waits  # it said it was waiting before giving up
        # Released while we wait: the write goes through.
        threading.Timer(0.5, lambda: holder.execute("COMMIT")).start()
        started = time.monotonic()
        with transaction(db):
            db.execute("INSERT INTO collections (name, created) VALUES ('پس از انتظار', 'now')")
        assert time.monotonic() - started >= 0.3
    finally:
        database.set_wait_reporter(None)
        db.close()
        holder.close()

"""What a team folder needs from the library: its stable id, the folder chosen, the files already
seen there, and one author's annotation versions (to tell which of its files are out of date)."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from reader.core.records import TeamFileRecord

if TYPE_CHECKING:
    import sqlite_utils

_FILE_COLUMNS = "name, size, stamp, sha256, digest, missing, failed_at, damaged"
_CHUNK = 500  # uuids per query


def info(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM library_info WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_info(db: sqlite_utils.Database, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM library_info WHERE key = ?", (key,))
    else:
        db.execute("INSERT INTO library_info (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def files(db: sqlite_utils.Database, place: str) -> dict[str, TeamFileRecord]:
    rows = db.execute(f"SELECT {_FILE_COLUMNS} FROM team_files WHERE place = ?", (place,))
    return {row[0]: TeamFileRecord(*row[:7], bool(row[7])) for row in rows}


def remember(db: sqlite_utils.Database, place: str, record: TeamFileRecord) -> None:
    db.execute(
        f"INSERT OR REPLACE INTO team_files (place, {_FILE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (place, record.name, record.size, record.stamp, record.sha256, record.digest, record.missing,
         record.failed_at, int(record.damaged)),
    )


def forget(db: sqlite_utils.Database, place: str, names: Iterable[str]) -> None:
    db.conn.executemany("DELETE FROM team_files WHERE place = ? AND name = ?", [(place, name) for name in names])


def forget_other_places(db: sqlite_utils.Database, place: str) -> None:
    db.execute("DELETE FROM team_files WHERE place != ?", (place,))


def waiting_articles(db: sqlite_utils.Database, place: str) -> list[tuple[str, str]]:
    """(file name, JSON list of the articles it waits for), for the files that wait for any."""
    return list(db.execute("SELECT name, missing FROM team_files WHERE place = ? AND missing != '[]' ORDER BY name",
                           (place,)))


def author_versions(db: sqlite_utils.Database, author: str) -> list[tuple[str, str]]:
    """(uuid, version line) of every annotation by `author`, tombstones included, in uuid order: the
    line holds uuid, modified, deleted, article id, start and end — enough to tell whether a file
    written from them is out of date."""
    return db.execute(
        "SELECT uuid, uuid || char(9) || modified || char(9) || deleted || char(9) || article_id || char(9) "
        '|| start || char(9) || "end" FROM annotations WHERE author = ? ORDER BY uuid', (author,)).fetchall()


def authors_of(db: sqlite_utils.Database, uuids: Collection[str]) -> dict[str, str]:
    """uuid → author, for those of `uuids` the library has (deleted ones too)."""
    found: dict[str, str] = {}
    wanted = list(uuids)
    for start in range(0, len(wanted), _CHUNK):
        chunk = json.dumps(wanted[start:start + _CHUNK])
        found.update(db.execute("SELECT uuid, author FROM annotations WHERE uuid IN (SELECT value FROM json_each(?))",
                                (chunk,)).fetchall())
    return found

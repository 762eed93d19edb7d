"""Collections: named groups of articles (one per imported folder or archive, or as the user names)."""

from __future__ import annotations

import sqlite_utils

from reader.core.records import CollectionRecord
from reader.storage.schema import now_iso


def get_or_create(db: sqlite_utils.Database, name: str) -> int:
    row = db.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    return int(db.execute("INSERT INTO collections (name, created) VALUES (?, ?)", (name, now_iso())).lastrowid)


def list_all(db: sqlite_utils.Database) -> list[CollectionRecord]:
    rows = db.query(
        """SELECT c.id, c.name, c.created,
                  (SELECT count(*) FROM articles a WHERE a.collection_id = c.id AND a.is_current) AS article_count
           FROM collections c ORDER BY c.name"""
    )
    return [CollectionRecord(**row) for row in rows]


def find_id(db: sqlite_utils.Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else None


def load_boilerplate(db: sqlite_utils.Database, collection_id: int) -> frozenset[bytes]:
    rows = db.execute("SELECT digest FROM boilerplate WHERE collection_id = ?", (collection_id,))
    return frozenset(bytes(row[0]) for row in rows)


def save_boilerplate(db: sqlite_utils.Database, collection_id: int, digests: frozenset[bytes]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO boilerplate (collection_id, digest) VALUES (?, ?)",
        [(collection_id, d) for d in digests],
    )

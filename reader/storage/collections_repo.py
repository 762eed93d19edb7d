"""Collections: named groups of articles (one per imported folder or archive, or as the user names)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.records import CollectionRecord
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils


def get_or_create(db: sqlite_utils.Database, name: str) -> int:
    found = find_id(db, name)
    if found is not None:
        return found
    return int(db.execute("INSERT INTO collections (name, created) VALUES (?, ?)", (name, now_iso())).lastrowid)


def list_all(db: sqlite_utils.Database) -> list[CollectionRecord]:
    rows = db.query(
        """SELECT c.id, c.name, c.created,
                  coalesce((SELECT n.articles FROM current_article_counts n WHERE n.collection_id = c.id), 0) AS article_count
           FROM collections c WHERE c.deleted IS NULL ORDER BY c.name"""
    )
    return [CollectionRecord(**row) for row in rows]


def find_id(db: sqlite_utils.Database, name: str) -> int | None:
    """The live collection called `name`."""
    row = db.execute("SELECT id FROM collections WHERE name = ? AND deleted IS NULL", (name,)).fetchone()
    return int(row[0]) if row else None


def get(db: sqlite_utils.Database, collection_id: int) -> CollectionRecord | None:
    """A live collection by id."""
    rows = list(db.query(
        """SELECT c.id, c.name, c.created,
                  coalesce((SELECT n.articles FROM current_article_counts n WHERE n.collection_id = c.id), 0) AS article_count
           FROM collections c WHERE c.id = ? AND c.deleted IS NULL""", [collection_id]))
    return CollectionRecord(**rows[0]) if rows else None


def rename(db: sqlite_utils.Database, collection_id: int, name: str) -> None:
    db.execute("UPDATE collections SET name = ? WHERE id = ?", (name, collection_id))


def mark_deleted(db: sqlite_utils.Database, collection_id: int, when: str) -> None:
    """Hide a collection; its row stays while deleted articles (and their tombstones) belong to it."""
    db.execute("UPDATE collections SET deleted = ? WHERE id = ?", (when, collection_id))


def restore_deleted(db: sqlite_utils.Database, collection_id: int) -> None:
    db.execute("UPDATE collections SET deleted = NULL WHERE id = ?", (collection_id,))


def drop_if_unused(db: sqlite_utils.Database, collection_id: int) -> bool:
    """Delete a collection outright when no article row (deleted ones included) belongs to it."""
    if db.execute("SELECT 1 FROM articles WHERE collection_id = ? LIMIT 1", (collection_id,)).fetchone():
        return False
    db.execute("DELETE FROM boilerplate WHERE collection_id = ?", (collection_id,))
    db.execute("DELETE FROM collections WHERE id = ?", (collection_id,))
    return True


def load_boilerplate(db: sqlite_utils.Database, collection_id: int) -> frozenset[bytes]:
    rows = db.execute("SELECT digest FROM boilerplate WHERE collection_id = ?", (collection_id,))
    return frozenset(bytes(row[0]) for row in rows)


def save_boilerplate(db: sqlite_utils.Database, collection_id: int, digests: frozenset[bytes]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO boilerplate (collection_id, digest) VALUES (?, ?)",
        [(collection_id, d) for d in digests],
    )

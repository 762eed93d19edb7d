"""Tags: the codes researchers apply to passages («ادعا», «تکذیب» and their own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.records import TagRecord

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = "id, name, color, position, shortcut"


class DuplicateTagError(ValueError):
    """A tag with that name already exists."""


def list_all(db: sqlite_utils.Database) -> list[TagRecord]:
    return [TagRecord(*row) for row in db.execute(f"SELECT {_COLUMNS} FROM tags ORDER BY position, id")]


def get(db: sqlite_utils.Database, tag_id: int) -> TagRecord | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM tags WHERE id = ?", (tag_id,)).fetchone()
    return TagRecord(*row) if row else None


def find_by_name(db: sqlite_utils.Database, name: str) -> TagRecord | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM tags WHERE name = ?", (name,)).fetchone()
    return TagRecord(*row) if row else None


def create(db: sqlite_utils.Database, name: str, color: str, shortcut: str | None = None, tag_id: int | None = None) -> int:
    if find_by_name(db, name) is not None:
        raise DuplicateTagError(name)
    position = db.execute("SELECT coalesce(max(position), -1) + 1 FROM tags").fetchone()[0]
    cursor = db.execute(
        "INSERT INTO tags (id, name, color, position, shortcut) VALUES (?, ?, ?, ?, ?)",
        (tag_id, name, color, position, shortcut),
    )
    return int(cursor.lastrowid)


def update(db: sqlite_utils.Database, tag_id: int, *, name: str | None = None, color: str | None = None,
           shortcut: str | None = None, clear_shortcut: bool = False) -> None:
    if name is not None:
        existing = find_by_name(db, name)
        if existing is not None and existing.id != tag_id:
            raise DuplicateTagError(name)
        db.execute("UPDATE tags SET name = ? WHERE id = ?", (name, tag_id))
    if color is not None:
        db.execute("UPDATE tags SET color = ? WHERE id = ?", (color, tag_id))
    if shortcut is not None or clear_shortcut:
        db.execute("UPDATE tags SET shortcut = ? WHERE id = ?", (shortcut, tag_id))


def set_order(db: sqlite_utils.Database, tag_ids: list[int]) -> None:
    db.conn.executemany("UPDATE tags SET position = ? WHERE id = ?", [(p, t) for p, t in enumerate(tag_ids)])


def usage(db: sqlite_utils.Database, tag_id: int) -> list[int]:
    """Ids of the live annotations carrying the tag."""
    rows = db.execute(
        """SELECT a.id FROM annotation_tags l JOIN annotations a ON a.id = l.annotation_id
           WHERE l.tag_id = ? AND NOT a.deleted ORDER BY a.id""",
        (tag_id,),
    )
    return [row[0] for row in rows]


def tagged_annotations(db: sqlite_utils.Database, tag_id: int) -> list[int]:
    """Ids of every annotation (deleted ones too) linked to the tag."""
    return [row[0] for row in db.execute("SELECT annotation_id FROM annotation_tags WHERE tag_id = ?", (tag_id,))]


def delete(db: sqlite_utils.Database, tag_id: int) -> None:
    db.execute("DELETE FROM annotation_tags WHERE tag_id = ?", (tag_id,))
    db.execute("DELETE FROM tags WHERE id = ?", (tag_id,))


def link(db: sqlite_utils.Database, annotation_ids: list[int], tag_id: int) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)",
        [(a, tag_id) for a in annotation_ids],
    )


def unlink(db: sqlite_utils.Database, annotation_ids: list[int], tag_id: int) -> None:
    db.conn.executemany(
        "DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?", [(a, tag_id) for a in annotation_ids]
    )

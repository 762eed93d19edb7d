"""Annotations: spans of an article's text with a quote, tags, a note, an author and times."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from reader.core.records import AnnotationListRow, AnnotationRecord

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = (
    "a.id, a.uuid, a.article_id, a.start, a.\"end\", a.quote, a.prefix, a.suffix, a.content_hash, a.note, "
    "a.author, a.created, a.modified, a.deleted, a.orphan, "
    # The tag ids in tag order, in the same row: one query for an article's 1,000 annotations.
    "(SELECT group_concat(tag_id) FROM (SELECT l.tag_id FROM annotation_tags l JOIN tags t ON t.id = l.tag_id "
    "WHERE l.annotation_id = a.id ORDER BY t.position, t.id)) AS tag_ids"
)


def _records(rows: Iterable[tuple]) -> list[AnnotationRecord]:
    return [
        AnnotationRecord(*row[:13], bool(row[13]), bool(row[14]),
                         tuple(int(t) for t in row[15].split(",")) if row[15] else ())
        for row in rows
    ]


def insert(db: sqlite_utils.Database, record: AnnotationRecord) -> int:
    cursor = db.execute(
        """INSERT INTO annotations (uuid, article_id, start, "end", quote, prefix, suffix, content_hash, note,
                                    author, created, modified, deleted, orphan)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (record.uuid, record.article_id, record.start, record.end, record.quote, record.prefix, record.suffix,
         record.content_hash, record.note, record.author, record.created, record.modified, int(record.deleted),
         int(record.orphan)),
    )
    annotation_id = int(cursor.lastrowid)
    set_tags(db, annotation_id, record.tag_ids)
    return annotation_id


def get_by_uuid(db: sqlite_utils.Database, uuid: str) -> AnnotationRecord | None:
    found = _records(db.execute(f"SELECT {_COLUMNS} FROM annotations a WHERE a.uuid = ?", (uuid,)))
    return found[0] if found else None


def for_article(db: sqlite_utils.Database, article_id: int, include_deleted: bool = False) -> list[AnnotationRecord]:
    where = "a.article_id = ?" + ("" if include_deleted else " AND NOT a.deleted")
    return _records(
        db.execute(f"SELECT {_COLUMNS} FROM annotations a WHERE {where} ORDER BY a.start, a.\"end\", a.id", (article_id,))
    )


def set_tags(db: sqlite_utils.Database, annotation_id: int, tag_ids: Iterable[int]) -> None:
    db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (annotation_id,))
    db.conn.executemany(
        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)",
        [(annotation_id, t) for t in tag_ids],
    )


def update(db: sqlite_utils.Database, annotation_id: int, modified: str, **fields: object) -> None:
    allowed = {"note", "deleted", "orphan", "article_id", "start", "end", "quote", "prefix", "suffix", "content_hash", "author"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot update {sorted(unknown)}")
    assignments = ", ".join(f'"{name}" = ?' for name in fields)
    values = [int(v) if isinstance(v, bool) else v for v in fields.values()]
    db.execute(f"UPDATE annotations SET {assignments}, modified = ? WHERE id = ?", (*values, modified, annotation_id))


def touch(db: sqlite_utils.Database, annotation_id: int, modified: str) -> None:
    db.execute("UPDATE annotations SET modified = ? WHERE id = ?", (modified, annotation_id))


def touch_tagged(db: sqlite_utils.Database, tag_id: int, modified: str) -> None:
    """Mark every annotation (deleted ones too) linked to the tag as modified now."""
    db.execute(
        "UPDATE annotations SET modified = ? WHERE id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id = ?)",
        (modified, tag_id),
    )


def list_rows(
    db: sqlite_utils.Database,
    tag_id: int | None = None,
    author: str | None = None,
    collection_id: int | None = None,
    include_deleted: bool = False,
    orphans_only: bool = False,
    uuids: Collection[str] | None = None,
) -> list[AnnotationListRow]:
    where = ["1"] if include_deleted else ["NOT a.deleted"]
    params: list[object] = []
    if uuids is not None:
        where.append("a.uuid IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(uuids)))
    if tag_id is not None:
        where.append("a.id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id = ?)")
        params.append(tag_id)
    if author is not None:
        where.append("a.author = ?")
        params.append(author)
    if collection_id is not None:
        where.append("r.collection_id = ?")
        params.append(collection_id)
    if orphans_only:
        where.append("a.orphan")
    rows = list(
        db.execute(
            f"""SELECT {_COLUMNS}, r.title, r.collection_id FROM annotations a JOIN articles r ON r.id = a.article_id
                WHERE {' AND '.join(where)} ORDER BY r.date IS NULL, r.date DESC, r.id, a.start, a.id""",
            params,
        )
    )
    records = _records([row[:16] for row in rows])
    return [AnnotationListRow(record, row[16], row[17]) for record, row in zip(records, rows, strict=True)]


def authors(db: sqlite_utils.Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT DISTINCT author FROM annotations WHERE NOT deleted ORDER BY author")]


def live_ids_of_articles(db: sqlite_utils.Database, article_ids: Iterable[int]) -> list[int]:
    """The ids of the live annotations of these articles."""
    ids = list(article_ids)
    found: list[int] = []
    for start in range(0, len(ids), 500):
        batch = ids[start:start + 500]
        marks = ",".join("?" * len(batch))
        found.extend(row[0] for row in db.execute(
            f"SELECT id FROM annotations WHERE article_id IN ({marks}) AND NOT deleted ORDER BY id", batch))
    return found


def set_deleted_many(db: sqlite_utils.Database, annotation_ids: Iterable[int], deleted: bool, modified: str) -> None:
    """Tombstone (or bring back) these annotations, each marked as modified now so that a merge
    elsewhere takes the deletion (or the return) as the newer news."""
    db.conn.executemany("UPDATE annotations SET deleted = ?, modified = ? WHERE id = ?",
                        [(int(deleted), modified, i) for i in annotation_ids])

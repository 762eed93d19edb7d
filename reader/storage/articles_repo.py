"""Articles and their versions, kept in step with the search index."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from reader.core.record import Record
from reader.storage import search_index_repo
from reader.core.records import ArticleRecord, OutletCount
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils

    from reader.core.article import Article  # (made by the importer: not on the window's start path)

_RECORD_COLUMNS = ", ".join(ArticleRecord.__dataclass_fields__)


class CurrentVersion(Record):
    id: int
    version: int
    raw_hash: str
    content_hash: str


def current_version(db: sqlite_utils.Database, collection_id: int, source: str) -> CurrentVersion | None:
    row = db.execute(
        """SELECT id, version, raw_hash, content_hash FROM articles
           WHERE collection_id = ? AND source = ? AND deleted IS NULL AND +is_current
           ORDER BY version DESC LIMIT 1""",
        (collection_id, source),
    ).fetchone()
    return CurrentVersion(*row) if row else None


def has_current_copy(db: sqlite_utils.Database, collection_id: int, raw_hash: str, content_hash: str) -> bool:
    """Whether the collection already holds this file (same bytes) or this text (same article)."""
    # Two look-ups, each pinned to its own index: left to itself, SQLite answers the content-hash one
    # through the (collection_id, is_current) index and reads the whole collection per article.
    if db.execute("SELECT 1 FROM articles WHERE collection_id = ? AND raw_hash = ? AND +is_current LIMIT 1",
                  (collection_id, raw_hash)).fetchone():
        return True
    if db.execute("SELECT 1 FROM articles WHERE content_hash = ? AND +collection_id = ? AND +is_current LIMIT 1",
                  (content_hash, collection_id)).fetchone():
        return True
    return False


def next_version(db: sqlite_utils.Database, collection_id: int, source: str) -> int:
    """The version number a new article from `source` gets in the collection: 1, or one past the
    highest live version (an old version kept for its annotations may outlive a deleted newer one)."""
    row = db.execute(
        "SELECT max(version) FROM articles WHERE collection_id = ? AND source = ? AND deleted IS NULL",
        (collection_id, source),
    ).fetchone()
    return int(row[0]) + 1 if row and row[0] is not None else 1


def insert(
    db: sqlite_utils.Database,
    collection_id: int,
    article: Article,
    version: int | None = None,
    indexed: search_index_repo.IndexRow | None = None,
    outlet: str | None = None,
    added_by: str = "",
    added_at: str | None = None,
) -> int:
    """Store an article and index it; `indexed` is its index row if already made,
    `outlet` the outlet to record instead of the one the article names, `added_by`/`added_at` the
    text's provenance (default: nobody named, now). Without a `version`, the next free one for its
    source (see `next_version`)."""
    if version is None:
        version = next_version(db, collection_id, article.source)
    now = now_iso()
    cursor = db.execute(
        """INSERT INTO articles (collection_id, source, version, is_current, title, date, dateline, language,
                                 direction, format, site, text, raw, content_hash, raw_hash, imported, outlet,
                                 added_by, added_at)
           VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            collection_id,
            article.source,
            version,
            article.title,
            article.iso_date,
            article.dateline,
            article.language,
            article.direction,
            article.format,
            article.site,
            article.text,
            article.raw,
            article.content_hash,
            article.raw_hash,
            now,
            outlet or article.outlet,
            added_by,
            added_at or now,
        ),
    )
    article_id = int(cursor.lastrowid)
    search_index_repo.index_article(db, article_id, article.title, article.text, indexed)
    return article_id


def set_outlet(db: sqlite_utils.Database, article_ids: Sequence[int], outlet: str | None) -> list[int]:
    """Record `outlet` (None: unknown) for these articles; the ids whose outlet changed."""
    changed: list[int] = []
    for start in range(0, len(article_ids), 500):
        batch = list(article_ids[start : start + 500])
        marks = ",".join("?" * len(batch))
        rows = db.execute(
            f"SELECT id FROM articles WHERE id IN ({marks}) AND outlet IS NOT ?", [*batch, outlet]
        ).fetchall()
        ids = [row[0] for row in rows]
        if ids:
            db.execute(f"UPDATE articles SET outlet = ? WHERE id IN ({','.join('?' * len(ids))})", [outlet, *ids])
            changed.extend(ids)
    return changed


def outlet_counts(db: sqlite_utils.Database, collection_id: int | None = None) -> list[OutletCount]:
    """Each outlet of the current articles with its number of articles, most articles first."""
    where, params = "is_current", []
    if collection_id is not None:
        where += " AND collection_id = ?"
        params.append(collection_id)
    rows = db.execute(
        f"SELECT outlet, count(*) FROM articles WHERE {where} GROUP BY outlet ORDER BY count(*) DESC, outlet",
        params,
    )
    return [OutletCount(outlet, count) for outlet, count in rows]


def supersede(db: sqlite_utils.Database, article_id: int) -> None:
    """Retire an old version; it is kept only while live annotations still point into it (the
    importer moves them to the new version first, so normally it is deleted)."""
    search_index_repo.unindex_article(db, article_id)
    annotated = db.execute(
        "SELECT 1 FROM annotations WHERE article_id = ? AND NOT deleted LIMIT 1", (article_id,)
    ).fetchone()
    if annotated:
        db.execute("UPDATE articles SET is_current = 0 WHERE id = ?", (article_id,))
        return
    db.execute("DELETE FROM annotations WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM article_notes WHERE article_id = ?", (article_id,))  # moved already, normally
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def get(db: sqlite_utils.Database, article_id: int) -> ArticleRecord | None:
    rows = list(db.query(f"SELECT {_RECORD_COLUMNS} FROM articles WHERE id = ?", [article_id]))
    return ArticleRecord.from_row(rows[0]) if rows else None


def iter_current(db: sqlite_utils.Database, collection_id: int | None = None) -> Iterator[ArticleRecord]:
    where, params = "is_current", []
    if collection_id is not None:
        where += " AND collection_id = ?"
        params.append(collection_id)
    for row in db.query(f"SELECT {_RECORD_COLUMNS} FROM articles WHERE {where} ORDER BY id", params):
        yield ArticleRecord.from_row(row)


def count_current(db: sqlite_utils.Database, collection_id: int | None = None) -> int:
    """The library's current articles (in one collection); the collections list and the article list
    both show it, so a library's connection answers it once per change (`cached_read`)."""

    def read() -> int:  # the counts the triggers keep (schema migration 14), not a count of the rows
        if collection_id is None:
            return int(db.execute("SELECT coalesce(sum(articles), 0) FROM current_article_counts").fetchone()[0])
        sql = "SELECT coalesce(sum(articles), 0) FROM current_article_counts WHERE collection_id = ?"
        return int(db.execute(sql, (collection_id,)).fetchone()[0])

    cached_read = getattr(db, "cached_read", None)  # a library's connection (not a bare sqlite-utils one)
    return cached_read(("current articles", collection_id), read) if cached_read is not None else read()


# Deleting, moving and correcting articles ------------------------------------------------------------


def live_ids(db: sqlite_utils.Database, article_ids: Sequence[int]) -> list[int]:
    """Those of `article_ids` that are current (not deleted, not an old version), in the order given."""
    found: set[int] = set()
    for batch in _batches(list(dict.fromkeys(article_ids))):
        marks = ",".join("?" * len(batch))
        found.update(row[0] for row in db.execute(
            f"SELECT id FROM articles WHERE id IN ({marks}) AND is_current", batch))
    return [i for i in dict.fromkeys(article_ids) if i in found]


def mark_deleted(db: sqlite_utils.Database, article_id: int, when: str) -> None:
    """Take a current article out of the lists and the search index, keeping its row (tombstones of
    its annotations point at it, and an undo brings it back)."""
    search_index_repo.unindex_article(db, article_id)
    db.execute("UPDATE articles SET is_current = 0, deleted = ? WHERE id = ?", (when, article_id))


def restore_deleted(db: sqlite_utils.Database, article_id: int) -> None:
    """Undo of `mark_deleted`."""
    db.execute("UPDATE articles SET is_current = 1, deleted = NULL WHERE id = ?", (article_id,))
    row = db.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
    search_index_repo.index_article(db, article_id, row[0], row[1])


def is_deleted(db: sqlite_utils.Database, article_id: int) -> bool:
    row = db.execute("SELECT deleted FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row is not None and row[0] is not None


def holder_of_source(db: sqlite_utils.Database, collection_id: int, source: str, except_id: int) -> int | None:
    """A live article (current, or an old version kept for its annotations) other than `except_id`
    from the same source file in the collection: an article cannot join a collection holding one."""
    row = db.execute(
        "SELECT id FROM articles WHERE collection_id = ? AND source = ? AND deleted IS NULL AND id != ? LIMIT 1",
        (collection_id, source, except_id),
    ).fetchone()
    return int(row[0]) if row else None


def set_collection(db: sqlite_utils.Database, article_id: int, collection_id: int) -> None:
    db.execute("UPDATE articles SET collection_id = ? WHERE id = ?", (collection_id, article_id))


def set_details(db: sqlite_utils.Database, article_id: int, date: str | None, outlet: str | None) -> None:
    """The article's date (ISO 8601, or None) and outlet; its text never changes."""
    db.execute("UPDATE articles SET date = ?, outlet = ? WHERE id = ?", (date, outlet, article_id))


def ids_in_collection(db: sqlite_utils.Database, collection_id: int) -> list[int]:
    """The collection's current articles, in id order."""
    return [row[0] for row in db.execute(
        "SELECT id FROM articles WHERE collection_id = ? AND is_current ORDER BY id", (collection_id,))]


def _batches(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]

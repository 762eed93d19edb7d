"""Articles and their versions, kept in step with the search index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from reader.core.article import Article
from reader.storage import search_index_repo
from reader.storage.records import ArticleRecord
from reader.storage.schema import now_iso

_RECORD_COLUMNS = ", ".join(ArticleRecord.__dataclass_fields__)


@dataclass(frozen=True)
class CurrentVersion:
    id: int
    version: int
    raw_hash: str
    content_hash: str


def current_version(db: sqlite_utils.Database, collection_id: int, source: str) -> CurrentVersion | None:
    row = db.execute(
        """SELECT id, version, raw_hash, content_hash FROM articles
           WHERE collection_id = ? AND source = ? AND +is_current ORDER BY version DESC LIMIT 1""",
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


def insert(
    db: sqlite_utils.Database,
    collection_id: int,
    article: Article,
    version: int = 1,
    indexed: search_index_repo.IndexRow | None = None,
) -> int:
    """Store an article and index it; `indexed` is its index row if already made."""
    cursor = db.execute(
        """INSERT INTO articles (collection_id, source, version, is_current, title, date, dateline, language,
                                 direction, format, site, text, raw, content_hash, raw_hash, imported)
           VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
            now_iso(),
        ),
    )
    article_id = int(cursor.lastrowid)
    search_index_repo.index_article(db, article_id, article.title, article.text, indexed)
    return article_id


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
    if collection_id is None:
        return int(db.execute("SELECT count(*) FROM articles WHERE is_current").fetchone()[0])
    return int(
        db.execute("SELECT count(*) FROM articles WHERE is_current AND collection_id = ?", (collection_id,)).fetchone()[0]
    )

"""Notes on whole articles: one per article, kept when cleared (an empty note with its date)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.core.records import ArticleNoteRecord

if TYPE_CHECKING:
    import sqlite_utils


def get(db: sqlite_utils.Database, article_id: int) -> ArticleNoteRecord | None:
    row = db.execute("SELECT article_id, note, author, modified FROM article_notes WHERE article_id = ?",
                     (article_id,)).fetchone()
    return ArticleNoteRecord(*row) if row else None


def for_articles(db: sqlite_utils.Database, article_ids: Iterable[int]) -> dict[int, ArticleNoteRecord]:
    ids = list(article_ids)
    found: dict[int, ArticleNoteRecord] = {}
    for start in range(0, len(ids), 500):  # below the 999 bound parameters of older SQLite builds
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.execute(f"SELECT article_id, note, author, modified FROM article_notes "
                              f"WHERE article_id IN ({marks})", chunk).fetchall():
            found[row[0]] = ArticleNoteRecord(*row)
    return found


def put(db: sqlite_utils.Database, article_id: int, note: str, author: str, modified: str) -> None:
    db.execute(
        """INSERT INTO article_notes (article_id, note, author, modified) VALUES (?, ?, ?, ?)
           ON CONFLICT (article_id) DO UPDATE SET note = excluded.note, author = excluded.author,
                                                  modified = excluded.modified""",
        (article_id, note, author, modified),
    )


def move(db: sqlite_utils.Database, old_article_id: int, new_article_id: int) -> None:
    """The note of an article's old version goes to its new version (a re-import)."""
    db.execute("UPDATE article_notes SET article_id = ? WHERE article_id = ?", (new_article_id, old_article_id))


def in_scope(db: sqlite_utils.Database, collection_id: int | None = None) -> dict[int, ArticleNoteRecord]:
    """The notes of the current articles (of one collection, or of all)."""
    where, params = "r.is_current", []
    if collection_id is not None:
        where += " AND r.collection_id = ?"
        params.append(collection_id)
    rows = db.execute(f"SELECT n.article_id, n.note, n.author, n.modified FROM article_notes n "
                      f"JOIN articles r ON r.id = n.article_id WHERE {where} ORDER BY n.article_id", params).fetchall()
    return {row[0]: ArticleNoteRecord(*row) for row in rows}

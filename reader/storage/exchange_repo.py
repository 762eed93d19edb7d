"""Queries the exchange service needs beyond the other repositories."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.storage import articles_repo
from reader.core.records import ArticleRecord

if TYPE_CHECKING:
    import sqlite_utils


def find_article(db: sqlite_utils.Database, content_hash: str, source: str | None, title: str | None) -> ArticleRecord | None:
    """A current article with this exact text, else one with this source and title."""
    row = db.execute("SELECT id FROM articles WHERE content_hash = ? AND is_current ORDER BY id LIMIT 1",
                     (content_hash,)).fetchone()
    if row is None and source and title:
        row = db.execute(
            "SELECT id FROM articles WHERE is_current AND title = ? AND (source = ? OR source LIKE ?) ORDER BY id LIMIT 1",
            (title, source, "%/" + source.rsplit("/", 1)[-1]),
        ).fetchone()
    return articles_repo.get(db, row[0]) if row else None

"""The queries behind the article list: ordered, filtered ids first, row data a page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.search_text import canonical_word
from reader.core.records import ArticleRow

if TYPE_CHECKING:
    import sqlite_utils

SORT_COLUMNS = {"date": "date", "title": "title", "source": "source"}


def fts_prefix_query(text: str) -> str | None:
    """Every word of `text`, canonical, as an FTS5 prefix term, all required; None when nothing is left."""
    words = canonical_word(text).split()
    terms = ['"' + w.replace('"', '""') + '"*' for w in words]
    return " ".join(terms) if terms else None


def ordered_ids(
    db: sqlite_utils.Database,
    collection_id: int | None = None,
    sort: str = "date",
    descending: bool = True,
    title_filter: str = "",
) -> list[int]:
    column = SORT_COLUMNS.get(sort, "date")
    direction = "DESC" if descending else "ASC"
    where = ["a.is_current = 1"]  # an equality, so that the list's index gives the order (no sort)
    params: list[object] = []
    if collection_id is not None:
        where.append("a.collection_id = ?")
        params.append(collection_id)
    match = fts_prefix_query(title_filter) if title_filter.strip() else None
    if title_filter.strip() and match is None:
        return []
    if match is not None:
        where.append("a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)")
        params.append("title : (" + match + ")")
    # Undated articles go last whichever way the dates run.
    order = f"a.{column} IS NULL, a.{column} {direction}, a.id {direction}"
    sql = f"SELECT a.id FROM articles a WHERE {' AND '.join(where)} ORDER BY {order}"
    return [row[0] for row in db.execute(sql, params)]


def rows_for(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, ArticleRow]:
    found: dict[int, ArticleRow] = {}
    for start in range(0, len(ids), 500):
        batch = list(ids[start : start + 500])
        marks = ",".join("?" * len(batch))
        for row in db.execute(
            f"SELECT id, collection_id, title, date, dateline, source, language, outlet FROM articles WHERE id IN ({marks})",
            batch,
        ):
            found[row[0]] = ArticleRow(*row)
    return found

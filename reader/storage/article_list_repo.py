"""The queries behind the article list: ordered, filtered ids first, row data a page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.record import Record
from reader.core.search_text import canonical_word
from reader.core.records import ArticleRow
from reader.storage import articles_repo

if TYPE_CHECKING:
    import sqlite_utils

SORT_COLUMNS = {"date": "date", "title": "title", "source": "source"}


def fts_prefix_query(text: str) -> str | None:
    """Every word of `text`, canonical, as an FTS5 prefix term, all required; None when nothing is left."""
    words = canonical_word(text).split()
    terms = ['"' + w.replace('"', '""') + '"*' for w in words]
    return " ".join(terms) if terms else None


class ListOrder(Record):
    """Which articles the list shows and in what order: current ones, of one collection or all, whose
    title matches a filter, by a column (undated or unsourced last either way), ties by id."""

    collection_id: int | None = None
    sort: str = "date"
    descending: bool = True
    title_filter: str = ""

    def _where(self) -> tuple[list[str], list[object]] | None:
        """The conditions and their parameters; None when the filter can match nothing."""
        where = ["a.is_current = 1"]  # an equality, so that the list's index gives the order (no sort)
        params: list[object] = []
        if self.collection_id is not None:
            where.append("a.collection_id = ?")
            params.append(self.collection_id)
        if self.title_filter.strip():
            match = fts_prefix_query(self.title_filter)
            if match is None:
                return None
            where.append("a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)")
            params.append("title : (" + match + ")")
        return where, params

    @property
    def _column(self) -> str:
        return SORT_COLUMNS.get(self.sort, "date")

    def _order_by(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        return f"a.{self._column} IS NULL, a.{self._column} {direction}, a.id {direction}"


def served_by_index(order: ListOrder) -> bool:
    """Whether the list's index (`articles_list_by_date`, migration 13) gives this order without a
    sort: then its ids can be read a page at a time."""
    return order == ListOrder()


def ordered_ids(
    db: sqlite_utils.Database,
    collection_id: int | None = None,
    sort: str = "date",
    descending: bool = True,
    title_filter: str = "",
) -> list[int]:
    """Every id the list shows, in its order (the window reads them a page at a time: `ids_page`)."""
    return ids_page(db, ListOrder(collection_id, sort, descending, title_filter), 0, -1)


def ids_page(db: sqlite_utils.Database, order: ListOrder, offset: int, limit: int) -> list[int]:
    """The ids of rows offset … offset + limit - 1 of the list (limit -1: to the end)."""
    found = order._where()
    if found is None:
        return []
    where, params = found
    sql = f"SELECT a.id FROM articles a WHERE {' AND '.join(where)} ORDER BY {order._order_by()} LIMIT ? OFFSET ?"
    return [row[0] for row in db.execute(sql, [*params, limit, offset])]


def count(db: sqlite_utils.Database, order: ListOrder) -> int:
    """How many rows the list has."""
    if not order.title_filter.strip():
        return articles_repo.count_current(db, order.collection_id)  # as the collections list counts
    found = order._where()
    if found is None:
        return 0
    where, params = found
    return int(db.execute(f"SELECT count(*) FROM articles a WHERE {' AND '.join(where)}", params).fetchone()[0])


def position(db: sqlite_utils.Database, order: ListOrder, article_id: int) -> int | None:
    """The row of `article_id` in the list, None when the list does not show it: the rows before it
    are counted, so nothing but the count is read."""
    found = order._where()
    if found is None:
        return None
    where, params = found
    conditions = " AND ".join(where)
    column = order._column
    row = db.execute(f"SELECT a.{column} FROM articles a WHERE a.id = ? AND {conditions}",
                     [article_id, *params]).fetchone()
    if row is None:
        return None
    value = row[0]
    after = "<" if not order.descending else ">"  # what comes first in the list's direction
    # Counted in ranges the list's index serves as they are written (`date IS NULL` is one of its
    # columns): a count with an OR in it reads every entry, three times slower at 100,000 articles.
    if value is None:  # undated (or untitled, unsourced) rows come last, among themselves by id
        parts = [(f"(a.{column} IS NULL) = 0", []), (f"(a.{column} IS NULL) = 1 AND a.id {after} ?", [article_id])]
    else:
        parts = [(f"(a.{column} IS NULL) = 0 AND a.{column} {after} ?", [value]),
                 (f"(a.{column} IS NULL) = 0 AND a.{column} = ? AND a.id {after} ?", [value, article_id])]
    return sum(int(db.execute(f"SELECT count(*) FROM articles a WHERE {conditions} AND {part}",
                              [*params, *extra]).fetchone()[0]) for part, extra in parts)


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

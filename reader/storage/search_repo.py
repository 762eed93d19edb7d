"""Searching the full-text index (`article_search`, whose shape and writes are in
`search_index_repo`): ranked or dated ids, counts, one shard of a ranking, the texts of hits, and
an in-memory index for annotation quotes and notes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.search_query import QueryError
from reader.core.search_text import FTS_TOKENIZER
from reader.storage.search_index_repo import TITLE_WEIGHT
from reader.storage.driver import sqlite3

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)


def _filters(collection_id: int | None, tag_id: int | None, author: str | None) -> tuple[str, list[object]]:
    where, params = ["a.is_current"], []
    if collection_id is not None:
        where.append("a.collection_id = ?")
        params.append(collection_id)
    if tag_id is not None or author is not None:
        sub = ["n.article_id = a.id", "NOT n.deleted"]
        if tag_id is not None:
            sub.append("n.id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id = ?)")
            params.append(tag_id)
        if author is not None:
            sub.append("n.author = ?")
            params.append(author)
        where.append(f"EXISTS (SELECT 1 FROM annotations n WHERE {' AND '.join(sub)})")
    return " AND ".join(where), params


@contextmanager
def _refusals_as_query_errors() -> Iterator[None]:
    # The query parser quotes every term, so FTS5 should accept all it builds; if it ever does
    # not (a stack overflow on a monstrous query), the user gets a message, not a crash.
    try:
        yield
    except sqlite3.OperationalError as exc:
        log.warning("the index refused a query: %s", exc)
        raise QueryError(messages.QUERY_CANNOT_RUN) from None


def search(db: sqlite_utils.Database, match: str, limit: int, offset: int = 0, order: str = "relevance",
           collection_id: int | None = None, tag_id: int | None = None, author: str | None = None) -> list[int]:
    """Ids of matching current articles, best first (or newest first)."""
    if order != "date" and collection_id is None and tag_id is None and author is None:
        # The index holds only current articles, so ranking needs no join: three times faster.
        with _refusals_as_query_errors():
            rows = db.execute(
                """SELECT rowid FROM article_search WHERE article_search MATCH ?
                   ORDER BY rank, rowid LIMIT ? OFFSET ?""",
                (match, limit, offset),
            ).fetchall()
        return [row[0] for row in rows]
    where, params = _filters(collection_id, tag_id, author)
    order_by = "a.date IS NULL, a.date DESC, a.id DESC" if order == "date" else "article_search.rank, a.id"
    with _refusals_as_query_errors():
        rows = db.execute(
            f"""SELECT a.id FROM article_search JOIN articles a ON a.id = article_search.rowid
                WHERE article_search MATCH ? AND {where} ORDER BY {order_by} LIMIT ? OFFSET ?""",
            [match, *params, limit, offset],
        ).fetchall()
    return [row[0] for row in rows]


def search_counted(db: sqlite_utils.Database, match: str, limit: int, offset: int = 0) -> tuple[list[int], int | None]:
    """`search` (unfiltered, by relevance) and how many match, in one pass over the index; the
    count is None when the page is past the last match."""
    with _refusals_as_query_errors():
        rows = db.execute(
            """SELECT rowid, count(*) OVER () FROM article_search WHERE article_search MATCH ?
               ORDER BY rank, rowid LIMIT ? OFFSET ?""",
            (match, limit, offset),
        ).fetchall()
    return [row[0] for row in rows], (int(rows[0][1]) if rows else None)


def ranked_between(conn: sqlite3.Connection, match: str, low: int, high: int, limit: int) -> list[tuple[float, int]]:
    """(score, id) of the best `limit` matches with ids in [low, high], best first: one shard of
    `search`'s ranking. FTS5 takes bm25's statistics from the whole index whatever the id range,
    so a score here is the score `search` gives the same article."""
    with _refusals_as_query_errors():
        return conn.execute(
            """SELECT rank, rowid FROM article_search
               WHERE article_search MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank, rowid LIMIT ?""",
            (match, low, high, limit),
        ).fetchall()


# The columns a title match is looked for in: the title's tokens and their lemmas.
TITLE_COLUMNS = "{title title_forms}"
# bm25 as the table ranks (RANK), but the title's lemma column weighs nothing: a query without
# word forms has no phrase there, so its score is the exact one, and a condition on that column
# adds nothing to it.
RANK_WITHOUT_TITLE_FORMS = f"bm25(article_search, {TITLE_WEIGHT}, 1.0, 0.0, 1.0)"


def title_expression(terms: Sequence[str]) -> str:
    """An FTS5 expression for "any of these terms (FTS5 expressions) in the title"."""
    return f"{TITLE_COLUMNS} : ({' OR '.join(terms)})"


def title_forms_expression(forms: Sequence[str]) -> str:
    """An FTS5 expression for "a form of one of these terms (`Term.forms_fts`) in the title"."""
    return f"{{title_forms}} : ({' OR '.join(forms)})"


def title_forms_group(conn: sqlite3.Connection, match: str, forms: Sequence[str], cap: int) -> list[int]:
    """Ids of the matches of `match` (an expression without word forms) that have one of `forms`
    (lemma expressions, `Term.forms_fts`) in the title, best first by their exact score, ties by
    id; of the newest `cap` of them only. One pass: FTS5 stops after `cap` rows."""
    with _refusals_as_query_errors():
        rows = conn.execute(
            f"""SELECT {RANK_WITHOUT_TITLE_FORMS}, rowid FROM article_search WHERE article_search MATCH ?
                ORDER BY rowid DESC LIMIT ?""",
            (f"({match}) AND ({title_forms_expression(forms)})", cap),
        ).fetchall()
    return [article_id for _score, article_id in sorted(rows)]


def newest_scored(conn: sqlite3.Connection, match: str, limit: int) -> list[tuple[int, float]]:
    """(id, score) of the newest `limit` matches, newest first. FTS5 walks its lists from the
    highest id down and scores only the rows it returns, so this costs `limit` rows, not all."""
    with _refusals_as_query_errors():
        return conn.execute(
            "SELECT rowid, rank FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?",
            (match, limit),
        ).fetchall()


def id_range(conn: sqlite3.Connection) -> tuple[int, int] | None:
    """The lowest and highest article id, or None for an empty library."""
    # Two subqueries: each is one step down the primary key, where `min(id), max(id)` together
    # scan the table (6 ms at 100,000 articles, paid by every broad search).
    low, high = conn.execute("SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)").fetchone()
    return None if low is None else (int(low), int(high))


def count_between(conn: sqlite3.Connection, match: str, low: int, high: int) -> int:
    """Matches with ids in [low, high]: FTS5 reads only that stretch of its lists."""
    with _refusals_as_query_errors():
        return int(conn.execute(
            "SELECT count(*) FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN ? AND ?",
            (match, low, high),
        ).fetchone()[0])


def count(db: sqlite_utils.Database, match: str, collection_id: int | None = None, tag_id: int | None = None,
          author: str | None = None) -> int:
    if collection_id is None and tag_id is None and author is None:
        with _refusals_as_query_errors():  # the index holds only current articles: no join
            return int(db.execute("SELECT count(*) FROM article_search WHERE article_search MATCH ?",
                                  (match,)).fetchone()[0])
    where, params = _filters(collection_id, tag_id, author)
    with _refusals_as_query_errors():
        return int(db.execute(
            f"""SELECT count(*) FROM article_search JOIN articles a ON a.id = article_search.rowid
                WHERE article_search MATCH ? AND {where}""",
            [match, *params],
        ).fetchone()[0])


def texts(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, tuple[str, str | None, str, int]]:
    """(title, date, text, collection id) of each article id."""
    found = {}
    for start in range(0, len(ids), 500):
        batch = list(ids[start : start + 500])
        marks = ",".join("?" * len(batch))
        for row in db.execute(f"SELECT id, title, date, text, collection_id FROM articles WHERE id IN ({marks})", batch):
            found[row[0]] = (row[1], row[2], row[3], row[4])
    return found


def matching(texts: Sequence[tuple[str, str]], match: str) -> list[bool]:
    """Which of `texts` — (tokens, lemmas) as `Lexicon.lemma_text` makes them — match an FTS5
    expression, with FTS5's own semantics.

    For the few thousand annotation quotes and notes a search looks at: an in-memory index is
    built for the call, so AND/OR/NOT/NEAR and word forms mean exactly what they mean for articles.
    """
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, body_forms, tokenize = \"{FTS_TOKENIZER}\")")
        conn.executemany("INSERT INTO t (rowid, body, body_forms) VALUES (?, ?, ?)",
                         [(i, *text) for i, text in enumerate(texts)])
        hits = {row[0] for row in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,))}
    finally:
        conn.close()
    return [i in hits for i in range(len(texts))]

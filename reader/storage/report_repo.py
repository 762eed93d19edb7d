"""What reports read: the counted (annotation, tag) pairs of `report_facts` in groups, and the
passages behind a group (see `reader.core.report` for what is counted)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from reader.core.report import TIME_DIMENSIONS, Scope, Value

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = {"tag": "f.tag_id", "collection": "f.collection_id", "outlet": "f.outlet", "author": "f.author"}


def _where(scope: Scope, cell: dict[str, object] | None = None) -> tuple[str, list[object]]:
    """The WHERE clause over `report_facts f` for a scope and, for the passages of one group, its
    values: tag and collection ids, outlet and author names, and a day range (`days`: (first, last),
    or None for undated articles)."""
    where = ["1"]
    params: list[object] = []

    def among(column: str, values: Sequence[object]) -> None:
        named = [v for v in values if v is not None]
        parts = []
        if len(named) == 1:
            parts.append(f"{column} = ?")
            params.append(named[0])
        elif named:
            parts.append(f"{column} IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(named, ensure_ascii=False))
        if len(named) < len(values):
            parts.append(f"{column} IS NULL")
        where.append("(" + " OR ".join(parts) + ")")

    if scope.tag_ids:
        among("f.tag_id", scope.tag_ids)
    if scope.collection_ids:
        among("f.collection_id", scope.collection_ids)
    if scope.outlets:
        among("f.outlet", scope.outlets)
    if scope.authors:
        among("f.author", scope.authors)
    _day_range(where, params, scope.first_day, scope.last_day)
    for name, value in (cell or {}).items():
        if name in _COLUMNS:
            among(_COLUMNS[name], [value])
        elif name == "days":
            if value is None:
                where.append("f.day IS NULL")
            else:
                _day_range(where, params, *value)
    return " AND ".join(where), params


def _day_range(where: list[str], params: list[object], first: str | None, last: str | None) -> None:
    if first is not None:
        where.append("f.day >= ?")
        params.append(first)
    if last is not None:
        where.append("f.day <= ?")
        params.append(last)


def group_counts(db: sqlite_utils.Database, by: Sequence[str], scope: Scope) -> list[tuple]:
    """One row per group: a value per non-time dimension of `by` (tag and collection ids, outlet and
    author names), the article's day (ISO, or None) when `by` has a year or month, then the number of
    (annotation, tag) pairs and of distinct articles."""
    columns = [_COLUMNS[d] for d in by if d not in TIME_DIMENSIONS]
    if any(d in TIME_DIMENSIONS for d in by):
        columns.append("f.day")
    where, params = _where(scope)
    selected = "".join(f"{c}, " for c in columns)
    grouped = f"GROUP BY {', '.join(columns)}" if columns else ""
    return db.execute(
        f"SELECT {selected}count(*), count(DISTINCT f.article_id) FROM report_facts f WHERE {where} {grouped}", params
    ).fetchall()


class PassageRow(NamedTuple):
    """A coded passage as the report lists it (the annotation, its context and its article)."""

    article_id: int
    uuid: str
    quote: str
    prefix: str
    suffix: str
    note: str
    author: str
    tag_ids: str  # comma-separated, in tag order
    title: str
    date: str | None
    outlet: str | None
    collection_id: int
    start: int
    end: int


def passage_count(db: sqlite_utils.Database, scope: Scope, cell: dict[str, object]) -> int:
    """How many annotations are behind one group (each once, whatever its tags)."""
    where, params = _where(scope, cell)
    return db.execute(f"SELECT count(DISTINCT f.annotation_id) FROM report_facts f WHERE {where}", params).fetchone()[0]


def passages(db: sqlite_utils.Database, scope: Scope, cell: dict[str, object], offset: int = 0,
             limit: int = 200) -> list[PassageRow]:
    """The annotations behind one group, each once: by date (undated last), article, position."""
    where, params = _where(scope, cell)
    rows = db.execute(
        f"""SELECT n.article_id, n.uuid, n.quote, n.prefix, n.suffix, n.note, n.author,
                   (SELECT group_concat(tag_id) FROM (SELECT t.id AS tag_id FROM annotation_tags x
                     JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = n.id ORDER BY t.position, t.id)),
                   a.title, a.date, a.outlet, a.collection_id, n.start, n."end"
            FROM annotations n JOIN articles a ON a.id = n.article_id
            WHERE n.id IN (SELECT f.annotation_id FROM report_facts f WHERE {where})
            ORDER BY a.date IS NULL, substr(a.date, 1, 10), a.id, n.start, n."end", n.id
            LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return [PassageRow(*row[:7], row[7] or "", *row[8:]) for row in rows]


def coded_spans(db: sqlite_utils.Database, scope: Scope) -> Iterator[tuple[int, int, int, int, int]]:
    """(article id, annotation id, start, end, tag id) of every counted annotation and tag."""
    where, params = _where(scope)
    yield from db.execute(
        f"""SELECT f.article_id, f.annotation_id, n.start, n."end", f.tag_id
            FROM report_facts f JOIN annotations n ON n.id = f.annotation_id WHERE {where}""",
        params,
    )


def outlets(db: sqlite_utils.Database) -> list[Value]:
    """Every outlet of a current article with counted annotations (None: some have no known outlet)."""
    return [row[0] for row in db.execute("SELECT DISTINCT outlet FROM report_facts")]


def authors(db: sqlite_utils.Database) -> list[str]:
    """Every author of a counted annotation."""
    return [row[0] for row in db.execute("SELECT DISTINCT author FROM report_facts")]


def days(db: sqlite_utils.Database) -> tuple[str | None, str | None]:
    """The first and last day of a dated article with counted annotations."""
    return db.execute("SELECT min(day), max(day) FROM report_facts").fetchone()

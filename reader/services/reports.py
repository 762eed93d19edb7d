"""Findings: annotations counted by tag, collection, outlet, author, year or month; the passages
behind each count; which tags meet on the same passages (reads only).

What is counted is `reader.core.report`'s; the counting itself is SQL (`report_repo`). Names come
in (the command line's `--tag NAME`, the window's choices) and go out: tags and collections by
name, outlets and authors as stored, periods as "YYYY" / "YYYY-MM" of the query's calendar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

import sqlite_utils

from reader.core import messages
from reader.core.cooccurrence import cooccurrence
from reader.core.errors import Cancelled, UnknownNameError
from reader.core.record import Record
from reader.core.records import TagRecord
from reader.core.report import (
    CALENDARS,
    DIMENSIONS,
    TIME_DIMENSIONS,
    Counts,
    Key,
    Order,
    Report,
    Scope,
    Table,
    Value,
    build_report,
    build_table,
    fold_days,
    period_days,
)
from reader.services.changelog import ChangeLog
from reader.storage import collections_repo, report_repo, tags_repo


ONE_PER_ARTICLE = frozenset({"collection", "outlet", "year", "month"})
"""Dimensions an article has exactly one value of (an annotation's tags and author vary)."""


class ReportQuery(Record):
    """What to count and how to group it. Empty filters: everything."""

    by: tuple[str, ...] = ("tag",)
    tags: tuple[str, ...] = ()
    collections: tuple[str, ...] = ()
    outlets: tuple[Value, ...] = ()
    """None among them: articles whose outlet is not known."""
    authors: tuple[str, ...] = ()
    first_day: str | None = None
    """ISO 8601 days, inclusive; with either, articles without a date are left out."""
    last_day: str | None = None
    calendar: str = "solar"


class Passage(Record):
    """One coded passage: the annotation with its context, and where it is from."""

    article_id: int
    uuid: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    note: str
    author: str
    tags: tuple[TagRecord, ...]
    title: str
    date: str | None
    """The article's date as stored (ISO 8601), or None."""
    outlet: str | None
    collection: str


class Passages(Record):
    total: int
    """How many passages the group has (each annotation once, whatever its tags)."""
    items: tuple[Passage, ...]
    """Those asked for: from `offset`, at most `limit`."""


class TagMatrix(Record):
    """Co-occurrence by tag (see `reader.core.cooccurrence`): `counts[i][j]` for `tags[i]`, `tags[j]`."""

    tags: tuple[TagRecord, ...]
    counts: tuple[tuple[int, ...], ...]


class ReportOptions(Record):
    """What the filters can choose from: every value with counted annotations."""

    tags: tuple[TagRecord, ...]
    collections: tuple[str, ...]
    outlets: tuple[Value, ...]
    authors: tuple[str, ...]
    first_day: str | None
    last_day: str | None


class ReportService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()  # reports only read; kept for the services' common shape

    # Counting ----------------------------------------------------------------------------------------
    def report(self, query: ReportQuery) -> Report:
        """One group per combination of the `by` values that has annotations, in order."""
        _check_dimensions(query.by, query.calendar)
        scope, names = self._scope(query)
        return build_report(query.by, query.calendar, self._counts(query.by, scope, query.calendar, names),
                            self._order(names))

    def table(self, query: ReportQuery, rows_by: str, columns_by: str | None = None) -> Table:
        """Rows × columns with counted totals (the query's own `by` is ignored)."""
        by = (rows_by,) if columns_by is None else (rows_by, columns_by)
        _check_dimensions(by, query.calendar)
        scope, names = self._scope(query)

        def counted(grouping: tuple[str, ...]) -> dict[Key, Counts]:
            return self._counts(grouping, scope, query.calendar, names)

        # Each grouping is a scan of the facts. An article has one collection, outlet and date, so
        # grouped by one of those its articles are told apart already, and the totals across it are
        # sums; only the other totals need a scan of their own.
        cells = counted(by) if columns_by else {}
        if columns_by and columns_by in ONE_PER_ARTICLE:
            rows = _summed(cells, 0)
        else:
            rows = counted((rows_by,))
        columns = {}
        if columns_by:
            columns = _summed(cells, 1) if rows_by in ONE_PER_ARTICLE else counted((columns_by,))
        if rows_by in ONE_PER_ARTICLE:
            total = _summed(rows, None).get((), Counts())
        elif columns_by in ONE_PER_ARTICLE:
            total = _summed(columns, None).get((), Counts())
        else:
            total = counted(()).get((), Counts())
        return build_table(rows_by, columns_by, query.calendar, cells, rows, columns, total, self._order(names))

    def passages(self, query: ReportQuery, cell: Mapping[str, Value], offset: int = 0, limit: int | None = 200,
                 cancelled: Callable[[], bool] | None = None) -> Passages:
        """The passages behind one group: `cell` gives a value per dimension (a tag or collection name,
        an outlet, an author, a period of the query's calendar; None for no outlet or no date); a
        dimension it does not name is not narrowed. By date (undated last), article, position."""
        _check_dimensions(tuple(cell), query.calendar)
        scope, names = self._scope(query)
        where = _cell(cell, query.calendar, names)
        total = report_repo.passage_count(self.db, scope, where)
        tags = {tag.id: tag for tag in names.tags}
        collections = {i: name for name, i in names.collections.items()}
        items: list[Passage] = []
        size = total if limit is None else limit
        batch = 2000 if limit is None else limit
        while len(items) < size:
            if cancelled is not None and cancelled():
                raise Cancelled()
            rows = report_repo.passages(self.db, scope, where, offset + len(items), min(batch, size - len(items)))
            items += [_passage(row, tags, collections) for row in rows]
            if len(rows) < batch:
                break
        return Passages(total, tuple(items))

    def cooccurrence(self, query: ReportQuery, cancelled: Callable[[], bool] | None = None) -> TagMatrix:
        """Which tags meet on the same or overlapping passages, among the query's annotations
        (seconds for 200,000: the window counts it in the background; Cancelled when asked)."""
        scope, names = self._scope(query)

        def spans() -> Iterator[tuple[int, int, int, int, int]]:
            for number, span in enumerate(report_repo.coded_spans(self.db, scope)):
                if cancelled is not None and number % 10_000 == 0 and cancelled():
                    raise Cancelled()
                yield span

        matrix = cooccurrence(spans())
        used = [tag for tag in names.tags if matrix.carried.get(tag.id)]
        counts = tuple(tuple(matrix.count(a.id, b.id) for b in used) for a in used)
        return TagMatrix(tuple(used), counts)

    def options(self) -> ReportOptions:
        order = Order()
        first, last = report_repo.days(self.db)
        return ReportOptions(
            tags=tuple(tags_repo.list_all(self.db)),
            collections=tuple(c.name for c in collections_repo.list_all(self.db)),
            outlets=tuple(order.values("outlet", report_repo.outlets(self.db))),
            authors=tuple(order.values("author", report_repo.authors(self.db))),
            first_day=first,
            last_day=last,
        )

    # Names, ids and periods --------------------------------------------------------------------------
    def _scope(self, query: ReportQuery) -> tuple[Scope, _Names]:
        names = _Names(tuple(tags_repo.list_all(self.db)),
                       {c.name: c.id for c in collections_repo.list_all(self.db)})
        by_name = {tag.name: tag.id for tag in names.tags}
        for tag in query.tags:
            if tag not in by_name:
                raise UnknownNameError(messages.NO_SUCH_TAG, tag)
        for collection in query.collections:
            if collection not in names.collections:
                raise UnknownNameError(messages.NO_SUCH_COLLECTION, collection)
        if query.authors:
            known = set(report_repo.authors(self.db))
            for author in query.authors:
                if author not in known:
                    raise UnknownNameError(messages.AGREEMENT_UNKNOWN_AUTHOR, author)
        scope = Scope(tuple(by_name[t] for t in query.tags), tuple(names.collections[c] for c in query.collections),
                      tuple(query.outlets), tuple(query.authors), query.first_day, query.last_day)
        return scope, names

    def _counts(self, by: Sequence[str], scope: Scope, calendar: str, names: _Names) -> dict[Key, Counts]:
        folded = fold_days(by, report_repo.group_counts(self.db, by, scope), calendar)
        if "tag" not in by and "collection" not in by:
            return folded
        tags = {tag.id: tag.name for tag in names.tags}
        collections = {i: name for name, i in names.collections.items()}
        named: dict[Key, Counts] = {}
        for key, counts in folded.items():
            new_key = tuple(tags.get(v, str(v)) if d == "tag" else collections.get(v, str(v)) if d == "collection"
                            else v for d, v in zip(by, key))
            named[new_key] = named[new_key] + counts if new_key in named else counts
        return named

    def _order(self, names: _Names) -> Order:
        return Order({"tag": {tag.name: tag.position for tag in names.tags}})



class _Names(Record):
    tags: tuple[TagRecord, ...]
    collections: dict[str, int]


def _cell(cell: Mapping[str, Value], calendar: str, names: _Names) -> dict[str, object]:
    """A group's values as storage filters: ids for tags and collections, a day range for periods."""
    where: dict[str, object] = {}
    by_name = {tag.name: tag.id for tag in names.tags}
    first: str | None = None
    last: str | None = None
    undated = False
    for dimension, value in cell.items():
        if dimension == "tag":
            if value not in by_name:
                raise UnknownNameError(messages.NO_SUCH_TAG, str(value))
            where["tag"] = by_name[value]
        elif dimension == "collection":
            if value not in names.collections:
                raise UnknownNameError(messages.NO_SUCH_COLLECTION, str(value))
            where["collection"] = names.collections[value]
        elif dimension in TIME_DIMENSIONS:
            if value is None:
                undated = True
                continue
            start, end = (day.isoformat() for day in period_days(value, calendar))
            first = start if first is None else max(first, start)
            last = end if last is None else min(last, end)
        else:
            where[dimension] = value
    if undated:
        where["days"] = None
    elif first is not None:
        where["days"] = (first, last)
    return where


def _summed(counts: Mapping[Key, Counts], place: int | None) -> dict[Key, Counts]:
    """Counts added up by the value at `place` of each key (None: all into one)."""
    summed: dict[Key, Counts] = {}
    for key, value in counts.items():
        new_key = () if place is None else (key[place],)
        summed[new_key] = summed[new_key] + value if new_key in summed else value
    return summed


def _check_dimensions(by: Sequence[str], calendar: str) -> None:
    for dimension in by:
        if dimension not in DIMENSIONS:
            raise ValueError(f"unknown report dimension {dimension!r}; expected one of {DIMENSIONS}")
    if len(set(by)) != len(by):
        raise ValueError(f"a report dimension is named twice: {by}")
    if calendar not in CALENDARS:
        raise ValueError(f"unknown calendar {calendar!r}; expected one of {CALENDARS}")


def _passage(row: report_repo.PassageRow, tags: Mapping[int, TagRecord], collections: Mapping[int, str]) -> Passage:
    carried = tuple(tags[int(t)] for t in row.tag_ids.split(",") if t and int(t) in tags)
    return Passage(row.article_id, row.uuid, row.start, row.end, row.quote, row.prefix, row.suffix, row.note,
                   row.author, carried, row.title, row.date, row.outlet, collections.get(row.collection_id, ""))

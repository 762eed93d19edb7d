"""Findings: annotations counted by tag, collection, outlet, author, year or month (pure).

What is counted (issue 16), the same in the window, the command line and the exports:
- Live, placed annotations (not deleted, not orphans) of current articles (a deleted or superseded
  article never counts).
- An annotation counts once per tag it carries: with two tags it is in both tags' rows, and twice
  in a row that does not split by tag (so rows add up to the total). One without tags counts nowhere.
- `articles`: distinct articles among them.
- Years and months come from the article's own date as written — its local date, never converted
  to UTC — in the solar calendar (Afghan and Iranian month numbers agree: حمل = فروردین = 01) or the
  Gregorian one. An article without a date groups under None.

Storage groups by day; `fold_days` turns days into periods here. Because an article has one date,
summing the distinct articles of the days of a month is exact.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field

import jdatetime

from reader.core.record import Record

DIMENSIONS = ("tag", "collection", "outlet", "author", "year", "month")
TIME_DIMENSIONS = ("year", "month")
CALENDARS = ("solar", "gregorian")
MEASURES = ("annotations", "articles")

type Value = str | None
type Key = tuple[Value, ...]

_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def report_calendar(date_calendar: str) -> str:
    """The report calendar for an interface calendar ("afghan", "iranian" → solar; "gregorian")."""
    return "gregorian" if date_calendar == "gregorian" else "solar"


def article_day(value: str | None) -> datetime.date | None:
    """The day an article's stored date names as written there: an ISO 8601 value's own date (its
    local date — «2024-11-24T23:30+04:30» is the 24th, though it was the 24th 19:00 in UTC); None
    when there is no date. Hashiya stores every date so (`ParsedDate.iso`, `normalized_date`)."""
    found = _ISO_DAY.match(value) if value else None
    if found is None:
        return None
    try:
        return datetime.date(*map(int, found.groups()))
    except ValueError:
        return None


def period(day: datetime.date | None, unit: str, calendar: str) -> Value:
    """"YYYY" (unit year) or "YYYY-MM" (unit month) of `day` in `calendar`; None for no day."""
    if day is None:
        return None
    if calendar == "solar":
        solar = jdatetime.date.fromgregorian(date=day)
        year, month = solar.year, solar.month
    elif calendar == "gregorian":
        year, month = day.year, day.month
    else:
        raise ValueError(f"unknown calendar {calendar!r}; expected one of {CALENDARS}")
    return f"{year:04}" if unit == "year" else f"{year:04}-{month:02}"


def period_days(key: str, calendar: str) -> tuple[datetime.date, datetime.date]:
    """The first and last Gregorian days of a period key ("1403", "1403-09", "2024-11")."""
    year, _, month_text = key.partition("-")
    first_month, last_month = (int(month_text),) * 2 if month_text else (1, 12)
    if calendar == "solar":
        first = jdatetime.date(int(year), first_month, 1).togregorian()
        after = (int(year) + 1, 1) if last_month == 12 else (int(year), last_month + 1)
        return first, jdatetime.date(*after, 1).togregorian() - datetime.timedelta(days=1)
    first = datetime.date(int(year), first_month, 1)
    after = (int(year) + 1, 1) if last_month == 12 else (int(year), last_month + 1)
    return first, datetime.date(*after, 1) - datetime.timedelta(days=1)


def periods_between(first: str, last: str) -> list[str]:
    """Every period key from `first` to `last` (both years or both months), gaps included."""
    if "-" not in first:
        return [f"{year:04}" for year in range(int(first), int(last) + 1)]
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    keys = []
    while (year, month) <= end:
        keys.append(f"{year:04}-{month:02}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


class Scope(Record):
    """Which annotations a report counts (every filter empty: all of them)."""

    tag_ids: tuple[int, ...] = ()
    collection_ids: tuple[int, ...] = ()
    outlets: tuple[Value, ...] = ()
    """None among them: articles whose outlet is not known."""
    authors: tuple[str, ...] = ()
    first_day: str | None = None
    """ISO days, inclusive (Gregorian: what articles store); an article without a date is then left out."""
    last_day: str | None = None


class Counts(Record):
    annotations: int = 0
    """Live, placed annotations, once per tag they carry."""
    articles: int = 0
    """Distinct articles."""

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.annotations + other.annotations, self.articles + other.articles)

    def measure(self, name: str) -> int:
        return self.articles if name == "articles" else self.annotations


NO_COUNTS = Counts()


class Group(Record):
    key: Key
    """One value per dimension of the report, in its order (None: no outlet, no date)."""
    counts: Counts


class Report(Record):
    by: tuple[str, ...]
    calendar: str
    groups: tuple[Group, ...]

    def as_json(self) -> list[dict[str, object]]:
        """One object per group: the group fields by name, "annotations", "articles"."""
        return [{**dict(zip(self.by, group.key)), "annotations": group.counts.annotations,
                 "articles": group.counts.articles} for group in self.groups]

    def counts(self) -> dict[Key, Counts]:
        return {group.key: group.counts for group in self.groups}


def fold_days(by: Sequence[str], rows: Iterable[tuple], calendar: str) -> dict[Key, Counts]:
    """Counts per group from storage rows: each row holds a value per non-time dimension of `by` (in
    order), then — when `by` has a time dimension — the article's stored day key, then the
    annotations and articles. Days become the years/months `by` asks for."""
    plain = [d for d in by if d not in TIME_DIMENSIONS]
    width = len(plain)
    timed = any(d in TIME_DIMENSIONS for d in by)
    # Where each part of a key comes from: a plain value's place, or year/month after them.
    plan = [plain.index(d) if d not in TIME_DIMENSIONS else width + TIME_DIMENSIONS.index(d) for d in by]
    folded: dict[Key, tuple[int, int]] = {}
    for row in rows:
        values = (*row[:width], *_periods(row[width], calendar)) if timed else row
        key = tuple(values[i] for i in plan)
        annotations, articles = row[-2], row[-1]
        before = folded.get(key)
        folded[key] = (annotations, articles) if before is None else (before[0] + annotations, before[1] + articles)
    return {key: Counts(*counts) for key, counts in folded.items()}


@functools.lru_cache(maxsize=1 << 16)
def _periods(stored: str | None, calendar: str) -> tuple[Value, Value]:
    """The year and the month of a stored day key (remembered: a library has a few thousand days)."""
    day = article_day(stored)
    return period(day, "year", calendar), period(day, "month", calendar)


class Order(Record):
    """How each dimension's values are ordered: tags by their place in the tag list, others by name,
    periods in time; None (no outlet, no date) last."""

    positions: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    """dimension → value → place (the tags' order)."""

    def sort_key(self, dimension: str) -> Callable[[Value], tuple]:
        places = self.positions.get(dimension, {})

        def key(value: Value) -> tuple:
            if value is None:
                return (2, 0, "")
            return (0 if value in places else 1, places.get(value, 0), value.casefold())
        return key

    def values(self, dimension: str, found: Iterable[Value], fill_periods: bool = True) -> list[Value]:
        """The values of one dimension in order; for years and months every period between the
        first and the last is there, with or without annotations (a line over time has no holes)."""
        distinct = set(found)
        if fill_periods and dimension in TIME_DIMENSIONS:
            known = sorted(v for v in distinct if v is not None)
            if known:
                distinct |= set(periods_between(known[0], known[-1]))
        return sorted(distinct, key=self.sort_key(dimension))


def build_report(by: Sequence[str], calendar: str, counts: Mapping[Key, Counts], order: Order = Order()) -> Report:
    """The groups in order: by the first dimension, then the next …; no empty groups."""
    keys = [tuple(order.sort_key(d)(v) for d, v in zip(by, key)) for key in counts]
    ordered = sorted(zip(keys, counts.items()), key=lambda pair: pair[0])
    return Report(tuple(by), calendar, tuple(Group(key, value) for _, (key, value) in ordered))


class Table(Record):
    """A report laid out as rows × columns (a cross table), with the totals of each row and column.

    The totals are counted, not summed: an article in two columns counts once in its row's total."""

    rows_by: str
    columns_by: str | None
    calendar: str
    row_values: tuple[Value, ...]
    column_values: tuple[Value, ...]
    """Empty when the table has one column of counts (no column dimension)."""
    cells: Mapping[tuple[Value, Value], Counts]
    """(row value, column value) → counts; (row value, None) when there are no columns."""
    row_totals: Mapping[Value, Counts]
    column_totals: Mapping[Value, Counts]
    total: Counts

    def cell(self, row: Value, column: Value = None) -> Counts:
        return self.cells.get((row, column), NO_COUNTS)

    @property
    def empty(self) -> bool:
        return self.total.annotations == 0


def build_table(rows_by: str, columns_by: str | None, calendar: str, cells: Mapping[Key, Counts],
                row_totals: Mapping[Key, Counts], column_totals: Mapping[Key, Counts], total: Counts,
                order: Order = Order()) -> Table:
    """The table from the counts of each grouping: (row, column), (row,), (column,) and the total."""
    row_values = order.values(rows_by, (key[0] for key in row_totals))
    column_values = order.values(columns_by, (key[0] for key in column_totals)) if columns_by else []
    if columns_by:
        laid = {(key[0], key[1]): value for key, value in cells.items()}
    else:
        laid = {(key[0], None): value for key, value in row_totals.items()}
    return Table(rows_by, columns_by, calendar, tuple(row_values), tuple(column_values), laid,
                 {key[0]: value for key, value in row_totals.items()},
                 {key[0]: value for key, value in column_totals.items()}, total)


def grid(table: Table, measure: str, label: Callable[[str, Value], str], corner: str,
         total: str) -> list[list[str | int]]:
    """The table as rows of cells for a spreadsheet: a heading row (`corner`, the column values, then
    `total`), one row per row value with its counts and its total, and a last row of totals.
    `label(dimension, value)` writes a value. Without columns there is one column of counts."""
    columns = table.column_values
    heading: list[str | int] = [corner, *(label(table.columns_by or "", c) for c in columns), total]
    lines: list[list[str | int]] = [heading]
    for row in table.row_values:
        cells = [table.cell(row, c).measure(measure) for c in columns]
        lines.append([label(table.rows_by, row), *cells, table.row_totals.get(row, NO_COUNTS).measure(measure)])
    lines.append([total, *(table.column_totals.get(c, NO_COUNTS).measure(measure) for c in columns),
                  table.total.measure(measure)])
    return lines

"""Which of a page's dates is the article's: datelines in the header, bylines, agency datelines.

A saved page often shows several dates: the site's "today" line, a "last updated" line, the
publication date, a byline. `read_header_date` reads every dateline of the page's header (a
line that is wholly a dateline, or a byline or metadata line cut at «|», « / » or wide gaps) and
`choose_date` takes the publication date: a labelled one first, then metadata, then the
unlabelled dateline nearest the title; a "today" line never. An agency dateline at the start of
the first paragraph («کابل (پژواک، ۱۵ حوت ۱۴۰۲)», «کابل، ۱۲ جوزا ۱۴۰۴ - …») is read and its text
stays.
"""

from __future__ import annotations

import datetime
import re

from reader.core.dates import (
    LABEL_LEAD,
    PUBLISHED_LABEL,
    UPDATED_LABEL,
    ParsedDate,
    clock_hour,
    looks_dated,
    parse_date_value,
    parse_dateline,
)
from reader.core.digits import to_ascii_digits
from reader.core.record import Record

TODAY = "today"
PUBLISHED = "published"
UPDATED = "updated"
PLAIN = "plain"

_TODAY_LABEL = re.compile(r"^[\s•·*\-–—(]*(?:امروز|تاریخ\s*امروز|برابر\s*با|today)\s*[:：]?\s*", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(rf"{LABEL_LEAD}(?:{PUBLISHED_LABEL}|نوشته[\s\u200c]*شده[\s\u200c]*(?:توسط|در)|نویسنده)",
                              re.IGNORECASE)
_UPDATED_LABEL = re.compile(rf"{LABEL_LEAD}{UPDATED_LABEL}", re.IGNORECASE)
# Cuts between a dateline and what shares its line: «نوشته شده توسط … | ۹ بهمن ۱۴۰۰ | ۲۲:۰۰».
_SEGMENTS = re.compile(r"\s*\|\s*|\s+/\s+|\s{3,}")
_TIME_ONLY = re.compile(r"^(?:ساعت\s*)?([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?\s*(شب|صبح|بامداد|عصر|ظهر|ب\.?\s*ظ\.?|ق\.?\s*ظ\.?|am|pm)?$",
                        re.IGNORECASE)
_PARTS_OF_DAY = {"شب": "night", "صبح": "morning", "بامداد": "morning", "عصر": "pm", "ظهر": "noon", "am": "am", "pm": "pm"}
# A crawler's or CMS's stamp at the start of the text: « date 2025-08-27 به گزارش …».
_DATE_MARKER = re.compile(r"^\s*date\s+([0-9]{4}-[0-9]{2}-[0-9]{2})\b\s*")
# An ISO timestamp printed after a repeated headline.
_TRAILING_ISO = re.compile(r"\s+([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)$")
# «کابل (پژواک، ۱۵ حوت ۱۴۰۲):» and «کابل، ۱۲ جوزا ۱۴۰۴ - …» at the start of a paragraph.
_AGENCY = re.compile(r"^(?P<place>[^\s(،,:]{2,}(?:\s[^\s(،,:]{2,})?)\s*\((?P<agency>[^،,()]{2,30})[،,]\s*(?P<date>[^()]{4,40})\)")
_INLINE = re.compile(r"^(?P<place>[^\s(،,:]{2,}(?:\s[^\s(،,:]{2,})?)[،,]\s*(?P<date>[^-–—:]{4,40}?)\s*[-–—:]\s")
_MAX_HEADER_LINE = 160
_DIGIT = re.compile(r"\d")


class HeaderDate(Record):
    """A dateline found in a page's header: where, what it says, and what kind of date it is."""

    index: int
    written: str
    date: ParsedDate
    kind: str


def split_date_marker(line: str) -> tuple[ParsedDate | None, str]:
    """A leading « date YYYY-MM-DD » stamp: its date and the rest of the line."""
    match = _DATE_MARKER.match(line)
    if not match:
        return None, line
    return parse_date_value(match.group(1)), line[match.end():]


def split_trailing_timestamp(line: str) -> tuple[ParsedDate | None, str]:
    match = _TRAILING_ISO.search(line) if line[-1:].isdigit() or line.endswith("Z") else None
    if not match:
        return None, line
    return parse_date_value(match.group(1)), line[: match.start()].strip()


def _kind(text: str) -> str:
    if _TODAY_LABEL.match(text):
        return TODAY
    if _UPDATED_LABEL.match(text):
        return UPDATED
    if _PUBLISHED_LABEL.match(text):
        return PUBLISHED
    return PLAIN


def _time_of(segment: str) -> datetime.time | None:
    match = _TIME_ONLY.match(to_ascii_digits(segment.strip()))
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    if match[4]:
        part = match[4].replace(".", "").replace(" ", "").lower()
        part = {"بظ": "pm", "قظ": "am"}.get(part, _PARTS_OF_DAY.get(part, part))
        if not 1 <= hour <= 12:
            return None
        hour = clock_hour(hour, part)
    return datetime.time(hour, minute, second)


def read_header_line(line: str) -> tuple[ParsedDate, str] | None:
    """The date a header line gives, with its kind, or None if the line is not a dateline.

    The whole line may be the dateline, or one of its segments may be (the others being a byline,
    a label, a news id or a site name); a segment that is only a time completes a date without one.
    """
    text = line.strip()
    if not text or len(text) > _MAX_HEADER_LINE or not _DIGIT.search(text) or not looks_dated(text):
        return None
    kind = _kind(text)
    if kind == TODAY:
        text = _TODAY_LABEL.sub("", text)
    parsed = parse_dateline(text)
    if parsed is None:
        segments = [s for s in _SEGMENTS.split(text) if s.strip()]
        if len(segments) < 2:
            return None
        found = [(i, p) for i, s in enumerate(segments) if (p := parse_dateline(s)) is not None]
        if not found:
            return None
        index, parsed = found[0]
        if kind == PLAIN:
            kind = _kind(" ".join(segments[: index + 1]))
        if parsed.time is None:
            clock = next((t for s in segments[index + 1:] if (t := _time_of(s)) is not None), None)
            if clock is not None:
                parsed = ParsedDate(parsed.date, clock, parsed.utc_offset_minutes, parsed.calendar, parsed.city)
    return parsed, kind


def choose_date(found: list[HeaderDate], title_index: int | None, metadata: ParsedDate | None,
                opening: OpeningDate | None = None) -> HeaderDate | OpeningDate | ParsedDate | None:
    """The publication date among a header's datelines, the page's metadata date and the agency
    dateline `opening` its first paragraph (an unlabelled date bar may be the day it was saved)."""
    published = [h for h in found if h.kind == PUBLISHED]
    if published:
        return published[0]
    if metadata is not None:
        return metadata
    if opening is not None:
        return opening
    plain = [h for h in found if h.kind == PLAIN]
    if plain:
        if title_index is None:
            return plain[-1]
        before = [h for h in plain if h.index < title_index]
        after = [h for h in plain if h.index > title_index]
        # The site's own date bar comes first on the page; the article's dateline sits by its title.
        if after and (not before or after[0].index - title_index <= title_index - before[-1].index):
            return after[0]
        return before[-1]
    updated = [h for h in found if h.kind == UPDATED]
    return updated[0] if updated else None


class OpeningDate(Record):
    """An agency or inline dateline opening a paragraph: its date, as written, and the agency."""

    date: ParsedDate
    written: str
    agency: str | None


def paragraph_dateline(paragraph: str) -> OpeningDate | None:
    head = paragraph[:90]
    match = _AGENCY.match(head)
    if match:
        parsed = parse_dateline(match.group("date"))
        if parsed is not None:
            return OpeningDate(_with_place(parsed, match.group("place")), match.group(0), match.group("agency").strip())
    match = _INLINE.match(head)
    if match:
        parsed = parse_dateline(f"{match.group('place')} {match.group('date')}")
        if parsed is not None:
            return OpeningDate(parsed, f"{match.group('place')}، {match.group('date')}", None)
    return None


def _with_place(parsed: ParsedDate, place: str) -> ParsedDate:
    if parsed.city is not None:
        return parsed
    located = parse_dateline(f"{place} {parsed.date.isoformat()}")
    if located is None or located.utc_offset_minutes is None:
        return parsed
    return ParsedDate(parsed.date, parsed.time, located.utc_offset_minutes, parsed.calendar, located.city)

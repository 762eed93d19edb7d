"""The times annotations carry (`created`, `modified`): read strictly, compared as instants.

A merge keeps the most recently modified version of an annotation, so a time from someone else's
file decides what survives. Read as text, `9999-…` or `zzzz` wins every merge forever, and
`12:00+04:30` (07:30 UTC) beats `10:00Z`. So every time is parsed as an xsd:dateTime
(`YYYY-MM-DDThh:mm:ss[.fraction][Z|±hh:mm]`, a real calendar date, years 1–9999), turned into a
UTC instant, and stored in one form (`normalised`), the form this machine writes its own times in.
A time without a zone is taken as UTC. A time more than `FUTURE_TOLERANCE` ahead of the merging
machine's clock is not believed (clocks differ by minutes, not days).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

FUTURE_TOLERANCE = timedelta(days=1)
OLDEST = datetime.min.replace(tzinfo=UTC)
"""Where a missing (or unbelievable local) time ranks: before every real one."""

_XSD_DATETIME = re.compile(  # ASCII digits only: \d would take ٢٠٢٦ too
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))?", re.ASCII)


def parse_instant(text: str) -> datetime | None:
    """The UTC instant an xsd:dateTime names; None when `text` is not one, or names no real time."""
    match = _XSD_DATETIME.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction, zone, sign, zone_hours, zone_minutes = match.groups()[6:]
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    end_of_day = hour == 24
    if end_of_day:  # xsd allows 24:00:00, the first instant of the next day
        if minute or second or micro:
            return None
        hour = 0
    offset = timedelta()
    if zone and zone != "Z":
        hours, minutes = int(zone_hours), int(zone_minutes)
        if minutes > 59 or hours > 14 or (hours == 14 and minutes):
            return None
        offset = timedelta(hours=hours, minutes=minutes) * (1 if sign == "+" else -1)
    try:
        local = datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)
        return local + timedelta(days=end_of_day) - offset
    except (ValueError, OverflowError):  # 31 February, year 0, or beyond year 9999 once shifted
        return None


def normalised(instant: datetime) -> str:
    """The stored form: UTC, `2024-11-24T06:30:00.000+00:00` (microseconds only when there are some)."""
    utc = instant.astimezone(UTC)
    return utc.isoformat(timespec="milliseconds" if utc.microsecond % 1000 == 0 else "microseconds")


def is_believable(instant: datetime, now: datetime) -> bool:
    """Not more than a day ahead of `now`, this machine's clock."""
    return instant <= now + FUTURE_TOLERANCE


def ranking_instant(text: str, now: datetime) -> datetime:
    """When a stored version was modified, for the merge's comparison: its instant, or OLDEST when it
    is missing, unreadable or unbelievable (a library poisoned before times were checked must not
    keep winning)."""
    instant = parse_instant(text) if text else None
    return instant if instant is not None and is_believable(instant, now) else OLDEST

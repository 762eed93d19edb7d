"""The one way the app writes a date for people: in the calendar the user chose, in the interface's
language and digits (Persian digits in the Persian interface), the day never split from its month.

Every date on screen — the article list, the reader's caption, search results, annotation times,
the status bar — comes from here, so they cannot disagree.
"""

from __future__ import annotations

import datetime

from reader.core.dates import ENGLISH_MONTHS, ParsedDate, parse_date_value, to_solar
from reader.core.digits import to_persian_digits

CALENDARS = ("afghan", "iranian", "gregorian")
"""The solar calendar with Afghan month names (حمل، ثور …), with Iranian ones (فروردین …), Gregorian."""

NBSP = "\u00a0"  # between the parts of one date: a line may break around a date, never inside it

_SOLAR_MONTHS = {
    ("afghan", "fa"): ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
    ("iranian", "fa"): ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                        "بهمن", "اسفند"),
    ("afghan", "en"): ("Hamal", "Sawr", "Jawza", "Saratan", "Asad", "Sunbula", "Mizan", "Aqrab", "Qaws", "Jadi",
                       "Dalw", "Hut"),
    ("iranian", "en"): ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar",
                        "Dey", "Bahman", "Esfand"),
}
# Gregorian months the way Dari writes them (the interface's Persian is Afghanistan's).
_GREGORIAN_FA = ("جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نوامبر",
                 "دسمبر")
_WEEKDAYS = {  # Monday first, as datetime.weekday() counts
    "fa": ("دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_LIST_COMMA = {"fa": "، ", "en": ", "}


def _language(language: str) -> str:
    return "en" if language == "en" else "fa"


def _check(calendar: str) -> None:
    if calendar not in CALENDARS:
        raise ValueError(f"unknown calendar {calendar!r}; expected one of {CALENDARS}")


def format_day(day: datetime.date, calendar: str, language: str, weekday: bool = False) -> str:
    """E.g. «یکشنبه ۴ قوس ۱۴۰۳», «۲۴ نوامبر ۲۰۲۴», "Sunday 4 Qaws 1403", "24 November 2024"."""
    _check(calendar)
    language = _language(language)
    if calendar == "gregorian":
        months = _GREGORIAN_FA if language == "fa" else tuple(m.capitalize() for m in ENGLISH_MONTHS)
        parts = [str(day.day), months[day.month - 1], str(day.year)]
    else:
        year, month, number = to_solar(day)
        parts = [str(number), _SOLAR_MONTHS[(calendar, language)][month - 1], str(year)]
    if weekday:
        parts.insert(0, _WEEKDAYS[language][day.weekday()])
    text = NBSP.join(parts)
    return to_persian_digits(text) if language == "fa" else text


def format_clock(moment: datetime.time, language: str) -> str:
    """Hours and minutes, «۰۹:۳۰» or "09:30"."""
    text = f"{moment.hour:02}:{moment.minute:02}"
    return to_persian_digits(text) if _language(language) == "fa" else text


def format_parsed(parsed: ParsedDate, calendar: str, language: str, weekday: bool = False, clock: bool = False) -> str:
    """A parsed article date: the day, and (with `clock`) the time of day as the article gave it."""
    text = format_day(parsed.date, calendar, language, weekday)
    if clock and parsed.time is not None:
        text += _LIST_COMMA[_language(language)] + format_clock(parsed.time, language)
    return text


def format_date_value(value: str | None, calendar: str, language: str, weekday: bool = False,
                      clock: bool = False) -> str:
    """A stored article date (ISO 8601, or a dateline as written) for display; "" for none, and a
    value no reader understands as it is (in the interface's digits)."""
    if not value:
        return ""
    parsed = parse_date_value(value)
    if parsed is None:
        return to_persian_digits(value) if _language(language) == "fa" else value
    return format_parsed(parsed, calendar, language, weekday, clock)


def format_timestamp(value: str, calendar: str, language: str, zone: datetime.tzinfo | None = None) -> str:
    """A moment the library recorded (ISO 8601, UTC) in local time (or in `zone`): day and clock."""
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    local = moment.astimezone(zone)
    return format_day(local.date(), calendar, language) + _LIST_COMMA[_language(language)] + format_clock(
        local.time(), language)


def article_date_caption(iso_date: str | None, dateline: str | None, calendar: str, language: str) -> str:
    """The reader's caption: the article's date (its stored date, else its dateline) with the weekday
    and, when known, the time of day; a dateline nobody can read stays as written."""
    parsed = parse_date_value(iso_date) if iso_date else None
    if parsed is None and dateline:
        parsed = parse_date_value(dateline)
    if parsed is None:
        return dateline or ""
    return format_parsed(parsed, calendar, language, weekday=True, clock=True)


CAPTION_SEPARATOR = " — "  # between a caption's parts; not a middle dot: in Persian text it reads as the digit zero


def written_and_other_calendar(iso_date: str | None, dateline: str | None, article_language: str | None,
                               language: str) -> list[str]:
    """A shared page's date caption: the dateline as the article wrote it, then the same day in the
    other calendar (solar ⇄ Gregorian); without a dateline, the day in both (solar first in Persian)."""
    from reader.core.dates import GREGORIAN, parse_dateline

    written = parse_dateline(dateline) if dateline else None
    parsed = parse_date_value(iso_date) if iso_date else written
    if parsed is None:
        return [dateline] if dateline else []
    solar_style = "iranian" if article_language == "fa-IR" or (written and written.calendar == "iranian_solar") \
        else "afghan"
    solar = format_day(parsed.date, solar_style, language)
    gregorian = format_day(parsed.date, "gregorian", language)
    if written is not None and dateline:
        return [dateline, solar if written.calendar == GREGORIAN else gregorian]
    return [gregorian, solar] if language == "en" else [solar, gregorian]


def format_period(key: str, calendar: str, language: str) -> str:
    """A report's year or month key («1403», «1403-09» in the solar calendar, «2024-11» in the
    Gregorian one: `calendar` says which) as people write it: «قوس ۱۴۰۳» (afghan), «آذر ۱۴۰۳»
    (iranian), «Qaws 1403», «نوامبر ۲۰۲۴», "November 2024"."""
    _check(calendar)
    language = _language(language)
    year, _, month = key.partition("-")
    if not month:
        text = year
    elif calendar == "gregorian":
        months = _GREGORIAN_FA if language == "fa" else tuple(m.capitalize() for m in ENGLISH_MONTHS)
        text = NBSP.join((months[int(month) - 1], year))
    else:
        text = NBSP.join((_SOLAR_MONTHS[(calendar, language)][int(month) - 1], year))
    return to_persian_digits(text) if language == "fa" else text

"""How the reader captions an article's date: as written, then in the other calendar."""

from __future__ import annotations

import datetime

from reader.core.dates import ENGLISH_MONTHS, GREGORIAN, ParsedDate, format_gregorian_persian, format_solar, parse_date_value, parse_dateline
from reader.core.digits import to_persian_digits

SEPARATOR = " — "  # not a middle dot: in Persian text it reads as the digit zero


def _style(article_language: str | None, written: ParsedDate | None) -> str:
    if written is not None and written.calendar == "iranian_solar":
        return "iranian"
    return "iranian" if article_language == "fa-IR" else "afghan"


def _gregorian(day: datetime.date, ui_language: str, style: str) -> str:
    if ui_language == "en":
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1].capitalize()} {day.year}"
    return format_gregorian_persian(day, style)


def _clock(parsed: ParsedDate, ui_language: str) -> str:
    if parsed.time is None:
        return ""
    text = f"{parsed.time.hour:02}:{parsed.time.minute:02}"
    if parsed.utc_offset_minutes is not None:
        sign = "+" if parsed.utc_offset_minutes >= 0 else "-"
        hours, minutes = divmod(abs(parsed.utc_offset_minutes), 60)
        text += f" (UTC{sign}{hours:02}:{minutes:02})"
    return to_persian_digits(text) if ui_language != "en" else text


def date_caption(iso_date: str | None, dateline: str | None, article_language: str | None, ui_language: str) -> str:
    """E.g. «یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲ — ۲۴ نوامبر ۲۰۲۴»; empty when the article has no date."""
    return SEPARATOR.join(date_caption_parts(iso_date, dateline, article_language, ui_language))


def date_caption_parts(iso_date: str | None, dateline: str | None, article_language: str | None, ui_language: str) -> list[str]:
    """The caption's pieces: the date as written, then the same day in the other calendar."""
    parsed = parse_date_value(iso_date) if iso_date else None
    written = parse_dateline(dateline) if dateline else None
    if parsed is None and written is None:
        return [dateline] if dateline else []
    moment = parsed or written
    assert moment is not None
    style = _style(article_language, written)
    if written is not None:
        other = _gregorian(moment.date, ui_language, style) if written.calendar != GREGORIAN else format_solar(moment.date, style)
        return [part for part in (dateline, other) if part]
    clock = _clock(moment, ui_language)
    solar = format_solar(moment.date, style)
    gregorian = _gregorian(moment.date, ui_language, style)
    first, second = (gregorian, solar) if ui_language == "en" else (solar, gregorian)
    return [part for part in (first, second, clock) if part]

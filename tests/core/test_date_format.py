"""One date format everywhere: the chosen calendar, the interface's language and digits, and a date
that never breaks across lines."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.date_format import (
    CALENDARS, NBSP, article_date_caption, format_date_value, format_day, format_timestamp,
)
from reader.core.dates import parse_dateline
from reader.core.digits import NON_LATIN_DIGITS

SUNDAY = datetime.date(2024, 11, 24)  # «یکشنبه ۴ قوس ۱۴۰۳»


@pytest.mark.parametrize(("calendar", "language", "expected"), [
    ("afghan", "fa", "یکشنبه ۴ قوس ۱۴۰۳"),
    ("iranian", "fa", "یکشنبه ۴ آذر ۱۴۰۳"),
    ("gregorian", "fa", "یکشنبه ۲۴ نوامبر ۲۰۲۴"),
    ("afghan", "en", "Sunday 4 Qaws 1403"),
    ("iranian", "en", "Sunday 4 Azar 1403"),
    ("gregorian", "en", "Sunday 24 November 2024"),
])
def test_a_day_in_each_calendar_and_language(calendar: str, language: str, expected: str) -> None:
    assert format_day(SUNDAY, calendar, language, weekday=True).replace(NBSP, " ") == expected


@given(st.dates(min_value=datetime.date(1922, 3, 21), max_value=datetime.date(2100, 12, 31)),
       st.sampled_from(CALENDARS), st.sampled_from(["fa", "en"]))
def test_digits_follow_the_interface_and_the_date_never_breaks(day, calendar, language) -> None:
    text = format_day(day, calendar, language, weekday=True)
    assert " " not in text  # only no-break spaces: «۲۰۲۵» never alone on a line
    has_latin = any(c.isascii() and c.isdigit() for c in text)
    has_persian = any(c in NON_LATIN_DIGITS for c in text)
    assert (has_latin, has_persian) == ((False, True) if language == "fa" else (True, False))
    # The solar text reads back as the same day.
    if calendar != "gregorian" and language == "fa":
        assert parse_dateline(text.replace(NBSP, " ")).date == day


def test_stored_values_and_timestamps() -> None:
    assert format_date_value("2025-03-23", "afghan", "fa").replace(NBSP, " ") == "۳ حمل ۱۴۰۴"
    assert format_date_value("2025-03-23", "gregorian", "en").replace(NBSP, " ") == "23 March 2025"
    assert format_date_value("2024-11-24T04:42:00+04:30", "afghan", "fa", clock=True).replace(NBSP, " ") == \
        "۴ قوس ۱۴۰۳، ۰۴:۴۲"
    assert format_date_value(None, "afghan", "fa") == ""
    assert format_date_value("sometime 2024", "afghan", "fa") == "sometime ۲۰۲۴"
    kabul = datetime.timezone(datetime.timedelta(hours=4, minutes=30))
    assert format_timestamp("2024-11-23T23:50:00.000+00:00", "afghan", "fa", kabul).replace(NBSP, " ") == \
        "۴ قوس ۱۴۰۳، ۰۴:۲۰"
    assert format_timestamp("2024-11-23T23:50:00", "gregorian", "en", datetime.UTC).replace(NBSP, " ") == \
        "23 November 2024, 23:50"
    assert format_timestamp("not a time", "afghan", "fa") == "not a time"
    with pytest.raises(ValueError):
        format_day(SUNDAY, "julian", "fa")


@pytest.mark.parametrize(("iso", "dateline", "calendar", "language", "expected"), [
    ("2024-11-24T04:42:00+04:30", "یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲", "afghan", "fa", "یکشنبه ۴ قوس ۱۴۰۳، ۰۴:۴۲"),
    ("2024-11-24T04:42:00+04:30", "یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲", "gregorian", "en", "Sunday 24 November 2024, 04:42"),
    ("2024-11-05T10:30", "سه‌شنبه ۱۵ آبان ۱۴۰۳ - ۱۰:۳۰", "iranian", "fa", "سه‌شنبه ۱۵ آبان ۱۴۰۳، ۱۰:۳۰"),
    (None, "۱۳ می ۲۰۲۴", "afghan", "fa", "دوشنبه ۲۴ ثور ۱۴۰۳"),
    (None, "تاریخ نامعلوم", "afghan", "fa", "تاریخ نامعلوم"),
    (None, None, "afghan", "fa", ""),
])
def test_the_readers_caption(iso, dateline, calendar, language, expected) -> None:
    assert article_date_caption(iso, dateline, calendar, language).replace(NBSP, " ") == expected


def test_solar_dates_are_jdatetimes_without_importing_it() -> None:
    import datetime

    import jdatetime

    from reader.core.dates import to_solar

    day = datetime.date(1990, 1, 1)
    while day < datetime.date(2040, 1, 1):  # every day of fifty years, leap years of both calendars
        solar = jdatetime.date.fromgregorian(date=day)
        assert to_solar(day) == (solar.year, solar.month, solar.day)
        day += datetime.timedelta(days=1)

import datetime

import jdatetime
import pytest

from reader.core.dates import (
    ParsedDate,
    format_gregorian_persian,
    format_solar,
    parse_date_value,
    parse_dateline,
)

D = datetime.date
T = datetime.time

AFGHAN = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله",
          "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
IRANIAN = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
           "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
# Day 1 of each solar month of 1403, from published calendars (independent of jdatetime).
FIRST_DAYS_1403 = [D(2024, 3, 20), D(2024, 4, 20), D(2024, 5, 21), D(2024, 6, 21),
                   D(2024, 7, 22), D(2024, 8, 22), D(2024, 9, 22), D(2024, 10, 22),
                   D(2024, 11, 21), D(2024, 12, 21), D(2025, 1, 20), D(2025, 2, 19)]


def test_reference_dateline() -> None:
    parsed = parse_dateline("یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲")
    assert parsed == ParsedDate(D(2024, 11, 24), T(4, 42), 270, "afghan_solar", "کابل")
    assert parsed.iso() == "2024-11-24T04:42:00+04:30"
    expected = datetime.datetime(2024, 11, 24, 0, 12, tzinfo=datetime.UTC)
    assert parsed.aware_datetime() == expected


@pytest.mark.parametrize("month", range(1, 13))
def test_first_day_table_agrees_with_jdatetime(month: int) -> None:
    assert jdatetime.date(1403, month, 1).togregorian() == FIRST_DAYS_1403[month - 1]


@pytest.mark.parametrize(("month", "name"), list(enumerate(AFGHAN, start=1)))
def test_every_afghan_month(month: int, name: str) -> None:
    parsed = parse_dateline(f"۱ {name} ۱۴۰۳")
    assert parsed is not None
    assert (parsed.date, parsed.calendar) == (FIRST_DAYS_1403[month - 1], "afghan_solar")
    assert (parsed.time, parsed.utc_offset_minutes, parsed.city) == (None, None, None)


@pytest.mark.parametrize(("month", "name"), list(enumerate(IRANIAN, start=1)))
def test_every_iranian_month(month: int, name: str) -> None:
    parsed = parse_dateline(f"۱ {name} ۱۴۰۳")
    assert parsed is not None
    assert (parsed.date, parsed.calendar) == (FIRST_DAYS_1403[month - 1], "iranian_solar")


@pytest.mark.parametrize(
    ("line", "date", "calendar"),
    [
        ("۴ قوس ۱۴۰۳", D(2024, 11, 24), "afghan_solar"),
        ("یکشنبه ۴ قوس ۱۴۰۳", D(2024, 11, 24), "afghan_solar"),
        ("یک‌شنبه، ۴ قوس ۱۴۰۳", D(2024, 11, 24), "afghan_solar"),
        ("٤ قوس ١٤٠٣", D(2024, 11, 24), "afghan_solar"),
        ("4 قوس 1403", D(2024, 11, 24), "afghan_solar"),
        ("۴ قوس 1403", D(2024, 11, 24), "afghan_solar"),
        ("۱۵ جوزاء ۱۴۰۳", D(2024, 6, 4), "afghan_solar"),
        ("۱۲ سنبلۀ ۱۴۰۳", D(2024, 9, 2), "afghan_solar"),
        ("سه‌شنبه ۶ آذر ۱۴۰۳", D(2024, 11, 26), "iranian_solar"),
        ("سه شنبه ۶ آذر ۱۴۰۳", D(2024, 11, 26), "iranian_solar"),
        ("۱۰ اردی‌بهشت ۱۴۰۳", D(2024, 4, 29), "iranian_solar"),
        ("۱۰ اردی بهشت ۱۴۰۳", D(2024, 4, 29), "iranian_solar"),
        ("۴ قوس ۱۴۰۳ هجری خورشیدی", D(2024, 11, 24), "afghan_solar"),
        ("۳۰ اسفند ۱۴۰۳", D(2025, 3, 20), "iranian_solar"),  # 1403 is a leap year
        # Arabic ي and ك
        ("يكشنبه ۴ قوس ۱۴۰۳", D(2024, 11, 24), "afghan_solar"),
        ("يكشنبه ۱ ميزان ۱۴۰۳", D(2024, 9, 22), "afghan_solar"),
        ("پنجشنبه ۱ قوس ۱۴۰۳", D(2024, 11, 21), "afghan_solar"),
        ("پنج‌شنبه ۱ قوس ۱۴۰۳", D(2024, 11, 21), "afghan_solar"),
        ("۱ ارديبهشت ۱۴۰۳", D(2024, 4, 20), "iranian_solar"),
        # Gregorian dates with Dari, Iranian and English month names
        ("۱۳ می ۲۰۲۴", D(2024, 5, 13), "gregorian"),
        ("۱۳ مه ۲۰۲۴", D(2024, 5, 13), "gregorian"),
        ("دوشنبه ۱۳ می ۲۰۲۴", D(2024, 5, 13), "gregorian"),
        ("۵ ژانویه ۲۰۲۵", D(2025, 1, 5), "gregorian"),
        ("۵ ژانویهٔ ۲۰۲۵", D(2025, 1, 5), "gregorian"),
        ("۵ جنوری ۲۰۲۵", D(2025, 1, 5), "gregorian"),
        ("۵ جنوري ۲۰۲۵", D(2025, 1, 5), "gregorian"),
        ("۲۹ فبروری ۲۰۲۴", D(2024, 2, 29), "gregorian"),
        ("۳ آوریل ۲۰۲۴", D(2024, 4, 3), "gregorian"),
        ("۳ اپریل ۲۰۲۴", D(2024, 4, 3), "gregorian"),
        ("۱۴ ژوئیه ۲۰۲۴", D(2024, 7, 14), "gregorian"),
        ("۱۴ جولای ۲۰۲۴", D(2024, 7, 14), "gregorian"),
        ("۱۵ اوت ۲۰۲۴", D(2024, 8, 15), "gregorian"),
        ("۱۵ اگست ۲۰۲۴", D(2024, 8, 15), "gregorian"),
        ("۲۴ نوامبر ۲۰۲۴ میلادی", D(2024, 11, 24), "gregorian"),
        ("۲۵ دسمبر ۲۰۲۴", D(2024, 12, 25), "gregorian"),
        ("۲۵ دسامبر ۲۰۲۴", D(2024, 12, 25), "gregorian"),
        ("24 November 2024", D(2024, 11, 24), "gregorian"),
        ("Nov 24, 2024", D(2024, 11, 24), "gregorian"),
        # numeric datelines
        ("۱۴۰۳/۰۹/۰۴", D(2024, 11, 24), "iranian_solar"),
        ("۱۴۰۳-۹-۴", D(2024, 11, 24), "iranian_solar"),
        ("2024-11-24", D(2024, 11, 24), "gregorian"),
        ("24.11.2024", D(2024, 11, 24), "gregorian"),
        # labels
        ("تاریخ: ۴ قوس ۱۴۰۳", D(2024, 11, 24), "afghan_solar"),
        ("تاریخ انتشار: ۴ قوس ۱۴۰۳", D(2024, 11, 24), "afghan_solar"),
        ("به روز شده: ۲۴ نوامبر ۲۰۲۴", D(2024, 11, 24), "gregorian"),
        # the same day in both calendars on one line
        ("۴ قوس ۱۴۰۳ / ۲۴ نوامبر ۲۰۲۴", D(2024, 11, 24), "afghan_solar"),
    ],
)
def test_dates(line: str, date: datetime.date, calendar: str) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert (parsed.date, parsed.calendar) == (date, calendar)


@pytest.mark.parametrize(
    ("line", "time", "offset", "city", "iso"),
    [
        ("سه‌شنبه ۶ آذر ۱۴۰۳ تهران ۱۴:۰۵", T(14, 5), 210, "تهران",
         "2024-11-26T14:05:00+03:30"),
        ("تهران - ۶ آذر ۱۴۰۳ ساعت ۱۴:۰۵", T(14, 5), 210, "تهران",
         "2024-11-26T14:05:00+03:30"),
        ("۴ قوس ۱۴۰۳ هرات ساعت 04:42:10", T(4, 42, 10), 270, "هرات",
         "2024-11-24T04:42:10+04:30"),
        ("۴ قوس ۱۴۰۳ مزار شریف", None, 270, "مزار شریف", "2024-11-24"),
        ("کابل، ۴ قوس ۱۴۰۳ ساعت ۴:۴۲ ب.ظ", T(16, 42), 270, "کابل",
         "2024-11-24T16:42:00+04:30"),
        ("۴ قوس ۱۴۰۳ کابل", None, 270, "کابل", "2024-11-24"),
        ("۴ قوس ۱۴۰۳ ساعت ۰۴:۴۲", T(4, 42), None, None, "2024-11-24T04:42"),
        ("۴ قوس ۱۴۰۳ لندن ۰۴:۴۲", T(4, 42), None, "لندن", "2024-11-24T04:42"),
        ("۴ قوس ۱۴۰۳ ۰۴:۴۲ به وقت كابل", T(4, 42), 270, "كابل",
         "2024-11-24T04:42:00+04:30"),
        ("2024/11/24 14:05", T(14, 5), None, None, "2024-11-24T14:05"),
    ],
)
def test_time_and_city(line: str, time: datetime.time | None, offset: int | None,
                       city: str | None, iso: str) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert (parsed.time, parsed.utc_offset_minutes, parsed.city) == (time, offset, city)
    assert parsed.iso() == iso


def test_numeric_solar_with_afghan_city_is_afghan() -> None:
    parsed = parse_dateline("۱۴۰۳/۰۹/۰۴ کابل")
    assert parsed is not None
    assert (parsed.date, parsed.calendar) == (D(2024, 11, 24), "afghan_solar")


def test_unknown_city_has_no_aware_datetime() -> None:
    parsed = parse_dateline("۴ قوس ۱۴۰۳ لندن ۰۴:۴۲")
    assert parsed is not None
    assert parsed.aware_datetime() is None


@pytest.mark.parametrize(
    "line",
    [
        "وزارت امور خارجه پاکستان دیروز دوشنبه ( ۱۳ می) در اعلامیه ای این را بیان کرد.",
        "در ماه مارچ سال ۲۰۲۳ برگزار شد",
        "۱۳ می ۲۰۲۴ اعلام شد",
        "این نشست در ۴ قوس ۱۴۰۳ در کابل برگزار شد",
        "۱۳ می",
        "دوشنبه ۱۳ می",
        "قوس ۱۴۰۳",
        "مارچ ۲۰۲۳",
        "۴ قوس ۱۴۰۳ ۵",
        "۴ قوس ۱۴۰۳ ۲۵ نوامبر ۲۰۲۴",  # two dates that disagree
        "۴ قوس ۱۴۰۳ کابل تهران",
        "۴ قوس ۱۴۰۳ میلادی",
        "",
        "   ",
        "کابل",
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "۳۱ حوت ۱۴۰۳",
        "۳۰ اسفند ۱۴۰۲",  # 1402 is not a leap year
        "۱۴۰۲/۱۲/۳۰",
        "۳۲ حمل ۱۴۰۳",
        "۰ قوس ۱۴۰۳",
        "۳۱ جدی ۱۴۰۳",
        "۳۰ فبروری ۲۰۲۴",
        "۲۹ فوریه ۲۰۲۳",
        "2024-13-01",
        "2024-11-24 25:00",
        "۴ قوس ۱۲۰۰",  # solar year out of range
        "۴ نوامبر ۱۴۰۳",  # Gregorian month with a solar year
        "۴ قوس ۲۰۲۴",  # solar month with a Gregorian year
        "24 November 1850",
        "1250/01/01",
    ],
)
def test_invalid_dates(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-24T04:42:00+04:30",
         ParsedDate(D(2024, 11, 24), T(4, 42), 270, "gregorian", None)),
        ("2024-11-24T00:12:00Z",
         ParsedDate(D(2024, 11, 24), T(0, 12), 0, "gregorian", None)),
        ("2024-11-24T00:12:00.123+03:30",
         ParsedDate(D(2024, 11, 24), T(0, 12), 210, "gregorian", None)),
        ("2024-11-24T04:42",
         ParsedDate(D(2024, 11, 24), T(4, 42), None, "gregorian", None)),
        ("Sun, 24 Nov 2024 04:42:00 +0430",
         ParsedDate(D(2024, 11, 24), T(4, 42), 270, "gregorian", None)),
        ("  2024-11-24 ", ParsedDate(D(2024, 11, 24), None, None, "gregorian", None)),
        ("یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲",
         ParsedDate(D(2024, 11, 24), T(4, 42), 270, "afghan_solar", "کابل")),
        ("۱۴۰۳/۰۹/۰۴", ParsedDate(D(2024, 11, 24), None, None, "iranian_solar", None)),
    ],
)
def test_parse_date_value(value: str, expected: ParsedDate) -> None:
    assert parse_date_value(value) == expected


def test_parse_date_value_iso_keeps_offset() -> None:
    parsed = parse_date_value("2024-11-24T00:12:00Z")
    assert parsed is not None
    assert parsed.iso() == "2024-11-24T00:12:00+00:00"


@pytest.mark.parametrize(
    "value",
    ["", "garbage", "null", "2024-11-24T99:99:00Z", "1850-01-01T00:00:00Z", "۱۲۳۴۵", "not a date 2024"],
)
def test_parse_date_value_garbage(value: str) -> None:
    assert parse_date_value(value) is None


@pytest.mark.parametrize(
    ("date", "style", "expected"),
    [
        (D(2024, 11, 24), "afghan", "۴ قوس ۱۴۰۳"),
        (D(2024, 11, 24), "iranian", "۴ آذر ۱۴۰۳"),
        (D(2024, 3, 20), "afghan", "۱ حمل ۱۴۰۳"),
        (D(2025, 3, 20), "iranian", "۳۰ اسفند ۱۴۰۳"),
    ],
)
def test_format_solar(date: datetime.date, style: str, expected: str) -> None:
    assert format_solar(date, style) == expected


@pytest.mark.parametrize(
    ("date", "style", "expected"),
    [
        (D(2024, 11, 24), "afghan", "۲۴ نوامبر ۲۰۲۴"),
        (D(2024, 11, 24), "iranian", "۲۴ نوامبر ۲۰۲۴"),
        (D(2025, 1, 5), "afghan", "۵ جنوری ۲۰۲۵"),
        (D(2025, 1, 5), "iranian", "۵ ژانویه ۲۰۲۵"),
        (D(2024, 5, 13), "afghan", "۱۳ می ۲۰۲۴"),
        (D(2024, 5, 13), "iranian", "۱۳ مه ۲۰۲۴"),
    ],
)
def test_format_gregorian_persian(date: datetime.date, style: str, expected: str) -> None:
    assert format_gregorian_persian(date, style) == expected


def test_format_rejects_unknown_style() -> None:
    with pytest.raises(ValueError):
        format_solar(D(2024, 11, 24), "pashto")


ROUND_TRIP_DATES = [D(2024, 3, 20), D(2024, 11, 24), D(2025, 3, 20), D(2025, 3, 21),
                    D(2000, 2, 29), D(1999, 12, 31), D(2023, 9, 23)]


@pytest.mark.parametrize("date", ROUND_TRIP_DATES)
@pytest.mark.parametrize(("style", "calendar"), [("afghan", "afghan_solar"),
                                                 ("iranian", "iranian_solar")])
def test_solar_round_trip(date: datetime.date, style: str, calendar: str) -> None:
    parsed = parse_dateline(format_solar(date, style))
    assert parsed is not None
    assert (parsed.date, parsed.calendar) == (date, calendar)


@pytest.mark.parametrize("date", ROUND_TRIP_DATES + [D(2024, m, 1) for m in range(1, 13)])
@pytest.mark.parametrize("style", ["afghan", "iranian"])
def test_gregorian_round_trip(date: datetime.date, style: str) -> None:
    parsed = parse_dateline(format_gregorian_persian(date, style))
    assert parsed is not None
    assert (parsed.date, parsed.calendar) == (date, "gregorian")

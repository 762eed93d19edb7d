"""Grouping and counting for reports: days, periods in both calendars, folding, ordering, tables."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.report import (
    Counts,
    Order,
    article_day,
    build_report,
    build_table,
    fold_days,
    period,
    period_days,
    periods_between,
    report_calendar,
)


def test_an_articles_day_is_its_own_local_date_not_the_utc_one():
    assert article_day("2024-11-24T23:30:00+04:30") == datetime.date(2024, 11, 24)  # 19:00 UTC, same day
    assert article_day("2024-11-24T01:30:00+04:30") == datetime.date(2024, 11, 24)  # the 23rd in UTC
    assert article_day("2024-11-24") == datetime.date(2024, 11, 24)
    assert article_day(None) is None
    assert article_day("") is None
    assert article_day("2024-02-30") is None  # not a day


def test_solar_months_agree_between_afghan_and_iranian_names():
    # «یکشنبه ۴ قوس ۱۴۰۳» is Sunday 2024-11-24: قوس = آذر = month 09 of 1403.
    day = datetime.date(2024, 11, 24)
    assert period(day, "month", "solar") == "1403-09"
    assert period(day, "year", "solar") == "1403"
    assert period(day, "month", "gregorian") == "2024-11"
    assert period(day, "year", "gregorian") == "2024"
    assert period(datetime.date(2025, 3, 21), "month", "solar") == "1404-01"  # Nowruz: حمل = فروردین = 01
    assert period(datetime.date(2025, 3, 20), "month", "solar") == "1403-12"
    assert period(None, "month", "solar") is None


def test_period_days_are_the_first_and_last_day_of_the_period():
    assert period_days("1403-09", "solar") == (datetime.date(2024, 11, 21), datetime.date(2024, 12, 20))
    assert period_days("1403-12", "solar") == (datetime.date(2025, 2, 19), datetime.date(2025, 3, 20))
    assert period_days("1403", "solar") == (datetime.date(2024, 3, 20), datetime.date(2025, 3, 20))
    assert period_days("2024-02", "gregorian") == (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    assert period_days("2024-12", "gregorian") == (datetime.date(2024, 12, 1), datetime.date(2024, 12, 31))
    assert period_days("2024", "gregorian") == (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["year", "month"]), st.sampled_from(["solar", "gregorian"]))
def test_a_day_lies_within_its_own_period(day, unit, calendar):
    first, last = period_days(period(day, unit, calendar), calendar)
    assert first <= day <= last
    assert period(first, unit, calendar) == period(last, unit, calendar) == period(day, unit, calendar)
    assert period(first - datetime.timedelta(days=1), unit, calendar) != period(day, unit, calendar)


def test_periods_between_fill_the_gaps_across_a_year_end():
    assert periods_between("1402-11", "1403-02") == ["1402-11", "1402-12", "1403-01", "1403-02"]
    assert periods_between("2022", "2024") == ["2022", "2023", "2024"]
    assert periods_between("2024-05", "2024-05") == ["2024-05"]


def test_report_calendar_follows_the_interface_calendar():
    assert report_calendar("afghan") == report_calendar("iranian") == "solar"
    assert report_calendar("gregorian") == "gregorian"


def test_days_fold_into_months_summing_distinct_articles_exactly():
    # (tag id, day, annotations, articles): an article has one day, so the days' articles add up.
    rows = [(1, "2024-11-21", 3, 2), (1, "2024-12-20", 1, 1), (1, "2024-12-21", 4, 1), (2, "2024-11-30", 2, 2),
            (1, None, 5, 3)]
    folded = fold_days(("tag", "month"), rows, "solar")
    assert folded == {(1, "1403-09"): Counts(4, 3), (1, "1403-10"): Counts(4, 1), (2, "1403-09"): Counts(2, 2),
                      (1, None): Counts(5, 3)}
    assert fold_days(("month", "tag"), rows, "gregorian")[("2024-12", 1)] == Counts(5, 2)
    by_year = fold_days(("year", "month"), [("2024-11-21", 1, 1), ("2025-03-21", 2, 1)], "solar")
    assert by_year == {("1403", "1403-09"): Counts(1, 1), ("1404", "1404-01"): Counts(2, 1)}


def test_without_a_time_dimension_rows_pass_through():
    assert fold_days(("outlet",), [("VOA Dari", 3, 2), (None, 1, 1)], "solar") == {
        ("VOA Dari",): Counts(3, 2), (None,): Counts(1, 1)}
    assert fold_days((), [(7, 4)], "solar") == {(): Counts(7, 4)}


def test_order_puts_tags_in_their_place_names_by_name_and_none_last():
    order = Order({"tag": {"تکذیب": 1, "ادعا": 0}})
    assert order.values("tag", ["تکذیب", "ادعا", "آمار"]) == ["ادعا", "تکذیب", "آمار"]
    assert order.values("outlet", [None, "voa", "BBC"]) == ["BBC", "voa", None]
    assert order.values("month", ["1403-02", None, "1402-12"]) == ["1402-12", "1403-01", "1403-02", None]
    assert order.values("month", ["1403-02", "1402-12"], fill_periods=False) == ["1402-12", "1403-02"]


def test_a_report_lists_groups_in_order_and_as_json_by_name():
    counts = {("تکذیب", "1403-01"): Counts(2, 1), ("ادعا", None): Counts(1, 1), ("ادعا", "1403-01"): Counts(3, 2)}
    report = build_report(("tag", "month"), "solar", counts, Order({"tag": {"ادعا": 0, "تکذیب": 1}}))
    assert [g.key for g in report.groups] == [("ادعا", "1403-01"), ("ادعا", None), ("تکذیب", "1403-01")]
    assert report.as_json()[1] == {"tag": "ادعا", "month": None, "annotations": 1, "articles": 1}


def test_a_table_has_every_period_between_and_counted_totals():
    cells = {("1403-01", "a"): Counts(2, 2), ("1403-03", "b"): Counts(1, 1), ("1403-03", "a"): Counts(1, 1)}
    rows = {("1403-01",): Counts(2, 2), ("1403-03",): Counts(2, 1)}  # one article carries both tags
    columns = {("a",): Counts(3, 3), ("b",): Counts(1, 1)}
    table = build_table("month", "tag", "solar", cells, rows, columns, Counts(4, 3))
    assert table.row_values == ("1403-01", "1403-02", "1403-03")
    assert table.column_values == ("a", "b")
    assert table.cell("1403-02", "a") == Counts()
    assert table.row_totals["1403-03"] == Counts(2, 1)
    assert table.total.measure("articles") == 3 and table.total.measure("annotations") == 4
    single = build_table("tag", None, "solar", {}, columns, {}, Counts(4, 3))
    assert single.column_values == () and single.cell("a") == Counts(3, 3)


def test_unknown_calendar_is_a_programming_error():
    with pytest.raises(ValueError):
        period(datetime.date(2024, 1, 1), "month", "lunar")

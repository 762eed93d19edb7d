"""xsd:dateTime read strictly and compared as UTC instants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.timestamps import OLDEST, normalised, parse_instant, ranking_instant


@pytest.mark.parametrize("text, instant", [
    ("2026-03-20T10:00:00Z", datetime(2026, 3, 20, 10, tzinfo=UTC)),
    ("2026-03-20T10:00:00.000+00:00", datetime(2026, 3, 20, 10, tzinfo=UTC)),
    ("2026-03-20T12:00:00+04:30", datetime(2026, 3, 20, 7, 30, tzinfo=UTC)),
    ("2026-03-20T02:00:00-08:00", datetime(2026, 3, 20, 10, tzinfo=UTC)),
    ("2026-03-20T10:00:00", datetime(2026, 3, 20, 10, tzinfo=UTC)),  # no zone: UTC
    ("2026-03-20T10:00:00.1234567Z", datetime(2026, 3, 20, 10, 0, 0, 123456, tzinfo=UTC)),
    ("2026-03-20T24:00:00Z", datetime(2026, 3, 21, tzinfo=UTC)),
    ("2024-02-29T00:00:00+14:00", datetime(2024, 2, 28, 10, tzinfo=UTC)),
])
def test_valid_times_name_their_instant(text: str, instant: datetime) -> None:
    assert parse_instant(text) == instant


@pytest.mark.parametrize("text", [
    "", "zzzz", "2026-03-20", "2026-03-20 10:00:00Z", "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z",
    "2026-13-01T10:00:00Z", "2026-03-20T25:00:00Z", "2026-03-20T24:00:01Z", "2026-03-20T10:60:00Z",
    "2026-03-20T10:00:60Z", "2026-03-20T10:00:00+15:00", "2026-03-20T10:00:00+14:30", "0000-01-01T00:00:00Z",
    "10000-01-01T00:00:00Z", "9999-12-31T23:00:00-02:00", "-2026-03-20T10:00:00Z", "2026-03-20T10:00:00z",
    "٢٠٢٦-03-20T10:00:00Z", "2026-03-20T10:00:00Z\n", "=1+1",
])
def test_anything_else_is_no_time(text: str) -> None:
    assert parse_instant(text) is None


def test_the_stored_form_is_utc_with_milliseconds_unless_finer() -> None:
    assert normalised(datetime(2026, 3, 20, 7, 30, tzinfo=UTC)) == "2026-03-20T07:30:00.000+00:00"
    assert normalised(datetime(2026, 3, 20, 7, 30, 0, 123456, tzinfo=UTC)) == "2026-03-20T07:30:00.123456+00:00"


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)),
       st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_a_time_written_in_any_zone_comes_back_as_the_same_instant(moment: datetime, minutes: int) -> None:
    sign = "+" if minutes >= 0 else "-"
    local = moment + timedelta(minutes=minutes)
    if not 1 <= local.year <= 9999:
        return
    text = (f"{local.year:04d}-{local.month:02d}-{local.day:02d}T{local:%H:%M:%S}.{local.microsecond:06d}"
            f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}")
    instant = parse_instant(text)
    assert instant == moment
    assert parse_instant(normalised(instant)) == instant


def test_a_stored_time_that_cannot_be_believed_ranks_first_to_lose() -> None:
    now = datetime(2026, 3, 21, tzinfo=UTC)
    assert ranking_instant("2026-03-20T10:00:00.000+00:00", now) == datetime(2026, 3, 20, 10, tzinfo=UTC)
    assert ranking_instant("9999-12-31T23:59:59Z", now) == OLDEST
    assert ranking_instant("zzzz", now) == ranking_instant("", now) == OLDEST

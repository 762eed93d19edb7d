import pytest

from reader.core.date_display import date_caption


@pytest.mark.parametrize(
    ("iso", "dateline", "language", "ui", "expected"),
    [
        ("2024-11-24T04:42:00+04:30", "یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲", "fa-AF", "fa",
         "یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲ — ۲۴ نوامبر ۲۰۲۴"),
        ("2024-11-24T04:42:00+04:30", "یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲", "fa-AF", "en",
         "یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲ — 24 November 2024"),
        ("2024-11-05T10:30", "سه‌شنبه ۱۵ آبان ۱۴۰۳ - ۱۰:۳۰", "fa-IR", "fa",
         "سه‌شنبه ۱۵ آبان ۱۴۰۳ - ۱۰:۳۰ — ۵ نوامبر ۲۰۲۴"),
        ("2024-05-13", "۱۳ می ۲۰۲۴", "fa-AF", "fa", "۱۳ می ۲۰۲۴ — ۲۴ ثور ۱۴۰۳"),
        ("2025-04-01", None, "fa-AF", "fa", "۱۲ حمل ۱۴۰۴ — ۱ اپریل ۲۰۲۵"),
        ("2025-04-20T11:15:00+03:30", None, "fa", "en", "20 April 2025 — ۳۱ حمل ۱۴۰۴ — 11:15 (UTC+03:30)"),
        (None, None, "fa", "fa", ""),
    ],
)
def test_caption(iso, dateline, language, ui, expected) -> None:
    assert date_caption(iso, dateline, language, ui) == expected

"""Dari or Iranian Persian."""

from __future__ import annotations

import pytest

from reader.core.language import decide_language


@pytest.mark.parametrize(
    ("dateline", "text", "language"),
    [
        ("یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲", "", "fa-AF"),
        ("۱۵ آبان ۱۴۰۳", "", "fa-IR"),
        (None, "شاروال نیویارک گفت که در ولسوالی‌ها برف بارید.", "fa-AF"),
        (None, "روز جمعه (۲۳قوس) رهبر با عالمان دین دیدار کرد.", "fa-AF"),
        (None, "در سیام جنوری سال ۲۰۰۲ و در ماه مارچ برگزار شد.", "fa-AF"),
        (None, "استاندار گفت دانش‌آموزان در استان به مدارس برمی‌گردند و شهرداری آماده است.", "fa-IR"),
        (None, "این موضوع به طور جدی در میزان تورم و حمل و نقل اثر دارد.", "fa"),  # month names as plain words
        (None, "سخنگو گفت که نشست برگزار شد.", "fa"),
    ],
)
def test_language(dateline: str | None, text: str, language: str) -> None:
    assert decide_language("rtl", dateline, text) == language


def test_left_to_right_text_is_english() -> None:
    assert decide_language("ltr", None, "Kabul, 24 November") == "en"

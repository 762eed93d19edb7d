import pytest

from reader.core.digits import to_ascii_digits, to_persian_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("0123456789", "0123456789"),
        ("۴ قوس ۱۴۰۳", "4 قوس 1403"),
        ("ساعت ٠٤:٤٢", "ساعت 04:42"),
        ("۱4٠۳", "1403"),  # mixed digit sets in one number
        ("", ""),
        ("بدون عدد", "بدون عدد"),
    ],
)
def test_to_ascii_digits(text: str, expected: str) -> None:
    assert to_ascii_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
        ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"),
        ("۰۱۲۳۴۵۶۷۸۹", "۰۱۲۳۴۵۶۷۸۹"),
        ("4 قوس 1403", "۴ قوس ۱۴۰۳"),
        ("2024-11-24", "۲۰۲۴-۱۱-۲۴"),
        ("", ""),
        ("abc", "abc"),
    ],
)
def test_to_persian_digits(text: str, expected: str) -> None:
    assert to_persian_digits(text) == expected


@pytest.mark.parametrize("text", ["۱۴۰۳/۰۹/۰۴", "٢٠٢٤ و ۲۰۲۴ و 2024", "x۱y٢z3"])
def test_conversion_keeps_length(text: str) -> None:
    # Callers map offsets in converted text back to the original.
    assert len(to_ascii_digits(text)) == len(text)
    assert len(to_persian_digits(text)) == len(text)


def test_round_trip() -> None:
    assert to_persian_digits(to_ascii_digits("۱۲:۳۰ و ٤٥")) == "۱۲:۳۰ و ۴۵"

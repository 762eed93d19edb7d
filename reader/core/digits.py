"""Conversion between the three digit sets found in Persian and Dari text.

Articles mix Persian (U+06F0..U+06F9), Arabic-Indic (U+0660..U+0669) and
Latin digits freely, often within one sentence. Parsing code wants Latin
digits; display code wants Persian ones. Both conversions are one character
for one character so that offsets computed on the converted text still point
at the same characters in the original.
"""

from __future__ import annotations

_LATIN = "0123456789"
_PERSIAN = "".join(chr(0x06F0 + i) for i in range(10))
_ARABIC_INDIC = "".join(chr(0x0660 + i) for i in range(10))

# Built once at import: str.translate with a prepared table is far cheaper
# than a per-character Python loop, and these run on every line of every
# article.
NON_LATIN_DIGITS = _PERSIAN + _ARABIC_INDIC

_TO_ASCII: dict[int, int] = str.maketrans(_PERSIAN + _ARABIC_INDIC, _LATIN * 2)
_TO_PERSIAN: dict[int, int] = str.maketrans(_LATIN + _ARABIC_INDIC, _PERSIAN * 2)


def to_ascii_digits(s: str) -> str:
    """Replace Persian and Arabic-Indic digits with 0-9; other text is untouched."""
    return s.translate(_TO_ASCII)


def to_persian_digits(s: str) -> str:
    """Replace Latin and Arabic-Indic digits with Persian ۰-۹; other text is untouched."""
    return s.translate(_TO_PERSIAN)

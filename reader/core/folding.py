"""The spelling-blind form of Persian text used by the search index (never shown, never quoted).

Arabic and Persian letter variants become one letter, diacritics and tatweel disappear, all digit
sets become Latin digits, ZWNJ separates words like a space does.
"""

from __future__ import annotations

_FOLD: dict[int, str | None] = {
    ord("ي"): "ی",
    ord("ى"): "ی",
    ord("ئ"): "ی",
    ord("ك"): "ک",
    ord("ة"): "ه",
    ord("ۀ"): "ه",
    ord("ؤ"): "و",
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    0x0640: None,  # tatweel
    0x200C: " ",  # ZWNJ separates the parts of a compound like a space
    0x200D: None,
    0x200E: None,
    0x200F: None,
}
_FOLD.update({code: None for code in range(0x064B, 0x0660)})  # harakat, shadda, sukun, ...
_FOLD[0x0670] = None  # superscript alef
_FOLD.update({0x06F0 + d: str(d) for d in range(10)})
_FOLD.update({0x0660 + d: str(d) for d in range(10)})
_TABLE = str.maketrans(_FOLD)


def fold(text: str) -> str:
    return text.translate(_TABLE).casefold()

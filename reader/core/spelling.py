"""Letters that Persian and Dari text spells in more than one way.

Arabic forms of Persian letters (ي ى ئ / ك / ة ۀ / ؤ) and the alef variants (أ إ آ ٱ) stand for
one Persian letter each. Search (`search_text`) and re-anchoring (`anchoring`) both see through
them with this one table; digit sets are `digits`' business.
"""

from __future__ import annotations

LETTER_VARIANTS: dict[str, str] = {
    "ي": "ی",
    "ى": "ی",
    "ئ": "ی",
    "ك": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "ؤ": "و",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
}

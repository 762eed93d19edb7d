"""Site chrome: the lines a saved news page carries that are not the article.

Three sources of knowledge: lines we know from the sites our users save (navigation, the
XS/SM/MD/LG font buttons), the photo-agency slugs (`USA-SECURITY/`), and lines that repeat
across many files of one collection (learned per collection by `BoilerplateCounter`).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable

# Folding for comparison only; the article text itself keeps its spelling.
_KEY_TABLE = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": "", "\u200f": "", "\u200e": "", "\u0640": ""})
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t|•·-–—:؛،,.*»«>"

KNOWN_CHROME = frozenset(
    {
        "لینکهای قابل دسترسی",
        "لینک های قابل دسترسی",
        "خبر تازه",
        "xs",
        "sm",
        "md",
        "lg",
        "xs sm md lg",
        "اشتراک گذاری",
        "اشتراکگذاری",
        "نسخه چاپی",
        "چاپ",
        "بازگشت به صفحه اصلی",
        "برو به محتوای اصلی",
        "جستجو",
        "منو",
        "بستن",
        "صفحه اصلی",
        "خانه",
        "سیاسی",
        "اقتصادی",
        "اجتماعی",
        "فرهنگی",
        "ورزشی",
        "بین الملل",
        "بینالملل",
        "جهان",
        "ویدیو",
        "عکس",
        "پربیننده ترین ها",
        "پربینندهترینها",
        "آخرین اخبار",
        "اخبار",
    }
)
# Whole-line patterns of site chrome: news ids, tag lists, share prompts.
_CHROME_PATTERNS = re.compile(
    r"^(?:(?:کد|شناسه) (?:خبر|مطلب)\s*:?\s*[0-9۰-۹٠-٩]+"
    r"|(?:برچسب|برچسبها|برچسب ها|کلیدواژه ها|کلیدواژهها|تگ ها|تگها)\s*:.*"
    r"|(?:اشتراک ?گذاری|ارسال به دوستان|چاپ خبر|نسخه چاپی)(?:\s*[:|].*)?"
    r"|(?:©|copyright|(?:کلیه|تمامی|همه|تمام) (?:ی )?حقوق).{0,120}(?:محفوظ|reserved).{0,40})$"
)

# Agency photo slugs: Latin capitals, digits and hyphens in slash-separated parts, e.g.
# `USA-SECURITY/` or `AFGHANISTAN-TALIBAN/WOMEN`.
_SLUG = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*/(?:[A-Z0-9]+(?:-[A-Z0-9]+)*/?)*$")

MAX_BOILERPLATE_LINE = 160
_MAX_KNOWN = max(len(line) for line in KNOWN_CHROME) + 4
_MAX_SLUG = 80


def line_key(line: str) -> str:
    """The comparison form of a line: Persian letters folded, ZWNJ and edge punctuation dropped."""
    return _SPACES.sub(" ", line.translate(_KEY_TABLE)).strip(_EDGE_PUNCT).casefold()


def is_known_chrome(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if len(stripped) <= _MAX_KNOWN and line_key(stripped) in KNOWN_CHROME:
        return True
    if len(stripped) <= MAX_BOILERPLATE_LINE and _CHROME_PATTERNS.match(line_key(stripped)):
        return True
    return len(stripped) <= _MAX_SLUG and bool(_SLUG.match(stripped))


def key_digest(key: str) -> bytes:
    """A short fixed-size stand-in for a line key, so counting a large import stays small."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()


def boilerplate_candidates(lines: Iterable[str]) -> set[bytes]:
    """Digests of the distinct short lines of one file: what may turn out to be boilerplate."""
    found: set[bytes] = set()
    for line in lines:
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_BOILERPLATE_LINE:
            key = line_key(stripped)
            if key:
                found.add(key_digest(key))
    return found


class BoilerplateCounter:
    """Counts in how many files of a collection each short line occurs.

    A line is boilerplate once it occurs in at least `min_files` files and in at least
    `min_share` of all files counted: one repeated sentence in a large collection is not.
    """

    def __init__(self, min_files: int = 3, min_share: float = 0.3) -> None:
        self.min_files = min_files
        self.min_share = min_share
        self.files = 0
        self._counts: Counter[bytes] = Counter()

    def add_file(self, digests: set[bytes]) -> None:
        self.files += 1
        self._counts.update(digests)

    def learned(self) -> frozenset[bytes]:
        if self.files < self.min_files:
            return frozenset()
        threshold = max(self.min_files, math.ceil(self.min_share * self.files))
        return frozenset(d for d, n in self._counts.items() if n >= threshold)


def is_boilerplate(line: str, learned: frozenset[bytes]) -> bool:
    stripped = line.strip()
    if not learned or not stripped or len(stripped) > MAX_BOILERPLATE_LINE:
        return False
    return key_digest(line_key(stripped)) in learned

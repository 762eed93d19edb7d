"""Site chrome: the lines a saved news page carries that are not the article.

Three sources of knowledge: what we know about the sites our users save (page_knowledge.json:
navigation, players, counters, comment forms, section names), the photo-agency slugs
(`USA-SECURITY/`), and lines that repeat across many stories of one collection (learned per
collection by `BoilerplateCounter`). A learned line is only ever a short line that is neither a
dateline nor a sentence, and copies of one story count once.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable

from reader.core.dates import looks_dated
from reader.core.page_knowledge import EDGE_PUNCT, fold, knowledge
from reader.core.record import Record

# Folding for boilerplate digests only (kept as it was, so digests stored by earlier imports match);
# a regex, not str.translate, which is slow on Persian text (see page_knowledge).
_KEY_FOLDED = {"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": "", "\u200f": "", "\u200e": "", "\u0640": ""}
_TO_KEY = re.compile("[" + "".join(_KEY_FOLDED) + "]")
_SPACES = re.compile(r"\s+")

# Agency photo slugs: Latin capitals, digits and hyphens in slash-separated parts, e.g.
# `USA-SECURITY/` or `AFGHANISTAN-TALIBAN/WOMEN`.
_SLUG = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*/(?:[A-Z0-9]+(?:-[A-Z0-9]+)*/?)*$")
_NUMBERED = re.compile(r"^[0-9]+\.\s*")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = tuple(".!?؟…»\"'")

MAX_BOILERPLATE_LINE = 160
_MAX_PATTERN_LINE = 200
_MAX_SLUG = 80
# A line this long or longer, ending a sentence, is prose: never learned as boilerplate.
_SENTENCE_WORDS = 8


def line_key(line: str) -> str:
    """The comparison form of a line for learned boilerplate: Persian letters folded, ZWNJ and
    edge punctuation dropped."""
    return _SPACES.sub(" ", _TO_KEY.sub(lambda m: _KEY_FOLDED[m.group()], line)).strip(EDGE_PUNCT).casefold()


def is_chrome_line(line: str, key: str | None = None) -> bool:
    """A line no article holds: navigation, players, counters, comment forms, share bars, slugs.
    `key` is the line's `fold`, when the caller has it."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_PATTERN_LINE:
        return False
    known = knowledge()
    key = fold(stripped) if key is None else key
    if len(key) <= known.longest_chrome + 8 and key.replace(" ", "") in known.chrome:
        return True
    if known.chrome_patterns.match(key):
        return True
    return len(stripped) <= _MAX_SLUG and bool(_SLUG.match(stripped))


def is_section(line: str, key: str | None = None) -> bool:
    """A section name alone on a line («سیاسی», «1. استانها»): chrome in a page's header and footer."""
    stripped = line.strip()
    if len(stripped) > 40:
        return False
    return _NUMBERED.sub("", fold(stripped) if key is None else key).replace(" ", "") in knowledge().sections


def is_known_chrome(line: str) -> bool:
    return is_chrome_line(line) or is_section(line)


def key_digest(key: str) -> bytes:
    """A short fixed-size stand-in for a line key, so counting a large import stays small."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()


class LineSample(Record):
    """What one file offers to boilerplate learning: its candidate lines and which story it is."""

    digests: frozenset[bytes]
    story: bytes


def _is_sentence(line: str) -> bool:
    return line.endswith(_SENTENCE_END) and len(line.split()) >= _SENTENCE_WORDS


def boilerplate_candidates(lines: Iterable[str]) -> LineSample:
    """The distinct short lines of one file that may turn out to be boilerplate (never a line that
    looks dated, nor a sentence), and a key for the story: copies of one story share their longest line."""
    found: set[bytes] = set()
    keys: list[str] = []
    longest = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) > len(longest):
            longest = stripped
        if len(stripped) > MAX_BOILERPLATE_LINE or _is_sentence(stripped):
            continue
        key = line_key(stripped)
        if not key:
            continue
        keys.append(key)
        if _DIGIT.search(stripped) and looks_dated(stripped):
            continue  # a day's folder shares its dateline: it is read, never learned
        found.add(key_digest(key))
    story = longest if len(longest) > MAX_BOILERPLATE_LINE else "\n".join(sorted(keys))
    return LineSample(frozenset(found), key_digest(line_key(story)))


class BoilerplateCounter:
    """Counts in how many stories of a collection each short line occurs.

    A line is boilerplate once it occurs in at least `min_files` stories and in at least
    `min_share` of all stories counted: one repeated sentence in a large collection is not.
    Copies of one story (same longest line) count once, so three saved copies of an article
    teach nothing.
    """

    def __init__(self, min_files: int = 3, min_share: float = 0.3) -> None:
        self.min_files = min_files
        self.min_share = min_share
        self.files = 0
        self._stories: set[bytes] = set()
        self._counts: Counter[bytes] = Counter()

    def add_file(self, sample: LineSample) -> None:
        if sample.story in self._stories:
            return
        self._stories.add(sample.story)
        self.files += 1
        self._counts.update(sample.digests)

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

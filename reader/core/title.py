"""Choosing a page's headline among its first lines, on pages never seen before.

Each line above the article's first paragraph is scored on what a headline is: a handful of words,
not a sentence, a label («…:») or a teaser («…»), not a byline, not a tag repeated in the next
line; isolated by blank lines, often printed twice; and near the top. Chrome, datelines, section
and site names are gone before the scoring (`reader.core.chrome`, `reader.core.datelines`).
"""

from __future__ import annotations

import re
from collections import Counter



# A line of prose ends its sentence with a full stop; a question or an exclamation is as often a headline.
_SENTENCE_END = ".…"
_CLOSING = "»«\"')(” "
_BYLINE = re.compile(r"^(?:به قلم|نوشته(?:[\s\u200c]*شده)?\s*(?:توسط|:)|نویسنده\s*:|گزارشگر\s*:|خبرنگار\s*:|by\s|عکس\s*(?:از|:)|عکاس\s*:)",
                     re.IGNORECASE)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_MAX_CANDIDATES = 8
# A paragraph: this many words ending a sentence, or a very long line.
_BODY_WORDS = 10
_BODY_CHARS = 160


def is_body_line(line: str) -> bool:
    """A line of article prose rather than a headline, label or menu item."""
    stripped = line.strip()
    if len(stripped) >= _BODY_CHARS:
        return True
    return len(stripped.split()) >= _BODY_WORDS and stripped.rstrip(_CLOSING)[-1:] in _SENTENCE_END


def choose_title(lines: list[str], keys: list[str], blank: list[bool], learned: set[int]) -> int | None:
    """The index of the headline in `lines` ("" where a line is blank or removed), or None when the
    page shows none before its first paragraph. `keys[i]` is line i's comparison form
    (`page_knowledge.compare_key`), `blank[i]` whether it was blank as saved."""
    seen = Counter(key for line, key in zip(lines, keys) if line)
    following = _next_lines(keys)
    best: tuple[float, int] | None = None
    rank = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        key = keys[index]
        if is_body_line(line):
            if seen[key] > 1:
                continue  # a lead printed again below (a teaser): the headline may follow it
            break
        score = _score(line, key, following[index], seen[key] > 1) - 0.75 * rank
        if _isolated(blank, index):
            score += 1
        if index in learned:
            score -= 2
        if best is None or score > best[0]:
            best = (score, index)
        rank += 1
        if rank >= _MAX_CANDIDATES:
            break
    return best[1] if best is not None and best[0] > 0 else None


def _score(line: str, key: str, next_line: str, repeated: bool) -> float:
    """`next_line` is the next line's comparison key."""
    words = len(line.split())
    if words <= 1:
        # One word can be a headline («کرونا»); a letter or a number with a word stuck to it is not.
        score = 0.0 if sum(ch.isalpha() for ch in line) >= 3 and not any(ch.isdigit() for ch in line) else -4.0
    else:
        score = 1.0 if words == 2 else 2.0 if words <= 25 else 1.0
    end = line.rstrip(_CLOSING)
    if end.endswith((":", "：")):
        score -= 5  # a kicker or a label
    if end.endswith(("...", "…")):
        score -= 4  # a teaser cut short
    elif end.endswith("."):
        score -= 2 if words >= 5 else 1  # a sentence, more likely the lead than the headline
    if next_line and next_line.startswith(key) and len(next_line) > len(key):
        score -= 4  # a tag or kicker the next line repeats
    if repeated:
        score += 2  # pages often print the headline twice
    if _BYLINE.match(line):
        score -= 4
    if not _ARABIC_LETTER.search(line):
        score -= 3
    return score


def _next_lines(lines: list[str]) -> list[str]:
    following = [""] * len(lines)
    upcoming = ""
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        if lines[index]:
            upcoming = lines[index]
    return following


def _isolated(blank: list[bool], index: int) -> bool:
    before = index == 0 or blank[index - 1]
    after = index == len(blank) - 1 or blank[index + 1]
    return before and after

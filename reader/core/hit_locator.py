"""A query's first hit in a text, found without tokenizing the whole text: for search snippets.

A result list shows, for each of its 20 articles, a piece of text around the first hit. Cutting an
article into tokens (`search_text.tokens`) costs ~3 µs a token, and finding the first hit token by
token, paragraph by paragraph, was most of a search's time for any query whose index lookup is
quick. Here a regular expression over the text points at the places where one of the query's words
or phrases could begin, and only the stretch around such a place is tokenized, to see whether it
really does.

The pattern is written from what each character folds to, one for one
(`search_text.positional_fold`): a canonical word matches every spelling of it whose letters fold
to its letters, with what a token may hold inside it, or drop, allowed between them
(`_Patterns.gap`: the joins of space and ZWNJ, diacritics and invisible characters, a hamza seat
that folds away); «ئ» may also stand for the «ی» or «ا» it folds to, and «و» may be doubled; the
words of a phrase may have anything but letters and digits between them. So every token that is
the word matches: the pattern finds a superset of the places, and the tokens decide. The pattern
can only name characters it knows (`_Alphabet`): a text with a character not met before teaches
them all first.

Tokens never run across a character that ends a word (punctuation, a line break; a full stop
unless a digit may be beside it), so a stretch that starts and ends at one (a clause) cuts into
exactly the tokens the whole text has there. A phrase may run on into the next clause: the stretch
then grows clause by clause, within the paragraph (a snippet takes its hits from one paragraph, as
`ParsedQuery.matches` of that paragraph would).

Texts with a character that does not fold to exactly one (a combining mark composed with its
letter, a ligature that is two letters, «ß») and queries with word forms (a lemma has many
spellings) are answered `None`: the caller takes the long road.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

from reader.core.search_terms import ParsedQuery
from reader.core.search_text import (
    DECIMAL_POINT, POSITIONAL_BAIL, POSITIONAL_BREAK, POSITIONAL_SKIP, Token, positional_fold, tokens_between,
)
from reader.core.text import ZWNJ


# What may sit between two letters of a token, or fall out of it (as folded): the gap of a join
# (one space, ZWNJ), silent and invisible characters, «ئ» folded away (مسئول = مسول), «ء» after a
# final «ا». And what a folded letter may also be written as: «ئ» that folds to it, doubled «و».
_GAP_FOLDS = (POSITIONAL_SKIP, ZWNJ, " ", "ئ", "ء")
_ALSO = {"ی": "ئ", "ا": "ئ"}   # رئیس = رییس, هیئت = هیات
_DIGITS = "0123456789"
WORD_LETTERS = 8   # letters of a sequence's last word in its pattern (see `_Patterns.sequence`)
CLAUSE_LOOK = 240   # characters before a place in which its clause's start is looked for first
# Characters the patterns may know: each new batch rewrites them (~9 ms at 4,000); a library in a
# script of thousands of letters takes the long road once this many are known.
ALPHABET_LIMIT = 5000


def _charset(chars: Iterable[str]) -> str:
    chars = sorted(chars)
    return "[" + "".join(re.escape(ch) for ch in chars) + "]" if chars else "(?!)"


class _Patterns:
    """Patterns written from an alphabet (what each known character folds to), as it was at one time."""

    def __init__(self, fold: dict[str, str]) -> None:
        by_fold: dict[str, set[str]] = {}
        for ch, folded in fold.items():
            by_fold.setdefault(folded, set()).add(ch)
        self.by_fold = by_fold
        self.unknown = re.compile("[^" + "".join(re.escape(ch) for ch in sorted(fold)) + "]" if fold else "(?s:.)")
        self.gap = _charset(ch for g in _GAP_FOLDS for ch in by_fold.get(g, ())) + "*"
        # What a token may start with and fold away (diacritics, tatweel, «ئ» before «و» or «ا»): a
        # place is its first letter, a few characters after the token's start.
        self.lead = re.compile(_charset(ch for g in (POSITIONAL_SKIP, "ئ") for ch in by_fold.get(g, ())) + "*")
        # Between two tokens of a phrase: anything that is not a letter or a digit of a token.
        self.between = _charset(ch for g in (*_GAP_FOLDS, POSITIONAL_BREAK, DECIMAL_POINT) for ch in by_fold.get(g, ())) + "*"
        # A full stop ends a word unless it may be a decimal point: a digit (or something silent) beside it.
        near_digit = _charset(ch for d in (*_DIGITS, POSITIONAL_SKIP) for ch in by_fold.get(d, ()))
        points = _charset(by_fold.get(DECIMAL_POINT, ()))
        self.clause_end = re.compile(f"{_charset(by_fold.get(POSITIONAL_BREAK, ()))}|(?<!{near_digit}){points}(?!{near_digit})")

    def letter_chars(self, folded: str) -> set[str]:
        """The characters that may stand for the canonical letter `folded`."""
        return self.by_fold.get(folded, set()) | self.by_fold.get(_ALSO.get(folded, ""), set())

    def letter(self, folded: str) -> str:
        return _charset(self.letter_chars(folded))

    def word(self, word: str) -> str:
        """Where the canonical `word` may stand."""
        parts = []
        for folded in word:
            part = self.letter(folded)
            parts.append(f"{part}(?:{self.gap}{part})*" if folded == "و" else part)   # داوود = داود
        return self.gap.join(parts)

    def sequence(self, words: tuple[str, ...]) -> str:
        """Where the canonical tokens `words` may begin one after the other: the last of them only
        by its first WORD_LETTERS letters (nothing follows them in the pattern; they find few
        enough places, and every letter more costs the compiling ~0.1 ms)."""
        return self.between.join((*(self.word(word) for word in words[:-1]), self.word(words[-1][:WORD_LETTERS])))


class _Alphabet:
    """The characters met so far that fold one for one, and the patterns written from them
    (`now`, replaced whole when it grows: a text with characters not met before adds them all)."""

    def __init__(self, limit: int = ALPHABET_LIMIT) -> None:
        self.limit = limit
        self._fold: dict[str, str] = {}
        self._bail: set[str] = set()
        self._lock = threading.Lock()
        self.now = _Patterns(self._fold)

    def patterns_for(self, text: str) -> _Patterns | None:
        """Patterns that know every character of `text`; None when one does not fold one for one."""
        now = self.now
        if now.unknown.search(text) is None:
            return now
        with self._lock:
            new = set(text).difference(self._fold)
            if not self._bail.isdisjoint(new) or len(self._fold) + len(new) > self.limit:
                return None
            if new:
                for ch in new:
                    folded = positional_fold(ch)
                    if folded == POSITIONAL_BAIL:
                        self._bail.add(ch)
                    else:
                        self._fold[ch] = folded
                self.now = _Patterns(self._fold)
            return self.now if self._bail.isdisjoint(new) else None


_ALPHABET = _Alphabet()


class _Places:
    """Where any of some sequences of canonical tokens may begin in a text that `patterns` know:
    every such place, overlapping ones too (a lookahead: «b:b:b» holds «b b» at its first and its
    second «b»). A place is the first letter of its token, which may start a little before it with
    characters it folds away (`_Patterns.lead`: «ئو» is «و»)."""

    def __init__(self, sequences: tuple[tuple[str, ...], ...], patterns: _Patterns) -> None:
        self.pattern = re.compile("(?=" + "|".join(patterns.sequence(words) for words in sequences) + ")")
        # The character a place starts with: for looking over a short stretch without the pattern
        # running on past its end to the next place, wherever that is.
        self.first = re.compile(_charset(set().union(*(patterns.letter_chars(words[0][0]) for words in sequences))))

    def search(self, text: str, start: int) -> int | None:
        found = self.pattern.search(text, start)
        return None if found is None else found.start()

    def last_before(self, text: str, start: int, through: int) -> int | None:
        """The last place in text[start : through + 1], if any."""
        last = None
        for candidate in self.first.finditer(text, start, through + 1):
            if self.pattern.match(text, candidate.start()):
                last = candidate.start()
        return last


@lru_cache(maxsize=64)
def _places(sequences: tuple[tuple[str, ...], ...], patterns: _Patterns) -> _Places:
    return _Places(sequences, patterns)


class _Stretch:
    """The tokens of text[start:end], which grows clause by clause up to `limit`."""

    def __init__(self, text: str, clause_end: re.Pattern[str], start: int, limit: int) -> None:
        self.text, self.clause_end, self.limit = text, clause_end, limit
        self.end = start
        self.found: list[Token] = []

    def grow(self) -> bool:
        """Take in the next clause; False when the stretch already reaches its limit."""
        if self.end >= self.limit:
            return False
        found = self.clause_end.search(self.text, self.end + 1)   # no end: a look past it must see the text
        end = self.limit if found is None else min(found.start(), self.limit)
        self.found += tokens_between(self.text, self.end, end)
        self.end = end
        return True

    def complete_before(self, position: int, longest: int) -> None:
        """Grow until the stretch reaches `position` and every token that starts before it has
        `longest - 1` tokens after it (a phrase starting there is seen whole), or to the limit."""
        while self.end < position or len(self.found) - sum(1 for t in self.found if t.start < position) < longest - 1:
            if not self.grow():
                return


def _clause_start(text: str, patterns: _Patterns, floor: int, place: int) -> int:
    """Where the clause holding `place` starts: the last word end before it, not before `floor` (a
    word end or a paragraph's start). Any word end would do; the nearest, looked for in the last
    CLAUSE_LOOK characters first, leaves the fewest tokens to cut."""
    start = floor
    for look_from in (max(floor, place - CLAUSE_LOOK), floor):
        for end in patterns.clause_end.finditer(text, look_from):
            if end.start() >= place:
                break
            start = max(start, end.start())
        if start >= look_from:
            return start
    return start


def _within_reach(query: ParsedQuery, text: str, patterns: _Patterns, places: _Places, stretch: _Stretch,
                  spans: list[tuple[int, int]], reach: int) -> tuple[tuple[int, int], ...]:
    """From the first hit (`spans[0]`), the spans up to `reach` past its merged end: every span that
    starts there whole, and merged with whatever it overlaps. Every hit's first letter is a place,
    so the stretch needs tokens up to the last place before then (and a phrase's tokens after it)."""
    while True:
        limit = spans[0][1] + reach
        through = max(limit, *(end for start, end in spans if start <= limit))
        through = patterns.lead.match(text, through).end()   # the first letter of a token begun by then
        later = places.last_before(text, spans[0][0] + 1, through)
        before = len(stretch.found)
        stretch.complete_before((spans[0][0] if later is None else later) + 1, query.longest)
        if len(stretch.found) == before:
            return tuple(span for span in spans if span[0] <= limit)
        spans = query.token_matches(stretch.found)


def snippet_hits(query: ParsedQuery, text: str, reach: int) -> tuple[tuple[int, int], ...] | None:
    """The hits a snippet of `text` needs: those of the first paragraph ("\\n\\n" apart) that has
    any, from its first hit to `reach` code points past that hit's end — exactly what
    `query.matches(paragraph)` gives there, merged the same way. () when no paragraph has a hit;
    None when this text or query needs the long road (see the module's text)."""
    if query.has_word_forms or not query.terms:
        return None
    patterns = _ALPHABET.patterns_for(text)
    if patterns is None:
        return None
    places = _places(tuple(sorted({words for term in query.terms for words in (term.words, *term.spellings)})), patterns)
    longest = query.longest
    searched = 0
    while (place := places.search(text, searched)) is not None:
        paragraph_start = text.rfind("\n\n", 0, place)
        paragraph_end = text.find("\n\n", place)
        # The end of the clause looked at last is a word end too, when this place is in its paragraph.
        clause_start = _clause_start(text, patterns, max(searched, 0 if paragraph_start < 0 else paragraph_start + 2),
                                     place)
        stretch = _Stretch(text, patterns.clause_end, clause_start, len(text) if paragraph_end < 0 else paragraph_end)
        stretch.grow()
        clause_end = stretch.end
        spans = query.token_matches(stretch.found)
        if not spans or spans[0][0] >= clause_end:
            # None here yet, but a phrase may start here and run on into the next clause. (When
            # there is one, a phrase starting before it and running on is found by `_within_reach`,
            # which gives every token before the first hit the tokens after it that a phrase needs.)
            stretch.complete_before(clause_end, longest)
            spans = query.token_matches(stretch.found)
        if spans and spans[0][0] < clause_end:
            return _within_reach(query, text, patterns, places, stretch, spans, reach)
        searched = clause_end
    return ()

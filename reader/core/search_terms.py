"""Query terms: what one term of a search finds, as an FTS5 expression and as spans of a text.

A term is a word or a phrase in canonical form (`search_text`), with the other token sequences
that spell the same words (a compound written apart or together, from the lexicon) and, with word
forms on, the lemmas whose forms it finds. The index holds two columns per field: the tokens, and
in the same positions their lemmas, each marked with LEMMA_MARK (`lexicon`), so an exact term and
a word-forms term are both one FTS5 phrase, and neither can match the other's column.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import field

from reader.core.record import Record
from reader.core.search_text import LEMMA_MARK, Token, index_text, tokens

# A NEAR over terms with several spellings is one NEAR per combination; beyond this many, only
# each term's first spelling is asked for.
MAX_NEAR_COMBINATIONS = 16


class Term(Record):
    """What one query term finds: a word (one entry) or a phrase (several), in canonical form.

    `spellings` are other token sequences for the same words (a compound written apart or
    together). With `lemmas` (word forms), the term finds every token whose lemma is one of them,
    and `spellings` hold lemmas too.
    """

    words: tuple[str, ...]
    prefix: bool = False  # the last word matches every token that starts with it
    spellings: tuple[tuple[str, ...], ...] = ()
    lemmas: tuple[str, ...] = ()

    def phrases(self) -> list[str]:
        """The FTS5 phrases that make up this term; any of them is a match."""
        if self.lemmas:
            sequences = [(lemma,) for lemma in self.lemmas] + list(self.spellings)
            return [_quoted(tuple(LEMMA_MARK + word for word in words), False) for words in sequences]
        return [_quoted(words, self.prefix) for words in (self.words, *self.spellings)]

    def fts(self) -> str:
        phrases = self.phrases()
        return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"

    def typed_fts(self) -> str:
        """Only the words as typed (no other spelling, no word forms): a cheap stand-in when
        what matters is how common the term is."""
        return _quoted(self.words, self.prefix)

    def forms_fts(self, lemma: Callable[[str], str]) -> str:
        """This (exact) term's words as typed, as their lemmas, for the word-forms columns: where
        any form of it stands. A starred last word stays as typed (a lemma starts much as its
        forms). Not its other spellings: «اینکه» would bring the phrase «این که», whose two
        common words FTS5 takes ~25 ms to find in every article."""
        last = len(self.words) - 1
        lemmas = tuple(word if self.prefix and k == last else lemma(word) for k, word in enumerate(self.words))
        return _quoted(tuple(LEMMA_MARK + word for word in lemmas), self.prefix)


def _quoted(words: tuple[str, ...], prefix: bool) -> str:
    # Canonical words hold only letters and digits, but doubling quotes keeps this safe whatever
    # they contain; quoting stops FTS5 from reading a word as AND, NEAR, a column name, ...
    quoted = '"' + " ".join(words).replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted


def near_fts(terms: tuple[Term, ...], distance: int) -> str:
    """NEAR holds phrases only: a term with several phrases makes one NEAR for each combination."""
    options = [term.phrases() for term in terms]
    combinations = 1
    for phrases in options:
        combinations *= len(phrases)
    if combinations > MAX_NEAR_COMBINATIONS:
        options = [phrases[:1] for phrases in options]
    nears = [f"NEAR({' '.join(chosen)}, {distance})" for chosen in itertools.product(*options)]
    return nears[0] if len(nears) == 1 else "(" + " OR ".join(nears) + ")"


class _Positions:
    """Where each word of a text stands (token indexes), for finding terms without a scan each."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.at: dict[str, list[int]] = {}
        for i, word in enumerate(words):
            self.at.setdefault(word, []).append(i)

    def starts(self, sequence: tuple[str, ...], prefix: bool) -> Iterator[int]:
        """Indexes where `sequence` begins (its last word a prefix when `prefix`)."""
        words, size = self.words, len(sequence)
        first = sequence[0]
        if size == 1 and prefix:
            candidates = sorted(i for word, found in self.at.items() if word.startswith(first) for i in found)
        else:
            candidates = self.at.get(first, [])
        for i in candidates:
            end = i + size - 1
            if end >= len(words) or words[i + 1 : end] != list(sequence[1:-1]):
                continue
            last = words[end]
            if size == 1 or last == sequence[-1] or (prefix and last.startswith(sequence[-1])):
                yield i


def occurrences(term: Term, texts: _Positions, lemmas: _Positions | None, found: list[Token]) -> Iterator[tuple[int, int]]:
    """Original-text spans of every occurrence of `term` in a text with these tokens (and, for a
    word-forms term, these lemmas of them)."""
    if term.lemmas and lemmas is not None:
        for lemma in term.lemmas:
            for i in lemmas.at.get(lemma, ()):
                yield found[i].start, found[i].end
        for sequence in term.spellings:
            for i in lemmas.starts(sequence, False):
                yield found[i].start, found[i + len(sequence) - 1].end
        return
    for sequence in (term.words, *term.spellings):
        for i in texts.starts(sequence, term.prefix):
            yield found[i].start, found[i + len(sequence) - 1].end


class ParsedQuery(Record):
    fts: str  # FTS5 MATCH expression over the canonical tokens and their lemmas
    terms: tuple[Term, ...]  # positive terms, to highlight (excluded ones are not)
    lemma: Callable[[str], str] | None = field(default=None, compare=False, repr=False)

    def _tokens(self, text: str) -> tuple[list[Token], _Positions, _Positions | None]:
        found = tokens(text)
        return (found, *self._positions(found))

    def _positions(self, found: list[Token]) -> tuple[_Positions, _Positions | None]:
        texts = [token.text for token in found]
        lemmas = None
        if self.lemma is not None and self.has_word_forms:
            lemmas = _Positions([self.lemma(word) for word in texts])
        return _Positions(texts), lemmas

    @property
    def has_word_forms(self) -> bool:
        """Whether a term finds words by lemma (word forms on)."""
        return any(term.lemmas for term in self.terms)

    @property
    def longest(self) -> int:
        """Tokens in the longest sequence a term looks for (1 for words alone)."""
        return max((len(words) for term in self.terms for words in (term.words, *term.spellings)), default=1)

    def may_match(self, text: str) -> bool:
        """A quick answer from the index form (the short road, a third of the work of `matches`):
        False when no term can occur in `text`; True when one may (`matches` says where)."""
        words = set(index_text(text).split(" "))
        lemmas: set[str] | None = None
        for term in self.terms:
            if term.lemmas and self.lemma is not None:
                if lemmas is None:
                    lemmas = {self.lemma(word) for word in words}
                if not lemmas.isdisjoint(term.lemmas) or any(s[0] in lemmas for s in term.spellings):
                    return True
                continue
            for sequence in (term.words, *term.spellings):
                if sequence[0] in words or (term.prefix and len(sequence) == 1
                                            and any(word.startswith(sequence[0]) for word in words)):
                    return True
        return False

    def matches(self, text: str) -> list[tuple[int, int]]:
        """Sorted, non-overlapping spans of `text` covered by any positive term."""
        return self.token_matches(tokens(text))

    def token_matches(self, found: list[Token]) -> list[tuple[int, int]]:
        """`matches` over tokens already cut: a stretch of a text (`hit_locator`) whose spans they
        carry. A term running past the last token is not found."""
        texts, lemmas = self._positions(found)
        spans = sorted(span for term in self.terms for span in occurrences(term, texts, lemmas, found))
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def forms_found(self, text: str) -> Counter[str]:
        """Which forms of the word-forms terms occur in `text`, as written, and how often: one
        entry per canonical token, under the spelling it first has in the text."""
        found, texts, lemmas = self._tokens(text)
        if lemmas is None:
            return Counter()
        written: dict[tuple[int, int], str] = {}
        counts: Counter[str] = Counter()
        first_spelling: dict[str, str] = {}
        for term in self.terms:
            if not term.lemmas:
                continue
            for start, end in occurrences(term, texts, lemmas, found):
                written[(start, end)] = text[start:end]
        for _span, form in sorted(written.items()):
            key = " ".join(token.text for token in tokens(form))
            counts[first_spelling.setdefault(key, form)] += 1
        return counts

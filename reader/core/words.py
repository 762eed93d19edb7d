"""Word and sentence spans of an article's text: what selections snap to, what double- and
triple-click select.

Offsets are code points into the article's one immutable string; nothing here rewrites it,
because annotations point into it. hazm decides where words and sentences are, but importing it
(~0.2 s) and building its word tokenizer (~0.3 s) is too slow for start-up, so it is imported
lazily and `segment_quick` (no hazm) stands in until `preload()` has run on a background thread.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import field
from typing import Protocol

from reader.core import sentence_rules
from reader.core.record import Record

Span = tuple[int, int]


class TextSegments(Record):
    """Sorted, non-overlapping [start, end) spans of one text's words and sentences."""

    words: tuple[Span, ...]
    sentences: tuple[Span, ...]
    # Kept (by reference, never altered) because snap() trims whitespace off selections.
    text: str = field(repr=False)

    def word_at(self, offset: int) -> Span | None:
        """The word containing `offset`, else the word ending at it; None in whitespace/punctuation."""
        return _span_at(self.words, offset)

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing `offset`, else the sentence ending at it; None between sentences."""
        return _span_at(self.sentences, offset)

    def snap(self, start: int, end: int) -> Span:
        """Widen [start, end) to whole words, then trim whitespace off both ends.

        An empty selection, or one touching no word (only whitespace/punctuation), is returned as
        it is (clamped and ordered), so a researcher can still mark a lone quotation mark.
        """
        size = len(self.text)
        start, end = sorted((min(max(start, 0), size), min(max(end, 0), size)))
        words = self.words
        # Words are sorted and disjoint, so their ends are sorted too: the selection overlaps a
        # word exactly when the last word starting before `end` ends after `start`.
        last = bisect.bisect_left(words, (end, -1)) - 1
        if start == end or last < 0 or words[last][1] <= start:
            return start, end
        inside = _containing(words, start)
        if inside is not None:
            start = inside[0]
        last_start, last_end = words[last]
        if last_start < end < last_end:
            end = last_end
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


def _span_at(spans: tuple[Span, ...], offset: int) -> Span | None:
    # The last span starting at or before `offset`; an earlier span cannot touch `offset`
    # because spans are non-empty and do not overlap.
    i = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    if i >= 0 and offset <= spans[i][1]:
        return spans[i]
    return None


def _containing(spans: tuple[Span, ...], offset: int) -> Span | None:
    i = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    if i >= 0 and offset < spans[i][1]:
        return spans[i]
    return None


# ---------------------------------------------------------------------------------------------
# Character classes. `re` has no \p{M}, and Persian diacritics (fatha, shadda, superscript alef)
# are combining marks that \w does not match, so classes come from unicodedata, cached per
# character (an article uses a few hundred distinct characters).

_BASE, _DIGIT, _MARK, _JOINER, _SPACE, _OTHER = range(6)
_JOINERS = frozenset("\u200c\u200d")  # ZWNJ joins the parts of one Persian word; ZWJ likewise
_DIGIT_SEPARATORS = frozenset(".,:/\u066b\u066c")  # 3.5, 1,000, 12:30, 3/5, ۳٫۵, ۱٬۰۰۰
_kinds: dict[str, int] = {}


def _classify(ch: str) -> int:
    if ch in _JOINERS:
        return _JOINER
    if ch.isspace():
        return _SPACE
    category = unicodedata.category(ch)
    if category == "Nd":
        return _DIGIT
    if category[0] in "LN":
        return _BASE
    if category[0] == "M":
        return _MARK
    return _OTHER


def _kind(ch: str) -> int:
    kind = _kinds.get(ch)
    if kind is None:
        kind = _kinds[ch] = _classify(ch)
    return kind


_NON_SPACE = re.compile(r"\S+")
_FIRST_NON_SPACE = re.compile(r"\S")


def _add_trimmed_word(text: str, start: int, end: int, out: list[Span]) -> None:
    """Append the part of a whitespace-free run from its first letter/digit to its last one
    (plus the marks sitting on it): hazm leaves e.g. "1990." or "سلام😂" as one token."""
    while start < end and _kind(text[start]) > _DIGIT:
        start += 1
    if start == end:
        return  # punctuation, symbols or emoji only: not a word
    last = end
    while _kind(text[last - 1]) > _DIGIT:
        last -= 1
    while last < end and _kind(text[last]) == _MARK:
        last += 1
    out.append((start, last))


def _token_words(text: str, start: int, end: int, out: list[Span]) -> None:
    # hazm splits only at space, tab and newline; a no-break or thin space stays inside its
    # tokens, but a word never spans whitespace.
    for run in _NON_SPACE.finditer(text, start, end):
        _add_trimmed_word(text, run.start(), run.end(), out)


def _quick_words(text: str, start: int, end: int, out: list[Span]) -> None:
    """Words without hazm: letters/digits with their marks, parts joined by ZWNJ, digit groups
    joined by a decimal or thousands separator."""
    i = start
    while i < end:
        kind = _kind(text[i])
        if kind != _BASE and kind != _DIGIT:
            i += 1
            continue
        word_start = i
        i += 1
        while i < end:
            kind = _kind(text[i])
            if kind <= _MARK:
                i += 1
            elif kind == _JOINER:
                j = i + 1
                while j < end and _kind(text[j]) == _JOINER:
                    j += 1
                if j < end and _kind(text[j]) <= _DIGIT:
                    i = j
                else:
                    break  # a ZWNJ before a space or punctuation belongs to no word
            elif (
                text[i] in _DIGIT_SEPARATORS
                and _kind(text[i - 1]) == _DIGIT
                and i + 1 < end
                and _kind(text[i + 1]) == _DIGIT
            ):
                i += 1
            else:
                break
        out.append((word_start, i))


# hazm's own sentence-end rule (its SentenceTokenizer pattern), plus every line break.
_QUICK_SENTENCE_END = re.compile(r"[!.?\u2e2e\u061f]+(?=\s)|\n")
# A paragraph break is a run of blank (possibly whitespace-only) lines.
_PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*\n)+")


def _add_stripped(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _quick_sentences(text: str, start: int, end: int, out: list[Span]) -> None:
    candidates = [match.end() for match in _QUICK_SENTENCE_END.finditer(text, start, end)]
    _add_sentences(text, start, end, candidates, out)


def _add_sentences(text: str, start: int, end: int, candidates: list[int], out: list[Span]) -> None:
    """The sentences of text[start:end] (within one paragraph), ending where `sentence_rules`
    accepts a candidate end."""
    previous = start
    for stop in sentence_rules.sentence_ends(text, start, end, candidates):
        _add_stripped(text, previous, stop, out)
        previous = stop


def _paragraphs(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def segment_quick(text: str) -> TextSegments:
    """Words and sentences without hazm, for use until `hazm_loaded()`."""
    words: list[Span] = []
    _quick_words(text, 0, len(text), words)
    sentences: list[Span] = []
    for start, end in _paragraphs(text):
        _quick_sentences(text, start, end, sentences)
    return TextSegments(tuple(words), tuple(sentences), text)


# ---------------------------------------------------------------------------------------------
# hazm


class _Tokenizer(Protocol):
    def tokenize(self, text: str) -> list[str]: ...


class _Tokenizers(Record):
    words: _Tokenizer
    sentences: _Tokenizer


# Every option that rewrites tokens is off, so each token is a verbatim piece of the text and can
# be found in it: joined verb parts ("کرده_است") would be one span over two words, and links,
# ids, emails, numbers and hashtags would come back as LINK, ID, EMAIL, NUM4, TAG.
# separate_emoji only inserts a space after an emoji, so "سلام😂خوب" gives two words.
# words_file: hazm keeps its 3.4 MB word list (~75 MB in memory) in a dict that tokenize() never
# reads with these options; an empty file spares the window that memory for good.
_WORD_TOKENIZER_OPTIONS = {
    "words_file": os.devnull,
    "join_verb_parts": False,
    "join_abbreviations": False,
    "separate_emoji": True,
    "replace_links": False,
    "replace_ids": False,
    "replace_emails": False,
    "replace_numbers": False,
    "replace_hashtags": False,
}

_load_lock = threading.Lock()
_tokenizers: _Tokenizers | None = None


def _load() -> _Tokenizers:
    global _tokenizers
    loaded = _tokenizers
    if loaded is not None:
        return loaded  # the common case: no lock once hazm is ready
    with _load_lock:
        if _tokenizers is None:
            # Imported here, not at module level: the GUI imports this module at start-up.
            from reader.core.hazm_import import import_hazm

            import_hazm()
            from hazm import SentenceTokenizer, WordTokenizer

            # Built once: hazm's word_tokenize() builds a new WordTokenizer per call (~0.3-0.7 s).
            _tokenizers = _Tokenizers(WordTokenizer(**_WORD_TOKENIZER_OPTIONS), SentenceTokenizer())
        return _tokenizers


def preload() -> None:
    """Import hazm and build its tokenizers; thread-safe and idempotent (for a background thread)."""
    _load()


def hazm_loaded() -> bool:
    return _tokenizers is not None


# How far past the next non-space character a token may be found when the text in between was
# not accounted for (hazm rewrote a token). Bounded so that a rewritten token ("NUM4") cannot match
# something far ahead and throw away every token in between, and so a lost token costs O(window).
_RESYNC_WINDOW = 64


def _locate(text: str, piece: str, cursor: int, end: int) -> int:
    """Where `piece` stands next in text[cursor:end]: at the next non-space character or, after
    text no piece accounted for, a little further on; never cut out of the middle of a word."""
    nxt = _FIRST_NON_SPACE.search(text, cursor, end)
    if nxt is None:
        return -1
    limit = min(end, nxt.start() + _RESYNC_WINDOW + len(piece))
    found = text.find(piece, nxt.start(), limit)
    while found >= 0 and _cuts_a_word(text, found, found + len(piece)):
        found = text.find(piece, found + 1, limit)
    return found


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    # Letters on both sides of an edge, or digits on both: a cut hazm never makes (it does split
    # «۴۰۰بسته» into «۴۰۰» «بسته»; 0 of 44,000 of its tokens in the Fars corpus cut otherwise).
    return (start > 0 and _same_kind(text[start - 1], text[start])) or (
        end < len(text) and _same_kind(text[end - 1], text[end])
    )


def _same_kind(before: str, after: str) -> bool:
    return (before.isalpha() and after.isalpha()) or (before.isdigit() and after.isdigit())


def _align(text: str, pieces: Iterable[str], start: int, end: int) -> list[tuple[int, int, bool]]:
    """Place hazm's output strings in text[start:end], in order.

    Returns (start, end, True) for each placed piece and (start, end, False) for each stretch
    holding non-space text that no piece accounted for; the caller covers those with the
    no-hazm rules. Pieces that cannot be found verbatim are skipped.
    """
    placed: list[tuple[int, int, bool]] = []
    cursor = start

    for piece in pieces:
        at = _locate(text, piece, cursor, end) if piece else -1
        if at < 0:
            continue
        if at > cursor and not text[cursor:at].isspace():
            placed.append((cursor, at, False))
        cursor = at + len(piece)
        placed.append((at, cursor, True))
    if cursor < end and not text[cursor:end].isspace():
        placed.append((cursor, end, False))
    return placed


def segment(text: str) -> TextSegments:
    """Words and sentences by hazm (imported on first use if `preload()` has not run)."""
    tokenizers = _load()
    words: list[Span] = []
    for start, end, found in _align(text, tokenizers.words.tokenize(text), 0, len(text)):
        (_token_words if found else _quick_words)(text, start, end, words)
    return TextSegments(tuple(_join_decimals(text, words)), sentence_spans(text), text)


def _join_decimals(text: str, words: list[Span]) -> list[Span]:
    """hazm splits «۲٫۵», «3/5» and «1,000» into two numbers; they are one word, as in `_quick_words`."""
    joined: list[Span] = []
    for start, end in words:
        if joined:
            previous_start, previous_end = joined[-1]
            if (
                start == previous_end + 1
                and text[previous_end] in _DIGIT_SEPARATORS
                and _kind(text[previous_end - 1]) == _DIGIT
                and _kind(text[start]) == _DIGIT
            ):
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return joined


def sentence_spans(text: str) -> tuple[Span, ...]:
    """Sentences by hazm's SentenceTokenizer, corrected by `sentence_rules` (hazm is imported on
    first use if `preload()` has not run)."""
    tokenizers = _load()
    sentences: list[Span] = []
    for para_start, para_end in _paragraphs(text):
        paragraph = text[para_start:para_end]
        if not paragraph or paragraph.isspace():
            continue
        # hazm's SentenceTokenizer turns each line break inside a sentence into a space; handing
        # it a copy with that already done (same length, so offsets match) keeps its sentences
        # verbatim. Its split rule treats space and newline alike, so the split is unchanged.
        view = paragraph.replace("\n", " ")
        candidates: list[int] = []
        for start, end, found in _align(view, tokenizers.sentences.tokenize(view), 0, len(view)):
            if not found:  # text hazm lost: the no-hazm rule proposes its ends
                candidates += [para_start + m.end() for m in _QUICK_SENTENCE_END.finditer(view, start, end)]
            candidates.append(para_start + end)
        _add_sentences(text, para_start, para_end, candidates, sentences)
    return tuple(sentences)

"""Finding an annotation again after its article was re-imported with changed text.

An annotation remembers code-point offsets into the old text plus a quote selector: the exact
quote and a little context on either side. Against the new text we try, in order:

1. position - the same offsets still hold the same quote, and the context agrees;
2. exact     - the quote occurs verbatim elsewhere; with several copies, the context decides;
3. fuzzy     - the quote itself changed a little; approximate search seeded by shared n-grams.

Whenever two places are about equally good the annotation becomes an orphan (None): a note
attached to the wrong copy of a repeated sentence is worse than a note the reader re-attaches.

Similarity is Levenshtein-based (`edit_distance`: one Python big-int step per character instead
of a table), on a "folded" copy of the text in which spelling
variants (ي/ی, ك/ک, ZWNJ/space, digit sets, case) become one character. The fold maps each
code point to exactly one code point, so offsets in the folded text are offsets in the real one.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cached_property

from reader.core.digits import NON_LATIN_DIGITS, to_ascii_digits
from reader.core.edit_distance import Pattern
from reader.core.record import Record
from reader.core.spelling import LETTER_VARIANTS
from reader.core.text import ZWNJ

CONTEXT = 32
# A winner must beat the best rival at a different place by this much (scores are 0..1).
MARGIN = 0.1
# Rule 1 keeps the old offsets when the context around them is at least this similar.
POSITION_CONTEXT = 0.5
QUOTE_WEIGHT = 0.7
CONTEXT_WEIGHT = 0.3
# Nearness to the old offsets only ever breaks near-ties; it is smaller than MARGIN on purpose,
# so it can never by itself pick one of two identical copies.
NEARNESS_WEIGHT = 0.05
# In the folded quote, the spelling-only part of a difference counts for this little.
RAW_WEIGHT = 0.1
# Taken off a fuzzy score for each edge that cuts a word (or adds a blank) unlike the original.
MISFIT_PENALTY = 0.2

_MAX_SCORED = 64  # occurrences of a short, common quote scored by context
_NEAREST_KEPT = 8  # of those, always kept because they are nearest to the old offsets
_MAX_GRAM_HITS = 500  # n-grams more common than this say nothing about where the quote is
_GRAM_SEGMENTS = 8  # the quote is split so seeds survive an edit in any one part of it
_GRAMS_PER_SEGMENT = 2
_PROBES_PER_SEGMENT = 4  # each probe is one count over the whole text
_MAX_CLUSTERS = 6
_MAX_FOLDED_HITS = 16
_REFINED = 3  # best spans whose edges are tried at nearby word boundaries
_REFINE_WITHIN = MARGIN + 2 * MISFIT_PENALTY  # ... if they score within this of the best
_EDGE_REACH = 16  # how far (characters) an edge may move while refining
_IN_WORD_REACH = 2  # ... when the original edge cut a word
_INDEX_AFTER = 8  # fuzzy searches over one text before its n-grams are indexed

# Every variant folds to exactly one character, so folded offsets are offsets in the real text.
_ONE_TO_ONE: dict[str, str] = {
    **LETTER_VARIANTS,
    ZWNJ: " ",  # ZWNJ and space both separate the parts of a compound
    "\u00a0": " ",
    "\u202f": " ",
    "\t": " ",
    "\n": " ",
    "\r": " ",
    **{digit: to_ascii_digits(digit) for digit in NON_LATIN_DIGITS},
    **{letter: letter.lower() for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
}
# No replacement is itself replaced, so the order of the pairs does not matter.
_FOLD_PAIRS = tuple(_ONE_TO_ONE.items())


def _fold(text: str) -> str:
    """Spelling-blind copy of text with the same length (unlike search_text, which deletes and joins).

    A chain of str.replace is ~15x faster than str.translate on a long Persian text, because
    each step is a C scan and most variants are absent.
    """
    for variant, replacement in _FOLD_PAIRS:
        if variant in text:
            text = text.replace(variant, replacement)
    return text


class Anchor(Record):
    """What an annotation remembers about where it was."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


class Placement(Record):
    start: int
    end: int
    method: str  # "position", "exact" or "fuzzy"
    score: float  # 1.0 for position and a unique exact match; 0..1 otherwise


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad span [{start}, {end}) in a text of {len(text)} characters")
    if context < 0:
        raise ValueError("context must not be negative")
    return Anchor(start, end, text[start:end], text[max(0, start - context) : start], text[end : end + context])


def reanchor(anchor: Anchor, new_text: str, min_score: float = 0.75) -> Placement | None:
    """Where the annotation belongs in new_text, or None when it cannot be placed safely."""
    return _Reanchorer(new_text).place(anchor, min_score)


def reanchor_all(anchors: Sequence[Anchor], new_text: str, min_score: float = 0.75) -> list[Placement | None]:
    """reanchor for many anchors; the folded text and n-gram look-ups are shared."""
    reanchorer = _Reanchorer(new_text)
    return [reanchorer.place(anchor, min_score) for anchor in anchors]


# --- one anchor's view -----------------------------------------------------------------------


class _Edge(Record):
    """What one edge of the original span was like."""

    between_words: bool
    blank: bool  # the quote itself starts (or ends) with whitespace


class _Query:
    """An anchor plus what the rules need from it, each piece computed once and only if used."""

    def __init__(self, anchor: Anchor) -> None:
        self.anchor = anchor
        self.folded = _fold(anchor.exact)
        # Context windows are as wide as the widest stored side: a side stored shorter because it
        # met the start or end of the old text then only matches at an edge of the new one.
        self.width = max(len(anchor.prefix), len(anchor.suffix))
        # How far an edge of a found span may move to fit like the original edge.
        self.reach = min(_EDGE_REACH, max(8, len(self.folded) // 2))
        exact = anchor.exact
        self.edges = (
            _Edge(_clear_of_word(anchor.prefix[-1:], exact[0]), exact[0].isspace()),
            _Edge(_clear_of_word(exact[-1], anchor.suffix[:1]), exact[-1].isspace()),
        )

    @cached_property
    def prefix(self) -> Pattern:
        return Pattern(_fold(self.anchor.prefix))

    @cached_property
    def suffix(self) -> Pattern:
        return Pattern(_fold(self.anchor.suffix))

    @cached_property
    def quote(self) -> Pattern:
        return Pattern(self.folded)

    @cached_property
    def quote_backwards(self) -> Pattern:
        return Pattern(self.folded[::-1])

    @cached_property
    def raw(self) -> Pattern:
        return Pattern(self.anchor.exact)

    @cached_property
    def raw_backwards(self) -> Pattern:
        return Pattern(self.anchor.exact[::-1])

    def quote_similarity(self, folded_distance: int, raw_distance: int, found_size: int) -> float:
        """1 - edit distance / length, mostly spelling-blind (the fold keeps lengths equal)."""
        distance = (1 - RAW_WEIGHT) * folded_distance + RAW_WEIGHT * raw_distance
        return 1.0 - distance / max(len(self.folded), found_size, 1)


class _Candidate(Record):
    start: int
    end: int
    score: float
    method: str


def _is_word_char(ch: str) -> bool:
    # Joiners and combining marks sit inside Persian words, never between them.
    return ch.isalnum() or ch in "\u200c\u200d" or unicodedata.category(ch).startswith("M")


def _clear_of_word(before: str, after: str) -> bool:
    """True when a span boundary between these two characters does not cut a word."""
    return not before or not after or not (_is_word_char(before) and _is_word_char(after))


class _Reanchorer:
    """Everything about one new text that can be shared between anchors."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._gram_counts: dict[str, int] = {}
        self._gram_hits: dict[str, list[int]] = {}
        self._indexes: dict[int, dict[str, list[int]]] = {}
        self._fuzzy_searches = 0

    @cached_property
    def folded(self) -> str:
        return _fold(self.text)

    def place(self, anchor: Anchor, min_score: float) -> Placement | None:
        if not anchor.exact:
            return None
        query = _Query(anchor)
        kept = self._by_position(query)
        if kept is not None:
            return kept
        hits = _occurrences(self.text, anchor.exact)
        if hits:
            return self._by_exact(query, hits, min_score)
        return self._by_fuzzy(query, min_score, exclude=())

    # rule 1

    def _by_position(self, query: _Query) -> Placement | None:
        anchor = query.anchor
        if self.text[anchor.start : anchor.end] != anchor.exact:
            return None
        if self._context(query, anchor.start, anchor.end) >= POSITION_CONTEXT or self._is_unique(anchor.exact):
            return Placement(anchor.start, anchor.end, "position", 1.0)
        return None  # a repeated quote whose surroundings changed: let rule 2 compare copies

    def _is_unique(self, needle: str) -> bool:
        first = self.text.find(needle)
        return first >= 0 and self.text.find(needle, first + 1) < 0

    # rule 2

    def _by_exact(self, query: _Query, hits: list[int], min_score: float) -> Placement | None:
        size = len(query.anchor.exact)
        if len(hits) == 1:
            best = _Candidate(hits[0], hits[0] + size, 1.0, "exact")
        else:
            scored = sorted(
                (self._exact_candidate(query, start, size) for start in self._worth_scoring(query, hits)),
                key=lambda c: c.score,
                reverse=True,
            )
            best, runner_up = scored[0], scored[1]
            if best.score - runner_up.score < MARGIN:
                return None  # copies whose context does not tell them apart
        context = self._context(query, best.start, best.end)
        if context < POSITION_CONTEXT:
            # The surroundings of this copy do not look like the old ones: maybe the quote was
            # edited where it was and a verbatim copy lives elsewhere. Prefer the edited place
            # only when it is clearly better.
            exact_score = QUOTE_WEIGHT + CONTEXT_WEIGHT * context - self._distance_penalty(query, best.start)
            rival = self._by_fuzzy(query, min_score, exclude=[(h, h + size) for h in hits])
            if rival is not None and rival.score >= exact_score + MARGIN:
                return rival
        return _placement(best)

    def _worth_scoring(self, query: _Query, hits: list[int]) -> list[int]:
        """Bounds the work for a short, common quote: copies whose immediate neighbours agree,
        and the copies nearest the old offsets (rivals that could tie the winner)."""
        if len(hits) <= _MAX_SCORED:
            return hits
        anchor, size = query.anchor, len(query.anchor.exact)
        before, after = anchor.prefix[-4:], anchor.suffix[:4]
        agreeing = [
            h
            for h in hits
            if (before and self.text.endswith(before, 0, h)) or (after and self.text.startswith(after, h + size))
        ]
        nearest = sorted(hits, key=lambda h: abs(h - anchor.start))[:_NEAREST_KEPT]
        chosen = dict.fromkeys(nearest + sorted(agreeing, key=lambda h: abs(h - anchor.start)))
        return list(chosen)[:_MAX_SCORED]

    def _exact_candidate(self, query: _Query, start: int, size: int) -> _Candidate:
        end = start + size
        context = self._context(query, start, end)
        nearness = NEARNESS_WEIGHT * (1 - abs(start - query.anchor.start) / max(len(self.text), 1))
        return _Candidate(start, end, QUOTE_WEIGHT + CONTEXT_WEIGHT * context + nearness, "exact")

    # rule 3

    def _by_fuzzy(self, query: _Query, min_score: float, exclude: Sequence[tuple[int, int]]) -> Placement | None:
        candidates = self._fuzzy_candidates(query, min_score, exclude)
        if not candidates or candidates[0].score < min_score:
            return None
        best = candidates[0]
        rival = next((c for c in candidates[1:] if not _hits_any(c.start, c.end, [(best.start, best.end)])), None)
        if rival is not None and best.score - rival.score < MARGIN:
            return None
        return _placement(best)

    def _fuzzy_candidates(
        self, query: _Query, min_score: float, exclude: Sequence[tuple[int, int]]
    ) -> list[_Candidate]:
        """Scored places where the quote may be now, best first, one per span."""
        spans: dict[tuple[int, int], int] = {}  # span -> folded edit distance to the quote
        size = len(query.folded)
        for start in self._folded_hits(query):
            spans[start, start + size] = 0  # only spelling changed: nothing to align
        for guess in self._seed_starts(query):
            aligned = self._align(query, guess)
            if aligned is not None:
                spans.setdefault(aligned[:2], aligned[2])
        scored: dict[tuple[int, int], _Candidate] = {}
        for (start, end), distance in spans.items():
            # Even with a perfect context this span could neither win nor tie a winner: skip
            # the cost of scoring it.
            ceiling = QUOTE_WEIGHT * (1 - distance / max(size, end - start)) + CONTEXT_WEIGHT
            if ceiling < min_score - MARGIN or _hits_any(start, end, exclude):
                continue
            scored[start, end] = _Candidate(start, end, self._fuzzy_score(query, start, end), "fuzzy")
        if not scored:
            return []
        ranked = sorted(scored.values(), key=lambda c: c.score, reverse=True)
        # Refining can lift a score by the misfit penalties it removes plus a little; candidates
        # further behind could neither win nor tie. A span matching the folded quote exactly
        # (only spelling changed) already has exact edges.
        contenders = [
            c for c in ranked[:_REFINED] if c.score >= ranked[0].score - _REFINE_WITHIN and spans[c.start, c.end] > 0
        ]
        for candidate in contenders:
            del scored[candidate.start, candidate.end]  # superseded by its refined self
            refined = self._refine(query, candidate, exclude)
            scored[refined.start, refined.end] = refined
        return sorted(scored.values(), key=lambda c: c.score, reverse=True)

    def _refine(self, query: _Query, candidate: _Candidate, exclude: Sequence[tuple[int, int]]) -> _Candidate:
        """Edit distance cannot tell where a replaced word at the quote's edge ends (swallowing
        the next word may cost no more); the context can. Try nearby edges with the full score,
        the end first, then the start."""
        start, end = candidate.start, candidate.end
        end = self._best_end(query, start, end, exclude)
        start = self._best_start(query, start, end, exclude)
        if (start, end) == (candidate.start, candidate.end):
            return candidate
        return _Candidate(start, end, self._fuzzy_score(query, start, end), "fuzzy")

    def _best_end(self, query: _Query, start: int, end: int, exclude: Sequence[tuple[int, int]]) -> int:
        options = self._edge_options(query, end, start + 1, len(self.text), at_end=True)
        # One anchored pass from start gives the quote's distance to text[start:e] for every e.
        folded = query.quote.prefix_distances(self.folded[start : max(options)])
        raw = query.raw.prefix_distances(self.text[start : max(options)])
        before = self._before(query, start)

        def score(e: int) -> float | None:
            if _hits_any(start, e, exclude):
                return None
            similarity = query.quote_similarity(folded[e - start - 1], raw[e - start - 1], e - start)
            context = _context_from(before, self._after(query, e))
            return self._combine(query, similarity, context, start, e)

        return _best_of(options, score, current=end)

    def _best_start(self, query: _Query, start: int, end: int, exclude: Sequence[tuple[int, int]]) -> int:
        options = self._edge_options(query, start, 0, end - 1, at_end=False)
        # The same, backwards: reversed quote against the text read backwards from end.
        folded = query.quote_backwards.prefix_distances(self.folded[min(options) : end][::-1])
        raw = query.raw_backwards.prefix_distances(self.text[min(options) : end][::-1])
        after = self._after(query, end)

        def score(s: int) -> float | None:
            if _hits_any(s, end, exclude):
                return None
            similarity = query.quote_similarity(folded[end - s - 1], raw[end - s - 1], end - s)
            context = _context_from(self._before(query, s), after)
            return self._combine(query, similarity, context, s, end)

        return _best_of(options, score, current=start)

    def _folded_hits(self, query: _Query) -> list[int]:
        hits = _occurrences(self.folded, query.folded)
        return sorted(hits, key=lambda h: abs(h - query.anchor.start))[:_MAX_FOLDED_HITS]

    def _seed_starts(self, query: _Query) -> list[int]:
        """Likely start offsets of the quote: where many of its rare n-grams line up, plus the
        old offset (which is where an edited quote usually still is)."""
        self._fuzzy_searches += 1
        guesses = [min(query.anchor.start, len(self.text))]
        m = len(query.folded)
        n = 3 if m < 16 else 4
        if m <= n:
            return guesses
        bucket = max(4, m // 4)
        votes: Counter[int] = Counter()
        for gram, offsets in self._seed_grams(query.folded, n).items():
            for hit in self._gram_positions(gram):
                for offset in offsets:
                    votes[(hit - offset) // bucket] += 1
        # A quote straddling two buckets splits its votes; count each with its neighbours.
        merged = {b: votes[b - 1] + votes[b] + votes[b + 1] for b in votes}
        taken: list[int] = []
        for b in sorted(merged, key=merged.__getitem__, reverse=True):
            if all(abs(b - t) > 1 for t in taken):
                taken.append(b)
                if len(taken) == _MAX_CLUSTERS:
                    break
        return guesses + [b * bucket for b in taken]

    def _seed_grams(self, folded_quote: str, n: int) -> dict[str, list[int]]:
        """The rarest n-grams from each part of the quote, with their offsets in the quote."""
        offsets: dict[str, list[int]] = {}
        for i in range(len(folded_quote) - n + 1):
            offsets.setdefault(folded_quote[i : i + n], []).append(i)
        last = len(folded_quote) - n
        segments = min(_GRAM_SEGMENTS, last + 1)
        chosen: dict[str, list[int]] = {}
        for k in range(segments):
            lo, hi = k * (last + 1) // segments, (k + 1) * (last + 1) // segments
            step = max(1, (hi - lo) // _PROBES_PER_SEGMENT)
            probes = {folded_quote[i : i + n] for i in range(lo, hi, step)}
            useful = [g for g in probes if 0 < self._gram_count(g) <= _MAX_GRAM_HITS]
            for gram in sorted(useful, key=self._gram_count)[:_GRAMS_PER_SEGMENT]:
                chosen[gram] = offsets[gram]
        return chosen

    def _gram_count(self, gram: str) -> int:
        index = self._index(len(gram))
        if index is not None:
            return len(index.get(gram, ()))
        count = self._gram_counts.get(gram)
        if count is None:
            count = self._gram_counts[gram] = self.folded.count(gram)
        return count

    def _gram_positions(self, gram: str) -> list[int]:
        index = self._index(len(gram))
        if index is not None:
            return index.get(gram, [])
        hits = self._gram_hits.get(gram)
        if hits is None:
            hits = self._gram_hits[gram] = _occurrences(self.folded, gram)
        return hits

    def _index(self, n: int) -> dict[str, list[int]] | None:
        """Every n-gram's positions, once many fuzzy searches share this text (a re-import that
        changed spelling everywhere); before that, a few str.count scans are cheaper."""
        if self._fuzzy_searches < _INDEX_AFTER:
            return None
        index = self._indexes.get(n)
        if index is None:
            index = self._indexes[n] = {}
            folded = self.folded
            for i in range(len(folded) - n + 1):
                gram = folded[i : i + n]
                hits = index.get(gram)
                if hits is None:
                    index[gram] = [i]
                else:
                    hits.append(i)
        return index

    def _align(self, query: _Query, guess: int) -> tuple[int, int, int] | None:
        """The substring near guess closest to the folded quote: start, end, edit distance."""
        m = len(query.folded)
        slack = 8 + m // 4  # an edit that changes the length by more would not be accepted
        lo, hi = max(0, guess - slack), min(len(self.folded), guess + m + slack)
        if lo >= hi:
            return None
        forward = query.quote.search(self.folded[lo:hi])
        best = min(forward)
        if best >= m:
            return None
        expected_end = guess + m
        ends = [lo + 1 + j for j, d in enumerate(forward) if d == best]
        end = min(ends, key=lambda e: abs(e - expected_end))  # of equally good ends, the expected one
        # Walk back from that end with the reversed quote to find where the match begins.
        back_lo = max(0, end - m - best)
        backward = query.quote_backwards.prefix_distances(self.folded[back_lo:end][::-1])
        least = min(backward)
        length = 1 + min((j for j, d in enumerate(backward) if d == least), key=lambda j: abs(j + 1 - m))
        return end - length, end, least

    def _edge_options(self, query: _Query, at: int, lo: int, hi: int, at_end: bool) -> list[int]:
        """at itself, and the places near it where an edge of the span would fit."""
        edge = query.edges[1] if at_end else query.edges[0]
        # Inside a word, the character-level alignment already put the edge where it belongs.
        reach = query.reach if edge.between_words else _IN_WORD_REACH
        spots = range(max(lo, at - reach), min(hi, at + reach) + 1)
        return [at] + [spot for spot in spots if spot != at and self._edge_fits(query, spot, at_end)]

    def _edge_fits(self, query: _Query, spot: int, at_end: bool) -> bool:
        """Whether a span edge at spot is like the original edge: between words if that was
        between words, and not just inside a blank the quote did not have."""
        text = self.text
        inner = text[spot - 1 : spot] if at_end else text[spot : spot + 1]
        edge = query.edges[1] if at_end else query.edges[0]
        if inner.isspace() and not edge.blank:
            return False
        return not edge.between_words or _clear_of_word(text[spot - 1 : spot], text[spot : spot + 1])

    def _fuzzy_score(self, query: _Query, start: int, end: int) -> float:
        folded_distance = query.quote.distance(self.folded[start:end])
        raw_distance = query.raw.distance(self.text[start:end])
        similarity = query.quote_similarity(folded_distance, raw_distance, end - start)
        return self._combine(query, similarity, self._context(query, start, end), start, end)

    def _combine(self, query: _Query, quote_similarity: float, context: float, start: int, end: int) -> float:
        score = QUOTE_WEIGHT * quote_similarity + CONTEXT_WEIGHT * context
        # A span that cuts a word the original did not cut is less like the original; a penalty
        # rather than a ban, because the edit itself may have fused the quote with a neighbour.
        misfits = (not self._edge_fits(query, start, at_end=False)) + (not self._edge_fits(query, end, at_end=True))
        return max(0.0, score - misfits * MISFIT_PENALTY - self._distance_penalty(query, start))

    # shared

    def _distance_penalty(self, query: _Query, start: int) -> float:
        return NEARNESS_WEIGHT * abs(start - query.anchor.start) / max(len(self.text), 1)

    def _context(self, query: _Query, start: int, end: int) -> float:
        """How much the text around [start, end) looks like the stored prefix and suffix, 0..1."""
        return _context_from(self._before(query, start), self._after(query, end))

    def _before(self, query: _Query, start: int) -> _Side:
        window = self.text[max(0, start - query.width) : start]
        return _side(query.prefix, query.anchor.prefix, window)

    def _after(self, query: _Query, end: int) -> _Side:
        return _side(query.suffix, query.anchor.suffix, self.text[end : end + query.width])



def _occurrences(haystack: str, needle: str) -> list[int]:
    """Every start of needle, overlapping ones included (str.find runs in C)."""
    hits: list[int] = []
    at = haystack.find(needle)
    while at >= 0:
        hits.append(at)
        at = haystack.find(needle, at + 1)
    return hits


# One side of the context: (edit distance, length compared).
_Side = tuple[int, int]


def _side(stored: Pattern, stored_raw: str, window: str) -> _Side:
    if window == stored_raw:
        return 0, len(window)
    return stored.distance(_fold(window)), max(len(window), len(stored_raw))


def _context_from(before: _Side, after: _Side) -> float:
    total = before[1] + after[1]
    return 1.0 if total == 0 else 1.0 - (before[0] + after[0]) / total


def _best_of(options: list[int], score: Callable[[int], float | None], current: int) -> int:
    """The option scoring highest; the current one wins ties, so refining never wanders."""
    best, best_score = current, -1.0
    for option in sorted(options, key=lambda o: o != current):
        value = score(option)
        if value is not None and value > best_score:
            best, best_score = option, value
    return best


def _hits_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _placement(candidate: _Candidate) -> Placement:
    return Placement(candidate.start, candidate.end, candidate.method, min(1.0, candidate.score))

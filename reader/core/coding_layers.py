"""One article's codes as layers over its units, for agreement figures.

A unit is a code point of the article's text that is not whitespace (`str.isspace`); a coder marks
a unit with a tag when the unit lies inside at least one of the coder's spans carrying that tag.
Rather than visit every unit, the text is cut at every start and end of every span: inside each
piece every coder's tags are constant, so a piece is counted once, with its number of units. The
work grows with the number of spans, plus one `str.split` over the text.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import NamedTuple

Tag = Hashable


class Coding(NamedTuple):
    """One coder's span carrying one tag (a span with two tags is two codings)."""

    coder: int  # the coder's position among those compared (its bit in a coder mask)
    tag: Tag
    start: int
    end: int


# Every code point for which str.isspace() is true (tests/core/test_coding_layers.py checks the list
# against the Unicode database Python runs with).
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def unit_counts(text: str, cuts: Sequence[int]) -> list[int]:
    """How many units lie between each two consecutive `cuts` (ascending offsets into `text`).

    The length less each kind of whitespace the text holds (in news text one or two kinds), counted
    by `str.count` in place: no stretch is copied."""
    counts = [end - start for start, end in zip(cuts, cuts[1:])]
    count = text.count
    for space in WHITESPACE:
        if space in text:
            counts = [n - count(space, start, end) for n, start, end in zip(counts, cuts, cuts[1:])]
    return counts


def unit_count(text: str, start: int = 0, end: int | None = None) -> int:
    """How many code points of `text[start:end]` are not whitespace (0 ≤ start ≤ end ≤ len(text))."""
    return unit_counts(text, [start, len(text) if end is None else end])[0]


class ArticleLayers:
    """Every coder's tags over one article's units (spans are clipped to the text)."""

    def __init__(self, text: str, codings: Iterable[Coding | tuple[int, Tag, int, int]]) -> None:
        length = len(text)
        clipped = []
        cuts = {0, length}
        for coding in codings:
            coder, tag, start, end = coding
            if start < 0 or end > length:
                start, end = max(0, start), min(length, end)
                coding = (coder, tag, start, end)
            if start < end:
                clipped.append(coding)
                cuts.add(start)
                cuts.add(end)
        ordered = sorted(cuts)
        piece_at = {cut: i for i, cut in enumerate(ordered)}
        self.cuts = ordered  # piece i runs from cuts[i] to cuts[i + 1]
        self.piece_units = unit_counts(text, ordered)
        self.units = sum(self.piece_units)
        # tag → coder mask of each piece (bit i: coder i marks the piece with the tag)
        self._masks: dict[Tag, list[int]] = {}
        for coder, tag, start, end in clipped:
            masks = self._masks.get(tag)
            if masks is None:
                masks = self._masks[tag] = [0] * len(self.piece_units)
            bit = 1 << coder
            for piece in range(piece_at[start], piece_at[end]):
                masks[piece] |= bit

    def tags(self) -> set[Tag]:
        return set(self._masks)

    def histogram(self, tag: Tag) -> dict[int, int]:
        """Coder mask → units carrying exactly that mask for `tag` (mask 0: nobody marked them)."""
        counts: dict[int, int] = {}
        for mask, units in zip(self._masks.get(tag, ()), self.piece_units):
            if mask:
                counts[mask] = counts.get(mask, 0) + units
        counts[0] = self.units - sum(counts.values())
        return counts

    def units_all_agree(self, coders: int, tags: Iterable[Tag]) -> int:
        """Units on which the `coders` coders gave the same tags (each tag: everybody or nobody)."""
        everyone = (1 << coders) - 1
        split: set[int] = set()
        for tag in tags:
            split.update(piece for piece, mask in enumerate(self._masks.get(tag, ())) if mask and mask != everyone)
        return self.units - sum(self.piece_units[piece] for piece in split)

    def confusion(self, first: int, second: int, tags: Sequence[Tag]) -> list[list[int]]:
        """Units by the category each of two coders gave them: `tags` in order, then "none" (no tag of
        `tags`), then "several" (more than one). `table[i][j]`: the first coder said i, the second j."""
        none, several = len(tags), len(tags) + 1
        layers = [self._masks.get(tag, [0] * len(self.piece_units)) for tag in tags]

        def category(masks: tuple[int, ...], coder: int) -> int:
            given = [position for position, mask in enumerate(masks) if mask >> coder & 1]
            return none if not given else given[0] if len(given) == 1 else several

        table = [[0] * (len(tags) + 2) for _ in range(len(tags) + 2)]
        for masks, units in zip(zip(*layers), self.piece_units) if layers else ():
            table[category(masks, first)][category(masks, second)] += units
        if not layers:
            table[none][none] = self.units
        return table

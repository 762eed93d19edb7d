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


def unit_count(text: str, start: int = 0, end: int | None = None) -> int:
    """How many code points of `text[start:end]` are not whitespace."""
    # str.split() splits at exactly the code points for which str.isspace() is true.
    return sum(map(len, text[start:end].split()))


class ArticleLayers:
    """Every coder's tags over one article's units (spans are clipped to the text)."""

    def __init__(self, text: str, codings: Iterable[Coding]) -> None:
        length = len(text)
        clipped = [Coding(c.coder, c.tag, max(0, c.start), min(length, c.end)) for c in codings]
        clipped = [c for c in clipped if c.start < c.end]
        cuts = sorted({0, length, *(c.start for c in clipped), *(c.end for c in clipped)})
        piece_at = {cut: i for i, cut in enumerate(cuts)}
        self.pieces: list[tuple[int, int]] = list(zip(cuts, cuts[1:]))
        self.piece_units = [unit_count(text, start, end) for start, end in self.pieces]
        self.units = sum(self.piece_units)
        # tag → piece index → coder mask (bit i: coder i marks the piece with the tag)
        self._masks: dict[Tag, dict[int, int]] = {}
        for coding in clipped:
            masks = self._masks.setdefault(coding.tag, {})
            bit = 1 << coding.coder
            for piece in range(piece_at[coding.start], piece_at[coding.end]):
                masks[piece] = masks.get(piece, 0) | bit

    def tags(self) -> set[Tag]:
        return set(self._masks)

    def histogram(self, tag: Tag) -> dict[int, int]:
        """Coder mask → units carrying exactly that mask for `tag` (mask 0: nobody marked them)."""
        counts: dict[int, int] = {}
        marked = 0
        for piece, mask in self._masks.get(tag, {}).items():
            units = self.piece_units[piece]
            counts[mask] = counts.get(mask, 0) + units
            marked += units
        counts[0] = self.units - marked
        return counts

    def units_all_agree(self, coders: int, tags: Iterable[Tag]) -> int:
        """Units on which the `coders` coders gave the same tags (each tag: everybody or nobody)."""
        everyone = (1 << coders) - 1
        split: set[int] = set()
        for tag in tags:
            split.update(piece for piece, mask in self._masks.get(tag, {}).items() if mask != everyone)
        return self.units - sum(self.piece_units[piece] for piece in split)

    def confusion(self, first: int, second: int, tags: Sequence[Tag]) -> list[list[int]]:
        """Units by the category each of two coders gave them: `tags` in order, then "none" (no tag of
        `tags`), then "several" (more than one). `table[i][j]`: the first coder said i, the second j."""
        none, several = len(tags), len(tags) + 1
        given: dict[int, list[set[int]]] = {}  # piece → [first's tag positions, second's]
        for position, tag in enumerate(tags):
            for piece, mask in self._masks.get(tag, {}).items():
                for who, coder in enumerate((first, second)):
                    if mask >> coder & 1:
                        given.setdefault(piece, [set(), set()])[who].add(position)
        table = [[0] * (len(tags) + 2) for _ in range(len(tags) + 2)]

        def category(positions: set[int]) -> int:
            return none if not positions else next(iter(positions)) if len(positions) == 1 else several

        tagged = 0
        for piece, (of_first, of_second) in given.items():
            units = self.piece_units[piece]
            table[category(of_first)][category(of_second)] += units
            tagged += units
        table[none][none] += self.units - tagged
        return table

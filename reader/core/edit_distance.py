"""Levenshtein distance for re-anchoring, computed with Myers' bit-parallel method.

Bit i of the vectors holds the vertical delta of row i+1 of the dynamic-programming table, so one
text character costs a handful of Python big-int operations, whatever the pattern's length.
`Pattern` prepares a string once for the many comparisons `anchoring` makes with it.
"""

from __future__ import annotations


def char_masks(pattern: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    return masks


def distances(masks: dict[str, int], m: int, text: str, anchored: bool) -> list[int]:
    """Edit distance of an m-character pattern (given by its masks) after each character of text.

    anchored=False: distance to the best substring of text ending there (search);
    anchored=True: distance to the whole prefix of text ending there.
    """
    full = (1 << m) - 1
    top = 1 << (m - 1)
    carry = 1 if anchored else 0  # row 0 grows by one per text character only when anchored
    pv, mv, score = full, 0, m
    out = []
    for ch in text:
        eq = masks.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | carry) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
        out.append(score)
    return out


class Pattern:
    """A string prepared once for many edit-distance comparisons."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.size = len(text)
        self.masks = char_masks(text)

    def distance(self, other: str) -> int:
        if not self.size or not other:
            return self.size + len(other)
        if other == self.text:
            return 0
        return distances(self.masks, self.size, other, anchored=True)[-1]

    def prefix_distances(self, text: str) -> list[int]:
        """distance(text[:k + 1]) for every k, in one pass."""
        return distances(self.masks, self.size, text, anchored=True)

    def search(self, text: str) -> list[int]:
        """Distance to the closest substring of text ending after each character."""
        return distances(self.masks, self.size, text, anchored=False)

"""Which tags meet on the same passages: a symmetric tag × tag matrix (pure).

Two tags A ≠ B meet once for every annotation that carries both, and once for every pair of
different annotations of one article — one carrying A, the other B — whose spans overlap (share at
least one character; spans that only touch do not). The diagonal holds how many annotations carry
each tag, so a cell can be read against its row's size.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from reader.core.record import Record

type Pair = tuple[int, int]


class Matrix(Record):
    """Counts by tag id; `count(a, b) == count(b, a)`."""

    meetings: dict[Pair, int]
    """(smaller id, larger id) → times the two tags meet."""
    carried: dict[int, int]
    """tag id → annotations carrying it."""

    def count(self, first: int, second: int) -> int:
        if first == second:
            return self.carried.get(first, 0)
        return self.meetings.get((min(first, second), max(first, second)), 0)


def cooccurrence(spans: Iterable[tuple[int, int, int, int, int]]) -> Matrix:
    """The matrix from (article id, annotation id, start, end, tag id) rows — one per annotation and
    tag, in any order."""
    annotations: dict[int, tuple[int, int, int, set[int]]] = {}
    for article_id, annotation_id, start, end, tag_id in spans:
        found = annotations.get(annotation_id)
        if found is None:
            annotations[annotation_id] = (article_id, start, end, {tag_id})
        else:
            found[3].add(tag_id)
    meetings: Counter[Pair] = Counter()
    carried: Counter[int] = Counter()
    by_article: dict[int, list[tuple[int, int, set[int]]]] = defaultdict(list)
    for article_id, start, end, tags in annotations.values():
        carried.update(tags)
        _meet(meetings, tags, tags, same=True)
        by_article[article_id].append((start, end, tags))
    for spans_of_article in by_article.values():
        spans_of_article.sort(key=lambda span: span[0])
        open_spans: list[tuple[int, int, set[int]]] = []
        for start, end, tags in spans_of_article:
            open_spans = [s for s in open_spans if s[1] > start]  # those still open where this one starts
            for other in open_spans:
                _meet(meetings, tags, other[2], same=False)
            open_spans.append((start, end, tags))
    return Matrix(dict(meetings), dict(carried))


def _meet(meetings: Counter[Pair], first: set[int], second: set[int], same: bool) -> None:
    for a in first:
        for b in second:
            if a == b or (same and a > b):
                continue  # one annotation's own pair counts once
            meetings[(min(a, b), max(a, b))] += 1

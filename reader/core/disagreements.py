"""Where two coders differ in one article: stretches of overlapping spans, and how they differ.

A stretch is a group of spans (of either coder) linked by overlap — each shares a code point with
another of the group — so it runs from its first start to its last end. It is a disagreement of
one of four kinds:

- `FIRST_ONLY` / `SECOND_ONLY`: one coder tagged the stretch, the other nothing there;
- `TAGS`: somewhere in it both coders tagged the same code point, with different tags ("which");
- `BOUNDARIES`: wherever both tagged they agree on the tags, but their spans are not the same
  (start, end, tags) — one began earlier, ended later, or cut it differently ("where").

A stretch where both coders made exactly the same spans is no disagreement.

`coverage` cuts several coders' spans into pieces that each coder tags uniformly: what a reader
draws to show whose spans are whose.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from enum import StrEnum
from typing import NamedTuple

from reader.core.record import Record


class CodedSpan(NamedTuple):
    start: int
    end: int
    tags: frozenset[Hashable]
    key: Hashable = None  # what the caller knows the span by (an annotation's uuid)


class Kind(StrEnum):
    FIRST_ONLY = "first_only"
    SECOND_ONLY = "second_only"
    TAGS = "different_tags"
    BOUNDARIES = "different_boundaries"


class Stretch(Record):
    start: int
    end: int
    kind: Kind
    first: tuple[CodedSpan, ...]
    second: tuple[CodedSpan, ...]


def stretches(first: Iterable[CodedSpan], second: Iterable[CodedSpan]) -> list[Stretch]:
    """The disagreements between two coders' spans of one article, in text order. Spans without tags
    or without extent are ignored."""
    spans = sorted(
        [(s, 0) for s in first if s.tags and s.start < s.end] + [(s, 1) for s in second if s.tags and s.start < s.end],
        key=lambda item: (item[0].start, item[0].end),
    )
    found: list[Stretch] = []
    group: list[tuple[CodedSpan, int]] = []
    reach = 0
    for span, coder in spans:
        if group and span.start >= reach:  # shares no code point with the group: a new stretch
            _judge(group, found)
            group = []
        reach = max(reach, span.end) if group else span.end
        group.append((span, coder))
    if group:
        _judge(group, found)
    return found


def _judge(group: list[tuple[CodedSpan, int]], found: list[Stretch]) -> None:
    of_first = tuple(span for span, coder in group if coder == 0)
    of_second = tuple(span for span, coder in group if coder == 1)
    start = min(span.start for span, _ in group)
    end = max(span.end for span, _ in group)
    if not of_second:
        kind = Kind.FIRST_ONLY
    elif not of_first:
        kind = Kind.SECOND_ONLY
    elif _tags_differ(of_first, of_second):
        kind = Kind.TAGS
    elif {s[:3] for s in of_first} != {s[:3] for s in of_second}:
        kind = Kind.BOUNDARIES
    else:
        return
    found.append(Stretch(start, end, kind, of_first, of_second))


def _tags_differ(first: tuple[CodedSpan, ...], second: tuple[CodedSpan, ...]) -> bool:
    """Whether some code point is tagged by both coders, with different tags."""
    if len(frozenset().union(*(s.tags for s in first + second))) == 1:
        return False  # one tag between them: wherever both tagged, they gave that tag
    cuts = sorted({s.start for s in first + second} | {s.end for s in first + second})
    for start, end in zip(cuts, cuts[1:]):
        tags_first = frozenset().union(*(s.tags for s in first if s.start <= start and end <= s.end))
        tags_second = frozenset().union(*(s.tags for s in second if s.start <= start and end <= s.end))
        if tags_first and tags_second and tags_first != tags_second:
            return True
    return False


class Piece(NamedTuple):
    start: int
    end: int
    tags: tuple[frozenset[Hashable], ...]  # per coder, the tags its spans give the piece (empty: none)


def coverage(coders: Sequence[Iterable[CodedSpan]]) -> list[Piece]:
    """The stretches any coder marked, cut wherever a span of any coder begins or ends, so that on
    each piece every coder gives the same tags throughout; in text order. Spans without tags or
    without extent are ignored."""
    layers = [[span for span in spans if span.tags and span.start < span.end] for spans in coders]
    cuts = sorted({edge for spans in layers for span in spans for edge in (span.start, span.end)})
    piece_at = {cut: i for i, cut in enumerate(cuts)}
    given: list[list[set[Hashable]]] = [[set() for _ in layers] for _ in cuts[1:]]
    for coder, spans in enumerate(layers):
        for span in spans:
            for piece in range(piece_at[span.start], piece_at[span.end]):
                given[piece][coder] |= span.tags
    return [Piece(cuts[i], cuts[i + 1], tuple(map(frozenset, tags))) for i, tags in enumerate(given) if any(tags)]

"""Disagreement stretches between two coders: grouping by overlap and the four kinds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.disagreements import CodedSpan, Kind, Piece, coverage, stretches

C, D = "claim", "denial"


def span(start: int, end: int, *tags: str, key: str | None = None) -> CodedSpan:
    return CodedSpan(start, end, frozenset(tags), key)


def test_each_kind() -> None:
    first = [span(0, 10, C, key="a1"), span(20, 30, C), span(40, 50, C), span(60, 70, C), span(80, 90, C)]
    second = [span(5, 12, C, key="b1"), span(20, 30, D), span(40, 50, C), span(100, 110, D), span(82, 88, C, D)]
    found = stretches(first, second)
    assert [(s.start, s.end, s.kind) for s in found] == [
        (0, 12, Kind.BOUNDARIES),
        (20, 30, Kind.TAGS),
        (60, 70, Kind.FIRST_ONLY),
        (80, 90, Kind.TAGS),  # inside 82–88 one said claim, the other claim and denial
        (100, 110, Kind.SECOND_ONLY),
    ]  # 40–50 is the same span with the same tag: no disagreement
    assert found[0].first == (first[0],) and found[0].second == (second[0],)


def test_overlap_chains_make_one_stretch_and_touching_spans_do_not() -> None:
    first = [span(0, 10, C), span(15, 25, C)]
    second = [span(8, 17, C), span(25, 30, C)]
    found = stretches(first, second)
    assert [(s.start, s.end, s.kind) for s in found] == [(0, 25, Kind.BOUNDARIES), (25, 30, Kind.SECOND_ONLY)]


def test_same_units_cut_differently_is_a_boundary_difference() -> None:
    found = stretches([span(0, 10, C)], [span(0, 5, C), span(5, 10, C)])
    assert [s.kind for s in found] == [Kind.BOUNDARIES]


def test_a_tag_on_a_different_part_of_a_stretch_is_which_not_where() -> None:
    # Both cover 0–20 with claim; within it, the second also says denial on 5–8.
    found = stretches([span(0, 20, C)], [span(0, 20, C), span(5, 8, D)])
    assert [s.kind for s in found] == [Kind.TAGS]


def test_spans_without_tags_or_extent_are_ignored() -> None:
    assert stretches([span(0, 10)], [span(3, 3, C)]) == []


spans = st.lists(
    st.builds(lambda s, n, tags: span(s, s + n, *tags), st.integers(0, 40), st.integers(1, 12),
              st.sets(st.sampled_from((C, D)), min_size=1)),
    max_size=8,
)


@given(spans, spans)
def test_stretches_are_disjoint_ordered_and_hold_every_span_that_differs(first: list, second: list) -> None:
    found = stretches(first, second)
    for before, after in zip(found, found[1:]):
        assert before.end <= after.start
    placed = [s for stretch in found for s in stretch.first + stretch.second]
    for stretch in found:
        assert all(stretch.start <= s.start and s.end <= stretch.end for s in stretch.first + stretch.second)
    # A span left out lies in a stretch where both coders made the very same spans.
    for s in first + second:
        if s not in placed:
            assert any(o.start < s.end and s.start < o.end for o in (second if s in first else first))
    assert stretches(first, first) == []
    swapped = stretches(second, first)
    assert [(s.start, s.end) for s in swapped] == [(s.start, s.end) for s in found]


def test_coverage_cuts_where_any_coder_begins_or_ends() -> None:
    first = [span(0, 10, C), span(5, 8, D)]
    second = [span(5, 14, C), span(20, 22, D), span(30, 30, C)]
    none = frozenset()
    assert coverage([first, second]) == [
        Piece(0, 5, (frozenset({C}), none)),
        Piece(5, 8, (frozenset({C, D}), frozenset({C}))),
        Piece(8, 10, (frozenset({C}), frozenset({C}))),
        Piece(10, 14, (none, frozenset({C}))),
        Piece(20, 22, (none, frozenset({D}))),
    ]
    assert coverage([[], []]) == [] and coverage([]) == []


@given(st.lists(spans, min_size=1, max_size=3))
def test_coverage_gives_every_code_point_each_coders_tags(coders: list) -> None:
    pieces = coverage(coders)
    for before, after in zip(pieces, pieces[1:]):
        assert before.end <= after.start
    at = {point: piece for piece in pieces for point in range(piece.start, piece.end)}
    for point in range(0, 45):
        expected = tuple(frozenset().union(*(s.tags for s in spans if s.start <= point < s.end)) for spans in coders)
        if any(expected):
            assert at[point].tags == expected
        else:
            assert point not in at

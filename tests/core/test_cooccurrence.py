"""Tags meeting on the same or overlapping passages."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.cooccurrence import cooccurrence

CLAIM, DENIAL, SOURCE = 1, 2, 3


def test_one_annotation_with_two_tags_meets_once():
    matrix = cooccurrence([(1, 10, 0, 20, CLAIM), (1, 10, 0, 20, DENIAL)])
    assert matrix.count(CLAIM, DENIAL) == matrix.count(DENIAL, CLAIM) == 1
    assert matrix.count(CLAIM, CLAIM) == 1  # the diagonal: annotations carrying the tag


def test_overlapping_spans_meet_touching_ones_do_not():
    rows = [(1, 10, 0, 20, CLAIM), (1, 11, 15, 30, DENIAL), (1, 12, 30, 40, SOURCE), (2, 13, 0, 40, SOURCE)]
    matrix = cooccurrence(reversed(rows))
    assert matrix.count(CLAIM, DENIAL) == 1
    assert matrix.count(DENIAL, SOURCE) == 0  # 15–30 and 30–40 only touch
    assert matrix.count(CLAIM, SOURCE) == 0  # article 2's span is elsewhere
    assert matrix.count(SOURCE, SOURCE) == 2


def test_a_long_passage_meets_each_passage_inside_it():
    matrix = cooccurrence([(1, 1, 0, 100, CLAIM), (1, 2, 10, 20, DENIAL), (1, 3, 50, 60, DENIAL),
                           (1, 4, 5, 95, CLAIM)])
    assert matrix.count(CLAIM, DENIAL) == 4
    assert matrix.count(CLAIM, CLAIM) == 2  # overlapping annotations of one tag add nothing off the diagonal


spans = st.lists(st.tuples(st.integers(1, 3), st.integers(0, 50), st.integers(1, 20),
                           st.sets(st.integers(1, 4), min_size=1, max_size=3)), max_size=25)


@given(spans)
def test_the_sweep_counts_what_comparing_every_pair_counts(drawn):
    rows = [(article, number, start, start + length, tag)
            for number, (article, start, length, tags) in enumerate(drawn) for tag in tags]
    matrix = cooccurrence(rows)
    expected: dict[tuple[int, int], int] = {}
    for _article, _start, _length, tags in drawn:
        for a, b in combinations(sorted(tags), 2):
            expected[(a, b)] = expected.get((a, b), 0) + 1
    for (x_article, x_start, x_length, x_tags), (y_article, y_start, y_length, y_tags) in combinations(drawn, 2):
        if x_article == y_article and x_start < y_start + y_length and y_start < x_start + x_length:
            for a in x_tags:
                for b in y_tags:
                    if a != b:
                        key = (min(a, b), max(a, b))
                        expected[key] = expected.get(key, 0) + 1
    assert matrix.meetings == {k: v for k, v in expected.items() if v}
    for a in range(1, 5):
        assert matrix.count(a, a) == sum(a in tags for _, _, _, tags in drawn)

"""Coding layers: counted in pieces, they must equal a count unit by unit."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from reader.core.coding_layers import WHITESPACE, ArticleLayers, Coding, unit_count, unit_counts

TAGS = ("claim", "denial", "other")


def brute_force(text: str, codings: list[Coding], coders: int) -> tuple[int, dict, dict]:
    """Units, per-tag mask histograms and the pair (0, 1) confusion table, one code point at a time."""
    units = [i for i, ch in enumerate(text) if not ch.isspace()]
    histograms = {}
    for tag in TAGS:
        histogram: dict[int, int] = {0: 0}
        for i in units:
            mask = 0
            for c in codings:
                if c.tag == tag and c.start <= i < c.end:
                    mask |= 1 << c.coder
            histogram[mask] = histogram.get(mask, 0) + 1
        histograms[tag] = histogram
    confusion: dict[tuple[int, int], int] = {}
    for i in units:
        categories = []
        for coder in (0, 1):
            given_tags = {TAGS.index(c.tag) for c in codings if c.coder == coder and c.start <= i < c.end}
            categories.append(3 if not given_tags else given_tags.pop() if len(given_tags) == 1 else 4)
        key = (categories[0], categories[1])
        confusion[key] = confusion.get(key, 0) + 1
    return len(units), histograms, confusion


texts = st.text(alphabet=st.sampled_from("ابپ x\n\u200c\u00a0\t🙏"), max_size=60)
codings = st.lists(
    st.builds(Coding, st.integers(0, 2), st.sampled_from(TAGS), st.integers(-3, 62), st.integers(-3, 62)), max_size=10
)


@given(texts, codings)
def test_layers_equal_a_unit_by_unit_count(text: str, raw: list[Coding]) -> None:
    layers = ArticleLayers(text, raw)
    clipped = [c for c in raw if max(0, c.start) < min(len(text), c.end)]
    units, histograms, confusion = brute_force(text, clipped, 3)
    assert layers.units == units == unit_count(text)
    for tag in TAGS:
        assert {m: n for m, n in layers.histogram(tag).items() if n} == {m: n for m, n in histograms[tag].items() if n}
    table = layers.confusion(0, 1, TAGS)
    assert {(i, j): n for i, row in enumerate(table) for j, n in enumerate(row) if n} == confusion
    agreeing = sum(1 for i, ch in enumerate(text) if not ch.isspace() and all(
        len({c.coder for c in clipped if c.tag == tag and c.start <= i < c.end}) in (0, 3) for tag in TAGS))
    assert layers.units_all_agree(3, TAGS) == agreeing


def test_units_are_exactly_the_code_points_that_are_not_whitespace() -> None:
    every_space = "".join(chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace())
    assert WHITESPACE == every_space  # the list counted from agrees with the Unicode database in use
    assert unit_count(every_space) == 0
    assert unit_count("می\u200cگوید 🙏") == 8  # ZWNJ is no whitespace; the emoji is one code point
    assert unit_count("ab cd", 1, 4) == 2
    assert unit_counts("ab\u00a0cd\n\ne f", [0, 2, 3, 7, 9]) == [2, 0, 2, 1]


@given(texts, st.lists(st.integers(0, 60), max_size=8))
def test_unit_counts_between_cuts_are_counts_of_the_slices(text: str, cuts: list[int]) -> None:
    cuts = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    expected = [sum(not ch.isspace() for ch in text[a:b]) for a, b in zip(cuts, cuts[1:])]
    assert unit_counts(text, cuts) == expected


def test_the_thousand_character_case_in_units() -> None:
    text = "ا" * 100 + "\n\n" + "ب" * 900  # 1,000 units, two newlines that are not units
    layers = ArticleLayers(text, [Coding(0, "t", 0, 100), Coding(1, "t", 50, 152)])
    assert layers.units == 1000
    assert layers.histogram("t") == {0b01: 50, 0b11: 50, 0b10: 50, 0: 850}
    assert layers.tags() == {"t"}
    assert layers.histogram("unused") == {0: 1000}

"""Agreement coefficients against published values, hand-worked cases and their algebra."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.agreement import (
    PairTable,
    SpanCounts,
    alpha_from_value_counts,
    binary_alpha,
    cohen_kappa,
    contingency,
    fleiss_category_kappas,
    fleiss_kappa,
    krippendorff_alpha,
    observed_agreement,
    pair_table,
    span_counts,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12
# units, nominal values 1–5, None where an observer gave no value. Published: nominal α = 0.743.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]

# Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each; how many put the patient in each of
# depression, personality disorder, schizophrenia, neurosis, other. Published: κ = 0.430, and per
# category 0.245, 0.245, 0.520, 0.471, 0.566.
FLEISS_1971 = [
    [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
    [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
    [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
    [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
]

# Artstein & Poesio (2008), Table 1: two coders, 100 utterances, Statement / Info-request.
# Rows coder B, columns coder A (κ does not care). Published: Ao = 0.7, κ = 0.348.
ARTSTEIN_POESIO_TABLE_1 = [[20, 20], [10, 50]]


def test_krippendorff_2011_nominal_alpha_with_missing_values() -> None:
    assert round(krippendorff_alpha(KRIPPENDORFF_2011), 3) == 0.743
    # The paper's own arithmetic: n = 40 pairable values; over c ≠ k, Σ o_ck = 4 and Σ n_c·n_k = 608.
    assert krippendorff_alpha(KRIPPENDORFF_2011) == pytest.approx(1 - (40 - 1) * 4 / 608)


def test_krippendorff_2011_binary_two_observers() -> None:
    # Section A of the same paper: two observers, ten units, α = 0.095.
    first = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    second = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert round(krippendorff_alpha([first, second]), 3) == 0.095


def test_fleiss_1971_diagnoses() -> None:
    assert round(fleiss_kappa(FLEISS_1971), 3) == 0.430
    assert [round(k, 3) for k in fleiss_category_kappas(FLEISS_1971)] == [0.245, 0.245, 0.520, 0.471, 0.566]


def test_artstein_poesio_table_1() -> None:
    assert observed_agreement(ARTSTEIN_POESIO_TABLE_1) == pytest.approx(0.7)
    assert round(cohen_kappa(ARTSTEIN_POESIO_TABLE_1), 3) == 0.348


def test_thousand_characters_one_coder_0_100_the_other_50_150() -> None:
    """The textbook κ the issue asks for (a peer's "kappa" gives 0.2987 here)."""
    table = PairTable(both=50, first_only=50, second_only=50, neither=850)
    assert table.units == 1000 and table.agreement == 0.9
    assert round(table.kappa, 4) == 0.4444
    assert table.kappa == pytest.approx((0.9 - 0.82) / (1 - 0.82))


def test_undefined_figures_are_none() -> None:
    assert PairTable(neither=40).kappa is None  # pe = 1: nobody tagged anything
    assert PairTable(both=40).kappa is None
    assert PairTable(neither=40).agreement == 1.0
    assert PairTable().agreement is None and PairTable().kappa is None
    assert krippendorff_alpha([[1, 1, 1], [1, 1, 1]]) is None  # one value only
    assert krippendorff_alpha([[1, None], [None, 2]]) is None  # nothing pairable
    assert binary_alpha({0: 100}, 3) is None
    assert fleiss_kappa([[3, 0], [3, 0]]) is None
    assert fleiss_category_kappas([[3, 0], [3, 0]]) == [None, None]
    assert SpanCounts().f1 is None


def test_hand_worked_kappa_and_alpha() -> None:
    # 10 units; A marks 4, B marks 3 of the same 4, plus 1 more. po = 8/10, pe = .4·.4 + .6·.6 = .52.
    table = PairTable(both=3, first_only=1, second_only=1, neither=5)
    assert table.kappa == pytest.approx((0.8 - 0.52) / 0.48)
    # α for the same data: n = 20, n_1 = n_0... (8 ones, 12 zeros); 2 disagreeing units each add 2.
    assert binary_alpha({0b11: 3, 0b01: 1, 0b10: 1, 0: 5}, 2) == pytest.approx(1 - 19 * 4 / (2 * 8 * 12))
    assert table.matrix() == [[3, 1], [1, 5]]


def test_contingency_and_kappa_from_ratings() -> None:
    categories, table = contingency(["c", "d", "c", "n"], ["c", "c", "c", "n"])
    assert categories == ["c", "d", "n"]
    assert table == [[2, 0, 0], [1, 0, 0], [0, 0, 1]]
    with pytest.raises(ValueError):
        contingency(["c"], [])
    with pytest.raises(ValueError):
        cohen_kappa([[1, 2]])
    with pytest.raises(ValueError):
        fleiss_kappa([[2, 0], [1, 0]])  # 2 raters, then 1


def test_pair_table_reads_the_right_bits() -> None:
    histogram = {0b101: 7, 0b011: 5, 0b110: 3, 0b111: 2, 0: 83}
    assert pair_table(histogram, 0, 2) == PairTable(both=9, first_only=5, second_only=3, neither=83)
    assert pair_table(histogram, 1, 2) == PairTable(both=5, first_only=5, second_only=7, neither=83)


def test_span_f1_overlap_and_exact() -> None:
    first = [(0, 10), (20, 30), (40, 50)]
    second = [(5, 12), (20, 30), (60, 70), (30, 35)]  # (30, 35) touches (20, 30) but shares no code point
    overlap = span_counts(first, second)
    assert overlap == SpanCounts(first=3, first_matched=2, second=4, second_matched=2)
    assert overlap.f1 == pytest.approx(2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))
    exact = span_counts(first, second, exact=True)
    assert exact == SpanCounts(3, 1, 4, 1)
    assert span_counts([(0, 5)], []).f1 == 0.0  # one coder has spans, the other none
    assert span_counts([(0, 5)], [(9, 12)]).f1 == 0.0
    assert span_counts([(0, 5), (0, 5)], [(0, 5)], exact=True) == SpanCounts(1, 1, 1, 1)  # a duplicate counts once
    assert span_counts([], []).f1 is None


# Properties -------------------------------------------------------------------------------------
ratings = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=1, max_size=60)
spans = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda s: (s[0], s[0] + s[1])), max_size=12)


@given(ratings)
def test_kappa_is_symmetric_bounded_and_one_for_identical_coders(pairs: list[tuple[int, int]]) -> None:
    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    _, table = contingency(first, second)
    _, swapped = contingency(second, first)
    kappa = cohen_kappa(table)
    assert kappa == (None if cohen_kappa(swapped) is None else pytest.approx(cohen_kappa(swapped)))
    assert kappa is None or -1 <= kappa <= 1 + 1e-12
    _, same = contingency(first, first)
    assert cohen_kappa(same) in (None, pytest.approx(1.0))
    assert 0 <= observed_agreement(table) <= 1


@given(st.integers(2, 5), st.lists(st.lists(st.integers(0, 2), min_size=5, max_size=5), min_size=1, max_size=30))
def test_alpha_and_fleiss_kappa_are_one_algebra(raters: int, rows: list[list[int]]) -> None:
    """With every coder rating every unit, α = 1 − (Nn − 1)/(Nn) · (1 − κ_Fleiss)."""
    units = [row[:raters] for row in rows]
    counts = [[unit.count(c) for c in range(3)] for unit in units]
    by_coder = [list(column) for column in zip(*units, strict=True)]
    alpha, kappa = krippendorff_alpha(by_coder), fleiss_kappa(counts)
    assert (alpha is None) == (kappa is None)
    if alpha is not None:
        total = len(units) * raters
        assert alpha == pytest.approx(1 - (total - 1) / total * (1 - kappa))


@given(st.integers(2, 4), st.dictionaries(st.integers(0, 15), st.integers(0, 40), min_size=1))
def test_binary_alpha_of_a_histogram_equals_alpha_of_the_units_spelled_out(coders: int, histogram: dict) -> None:
    histogram = {mask % (1 << coders): units for mask, units in histogram.items()}
    units = [mask for mask, count in histogram.items() for _ in range(count)]
    by_coder = [[mask >> coder & 1 for mask in units] for coder in range(coders)]
    expected = krippendorff_alpha(by_coder) if units else None
    assert binary_alpha(histogram, coders) == (None if expected is None else pytest.approx(expected))


@given(st.lists(st.tuples(st.dictionaries(st.sampled_from("abc"), st.integers(0, 4)), st.integers(0, 3))))
def test_alpha_leaves_out_units_with_fewer_than_two_values(units: list) -> None:
    with_lonely = units + [({"a": 1}, 5), ({}, 3), ({"b": 0, "c": 1}, 2)]
    assert alpha_from_value_counts(with_lonely) == alpha_from_value_counts(units)


@given(spans, spans)
def test_span_f1_is_symmetric_and_exact_never_beats_overlap(first: list, second: list) -> None:
    overlap, reverse = span_counts(first, second), span_counts(second, first)
    assert overlap.f1 == reverse.f1
    exact = span_counts(first, second, exact=True)
    assert (exact.f1 is None) == (overlap.f1 is None)
    if exact.f1 is not None:
        assert exact.f1 <= overlap.f1 + 1e-12
    brute = sum(any(s < e2 and s2 < e for s2, e2 in second) for s, e in set(first))
    assert overlap.first_matched == brute
    if first:
        assert span_counts(first, first).f1 == 1.0 == span_counts(first, first, exact=True).f1

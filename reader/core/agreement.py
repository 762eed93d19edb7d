"""Agreement coefficients for nominal codes: Cohen's κ, Fleiss' κ, Krippendorff's α and span F1.

Written from the textbook definitions: Cohen (1960), Fleiss (1971), Krippendorff (2011,
"Computing Krippendorff's Alpha-Reliability") and Artstein & Poesio (2008). Inputs are counts and
the arithmetic is exact (integers and `Fraction`) up to the final division, so "undefined" is
decided exactly — a chance agreement of 0.9999999 that a float rounded to 1 is not undefined — and
a figure never depends on the order in which units were summed.

A figure that is undefined is `None` (JSON `null`): κ when chance agreement is 1, α when the data
hold only one value, F1 when neither coder has a span.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Iterable, Mapping, Sequence
from fractions import Fraction
from itertools import accumulate

from reader.core.record import Record

Span = tuple[int, int]  # start, end: code points, end exclusive


def _ratio(numerator: int | Fraction, denominator: int | Fraction) -> float | None:
    # int / int is correctly rounded in Python, so integer counts need no Fraction.
    if denominator == 0:
        return None
    if isinstance(numerator, int) and isinstance(denominator, int):
        return numerator / denominator
    return float(Fraction(numerator) / Fraction(denominator))


# Two coders ---------------------------------------------------------------------------------------
def contingency[Value: Hashable](first: Sequence[Value], second: Sequence[Value]) -> tuple[list[Value], list[list[int]]]:
    """The categories (in order of first appearance) and the square table of two coders' ratings:
    `table[i][j]` counts the units the first coder put in category i and the second in j."""
    if len(first) != len(second):
        raise ValueError("both coders must rate the same units")
    categories = list(dict.fromkeys([*first, *second]))
    index = {category: i for i, category in enumerate(categories)}
    table = [[0] * len(categories) for _ in categories]
    for a, b in zip(first, second, strict=True):
        table[index[a]][index[b]] += 1
    return categories, table


def observed_agreement(table: Sequence[Sequence[int]]) -> float | None:
    """The share of units both coders put in the same category (None without units)."""
    total = sum(map(sum, table))
    return _ratio(sum(table[i][i] for i in range(len(table))), total)


def cohen_kappa(table: Sequence[Sequence[int]]) -> float | None:
    """Cohen's κ = (po − pe) / (1 − pe) of a square contingency table, pe from each coder's own
    marginals (rows: the first coder, columns: the second). None when pe = 1 or there are no units.

    Multiplied through by N²: κ = (N·Σ diagonal − Σ row·column) / (N² − Σ row·column).
    """
    size = len(table)
    if any(len(row) != size for row in table):
        raise ValueError("a contingency table must be square")
    total = sum(map(sum, table))
    rows = [sum(row) for row in table]
    columns = [sum(table[i][j] for i in range(size)) for j in range(size)]
    chance = sum(r * c for r, c in zip(rows, columns, strict=True))
    agreeing = sum(table[i][i] for i in range(size))
    return _ratio(total * agreeing - chance, total * total - chance)


class PairTable(Record):
    """Two coders' binary decisions (the unit carries the tag or not), counted over units."""

    both: int = 0
    first_only: int = 0
    second_only: int = 0
    neither: int = 0

    def __add__(self, other: PairTable) -> PairTable:
        return PairTable(self.both + other.both, self.first_only + other.first_only,
                         self.second_only + other.second_only, self.neither + other.neither)

    @property
    def units(self) -> int:
        return self.both + self.first_only + self.second_only + self.neither

    def matrix(self) -> list[list[int]]:
        """As a contingency table, category 0 = tagged, 1 = not tagged."""
        return [[self.both, self.first_only], [self.second_only, self.neither]]

    @property
    def agreement(self) -> float | None:
        return observed_agreement(self.matrix())

    @property
    def kappa(self) -> float | None:
        return cohen_kappa(self.matrix())


# Many coders ------------------------------------------------------------------------------------
def fleiss_kappa(counts: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' κ for N subjects each rated by the same number n ≥ 2 of raters: `counts[i][j]` is how
    many raters put subject i in category j. κ = (P̄ − P̄e) / (1 − P̄e); None when P̄e = 1."""
    raters = _raters_per_subject(counts)
    subjects = len(counts)
    agreement = Fraction(sum(sum(c * c for c in row) - raters for row in counts), subjects * raters * (raters - 1))
    totals = [sum(column) for column in zip(*counts, strict=True)]
    chance = Fraction(sum(t * t for t in totals), (subjects * raters) ** 2)
    return _ratio(agreement - chance, 1 - chance)


def fleiss_category_kappas(counts: Sequence[Sequence[int]]) -> list[float | None]:
    """Fleiss' κ of each category against all others (his equation 10):
    κ_j = 1 − Σ_i n_ij (n − n_ij) / (N n (n − 1) p_j q_j); None for a category used by everyone or no one."""
    raters = _raters_per_subject(counts)
    subjects = len(counts)
    kappas: list[float | None] = []
    for column in zip(*counts, strict=True):
        share = Fraction(sum(column), subjects * raters)
        disagreement = sum(c * (raters - c) for c in column)
        denominator = subjects * raters * (raters - 1) * share * (1 - share)
        kappas.append(None if denominator == 0 else float(1 - disagreement / denominator))
    return kappas


def _raters_per_subject(counts: Sequence[Sequence[int]]) -> int:
    raters = {sum(row) for row in counts}
    if len(raters) != 1 or not counts:
        raise ValueError("every subject must be rated by the same number of raters")
    (number,) = raters
    if number < 2:
        raise ValueError("Fleiss' κ needs at least two raters per subject")
    return number


def krippendorff_alpha(ratings: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's α for nominal data: `ratings[coder][unit]`, None where a coder did not rate a
    unit. Units rated by fewer than two coders are not pairable and are left out, as Krippendorff
    prescribes."""
    units = []
    for unit in zip(*ratings, strict=True):
        values: dict[Hashable, int] = {}
        for value in unit:
            if value is not None:
                values[value] = values.get(value, 0) + 1
        units.append((values, 1))
    return alpha_from_value_counts(units)


def alpha_from_value_counts(units: Iterable[tuple[Mapping[Hashable, int], int]]) -> float | None:
    """Krippendorff's nominal α from what each kind of unit received: a mapping value → how many
    coders gave it, and how many units are of that kind.

    With o_ck the coincidence matrix, n_c its margins and n = Σ n_c:
    α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, where a unit of m ≥ 2 values adds
    (m² − Σ_c n_uc²) / (m − 1) to Σ_{c≠k} o_ck. None when the pairable values are all alike, or none.
    """
    disagreeing: dict[int, int] = {}  # values in a unit (m) → Σ weight · (m² − Σ_c n_uc²), over such units
    margins: dict[Hashable, int] = {}
    for values, weight in units:
        pairable = sum(values.values())
        if pairable < 2 or weight == 0:
            continue
        squares = sum(c * c for c in values.values())
        disagreeing[pairable] = disagreeing.get(pairable, 0) + weight * (pairable * pairable - squares)
        for value, count in values.items():
            margins[value] = margins.get(value, 0) + weight * count
    total = sum(margins.values())
    expected = total * total - sum(n * n for n in margins.values())
    if expected == 0:
        return None
    if len(disagreeing) == 1:  # every unit has the same number of values: integers all the way
        ((pairable, summed),) = disagreeing.items()
        denominator = (pairable - 1) * expected
        return _ratio(denominator - (total - 1) * summed, denominator)
    observed = sum(Fraction(summed, pairable - 1) for pairable, summed in disagreeing.items())
    return _ratio(expected - (total - 1) * observed, expected)


def binary_alpha(histogram: Mapping[int, int], coders: int) -> float | None:
    """Krippendorff's α of binary data every one of `coders` coders gave for every unit, from a
    histogram: coder mask (bit i set = coder i marked the unit) → how many units."""
    by_marks: dict[int, int] = {}
    for mask, units in histogram.items():
        marks = mask.bit_count()
        by_marks[marks] = by_marks.get(marks, 0) + units
    return alpha_from_value_counts(({1: marks, 0: coders - marks}, units) for marks, units in by_marks.items())


def pair_table(histogram: Mapping[int, int], first: int, second: int) -> PairTable:
    """Coders `first` and `second` (bit positions) out of a coder-mask histogram (see `binary_alpha`)."""
    counts = [0, 0, 0, 0]  # neither, first only, second only, both
    for mask, units in histogram.items():
        counts[(mask >> first & 1) | (mask >> second & 1) << 1] += units
    return PairTable(both=counts[3], first_only=counts[1], second_only=counts[2], neither=counts[0])


# Spans ------------------------------------------------------------------------------------------
class SpanCounts(Record):
    """How many spans each coder has and how many of them match a span of the other coder."""

    first: int = 0
    first_matched: int = 0
    second: int = 0
    second_matched: int = 0

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(self.first + other.first, self.first_matched + other.first_matched,
                          self.second + other.second, self.second_matched + other.second_matched)

    @property
    def f1(self) -> float | None:
        """2PR/(P+R), P = the share of the first coder's spans matched, R the second's; a coder
        without spans has P (or R) 0. None when neither has a span, 0 when P + R = 0."""
        if not self.first and not self.second:
            return None
        if not self.first or not self.second:
            return 0.0
        # 2PR / (P + R) with P = a/b, R = c/d is 2ac / (ad + cb): one exact division.
        a, b, c, d = self.first_matched, self.first, self.second_matched, self.second
        return _ratio(2 * a * c, a * d + c * b) or 0.0


class SpanIndex:
    """One coder's distinct spans of one tag in one article, indexed for matching: sorted by start,
    with the furthest end reached so far, so "does anything overlap (s, e)?" is one bisection."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = frozenset(spans)  # identical spans of one coder count once
        ordered = sorted(self.spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def __len__(self) -> int:
        return len(self.spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a code point with start–end."""
        before = bisect_left(self._starts, end)  # the spans that start before `end`
        return bool(before) and self._reach[before - 1] > start

    def matched_by(self, other: SpanIndex) -> int:
        """How many of these spans share a code point with a span of `other`."""
        return sum(1 for start, end in self.spans if other.overlaps(start, end))


def match_spans(first: SpanIndex, second: SpanIndex) -> tuple[SpanCounts, SpanCounts]:
    """Two coders' spans of one tag in one article matched both ways: (by overlap — sharing at least
    one code point —, exactly — the same start and end)."""
    if not first.spans or not second.spans:  # nothing to match: the common case of a tag one coder skipped
        nothing = SpanCounts(len(first), 0, len(second), 0)
        return nothing, nothing
    common = len(first.spans & second.spans)
    return (SpanCounts(len(first), first.matched_by(second), len(second), second.matched_by(first)),
            SpanCounts(len(first), common, len(second), common))


def span_counts(first: Iterable[Span], second: Iterable[Span], exact: bool = False) -> SpanCounts:
    """`match_spans` for two lists of spans, one way of matching."""
    overlap, identical = match_spans(SpanIndex(first), SpanIndex(second))
    return identical if exact else overlap

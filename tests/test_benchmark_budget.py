"""The benchmark table's ratio budgets: a figure held to a multiple of the reference of its run."""

from __future__ import annotations

from benchmarks.budget import Figure


def test_a_time_budget_is_the_ratio_times_this_runs_reference_in_the_figures_unit() -> None:
    opened = Figure("annotations", "annotations.open_ms", "Open", 88.0, "ms", ratio=0.25, reference=0.4)
    assert opened.op == "<="
    assert opened.limit == 100.0 and opened.ok
    assert abs(opened.measured_ratio - 0.22) < 1e-9
    assert opened.measured_text() == "88.0 ms = 0.22× ref"
    assert opened.budget_text() == "≤ 0.25× ref = 100.0 ms"
    # The same figure on a host whose reference starts in 0.3 s misses.
    assert not Figure("annotations", "k", "Open", 90.0, "ms", ratio=0.25, reference=0.3).ok


def test_memory_and_x_server_ratios_and_a_missing_reference() -> None:
    rss = Figure("startup", "k", "RSS", 99.0, "MB", ratio=1.6, reference=62.0, reference_unit="MB")
    assert rss.ok and rss.budget_text() == "≤ 1.6× ref = 99 MB"
    x = Figure("startup", "k", "X", 0.9, "s", ratio=1.3, reference=0.6, reference_name="offscreen")
    assert x.measured_text() == "0.900 s = 1.50× offscreen" and not x.ok
    unmeasured = Figure("startup", "k", "X", 0.9, "s", ratio=1.3, reference=None)
    assert unmeasured.ok is False and unmeasured.budget_text() == "≤ 1.3× ref (no reference)"


def test_a_start_is_held_to_its_ratio_measured_round_by_round() -> None:
    from benchmarks.startup import paired_ratio

    # Three rounds on a shared host; in the second a slow spell begins just after the reference.
    references = [0.16, 0.17, 0.30]
    starts = [0.24, 0.45, 0.45]
    assert abs(paired_ratio(starts, references) - 1.5) < 1e-9  # 1.5, 2.65, 1.5: the spell is one round of three
    # (The medians' quotient, 0.45 / 0.17 = 2.65, would be that round's alone.)
    start = Figure("startup", "k", "Start", 0.45, "s", ratio=1.5, reference=0.17, paired_ratio=1.5)
    assert start.ok and start.measured_text() == "0.450 s = 1.50× ref"
    assert start.budget_text() == "≤ 1.5× ref ≈ 0.255 s"  # seconds at the median reference, not what is held
    assert not Figure("startup", "k", "Start", 0.25, "s", ratio=1.5, reference=0.20, paired_ratio=1.52).ok


def test_a_search_figure_says_when_the_bare_index_query_alone_is_over_its_budget() -> None:
    from benchmarks.__main__ import floor_over_budget

    # 0.125× a 0.168 s reference is 21 ms, where the index's own query takes 74 ms.
    common = Figure("search", "k", "Search", 25.5, "ms", ratio=0.125, reference=0.168)
    assert not common.ok
    assert floor_over_budget(common, 74.1) == "the bare FTS5 query alone takes longer than this budget (p95 74.1 ms > 21.0 ms)"
    # Under the budget (the figure may still miss it: then by our own work, and nothing is said).
    assert floor_over_budget(Figure("search", "k", "Search", 25.5, "ms", ratio=0.125, reference=0.168), 1.2) == ""
    assert floor_over_budget(common, None) == ""
    assert floor_over_budget(Figure("search", "k", "Search", 25.5, "ms", ratio=0.125, reference=None), 74.1) == ""

"""The margin's geometry: cards never overlap, stay as close to their passages as they can, fold into
markers where crowded; lanes keep overlapping highlights apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.margin_layout import Item, Placer, lanes, place

GAP, MARKER, WINDOW = 6.0, 22.0, 40.0


def test_a_lone_card_sits_at_its_passage_and_later_ones_are_pushed_down() -> None:
    placed = place([Item("b", 100, 50), Item("a", 10, 60), Item("c", 400, 30)], GAP, MARKER, WINDOW)
    assert [(p.keys, p.y) for p in placed] == [(("a",), 10), (("b",), 100), (("c",), 400)]
    pushed = place([Item("a", 10, 80), Item("b", 60, 50)], GAP, MARKER, window=10)
    assert [p.y for p in pushed] == [10, 96]  # max(anchor, previous bottom + gap)


def test_a_crowded_stretch_becomes_one_marker() -> None:
    items = [Item(f"n{i}", 100 + i * 5, 60) for i in range(6)] + [Item("far", 300, 40)]
    placed = place(items, GAP, MARKER, WINDOW)
    assert [p.keys for p in placed] == [("n0", "n1", "n2", "n3", "n4", "n5"), ("far",)]
    assert placed[0].is_group and placed[0].height == MARKER and placed[0].y == 100
    roomy = place([Item("a", 100, 20), Item("b", 110, 20), Item("c", 500, 20)], GAP, MARKER, WINDOW)
    assert [p.keys for p in roomy] == [("a",), ("b",), ("c",)]  # two small cards fit before the next stretch
    last = [Item(f"m{i}", 100, 60) for i in range(4)]
    assert len(place(last, GAP, MARKER, WINDOW)) == 4  # nothing follows: room enough
    assert len(place(last, GAP, MARKER, WINDOW, max_room=200)) == 1  # but not more than max_room


def test_the_pass_back_up_lifts_only_what_must_move() -> None:
    items = [Item("a", 0, 30), Item("b", 500, 30), Item("c", 580, 30), Item("d", 590, 30)]
    placed = place(items, GAP, MARKER, window=5, bottom=620)
    assert placed[-1].bottom <= 620 and placed[0].y == 0
    assert [p.y for p in placed] == [0, 500, 554, 590]


items_strategy = st.lists(st.tuples(st.floats(0, 3000), st.floats(10, 120)), max_size=60)


@given(items_strategy, st.floats(0, 200))
def test_nothing_overlaps_and_every_note_is_placed_once(raw, window: float) -> None:
    items = [Item(f"k{i}", a, h) for i, (a, h) in enumerate(raw)]
    placed = place(items, GAP, MARKER, window)
    assert sorted(k for p in placed for k in p.keys) == sorted(i.key for i in items)
    for upper, lower in zip(placed, placed[1:]):
        assert lower.y >= upper.bottom + GAP - 1e-6
    assert all(p.y >= p.anchor for p in placed)  # without a bottom limit nothing rises above its passage


@given(items_strategy)
def test_with_room_enough_the_bottom_limit_is_kept(raw) -> None:
    items = [Item(f"k{i}", a, h) for i, (a, h) in enumerate(raw)]
    total = sum(h for _, h in raw) + GAP * len(raw)
    bottom = 3200 + total
    placed = place(items, GAP, MARKER, 30, bottom=bottom)
    assert all(p.bottom <= bottom + 1e-6 for p in placed)
    for upper, lower in zip(placed, placed[1:]):
        assert lower.y >= upper.bottom + GAP - 1e-6


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 50)), max_size=40))
def test_lanes_never_share_overlapping_spans_and_use_the_fewest(raw) -> None:
    spans = [(s, s + n) for s, n in raw]
    assigned = lanes(spans)
    for i, (s1, e1) in enumerate(spans):
        for j, (s2, e2) in enumerate(spans):
            if i < j and s1 < e2 and s2 < e1:
                assert assigned[i] != assigned[j]
    depth = max((sum(1 for s, e in spans if s <= p < e) for p in range(260)), default=0)
    assert (max(assigned) + 1 if assigned else 0) == depth


@given(items_strategy, st.lists(st.integers(1, 8), min_size=1, max_size=20), st.floats(0, 200), st.booleans())
def test_notes_given_a_few_at_a_time_are_placed_as_all_at_once(raw, chunks, window: float, ordered: bool) -> None:
    items = [Item(f"k{i}", a, h) for i, (a, h) in enumerate(raw)]
    if ordered:  # as the margin gives them, in reading order
        items.sort(key=lambda item: item.anchor)
    placer = Placer(GAP, MARKER, window, slack=8.0, max_room=300.0)
    given_so_far: list[Item] = []
    for size in chunks * (len(items) // max(1, sum(chunks)) + 1):
        if len(given_so_far) >= len(items):
            break
        chunk = items[len(given_so_far):len(given_so_far) + size]
        placer.add(chunk)
        given_so_far += chunk
        assert placer.placed() == place(given_so_far, GAP, MARKER, window, slack=8.0, max_room=300.0)
    assert placer.placed(bottom=2500.0) == place(items, GAP, MARKER, window, bottom=2500.0, slack=8.0, max_room=300.0)

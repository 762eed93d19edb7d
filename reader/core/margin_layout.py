"""Where the margin's notes go: cards beside their passages that never overlap, grouped markers
where a stretch of text holds more notes than there is room for, and lanes for overlapping
highlights. Pure geometry in the document's own coordinates (y grows downwards), so scrolling
never needs a new layout.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from reader.core.record import Record


class Item(Record):
    """A note to place: its passage begins at `anchor`; its card is `height` tall."""

    key: str
    anchor: float
    height: float


class Placed(Record):
    """A card (one key) or a grouped marker (several keys) at `y`, `height` tall."""

    keys: tuple[str, ...]
    anchor: float
    y: float
    height: float

    @property
    def is_group(self) -> bool:
        return len(self.keys) > 1

    @property
    def bottom(self) -> float:
        return self.y + self.height


def place(items: Sequence[Item], gap: float, marker_height: float, window: float, bottom: float | None = None,
          slack: float = 0.0, max_room: float = float("inf")) -> list[Placed]:
    """Lay the notes out down the margin.

    Notes whose passages begin within `window` of the first one's form a stretch; a stretch of
    several notes whose cards need more room than the text gives it (to the next stretch, at most
    `max_room`, plus `slack`) becomes one grouped marker. Then top-down, `y = max(anchor, previous bottom + gap)`,
    and, when the last one would pass `bottom`, a pass back up that lifts only what must move.
    """
    placer = Placer(gap, marker_height, window, slack, max_room)
    placer.add(items)
    return placer.placed(bottom)


class Placer:
    """`place`, given the notes a few at a time in reading order, as the margin reaches them while
    scrolling: a stretch is settled once a later one begins, so each step costs what it adds, not
    everything above it. (A note given with an anchor above one already given starts over.)"""

    def __init__(self, gap: float, marker_height: float, window: float, slack: float = 0.0,
                 max_room: float = float("inf")) -> None:
        self.gap, self.marker_height, self.window = gap, marker_height, window
        self.slack, self.max_room = slack, max_room
        self._start_over()

    def _start_over(self) -> None:
        self._items: list[Item] = []
        self._settled: list[Placed] = []
        self._settled_bottom = float("-inf")
        self._open: list[Item] = []  # the last stretch: a later note may still join it

    def add(self, items: Iterable[Item]) -> None:
        new = sorted(items, key=lambda item: item.anchor)  # stable: notes on one line keep the order given
        if new and self._items and new[0].anchor < self._items[-1].anchor:
            every = sorted([*self._items, *new], key=lambda item: item.anchor)
            self._start_over()
            new = every
        for item in new:
            if self._open and item.anchor < self._open[0].anchor + self.window:
                self._open.append(item)
            else:
                if self._open:
                    self._settle(following=item.anchor)
                self._open = [item]
            self._items.append(item)

    def _entries(self, stretch: list[Item], following: float) -> list[tuple[tuple[str, ...], float, float]]:
        anchor = stretch[0].anchor
        room = min(following - anchor, self.max_room) + self.slack
        needed = sum(item.height for item in stretch) + self.gap * (len(stretch) - 1)
        if len(stretch) > 1 and needed > room:
            return [(tuple(item.key for item in stretch), anchor, self.marker_height)]
        return [((item.key,), item.anchor, item.height) for item in stretch]

    def _settle(self, following: float) -> None:
        for keys, anchor, height in self._entries(self._open, following):
            y = max(anchor, self._settled_bottom + self.gap)
            self._settled.append(Placed(keys, anchor, y, height))
            self._settled_bottom = y + height

    def placed(self, bottom: float | None = None) -> list[Placed]:
        """Everything given so far, placed; with `bottom`, the last ones lifted so none ends below it."""
        result = list(self._settled)
        previous_bottom = self._settled_bottom
        if self._open:
            for keys, anchor, height in self._entries(self._open, float("inf")):
                y = max(anchor, previous_bottom + self.gap)
                result.append(Placed(keys, anchor, y, height))
                previous_bottom = y + height
        if bottom is not None:
            limit = bottom
            for index in range(len(result) - 1, -1, -1):
                entry = result[index]
                if entry.bottom <= limit:
                    break  # this one fits, and so does everything above it
                result[index] = Placed(entry.keys, entry.anchor, max(0.0, limit - entry.height), entry.height)
                limit = result[index].y - self.gap
        return result


class LaneAssigner:
    """Lanes for spans given in order of start (longest first among equal starts): each gets the
    lowest lane free at its start, so spans sharing a lane never overlap and no more lanes are used
    than the deepest overlap needs. A prefix's lanes never change as more spans come, so the margin
    can assign them as it places notes."""

    def __init__(self) -> None:
        self._busy: list[tuple[int, int]] = []  # (end, lane) of spans still open
        self._free: list[int] = []
        self._count = 0

    def assign(self, start: int, end: int) -> int:
        while self._busy and self._busy[0][0] <= start:
            heapq.heappush(self._free, heapq.heappop(self._busy)[1])
        if self._free:
            lane = heapq.heappop(self._free)
        else:
            lane = self._count
            self._count += 1
        heapq.heappush(self._busy, (end, lane))
        return lane


def lanes(spans: Sequence[tuple[int, int]]) -> list[int]:
    """A lane for each span (start, end), in any order (see LaneAssigner)."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    result = [0] * len(spans)
    assigner = LaneAssigner()
    for i in order:
        result[i] = assigner.assign(*spans[i])
    return result

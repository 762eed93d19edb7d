"""Where the margin's notes go: cards beside their passages that never overlap, grouped markers
where a stretch of text holds more notes than there is room for, and lanes for overlapping
highlights. Pure geometry in the document's own coordinates (y grows downwards), so scrolling
never needs a new layout.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """A note to place: its passage begins at `anchor`; its card is `height` tall."""

    key: str
    anchor: float
    height: float


@dataclass(frozen=True)
class Placed:
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
    ordered = sorted(items, key=lambda item: item.anchor)  # stable: notes on one line keep the order given
    stretches: list[list[Item]] = []
    for item in ordered:
        if stretches and item.anchor < stretches[-1][0].anchor + window:
            stretches[-1].append(item)
        else:
            stretches.append([item])
    entries: list[tuple[tuple[str, ...], float, float]] = []
    for index, stretch in enumerate(stretches):
        anchor = stretch[0].anchor
        following = stretches[index + 1][0].anchor if index + 1 < len(stretches) else float("inf")
        room = min(following - anchor, max_room) + slack
        needed = sum(item.height for item in stretch) + gap * (len(stretch) - 1)
        if len(stretch) > 1 and needed > room:
            entries.append((tuple(item.key for item in stretch), anchor, marker_height))
        else:
            entries.extend(((item.key,), item.anchor, item.height) for item in stretch)
    ys: list[float] = []
    previous_bottom = float("-inf")
    for _keys, anchor, height in entries:
        y = max(anchor, previous_bottom + gap)
        ys.append(y)
        previous_bottom = y + height
    if bottom is not None and ys:
        limit = bottom
        for index in range(len(entries) - 1, -1, -1):
            height = entries[index][2]
            if ys[index] + height <= limit:
                break  # this one fits, and so does everything above it
            ys[index] = max(0.0, limit - height)
            limit = ys[index] - gap
    return [Placed(keys, anchor, y, height) for (keys, anchor, height), y in zip(entries, ys)]


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

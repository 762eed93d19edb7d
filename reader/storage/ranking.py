"""Ranking a large set of matches on every core.

bm25 is worked out for every matching article before the best few are known; with tens of
thousands of matches that is most of a search's time, on one core. `ShardedRanker` cuts the
article ids into as many ranges as there are cores (at most four), ranks each range on its own
read connection in its own thread (SQLite lets go of Python's GIL while it works) and merges the
best of each. The result is the list `search_repo.search` gives, ties included: every shard scores
an article exactly as the whole query would (see `search_repo.ranked_between`), and ties are
broken by id in both.
"""

from __future__ import annotations

import heapq
import os
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor

from reader.storage import search_repo
from reader.storage.database import connect
from reader.storage.driver import sqlite3

MAX_SHARDS = 4


def default_shards() -> int:
    return max(1, min(MAX_SHARDS, os.cpu_count() or 1))


class ShardedRanker:
    """Ranks matches of one library file; its connections open on first use, close with it."""

    def __init__(self, path: str, shards: int | None = None) -> None:
        self.path = path
        self.shards = shards or default_shards()
        self._connections: list[sqlite3.Connection] = []
        self._pool = ThreadPoolExecutor(max_workers=self.shards, thread_name_prefix="hashiya-rank")
        self._lock = threading.Lock()  # one ranking at a time: each shard owns one connection
        self._closer = weakref.finalize(self, _close, self._connections, self._pool)

    def rank(self, match: str, limit: int, offset: int = 0) -> list[int]:
        """Ids of the matching articles, best first, as `search_repo.search` orders them."""
        wanted = limit + offset
        with self._lock:
            if not self._connections:
                self._connections.extend(connect(self.path) for _ in range(self.shards))
            found = search_repo.id_range(self._connections[0])
            if found is None or wanted <= 0:
                return []
            low, high = found
            step = (high - low) // self.shards + 1
            jobs = [
                self._pool.submit(search_repo.ranked_between, conn, match, low + i * step,
                                  min(high, low + (i + 1) * step - 1), wanted)
                for i, conn in enumerate(self._connections)
            ]
            parts = [job.result() for job in jobs]
        best = heapq.nsmallest(wanted, (row for part in parts for row in part))
        return [article_id for _score, article_id in best[offset:]]

    def close(self) -> None:
        self._closer()


def _close(connections: list[sqlite3.Connection], pool: ThreadPoolExecutor) -> None:
    pool.shutdown(wait=True)
    for conn in connections:
        conn.close()
    connections.clear()

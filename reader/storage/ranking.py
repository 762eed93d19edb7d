"""Ranking a large set of matches on every core.

bm25 is worked out for every matching article before the best few are known; with tens of
thousands of matches that is most of a search's time, on one core. `ShardedRanker` cuts the
article ids into as many ranges as there are cores (at most four), ranks each range on its own
read connection in its own thread (SQLite lets go of Python's GIL while it works) and merges the
best of each. The result is the list `search_repo.search` gives, ties included: every shard scores
an article exactly as the whole query would (see `search_repo.ranked_between`), and ties are
broken by id in both.

Broad searches (tens of thousands of matches) are ranked *title first*: the articles with a
query term in their title, by their exact bm25 score, come before the others (see
`services.search`). Without word forms that group is one pass (`search_repo.title_forms_group`).
With word forms the query's own phrases are in the lemma column, and `title_first_group` here
makes the group from two passes side by side: the query *and* the title condition, and the
title condition alone. bm25 is a sum over the expression's phrases, so taking the second's score
off the first's leaves each article's exact score for the query.
"""

from __future__ import annotations

import heapq
import os
import threading
import weakref
from collections.abc import Sequence
from concurrent.futures import Executor, ThreadPoolExecutor

from reader.storage import search_repo
from reader.storage.database import connect
from reader.storage.driver import sqlite3

MAX_SHARDS = 4
# The title group holds at most the newest this many articles with a term in the title: a word in
# the titles of a third of the library would otherwise cost as much as ranking every match.
TITLE_GROUP_CAP = 4000


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
            self._open()
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

    def title_group(self, match: str, title_match: str, cap: int = TITLE_GROUP_CAP) -> list[int]:
        """`title_first_group` on this ranker's connections, the two passes side by side."""
        with self._lock:
            self._open()
            return title_first_group(self._connections[:2], self._pool, match, title_match, cap)

    def _open(self) -> None:
        if not self._connections:
            self._connections.extend(connect(self.path) for _ in range(self.shards))

    def close(self) -> None:
        self._closer()


def title_first_group(connections: Sequence[sqlite3.Connection], pool: Executor | None, match: str,
                      title_match: str, cap: int = TITLE_GROUP_CAP) -> list[int]:
    """Ids of the matches of `match` that also match `title_match` (a term in the title), best
    first by their exact score for `match`, ties by id; of the newest `cap` articles with a term
    in the title only. Two passes, on two connections in parallel when there are two and a pool."""
    both = f"({match}) AND ({title_match})"
    if pool is not None and len(connections) > 1:
        title_job = pool.submit(search_repo.newest_scored, connections[1], title_match, cap)
        # Every match of `both` is a match of `title_match`: its newest `cap` reach at least as
        # far back as the title's.
        matched = search_repo.newest_scored(connections[0], both, cap)
        title_only = title_job.result()
    else:
        title_only = search_repo.newest_scored(connections[0], title_match, cap)
        matched = search_repo.newest_scored(connections[0], both, cap)
    return rank_title_group(matched, title_only, cap)


def rank_title_group(matched: Sequence[tuple[int, float]], title_only: Sequence[tuple[int, float]],
                     cap: int) -> list[int]:
    """The title group from the two passes: (id, score) of the query with the title condition,
    and of the title condition alone, both newest first."""
    title_scores = dict(title_only)
    oldest = title_only[-1][0] if len(title_only) >= cap else None
    scored = []
    for article_id, score in matched:
        if (oldest is not None and article_id < oldest) or article_id not in title_scores:
            continue
        # Rounded: the subtraction leaves noise in the last bits (~1e-15), and equal scores must
        # stay equal so that ties go by id. Not to significant digits: a word in more than half
        # the articles has FTS5's idf of 1e-6, so its scores are ~1e-6 and differ in the 7th place.
        scored.append((round(score - title_scores[article_id], 13), article_id))
    scored.sort()
    return [article_id for _score, article_id in scored]


def _close(connections: list[sqlite3.Connection], pool: ThreadPoolExecutor) -> None:
    pool.shutdown(wait=True)
    for conn in connections:
        conn.close()
    connections.clear()

"""Filling the search index after a change to it: the re-index a library gets once, on first open.

A migration that changes the index, or a change to hazm's data, leaves the index empty with every
article pending (`storage.search_index_repo`). `SearchIndexService.status` says so cheaply, before
the window or the command line starts the slow part; `reindex` then indexes the pending articles in
batches of `BATCH` — each batch one transaction, so a cancel or a crash keeps what is done and the
next run goes on from there — reporting progress after each. With many articles the index rows
(canonical tokens and lemmas) are made in worker processes while this one writes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING

from reader.core import lexicon
from reader.core.record import Record
from reader.storage import search_index_repo
from reader.storage.database import transaction

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    import sqlite_utils

BATCH = 500
PARALLEL_FROM = 2000  # fewer pending articles are indexed in this process: starting workers costs more


class IndexStatus(Record):
    pending: int  # current articles the index does not hold yet
    complete: bool  # nothing left to do (also no empty pending range to close)


class ReindexProgress(Record):
    done: int
    total: int


ProgressCallback = Callable[[ReindexProgress], None]
CancelCheck = Callable[[], bool]


def _row(item: tuple[int, str, str]) -> tuple[int, search_index_repo.IndexRow]:
    article_id, title, text = item
    return article_id, lexicon.shared().index_row(title, text)


class SearchIndexService:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def status(self) -> IndexStatus:
        """How many articles wait to be indexed: cheap, for deciding whether to show progress."""
        return IndexStatus(search_index_repo.pending_count(self.db), search_index_repo.is_complete(self.db))

    def reindex(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
                workers: int | None = None) -> IndexStatus:
        """Index every pending article; a cancel stops after the batch being written."""
        total = search_index_repo.pending_count(self.db)
        workers = workers if workers is not None else (os.cpu_count() or 1)
        done = 0
        with ExitStack() as stack:
            pool = None
            if workers > 1 and total >= PARALLEL_FROM:
                # Imported here: `status`, asked at every start, needs none of it.
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                context = multiprocessing.get_context("spawn")  # as the importer: safe beside Qt's threads
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                           initializer=lexicon.use_cache_dir, initargs=(lexicon.cache_dir(),))
                stack.callback(pool.shutdown, wait=True, cancel_futures=True)
            for batch, rows in self._batches(pool, workers):
                with transaction(self.db):
                    search_index_repo.insert_rows(self.db, list(rows))
                    search_index_repo.mark_done(self.db, batch[-1][0])
                done += len(batch)
                if progress:
                    progress(ReindexProgress(min(done, total), total))
                if cancelled and cancelled():
                    return self.status()
        with transaction(self.db):
            search_index_repo.finish(self.db)
        return self.status()

    def _batches(self, pool: ProcessPoolExecutor | None, workers: int
                 ) -> Iterator[tuple[list[tuple[int, str, str]], Iterator[tuple[int, search_index_repo.IndexRow]]]]:
        """Pending batches with their rows; with a pool, the next batch's rows are being made while
        the caller writes this one's."""
        queued: deque = deque()
        after = 0
        while True:
            while len(queued) < 2:
                batch = search_index_repo.pending_batch(self.db, after, BATCH)
                if not batch:
                    break
                after = batch[-1][0]
                rows = (pool.map(_row, batch, chunksize=max(1, len(batch) // (2 * workers))) if pool is not None
                        else map(_row, batch))
                queued.append((batch, rows))
            if not queued:
                return
            yield queued.popleft()

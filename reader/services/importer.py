"""Importing files into a library: the use case behind `main.py import` and File → Import.

Files are read and parsed in chunks (in worker processes when there are many), boilerplate is
learned per collection, and each chunk is written in one transaction: a crash or kill leaves the
library as it was before the interrupted chunk. A chunk is at most 1,000 files and, past its first
file, at most CHUNK_BYTES of input, and every file and zip member is read by the process that
parses it, one at a time: with the per-file limits (`reader.core.formats`) that bounds the memory
an import takes, whatever it is given.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import lexicon
from reader.core.changes import Changes
from reader.core.chrome import BoilerplateCounter
from reader.core.record import Record
from reader.services.changelog import ChangeLog
from reader.services.extraction import Built, Extracted, build, build_triple, extract, extract_in_worker, start_worker
from reader.services.reanchor import move_annotations
from reader.services.sources import ImportFailure, OpenArchives, SourceFile, list_sources
from reader.storage import article_notes_repo, articles_repo, collections_repo

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

CHUNK_SIZE = 1000
CHUNK_BYTES = 32 * 1024 * 1024
PARALLEL_THRESHOLD = 200


class ImportProgress(Record):
    done: int
    total: int
    current: str


class ImportReport(Record, frozen=False):
    imported: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: int = 0
    failed: list[ImportFailure] = field(default_factory=list)
    ignored: int = 0
    cancelled: bool = False
    reanchored: int = 0
    orphaned: int = 0
    superseded: dict[int, int] = field(default_factory=dict)  # old version's id -> the new version's
    outlet_set: list[int] = field(default_factory=list)  # unchanged articles given the import's --outlet

    @property
    def changed_article_ids(self) -> list[int]:
        return self.imported + self.updated

    def library_changes(self, imported_from: int = 0, superseded_from: int = 0, outlet_from: int = 0) -> Changes:
        """What the import changed (from the given positions in `imported`, `superseded` and
        `outlet_set` on)."""
        imported = self.imported[imported_from:]
        pairs = tuple(list(self.superseded.items())[superseded_from:])
        return Changes(articles_added=frozenset(imported), articles_superseded=pairs,
                       articles_updated=frozenset(self.outlet_set[outlet_from:]),
                       annotations=frozenset(new for _old, new in pairs),
                       collections=bool(imported or pairs))


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]


class _CollectionState:
    """What an import knows about one collection: its id and the boilerplate learned so far."""

    def __init__(self, collection_id: int, stored: frozenset[bytes]) -> None:
        self.id = collection_id
        self.stored = stored
        self.counter = BoilerplateCounter()

    def learned(self) -> frozenset[bytes]:
        return self.stored | self.counter.learned()


def import_paths(
    db: sqlite_utils.Database,
    paths: list[str | Path],
    collection: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    workers: int | None = None,
    changes: ChangeLog | None = None,
    outlet: str | None = None,
    added_by: str = "",
) -> ImportReport:
    """Import `paths` into `collection` (default: each folder's name), chunk by chunk; each chunk's changes
    go to `changes` once it has committed. `outlet`, when given, is recorded as the outlet of every
    article of the import, found unchanged ones included; `added_by` as who added the new texts (their
    provenance in exports)."""
    changes = changes or ChangeLog()
    outlet = " ".join(outlet.split()) if outlet else None
    listing = list_sources(paths, collection)
    report = ImportReport(failed=list(listing.failures), ignored=listing.ignored)
    files = listing.files
    total = len(files)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    states: dict[str, _CollectionState] = {}
    done = 0
    with ExitStack() as stack:
        pool = None
        if workers > 1 and total >= PARALLEL_THRESHOLD:
            # spawn, not fork: the GUI runs imports beside Qt's threads, which fork would copy mid-flight.
            context = multiprocessing.get_context("spawn")
            # Each worker dies with this process, so a killed import leaves no process behind.
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker,
                                       initargs=(os.getpid(), lexicon.cache_dir()))
            # On cancel or error, work still queued is dropped instead of run to the end.
            stack.callback(pool.shutdown, wait=True, cancel_futures=True)
        archives = OpenArchives()  # for the files this process reads itself
        stack.callback(archives.close)
        chunks = list(_chunks(files))
        extracting = _extract_chunk(chunks[0], pool, archives) if chunks else iter(())
        for number in range(len(chunks)):
            results: list[Extracted] = []
            for result in extracting:
                results.append(result)
                done += 1
                if progress:
                    progress(ImportProgress(done, total, result.source.name))
                if cancelled and cancelled():
                    report.cancelled = True
                    break
            if report.cancelled:
                break  # the unfinished chunk is not written: nothing half-done reaches the library
            following = chunks[number + 1] if number + 1 < len(chunks) else None
            extracting = _write_chunk(db, results, states, report, pool, following, archives, changes, outlet,
                                      added_by)
    return report


def _chunks(files: list[SourceFile]) -> Iterator[list[SourceFile]]:
    """The files cut into chunks of at most CHUNK_SIZE files and (past each chunk's first file)
    CHUNK_BYTES of input, by the sizes they had when listed."""
    chunk: list[SourceFile] = []
    size = 0
    for source in files:
        if chunk and (len(chunk) == CHUNK_SIZE or size + source.size > CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append(source)
        size += source.size
    if chunk:
        yield chunk


def _extract_chunk(chunk: list[SourceFile], pool: ProcessPoolExecutor | None, archives: OpenArchives) -> Iterator[Extracted]:
    """The chunk's files read and parsed, in order. With a pool the work is queued at once, so the
    workers read while the caller writes the previous chunk; without one it is done lazily. Either
    way each file (or zip member) is read by the process that parses it, when it parses it."""
    if pool is None:
        return (extract(source, archives) for source in chunk)
    return pool.map(extract_in_worker, chunk, chunksize=max(1, len(chunk) // 32))


def _learn(
    db: sqlite_utils.Database, results: list[Extracted], states: dict[str, _CollectionState]
) -> dict[str, frozenset[bytes]]:
    """Count the chunk's lines per collection; return each collection's boilerplate so far."""
    for result in results:
        if result.failure is None:
            state = _state_for(db, states, result.source.collection)
            for _doc, digests in result.documents:
                state.counter.add_file(digests)
    return {name: state.learned() for name, state in states.items()}


def _build_chunk(
    results: list[Extracted], learned: dict[str, frozenset[bytes]], pool: ProcessPoolExecutor | None
) -> Iterator[Built]:
    items = [
        (result.source, doc, learned[result.source.collection])
        for result in results
        if result.failure is None
        for doc, _digests in result.documents
    ]
    if pool is None:
        return (build(*item) for item in items)
    return pool.map(build_triple, items, chunksize=max(1, len(items) // 32))


def _write_chunk(
    db: sqlite_utils.Database,
    results: list[Extracted],
    states: dict[str, _CollectionState],
    report: ImportReport,
    pool: ProcessPoolExecutor | None,
    following: list[SourceFile] | None,
    archives: OpenArchives,
    changes: ChangeLog,
    outlet: str | None,
    added_by: str = "",
) -> Iterator[Extracted]:
    """Write one chunk in one transaction; return the extraction of the `following` chunk, which
    the workers start on as soon as they have built this one's articles."""
    extracting: Iterator[Extracted] = iter(())
    before = len(report.imported), len(report.superseded), len(report.outlet_set)
    with changes.write(db) as staged:
        learned = _learn(db, results, states)
        report.failed.extend(r.failure for r in results if r.failure is not None)
        building = _build_chunk(results, learned, pool)
        if following is not None:
            extracting = _extract_chunk(following, pool, archives)
        for built in building:  # stored as they arrive: writing overlaps the workers' building
            if built.failure is not None:
                report.failed.append(built.failure)
            elif built.article is not None:
                _store(db, states[built.source.collection].id, built, report, outlet, added_by)
        for state in states.values():
            new = state.counter.learned() - state.stored
            if new:
                collections_repo.save_boilerplate(db, state.id, new)
                state.stored = state.stored | new
        staged.add(report.library_changes(*before))
    return extracting


def _state_for(db: sqlite_utils.Database, states: dict[str, _CollectionState], name: str) -> _CollectionState:
    state = states.get(name)
    if state is None:
        collection_id = collections_repo.get_or_create(db, name)
        state = states[name] = _CollectionState(collection_id, collections_repo.load_boilerplate(db, collection_id))
    return state


def _store(db: sqlite_utils.Database, collection_id: int, built: Built, report: ImportReport, outlet: str | None,
           added_by: str = "") -> None:
    article = built.article
    assert article is not None
    indexed = built.indexed
    current = articles_repo.current_version(db, collection_id, article.source)
    if current is not None and (current.raw_hash == article.raw_hash or current.content_hash == article.content_hash):
        report.unchanged += 1
        if outlet:
            report.outlet_set.extend(articles_repo.set_outlet(db, [current.id], outlet))
        return
    if current is None and articles_repo.has_current_copy(db, collection_id, article.raw_hash, article.content_hash):
        report.unchanged += 1  # the same page saved under another name
        return
    if current is None:
        report.imported.append(articles_repo.insert(db, collection_id, article, indexed=indexed, outlet=outlet,
                                                    added_by=added_by))
        return
    new_id = articles_repo.insert(db, collection_id, article, version=current.version + 1, indexed=indexed,
                                  outlet=outlet, added_by=added_by)
    moved = move_annotations(db, current.id, new_id, article.text, article.content_hash)
    article_notes_repo.move(db, current.id, new_id)
    report.reanchored += moved.placed
    report.orphaned += moved.orphaned
    articles_repo.supersede(db, current.id)
    report.superseded[current.id] = new_id
    log.info("%s: version %d; %d annotations re-anchored, %d orphaned", article.source, current.version + 1,
             moved.placed, moved.orphaned)
    report.updated.append(new_id)

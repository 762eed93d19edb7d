"""A large library for benchmarks: `count` generated seed-shaped articles (~4 KB each) in a few collections.

    python -m benchmarks.big_library [--count N] [--path FILE] [--rebuild]

Articles are built in worker processes (`extract_documents` + `build_article`, no file importer)
and stored with `articles_repo.insert` in large transactions. The file is built once and reused
while it holds the right number of articles; it lives under `benchmarks/out/` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
COLLECTIONS = ("kabul-desk", "herat-desk", "balkh-desk", "nangarhar-desk", "wire")
# Persian text is ~1.9 UTF-8 bytes a character; 1,900 characters of body make a ~4 KB page.
TARGET_CHARS = 1900
CHUNK = 1000  # articles per worker task
TRANSACTION = 10_000  # articles per write transaction
SEED = 11

_bank: list[str] = []


# Bumped whenever the generated articles change, so that an older library is not reused.
GENERATION = 2  # 2: made-up names, the rare words of a library built without ../shared (issue 22)


def default_path(count: int) -> Path:
    return OUT / f"library-{count}-g{GENERATION}.hashiya.sqlite"


def _load_bank(lexicon_cache: str | None) -> None:
    from benchmarks.corpus import sentence_bank
    from reader.core import lexicon

    global _bank
    _bank = sentence_bank()
    lexicon.use_cache_dir(lexicon_cache)


def _build_chunk(bounds: tuple[int, int]) -> list[tuple[int, object, tuple[str, str, str, str]]]:
    """Articles `start..stop-1`, each with its search-index row; deterministic per chunk."""
    from benchmarks.corpus import seed_shaped_article
    from reader.core import lexicon
    from reader.core.builder import build_article
    from reader.core.formats import extract_documents

    start, stop = bounds
    rng = random.Random(SEED * 1_000_003 + start)
    built = []
    for n in range(start, stop):
        data = seed_shaped_article(rng, _bank, n, TARGET_CHARS).encode("utf-8")
        (document,) = extract_documents(f"{n:06}.txt", data)
        article = build_article(document)
        built.append((n, article, lexicon.shared().index_row(article.title, article.text)))
    return built


def _chunks(count: int) -> Iterator[tuple[int, int]]:
    for start in range(0, count, CHUNK):
        yield start, min(count, start + CHUNK)


def library_count(path: Path) -> int | None:
    """Current articles in an existing library file; None when it is missing or unreadable."""
    from reader.storage.driver import sqlite3

    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM articles WHERE is_current").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".build.json"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build_library(path: Path, count: int, workers: int | None = None) -> dict[str, float]:
    """Build the library at `path` (replacing any file there); returns timings."""
    from reader.core import lexicon
    from reader.services.locations import user_cache_dir
    from reader.storage import articles_repo, collections_repo
    from reader.storage.database import open_database, transaction

    workers = workers or os.cpu_count() or 1
    partial = path.with_name(path.name + ".partial")
    _remove(partial)
    started = time.perf_counter()
    # Spawned workers: nothing of this process (an open connection, a Qt import) is inherited.
    context = multiprocessing.get_context("spawn")
    lexicon.use_cache_dir(user_cache_dir())
    lexicon.shared()  # built (and cached for the workers) once, before they start
    with context.Pool(workers, initializer=_load_bank, initargs=(str(user_cache_dir()),)) as pool:
        db = open_database(partial)
        # A throwaway file until it is renamed: no fsyncs, a big page cache.
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")  # 256 MB
        with transaction(db):
            collection_ids = [collections_repo.get_or_create(db, name) for name in COLLECTIONS]
        done = 0
        pending = 0
        db.execute("BEGIN IMMEDIATE")
        try:
            for built in pool.imap(_build_chunk, _chunks(count)):
                for n, article, folded in built:
                    articles_repo.insert(db, collection_ids[n % len(collection_ids)], article, indexed=folded)
                done += len(built)
                pending += len(built)
                if pending >= TRANSACTION:
                    db.execute("COMMIT")
                    db.execute("BEGIN IMMEDIATE")
                    pending = 0
                    elapsed = time.perf_counter() - started
                    _progress(f"  big library: {done:,}/{count:,} articles, {elapsed:.1f} s ({done / elapsed:,.0f}/s)")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            db.close()
            _remove(partial)
            raise
    stored = time.perf_counter() - started
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    _remove(path)
    partial.rename(path)
    elapsed = time.perf_counter() - started
    size_mb = path.stat().st_size / 1024 / 1024
    _progress(f"  big library: {count:,} articles in {elapsed:.1f} s, {size_mb:,.0f} MB at {path}")
    timings = {"articles": count, "seconds": elapsed, "store_seconds": stored, "library_mb": size_mb,
               "articles_per_s": count / elapsed, "workers": workers}
    _build_file(path).write_text(json.dumps(timings), encoding="utf-8")
    return timings


def _build_file(path: Path) -> Path:
    return path.with_name(path.name + ".build.json")


def build_info(path: Path) -> dict | None:
    """How the library at `path` was built (rate, time, size), if this module built it."""
    try:
        return json.loads(_build_file(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def ensure_library(path: Path | None = None, count: int = 100_000) -> Path:
    """The library at `path` (default `benchmarks/out/library-<count>.hashiya.sqlite`), built if missing
    or holding a different number of articles."""
    path = Path(path) if path is not None else default_path(count)
    found = library_count(path)
    if found == count:
        _progress(f"  big library: reusing {path} ({count:,} articles)")
        return path
    if found is not None:
        _progress(f"  big library: {path} holds {found:,} articles, not {count:,}; rebuilding")
    path.parent.mkdir(parents=True, exist_ok=True)
    build_library(path, count)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--path", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true", help="build even when a matching file exists")
    args = parser.parse_args(argv)
    path = args.path or default_path(args.count)
    if args.rebuild:
        _remove(path)
    ensure_library(path, args.count)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Import throughput: N generated seed-sized articles into a fresh library (N=20,000 by default).

    python -m benchmarks.import_speed [--count N] [--workers W]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_collection
from reader.services.importer import import_paths
from reader.storage.database import open_database


def _peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def measure(count: int, workers: int | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_collection(Path(tmp) / "collection", count)
        size_kb = sum(p.stat().st_size for p in folder.iterdir()) / count / 1024
        db = open_database(Path(tmp) / "library.sqlite")
        started = time.perf_counter()
        report = import_paths(db, [folder], workers=workers)
        elapsed = time.perf_counter() - started
        db.close()
        library_mb = (Path(tmp) / "library.sqlite").stat().st_size / 1024 / 1024
    own, children = _peak_rss_mb()
    return {
        "articles": len(report.imported),
        "failed": len(report.failed),
        "avg_file_kb": size_kb,
        "seconds": elapsed,
        "articles_per_s": len(report.imported) / elapsed,
        "peak_rss_main_mb": own,
        "peak_rss_worker_mb": children,
        "library_mb": library_mb,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args(argv)
    result = measure(args.count, args.workers)
    width = max(map(len, result))
    print(f"{'import benchmark':<{width}}  value")
    for key, value in result.items():
        print(f"{key:<{width}}  {value:,.2f}" if isinstance(value, float) else f"{key:<{width}}  {value:,}")
    return 0 if result["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

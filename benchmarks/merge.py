"""Merge speed: 10 colleagues' files × 10,000 annotations each, into one library.

    python -m benchmarks.merge [--files N] [--annotations N] [--json]

Each file is a W3C JSON-LD export (what a colleague would send) of annotations over the same 200
generated articles; merging reads every file, then plans and writes them in one transaction.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.corpus import write_collection



def _files(library_path: Path, folder: Path, files: int, per_file: int) -> list[Path]:
    from reader.core.anchoring import make_anchor
    from reader.core.exchange.model import ExchangeAnnotation, ExchangeArticle, ExchangeFile, ExchangeTag
    from reader.core.exchange.w3c import write_jsonld
    from reader.services.library import Library

    library = Library(library_path)
    articles = [library.article(i) for i in library.article_ids()]
    library.close()
    rng = random.Random(5)
    tags = ("ادعا", "تکذیب", "شاهد عینی", "منبع رسمی")
    paths = []
    exchange_articles = tuple(ExchangeArticle(a.content_hash, a.content_hash, a.title, a.source, a.date) for a in articles)
    for number in range(files):
        annotations = []
        for _ in range(per_file):
            article = rng.choice(articles)
            start = rng.randrange(0, len(article.text) - 120)
            anchor = make_anchor(article.text, start, start + rng.randint(8, 110))
            stamp = f"2026-{rng.randint(1, 11):02}-{rng.randint(1, 28):02}T10:00:00.000+00:00"
            annotations.append(ExchangeAnnotation(
                str(uuid.UUID(int=rng.getrandbits(128), version=4)), article.content_hash, anchor.start, anchor.end,
                anchor.exact, anchor.prefix, anchor.suffix, tuple(rng.sample(tags, rng.randint(1, 2))),
                rng.choice(("", "یادداشت کوتاه", "سطر یک\nسطر دو")), f"author-{number}", stamp, stamp))
        data = ExchangeFile(exchange_articles, tuple(annotations), tuple(ExchangeTag(t, "#3b7dd8") for t in tags))
        path = folder / f"colleague-{number}.jsonld"
        path.write_text(write_jsonld(data), encoding="utf-8")
        paths.append(path)
    return paths


def measure(files: int = 10, per_file: int = 10_000) -> dict[str, float]:
    from reader.services.exchange import read_exchange_file
    from reader.services.library import Library

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        collection = write_collection(tmp / "news", 200)
        library = Library(tmp / "lib.sqlite")
        library.import_paths([collection])
        library.close()
        paths = _files(tmp / "lib.sqlite", tmp, files, per_file)
        size_mb = sum(p.stat().st_size for p in paths) / 1024 / 1024
        library = Library(tmp / "lib.sqlite")
        started = time.perf_counter()
        loaded = [read_exchange_file(p) for p in paths]
        read_s = time.perf_counter() - started
        plan = library.exchange.merge(loaded)
        total_s = time.perf_counter() - started
        again_started = time.perf_counter()
        again = library.exchange.merge(loaded)
        again_s = time.perf_counter() - again_started
        library.close()
    return {
        "files": files,
        "annotations_per_file": per_file,
        "files_mb": size_mb,
        "read_s": read_s,
        "read_and_merge_s": total_s,
        "annotations_per_s": files * per_file / total_s,
        "added": len(plan.added),
        "orphaned": len(plan.orphaned),
        "merge_again_s": again_s,
        "changed_by_merging_again": again.changes,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.files, args.annotations)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{'merge benchmark':<26} value")
    for key, value in result.items():
        print(f"{key:<26} {value:,.2f}" if isinstance(value, float) else f"{key:<26} {value:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

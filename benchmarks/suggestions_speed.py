"""How fast suggestions come: the first call, one 5,000-word article, a 10,000-article collection.

    python -m benchmarks.suggestions_speed [--articles N] [--words N] [--json]

The first call imports hazm and builds the sentence tokenizer and the verb tables of the cue
lexicon; it runs off the UI thread in the app, once per process. The article is built from real
news sentences (../shared/corpus, else our own bank) and matched without the cache, seven times
(the median is reported, wall and CPU time: on a busy machine the CPU time is the fairer
figure). The collection is a fresh library of N seed-sized articles, suggested
through SuggestionService.for_collection with an empty cache, as the review queue would.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import seed_shaped_article, sentence_bank
from benchmarks.sentences import corpus_folder


def article_of(words: int, rng: random.Random, bank: list[str]) -> str:
    paragraphs, count = [], 0
    while count < words:
        paragraph = " ".join(rng.choice(bank) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "عنوان\n\n" + "\n\n".join(paragraphs)


def _library(path: Path, count: int, rng: random.Random, bank: list[str]) -> float:
    """A library of `count` seed-sized articles, written directly (the import has its own benchmark)."""
    from reader.core.article import Article
    from reader.core.text import content_hash
    from reader.storage import articles_repo, collections_repo
    from reader.storage.database import open_database, transaction

    started = time.perf_counter()
    db = open_database(path)
    collection_id = collections_repo.get_or_create(db, "bench")
    with transaction(db):
        for n in range(count):
            page = seed_shaped_article(rng, bank, n)
            paragraphs = tuple(p for p in page.split("\n\n") if len(p) > 80)
            article = Article(source=f"{n:06}.txt", format="txt", title=f"خبر {n}", paragraphs=paragraphs, date=None,
                              dateline=None, language="fa-AF", direction="rtl", raw=page, raw_hash=content_hash(page))
            articles_repo.insert(db, collection_id, article)
    db.close()
    return time.perf_counter() - started


def measure(articles: int = 10_000, words: int = 5_000) -> dict[str, float | int]:
    from reader.core import suggestions

    rng = random.Random(18)
    bank = sentence_bank(corpus_folder())
    started, cpu = time.perf_counter(), time.process_time()
    suggestions.preload()
    first_call, first_call_cpu = time.perf_counter() - started, time.process_time() - cpu

    text = article_of(words, rng, bank)
    times, cpu_times, found = [], [], 0
    for _ in range(7):
        started, cpu = time.perf_counter(), time.process_time()
        found = len(suggestions.suggest(text))
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu)

    from reader.services.suggestions import SuggestionService, _Cache
    from reader.storage.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "suggest.sqlite"
        build_seconds = _library(path, articles, rng, bank)
        db = open_database(path)
        done = []
        started, cpu = time.perf_counter(), time.process_time()
        run = SuggestionService(db, cache=_Cache()).for_collection(None, progress=lambda n, total: done.append(n))
        collection_seconds, collection_cpu = time.perf_counter() - started, time.process_time() - cpu
        db.close()
    return {
        "first_call_s": round(first_call, 2),
        "first_call_cpu_s": round(first_call_cpu, 2),
        "article_words": len(text.split()),
        "article_ms_median": round(statistics.median(times) * 1000, 1),
        "article_cpu_ms_median": round(statistics.median(cpu_times) * 1000, 1),
        "article_ms_max": round(max(times) * 1000, 1),
        "article_suggestions": found,
        "collection_articles": run.articles_done,
        "collection_s": round(collection_seconds, 1),
        "collection_cpu_s": round(collection_cpu, 1),
        "collection_articles_per_s": round(run.articles_done / collection_seconds, 1),
        "collection_suggestions": len(run.suggestions),
        "progress_calls": len(done),
        "library_build_s": round(build_seconds, 1),
        "real_corpus": len(bank) > 100,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.suggestions_speed", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=5_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.articles, args.words)
    if args.json:
        print(json.dumps(result))
        return 0
    for key, value in result.items():
        print(f"{key:<28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Team folder sync at team scale: 10 authors × 100,000 annotations, one change at a time.

    python -m benchmarks.team_sync [--colleagues 9] [--annotations 100000] [--articles 200] [--changes 5] [--json]

One library (this user, 100,000 annotations of their own) and a team folder holding 9 colleagues'
folders, each written the way their Hashiya writes it (100,000 annotations in 256 shard files).
Set-up, timed but not budgeted: the first round, which merges every colleague's annotations and
writes this user's. Then, each the median of `--changes` runs:

- a colleague's change lands: one of their annotations edited, its shard rewritten atomically,
  then the round the window runs when the folder watcher fires (merge only) — budget ≤ 2 s;
- an idle check (nothing changed: what the periodic check costs), and an idle round that also
  checks this user's shards;
- this user's change: one annotation edited, then the write round the window runs a few seconds
  later (only the shard holding it is written).
Wall and CPU seconds are both shown: on a busy machine the CPU figure is the fairer one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.corpus import write_collection

CHANGE_BUDGET_S = 2.0
TAGS = ("ادعا", "تکذیب", "شاهد عینی", "منبع رسمی")


def _annotations(articles, author: str, count: int, rng: random.Random):
    from reader.core.anchoring import make_anchor
    from reader.core.exchange.model import ExchangeAnnotation

    now = datetime.now(UTC)
    made = []
    for _ in range(count):
        article = rng.choice(articles)
        start = rng.randrange(0, len(article.text) - 120)
        anchor = make_anchor(article.text, start, start + rng.randint(8, 110))
        stamp = (now - timedelta(days=rng.randint(1, 300), seconds=rng.randint(0, 86_399))).isoformat(
            timespec="milliseconds")
        made.append(ExchangeAnnotation(
            str(uuid.UUID(int=rng.getrandbits(128), version=4)), article.content_hash, anchor.start, anchor.end,
            anchor.exact, anchor.prefix, anchor.suffix, tuple(rng.sample(TAGS, rng.randint(1, 2))),
            rng.choice(("", "یادداشت کوتاه", "سطر یک\nسطر دو")), author, stamp, stamp))
    return made


def _exchange_file(articles, annotations):
    from reader.core.exchange.model import ExchangeArticle, ExchangeFile, ExchangeTag

    described = tuple(ExchangeArticle(a.content_hash, a.content_hash, a.title, a.source, a.date) for a in articles)
    return ExchangeFile(described, tuple(annotations), tuple(ExchangeTag(t, "#3b7dd8") for t in TAGS))


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)  # a sync engine puts a file in place the same way


class Colleague:
    """A colleague's folder in the team folder, written as their Hashiya writes it."""

    def __init__(self, team: Path, number: int, articles, count: int, rng: random.Random) -> None:
        from reader.core.team_layout import shard_of, shard_width, writer_folder

        self.author = f"colleague-{number}"
        self.folder = team / writer_folder(self.author, f"{number:032x}")
        self.folder.mkdir()
        self.articles = articles
        self.width = shard_width(count)
        self.shards: dict[str, list] = {}
        for annotation in _annotations(articles, self.author, count, rng):
            self.shards.setdefault(shard_of(annotation.uuid, self.width), []).append(annotation)
        for shard in self.shards:
            self.write(shard)

    def write(self, shard: str) -> None:
        from reader.core.exchange.w3c import write_jsonld

        text = write_jsonld(_exchange_file(self.articles, self.shards[shard]), indent=None)
        _write_atomically(self.folder / f"{shard}.jsonld", text)

    def edit_one(self, rng: random.Random) -> str:
        shard = rng.choice(sorted(self.shards))
        annotations = self.shards[shard]
        index = rng.randrange(len(annotations))
        now = datetime.now(UTC).isoformat(timespec="milliseconds")
        annotations[index] = replace(annotations[index], note=f"ویرایش {now}", modified=now)
        self.write(shard)
        return annotations[index].uuid


def _timed(library, call):
    """One operation as the window runs it: timed, then its change record taken (as `Operations` does)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    library.take_changes()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def measure(colleagues: int = 9, per_author: int = 100_000, articles: int = 200, changes: int = 5) -> dict:
    from reader.services.library import Library

    rng = random.Random(20)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        started = time.perf_counter()
        library = Library(tmp / "me.sqlite")
        library.import_paths([write_collection(tmp / "news", articles)])
        texts = [library.article(i) for i in library.article_ids()]
        library.exchange.merge([_exchange_file(texts, _annotations(texts, "me", per_author, rng))])
        library.take_changes()
        team = tmp / "team"
        team.mkdir()
        folders = [Colleague(team, n, texts, per_author, rng) for n in range(colleagues)]
        files = sum(len(c.shards) for c in folders)
        team_mb = sum(p.stat().st_size for p in team.rglob("*.jsonld")) / 1024 / 1024
        setup_s = time.perf_counter() - started

        transport = library.team.open_folder(str(team), "me")
        first, first_s, first_cpu = _timed(library, lambda: library.team.sync(transport))
        own_files = len(first.written)

        lands, idle, idle_full, mine = [], [], [], []
        own_uuids = [row.annotation.uuid for row in library.annotations.list_rows(author="me")]
        for number in range(changes):
            colleague = folders[number % len(folders)]
            edited = colleague.edit_one(rng)
            report, wall, cpu = _timed(library, lambda: library.team.sync(transport, write=False))
            if report.updated != [edited] or len(report.files) != 1:
                raise AssertionError(f"the change did not arrive alone: {report.as_json()}")
            lands.append((wall, cpu))
            report, wall, cpu = _timed(library, lambda: library.team.sync(transport, write=False))
            if report.files:
                raise AssertionError("an idle check read something")
            idle.append((wall, cpu))
            report, wall, cpu = _timed(library, lambda: library.team.sync(transport))
            if report.files or report.written:
                raise AssertionError("an idle round read or wrote something")
            idle_full.append((wall, cpu))
            library.annotations.set_note(rng.choice(own_uuids), f"ویرایش من {number}")
            report, wall, cpu = _timed(library, lambda: library.team.sync(transport, merge=False))
            if len(report.written) != 1:
                raise AssertionError(f"one change should rewrite one shard: {report.written}")
            mine.append((wall, cpu))
        library_mb = (tmp / "me.sqlite").stat().st_size / 1024 / 1024
        library.close()

    def median(pairs, which: int) -> float:
        return statistics.median(pair[which] for pair in pairs)

    return {
        "authors": colleagues + 1,
        "annotations_per_author": per_author,
        "team_files": files + own_files,
        "team_folder_mb": team_mb,
        "library_mb": library_mb,
        "setup_s": setup_s,
        "first_round_s": first_s,
        "first_round_cpu_s": first_cpu,
        "first_round_added": len(first.added),
        "change_lands_s": median(lands, 0),
        "change_lands_cpu_s": median(lands, 1),
        "change_lands_max_s": max(wall for wall, _ in lands),
        "idle_round_s": median(idle, 0),
        "idle_round_cpu_s": median(idle, 1),
        "idle_full_round_s": median(idle_full, 0),
        "idle_full_round_cpu_s": median(idle_full, 1),
        "my_change_written_s": median(mine, 0),
        "my_change_written_cpu_s": median(mine, 1),
        "changes": changes,
        "budget_s": CHANGE_BUDGET_S,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--colleagues", type=int, default=9)
    parser.add_argument("--annotations", type=int, default=100_000, help="per author")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--changes", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.colleagues, args.annotations, args.articles, args.changes)
    if args.json:
        print(json.dumps(result))
        return 0
    rows = [
        ("team", f"{result['authors']} authors × {result['annotations_per_author']:,} annotations; "
                 f"{result['team_files']:,} files, {result['team_folder_mb']:,.0f} MB; library {result['library_mb']:,.0f} MB"),
        ("first round (joining)", f"{result['first_round_s']:.1f} s (CPU {result['first_round_cpu_s']:.1f} s), "
                                  f"{result['first_round_added']:,} annotations merged"),
        ("a colleague's change lands", f"{result['change_lands_s']:.3f} s (CPU {result['change_lands_cpu_s']:.3f} s; "
                                       f"worst {result['change_lands_max_s']:.3f} s) — budget ≤ {CHANGE_BUDGET_S} s "
                                       f"{'ok' if result['change_lands_s'] <= CHANGE_BUDGET_S else 'MISSED'}"),
        ("idle check (merge only)", f"{result['idle_round_s']:.3f} s (CPU {result['idle_round_cpu_s']:.3f} s)"),
        ("idle round (merge + write)", f"{result['idle_full_round_s']:.3f} s (CPU {result['idle_full_round_cpu_s']:.3f} s)"),
        ("my change written", f"{result['my_change_written_s']:.3f} s (CPU {result['my_change_written_cpu_s']:.3f} s)"),
        ("peak RSS", f"{result['peak_rss_mb']:,.0f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'team sync benchmark':<{width}}  median of {result['changes']}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0 if result["change_lands_s"] <= CHANGE_BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())

"""Agreement speed: 3 coders over 1,000 articles, the full report in ≤ 1 s (issue 17).

    python -m benchmarks.agreement [--articles N] [--coders N] [--spans N] [--json]

A fresh library of N seed-shaped articles (imported as a user would). The first coder marks
`--spans` passages per article with «ادعا» or «تکذیب»; each other coder keeps most of them with
moved boundaries, drops some, switches the tag of some and adds some of their own, so that the
figures are neither perfect nor empty. Then `AgreementService.report()` — the whole-library
figures per tag and pair and the per-article table — is timed (median of 5, after the first),
beside the other operations the agreement view runs and, as a reference measured in the same run,
the least any exact count must do: read the compared articles' texts and count their units.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.budget import AGREEMENT_S, ROOT, child_env, mark

RUNS = 5


def _timed(work: Callable[[], object], runs: int = RUNS) -> tuple[float, float, float, object]:
    """(first run, median of the next `runs`, their median CPU time) in seconds, and the last result.
    CPU time is this process's own: on a machine busy with other work it stays near the quiet
    machine's wall-clock time while the wall clock grows."""
    started = time.perf_counter()
    result = work()
    first = time.perf_counter() - started
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return first, statistics.median(times), statistics.median(cpu), result


def _annotate(db, coders: int, spans: int, rng: random.Random) -> int:
    """Every coder's annotations of every article, written in one transaction. Returns how many."""
    from reader.services.annotations import new_annotation
    from reader.storage import annotations_repo, articles_repo, tags_repo
    from reader.storage.database import transaction

    claim, denial = (t.id for t in tags_repo.list_all(db)[:2])
    count = 0
    with transaction(db):
        for article in articles_repo.iter_current(db):
            length = len(article.text)
            marked = []
            for _ in range(spans):
                start = rng.randrange(0, max(1, length - 220))
                marked.append((start, start + rng.randint(20, 200), rng.choice((claim, denial))))
            for coder in range(coders):
                own = marked if coder == 0 else _vary(marked, length, rng, (claim, denial))
                for start, end, tag in own:
                    record = new_annotation(article, start, end, [tag], author=f"coder {coder + 1}")
                    annotations_repo.insert(db, record)
                    count += 1
    return count


def _vary(marked: list[tuple[int, int, int]], length: int, rng: random.Random,
          tags: tuple[int, int]) -> list[tuple[int, int, int]]:
    varied = []
    for start, end, tag in marked:
        if rng.random() < 0.15:
            continue  # missed
        start = max(0, start + rng.randint(-15, 15))
        end = min(length, max(start + 1, end + rng.randint(-15, 15)))
        varied.append((start, end, rng.choice(tags) if rng.random() < 0.1 else tag))
    for _ in range(rng.randint(0, 2)):  # passages only this coder saw
        start = rng.randrange(0, max(1, length - 120))
        varied.append((start, start + rng.randint(15, 100), rng.choice(tags)))
    return varied


def measure(articles: int = 1000, coders: int = 3, spans: int = 8) -> dict[str, object]:
    from benchmarks.corpus import write_collection
    from reader.core.coding_layers import unit_count
    from reader.services.agreement import AgreementService
    from reader.services.importer import import_paths
    from reader.storage import agreement_repo
    from reader.storage.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite"
        db = open_database(path)
        import_paths(db, [write_collection(Path(tmp) / "collection", articles)])
        annotations = _annotate(db, coders, spans, random.Random(17))
        service = AgreementService(db)
        first, median, cpu, report = _timed(service.report)
        authors = report.authors

        def reference() -> int:
            return sum(unit_count(text) for _id, _title, text in agreement_repo.texts(db, report.articles))

        _, reference_median, _, _ = _timed(reference)
        _, disagreements_median, _, found = _timed(lambda: service.disagreements(authors[0], authors[1]))
        _, confusion_median, _, _ = _timed(lambda: service.confusion(authors[0], authors[1], list(report.tags)))
        started = time.perf_counter()
        cli = subprocess.run([sys.executable, "main.py", "agreement", "--json", "--library", str(path)], cwd=ROOT,
                             env=child_env(), capture_output=True, text=True)
        cli_seconds = time.perf_counter() - started
        db.close()
    if cli.returncode != 0:
        raise RuntimeError(f"`main.py agreement` failed: {cli.stderr.strip()}")
    tags = report.tags.values()
    return {
        "articles": len(report.articles),
        "coders": len(authors),
        "annotations": annotations,
        "units": report.units,
        "report_seconds_first": first,
        "report_seconds_median": median,
        "report_cpu_seconds_median": cpu,
        "reference_seconds_median": reference_median,
        "report_to_reference": median / reference_median if reference_median else None,
        "disagreements_pair_seconds_median": disagreements_median,
        "disagreements_pair": len(found),
        "confusion_pair_seconds_median": confusion_median,
        "cli_json_seconds": cli_seconds,
        "alpha": {tag.tag: tag.alpha for tag in tags},
        "kappa_first_pair": {tag.tag: tag.pairs[0].kappa for tag in tags},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--coders", type=int, default=3)
    parser.add_argument("--spans", type=int, default=8, help="passages the first coder marks per article")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.articles, args.coders, args.spans)
    ok = result["report_seconds_median"] <= AGREEMENT_S
    if args.json:
        print(json.dumps({**result, "ok": ok}, ensure_ascii=False))
        return 0 if ok else 1
    width = max(map(len, result))
    print(f"{'agreement benchmark':<{width}}  value")
    for key, value in result.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v:.3f}" if v is not None else f"{k} –" for k, v in value.items())
        elif isinstance(value, float):
            value = f"{value:,.3f}"
        elif isinstance(value, int):
            value = f"{value:,}"
        print(f"{key:<{width}}  {value}")
    print(f"{'report budget':<{width}}  ≤ {AGREEMENT_S:.1f} s: {mark(ok)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Hashiya's performance budget: every benchmark, one table, a non-zero exit when a budget is missed.

    python -m benchmarks [--quick] [--json] [--only NAME[,NAME]] [--verbose]

Every time budget is a ratio to the reference start measured in the same run: a fresh interpreter
showing a bare QMainWindow with a QTextEdit holding a Persian page, to its first paint
(`benchmarks.reference`; start-up interleaves its own, the others measure it just before). The
table shows the seconds and the ratio, and the budget as a ratio and as seconds in this run.

Benchmarks (NAME), each in a fresh interpreter of its own, in this order:
  startup      cold start to a painted window, empty library and 100,000 articles, offscreen and
               under Xvfb; peak RSS at first paint; hazm
  annotations  open an article with 1,000 annotations to painted; save one annotation
  search       query p50/p95 by query class on 100,000 articles, beside bare FTS5's on the same queries
  import       import 20,000 generated seed-sized articles into a fresh library
  memory       all Hashiya processes' resident memory after opening 100 articles and 10 s idle
  agreement    agreement report for 3 coders over 1,000 annotated articles
  suggestions  suggested claims and denials: a 5,000-word article, a 10,000-article collection
  claims       precision and recall of those suggestions on the hand-labelled sentences
  scale        (only when named: an hour or more) search at 1,000,000 articles, no budget: p50/p95 per
               class, index size, the rate the library was built at

--quick is a smoke run with smaller sizes (a 5,000-article library, 2,000 articles to import,
one start per case, 50 queries per class, 300 articles for the agreement report); its figures are compared with the same budgets but do
not show whether the real sizes meet them. The big library is built once into benchmarks/out/.
Exit status: 0 when every budget is met, 1 when one is missed or a benchmark failed to run.
See docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, UTC

from benchmarks import budget as b
from benchmarks.budget import ChildError, Figure, error_figure, run_child


@dataclass(frozen=True)
class Sizes:
    library: int  # articles in the big library (startup, search)
    startup_runs: int  # cold starts per case (the median is reported)
    import_count: int  # articles to import
    annotations: int  # annotations on the article that is opened
    search_queries: int  # queries per query class
    agreement_articles: int  # articles 3 coders annotated, for the agreement report
    report_articles: int  # articles of the report library (twice as many annotations)
    suggest_articles: int  # articles in the collection suggestions are run over


FULL = Sizes(library=100_000, startup_runs=7, import_count=20_000, annotations=1_000, search_queries=200,
             agreement_articles=1_000, suggest_articles=10_000, report_articles=100_000)
QUICK = Sizes(library=5_000, startup_runs=1, import_count=2_000, annotations=1_000, search_queries=50,
              agreement_articles=300, suggest_articles=1_000, report_articles=10_000)


@dataclass
class Run:
    """What one benchmark gave: its raw result (for --json) and its lines of the table."""

    name: str
    figures: list[Figure]
    seconds: float = 0.0
    exit_code: int | None = None
    result: object = None
    error: str | None = None
    busy_before: float | None = None  # CPUs other processes kept busy just before it started


# ---------------------------------------------------------------------------------------------
# startup


def _startup_slug(r: dict, library: int) -> str:
    if r["reference"]:
        slug = "reference"
    elif not r["budget"]:
        slug = "first_start"
    elif r["articles_listed"] == 0:
        slug = "empty"
    elif r["articles_listed"] == library and "resuming" in r["case"]:
        slug = "big_resuming"
    else:
        slug = "big"
    return slug + ("_x" if r["platform"] != "offscreen" else "")


def run_startup(sizes: Sizes, verbose: bool) -> Run:
    payload, code, seconds = run_child(
        ["-m", "benchmarks.startup", "--json", "--count", str(sizes.library), "--runs", str(sizes.startup_runs)],
        verbose=verbose,
    )
    results = payload["results"]
    figures: list[Figure] = []
    big = f"{sizes.library:,}-article library"
    for r in results:
        slug = _startup_slug(r, sizes.library)
        runs = f"median of {r['runs']}, ratio round by round" if r["runs"] > 1 else "1 run"
        cpu_ratio = f" = {r['cpu_ratio']:.2f}× ref's" if "cpu_ratio" in r and not r["reference"] else ""
        extra = f"({runs}; CPU {r['cpu_seconds']:.2f} s{cpu_ratio})"
        if r["reference"]:
            figures.append(Figure("startup", f"startup.{slug}.seconds", f"Reference start: {r['case']}",
                                  r["seconds"], "s", extra=extra))
            continue
        check = dict(failed_check=not r["painted"], note="" if r["painted"] else "the reading pane was never painted")
        if not r["budget"]:
            figures.append(Figure("startup", f"startup.{slug}.seconds", f"Cold start to usable window: {r['case']}",
                                  r["seconds"], "s", extra=extra, reference=r.get("reference_seconds"),
                                  paired_ratio=r.get("ratio"), **check))
        elif r["platform"] == "offscreen":
            figures.append(Figure("startup", f"startup.{slug}.seconds", f"Cold start to usable window: {r['case']}",
                                  r["seconds"], "s", ratio=b.WINDOW_RATIO, reference=r.get("reference_seconds"),
                                  paired_ratio=r.get("ratio"), extra=extra, **check))
        else:
            figures.append(Figure("startup", f"startup.{slug}.seconds", f"Cold start under X (Xvfb): {r['case']}",
                                  r["seconds"], "s", ratio=b.X_TO_OFFSCREEN_RATIO, reference=r.get("offscreen_seconds"),
                                  reference_name="offscreen", paired_ratio=r.get("x_ratio"), extra=extra, **check))
    for r in results:
        if r["budget"] and r["platform"] == "offscreen":
            slug = _startup_slug(r, sizes.library)
            figures.append(Figure("startup", f"startup.{slug}.first_paint_rss_mb",
                                  f"Peak RSS at first paint: {r['case']}", r["peak_rss_mb"], "MB",
                                  ratio=b.FIRST_PAINT_RSS_RATIO, reference=r.get("reference_peak_rss_mb"),
                                  reference_unit="MB"))
    for r in results:
        if "scroll_to_end_peak_rss_mb" in r and r["platform"] == "offscreen":
            figures.append(Figure(
                "startup", "startup.big.scroll_to_end_peak_rss_mb",
                f"Peak RSS, {big} open after Ctrl+End to the last article", r["scroll_to_end_peak_rss_mb"], "MB",
                op="<=", budget=b.PEAK_RSS_MB,
            ))
            opened = r["scroll_to_end_opened_last"]
            figures.append(Figure(
                "startup", "startup.big.scroll_to_end_seconds", f"Ctrl+End in the list of {sizes.library:,}: "
                "last article painted", r["scroll_to_end_seconds"], "s",
                failed_check=not opened, note="" if opened else "the last article was not opened",
            ))
    if not any(r["platform"] != "offscreen" for r in results):
        figures.append(Figure("startup", "startup.x", "Cold start under X (Xvfb)", None, "s",
                              note=f"not measured: {payload.get('x_server')}"))
    figures.append(Figure(
        "startup", "startup.hazm_imported", "hazm imported at start (any case; also after Ctrl+End)",
        any(r["hazm_imported"] for r in results), "", op="==", budget=False,
    ))
    return Run("startup", figures, seconds, code, payload)


def measure_reference(verbose: bool) -> dict:
    """The reference start now (median of 3, `benchmarks.reference`), for a benchmark's ratios."""
    payload, _code, _seconds = run_child(["-m", "benchmarks.reference", "--json", "--runs", "3"], verbose=verbose)
    return payload


def reference_figure(name: str, reference: dict) -> Figure:
    return Figure(name, f"{name}.reference_seconds", "  reference start, just before", reference["seconds"], "s",
                  extra=f"(median of {reference['runs']}: {', '.join(f'{v:.3f}' for v in reference['seconds_all'])})")


# ---------------------------------------------------------------------------------------------
# annotations


def run_annotations(sizes: Sizes, verbose: bool) -> Run:
    reference = measure_reference(verbose)
    ref = reference["seconds"]
    result, code, seconds = run_child(
        ["-m", "benchmarks.budget", "measure", "annotations", json.dumps({"count": sizes.annotations})],
        verbose=verbose,
    )
    n = f"{result['annotations']:,}"
    figures = [
        Figure("annotations", "annotations.open_ms", f"Open an article with {n} annotations, to painted",
               result["open_to_painted_ms_median"], "ms", ratio=b.OPEN_ANNOTATED_RATIO, reference=ref,
               extra=f"(median of 7; {result['highlights_painted']:,} highlights)"),
        Figure("annotations", "annotations.open_without_margin_ms", "  the same, margin notes hidden",
               result["open_without_margin_ms_median"], "ms",
               extra=f"(median of 5; the margin held {result['margin_cards']:,} cards, {result['margin_groups']:,} groups)"),
        Figure("annotations", "annotations.scroll_frame_ms", "Scroll it half a screen, repainted with the margin (p95)",
               result["scroll_frame_ms_p95"], "ms", ratio=b.SCROLL_FRAME_RATIO, reference=ref,
               extra=f"({result['scroll_frames']} frames; median {result['scroll_frame_ms_median']:.1f}, "
                     f"max {result['scroll_frame_ms_max']:.1f} ms)"),
        Figure("annotations", "annotations.save_ms", "Save one annotation (committed)",
               result["save_one_ms_median"], "ms", ratio=b.SAVE_ANNOTATION_RATIO, reference=ref,
               extra=f"(median of 50; p95 {result['save_one_ms_p95']:.1f} ms)"),
        Figure("annotations", "annotations.tag_in_window_ms", "Tag a selection in the window, to repainted",
               result["tag_in_window_to_repainted_ms_median"], "ms", extra="(median of 50)"),
        reference_figure("annotations", reference),
    ]
    return Run("annotations", figures, seconds, code, {"reference": reference, **result})


# ---------------------------------------------------------------------------------------------
# search


def _slug(query_class: str, number: int) -> str:
    """A key for a query class: «prefix, 3–4 letters*» -> prefix_3_4_letters."""
    words = re.findall(r"[a-z0-9]+", re.split(r"[(:]", query_class, maxsplit=1)[0].lower())
    return "_".join(words) or f"class_{number}"


def floor_over_budget(figure: Figure, floor_p95_ms: float | None) -> str:
    """A note for a search figure whose budget the bare FTS5 query misses by itself: the budget is a
    share of this run's reference start, and the index's own time does not shrink with it. (The
    service can still meet it: for broad queries it reads less of the index than the bare query.)"""
    limit = figure.limit
    if floor_p95_ms is None or not isinstance(limit, (int, float)) or isinstance(limit, bool) or floor_p95_ms <= limit:
        return ""
    return f"the bare FTS5 query alone takes longer than this budget (p95 {floor_p95_ms:.1f} ms > {limit:.1f} ms)"


def run_search(sizes: Sizes, verbose: bool) -> Run:
    """`python -m benchmarks.search --json` (without timing the index build, which has no budget)."""
    reference = measure_reference(verbose)
    payload, code, seconds = run_child(
        ["-m", "benchmarks.search", "--json", "--no-build", "--count", str(sizes.library),
         "--queries", str(sizes.search_queries)],
        verbose=verbose,
    )
    payload.pop("queries", None)  # every query of every class: in `python -m benchmarks.search --json`
    articles = payload.get("library", {}).get("articles", sizes.library)
    busy = [v for v in (payload.get("others_busy_cpus") or {}).values() if isinstance(v, (int, float))]
    figures = []
    for number, r in enumerate(payload["results"]):
        ratio = r.get("floor_ratio_p95")
        floor = (f"; bare FTS5 p95 {r['floor_p95_ms']:.1f} ms, {ratio:.1f}× it (goal ≤ {b.FLOOR_RATIO_GOAL}×)"
                 if ratio is not None else "")
        figures.append(Figure(
            "search", f"search.{_slug(r['class'], number)}.p95_ms", f"Search p95 on {articles:,}: {r['class']}",
            r["p95_ms"], "ms",
            ratio=b.SEARCH_P95_RATIO, reference=reference["seconds"],
            extra=f"(p50 {r['p50_ms']:.1f} ms{floor}; {r['queries']} queries)",
        ))
        figures[-1].note = floor_over_budget(figures[-1], r.get("floor_p95_ms"))
    if busy and max(busy) > b.BUSY_WARNING:
        figures[-1].note = "; ".join(filter(None, (
            figures[-1].note,
            f"other processes kept {max(busy):.1f} CPUs busy around the search queries; its figures may be high")))
    figures.append(reference_figure("search", reference))
    payload["reference"] = reference
    return Run("search", figures, seconds, code, payload)


def run_scale(sizes: Sizes, verbose: bool) -> Run:
    """The search benchmark at 1,000,000 articles, without a budget: how the curve goes on."""
    count = SCALE_ARTICLES if sizes is FULL else sizes.library * 4
    error = prepare_library(count)
    if error:
        raise ChildError(error)
    payload, code, seconds = run_child(
        ["-m", "benchmarks.search", "--json", "--no-build", "--count", str(count), "--queries", str(sizes.search_queries)],
        verbose=verbose,
    )
    payload.pop("queries", None)
    library = payload.get("library", {})
    figures = [Figure("scale", f"scale.{_slug(r['class'], n)}.p95_ms", f"Search p95 on {count:,}: {r['class']}",
                      r["p95_ms"], "ms", extra=f"(p50 {r['p50_ms']:.1f} ms; bare FTS5 p95 {r['floor_p95_ms']:.1f} ms)")
               for n, r in enumerate(payload["results"])]
    figures.append(Figure("scale", "scale.index_mb", f"Full-text index, {count:,} articles", library.get("index_mb"),
                          "MB", extra=f"(file {library.get('file_mb', 0):,.0f} MB)"))
    built = library.get("built") or {}
    figures.append(Figure("scale", "scale.build_articles_per_s", f"Library of {count:,} built (parse, index, store)",
                          built.get("articles_per_s"), "articles/s",
                          extra=f"({built.get('seconds', 0):,.0f} s)" if built else ""))
    return Run("scale", figures, seconds, code, payload)


# ---------------------------------------------------------------------------------------------
# import


def run_import(sizes: Sizes, verbose: bool) -> Run:
    reference = measure_reference(verbose)
    kwargs = {"count": sizes.import_count, "workers": None}  # None: one worker per CPU, as the app does
    result, code, seconds = run_child(
        ["-m", "benchmarks.budget", "measure", "import_speed", json.dumps(kwargs)], verbose=verbose
    )
    failed = result["failed"]
    figures = [
        Figure("import", "import.seconds_per_1000",
               f"Import {sizes.import_count:,} seed-sized articles ({result['avg_file_kb']:.1f} KB each): "
               "time per 1,000", 1000 / result["articles_per_s"], "s", ratio=b.IMPORT_1000_RATIO,
               reference=reference["seconds"],
               extra=f"({result['articles_per_s']:,.0f} articles/s; {result['seconds']:.1f} s in all)",
               failed_check=failed > 0, note=f"{failed:,} files failed to import" if failed else ""),
        Figure("import", "import.peak_rss_mb", "Import peak RSS: main process", result["peak_rss_main_mb"], "MB",
               extra=f"(largest worker {result['peak_rss_worker_mb']:,.0f} MB)"),
        reference_figure("import", reference),
    ]
    return Run("import", figures, seconds, code, {"reference": reference, **result})


# ---------------------------------------------------------------------------------------------
# memory at rest


def run_memory(sizes: Sizes, verbose: bool) -> Run:
    result, code, seconds = run_child(["-m", "benchmarks.memory", "--json", "--articles", "100"], verbose=verbose)
    figures = [
        Figure("memory", "memory.first_paint_mb", "Resident memory at first paint (all Hashiya processes)",
               result["first_paint_mb"], "MB"),
        Figure("memory", "memory.at_rest_mb",
               f"Resident at rest: after opening {result['opened']} articles, 10 s idle (all processes)",
               result["at_rest_mb"], "MB", op="<=", budget=b.AT_REST_MB,
               extra=f"(hazm loaded: {'yes' if result['hazm_loaded'] else 'no'})",
               failed_check=result["opened"] < 100, note="" if result["opened"] >= 100 else "fewer than 100 opened"),
    ]
    return Run("memory", figures, seconds, code, result)


# ---------------------------------------------------------------------------------------------
# agreement


def run_agreement(sizes: Sizes, verbose: bool) -> Run:
    reference = measure_reference(verbose)
    result, code, seconds = run_child(
        ["-m", "benchmarks.budget", "measure", "agreement", json.dumps({"articles": sizes.agreement_articles})],
        verbose=verbose,
    )
    figures = [
        Figure("agreement", "agreement.report_s",
               f"Agreement report: {result['coders']} coders, {result['articles']:,} articles "
               f"({result['annotations']:,} annotations)", result["report_seconds_median"], "s",
               ratio=b.AGREEMENT_RATIO, reference=reference["seconds"],
               extra=f"(median of 5; CPU {result['report_cpu_seconds_median']:.3f} s; first "
                     f"{result['report_seconds_first']:.3f} s; {result['report_to_reference']:.1f}× reading and "
                     "counting the texts)"),
        Figure("agreement", "agreement.disagreements_s", "Disagreement list of one pair, same articles",
               result["disagreements_pair_seconds_median"], "s", extra=f"({result['disagreements_pair']:,} stretches)"),
        Figure("agreement", "agreement.cli_s", "`main.py agreement --json`, process start to exit",
               result["cli_json_seconds"], "s"),
        reference_figure("agreement", reference),
    ]
    return Run("agreement", figures, seconds, code, {"reference": reference, **result})


# ---------------------------------------------------------------------------------------------
# reports


def run_reports(sizes: Sizes, verbose: bool) -> Run:
    kwargs = {"articles": sizes.report_articles, "annotations": 2 * sizes.report_articles}
    result, code, seconds = run_child(["-m", "benchmarks.budget", "measure", "report_speed", json.dumps(kwargs)],
                                      verbose=verbose)
    size = f"{result['articles']:,} articles, {result['annotations']:,} annotations"
    figures = [
        Figure("reports", "reports.by_tag_ms", f"Report by tag: {size}", result["report_by_tag_ms_median"], "ms",
               op="<=", budget=b.REPORT_MS,
               extra=f"(median of 5; CPU {result['report_by_tag_cpu_ms_median']:.0f} ms; reading every pair once "
                     f"{result['reference_ms_median']:.0f} ms)"),
        Figure("reports", "reports.table_ms", "The window's table: months × tags with totals",
               result["table_month_by_tag_ms_median"], "ms", op="<=", budget=b.REPORT_MS,
               extra=f"({result['table_rows']} months; CPU {result['table_month_by_tag_cpu_ms_median']:.0f} ms)"),
        Figure("reports", "reports.passages_ms", "The passages behind one cell (first 200)",
               result["passages_ms_median"], "ms"),
        Figure("reports", "reports.cooccurrence_ms", "Tag co-occurrence (in the background)",
               result["cooccurrence_ms_median"], "ms"),
    ]
    return Run("reports", figures, seconds, code, result)


# ---------------------------------------------------------------------------------------------
# suggestions


def run_suggestions(sizes: Sizes, verbose: bool) -> Run:
    reference = measure_reference(verbose)
    kwargs = {"articles": sizes.suggest_articles, "words": 5_000}
    result, code, seconds = run_child(
        ["-m", "benchmarks.budget", "measure", "suggestions_speed", json.dumps(kwargs)], verbose=verbose
    )
    n = f"{result['collection_articles']:,}"
    figures = [
        Figure("suggestions", "suggestions.first_call_s", "Suggestions: first call (hazm, verb tables)",
               result["first_call_s"], "s", extra=f"(CPU {result['first_call_cpu_s']:.2f} s)"),
        Figure("suggestions", "suggestions.article_ms", f"Suggestions for a {result['article_words']:,}-word article",
               result["article_ms_median"], "ms", ratio=b.SUGGEST_ARTICLE_RATIO, reference=reference["seconds"],
               extra=f"(median of 7; CPU {result['article_cpu_ms_median']:.0f} ms)"),
        Figure("suggestions", "suggestions.collection_s", f"Suggestions for a {n}-article collection",
               result["collection_s"], "s", ratio=b.SUGGEST_COLLECTION_RATIO, reference=reference["seconds"],
               extra=f"({result['collection_articles_per_s']:,.0f} articles/s; CPU {result['collection_cpu_s']:.0f} s)"),
        reference_figure("suggestions", reference),
    ]
    return Run("suggestions", figures, seconds, code, {"reference": reference, **result})


def run_claims(sizes: Sizes, verbose: bool) -> Run:
    payload, code, seconds = run_child(["-m", "benchmarks.claims", "--json"], verbose=verbose)
    figures = []
    for name, budgeted in (("all", True), ("held-out", False)):
        data = payload["sets"][name]
        for tag, score in data["scores"].items():
            for measure, budget in (("precision", b.SUGGEST_PRECISION), ("recall", b.SUGGEST_RECALL)):
                figures.append(Figure(
                    "claims", f"claims.{name}.{tag}.{measure}",
                    f"Suggested {tag}s, {measure}: {data['sentences']} {name} sentences", score[measure], "",
                    op=">=" if budgeted else None, budget=budget if budgeted else None,
                    extra=f"({score['right']} of {score['suggested' if measure == 'precision' else 'gold']})"))
    if payload["skipped_without_corpus"]:
        figures[0].note = (f"{payload['skipped_without_corpus']} Fars sentences skipped: ../shared/corpus is absent")
    return Run("claims", figures, seconds, code, payload)


# ---------------------------------------------------------------------------------------------
# The runner


BENCHMARKS: dict[str, tuple[Callable[[Sizes, bool], Run], str, bool]] = {
    # name: (runner, what the error line says was not measured, needs the big library)
    "startup": (run_startup, "Cold start, peak RSS, hazm", True),
    "annotations": (run_annotations, "Open an annotated article; save one annotation", False),
    "search": (run_search, "Search p95, each query class", True),
    "import": (run_import, "Import throughput", False),
    "memory": (run_memory, "Memory at rest", False),
    "agreement": (run_agreement, "Agreement report", False),
    "reports": (run_reports, "Reports: by tag, months × tags", False),
    "suggestions": (run_suggestions, "Suggestions: one article, a collection", False),
    "claims": (run_claims, "Suggestions: precision and recall", False),
    "scale": (run_scale, "Search at 1,000,000 articles (no budget)", False),
}
DEFAULT = ("startup", "annotations", "search", "import")  # scale runs only when named
SCALE_ARTICLES = 1_000_000
ALIASES = {"import_speed": "import", "annotation": "annotations"}


def _selected(only: str | None) -> list[str]:
    if not only:
        return list(DEFAULT)
    names = []
    for raw in only.split(","):
        name = ALIASES.get(raw.strip(), raw.strip())
        if name not in BENCHMARKS:
            raise SystemExit(f"--only: no benchmark named {raw.strip()!r}; choose from {', '.join(BENCHMARKS)}")
        names.append(name)
    return [name for name in BENCHMARKS if name in names]  # always in the standard order


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare_library(count: int) -> str | None:
    """Build the big library if needed and migrate it; its progress goes to stderr. Returns an error or None."""
    _progress(f"preparing the {count:,}-article library (built once into benchmarks/out/) ...")
    try:
        info, _code, seconds = run_child(["-m", "benchmarks.budget", "prepare", str(count)], verbose=True)
    except ChildError as exc:
        return str(exc)
    _progress(f"  ready in {seconds:.1f} s: {info['path']} (schema {info['schema_version']})")
    return None


def run_all(names: list[str], sizes: Sizes, verbose: bool) -> list[Run]:
    runs = []
    library_error = None
    if any(BENCHMARKS[name][2] for name in names):
        library_error = prepare_library(sizes.library)
    for number, name in enumerate(names, 1):
        runner, what, needs_library = BENCHMARKS[name]
        busy = b.busy_cpus()
        warning = f"; WARNING: {busy:.1f} CPUs busy with other work" if busy is not None and busy > b.BUSY_WARNING else ""
        _progress(f"[{number}/{len(names)}] {name} ...{warning}")
        started = time.monotonic()
        if needs_library and library_error:
            run = Run(name, [error_figure(name, what, "the big library could not be prepared: "
                                          + library_error.splitlines()[0])], error=library_error)
        else:
            try:
                run = runner(sizes, verbose)
            except (ChildError, KeyError, TypeError, ValueError) as exc:
                message = f"{type(exc).__name__}: {exc}" if not isinstance(exc, ChildError) else str(exc)
                run = Run(name, [error_figure(name, what, message.splitlines()[0])], error=message)
        run.seconds = run.seconds or time.monotonic() - started
        run.busy_before = None if busy is None else round(busy, 2)
        status = "failed to run" if run.error else f"{sum(f.ok is False for f in run.figures)} missed"
        _progress(f"  {name}: {time.monotonic() - started:.0f} s, {status}")
        if run.error:
            _progress("  " + run.error.replace("\n", "\n  "))
        runs.append(run)
    return runs


def print_table(figures: list[Figure], header: str) -> None:
    rows = [("figure", "measured", "budget", "ok/MISSED")]
    rows += [(f.figure, f.measured_text(), f.budget_text(), f.status) for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    print(header)
    print()
    for n, (figure, measured, budget_text, status) in enumerate(rows):
        print(f"{figure:<{widths[0]}}  {measured:<{widths[1]}}  {budget_text:<{widths[2]}}  {status}".rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths) + "  " + "-" * len("ok/MISSED"))
    notes = [f for f in figures if f.note]
    if notes:
        print()
        for f in notes:
            print(f"{f.status}: {f.figure}: {f.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes for a smoke run")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of the table")
    parser.add_argument("--only", metavar="NAME[,NAME]", help=f"run only these: {', '.join(BENCHMARKS)}")
    parser.add_argument("--verbose", action="store_true", help="show the benchmarks' own stderr")
    args = parser.parse_args(argv)
    names = _selected(args.only)
    sizes = QUICK if args.quick else FULL
    started = datetime.now(UTC)
    runs = run_all(names, sizes, args.verbose)
    busy = [run.busy_before for run in runs if run.busy_before is not None]
    most_busy = max(busy) if busy else None
    figures = [f for run in runs for f in run.figures]
    missed = [f for f in figures if f.ok is False]
    budgeted = [f for f in figures if f.ok is not None]
    machine = b.machine()
    if args.json:
        document = {
            "date": started.isoformat(timespec="seconds"),
            "quick": args.quick,
            "sizes": asdict(sizes),
            "machine": machine,
            "busy_cpus_before": {run.name: run.busy_before for run in runs},
            "ok": not missed,
            "missed": [f.key for f in missed],
            "figures": [f.as_json() for f in figures],
            "benchmarks": {
                run.name: {"seconds": round(run.seconds, 1), "exit_code": run.exit_code, "error": run.error,
                           "result": run.result}
                for run in runs
            },
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        kind = "QUICK smoke run (smaller sizes)" if args.quick else "full sizes"
        busy_text = "?" if most_busy is None else f"{most_busy:.1f}"
        if most_busy is not None and most_busy > b.BUSY_WARNING:
            busy_text += " (BUSY: the figures may be distorted)"
        header = (f"Hashiya performance budget, {started:%Y-%m-%d %H:%M} UTC, {kind}: {sizes.library:,}-article "
                  f"library, {sizes.import_count:,}-article import\n"
                  f"{machine['cpus']} CPUs ({machine['cpu_model']}), Python {machine['python']}, "
                  f"SQLite {machine['sqlite']}, PySide6 {machine['pyside6']}; CPUs busy with other work just "
                  f"before a benchmark: at most {busy_text}")
        print_table(figures, header)
        print()
        print(f"{len(budgeted) - len(missed)} of {len(budgeted)} budgets met"
              + (f"; MISSED: {', '.join(f.key for f in missed)}" if missed else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

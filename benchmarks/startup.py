"""Cold start: time to a usable main window, peak memory, and whether hazm was imported.

    python -m benchmarks.startup [--count N] [--runs R] [--json] [--importtime]

Each case runs R times (3 by default) in a fresh interpreter (`benchmarks.startup_child`) with
QT_QPA_PLATFORM=offscreen; the table shows the median. "Usable" means `create_main_window`, then
`window.show()` and `window.open_initial_article()`, then the reading pane painted with the article.
The clock starts in this process just before `subprocess.Popen`, so interpreter start-up and
imports count. Peak RSS is the child's own high-water mark (VmHWM on Linux) when the window is up.
One untimed start runs first so that bytecode caches exist.

Cases: an empty library (settings from an earlier session, so the bundled sample is not
imported), the same on a first start (the sample is imported: a one-off, no budget), and the
N-article library from `benchmarks.big_library` (built once, ~1 minute for 100,000), opened on a
fresh start and when resuming at an article in the middle of the list. In the big library the
list is then scrolled to its end (Ctrl+End) and the last article opened.

Exits non-zero when a budget is missed or hazm is imported.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.big_library import ensure_library
from benchmarks.budget import PEAK_RSS_MB, WINDOW_S, child_env, mark

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Case:
    name: str
    library: Path | None  # None: a new empty library for every run
    expect_articles: int | None  # rows the article list must show once the window is up; None: some
    returning: bool = False  # settings from an earlier session (library path, last article): no sample import
    last_article_id: int = 1
    budget: bool = True
    scroll_to_end: bool = False


def run_child(case: Case, workdir: Path, extra_python_args: tuple[str, ...] = ()) -> tuple[dict, str]:
    """One cold start; returns the child's JSON with `seconds` (from just before Popen), and its stderr."""
    run = Path(tempfile.mkdtemp(dir=workdir))
    settings = run / "settings.ini"
    library = case.library or run / "library.hashiya.sqlite"
    session = f"[session]\nlast_article_id={case.last_article_id}\nlibrary_path={library}\n"
    settings.write_text(session if case.returning else "", encoding="utf-8")
    command = [sys.executable, *extra_python_args, "-m", "benchmarks.startup_child", str(library), str(settings)]
    if case.scroll_to_end:
        command.append("--scroll-to-end")
    started = time.monotonic()
    child = subprocess.Popen(
        command, cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err = child.communicate()
    if child.returncode != 0 or not out.strip():
        raise RuntimeError(f"{case.name}: child exited with {child.returncode}\n{err}")
    result = json.loads(out.strip().splitlines()[-1])
    expected = case.expect_articles
    if result["articles"] != expected if expected is not None else result["articles"] == 0:
        raise RuntimeError(f"{case.name}: the list shows {result['articles']:,} articles, expected {expected or 'some'}")
    result["seconds"] = result["painted"] - started
    result["python_start"] = result["entered"] - started
    result["create_main_window"] = result["built"] - result["entered"]
    result["show_and_open"] = result["shown"] - result["built"]
    result["first_paint"] = result["painted"] - result["shown"]
    return result, err


def measure(cases: list[Case], runs: int, workdir: Path) -> list[dict]:
    run_child(cases[0], workdir)  # untimed: bytecode caches, page cache
    results = []
    for case in cases:
        samples = [run_child(case, workdir)[0] for _ in range(runs)]
        median = statistics.median

        def med(key: str, samples: list[dict] = samples) -> float:
            return median(float(s[key]) for s in samples)  # noqa: B023 - called at once

        row: dict = {
            "case": case.name,
            "runs": runs,
            "seconds": med("seconds"),
            "seconds_all": [round(s["seconds"], 4) for s in samples],
            "peak_rss_mb": med("peak_rss_mb"),
            "hazm_imported": any(s["hazm"] for s in samples),
            "painted": all(s["painted_ok"] for s in samples),
            "articles_listed": samples[0]["articles"],
            "phases": {
                key: med(key) for key in ("python_start", "create_main_window", "show_and_open", "first_paint")
            },
            "budget": case.budget,
        }
        if case.scroll_to_end:
            row["scroll_to_end_seconds"] = med("end_seconds")
            row["scroll_to_end_opened_last"] = all(s["end_opened_last"] and s["end_painted_ok"] for s in samples)
            row["scroll_to_end_peak_rss_mb"] = med("end_peak_rss_mb")
            row["hazm_imported"] = row["hazm_imported"] or any(s["end_hazm"] for s in samples)
        row["window_ok"] = row["seconds"] <= WINDOW_S
        row["rss_ok"] = row["peak_rss_mb"] <= PEAK_RSS_MB
        row["ok"] = row["painted"] and not row["hazm_imported"] and (not case.budget or (row["window_ok"] and row["rss_ok"]))
        results.append(row)
    return results


def importtime(case: Case, workdir: Path, top: int = 12) -> list[tuple[int, int, str]]:
    """(self µs, cumulative µs, module) for the slowest imports of one cold start, by cumulative time."""
    _result, err = run_child(case, workdir, ("-X", "importtime"))
    rows = []
    for line in err.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|", 2)
        rows.append((int(self_us), int(cumulative_us), name.rstrip()))
    return sorted(rows, key=lambda r: r[1], reverse=True)[:top]


def print_table(results: list[dict]) -> None:
    name_width = max(len(r["case"]) for r in results)
    print(f"{'startup benchmark (median of ' + str(results[0]['runs']) + ')':<{name_width}}  "
          f"{'s to usable window':>24}  {'peak RSS MB':>22}  hazm imported")
    for r in results:
        if r["budget"]:
            seconds = f"{r['seconds']:.3f} (≤ {WINDOW_S}) {mark(r['window_ok'])}"
            rss = f"{r['peak_rss_mb']:.0f} (≤ {PEAK_RSS_MB:.0f}) {mark(r['rss_ok'])}"
        else:
            seconds = f"{r['seconds']:.3f} (no budget)"
            rss = f"{r['peak_rss_mb']:.0f} (no budget)"
        hazm = "YES (MISSED)" if r["hazm_imported"] else "no"
        painted = "" if r["painted"] else "  (window never painted: MISSED)"
        print(f"{r['case']:<{name_width}}  {seconds:>24}  {rss:>22}  {hazm}{painted}")
    for r in results:
        if "scroll_to_end_seconds" in r:
            opened = "last article open" if r["scroll_to_end_opened_last"] else "last article NOT opened: MISSED"
            print(f"{r['case']}: Ctrl+End in the list, last article painted in {r['scroll_to_end_seconds']:.3f} s "
                  f"({opened}; peak RSS then {r['scroll_to_end_peak_rss_mb']:.0f} MB)")
    print()
    print("where the time goes (medians, s): python start / create_main_window / show + open article / first paint")
    for r in results:
        p = r["phases"]
        print(f"  {r['case']:<{name_width}}  {p['python_start']:.3f} / {p['create_main_window']:.3f} / "
              f"{p['show_and_open']:.3f} / {p['first_paint']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000, help="articles in the big library")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    parser.add_argument("--importtime", action="store_true", help="also list the slowest imports of one big-library start")
    args = parser.parse_args(argv)
    big = ensure_library(None, args.count)
    label = f"{args.count:,} articles"
    cases = [
        Case("empty library", None, expect_articles=0, returning=True),
        Case("empty library, first start (imports sample)", None, expect_articles=None, budget=False),
        Case(label, big, expect_articles=args.count, scroll_to_end=True),
        Case(f"{label}, resuming at article id {args.count // 2:,}", big, expect_articles=args.count,
             returning=True, last_article_id=max(1, args.count // 2)),
    ]
    with tempfile.TemporaryDirectory(prefix="hashiya-startup-") as tmp:
        results = measure(cases, args.runs, Path(tmp))
        slowest = importtime(cases[2], Path(tmp)) if args.importtime else None
    if args.json:
        payload: dict = {"budgets": {"window_seconds": WINDOW_S, "peak_rss_mb": PEAK_RSS_MB}, "results": results}
        if slowest is not None:
            payload["slowest_imports"] = [{"self_us": s, "cumulative_us": c, "module": m} for s, c, m in slowest]
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print_table(results)
        if slowest is not None:
            print()
            print(f"slowest imports, {label} (-X importtime; cumulative ms, self ms):")
            for self_us, cumulative_us, module in slowest:
                print(f"  {cumulative_us / 1000:8.1f}  {self_us / 1000:7.1f}  {module}")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Cold start: time to a usable main window, as a ratio to a bare Qt window started the same way.

    python -m benchmarks.startup [--count N] [--runs R] [--no-x] [--json] [--importtime]

Every case runs R times (5 by default; `python -m benchmarks` runs 7) in a fresh interpreter.
Hashiya's start is `benchmarks.startup_child`, which does what `reader.app.run_gui` does before its
event loop (the collector paused until the first paint, the log, the excepthook,
`create_main_window`, then `window.show()` and `window.open_initial_article()`), then waits for the
reading pane painted with the article. The reference is `benchmarks.reference_child`: a QMainWindow
with a QTextEdit holding a Persian page, painted. Both are timed the same way: the clock starts in
this process just before `subprocess.Popen`, so interpreter start-up and imports count; both report
their CPU time (every thread, from process start) and their peak RSS (VmHWM) at first paint, with
the same environment and interpreter flags. The cases are interleaved — one start of each case, then
the next round — so that the load of a shared machine falls on all of them alike; the table shows
medians, and each case's ratio is the median over rounds of its start divided by the reference
started in the same round (`paired_ratio`). One untimed start of each kind runs first (bytecode
caches, the icon cache a returning user has).

Cases: the reference; an empty library of a returning user (the file exists, settings from an
earlier session); a first start (a new library, the bundled sample imported in the background after
the first paint and timed until its first article is open, no icon cache: a
one-off, no budget); the N-article library from `benchmarks.big_library` (built once, ~1 minute for
100,000), opened on a fresh start and when resuming at an article in the middle of the list. In
the big library the list is then scrolled to its end (Ctrl+End) and the last article opened. Under
a real X server (Xvfb, started here; `--no-x` skips it) the reference, the empty library and the big
library start again with the xcb platform plugin, each held to the offscreen figure of its case.

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
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from benchmarks import reference
from benchmarks.big_library import ensure_library
from benchmarks.budget import (FIRST_PAINT_RSS_RATIO, PEAK_RSS_MB, WINDOW_RATIO, X_TO_OFFSCREEN_RATIO, child_env,
                               mark)
from benchmarks.xserver import NoXServer, xvfb

ROOT = Path(__file__).resolve().parents[1]
OFFSCREEN, X = "offscreen", "xcb"


@dataclass(frozen=True)
class Case:
    name: str
    library: Path | None  # None: a new library for every run; ignored by the reference
    expect_articles: int | None  # rows the article list must show once the window is up; None: some
    returning: bool = False  # settings from an earlier session (library path, last article): no sample import
    last_article_id: int = 1
    budget: bool = True
    scroll_to_end: bool = False
    platform: str = OFFSCREEN
    is_reference: bool = False
    offscreen_case: str | None = None  # under X: the offscreen case it is held to
    fresh_cache: bool = False  # a first start: no icon cache either


def _env(case: Case, run: Path, shared: Path, display: str | None) -> dict[str, str]:
    env = child_env()
    env["QT_QPA_PLATFORM"] = case.platform
    if case.platform == X:
        env["DISPLAY"] = display or ""
    else:
        env.pop("DISPLAY", None)
    home = run if case.fresh_cache else shared
    env["XDG_CACHE_HOME"] = str(home / "cache")  # never the user's own caches
    env["XDG_DATA_HOME"] = str(home / "data")
    return env


def run_child(case: Case, workdir: Path, display: str | None = None,
              extra_python_args: tuple[str, ...] = ()) -> tuple[dict, str]:
    """One cold start; returns the child's JSON with `seconds` (from just before Popen), and its stderr."""
    run = Path(tempfile.mkdtemp(dir=workdir))
    env = _env(case, run, workdir, display)
    if case.is_reference:
        result = reference.start(env, extra_python_args)
        result["articles"] = None
        result["hazm"] = "hazm" in result.get("imported", [])
        return _phases(result), result.pop("stderr")
    settings = run / "settings.ini"
    library = case.library or run / "library.hashiya.sqlite"
    session = f"[session]\nlast_article_id={case.last_article_id}\nlibrary_path={library}\n"
    settings.write_text(session if case.returning else "", encoding="utf-8")
    command = [sys.executable, *extra_python_args, "-m", "benchmarks.startup_child", str(library), str(settings)]
    if case.scroll_to_end:
        command.append("--scroll-to-end")
    started = time.monotonic()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = child.communicate()
    if child.returncode != 0 or not out.strip():
        raise RuntimeError(f"{case.name}: child exited with {child.returncode}\n{err}")
    result = json.loads(out.strip().splitlines()[-1])
    expected = case.expect_articles
    if result["articles"] != expected if expected is not None else result["articles"] == 0:
        raise RuntimeError(f"{case.name}: the list shows {result['articles']:,} articles, expected {expected or 'some'}")
    if result["platform"] != case.platform:
        raise RuntimeError(f"{case.name}: ran on the {result['platform']} platform plugin, not {case.platform}")
    result["seconds"] = result["painted"] - started
    if "sample_ready" in result:
        result["sample_seconds"] = result["sample_ready"] - started
    result["python_start"] = result["entered"] - started
    return _phases(result), err


def _phases(result: dict) -> dict:
    result.setdefault("python_start", None)
    result["create_main_window"] = result["built"] - result["entered"]
    result["show_and_open"] = result["shown"] - result["built"]
    result["first_paint"] = result["painted"] - result["shown"]
    return result


def make_empty_library(path: Path) -> Path:
    """An empty library as a returning user has it: the file made (and migrated) by an earlier session."""
    from reader.storage.database import open_database

    open_database(path).close()
    return path


def measure(cases: list[Case], runs: int, workdir: Path, display: str | None) -> list[dict]:
    kinds = {(c.is_reference, c.platform): c for c in cases if not c.fresh_cache}
    for case in kinds.values():
        run_child(case, workdir, display)  # untimed: bytecode caches, page cache, icon cache
    samples: dict[str, list[dict]] = {case.name: [] for case in cases}
    for _round in range(runs):
        for case in cases:
            samples[case.name].append(run_child(case, workdir, display)[0])
    rows = [_row(case, samples[case.name]) for case in cases]
    _add_ratios(rows)
    return rows


def _row(case: Case, samples: list[dict]) -> dict:
    def med(key: str) -> float:
        return statistics.median(float(s[key]) for s in samples)

    row: dict = {
        "case": case.name,
        "platform": case.platform,
        "reference": case.is_reference,
        "runs": len(samples),
        "seconds": med("seconds"),
        "seconds_all": [round(s["seconds"], 4) for s in samples],
        "cpu_seconds_all": [round(s["cpu_seconds"], 4) for s in samples],
        "cpu_seconds": med("cpu_seconds"),
        "peak_rss_mb": med("peak_rss_mb"),
        "rss_mb": med("rss_mb"),
        "imported": sorted({name for s in samples for name in s.get("imported", [])}),
        "hazm_imported": any(s["hazm"] for s in samples),
        "painted": all(s["painted_ok"] for s in samples),
        "articles_listed": samples[0]["articles"],
        "phases": {key: med(key) for key in ("python_start", "create_main_window", "show_and_open", "first_paint")},
        "budget": case.budget and not case.is_reference,
        "offscreen_case": case.offscreen_case,
    }
    if all("sample_seconds" in s for s in samples):
        row["sample_seconds"] = med("sample_seconds")
        row["sample_hazm"] = any(s["sample_hazm"] for s in samples)
    if case.scroll_to_end:
        row["scroll_to_end_seconds"] = med("end_seconds")
        row["scroll_to_end_opened_last"] = all(s["end_opened_last"] and s["end_painted_ok"] for s in samples)
        row["scroll_to_end_peak_rss_mb"] = med("end_peak_rss_mb")
        row["hazm_imported"] = row["hazm_imported"] or any(s["end_hazm"] for s in samples)
    return row


def paired_ratio(values: list[float], references: list[float]) -> float:
    """The median over rounds of each start divided by the reference started in the same round.

    A shared host's slow spells come and go within seconds (the reference took 0.16–0.29 s within
    one run on ours): a round's starts run back to back and share its spell, so their quotient keeps
    little of it, where the quotient of two medians can set a slow round's start against a quick
    round's reference."""
    return statistics.median(value / reference for value, reference in zip(values, references, strict=True))


def _add_ratios(rows: list[dict]) -> None:
    """Each case against the reference of its platform, round by round; a case under X also against
    its offscreen figure."""
    references = {r["platform"]: r for r in rows if r["reference"]}
    by_name = {r["case"]: r for r in rows}
    for r in rows:
        ref = references.get(r["platform"])
        if ref is None:
            continue
        r["ratio"] = paired_ratio(r["seconds_all"], ref["seconds_all"])
        r["cpu_ratio"] = paired_ratio(r["cpu_seconds_all"], ref["cpu_seconds_all"])
        r["rss_ratio"] = r["peak_rss_mb"] / ref["peak_rss_mb"]
        r["reference_seconds"] = ref["seconds"]
        r["reference_peak_rss_mb"] = ref["peak_rss_mb"]
        r["ok"] = r["painted"] and not r["hazm_imported"]
        if not r["budget"]:
            continue
        if r["platform"] == OFFSCREEN:
            r["window_ok"] = r["ratio"] <= WINDOW_RATIO
            r["rss_ok"] = r["rss_ratio"] <= FIRST_PAINT_RSS_RATIO
            r["ok"] = r["ok"] and r["window_ok"] and r["rss_ok"]
        else:
            offscreen = by_name[r["offscreen_case"]]
            r["offscreen_seconds"] = offscreen["seconds"]
            r["x_ratio"] = paired_ratio(r["seconds_all"], offscreen["seconds_all"])
            r["window_ok"] = r["x_ratio"] <= X_TO_OFFSCREEN_RATIO
            r["ok"] = r["ok"] and r["window_ok"]
        if "scroll_to_end_peak_rss_mb" in r:
            r["ok"] = r["ok"] and r["scroll_to_end_opened_last"] and r["scroll_to_end_peak_rss_mb"] <= PEAK_RSS_MB


def make_cases(big: Path, count: int, empty: Path, with_x: bool) -> list[Case]:
    label = f"{count:,} articles"
    cases = [
        Case("reference: bare window", None, None, is_reference=True),
        Case("empty library", empty, expect_articles=0, returning=True),
        Case("first start (sample imported after paint)", None, expect_articles=None, budget=False,
             fresh_cache=True),
        Case(label, big, expect_articles=count, scroll_to_end=True),
        Case(f"{label}, resuming at article id {count // 2:,}", big, expect_articles=count,
             returning=True, last_article_id=max(1, count // 2)),
    ]
    if with_x:
        cases += [
            Case("reference: bare window, X", None, None, is_reference=True, platform=X),
            Case("empty library, X", empty, expect_articles=0, returning=True, platform=X,
                 offscreen_case="empty library"),
            Case(f"{label}, X", big, expect_articles=count, platform=X, offscreen_case=label),
        ]
    return cases


def importtime(case: Case, workdir: Path, display: str | None = None, top: int = 12) -> list[tuple[int, int, str]]:
    """(self µs, cumulative µs, module) for the slowest imports of one cold start, by cumulative time."""
    _result, err = run_child(case, workdir, display, ("-X", "importtime"))
    rows = []
    for line in err.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|", 2)
        rows.append((int(self_us), int(cumulative_us), name.rstrip()))
    return sorted(rows, key=lambda r: r[1], reverse=True)[:top]


def print_table(results: list[dict], x_note: str | None) -> None:
    width = max(len(r["case"]) for r in results)
    print(f"startup benchmark (median of {results[0]['runs']}, cases interleaved); ratio: the median over rounds "
          f"of each start ÷ the reference of the same platform plugin started in the same round")
    print(f"{'case':<{width}}  {'s to painted':>12}  {'ratio':>6}  {'CPU s':>6}  {'CPU ratio':>9}  "
          f"{'peak RSS MB':>11}  {'RSS ratio':>9}  budget")
    for r in results:
        if r["reference"]:
            verdict = "(reference)"
        elif not r["budget"]:
            verdict = "(no budget)"
        elif r["platform"] == OFFSCREEN:
            verdict = (f"time ≤ {WINDOW_RATIO}× {mark(r['window_ok'])}; "
                       f"RSS ≤ {FIRST_PAINT_RSS_RATIO}× {mark(r['rss_ok'])}")
        else:
            verdict = f"{r['x_ratio']:.2f}× offscreen (≤ {X_TO_OFFSCREEN_RATIO}×) {mark(r['window_ok'])}"
        if r["hazm_imported"]:
            verdict += "; hazm imported: MISSED"
        if not r["painted"]:
            verdict += "; never painted: MISSED"
        print(f"{r['case']:<{width}}  {r['seconds']:>12.3f}  {r.get('ratio', 0):>6.2f}  {r['cpu_seconds']:>6.3f}  "
              f"{r.get('cpu_ratio', 0):>9.2f}  {r['peak_rss_mb']:>11.0f}  {r.get('rss_ratio', 0):>9.2f}  {verdict}")
    if x_note:
        print(f"X server: {x_note}")
    for r in results:
        if "scroll_to_end_seconds" in r:
            opened = "last article open" if r["scroll_to_end_opened_last"] else "last article NOT opened: MISSED"
            print(f"{r['case']}: Ctrl+End in the list, last article painted in {r['scroll_to_end_seconds']:.3f} s "
                  f"({opened}; peak RSS then {r['scroll_to_end_peak_rss_mb']:.0f} MB, ≤ {PEAK_RSS_MB:.0f})")
    for r in results:
        if "sample_seconds" in r:
            print(f"{r['case']}: window painted in {r['seconds']:.3f} s, before the sample's import; the sample "
                  f"listed and its first article open {r['sample_seconds']:.3f} s from start (no budget; "
                  f"hazm {'imported for its search lexicon' if r['sample_hazm'] else 'not imported'} by then)")
    print()
    print("where the time goes (medians, s): python start / create window / show + open article / first paint")
    for r in results:
        p = r["phases"]
        start = f"{p['python_start']:.3f}" if p["python_start"] is not None else "  –  "
        print(f"  {r['case']:<{width}}  {start} / {p['create_main_window']:.3f} / "
              f"{p['show_and_open']:.3f} / {p['first_paint']:.3f}")
    late = [r for r in results if not r["reference"] and r["imported"]]
    for r in late:
        print(f"  imported by the first paint, {r['case']}: {', '.join(r['imported'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000, help="articles in the big library")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-x", action="store_true", help="skip the starts under a real X server (Xvfb)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    parser.add_argument("--importtime", action="store_true",
                        help="also list the slowest imports of one big-library start")
    args = parser.parse_args(argv)
    big = ensure_library(None, args.count)
    x_note = "skipped (--no-x)" if args.no_x else None
    with tempfile.TemporaryDirectory(prefix="hashiya-startup-") as tmp, ExitStack() as stack:
        display = None
        if not args.no_x:
            try:
                display = stack.enter_context(xvfb())
                x_note = f"Xvfb on {display}"
            except NoXServer as exc:
                x_note = f"not measured: {exc}"
        cases = make_cases(big, args.count, make_empty_library(Path(tmp) / "empty.hashiya.sqlite"), display is not None)
        results = measure(cases, args.runs, Path(tmp), display)
        slowest = importtime(cases[3], Path(tmp)) if args.importtime else None
    if args.json:
        payload: dict = {
            "budgets": {"window_ratio": WINDOW_RATIO, "first_paint_rss_ratio": FIRST_PAINT_RSS_RATIO,
                        "x_to_offscreen_ratio": X_TO_OFFSCREEN_RATIO, "peak_rss_mb": PEAK_RSS_MB},
            "x_server": x_note,
            "results": results,
        }
        if slowest is not None:
            payload["slowest_imports"] = [{"self_us": s, "cumulative_us": c, "module": m} for s, c, m in slowest]
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print_table(results, x_note)
        if slowest is not None:
            print()
            print(f"slowest imports, {args.count:,} articles (-X importtime; cumulative ms, self ms):")
            for self_us, cumulative_us, module in slowest:
                print(f"  {cumulative_us / 1000:8.1f}  {self_us / 1000:7.1f}  {module}")
    return 0 if all(r.get("ok", True) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

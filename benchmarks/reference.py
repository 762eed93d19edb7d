"""The reference start, which every time budget is a ratio to: a bare Qt window with a Persian page.

    python -m benchmarks.reference [--runs N] [--json]

One start is `benchmarks.reference_child` in a fresh interpreter, timed from just before
`subprocess.Popen` to the first paint of its text, exactly as `benchmarks.startup` times Hashiya's
window, with the same environment (`child_env`: the offscreen platform plugin unless one is given)
and the same interpreter flags. `python -m benchmarks` measures it just before each benchmark that
has a time budget (`startup` interleaves its own with Hashiya's starts); the median of the runs is
the reference. One untimed start runs first so that bytecode caches exist.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

from benchmarks.budget import ROOT, child_env


def start(env: dict[str, str] | None = None, python_args: Sequence[str] = ()) -> dict:
    """One reference start: the child's JSON with `seconds` (from just before Popen) and `cpu_seconds`."""
    command = [sys.executable, *python_args, "-m", "benchmarks.reference_child"]
    started = time.monotonic()
    child = subprocess.run(command, cwd=ROOT, env=env or child_env(), capture_output=True, text=True, timeout=120)
    if child.returncode != 0 or not child.stdout.strip():
        raise RuntimeError(f"the reference start exited with {child.returncode}\n{child.stderr[-2000:]}")
    result = json.loads(child.stdout.strip().splitlines()[-1])
    if not result["painted_ok"]:
        raise RuntimeError("the reference window was never painted")
    result["seconds"] = result["painted"] - started
    result["python_start"] = result["entered"] - started
    result["stderr"] = child.stderr
    return result


def summarize(samples: list[dict]) -> dict:
    """Medians of reference starts (and every start's seconds)."""
    median = statistics.median
    return {
        "runs": len(samples),
        "seconds": median(s["seconds"] for s in samples),
        "seconds_all": [round(s["seconds"], 4) for s in samples],
        "cpu_seconds": median(s["cpu_seconds"] for s in samples),
        "peak_rss_mb": median(s["peak_rss_mb"] for s in samples),
        "rss_mb": median(s["rss_mb"] for s in samples),
        "platform": samples[0]["platform"],
    }


def measure(runs: int = 3, env: dict[str, str] | None = None) -> dict:
    """The reference now: the medians of `runs` starts after an untimed one."""
    start(env)
    return summarize([start(env) for _ in range(runs)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.runs)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"reference start ({result['platform']}, median of {result['runs']}): {result['seconds']:.3f} s "
              f"(CPU {result['cpu_seconds']:.3f} s), peak RSS at first paint {result['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

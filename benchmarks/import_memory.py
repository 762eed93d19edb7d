"""Peak memory of an import of hostile-sized input: every process of `main.py import` together.

    python -m benchmarks.import_memory [--kind zip-txt|zip-jsonl|folder-txt] [--members N]
                                       [--member-mb MB] [--padding N] [--repo PATH] [--inputs DIR]
                                       [--timeout S] [--json]

The input is generated (Persian sentences of our own): N zip members (or files) of MB megabytes
each — by default the issue's case, 40 members of 45 MB of plain text. `zip-jsonl` fills the
members with 10 KB articles in JSON Lines instead, so the import does real work all the way.
`--padding N` adds N small articles beside them, so that the import uses its worker processes
(it does from 200 files on).
The import runs as a child process (`--repo` picks the checkout, so the same figures can be taken
of an older version); its process tree's resident memory (VmRSS from /proc, the import, its
workers and the resource tracker) is sampled every 20 ms. Outside the budget runner: it writes
gigabytes and takes minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

from benchmarks.memory import tree_rss_mb

ROOT = Path(__file__).resolve().parents[1]
_SENTENCE = "کابل (خبرگزاری) - این جملهٔ آزمایشی شمارهٔ {n} است که برای سنجیدن حافظه نوشته شده و ادامه دارد. "


def _plain(number: int, size: int) -> bytes:
    paragraph = (_SENTENCE.format(n=number) * 8 + "\n\n").encode("utf-8")
    title = f"عنوان آزمایشی {number}\n\n".encode()
    whole = title + paragraph * (size // len(paragraph) + 1)
    return whole[: whole.rindex(b"\n", 0, size) + 1]  # whole lines: valid UTF-8, at most `size` bytes


def _jsonl(number: int, size: int) -> bytes:
    lines = []
    total = article = 0
    while total < size:
        body = "\n\n".join(_SENTENCE.format(n=f"{number}-{article}-{p}") * 6 for p in range(12))
        line = json.dumps({"title": f"خبر {number}-{article}", "text": body}, ensure_ascii=False).encode() + b"\n"
        lines.append(line)
        total += len(line)
        article += 1
    return b"".join(lines)


def write_inputs(kind: str, folder: Path, members: int, member_mb: int, padding: int = 0) -> Path:
    size = member_mb * 1024 * 1024
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "folder-txt":
        target = folder / f"articles-{members}x{member_mb}+{padding}"
        target.mkdir(exist_ok=True)
        for number in range(members):
            (target / f"{number:03d}.txt").write_bytes(_plain(number, size))
        for number in range(padding):
            (target / f"small-{number:04d}.txt").write_bytes(_plain(10_000 + number, 10_000))
        return target
    target = folder / f"{kind}-{members}x{member_mb}+{padding}.zip"
    if not target.exists():
        make, suffix = (_jsonl, "jsonl") if kind == "zip-jsonl" else (_plain, "txt")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            for number in range(padding):  # first, so the big members arrive with the workers running
                archive.writestr(f"small-{number:04d}.txt", _plain(10_000 + number, 10_000))
            for number in range(members):
                archive.writestr(f"m{number:03d}.{suffix}", make(number, size))
    return target


def measure(kind: str = "zip-txt", members: int = 40, member_mb: int = 45, repo: Path = ROOT,
            inputs: Path | None = None, timeout: float = 3600.0, padding: int = 0) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        source = write_inputs(kind, inputs or Path(tmp), members, member_mb, padding)
        library = Path(tmp) / "library.sqlite"
        env = {k: v for k, v in os.environ.items() if k != "HASHIYA_LIBRARY"}
        env["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, str(repo / "main.py"), "import", str(source), "--library",
                                    str(library)], cwd=repo, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        peak = peak_main = 0.0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_main
            while not stop.is_set():
                peak = max(peak, tree_rss_mb(process.pid))
                try:
                    with open(f"/proc/{process.pid}/status", encoding="ascii") as status:
                        rss = next(line for line in status if line.startswith("VmRSS:"))
                    peak_main = max(peak_main, int(rss.split()[1]) / 1024)
                except (OSError, StopIteration):
                    pass
                stop.wait(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timed_out = False
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:  # the peak so far is a lower bound of the whole run's
            timed_out = True
            process.kill()
            out, err = process.communicate()
        stop.set()
        sampler.join()
        counts = {line.split(":")[0]: line.split(":")[1].strip() for line in out.splitlines()
                  if line.split(":")[0] in ("imported", "failed", "unchanged")}
        return {"kind": kind, "members": members, "member_mb": member_mb, "padding": padding,
                "input_mb": round(source.stat().st_size / 1024 / 1024, 1) if source.is_file() else None,
                "peak_tree_mb": round(peak, 1), "peak_main_mb": round(peak_main, 1),
                "seconds": round(time.monotonic() - started, 1), "exit": process.returncode, "timed_out": timed_out,
                **counts,
                "stderr": err[-500:]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=("zip-txt", "zip-jsonl", "folder-txt"), default="zip-txt")
    parser.add_argument("--members", type=int, default=40)
    parser.add_argument("--member-mb", type=int, default=45)
    parser.add_argument("--padding", type=int, default=0, help="small articles added beside the big ones")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose main.py imports")
    parser.add_argument("--inputs", type=Path, help="keep the generated input here (reused when present)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="stop the import after this many seconds")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.kind, args.members, args.member_mb, args.repo.resolve(), args.inputs, args.timeout,
                     args.padding)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"import memory: {result['kind']}, {result['members']} × {result['member_mb']} MB "
          f"+ {result['padding']} small articles")
    print(f"  peak, all processes  {result['peak_tree_mb']:8.1f} MB")
    print(f"  peak, main process   {result['peak_main_mb']:8.1f} MB")
    stopped = " (stopped: the peaks are lower bounds)" if result["timed_out"] else ""
    print(f"  time                 {result['seconds']:8.1f} s{stopped}   exit {result['exit']}; "
          f"imported {result.get('imported')}, failed {result.get('failed')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

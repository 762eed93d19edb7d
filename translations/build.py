"""Build Hashiya's interface translations (Qt Linguist).

    .venv/bin/python translations/build.py            # compile hashiya_*.ts to hashiya_*.qm beside them
    .venv/bin/python translations/build.py --update   # first extract the strings from the code, then compile

`--update` runs pyside6-lupdate over every .py file under reader/ (and main.py): new and changed
strings are added unfinished, existing translations are kept, strings gone from the code are
dropped (-no-obsolete). Translate the new ones (Qt Linguist: `.venv/bin/pyside6-linguist
translations/hashiya_fa.ts`, or by hand), then run this script again without flags.

hashiya_fa.ts holds every string. hashiya_en.ts holds only the plural (%n) strings: the source
text is English already, and Qt falls back to it for anything a translator lacks, so English
needs only its singular/plural forms ("1 article", "5 articles").

.qm files are not committed; .ci/setup runs this script. tests/test_translations.py fails when
a .ts file is out of date with the code or a Persian translation is missing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Each .ts file and the lupdate options particular to it.
TS_FILES: dict[Path, list[str]] = {
    HERE / "hashiya_fa.ts": [],
    HERE / "hashiya_en.ts": ["-pluralonly"],
}
# No line numbers in the .ts files: every edit above a string would otherwise change them.
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-source-language", "en"]


def tool(name: str) -> str:
    """pyside6-NAME next to the running interpreter (a venv's bin/ or Scripts/), else PySide6's own binary."""
    suffix = ".exe" if sys.platform == "win32" else ""
    script = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if script.exists():
        return str(script)
    import PySide6

    binary = Path(PySide6.__file__).parent / f"{name}{suffix}"
    if binary.exists():
        return str(binary)
    sys.exit(f"build.py: pyside6-{name} not found next to {sys.executable} nor in {binary.parent}")


def sources() -> list[str]:
    """The files lupdate reads, relative to the repository root."""
    files = sorted(ROOT.glob("reader/**/*.py")) + [ROOT / "main.py"]
    return [path.relative_to(ROOT).as_posix() for path in files]


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def lupdate(ts_file: Path, options: list[str]) -> subprocess.CompletedProcess[str]:
    """Extract the strings in the code into `ts_file` (which may be a copy elsewhere)."""
    return run([tool("lupdate"), *sources(), "-ts", str(ts_file), *LUPDATE_OPTIONS, *options])


def lrelease(ts_file: Path, qm_file: Path) -> subprocess.CompletedProcess[str]:
    return run([tool("lrelease"), str(ts_file), "-qm", str(qm_file)])


def check(step: str, ts_file: Path, result: subprocess.CompletedProcess[str]) -> None:
    """Print the tool's last line; on failure its whole output, and stop with a non-zero status."""
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        print(output, file=sys.stderr)
        sys.exit(f"build.py: {step} failed on {ts_file.relative_to(ROOT)} (exit status {result.returncode})")
    print(f"{step} {ts_file.relative_to(ROOT)}: {output.splitlines()[-1] if output else 'done'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="extract the strings from the code first (lupdate)")
    args = parser.parse_args(argv)
    for ts_file, options in TS_FILES.items():
        if args.update:
            check("lupdate", ts_file, lupdate(ts_file, options))
        check("lrelease", ts_file, lrelease(ts_file, ts_file.with_suffix(".qm")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Export to paths that are wrong, folders shared with killed exports, files with their own modes."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.services.files import TEMPORARY_PREFIX, WriteError, _host, remove_leftovers
from reader.services.library import Library
from tests.conftest import REPO
from tests.services.test_exchange_files import fresh_library
from tests.test_cli import run

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and signals")


@pytest.fixture
def library(tmp_path: Path):
    opened = fresh_library(tmp_path, "lib")
    article_id = opened.article_ids()[0]
    opened.annotations.annotate_quote(article_id, "صدای انفجار", ["ادعا"], note="یادداشت")
    yield opened
    opened.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_folder_or_a_missing_folder_is_refused_and_nothing_is_created(library: Library, tmp_path: Path) -> None:
    with pytest.raises(WriteError, match=r"is a folder: give the name of the file to write; nothing was exported"):
        library.exchange.export("csv", tmp_path)
    missing = tmp_path / "no" / "such" / "place" / "out.csv"
    with pytest.raises(WriteError, match=f"there is no folder {tmp_path / 'no' / 'such' / 'place'} "
                                            r"\(an export does not create folders\)"):
        library.exchange.export("csv", missing)
    assert not (tmp_path / "no").exists()
    with pytest.raises(WriteError, match="could not be written .*; nothing was exported"):
        library.exchange.export("csv", tmp_path / "nul\0.csv")


def test_the_cli_says_what_is_wrong_with_the_path(library: Library, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "out.csv"
    result = run("export", "--format", "csv", str(missing), library=library.path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == (f"hashiya: {missing} cannot be written: there is no folder {missing.parent} "
                             "(an export does not create folders); nothing was exported\n")
    assert not missing.parent.exists()


@posix_only
@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_export_follows_the_umask(library: Library, tmp_path: Path, umask: int, expected: int) -> None:
    out = tmp_path / f"team-{umask:o}.jsonld"
    argv = [sys.executable, str(REPO / "main.py"), "export", "--format", "jsonld", str(out), "--library",
            str(library.path)]
    done = subprocess.run(argv, capture_output=True, text=True, umask=umask, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _mode(out) == expected


@posix_only
def test_a_re_export_keeps_the_files_mode_and_a_link_stays_a_link(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "team.csv"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o640)
    library.exchange.export("csv", out)
    assert _mode(out) == 0o640 and out.read_bytes().startswith(b"\xef\xbb\xbf")
    link = tmp_path / "latest.csv"
    link.symlink_to(out)
    library.exchange.export("csv", link)
    assert link.is_symlink() and link.resolve() == out and _mode(out) == 0o640


def _leftover(folder: Path, pid: int, host: str, age_s: float = 0.0, name: str | None = None) -> Path:
    path = folder / (name or f"{TEMPORARY_PREFIX}{pid}-0123abcd@{host}.tmp")
    path.write_bytes(b"half an export")
    if age_s:
        past = time.time() - age_s
        os.utime(path, (past, past))
    return path


@posix_only
def test_leftovers_are_removed_only_when_nobody_can_be_writing_them(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    gone = _leftover(tmp_path, dead_pid, _host())
    mine = _leftover(tmp_path, os.getpid(), _host())  # an export of this very process, still writing
    elsewhere = _leftover(tmp_path, dead_pid, "another-machine")  # can't ask that machine: kept a day
    stale_elsewhere = _leftover(tmp_path, dead_pid, "another-machine.lan", age_s=2 * 86400)
    older_hashiya = _leftover(tmp_path, 0, "", age_s=2 * 86400, name=f"{TEMPORARY_PREFIX}k3j4h5g6")
    recent_older = _leftover(tmp_path, 0, "", name=f"{TEMPORARY_PREFIX}a1b2c3d4")
    unrelated = _leftover(tmp_path, 0, "", age_s=9 * 86400, name="notes.tmp")
    removed = remove_leftovers(tmp_path)
    assert sorted(removed) == sorted(p.name for p in (gone, stale_elsewhere, older_hashiya))
    assert all(p.exists() for p in (mine, elsewhere, recent_older, unrelated))


_KILLED_EXPORT = """
import sys, time
from pathlib import Path
from reader.services.files import write_atomically

def write(stream):
    stream.write(b"half")
    stream.flush()
    print("writing", flush=True)
    time.sleep(120)

write_atomically(Path(sys.argv[1]), write)
"""


@posix_only
def test_an_export_killed_half_way_is_cleaned_up_by_the_next(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "team.jsonld"
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_EXPORT, str(out)], cwd=REPO, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    (leftover,) = tmp_path.glob(f"{TEMPORARY_PREFIX}*")
    assert not out.exists()  # nothing half-written under the real name
    result = run("export", "--format", "jsonld", str(out), library=library.path)
    assert result.returncode == 0, result.stderr
    assert not leftover.exists() and not list(tmp_path.glob(f"{TEMPORARY_PREFIX}*"))
    assert out.read_text(encoding="utf-8").startswith("{")

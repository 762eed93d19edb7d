"""`import` on the command line when the input is hostile: real processes, real files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.services.helpers import dari_page
from tests.test_cli import run


def _news(tmp_path: Path, count: int = 1) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:04}.txt").write_text(dari_page(n), encoding="utf-8")
    return folder


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_devices_and_pipes_are_refused_by_name_and_never_read(tmp_path: Path) -> None:
    folder = _news(tmp_path)
    os.symlink("/dev/zero", folder / "zero.txt")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.zip")
    result = run("import", str(folder), library=tmp_path / "lib.sqlite")  # a hang would time out
    assert result.returncode == 3, result.stderr
    assert "imported:  1" in result.stdout and "failed:    3" in result.stdout
    for name in ("zero.txt", "pipe.txt", "pipe.zip"):
        assert f"  news/{name}: not a regular file (a device, a named pipe or a socket), so it was not read" in result.stdout


def test_a_name_that_is_not_utf8_does_not_stop_the_rest(tmp_path: Path) -> None:
    folder = _news(tmp_path, 2)
    with open(os.path.join(os.fsencode(folder), b"bad\xe9name.txt"), "wb") as handle:
        handle.write(dari_page(9).encode("utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    os.symlink(os.fsencode(folder / "nowhere") + b"\xff.txt", os.path.join(os.fsencode(folder), b"gone\xff.txt"))
    library = tmp_path / "lib.sqlite"
    result = run("import", str(folder), library=library)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert "imported:  3" in result.stdout
    assert "  news/gone\\xff.txt: the file cannot be read (No such file or directory)" in result.stdout
    assert "news/bad\\xe9name.txt" in run("articles", library=library).stdout


def test_mixed_encodings_are_refused_by_name(tmp_path: Path) -> None:
    folder = _news(tmp_path)
    half = "والي هرات گفت كه كاروان كمك‌ها رسيد.\n\n".encode() + "مردم مي‌گويند كه آب كم است.\n".encode("cp1256")
    (folder / "mixed.txt").write_bytes(half)
    result = run("import", str(folder), library=tmp_path / "lib.sqlite")
    assert result.returncode == 3
    assert "  news/mixed.txt: part of the file is UTF-8 and part Windows-1256" in result.stdout


def test_exit_status_when_nothing_could_be_read(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    missing = run("import", str(tmp_path / "nowhere"), library=library)
    assert missing.returncode == 1, missing.stdout  # nothing was read: an error, not a partial success
    assert f"{tmp_path / 'nowhere'}: no such file or folder" in missing.stdout
    folder = _news(tmp_path)
    partial = run("import", str(folder), str(tmp_path / "nowhere"), library=library)
    assert partial.returncode == 3 and "imported:  1" in partial.stdout
    again = run("import", str(folder), str(tmp_path / "nowhere"), library=library)
    assert again.returncode == 3 and "unchanged: 1" in again.stdout  # read, found unchanged: still partial
    assert run("import", str(folder), library=library).returncode == 0


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    kids = [int(child) for child in children.read().split()]
                    found += kids
                    todo += kids
        except OSError:
            continue
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
def test_a_killed_import_leaves_no_process_holding_the_callers_output(tmp_path: Path) -> None:
    folder = _news(tmp_path, 1400)  # two chunks, read by two worker processes
    library = tmp_path / "lib.sqlite"
    argv = [sys.executable, str(REPO / "main.py"), "import", str(folder), "--library", str(library), "--workers", "2"]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    helpers: list[int] = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        helpers = sorted(set(helpers) | set(_descendants(process.pid)))
        if len(helpers) >= 3 and library.exists():  # the workers and the resource tracker are up
            try:
                with sqlite3.connect(library, timeout=1) as conn:
                    if conn.execute("SELECT count(*) FROM articles").fetchone()[0]:
                        break  # a chunk is written; the workers are reading the next
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    assert process.poll() is None, "the import ended before it could be killed"
    assert len(helpers) >= 3
    process.send_signal(signal.SIGKILL)
    try:
        process.communicate(timeout=20)  # returns once nobody holds our stdout and stderr any more
    except subprocess.TimeoutExpired:
        for pid in helpers:
            if _running(pid):
                os.kill(pid, signal.SIGKILL)
        pytest.fail("a worker or the resource tracker outlived the killed import, holding its output")
    time.sleep(0.2)
    assert not [pid for pid in helpers if _running(pid)]

"""The command line never shows a traceback: every way a user can go wrong gets a message that says
what happened, and an exit status scripts can rely on (1 error, 2 usage, 3 partial)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.services.helpers import dari_page
from tests.test_cli import run


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "news"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(dari_page(n), encoding="utf-8")
    path = folder.parent / "library.sqlite"
    assert run("import", str(folder), library=path).returncode == 0
    return path


def _clean(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    assert result.stderr.startswith("hashiya: "), result.stderr


@pytest.mark.parametrize("args, code, words", [
    (("articles", "--collection", "هیچ"), 2, "no collection named «هیچ»"),
    (("annotations", "--tag", "ناموجود"), 2, "no tag named «ناموجود»"),
    (("search", "کابل", "--tag", "ناموجود"), 2, "no tag named «ناموجود»"),
    (("search", "کابل", "--collection", "هیچ"), 2, "no collection named «هیچ»"),
    (("search", '"کابل'), 2, "quotation mark"),
    (("annotate", "999", "--quote", "کابل", "--tag", "ادعا"), 2, "no article with id 999"),
    (("annotate", "1", "--quote", "جمله‌ای که نیست", "--tag", "ادعا"), 2, "does not occur in article 1"),
    (("export", "--format", "jsonld", "out.jsonld", "--tag", "ناموجود"), 1, "«ناموجود»"),
])
def test_a_wrong_name_or_query_is_a_message_and_an_exit_status(library: Path, args, code: int, words: str) -> None:
    result = run(*args, library=library)
    _clean(result)
    assert result.returncode == code, result.stderr
    assert words in result.stderr


def test_a_closed_pipe_ends_quietly(library: Path) -> None:
    """`hashiya articles --json | head -1`: the reader goes away, hashiya stops without a word."""
    command = (f"{sys.executable} {REPO / 'main.py'} articles --json --library {library} | head -c 10 >/dev/null;"
               " echo ${PIPESTATUS[0]}")
    for _ in range(3):  # the pipe may close early or late; each time, no traceback
        done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120)
        assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
        assert done.stdout.strip() == "0"


def test_an_unexpected_failure_is_one_line_and_the_details_go_to_the_log(library: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Exporting onto a folder: whatever the exact cause, the user sees one line, never a traceback."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    target = tmp_path / "a-folder.jsonld"
    target.mkdir()
    result = run("export", "--format", "jsonld", str(target), library=library)
    _clean(result)
    assert result.returncode == 1
    assert "a-folder.jsonld" in result.stderr and len(result.stderr.strip().splitlines()) == 1


# The library file itself misbehaving -------------------------------------------------------------------


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fresh_library(tmp_path: Path, articles: int = 40) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(articles):
        (folder / f"{n}.txt").write_text(dari_page(n), encoding="utf-8")
    path = tmp_path / "library.sqlite"
    assert run("import", str(folder), library=path).returncode == 0
    return path


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    for args in (("articles",), ("import", str(tmp_path))):
        result = run(*args, library=path)
        _clean(result)
        assert result.returncode == 1 and "not a Hashiya library" in result.stderr
    assert _digest(path) == before


def test_a_damaged_library_is_not_written_into(tmp_path: Path) -> None:
    path = _fresh_library(tmp_path, 60)
    size = path.stat().st_size
    with path.open("r+b") as stream:  # a few pages in the middle overwritten, as a failing disk would
        stream.seek(size // 2 - size // 2 % 4096)
        stream.write(b"\x13\x37" * 6000)
    before = _digest(path)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "x.txt").write_text(dari_page(500), encoding="utf-8")
    attempts = [
        ("annotate", "1", "--quote", "گزارش", "--occurrence", "1", "--tag", "ادعا"),
        ("import", str(tmp_path / "more")),
    ]
    for args in attempts:
        result = run(*args, library=path)
        _clean(result)
        assert result.returncode == 1, (args, result.stderr)
        assert "damaged" in result.stderr and ".recover" in result.stderr
    listed = run("articles", library=path)  # reading may fail on a damaged page, but says so plainly
    assert "Traceback" not in listed.stderr
    assert _digest(path) == before


def test_a_read_only_library_can_be_read_but_says_why_it_cannot_be_changed(tmp_path: Path) -> None:
    import shutil

    if shutil.which("unshare") is None:
        pytest.skip("unshare is needed to mount a folder read-only")
    path = _fresh_library(tmp_path, 3)
    folder = path.parent
    main = REPO / "main.py"
    script = (f"mount --bind -o ro {folder} {folder} || exit 99; "
              f"{sys.executable} {main} articles --library {path}; echo \"articles=$?\"; "
              f"{sys.executable} {main} annotate 1 --quote گزارش --occurrence 1 --tag ادعا --library {path}; "
              "echo \"annotate=$?\"")
    done = subprocess.run(["unshare", "-m", "bash", "-c", script], capture_output=True, text=True, timeout=120)
    if "exit 99" in done.stdout or done.returncode == 99 or "mount" in done.stderr and "denied" in done.stderr:
        pytest.skip("this machine does not allow a read-only bind mount")
    assert "articles=0" in done.stdout and done.stdout.count("\t") >= 9, done.stdout + done.stderr
    assert "annotate=1" in done.stdout, done.stdout + done.stderr
    assert "read-only" in done.stderr and "Traceback" not in done.stderr


def test_a_write_waits_for_another_program_and_says_so(tmp_path: Path) -> None:
    path = _fresh_library(tmp_path, 2)
    hold = ("import sys, time\nfrom reader.storage.driver import sqlite3\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\nc.execute('BEGIN IMMEDIATE')\n"
            "print('held', flush=True)\ntime.sleep(7)\nc.execute('COMMIT')\n")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(path)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = run("annotate", "1", "--quote", "گزارش", "--occurrence", "1", "--tag", "ادعا", library=path)
    finally:
        holder.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert "waiting for" in result.stderr and "another program is writing" in result.stderr


def test_a_full_disk_stops_an_import_whole_and_says_so(tmp_path: Path) -> None:
    import shutil

    if shutil.which("unshare") is None:
        pytest.skip("unshare is needed to mount a small disk")
    disk = tmp_path / "disk"
    disk.mkdir()
    news = tmp_path / "news"
    news.mkdir()
    for n in range(300):  # ~1.5 MB of text: more than the 1 MB disk holds once indexed
        (news / f"{n}.txt").write_text(dari_page(n) + "\n\n" + "متن بلند " * 400, encoding="utf-8")
    main = REPO / "main.py"
    library = disk / "library.sqlite"
    script = (f"mount -t tmpfs -o size=1M tmpfs {disk} || exit 99; "
              f"{sys.executable} {main} import {news} --library {library}; echo \"import=$?\"; "
              f"{sys.executable} -c \"import sqlite3; c = sqlite3.connect('{library}');"
              " print('check', c.execute('PRAGMA quick_check').fetchone()[0]);"
              " print('articles', c.execute('SELECT count(*) FROM articles').fetchone()[0])\"")
    done = subprocess.run(["unshare", "-m", "bash", "-c", script], capture_output=True, text=True, timeout=300)
    if done.returncode == 99:
        pytest.skip("this machine does not allow mounting a small disk")
    assert "import=1" in done.stdout, done.stdout + done.stderr
    assert "full" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "check ok" in done.stdout  # nothing half-written

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

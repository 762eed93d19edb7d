"""Looking after a library from the command line: collections, article moves, deletions and
corrections, in real processes over real library files; and what a typo does (never the window)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.services.helpers import dari_page


def run(*args: str, library: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in {"HASHIYA_LIBRARY", "HASHIYA_AUTHOR"}}
    environment.pop("QT_QPA_PLATFORM", None)  # a window would fail to open here, not appear
    environment.update(env or {})
    argv = [sys.executable, str(REPO / "main.py"), *args]
    if library is not None:
        argv += ["--library", str(library)]
    return subprocess.run(argv, capture_output=True, text=True, env=environment, timeout=120,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    for name, numbers in (("kabul", range(1, 4)), ("herat", range(10, 12))):
        folder = tmp_path / name
        folder.mkdir()
        for n in numbers:
            (folder / f"{n:02}.txt").write_text(dari_page(n), encoding="utf-8")
    path = tmp_path / "lib.sqlite"
    for name in ("kabul", "herat"):
        assert run("import", str(tmp_path / name), library=path).returncode == 0
    return path


def _collections(library: Path) -> dict[str, dict]:
    result = run("collections", "--json", library=library)
    assert result.returncode == 0, result.stderr
    return {item["name"]: item for item in map(json.loads, result.stdout.splitlines())}


def _article_ids(library: Path, collection: str) -> list[int]:
    result = run("articles", "--json", "--collection", collection, library=library)
    return sorted(json.loads(line)["id"] for line in result.stdout.splitlines())


def test_collections_lists_id_name_and_article_count(library: Path) -> None:
    found = _collections(library)
    assert {name: item["articles"] for name, item in found.items()} == {"herat": 2, "kabul": 3}
    assert set(found["kabul"]) == {"id", "name", "articles"} and isinstance(found["kabul"]["id"], int)
    plain = run("collections", library=library).stdout.splitlines()
    assert [line.split("\t")[1:] for line in plain] == [["2", "herat"], ["3", "kabul"]]


def test_collection_rename_and_delete(library: Path) -> None:
    result = run("collection", "rename", "kabul", "کابل", library=library)
    assert result.returncode == 0 and "«کابل»" in result.stdout
    assert set(_collections(library)) == {"herat", "کابل"}
    clash = run("collection", "rename", "herat", "کابل", library=library)
    assert clash.returncode == 1 and "already a collection named «کابل»" in clash.stderr
    missing = run("collection", "rename", "nowhere", "x", library=library)
    assert missing.returncode == 1 and "no collection named «nowhere»" in missing.stderr

    unconfirmed = run("collection", "delete", "herat", library=library)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr and "2 article(s)" in unconfirmed.stderr
    assert set(_collections(library)) == {"herat", "کابل"}
    deleted = run("collection", "delete", "herat", "--yes", library=library)
    assert deleted.returncode == 0, deleted.stderr
    assert set(_collections(library)) == {"کابل"}
    again = run("collection", "delete", "herat", "--yes", library=library)
    assert again.returncode == 1 and "no collection named «herat»" in again.stderr


def test_article_move_delete_and_edit(library: Path, tmp_path: Path) -> None:
    first, second, third = _article_ids(library, "kabul")
    moved = run("article", "move", str(first), str(second), "--to", "برگزیده", library=library)
    assert moved.returncode == 0 and "moved 2 article(s)" in moved.stdout and "new collection" in moved.stdout
    assert _article_ids(library, "برگزیده") == [first, second]

    annotated = run("annotate", str(first), "--quote", "انفجار", "--tag", "ادعا", library=library)
    assert annotated.returncode == 0, annotated.stderr
    unconfirmed = run("article", "delete", str(first), library=library)
    assert unconfirmed.returncode == 2 and "1 annotation(s)" in unconfirmed.stderr
    missing = run("article", "delete", str(first), "999", "--yes", library=library)
    assert missing.returncode == 1 and "no article with id 999" in missing.stderr
    assert _article_ids(library, "برگزیده") == [first, second]  # all or nothing
    deleted = run("article", "delete", str(first), "--yes", library=library)
    assert deleted.returncode == 0 and "1 annotation(s) kept as deletion records" in deleted.stdout
    assert _article_ids(library, "برگزیده") == [second]
    assert run("annotations", "--json", library=library).stdout == ""
    # The deletion travels: the exported file holds the annotation as a tombstone.
    out = tmp_path / "out.jsonld"
    assert run("export", "--format", "jsonld", str(out), library=library).returncode == 0
    (item,) = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    assert item["hashiya:deleted"] is True
    gone = run("search", "انفجار", "--json", library=library)
    assert first not in [json.loads(line)["id"] for line in gone.stdout.splitlines()]

    edited = run("article", "edit", str(third), "--date", "2024-11-24T09:30+04:30", "--outlet", "طلوع نیوز",
                 "--collection", "herat", library=library)
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.strip().split("\t") == [str(third), "2024-11-24T09:30:00+04:30", "طلوع نیوز", "herat"]
    (listed,) = [json.loads(line) for line in run("articles", "--json", "--collection", "herat", library=library)
                 .stdout.splitlines() if json.loads(line)["id"] == third]
    assert (listed["date"], listed["outlet"]) == ("2024-11-24T09:30:00+04:30", "طلوع نیوز")
    bad_date = run("article", "edit", str(third), "--date", "yesterday", library=library)
    assert bad_date.returncode == 2 and "is not a date" in bad_date.stderr
    nothing = run("article", "edit", str(third), library=library)
    assert nothing.returncode == 2 and "--date, --outlet or --collection" in nothing.stderr
    assert run("article", "edit", "999", "--outlet", "x", library=library).returncode == 1


@pytest.mark.parametrize("args", [
    ["bogus"], ["improt", "folder"], ["collection"], ["collection", "bogus"], ["article", "delete"],
    ["article", "delete", "abc"], ["article", "move", "1"], ["--bogus"], ["--library"],
])
def test_a_typo_is_a_usage_message_and_exit_2_never_the_window(args: list[str], tmp_path: Path) -> None:
    result = run(*args, env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 2, (args, result.stderr)
    assert "usage:" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "Hashiya").exists()  # no library was made: no window started


def test_the_command_line_follows_the_library_and_author_the_window_remembers(library: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "Hashiya").mkdir(parents=True)
    # As QSettings writes it: a quoted value with a comma, a path with non-ASCII letters.
    (config / "Hashiya" / "Hashiya.ini").write_text(
        f'[preferences]\nauthor="Ahmadi, زهرا"\n\n[session]\nlibrary_path={library}\n', encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(config)}
    assert set(_collections_with(env)) == {"herat", "kabul"}
    first = min(_article_ids(library, "kabul"))
    assert run("annotate", str(first), "--quote", "انفجار", "--tag", "ادعا", env=env).returncode == 0
    (row,) = map(json.loads, run("annotations", "--json", env=env).stdout.splitlines())
    assert row["author"] == "Ahmadi, زهرا"
    # $HASHIYA_LIBRARY and --library still choose for one run.
    other = tmp_path / "other.sqlite"
    assert _collections_with({**env, "HASHIYA_LIBRARY": str(other)}) == {}
    assert run("collections", "--json", "--library", str(other), env=env).stdout == ""


def _collections_with(env: dict[str, str]) -> dict[str, dict]:
    result = run("collections", "--json", env=env)
    assert result.returncode == 0, result.stderr
    return {item["name"]: item for item in map(json.loads, result.stdout.splitlines())}

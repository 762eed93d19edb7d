"""Text from files and colleagues shown on the command line and in exports: bidi overrides and
control characters shown, never obeyed; the stored text, the JSON and the JSON-LD exact."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.services.helpers import dari_page
from tests.test_cli import run

RLO = "\u202e"
NOTE = f"فاکتور{RLO}fdp.exe"  # reads "exe.pdf" when the override is obeyed
TAG = "\u2067ادعا"  # an isolate never closed: it would spill over the rest of the line


def _library(tmp_path: Path) -> tuple[Path, int]:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(dari_page(4).replace("گزارش شماره 4", "گزارش \x1b[2J شماره 4"), encoding="utf-8")
    (folder / f"gnp{RLO}.txt").write_bytes(b"")
    library = tmp_path / "lib.sqlite"
    imported = run("import", str(folder), library=library)
    assert imported.returncode == 3 and "  news/gnp<U+202E>.txt: the file is empty" in imported.stdout
    assert RLO not in imported.stdout
    (article,) = [json.loads(line) for line in run("articles", "--json", library=library).stdout.splitlines()]
    made = run("annotate", str(article["id"]), "--quote", "صدای انفجار", "--tag", TAG, "--note", NOTE,
               "--author", f"Reza{RLO}", library=library)
    assert made.returncode == 0, made.stderr
    assert made.stderr == "created tag '<U+2067>ادعا'\n"
    return library, article["id"]


def test_plain_output_shows_what_json_keeps_exactly(tmp_path: Path) -> None:
    library, article_id = _library(tmp_path)
    listed = run("articles", library=library).stdout
    assert "<U+001B>[2J" in listed and "\x1b" not in listed  # a title cannot clear the terminal
    plain = run("annotations", library=library).stdout
    assert "\t<U+2067>ادعا\t" in plain and "\u2067" not in plain
    raw = run("annotations", "--json", library=library).stdout
    assert RLO not in raw and "\u2067" not in raw and "\\u202e" in raw and "\\u2067" in raw
    (item,) = [json.loads(line) for line in raw.splitlines()]
    assert (item["note"], item["tags"], item["author"]) == (NOTE, [TAG], f"Reza{RLO}")  # exact once parsed


def test_csv_shows_the_override_and_json_ld_carries_it_exactly(tmp_path: Path) -> None:
    library, _ = _library(tmp_path)
    table = tmp_path / "team.csv"
    assert run("export", "--format", "csv", str(table), library=library).returncode == 0
    (row,) = csv.DictReader(io.StringIO(table.read_bytes().decode("utf-8-sig"), newline=""))
    assert (row["note"], row["tag"], row["author"]) == ("فاکتور<U+202E>fdp.exe", "<U+2067>ادعا", "Reza<U+202E>")
    exported = tmp_path / "team.jsonld"
    assert run("export", "--format", "jsonld", str(exported), library=library).returncode == 0
    text = exported.read_text(encoding="utf-8")
    assert RLO not in text and "\\u202e" in text
    other = tmp_path / "other.sqlite"
    folder = tmp_path / "copy" / "news"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(dari_page(4).replace("گزارش شماره 4", "گزارش \x1b[2J شماره 4"), encoding="utf-8")
    run("import", str(folder), library=other)
    merged = run("merge", str(exported), library=other)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert "tags created: <U+2067>ادعا" in merged.stdout
    (item,) = [json.loads(line) for line in run("annotations", "--json", library=other).stdout.splitlines()]
    assert (item["note"], item["tags"], item["author"]) == (NOTE, [TAG], f"Reza{RLO}")

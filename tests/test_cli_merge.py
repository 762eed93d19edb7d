"""`merge` on the command line with files that lie about time or are not files at all."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.test_cli import one_imported_article, run


def _exported(tmp_path: Path) -> tuple[Path, Path, dict]:
    library, article = one_imported_article(tmp_path)
    made = run("annotate", str(article["id"]), "--quote", "گزارش‌ها نادرست است", "--tag", "تکذیب", library=library)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "team.jsonld"
    assert run("export", "--format", "jsonld", str(out), library=library).returncode == 0
    return library, out, json.loads(out.read_text(encoding="utf-8"))


def test_future_and_garbage_times_are_skipped_and_listed(tmp_path: Path) -> None:
    library, out, document = _exported(tmp_path)
    (item,) = document["first"]["items"]
    uuid = item["id"].removeprefix("urn:uuid:")
    versions = []
    for n, modified in enumerate(("9999-12-31T23:59:59Z", "zzzz")):
        copy = json.loads(json.dumps(item))
        copy["id"] = f"urn:uuid:{uuid[:-1]}{n}"
        copy["modified"] = modified
        copy["body"][0]["value"] = "از آینده"
        versions.append(copy)
    document["first"]["items"] = [item, *versions]
    document["total"] = 3
    hostile = tmp_path / "hostile.jsonld"
    hostile.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("merge", str(hostile), library=library)
    assert result.returncode == 3, result.stderr
    assert "unchanged: 1" in result.stdout and "added:     0" in result.stdout
    assert (f"  skipped {uuid[:-1]}0: its modification time 9999-12-31T23:59:59Z is more than a day ahead of this "
            "computer's clock, so it was left out") in result.stdout
    assert (f"  skipped {uuid[:-1]}1: its modification time 'zzzz' is not a valid date and time (xsd:dateTime), "
            "so it was left out") in result.stdout
    listed = run("annotations", "--json", library=library).stdout.splitlines()
    assert len(listed) == 1 and "از آینده" not in listed[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_or_an_oversized_file_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    library, _out, _ = _exported(tmp_path)
    os.mkfifo(tmp_path / "pipe.jsonld")
    piped = run("merge", str(tmp_path / "pipe.jsonld"), library=library)  # a hang would time out
    assert piped.returncode == 1
    assert piped.stderr == ("hashiya: pipe.jsonld: not a regular file (a device, a named pipe or a socket), so it "
                            "was not read; nothing was merged\n")
    huge = tmp_path / "huge.jsonld"
    with open(huge, "wb") as handle:
        handle.truncate(100 * 1024**3)  # sparse: a read-first merge would need 100 GB of memory
    sized = run("merge", str(huge), library=library)
    assert sized.returncode == 1 and "more than the 209,715,200 an annotation file may have" in sized.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX file name")
def test_a_file_name_that_is_not_utf8_is_named_escaped(tmp_path: Path) -> None:
    library, out, _ = _exported(tmp_path)
    odd = os.path.join(os.fsencode(tmp_path), b"team\xe9.jsonld")
    os.rename(out, odd)
    result = run("merge", os.fsdecode(odd), library=library)
    assert result.returncode == 0 and "unchanged: 1" in result.stdout
    (tmp_path / "bad.jsonld").write_text("{", encoding="utf-8")
    os.rename(tmp_path / "bad.jsonld", os.path.join(os.fsencode(tmp_path), b"bad\xff.jsonld"))
    refused = run("merge", os.fsdecode(os.path.join(os.fsencode(tmp_path), b"bad\xff.jsonld")), library=library)
    assert refused.returncode == 1 and refused.stderr.startswith("hashiya: bad\\xff.jsonld: not valid JSON")

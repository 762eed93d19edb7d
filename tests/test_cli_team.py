"""`main.py team sync`: one round through a team folder, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.services.helpers import dari_page
from tests.test_cli import run


def test_team_sync_between_two_libraries(tmp_path: Path) -> None:
    folder, team = tmp_path / "news", tmp_path / "team"
    folder.mkdir()
    team.mkdir()
    (folder / "a.txt").write_text(dari_page(9), encoding="utf-8")
    zahra, farid = tmp_path / "zahra.sqlite", tmp_path / "farid.sqlite"
    for library in (zahra, farid):
        run("import", str(folder), library=library)
    (article,) = [json.loads(line) for line in run("articles", "--json", library=zahra).stdout.splitlines()]
    made = run("annotate", str(article["id"]), "--quote", "صدای انفجار", "--tag", "ادعا", "--author", "زهرا",
               library=zahra)
    uuid = made.stdout.strip()
    first = run("team", "sync", str(team), "--author", "زهرا", library=zahra)
    assert first.returncode == 0, first.stderr
    assert "written:   1 file(s) of yours" in first.stdout
    result = run("team", "sync", str(team), "--author", "Farid", "--json", library=farid)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["added"] == 1 and report["refused"] == [] and report["files_read"][0]["author"] == "زهرا"
    (annotation,) = [json.loads(line) for line in run("annotations", "--json", library=farid).stdout.splitlines()]
    assert annotation["uuid"] == uuid and annotation["author"] == "زهرا"

    # A file that signs someone else's name: refused, reported, exit 3.
    shard = next(team.glob("زهرا@*.hashiya")) / "all.jsonld"
    forged = json.loads(shard.read_text(encoding="utf-8"))
    forged["first"]["items"][0]["creator"]["name"] = "Farid"
    (team / "Mallory.hashiya.jsonld").write_text(json.dumps(forged, ensure_ascii=False), encoding="utf-8")
    refused = run("team", "sync", str(team), "--author", "Farid", library=farid)
    assert refused.returncode == 3, refused.stderr
    assert "refused:   1" in refused.stdout and "Mallory.hashiya.jsonld" in refused.stdout
    assert run("team", "sync", str(team), "--author", "Farid", library=farid).returncode == 0  # told once


def test_team_sync_refusals_of_the_request(tmp_path: Path) -> None:
    library = tmp_path / "l.sqlite"
    missing = run("team", "sync", str(tmp_path / "unmounted"), "--author", "زهرا", library=library)
    assert missing.returncode == 1 and "cannot be reached" in missing.stderr
    assert not (tmp_path / "unmounted").exists()
    (tmp_path / "team").mkdir()
    nameless = run("team", "sync", str(tmp_path / "team"), "--author", " ", library=library)
    assert nameless.returncode == 2 and "needs your name" in nameless.stderr
    assert run("team", library=library).returncode == 2

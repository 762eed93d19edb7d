"""The command line as scripts use it: real processes, real library files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reader import __version__
from tests.conftest import REPO
from tests.services.helpers import dari_page, write_mixed_collection


def run(*args: str, library: Path | None = None, env_library: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "HASHIYA_LIBRARY"}
    if env_library is not None:
        env["HASHIYA_LIBRARY"] = str(env_library)
    argv = [sys.executable, str(REPO / "main.py"), *args]
    if library is not None:
        argv += ["--library", str(library)]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"Hashiya {__version__}"
    result = run("--help")
    assert result.returncode == 0 and "import" in result.stdout and "articles" in result.stdout


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert run("import", library=tmp_path / "l.sqlite").returncode == 2  # no PATH
    assert run("articles", "--bogus").returncode == 2


def test_import_then_list_as_json(tmp_path: Path) -> None:
    write_mixed_collection(tmp_path / "news")
    library = tmp_path / "lib.sqlite"
    result = run("import", str(tmp_path / "news"), library=library)
    assert result.returncode == 0, result.stderr
    assert "imported:  8" in result.stdout and "failed:    0" in result.stdout
    listed = run("articles", "--json", library=library)
    items = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(items) == 8
    assert {"id", "title", "date", "dateline", "source", "text"} <= set(items[0])
    seed = next(i for i in items if i["source"] == "news/seed.txt")
    assert seed["date"] == "2024-11-26T10:15:00+04:30" and seed["dateline"] == "سه‌شنبه ۶ قوس ۱۴۰۳ کابل ۱۰:۱۵"
    assert seed["text"].startswith(seed["title"] + "\n\n")
    plain = run("articles", library=library).stdout.splitlines()
    assert len(plain) == 8 and all(line.count("\t") == 3 for line in plain)
    again = run("import", str(tmp_path / "news"), library=library)
    assert again.returncode == 0 and "unchanged: 8" in again.stdout


def test_partial_failure_exits_3_and_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(dari_page(1), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    result = run("import", str(folder), library=tmp_path / "lib.sqlite")
    assert result.returncode == 3
    assert "imported:  1" in result.stdout and "news/empty.txt: the file is empty" in result.stdout


def test_library_from_environment(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(dari_page(1), encoding="utf-8")
    library = tmp_path / "from-env.sqlite"
    assert run("import", str(folder), "--collection", "مجموعه", env_library=library).returncode == 0
    assert library.exists()
    assert len(run("articles", "--collection", "مجموعه", env_library=library).stdout.splitlines()) == 1
    assert run("articles", "--collection", "none", env_library=library).returncode == 2


def test_kill_mid_import_leaves_whole_chunks_only(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    for n in range(3000):
        (folder / f"{n:05}.txt").write_text(dari_page(n), encoding="utf-8")
    library = tmp_path / "lib.sqlite"
    argv = [sys.executable, str(REPO / "main.py"), "import", str(folder), "--library", str(library), "--workers", "1"]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    count = 0
    while time.monotonic() < deadline and process.poll() is None:
        if library.exists():
            try:
                with sqlite3.connect(library, timeout=1) as conn:
                    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0
            if count:
                break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with sqlite3.connect(library) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM article_search").fetchone()[0]
    assert articles % 1000 == 0 and articles == indexed
    assert 0 < articles < 3000 or count == 0


def one_imported_article(tmp_path: Path) -> tuple[Path, dict]:
    """A library holding one imported Dari page, and that article as `articles --json` gives it."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(dari_page(7), encoding="utf-8")
    library = tmp_path / "lib.sqlite"
    run("import", str(folder), library=library)
    (article,) = [json.loads(line) for line in run("articles", "--json", library=library).stdout.splitlines()]
    return library, article


def test_annotate_and_list_annotations(tmp_path: Path) -> None:
    library, article = one_imported_article(tmp_path)
    quote = "گزارش‌ها نادرست است"
    made = run("annotate", str(article["id"]), "--quote", quote, "--tag", "تکذیب", "--tag", "منبع رسمی",
               "--note", "سطر یک\nسطر دو", "--author", "Farid", library=library)
    assert made.returncode == 0, made.stderr
    assert "created tag 'منبع رسمی'" in made.stderr
    uuid = made.stdout.strip()
    listed = [json.loads(line) for line in run("annotations", "--json", library=library).stdout.splitlines()]
    assert len(listed) == 1
    item = listed[0]
    assert item["uuid"] == uuid and item["article_id"] == article["id"] and item["quote"] == quote
    assert article["text"][item["start"]:item["end"]] == quote
    assert item["tags"] == ["تکذیب", "منبع رسمی"] and item["note"] == "سطر یک\nسطر دو" and item["author"] == "Farid"
    assert {"created", "modified"} <= set(item)
    assert run("annotations", "--tag", "ادعا", library=library).stdout == ""
    assert len(run("annotations", library=library).stdout.splitlines()) == 1


def test_export_article_as_html_and_pdf_with_filters(tmp_path: Path) -> None:
    library, article = one_imported_article(tmp_path)
    aid = str(article["id"])
    run("annotate", aid, "--quote", "گزارش‌ها نادرست است", "--tag", "تکذیب", "--note", "یادداشت فرید", "--author", "Farid",
        library=library)
    run("annotate", aid, "--quote", "صدای انفجار", "--tag", "ادعا", "--note", "یادداشت پروانه", "--author", "Parwana",
        library=library)
    page = tmp_path / "out" / "page.html"
    missing = run("export-article", aid, "--format", "html", str(page), library=library)
    assert missing.returncode == 1 and "there is no folder" in missing.stderr, missing.stderr
    assert "Traceback" not in missing.stderr and not page.parent.exists()
    page.parent.mkdir()
    made = run("export-article", aid, "--format", "html", str(page), library=library)
    assert made.returncode == 0, made.stderr
    assert "2 highlight(s)" in made.stdout
    text = page.read_text(encoding="utf-8")
    assert text.count("<mark ") == 2 and "یادداشت فرید" in text and "یادداشت پروانه" in text
    assert '<html lang="fa-AF" dir="rtl">' in text and "<h2>یادداشت‌ها</h2>" in text  # the page's words in Persian
    only = run("export-article", aid, "--format", "html", str(page), "--author", "Farid", library=library)
    assert only.returncode == 0 and "یادداشت پروانه" not in page.read_text(encoding="utf-8")
    run("export-article", aid, "--format", "html", str(page), "--tag", "ادعا", library=library)
    assert "یادداشت فرید" not in page.read_text(encoding="utf-8")
    pdf = tmp_path / "page.pdf"
    assert run("export-article", aid, "--format", "pdf", str(pdf), library=library).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert run("export-article", "999", "--format", "pdf", str(pdf), library=library).returncode == 2
    assert run("export-article", aid, "--format", "html", str(page), "--tag", "نیست", library=library).returncode == 2
    assert run("export-article", aid, "--format", "doc", str(page), library=library).returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".hashiya-")) == []  # no temporary left


def test_annotate_refuses_missing_and_ambiguous_quotes(tmp_path: Path) -> None:
    library, article = one_imported_article(tmp_path)
    missing = run("annotate", str(article["id"]), "--quote", "چیزی که نیست", "--tag", "ادعا", library=library)
    assert missing.returncode == 2 and "does not occur" in missing.stderr
    ambiguous = run("annotate", str(article["id"]), "--quote", "که", "--tag", "ادعا", library=library)
    assert ambiguous.returncode == 2 and "--occurrence" in ambiguous.stderr
    second = run("annotate", str(article["id"]), "--quote", "که", "--tag", "ادعا", "--occurrence", "2", library=library)
    assert second.returncode == 0
    (item,) = [json.loads(line) for line in run("annotations", "--json", library=library).stdout.splitlines()]
    first = article["text"].index("که")
    assert item["start"] == article["text"].index("که", first + 1)
    assert run("annotate", "999", "--quote", "که", "--tag", "ادعا", library=library).returncode == 2


def test_search_prints_hits_with_offsets(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان\n\nمقامات كشور گفتند که راه‌های تازه باز است.", encoding="utf-8")
    library = tmp_path / "lib.sqlite"
    run("import", str(folder), library=library)
    result = run("search", "کشور راه های", "--json", library=library)
    assert result.returncode == 0, result.stderr
    (hit,) = [json.loads(line) for line in result.stdout.splitlines()]
    (article,) = [json.loads(line) for line in run("articles", "--json", library=library).stdout.splitlines()]
    assert hit["id"] == article["id"] and hit["title"] == "عنوان" and "snippet" in hit and hit["date"] is None
    assert [article["text"][s:e] for s, e in hit["hits"]] == ["كشور", "راه‌های"]
    plain = run("search", "كشور", library=library)
    assert "[كشور]" in plain.stdout and "1 article(s)" in plain.stderr
    bad = run("search", '"unbalanced', library=library)
    assert bad.returncode == 2 and "quotation" in bad.stderr.lower() and "Traceback" not in bad.stderr
    assert run("search", "کشور", "--limit", "5", "--tag", "nope", library=library).returncode == 2


def test_export_and_merge_between_two_libraries(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(dari_page(9), encoding="utf-8")
    mine, theirs = tmp_path / "mine.sqlite", tmp_path / "theirs.sqlite"
    for library in (mine, theirs):
        run("import", str(folder), library=library)
    (article,) = [json.loads(line) for line in run("articles", "--json", library=theirs).stdout.splitlines()]
    made = run("annotate", str(article["id"]), "--quote", "صدای انفجار", "--tag", "ادعا", "--author", "Farid",
               library=theirs)
    assert made.returncode == 0
    for fmt in ("jsonld", "qdpx", "csv"):
        out = tmp_path / f"team.{fmt}"
        exported = run("export", "--format", fmt, str(out), library=theirs)
        assert exported.returncode == 0 and "exported 1 annotation" in exported.stdout and out.exists()
    dry = run("merge", str(tmp_path / "team.jsonld"), "--dry-run", library=mine)
    assert dry.returncode == 0 and "added:     1" in dry.stdout and "dry run" in dry.stdout
    assert run("annotations", library=mine).stdout == ""
    merged = run("merge", str(tmp_path / "team.jsonld"), str(tmp_path / "team.qdpx"), library=mine)
    assert merged.returncode == 0 and "added:     1" in merged.stdout
    assert run("annotations", "--json", library=mine).stdout == run("annotations", "--json", library=theirs).stdout
    again = run("merge", str(tmp_path / "team.jsonld"), library=mine)
    assert "added:     0" in again.stdout and "unchanged: 1" in again.stdout
    # One bad file in the batch: nothing from the good one is written either.
    (tmp_path / "bad.jsonld").write_text("{not json", encoding="utf-8")
    fresh = tmp_path / "fresh.sqlite"
    run("import", str(folder), library=fresh)
    refused = run("merge", str(tmp_path / "team.jsonld"), str(tmp_path / "bad.jsonld"), library=fresh)
    assert refused.returncode == 1 and "bad.jsonld" in refused.stderr and "nothing was merged" in refused.stderr
    assert run("annotations", library=fresh).stdout == ""


def test_a_qualcoder_project_merges_with_its_positions_reported_and_exports_whole(tmp_path: Path) -> None:
    from tests.conftest import FIXTURES

    library = tmp_path / "lib.sqlite"
    project = FIXTURES / "qualcoder" / "qc_emoji.qdpx"
    dry = run("merge", str(project), "--dry-run", library=library)
    assert dry.returncode == 0, dry.stderr
    assert ("positions in qc_emoji.qdpx: UTF-16 units, byte-order mark not counted (checked by the selections' "
            "own text); 7 of 8 selection(s) adjusted, 0 left for review") in dry.stdout
    assert "article notes written: 1" in dry.stdout and "added:     8" in dry.stdout
    assert run("merge", str(project), library=library).returncode == 0
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(dari_page(2), encoding="utf-8")
    run("import", str(folder), library=library)
    whole, annotated = tmp_path / "whole.qdpx", tmp_path / "annotated.qdpx"
    assert run("export", "--format", "qdpx", str(whole), "--all-articles", "--provenance", library=library).returncode == 0
    assert run("export", "--format", "qdpx", str(annotated), library=library).returncode == 0
    from reader.core.exchange.qdpx import read_qdpx

    assert len(read_qdpx(whole, "whole.qdpx").articles) == 3          # the unannotated import too
    assert {a.creator for a in read_qdpx(whole, "whole.qdpx").articles} == {"qcoder", _login()}
    assert len(read_qdpx(annotated, "annotated.qdpx").articles) == 2
    assert {a.creator for a in read_qdpx(annotated, "annotated.qdpx").articles} == {""}


def _login() -> str:
    from reader.services.locations import default_author

    return default_author()


def test_desktop_entry_installs_and_removes(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    argv = [sys.executable, str(REPO / "main.py"), "desktop-entry"]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    entry = tmp_path / "applications" / "hashiya.desktop"
    assert done.returncode == 0 and str(entry) in done.stdout
    from reader.services.desktop_entry import entry_text

    assert entry.read_text(encoding="utf-8") == entry_text([str(Path(sys.executable).absolute()), str(REPO / "main.py")])
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "hashiya.svg").exists()
    done = subprocess.run([*argv, "--remove"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and not entry.exists() and "removed" in done.stdout


def test_suggest_prints_claims_and_denials_and_writes_nothing(tmp_path: Path) -> None:
    library, article = one_imported_article(tmp_path)
    with sqlite3.connect(library) as conn:
        before = list(conn.iterdump())
    done = run("suggest", "--json", library=library)
    assert done.returncode == 0, done.stderr
    found = [json.loads(line) for line in done.stdout.splitlines()]
    assert found and all(set(item) == {"article_id", "start", "end", "quote", "tag", "score", "cues", "speaker"}
                         for item in found)
    for item in found:
        assert article["text"][item["start"]:item["end"]] == item["quote"]
        assert item["tag"] in ("ادعا", "تکذیب") and 0 <= item["score"] <= 1 and item["cues"]
    denial = next(i for i in found if "نادرست است" in i["quote"])
    assert denial["tag"] == "تکذیب" and denial["speaker"] == "سخنگوی ولایت"
    claim = next(i for i in found if "می‌گویند" in i["quote"])
    assert claim["tag"] == "ادعا" and claim["speaker"] == "باشندگان محل"
    assert [json.loads(line) for line in run("suggest", str(article["id"]), "--json", library=library)
            .stdout.splitlines()] == found
    assert len(run("suggest", "--collection", "news", library=library).stdout.splitlines()) == len(found)
    with sqlite3.connect(library) as conn:
        assert list(conn.iterdump()) == before
    assert run("suggest", "999", library=library).returncode == 2  # what does not exist: a usage error
    assert run("suggest", "--collection", "nothing", library=library).returncode == 2
    assert run("suggest", "1", "--collection", "news", library=library).returncode == 2


def test_import_with_outlet_then_list_and_correct_outlets(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(dari_page(n), encoding="utf-8")
    (folder / "asr.txt").write_text("عصر ایران\n\n" + dari_page(9), encoding="utf-8")
    library = tmp_path / "lib.sqlite"
    assert run("import", str(folder), library=library).returncode == 0
    items = [json.loads(line) for line in run("articles", "--json", library=library).stdout.splitlines()]
    by_source = {item["source"]: item["outlet"] for item in items}
    assert by_source == {"news/0.txt": None, "news/1.txt": None, "news/2.txt": None, "news/asr.txt": "Asr Iran"}
    listed = [json.loads(line) for line in run("outlets", "--json", library=library).stdout.splitlines()]
    assert listed == [{"outlet": None, "articles": 3}, {"outlet": "Asr Iran", "articles": 1}]
    ids = [str(item["id"]) for item in items if item["outlet"] is None]
    changed = run("outlets", "--set", "VOA Dari", *ids, library=library)
    assert changed.returncode == 0 and "articles changed: 3" in changed.stdout
    assert run("outlets", library=library).stdout.splitlines() == ["3\tVOA Dari", "1\tAsr Iran"]
    assert run("outlets", "--set", "x", library=library).returncode == 2  # no ids
    (folder / "new.txt").write_text(dari_page(20), encoding="utf-8")
    assert run("import", str(folder), "--outlet", "Radio Azadi", library=library).returncode == 0
    assert run("outlets", library=library).stdout.splitlines() == ["5\tRadio Azadi"]

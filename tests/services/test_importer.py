"""Importing folders, archives and bad files into a real library file."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from reader.services import importer
from reader.services.importer import import_paths
from reader.storage import articles_repo
from tests.services.helpers import dari_page, write_mixed_collection


def current_titles(db) -> set[str]:
    return {r.title for r in articles_repo.iter_current(db)}


def test_imports_every_format_into_a_collection_named_after_the_folder(db, tmp_path: Path) -> None:
    write_mixed_collection(tmp_path / "news")
    report = import_paths(db, [tmp_path / "news"])
    assert report.failed == [] and report.ignored == 1  # the PNG
    assert len(report.imported) == 8
    titles = current_titles(db)
    assert {"وزارت آب: ادعای کاهش سهم آب هلمند بی‌اساس است", "خبر قديمي با املاي عربي", "یادداشت", "خبر جیسون",
            "خبر دوم", "عنوان صفحه"} <= titles
    assert {r.source for r in articles_repo.iter_current(db)} >= {"news/seed.txt", "news/batch.json#2", "news/page.html"}
    names = [row["name"] for row in db.query("SELECT name FROM collections")]
    assert names == ["news"]


def test_reimport_adds_nothing(db, tmp_path: Path) -> None:
    write_mixed_collection(tmp_path / "news")
    first = import_paths(db, [tmp_path / "news"])
    count = articles_repo.count_current(db)
    again = import_paths(db, [tmp_path / "news"])
    assert again.imported == [] and again.updated == [] and again.unchanged == len(first.imported)
    assert articles_repo.count_current(db) == count
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == count


def test_changed_file_becomes_a_new_version(db, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    page = folder / "a.txt"
    page.write_text(dari_page(1), encoding="utf-8")
    (old_id,) = import_paths(db, [folder]).imported
    page.write_text(dari_page(1).replace("صدای انفجار", "صدای تیراندازی"), encoding="utf-8")
    report = import_paths(db, [folder])
    (new_id,) = report.updated
    record = articles_repo.get(db, new_id)
    assert record is not None and record.version == 2 and "تیراندازی" in record.text
    assert articles_repo.get(db, old_id) is None  # nothing pointed into it, so it is gone
    assert articles_repo.count_current(db) == 1


def test_annotations_move_to_the_new_version(db, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    page = folder / "a.txt"
    page.write_text(dari_page(1), encoding="utf-8")
    (old_id,) = import_paths(db, [folder]).imported
    old_text = articles_repo.get(db, old_id).text
    db.execute(
        """INSERT INTO annotations (uuid, article_id, start, "end", quote, prefix, suffix, created, modified)
           VALUES ('u1', ?, 0, 6, ?, '', ?, 'now', 'now')""",
        (old_id, old_text[:6], old_text[6:38]),
    )
    page.write_text(dari_page(1) + "\n\nپاراگراف تازه.", encoding="utf-8")
    report = import_paths(db, [folder])
    (new_id,) = report.updated
    assert report.reanchored == 1 and report.orphaned == 0
    assert db.execute('SELECT article_id, start, "end" FROM annotations WHERE uuid = \'u1\'').fetchone() == (new_id, 0, 6)
    assert articles_repo.get(db, old_id) is None
    assert [r.id for r in articles_repo.iter_current(db)] == [new_id]


def test_bad_files_are_skipped_with_a_reason_each(db, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(dari_page(1), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    damaged = bytearray(dari_page(2).encode("utf-8"))
    damaged[40] = 0xFF
    (folder / "damaged.txt").write_bytes(bytes(damaged))
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    os.symlink(folder / "does-not-exist.txt", folder / "gone.txt")
    with zipfile.ZipFile(folder / "evil.zip", "w") as archive:
        archive.writestr("../../escape.txt", dari_page(3))
        archive.writestr("/etc/passwd.txt", dari_page(4))
        archive.writestr("inside.txt", dari_page(5))
    report = import_paths(db, [folder])
    reasons = {f.source.split("/")[-1]: str(f) for f in report.failed}
    assert set(reasons) == {"empty.txt", "binary.txt", "damaged.txt", "huge.txt", "gone.txt", "escape.txt", "passwd.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "undecodable bytes at byte 40" in reasons["damaged.txt"]
    assert "too large" in reasons["huge.txt"] and "200 MB" in reasons["huge.txt"]
    assert "cannot be read" in reasons["gone.txt"]
    assert "'../../escape.txt' points outside the archive" in reasons["escape.txt"]
    assert "'/etc/passwd.txt' has an absolute path" in reasons["passwd.txt"]
    for failure in report.failed:
        assert "\n" not in str(failure) and str(failure).startswith("mixed/")
    assert len(report.imported) == 2  # good.txt and evil.zip's inside.txt
    assert not (tmp_path.parent / "escape.txt").exists()


def test_zip_archive(db, tmp_path: Path) -> None:
    archive_path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        for n in range(3):
            archive.writestr(f"part/{n}.txt", dari_page(n))
    report = import_paths(db, [archive_path])
    assert len(report.imported) == 3
    assert {r.source for r in articles_repo.iter_current(db)} == {f"bundle.zip/part/{n}.txt" for n in range(3)}
    assert import_paths(db, [archive_path]).unchanged == 3


def test_boilerplate_is_learned_from_the_collection(db, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    footer = "تمامی حقوق برای خبرگزاری نمونه محفوظ است"
    for n in range(8):
        (folder / f"{n}.txt").write_text(dari_page(n, footer=footer), encoding="utf-8")
    import_paths(db, [folder])
    texts = [r.text for r in articles_repo.iter_current(db)]
    assert len(texts) == 8
    assert all(footer not in text for text in texts)
    assert all("صدای انفجار" in text for text in texts)


def test_cancel_writes_nothing_of_the_unfinished_chunk(db, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(10):
        (folder / f"{n}.txt").write_text(dari_page(n), encoding="utf-8")
    seen = []
    report = import_paths(db, [folder], progress=seen.append, cancelled=lambda: len(seen) >= 4)
    assert report.cancelled and report.imported == []
    assert articles_repo.count_current(db) == 0
    assert seen[-1].done == 4 and seen[-1].total == 10


def test_crash_mid_chunk_keeps_earlier_chunks_only(db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "CHUNK_SIZE", 5)
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:02}.txt").write_text(dari_page(n), encoding="utf-8")

    def explode(progress: importer.ImportProgress) -> None:
        if progress.done == 8:
            raise MemoryError("simulated crash")

    with pytest.raises(MemoryError):
        import_paths(db, [folder], progress=explode)
    assert articles_repo.count_current(db) == 5
    assert db.execute("SELECT count(*) FROM article_search").fetchone()[0] == 5
    report = import_paths(db, [folder])  # the user runs it again: the rest arrives, nothing doubles
    assert report.unchanged == 5 and len(report.imported) == 7


def test_parallel_import_matches_serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.storage.database import open_database

    monkeypatch.setattr(importer, "PARALLEL_THRESHOLD", 10)
    monkeypatch.setattr(importer, "CHUNK_SIZE", 6)  # several chunks: the next is read while one is written
    folder = tmp_path / "news"
    write_mixed_collection(folder)
    for n in range(20):
        (folder / f"p{n}.txt").write_text(dari_page(n), encoding="utf-8")
    results = []
    for workers in (1, 2):
        db = open_database(tmp_path / f"lib{workers}.sqlite")
        report = import_paths(db, [folder], workers=workers)
        results.append((len(report.imported), sorted((r.source, r.content_hash) for r in articles_repo.iter_current(db))))
        db.close()
    assert results[0] == results[1] and results[0][0] == 26  # p1, p2 repeat two mixed files


def test_parallel_cancel_keeps_the_written_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.storage.database import open_database

    monkeypatch.setattr(importer, "PARALLEL_THRESHOLD", 10)
    monkeypatch.setattr(importer, "CHUNK_SIZE", 5)
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(23):
        (folder / f"{n:02}.txt").write_text(dari_page(n), encoding="utf-8")
    db = open_database(tmp_path / "lib.sqlite")
    seen = []
    report = import_paths(db, [folder], progress=seen.append, cancelled=lambda: len(seen) >= 12, workers=2)
    assert report.cancelled and len(report.imported) == 10
    assert articles_repo.count_current(db) == 10
    assert db.execute("SELECT count(*) FROM article_search").fetchone()[0] == 10
    report = import_paths(db, [folder], workers=2)
    assert report.unchanged == 10 and len(report.imported) == 13
    db.close()


def _iranian_page(n: int, dateline: str) -> str:
    return "\n".join([
        "صفحه اصلی", "سیاسی", dateline, "", f"خبر شماره {n}: شورای شهر بودجه سال آینده را تصویب کرد", "",
        f"اعضای شورای شهر در جلسه شماره {n} بودجه پیشنهادی شهرداری را پس از سه ساعت بحث تصویب کردند.", "",
        f"رئیس شورا گفت که بخش بزرگی از بودجه جلسه {n} به حمل و نقل عمومی اختصاص یافته است.", "",
        "کلیه حقوق این سایت محفوظ است.", "",
    ])


def test_a_days_folder_keeps_its_shared_dateline(db, tmp_path: Path) -> None:
    """Every file carries the same dateline: it is read as each article's date, not learned away."""
    folder = tmp_path / "day"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(_iranian_page(n, "شنبه ۲۳ فروردین ۱۳۸۲"), encoding="utf-8")
    import_paths(db, [folder])
    records = list(articles_repo.iter_current(db))
    assert len(records) == 6
    assert {r.date for r in records} == {"2003-04-12"}
    assert all("کلیه حقوق" not in r.text and "سیاسی" not in r.text for r in records)
    assert all(r.title.startswith("خبر شماره") for r in records)


def test_three_copies_of_one_story_lose_nothing(db, tmp_path: Path) -> None:
    """Three saved copies of one story (each with its own today bar) teach no boilerplate."""
    folder = tmp_path / "copies"
    folder.mkdir()
    title = "امام جمعه بروجرد: مردم در انتخابات شرکت کنند"
    sentences = ["امام جمعه بروجرد گفت: مردم باید در انتخابات شرکت کنند و به آینده امیدوار باشند.",
                 "او افزود که مشکلات اقتصادی با همدلی مردم و مسئولان حل خواهد شد.",
                 "امام جمعه بروجرد همچنین از برگزاری جشنواره فرهنگی در هفته آینده خبر داد.",
                 "وی گفت: جوانان شهر باید در این جشنواره حضور فعال داشته باشند."]
    for copy in range(3):
        page = [f"امروز: {copy + 1} خرداد ۱۴۰۳", "", title, "", "تاریخ انتشار: ۱۲ اردیبهشت ۱۴۰۳", "", *sentences]
        (folder / f"copy{copy}.txt").write_text("\n".join(page), encoding="utf-8")
    report = import_paths(db, [folder])
    assert len(report.imported) == 1 and report.unchanged == 2  # one article: same text
    (record,) = articles_repo.iter_current(db)
    assert record.title == title and record.date == "2024-05-01"
    for sentence in sentences:
        assert sentence in record.text


def test_outlet_detected_and_set_for_a_whole_import(db, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.txt").write_text("عصر ایران\n\n" + dari_page(1), encoding="utf-8")
    (folder / "b.txt").write_text(dari_page(2), encoding="utf-8")
    import_paths(db, [folder])
    assert sorted(r.outlet or "-" for r in articles_repo.iter_current(db)) == ["-", "Asr Iran"]
    (folder / "c.txt").write_text(dari_page(3), encoding="utf-8")
    report = import_paths(db, [folder], outlet="  VOA  Dari ")
    assert len(report.imported) == 1 and report.unchanged == 2
    assert {r.outlet for r in articles_repo.iter_current(db)} == {"VOA Dari"}  # unchanged ones too

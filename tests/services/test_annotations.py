"""Tagging passages and managing tags against a real library file."""

from __future__ import annotations

import sqlite3

import pytest

from reader.services.annotations import AnnotationError
from reader.services.library import Library
from tests.services.helpers import dari_page


@pytest.fixture
def setup(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(dari_page(1), encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite")
    library.import_paths([folder])
    (article_id,) = library.article_ids()
    service = library.annotations
    claim, denial = (t.id for t in service.tags())
    yield library, service, library.article(article_id), claim, denial
    library.close()


def committed(library: Library, sql: str, *params) -> list[tuple]:
    """Read through a second connection: only committed data is visible there."""
    conn = sqlite3.connect(library.path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_create_stores_quote_context_and_tags_committed(setup) -> None:
    library, service, article, claim, denial = setup
    start = article.text.index("گزارش‌ها نادرست")
    end = start + len("گزارش‌ها نادرست")
    record = service.create(article.id, start, end, [claim, denial], note="یادداشت\nدو خط 🙏", author="زهرا")
    assert record.quote == "گزارش‌ها نادرست"
    assert article.text[:start].endswith(record.prefix) and len(record.prefix) == 32
    assert article.text[end:].startswith(record.suffix)
    assert record.content_hash == article.content_hash
    rows = committed(library, 'SELECT quote, note, author, start, "end", deleted FROM annotations WHERE uuid = ?', record.uuid)
    assert rows == [("گزارش‌ها نادرست", "یادداشت\nدو خط 🙏", "زهرا", start, end, 0)]
    assert service.get(record.uuid).tag_ids == (claim, denial)


def test_bad_spans_and_tags_are_refused(setup) -> None:
    library, service, article, claim, _ = setup
    with pytest.raises(AnnotationError):
        service.create(article.id, 5, 5, [claim])
    with pytest.raises(AnnotationError):
        service.create(article.id, 0, len(article.text) + 1, [claim])
    with pytest.raises(AnnotationError):
        service.create(article.id, 0, 4, [9999])
    assert committed(library, "SELECT count(*) FROM annotations") == [(0,)]


def test_edit_delete_restore(setup) -> None:
    library, service, article, claim, denial = setup
    record = service.create(article.id, 0, 6, [claim])
    assert service.set_tags(record.uuid, [denial]).tag_ids == (denial,)
    assert service.set_note(record.uuid, "نو").note == "نو"
    assert service.delete(record.uuid).deleted and service.for_article(article.id) == []
    assert committed(library, "SELECT deleted FROM annotations WHERE uuid = ?", record.uuid) == [(1,)]
    assert not service.restore(record.uuid).deleted
    later = service.get(record.uuid)
    assert later.modified >= record.modified


def test_tag_management_and_undoable_removal(setup) -> None:
    _library, service, article, claim, denial = setup
    a = service.create(article.id, 0, 6, [claim])
    b = service.create(article.id, 10, 20, [claim, denial])
    mine = service.create_tag("روایت شاهد")
    with pytest.raises(AnnotationError, match="already exists"):
        service.create_tag("روایت شاهد")
    service.update_tag(mine.id, name="شاهد عینی", color="#123456", shortcut="Ctrl+Shift+1")
    assert service.tag(mine.id).name == "شاهد عینی" and service.tag(mine.id).shortcut == "Ctrl+Shift+1"
    service.reorder_tags([mine.id, denial, claim])
    assert [t.id for t in service.tags()] == [mine.id, denial, claim]
    assert service.tag_usage(claim) == 2
    merged = service.merge_tags(claim, denial)
    assert service.get(a.uuid).tag_ids == (denial,) and service.get(b.uuid).tag_ids == (denial,)
    assert service.tag_by_name("ادعا") is None
    service.undo_tag_removal(merged)
    assert service.get(a.uuid).tag_ids == (claim,)
    assert set(service.get(b.uuid).tag_ids) == {claim, denial}
    assert [t.id for t in service.tags()] == [mine.id, denial, claim]
    removal = service.delete_tag(denial)
    assert service.get(b.uuid).tag_ids == (claim,)
    service.undo_tag_removal(removal)
    assert set(service.get(b.uuid).tag_ids) == {claim, denial}


def test_reimport_moves_annotations_and_keeps_orphans(setup, tmp_path) -> None:
    library, service, article, claim, _ = setup
    kept = service.create(article.id, article.text.index("صدای انفجار"), article.text.index("صدای انفجار") + 11, [claim])
    doomed_start = article.text.index("هیچ حمله‌ای رخ نداده")
    doomed = service.create(article.id, doomed_start, doomed_start + len("هیچ حمله‌ای رخ نداده"), [claim])
    changed = dari_page(1).replace("هیچ حمله‌ای رخ نداده است", "چیزی نگفت").replace("گزارش شماره 1", "گزارش تازه شماره 1")
    (tmp_path / "news" / "a.txt").write_text("پیش‌درآمد تازه.\n\n" + changed, encoding="utf-8")
    report = library.import_paths([tmp_path / "news"])
    (new_id,) = report.updated
    new = library.article(new_id)
    moved = service.get(kept.uuid)
    assert moved.article_id == new_id and not moved.orphan
    assert new.text[moved.start:moved.end] == "صدای انفجار"
    orphan = service.get(doomed.uuid)
    assert orphan.orphan and orphan.article_id == new_id and orphan.quote == "هیچ حمله‌ای رخ نداده"
    assert report.reanchored == 1 and report.orphaned == 1
    assert [r.annotation.uuid for r in service.list_rows(orphans_only=True)] == [doomed.uuid]
    assert library.article(article.id) is None  # nothing points into the old version any more
    placed = service.place(doomed.uuid, 0, 5)
    assert not placed.orphan and placed.quote == new.text[0:5]


def test_an_articles_annotations_read_inside_a_rolled_back_transaction_are_not_kept(setup) -> None:
    library, service, article, claim, _denial = setup
    record = service.create(article.id, 10, 30, [claim])
    db = service.db
    db.execute("BEGIN IMMEDIATE")
    db.execute("UPDATE annotations SET note = 'draft' WHERE uuid = ?", (record.uuid,))
    assert [r.note for r in service.for_article(article.id)] == ["draft"]
    db.execute("ROLLBACK")
    assert [r.note for r in service.for_article(article.id)] == [""]

"""Reports over a real library file: what is counted, grouped and listed (issue 16), and the facts
table the triggers keep true whatever writes the library."""

from __future__ import annotations

import pytest

from reader.core.errors import UnknownNameError
from reader.services.annotations import AnnotationService
from reader.services.reports import ReportQuery, ReportService
from reader.storage import report_facts, schema
from reader.storage.database import open_database, schema_version, transaction
from tests.services.helpers import insert_article
from tests.storage.test_database import _library_at


@pytest.fixture
def lib(db):
    notes = AnnotationService(db)
    claim, denial = (t.id for t in notes.tags())
    kabul = insert_article(db, "news", "عنوان یک", "مقامات گفتند که حمله‌ای رخ نداده است.")
    tehran = insert_article(db, "wire", "عنوان دو", "سخنگو این ادعا را رد کرد و گفت گزارش نادرست است.")
    undated = insert_article(db, "news", "عنوان سه", "متن سوم خبر بدون تاریخ.")
    with transaction(db):
        # 23:30 in Kabul on 20 March 2025 is still 29 Esfand / Hut 1403 there (UTC: the 20th 19:00)
        db.execute("UPDATE articles SET date = '2025-03-20T23:30:00+04:30', outlet = 'VOA Dari' WHERE id = ?",
                   (kabul,))
        db.execute("UPDATE articles SET date = '2025-03-21T08:00:00+03:30', outlet = 'BBC Persian' WHERE id = ?",
                   (tehran,))
    notes.create(kabul, 0, 8, [claim], author="A")
    notes.create(kabul, 4, 12, [denial], author="B")  # overlaps the claim
    notes.create(tehran, 10, 20, [claim, denial], author="A", note="هر دو")
    notes.create(undated, 10, 14, [denial], author="A")
    notes.delete(notes.create(tehran, 0, 3, [claim], author="A").uuid)  # a tombstone never counts
    notes.create(kabul, 12, 14, [], author="A")  # without tags: counted nowhere
    return db, notes, (kabul, tehran, undated)


def test_counts_by_tag_once_per_tag_and_distinct_articles(lib) -> None:
    db, _, _ = lib
    rows = ReportService(db).report(ReportQuery()).as_json()
    assert rows == [{"tag": "ادعا", "annotations": 2, "articles": 2},
                    {"tag": "تکذیب", "annotations": 3, "articles": 3}]


def test_months_follow_the_articles_own_day_in_either_calendar(lib) -> None:
    db, _, _ = lib
    service = ReportService(db)
    solar = service.report(ReportQuery(by=("month",))).as_json()
    assert solar == [{"month": "1403-12", "annotations": 2, "articles": 1},
                     {"month": "1404-01", "annotations": 2, "articles": 1},
                     {"month": None, "annotations": 1, "articles": 1}]
    gregorian = service.report(ReportQuery(by=("year", "outlet"), calendar="gregorian")).as_json()
    assert gregorian == [{"year": "2025", "outlet": "BBC Persian", "annotations": 2, "articles": 1},
                         {"year": "2025", "outlet": "VOA Dari", "annotations": 2, "articles": 1},
                         {"year": None, "outlet": None, "annotations": 1, "articles": 1}]


def test_filters_by_tag_collection_author_and_days(lib) -> None:
    db, _, _ = lib
    service = ReportService(db)
    assert service.report(ReportQuery(by=("collection",), tags=("تکذیب",))).as_json() == [
        {"collection": "news", "annotations": 2, "articles": 2}, {"collection": "wire", "annotations": 1, "articles": 1}]
    assert service.report(ReportQuery(authors=("B",))).as_json() == [{"tag": "تکذیب", "annotations": 1, "articles": 1}]
    dated = service.report(ReportQuery(by=("author",), first_day="2025-03-21"))
    assert dated.as_json() == [{"author": "A", "annotations": 2, "articles": 1}]
    with pytest.raises(UnknownNameError):
        service.report(ReportQuery(tags=("no such tag",)))
    with pytest.raises(UnknownNameError):
        service.report(ReportQuery(collections=("nowhere",)))


def test_table_totals_are_counted_not_summed(lib) -> None:
    db, _, _ = lib
    table = ReportService(db).table(ReportQuery(), "collection", "tag")
    assert table.row_values == ("news", "wire") and table.column_values == ("ادعا", "تکذیب")
    assert table.cell("wire", "ادعا").annotations == 1 and table.cell("wire", "تکذیب").annotations == 1
    assert table.row_totals["wire"].articles == 1  # one article in both columns counts once
    assert (table.total.annotations, table.total.articles) == (5, 3)


def test_passages_behind_a_cell_each_once_with_their_article(lib) -> None:
    db, _, (kabul, tehran, _) = lib
    service = ReportService(db)
    found = service.passages(ReportQuery(), {"tag": "تکذیب", "month": "1403-12"})
    assert found.total == 1 and found.items[0].article_id == kabul and found.items[0].author == "B"
    both = service.passages(ReportQuery(by=("outlet",)), {"outlet": "BBC Persian"})
    assert both.total == 1  # one annotation with two tags is one passage
    passage = both.items[0]
    assert (passage.article_id, passage.note, passage.outlet, passage.collection) == (tehran, "هر دو", "BBC Persian",
                                                                                        "wire")
    assert [t.name for t in passage.tags] == ["ادعا", "تکذیب"] and passage.quote
    assert service.passages(ReportQuery(), {"month": None}).total == 1


def test_cooccurrence_of_shared_and_overlapping_passages(lib) -> None:
    db, _, _ = lib
    matrix = ReportService(db).cooccurrence(ReportQuery())
    assert [t.name for t in matrix.tags] == ["ادعا", "تکذیب"]
    assert matrix.counts == ((2, 2), (2, 3))  # one annotation with both, one overlapping pair


def test_the_facts_stay_true_through_every_kind_of_write(lib) -> None:
    db, notes, (kabul, tehran, undated) = lib
    assert report_facts.differences(db) == ([], [])
    claim, denial = (t.id for t in notes.tags())
    uuid = notes.for_article(kabul)[0].uuid
    notes.set_tags(uuid, [denial])
    notes.restore(notes.create(undated, 0, 3, [claim]).uuid)
    with transaction(db):
        db.execute("UPDATE annotations SET orphan = 1 WHERE article_id = ?", (undated,))
        db.execute("UPDATE articles SET is_current = 0 WHERE id = ?", (tehran,))
        db.execute("UPDATE articles SET outlet = 'Tolo', date = '2024-01-01' WHERE id = ?", (kabul,))
    assert report_facts.differences(db) == ([], [])
    notes.merge_tags(denial, claim)
    assert report_facts.differences(db) == ([], [])
    with transaction(db):
        db.execute("UPDATE articles SET is_current = 1 WHERE id = ?", (tehran,))
        db.execute("DELETE FROM annotation_tags WHERE annotation_id IN (SELECT id FROM annotations WHERE article_id = ?)",
                   (kabul,))
    assert report_facts.differences(db) == ([], [])
    assert ReportService(db).report(ReportQuery()).as_json() == [{"tag": "ادعا", "annotations": 1, "articles": 1}]


def test_migration_11_fills_the_facts_from_a_version_10_library(library_path) -> None:
    now = "2024-01-01T00:00:00+00:00"
    _library_at(library_path, 10,
                ("INSERT INTO collections (name, created) VALUES ('c', ?)", (now,)),
                ("""INSERT INTO articles (collection_id, source, title, text, raw, content_hash, raw_hash, imported,
                    date, outlet) VALUES (1, 'a.txt', 'عنوان', 'عنوان متن', 'عنوان', 'h', 'r', ?, '2024-03-20', 'x')""",
                 (now,)),
                ("""INSERT INTO annotations (uuid, article_id, start, "end", quote, created, modified)
                    VALUES ('u1', 1, 0, 5, 'عنوان', ?, ?)""", (now, now)),
                ("INSERT INTO annotation_tags (annotation_id, tag_id) SELECT 1, id FROM tags", ()))
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS) >= 11
    assert report_facts.differences(db) == ([], [])
    rows = ReportService(db).report(ReportQuery(by=("month",), calendar="gregorian")).as_json()
    assert rows == [{"month": "2024-03", "annotations": 2, "articles": 1}]
    db.close()


@pytest.mark.parametrize("rows_by,columns_by", [("month", "tag"), ("tag", "outlet"), ("author", "tag"),
                                                ("collection", None), ("tag", None), ("year", "collection")])
def test_summed_totals_equal_counted_ones(lib, rows_by, columns_by) -> None:
    db, _, _ = lib
    service = ReportService(db)
    table = service.table(ReportQuery(), rows_by, columns_by)
    assert table.total == service.report(ReportQuery(by=())).groups[0].counts
    assert table.row_totals == {g.key[0]: g.counts for g in service.report(ReportQuery(by=(rows_by,))).groups}
    if columns_by:
        by_column = service.report(ReportQuery(by=(columns_by,))).groups
        assert table.column_totals == {g.key[0]: g.counts for g in by_column}


def test_table_exports_as_csv_and_xlsx_with_names_shown_not_obeyed(lib, tmp_path) -> None:
    import csv
    import zipfile

    from reader.core.report import grid
    from reader.services.report_export import write_csv, write_xlsx

    db, notes, _ = lib
    claim = notes.tags()[0]
    notes.update_tag(claim.id, name="=HYPERLINK(\"x\")\u202e")
    table = ReportService(db).table(ReportQuery(), "tag", "collection")
    lines = grid(table, "annotations", lambda _d, v: "-" if v is None else v, "tag / collection", "total")
    rows = list(csv.reader(write_csv(tmp_path / "r.csv", lines).read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["tag / collection", "news", "wire", "total"]
    assert rows[1] == ['=HYPERLINK("x")<U+202E>', "1", "1", "2"] and rows[-1] == ["total", "3", "2", "5"]
    with zipfile.ZipFile(write_xlsx(tmp_path / "r.xlsx", lines, "گزارش", right_to_left=True)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    assert "<f>" not in sheet and "HYPERLINK" in strings and 'rightToLeft="1"' in sheet and "<v>5</v>" in sheet

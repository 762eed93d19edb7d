"""The CSV table: one row per annotation and tag, Excel-friendly encoding, safe cells."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from hypothesis import HealthCheck, given, settings

from reader.core.exchange.csv_table import COLUMNS, write_csv
from reader.core.exchange.model import ExchangeFile
from reader.core.untrusted import neutralise_bidi
from tests.core.exchange.samples import exchange_files, sample_file


def _rows(data: bytes) -> list[dict[str, str]]:
    # What pandas.read_csv(encoding="utf-8-sig") and a careful script both do.
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _plain(text: str) -> str:
    text = neutralise_bidi(text)
    start = text.lstrip(" \u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\ufeff\u061c")
    return "'" + text if start[:1] in ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠") else text


def _expected_rows(file: ExchangeFile) -> list[dict[str, str]]:
    articles = {article.key: article for article in file.articles}
    rows = []
    for annotation in file.annotations:
        if annotation.deleted:
            continue
        article = articles[annotation.article_key]
        for tag in annotation.tags or ("",):
            rows.append({
                "article_title": _plain(article.title), "article_date": _plain(article.date or ""),
                "article_source": _plain(article.source), "tag": _plain(tag), "quote": _plain(annotation.exact),
                "note": _plain(annotation.note), "author": _plain(annotation.author),
                "created": _plain(annotation.created), "modified": _plain(annotation.modified),
                "start": str(annotation.start), "end": str(annotation.end), "uuid": _plain(annotation.uuid),
            })
    annotated = {annotation.article_key for annotation in file.annotations if not annotation.deleted}
    first = {}
    for article in file.articles:
        first.setdefault(article.key, article)
    for article in first.values():
        if article.key not in annotated:  # an article without annotations: a row of its own
            rows.append({column: "" for column in COLUMNS} | {
                "article_title": _plain(article.title), "article_date": _plain(article.date or ""),
                "article_source": _plain(article.source)})
    return rows


def test_utf8_with_bom_and_crlf_rows() -> None:
    data = write_csv(sample_file())
    assert data.startswith(b"\xef\xbb\xbfarticle_title,article_date,")
    assert data.endswith(b"\r\n")
    text = data.decode("utf-8-sig")
    # Every row ends in CRLF; the only other line break is the quoted LF/CRLF inside the first note.
    records = list(csv.reader(io.StringIO(text, newline="")))
    assert text.count("\r\n") == len(records) + 2   # + the CRLF inside the note, twice (two tag rows)


def test_columns_for_dict_readers() -> None:
    data = write_csv(sample_file())
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    assert COLUMNS[-1] == "uuid" and COLUMNS[:4] == ("article_title", "article_date", "article_source", "tag")


def test_one_row_per_annotation_and_tag_without_tombstones() -> None:
    file = sample_file()
    rows = _rows(write_csv(file))
    assert rows == _expected_rows(file)
    assert [row["tag"] for row in rows] == ["ادعا", "نقل‌قول", "تکذیب", "", "آمار", "ادعا"]
    assert "حذف شد" not in {row["note"] for row in rows}
    assert rows[0]["note"] == "باید بررسی شود،\nمنبع دوم؟ \"رویترز\" 🤔\r\nخط سوم"
    assert rows[5]["article_title"] == "Talks \"continue\" & more" and rows[5]["article_date"] == ""


def test_cells_that_would_be_formulas_are_made_plain() -> None:
    file = sample_file(tombstone=False)
    first = file.annotations[0]
    risky = ExchangeFile(file.articles, (replace(first, note="=HYPERLINK(\"http://x\")", author="@admin"),), file.tags)
    row = _rows(write_csv(risky))[0]
    assert row["note"] == "'=HYPERLINK(\"http://x\")"
    assert row["author"] == "'@admin"


def test_every_cell_is_formula_safe_times_and_ids_too() -> None:
    file = sample_file(tombstone=False)
    first = file.annotations[0]
    merged = replace(first, created="=HYPERLINK(\"http://x\",\"y\")", modified="+1", uuid="-2", tags=("＝1+1",),
                     note=" =cmd", author="\u200e@admin")  # what an old merge may have stored
    row = _rows(write_csv(ExchangeFile(file.articles, (merged,), file.tags)))[0]
    assert (row["created"], row["modified"], row["uuid"]) == ("'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2")
    assert (row["tag"], row["note"], row["author"]) == ("'＝1+1", "' =cmd", "'\u200e@admin")


def test_bidi_overrides_are_shown_not_obeyed() -> None:
    file = sample_file(tombstone=False)
    first = file.annotations[0]
    disguised = replace(first, note="invoice\u202egnp.exe", tags=("\u2067ادعا",), author="\u2066Reza\u2069 احمدی")
    row = _rows(write_csv(ExchangeFile(file.articles, (disguised,), file.tags)))[0]
    assert row["note"] == "invoice<U+202E>gnp.exe"
    assert row["tag"] == "<U+2067>ادعا"  # an isolate left open would spill over the rest of the line
    assert row["author"] == "\u2066Reza\u2069 احمدی"  # a balanced isolate is how Persian keeps a Latin name


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(exchange_files(tombstones=True))
def test_random_files_read_back_through_the_csv_module(file: ExchangeFile) -> None:
    assert _rows(write_csv(file)) == _expected_rows(file)

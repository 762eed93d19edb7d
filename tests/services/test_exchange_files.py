"""Export to files and merge them back: round trips, XSD, hostile files, one transaction."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.exchange.model import ExchangeFormatError
from reader.services.exchange import read_exchange_file
from reader.services.library import Library
from tests.conftest import FIXTURES
from tests.services.helpers import dari_page

TAGS = ("ادعا", "تکذیب", "شاهد عینی")
NOTES = ("", "یادداشت", "سطر یک\nسطر دو 🙏", 'نقل "قول"، و کاما')


def fresh_library(folder: Path, name: str) -> Library:
    news = folder / f"{name}-src" / "news"
    news.mkdir(parents=True)
    (news / "a.txt").write_text(dari_page(5), encoding="utf-8")
    (news / "b.txt").write_text(dari_page(6) + "\n\nپیام کاربر: 🇦🇫 UNAMA گفت «هیچ».", encoding="utf-8")
    library = Library(folder / f"{name}.sqlite")
    library.import_paths([news])
    return library


def live_state(library: Library) -> list[tuple]:
    conn = sqlite3.connect(library.path)
    try:
        return conn.execute(
            """SELECT a.uuid, r.content_hash, a.start, a."end", a.quote, a.note, a.author, a.created, a.modified,
                      a.deleted, (SELECT group_concat(t.name, '|') FROM (SELECT t.name FROM annotation_tags l
                      JOIN tags t ON t.id = l.tag_id WHERE l.annotation_id = a.id ORDER BY t.name) t)
               FROM annotations a JOIN articles r ON r.id = a.article_id ORDER BY a.uuid"""
        ).fetchall()
    finally:
        conn.close()


annotation_sets = st.lists(
    st.tuples(st.integers(0, 1), st.floats(0, 0.9), st.integers(1, 60), st.sets(st.sampled_from(TAGS), max_size=3),
              st.sampled_from(NOTES), st.sampled_from(("Parwana", "Farid", "")), st.booleans()),
    min_size=1, max_size=8,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(annotation_sets, st.sampled_from(("jsonld", "qdpx")))
def test_export_then_merge_into_a_fresh_library_gives_the_same_annotations(tmp_path_factory, specs, fmt) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source = fresh_library(folder, "source")
    service = source.annotations
    ids = sorted(source.article_ids())
    for article_index, where, length, tags, note, author, delete in specs:
        article = source.article(ids[article_index])
        start = int(where * (len(article.text) - length - 1))
        tag_ids = [(service.tag_by_name(t) or service.create_tag(t)).id for t in sorted(tags)]
        record = service.create(article.id, start, start + length, tag_ids, note, author)
        if delete and fmt == "jsonld":  # tombstones travel in JSON-LD; REFI-QDA has no place for them
            service.delete(record.uuid)
    out = folder / f"export.{fmt}"
    source.exchange.export(fmt, out)
    target = fresh_library(folder, "target")
    target.exchange.merge([read_exchange_file(out)])
    expected = [row for row in live_state(source) if fmt == "jsonld" or not row[9]]
    assert live_state(target) == expected
    source.close()
    target.close()


def test_qdpx_export_validates_against_the_refi_qda_schema(tmp_path) -> None:
    from lxml import etree

    library = fresh_library(tmp_path, "lib")
    service = library.annotations
    article = library.article(library.article_ids()[0])
    service.create(article.id, 0, 10, [service.tags()[0].id], "یادداشت", "Parwana")
    service.create(article.id, 5, 30, [t.id for t in service.tags()], "", "Farid")
    out = tmp_path / "team.qdpx"
    library.exchange.export("qdpx", out)
    schema = etree.XMLSchema(etree.parse(str(FIXTURES / "refi-qda" / "Project-mrt2019.xsd")))
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        project = etree.fromstring(archive.read("project.qde"))
    schema.assertValid(project)
    assert any(n.startswith("sources/") and n.endswith(".txt") for n in names)
    first = out.read_bytes()
    library.exchange.export("qdpx", out)
    assert out.read_bytes() == first  # stable GUIDs: the same library exports the same project
    library.close()


def test_csv_export_opens_in_spreadsheets(tmp_path) -> None:
    import csv

    library = fresh_library(tmp_path, "lib")
    service = library.annotations
    article = library.article(library.article_ids()[0])
    service.create(article.id, 0, 10, [t.id for t in service.tags()], "سطر یک\nسطر دو", "Parwana")
    out = tmp_path / "team.csv"
    library.exchange.export("csv", out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as "this is UTF-8"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["tag"] for r in rows] == ["ادعا", "تکذیب"] and rows[0]["note"] == "سطر یک\nسطر دو"
    assert rows[0]["quote"] == article.text[0:10] and rows[0]["article_title"] == article.title
    library.close()


def hostile_files(folder: Path) -> dict[str, Path]:
    files = {}

    def put(name: str, data: bytes) -> None:
        files[name] = folder / name
        files[name].write_bytes(data)

    put("broken.jsonld", b'{"type": "AnnotationCollection", ')
    put("schema.jsonld", b'{"type": "AnnotationCollection", "first": {"items": [{"id": "x", "type": "Annotation"}]}}')
    put("deep.jsonld", b"[" * 5000 + b"]" * 5000)
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              b'<Project xmlns="urn:QDA-XML:project:1.0">&lol2;</Project>')
    external = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>')
    for name, project in (("laughs.qdpx", laughs), ("external.qdpx", external)):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("project.qde", project)
        put(name, buffer.getvalue())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.qde", b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')
        archive.writestr("../escape.txt", b"out")
    put("escape.qdpx", buffer.getvalue())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')
        archive.writestr("sources/bomb.txt", b"\0" * (300 * 1024 * 1024))
    put("bomb.qdpx", buffer.getvalue())
    put("notzip.qdpx", b"PK\x03\x04 not really a zip")
    return files


def test_hostile_files_are_refused_and_the_library_is_untouched(tmp_path) -> None:
    library = fresh_library(tmp_path, "lib")
    before = live_state(library)
    for name, path in hostile_files(tmp_path).items():
        with pytest.raises(ExchangeFormatError) as error:
            read_exchange_file(path)
        assert str(error.value).startswith(name), str(error.value)
    assert live_state(library) == before
    assert not (tmp_path.parent / "escape.txt").exists()
    library.close()


def test_a_cancelled_export_leaves_the_old_file_alone(tmp_path: Path) -> None:
    from reader.core.errors import Cancelled

    library = fresh_library(tmp_path, "lib")
    article_id = library.article_ids()[0]
    service = library.annotations
    service.create(article_id, 0, 10, [service.tags()[0].id], "", "Parwana")
    out = tmp_path / "team.jsonld"
    out.write_text("the colleague's earlier export", encoding="utf-8")
    with pytest.raises(Cancelled):
        library.exchange.export("jsonld", out, cancelled=lambda: True)
    assert out.read_text(encoding="utf-8") == "the colleague's earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".hashiya-export")) == []
    assert library.exchange.export("jsonld", out, cancelled=lambda: False) == 1
    library.close()

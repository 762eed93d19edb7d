"""REFI-QDA .qdpx: round trips, schema validity, stable GUIDs and other tools' projects."""

from __future__ import annotations

import functools
import io
import uuid
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from reader.core.exchange.common import NS_CODE, stable_guid
from reader.core.exchange.model import ArticleNote, ExchangeFile
from reader.core.exchange.positions import BY_NEIGHBOURHOOD, QUALCODER, STANDARD
from reader.core.exchange.qdpx import QDA_NS, build_project, read_qdpx, write_qdpx
from reader.core.text import content_hash
from tests.conftest import FIXTURES
from tests.core.exchange.samples import exchange_files, expected_after_qdpx, sample_file

XSD = FIXTURES / "refi-qda" / "Project-mrt2019.xsd"
NS = {"q": QDA_NS}


@functools.cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


@pytest.fixture
def schema() -> etree.XMLSchema:
    return _schema()


def _export(file: ExchangeFile) -> bytes:
    out = io.BytesIO()
    write_qdpx(file, out)
    return out.getvalue()


def _project(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("project.qde"))


# --- round trips -------------------------------------------------------------------------------


def test_round_trip_keeps_every_live_record_exactly() -> None:
    file = sample_file()
    assert read_qdpx(_export(file), "team.qdpx") == expected_after_qdpx(file)


def test_write_to_and_read_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "پروژه.qdpx"
    write_qdpx(sample_file(), path)
    assert read_qdpx(path, path.name) == expected_after_qdpx(sample_file())


@settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow])
@given(exchange_files(tombstones=True))
def test_random_annotation_sets_round_trip_and_validate(file: ExchangeFile) -> None:
    data = _export(file)
    assert read_qdpx(data, "random.qdpx") == expected_after_qdpx(file)
    _schema().assertValid(_project(data))


# --- the archive -------------------------------------------------------------------------------


def test_project_is_valid_against_the_refi_qda_schema(schema: etree.XMLSchema) -> None:
    project = _project(_export(sample_file()))
    assert schema.validate(project), schema.error_log
    assert [etree.QName(child).localname for child in project] == ["Users", "CodeBook", "Variables", "Sources"]


def test_layout_of_the_zip() -> None:
    file = sample_file()
    with zipfile.ZipFile(io.BytesIO(_export(file))) as archive:
        names = archive.namelist()
        project = etree.fromstring(archive.read("project.qde"))
        assert names[0] == "project.qde"
        sources = project.findall("q:Sources/q:TextSource", NS)
        assert len(sources) == len(file.articles) == len(names) - 1
        for source, article in zip(sources, file.articles):
            guid = source.get("guid")
            assert source.get("plainTextPath") == f"internal://{guid}.txt"
            data = archive.read(f"sources/{guid}.txt")
            assert data == article.text.encode("utf-8") and not data.startswith(b"\xef\xbb\xbf")


def test_selections_codes_users_and_notes() -> None:
    file = sample_file()
    project = _project(_export(file))
    codes = project.findall("q:CodeBook/q:Codes/q:Code", NS)
    assert [(code.get("name"), code.get("color")) for code in codes] == [(t.name, t.color) for t in file.tags]
    users = {user.get("guid"): user.get("name") for user in project.findall("q:Users/q:User", NS)}
    assert sorted(users.values()) == ["Reza Ahmadi", "مریم"]
    selections = project.findall(".//q:PlainTextSelection", NS)
    assert len(selections) == 5   # the tombstone is not written
    first = selections[0]
    assert first.get("guid") == file.annotations[0].uuid
    assert (int(first.get("startPosition")), int(first.get("endPosition"))) == (file.annotations[0].start,
                                                                               file.annotations[0].end)
    assert users[first.get("creatingUser")] == "مریم"
    assert first.findtext("q:Description", namespaces=NS) == file.annotations[0].note
    assert [ref.get("targetGUID") for ref in first.findall("q:Coding/q:CodeRef", NS)] == [
        stable_guid(NS_CODE, "ادعا"), stable_guid(NS_CODE, "نقل‌قول")]
    assert selections[2].get("creatingUser") is None and selections[2].find("q:Coding", NS) is None


def test_two_exports_are_byte_identical() -> None:
    assert _export(sample_file()) == _export(sample_file())
    assert build_project(sample_file())[0] == build_project(sample_file())[0]


def test_guids_do_not_depend_on_the_rest_of_the_file() -> None:
    full = _project(_export(sample_file()))
    smaller = sample_file()
    smaller = replace(smaller, annotations=smaller.annotations[1:2])
    part = _project(_export(smaller))

    def guids(project: etree._Element, path: str) -> dict[str, str]:
        return {element.get("name"): element.get("guid") for element in project.findall(path, NS)}

    for path in ("q:CodeBook/q:Codes/q:Code", "q:Users/q:User", "q:Sources/q:TextSource"):
        assert guids(part, path).items() <= guids(full, path).items()


def test_writing_needs_texts_and_placed_annotations() -> None:
    file = sample_file()
    with pytest.raises(ValueError, match="has no text"):
        _export(replace(file, articles=(replace(file.articles[0], text=None), file.articles[1])))
    moved = replace(file.annotations[0], start=file.annotations[0].start + 1, end=file.annotations[0].end + 1)
    with pytest.raises(ValueError, match="does not hold its quote"):
        _export(replace(file, annotations=(moved,)))


def test_tags_without_colour_and_unlisted_tags_still_validate(schema: etree.XMLSchema) -> None:
    file = sample_file(tombstone=False)
    file = replace(file, tags=(replace(file.tags[0], color=""), replace(file.tags[1], color="#FF3B7DD8")))
    project = _project(_export(file))
    assert schema.validate(project), schema.error_log
    colors = [code.get("color") for code in project.findall("q:CodeBook/q:Codes/q:Code", NS)]
    assert colors == [None, "#3B7DD8", None, None]   # listed without colour, ARGB, then two used-only tags


# --- other tools' projects ---------------------------------------------------------------------

SOURCE_GUID = "{A1B2C3D4-0000-4000-8000-00000000000A}"
INLINE_GUID = "B1B2C3D4-0000-4000-8000-00000000000B"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data)
    return out.getvalue()


def _foreign_project(sources: str, notes: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Atlas export" origin="ATLAS.ti">
  <Users><User guid="{{C0000000-0000-4000-8000-000000000001}}" name="Zahra"/></Users>
  <CodeBook><Codes>
    <Code guid="D0000000-0000-4000-8000-000000000001" name="Claims" isCodable="false" color="#FF112233">
      <Code guid="D0000000-0000-4000-8000-000000000002" name="ادعا" isCodable="true" color="#FFAA0000"/>
    </Code>
    <Code guid="D0000000-0000-4000-8000-000000000003" name="unused category" isCodable="false"/>
  </Codes></CodeBook>
  <Sources>{sources}</Sources>
  {notes}
</Project>""".encode()


def test_reads_another_tools_project_with_bom_and_crlf() -> None:
    raw = "\ufeffتیتر خبر\r\n\r\nکابل — مذاکرات ادامه دارد.\r\nUSA 😀 گفت."
    counted = raw[1:]                    # the standard: the BOM is no text, a CR LF is two code points
    start = counted.index("مذاکرات")
    end = counted.index("USA") + 3       # spans a CRLF
    project = _foreign_project(f"""
      <TextSource guid="{SOURCE_GUID}" name="تیتر خبر" plainTextPath="internal://{SOURCE_GUID}.txt"
          creatingUser="C0000000-0000-4000-8000-000000000001" creationDateTime="2023-02-01T08:00:00Z">
        <Description>یادداشت منبع</Description>
        <PlainTextSelection guid="{{E0000000-0000-4000-8000-000000000001}}" startPosition="{start}" endPosition="{end}"
            creatingUser="C0000000-0000-4000-8000-000000000001" creationDateTime="2023-03-01T09:00:00">
          <Description>یادداشت اول</Description>
          <Coding guid="F0000000-0000-4000-8000-000000000001">
            <CodeRef targetGUID="D0000000-0000-4000-8000-000000000002"/>
          </Coding>
          <NoteRef targetGUID="90000000-0000-4000-8000-000000000001"/>
        </PlainTextSelection>
      </TextSource>
      <PDFSource guid="A0000000-0000-4000-8000-0000000000FF" name="scan.pdf" path="internal://scan.pdf"/>""",
        notes="""<Notes><Note guid="90000000-0000-4000-8000-000000000001" name="memo">
                   <PlainTextContent>حافظه دوم</PlainTextContent></Note></Notes>""")
    data = _zip({"project.qde": project, f"Sources/{SOURCE_GUID}.txt": raw.encode("utf-8")})
    file = read_qdpx(data, "atlas.qdpx")
    [article] = file.articles
    assert article.text == "تیتر خبر\n\nکابل — مذاکرات ادامه دارد.\nUSA 😀 گفت."
    assert article.key == article.content_hash == content_hash(article.text)
    assert (article.title, article.source, article.date, article.direction) == ("تیتر خبر", "", None, "rtl")
    assert (article.creator, article.created) == ("Zahra", "2023-02-01T08:00:00Z")
    assert article.note == ArticleNote("یادداشت منبع", "Zahra", "2023-02-01T08:00:00Z")
    [annotation] = file.annotations
    assert annotation.exact == "مذاکرات ادامه دارد.\nUSA"
    assert article.text[annotation.start:annotation.end] == annotation.exact
    assert annotation.uuid == "e0000000-0000-4000-8000-000000000001"
    assert (annotation.tags, annotation.author) == (("ادعا",), "Zahra")
    assert annotation.note == "یادداشت اول\n\nحافظه دوم"
    assert annotation.created == annotation.modified == "2023-03-01T09:00:00"
    assert [(tag.name, tag.color) for tag in file.tags] == [("ادعا", "#AA0000")]
    [report] = file.positions
    assert (report.convention, report.evidence, report.adjusted) == (STANDARD, BY_NEIGHBOURHOOD, 0)


def test_offsets_count_a_crlf_as_two_and_no_bom() -> None:
    raw = "\ufeffالف\r\nب\r\nج"
    for quote in ("الف", "ب", "ج", "ب\r\nج"):
        start = raw.index(quote) - 1
        project = _foreign_project(f"""
          <TextSource guid="{SOURCE_GUID}" name="t" plainTextPath="internal://{SOURCE_GUID}.txt">
            <PlainTextSelection guid="{uuid.uuid4()}" startPosition="{start}" endPosition="{start + len(quote)}"/>
          </TextSource>""")
        file = read_qdpx(_zip({"project.qde": project, f"sources/{SOURCE_GUID}.txt": raw.encode()}), "t.qdpx")
        assert file.annotations[0].exact == quote.replace("\r\n", "\n")


def test_a_note_on_a_passage_of_the_source_becomes_part_of_the_article_note() -> None:
    # QualCoder writes its annotations (a memo on a passage) as Notes with a selection, referred to
    # by the source; positions as the file's selections count them.
    raw = "\ufeff😀 وزارت نیرو: قطعی برق"
    project = _foreign_project(f"""
      <TextSource guid="{SOURCE_GUID}" name="t" plainTextPath="internal://{SOURCE_GUID}.txt">
        <PlainTextSelection guid="{uuid.uuid4()}" name="قطعی برق" startPosition="15" endPosition="23"/>
        <NoteRef targetGUID="90000000-0000-4000-8000-000000000001"/>
      </TextSource>""", notes="""<Notes><Note guid="90000000-0000-4000-8000-000000000001"
          creatingUser="C0000000-0000-4000-8000-000000000001" creationDateTime="2024-05-01T10:00:00Z">
        <PlainTextContent>یادداشت حاشیه</PlainTextContent>
        <PlainTextSelection guid="{uuid.uuid4()}" startPosition="3" endPosition="13"/></Note></Notes>""")
    file = read_qdpx(_zip({"project.qde": project, f"sources/{SOURCE_GUID}.txt": raw.encode()}), "qc.qdpx")
    assert file.articles[0].note == ArticleNote("«وزارت نیرو»: یادداشت حاشیه", "Zahra", "2024-05-01T10:00:00Z")
    assert file.annotations[0].exact == "قطعی برق"
    assert file.positions[0].convention == QUALCODER


def test_reads_inline_plain_text_content_and_utf16_sources() -> None:
    inline = "سطر یک&#13;\nسطر دو"     # a CR written as a character reference survives XML parsing
    project = _foreign_project(f"""
      <TextSource guid="{INLINE_GUID}" name="inline">
        <PlainTextContent>{inline}</PlainTextContent>
        <PlainTextSelection guid="{uuid.uuid4()}" startPosition="8" endPosition="14"/>
      </TextSource>
      <TextSource guid="{SOURCE_GUID}" name="utf16" plainTextPath="internal://{SOURCE_GUID}.txt">
        <PlainTextSelection guid="{uuid.uuid4()}" startPosition="1" endPosition="5"/>
      </TextSource>""")
    data = _zip({"project.qde": project, f"sources/{SOURCE_GUID}.txt": "هرات".encode("utf-16")})
    file = read_qdpx(data, "mixed.qdpx")
    assert [article.text for article in file.articles] == ["سطر یک\nسطر دو", "هرات"]
    assert [annotation.exact for annotation in file.annotations] == ["سطر دو", "هرات"]


def test_an_article_listed_twice_is_one_source() -> None:
    file = sample_file(tombstone=False)
    twice = replace(file, articles=(*file.articles, replace(file.articles[0], title="نسخه دوم")))
    assert read_qdpx(_export(twice), "twice.qdpx") == expected_after_qdpx(file)

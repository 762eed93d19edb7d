"""Positions written under every known convention land on the same passages when read back."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from reader.core.exchange.positions import (
    BY_NAMES, BY_NEIGHBOURHOOD, CONVENTIONS, QUALCODER, STANDARD, UNCHECKED, Convention, PositionMap, RawSelection,
    place, same_passage,
)
from reader.core.exchange.qdpx import QDA_NS, read_qdpx
from reader.core.exchange.source_text import normalize_source

ZWNJ = "\u200c"
SOURCE = "a0000000-0000-4000-8000-000000000001"


# The writer's side, worked out independently of PositionMap: the text as the writer counted it.
def _writer_view(text: str, convention: Convention, bom: bool, crlf: bool) -> str:
    counted = text if convention.crlf_as_one or not crlf else text.replace("\n", "\r\n")
    return ("\ufeff" if bom and convention.bom_counted else "") + counted


def _units(text: str, convention: Convention) -> int:
    return len(text.encode("utf-16-le")) // 2 if convention.utf16 else len(text)


def _written(text: str, start: int, end: int, convention: Convention, bom: bool, crlf: bool) -> tuple[int, int]:
    """(start, end) as a writer with `convention` states them for a file with this BOM and line ends."""
    lead = "\ufeff" if bom and convention.bom_counted else ""
    def at(offset: int) -> int:
        return _units(lead + _writer_view(text[:offset], convention, False, crlf), convention)
    return at(start), at(end)


def _file_bytes(text: str, bom: bool, crlf: bool) -> bytes:
    return (("\ufeff" if bom else "") + (text.replace("\n", "\r\n") if crlf else text)).encode("utf-8")


def _qdpx(text: str, selections: list[tuple[int, int, str]], bom: bool, crlf: bool) -> bytes:
    project = etree.Element(f"{{{QDA_NS}}}Project", nsmap={None: QDA_NS}, name="p")
    source = etree.SubElement(etree.SubElement(project, f"{{{QDA_NS}}}Sources"), f"{{{QDA_NS}}}TextSource",
                              guid=SOURCE, name="t", plainTextPath=f"internal://{SOURCE}.txt")
    for number, (start, end, name) in enumerate(selections):
        element = etree.SubElement(source, f"{{{QDA_NS}}}PlainTextSelection",
                                   guid=f"b0000000-0000-4000-8000-{number:012d}",
                                   startPosition=str(start), endPosition=str(end))
        if name:
            element.set("name", name)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("project.qde", etree.tostring(project, xml_declaration=True, encoding="UTF-8"))
        archive.writestr(f"sources/{SOURCE}.txt", _file_bytes(text, bom, crlf))
    return out.getvalue()


# --- the map ---------------------------------------------------------------------------------------


def test_map_counts_emoji_flags_bom_and_crlf() -> None:
    source = normalize_source("\ufeff😀 🇦🇫\r\nکابل")
    assert source.text == "😀 🇦🇫\nکابل" and source.has_bom and source.crlf == (4,)
    kabul = source.text.index("کابل")
    assert PositionMap(source, STANDARD).offset(kabul + 1) == kabul      # CR LF is two
    assert PositionMap(source, Convention(crlf_as_one=True)).offset(kabul) == kabul
    assert PositionMap(source, QUALCODER).offset(9) == kabul              # 😀 two, each flag letter two
    assert PositionMap(source, QUALCODER).offset(1) is None               # inside the emoji
    assert PositionMap(source, Convention(bom_counted=True)).offset(kabul + 2) == kabul
    assert PositionMap(source, STANDARD).offset(len(source.text) + 2) is None
    assert PositionMap(source, STANDARD).offset(5) == 4                   # between CR and LF: the line end


def test_names_are_compared_as_text_not_as_whitespace() -> None:
    assert same_passage("تکذيب کرد.\u2029سخنگوي", "تکذيب کرد.\nسخنگوي")
    assert same_passage("وزارت خارجه افغانستان…", "وزارت خارجه افغانستان امروز گفت")
    assert not same_passage("وز…", "وزارت")           # too little left of a cut name to tell
    assert not same_passage("زارت", "وزارت")
    assert not same_passage(" ", " ")


# --- every convention, with names ------------------------------------------------------------------

_PIECES = ("کابل", "هرات", "وزارت", ZWNJ, "خارجه", "می", "گوید", " ", " ", "\n", "\n\n", "،", ".", "«", "»",
           "USA", "۱۴۰۲", "😀", "🇦🇫", "👍🏽", "👨‍👩‍👧", "ی")
texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)


@st.composite
def selections(draw: st.DrawFn, text: str) -> list[tuple[int, int]]:
    count = draw(st.integers(1, 6))
    spans = []
    for _ in range(count):
        start = draw(st.integers(0, len(text) - 1))
        spans.append((start, draw(st.integers(start + 1, len(text)))))
    return spans


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), texts, st.sampled_from(CONVENTIONS), st.booleans(), st.booleans())
def test_named_selections_read_back_to_the_same_passages(data: st.DataObject, text: str, convention: Convention,
                                                         bom: bool, crlf: bool) -> None:
    spans = data.draw(selections(text))
    assume(all(text[start:end].strip() for start, end in spans))   # a blank name says nothing
    written = [(*_written(text, start, end, convention, bom, crlf), text[start:end]) for start, end in spans]
    file = read_qdpx(_qdpx(text, written, bom, crlf), "t.qdpx")
    assert [a.exact for a in file.annotations] == [text[start:end] for start, end in spans]
    assert not any(a.orphan for a in file.annotations)
    [report] = file.positions
    assert report.evidence == BY_NAMES and report.orphaned == 0


@pytest.mark.parametrize("convention", CONVENTIONS)
@pytest.mark.parametrize("bom, crlf", [(False, False), (True, False), (False, True), (True, True)])
def test_each_convention_is_detected_from_names(convention: Convention, bom: bool, crlf: bool) -> None:
    text = "🇦🇫 کابل 😀\nوزارت خارجه گفت.\n\n👍🏽 هرات، USA «می‌گوید»"
    spans = [(text.index(word), text.index(word) + len(word)) for word in ("کابل", "وزارت خارجه", "هرات", "«می‌گوید»")]
    written = [(*_written(text, start, end, convention, bom, crlf), text[start:end]) for start, end in spans]
    file = read_qdpx(_qdpx(text, written, bom, crlf), "t.qdpx")
    assert [a.exact for a in file.annotations] == ["کابل", "وزارت خارجه", "هرات", "«می‌گوید»"]
    detected = file.positions[0].convention
    # Axes the file gives no hold on (no BOM, no CR LF) are reported as the standard has them.
    assert detected.utf16 == convention.utf16
    assert detected.bom_counted == (convention.bom_counted and bom)
    assert detected.crlf_as_one == (convention.crlf_as_one and crlf)


# --- without names ---------------------------------------------------------------------------------

@st.composite
def coder_selections(draw: st.DrawFn, text: str) -> list[tuple[int, int]]:
    """Whole words or runs of them, as a coder selects."""
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"[\w\u200c]+", text)]
    assume(words)
    spans = []
    for _ in range(draw(st.integers(1, 5))):
        first = draw(st.integers(0, len(words) - 1))
        last = draw(st.integers(first, min(first + 3, len(words) - 1)))
        spans.append((words[first][0], words[last][1]))
    return spans


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), texts, st.booleans(), st.booleans())
def test_unnamed_selections_written_as_the_standard_says_are_read_as_written(
        data: st.DataObject, text: str, bom: bool, crlf: bool) -> None:
    spans = data.draw(coder_selections(text))
    written = [(*_written(text, start, end, STANDARD, bom, crlf), "") for start, end in spans]
    file = read_qdpx(_qdpx(text, written, bom, crlf), "t.qdpx")
    assert [a.exact for a in file.annotations] == [text[start:end] for start, end in spans]


def test_unnamed_qualcoder_positions_are_recognised_by_the_words_they_land_on() -> None:
    text = "😀 کابل و هرات\n🇦🇫 وزارت خارجه گفت که مذاکرات ادامه دارد"
    words = ("کابل", "هرات", "وزارت خارجه", "مذاکرات")
    spans = [(text.index(word), text.index(word) + len(word)) for word in words]
    written = [(*_written(text, start, end, QUALCODER, True, False), "") for start, end in spans]
    file = read_qdpx(_qdpx(text, written, True, False), "t.qdpx")
    assert [a.exact for a in file.annotations] == list(words)
    report = file.positions[0]
    assert (report.convention, report.evidence, report.adjusted) == (QUALCODER, BY_NEIGHBOURHOOD, 4)


def test_a_name_no_convention_explains_makes_an_orphan_and_the_rest_still_land() -> None:
    source = normalize_source("کابل و هرات و بلخ")
    placements, report = place("t.qdpx", [(source, [RawSelection(0, 4, "کابل"), RawSelection(7, 11, "قندهار"),
                                                     RawSelection(14, 17, "بلخ")])])
    assert [(p.start, p.end, p.placed) for p in placements[0]] == [(0, 4, True), (7, 11, False), (14, 17, True)]
    assert (report.convention, report.selections, report.adjusted, report.orphaned) == (STANDARD, 3, 0, 1)


def test_names_that_are_labels_are_not_evidence() -> None:
    source = normalize_source("کابل و هرات")
    placements, report = place("t.qdpx", [(source, [RawSelection(0, 4, "Quotation 1"),
                                                     RawSelection(7, 11, "Quotation 2")])])
    assert all(p.placed for p in placements[0]) and report.evidence == BY_NEIGHBOURHOOD


def test_a_file_without_selections_is_unchecked() -> None:
    assert place("t.qdpx", [(normalize_source("متن"), [])])[1].evidence == UNCHECKED

"""Projects QualCoder wrote land on the coder's words, and come back out the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.exchange.positions import QUALCODER, STANDARD, Convention
from reader.core.exchange.qdpx import read_qdpx
from reader.services.exchange import read_exchange_file
from reader.services.library import Library
from tests.conftest import FIXTURES, shared_file

QUALCODER_FIXTURES = FIXTURES / "qualcoder"
CASES = {
    "qc_emoji.qdpx": QUALCODER,
    "qc_crlf.qdpx": Convention(utf16=True, crlf_as_one=True),
}


def _intended(path: Path) -> list[dict]:
    return [c for c in json.loads(path.with_name(path.stem + ".codings.json").read_text("utf-8")) if "code" in c]


def _lands_right(path: Path) -> None:
    file = read_qdpx(path, path.name)
    texts = {article.key: article.text for article in file.articles}
    intended = _intended(path)
    assert len(file.annotations) == len(intended)
    for coding, annotation in zip(intended, file.annotations, strict=True):
        assert not annotation.orphan
        assert annotation.exact == coding["quote"]
        assert (annotation.start, annotation.end) == (coding["codepoint_start"], coding["codepoint_end"])
        assert texts[annotation.article_key][annotation.start:annotation.end] == coding["quote"]
        assert annotation.tags == (coding["code"],)


@pytest.mark.parametrize("name", CASES)
def test_every_coding_lands_on_the_coders_words(name: str) -> None:
    path = QUALCODER_FIXTURES / name
    _lands_right(path)
    [report] = read_qdpx(path, name).positions
    assert (report.convention, report.evidence, report.orphaned) == (CASES[name], "names", 0)


def test_the_project_in_shared_lands_too() -> None:
    path = shared_file("interop", "qualcoder", "qc_made_b.qdpx")
    _lands_right(path)
    assert read_qdpx(path, path.name).positions[0].convention == STANDARD  # no emoji: units agree


def test_source_memo_and_annotations_become_the_article_note() -> None:
    file = read_qdpx(QUALCODER_FIXTURES / "qc_crlf.qdpx", "qc_crlf.qdpx")
    [article] = file.articles
    assert article.note is not None
    # Both annotations, though QualCoder refers only to the first: the project has one source.
    assert article.note.text == ("خبر از رادیو آزادی\n\n«سد سلما»: نام سد را بررسی کنید\n\n"
                                 "«وزارت آب»: کدام وزارت؟")
    assert (article.note.author, article.creator) == ("qcoder", "qcoder")
    assert "\r" not in article.text


def test_merge_then_export_gives_qualcoder_back_its_passages(tmp_path: Path) -> None:
    path = QUALCODER_FIXTURES / "qc_emoji.qdpx"
    with Library(tmp_path / "lib.sqlite") as library:
        plan = library.exchange.plan([read_exchange_file(path)])
        assert [(r.file, r.convention, r.adjusted) for r in plan.positions] == [("qc_emoji.qdpx", QUALCODER, 7)]
        plan = library.exchange.merge([read_exchange_file(path)])
        assert len(plan.added) == 8 and not plan.orphaned and len(plan.articles_added) == 2
        changes = library.take_changes()
        assert changes.article_notes and changes.articles_added
        ids = library.article_ids(sort="title", descending=False)
        persian = next(library.article(i) for i in ids if "کابل" in library.article(i).text)
        assert persian.added_by == "qcoder"
        assert library.notes.note(persian.id).note.startswith("یادداشتی بر کل خبر")
        out = tmp_path / "back.qdpx"
        library.exchange.export("qdpx", out, all_articles=True, provenance=True)
    back = read_qdpx(out, out.name)
    assert back.positions[0].convention == STANDARD and back.positions[0].adjusted == 0
    assert sorted(a.exact for a in back.annotations) == sorted(c["quote"] for c in _intended(path))
    assert {a.creator for a in back.articles} == {"qcoder"}
    assert any(a.note and a.note.text.startswith("یادداشتی بر کل خبر") for a in back.articles)

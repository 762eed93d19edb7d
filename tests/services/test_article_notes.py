"""Notes on whole articles: writing them, keeping them across re-imports, merging them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.errors import UnknownNameError
from reader.core.exchange.model import ArticleNote, ExchangeFile
from reader.core.exchange.w3c import read_jsonld, write_jsonld
from reader.services.library import Library
from tests.services.helpers import dari_page
from tests.services.test_exchange_merge import make_library, only_article


@pytest.fixture
def library(tmp_path: Path):
    with make_library(tmp_path, "mine") as opened:
        yield opened


def test_a_note_is_written_cleared_and_announced(library: Library) -> None:
    article = only_article(library)
    library.take_changes()
    record = library.notes.set_note(article.id, "منبع این خبر رادیو آزادی است", "Parwana")
    assert (record.note, record.author) == ("منبع این خبر رادیو آزادی است", "Parwana") and record.modified
    assert library.take_changes().article_notes == {article.id}
    library.notes.set_note(article.id, "منبع این خبر رادیو آزادی است", "Parwana")
    assert not library.take_changes()                      # the same text again changes nothing
    cleared = library.notes.set_note(article.id, "", "Parwana")
    assert cleared.note == "" and cleared.modified >= record.modified
    with pytest.raises(UnknownNameError):
        library.notes.set_note(999, "x", "")


def test_a_reimport_carries_the_note_to_the_new_version(tmp_path: Path, library: Library) -> None:
    article = only_article(library)
    library.notes.set_note(article.id, "یادداشت", "Parwana")
    page = tmp_path / "mine-news" / "news" / "a.txt"
    page.write_text(dari_page(3).replace("صدای انفجار", "صدای تیراندازی"), encoding="utf-8")
    library.import_paths([page.parent])
    newer = only_article(library)
    assert newer.id != article.id and library.notes.note(newer.id).note == "یادداشت"


def _with_note(library: Library, note: ArticleNote) -> ExchangeFile:
    """The library's article as a colleague's file with `note`."""
    file = library.exchange.collect(all_articles=True)
    return replace(file, articles=tuple(replace(a, note=note) for a in file.articles))


def test_the_later_note_wins_whole_and_the_rule_is_order_free(tmp_path: Path, library: Library) -> None:
    article = only_article(library)
    early = _with_note(library, ArticleNote("نسخه فرید", "Farid", "2024-01-01T10:00:00+00:00"))
    late = _with_note(library, ArticleNote("نسخه مریم", "Maryam", "2024-03-01T10:00:00+00:00"))
    plan = library.exchange.merge([early, late])
    assert library.notes.note(article.id).note == "نسخه مریم"
    assert plan.notes_updated == [article.title, article.title]
    with make_library(tmp_path, "other") as other:
        other.exchange.merge([late])
        assert other.exchange.merge([early]).notes_updated == []      # older: left alone
        assert other.notes.note(only_article(other).id).note == "نسخه مریم"
    assert library.exchange.merge([late]).changes == 0                   # idempotent


def test_an_undated_note_fills_an_empty_place_but_never_replaces_a_dated_one(library: Library) -> None:
    article = only_article(library)
    library.exchange.merge([_with_note(library, ArticleNote("بی‌تاریخ", "", ""))])
    assert library.notes.note(article.id).note == "بی‌تاریخ"
    library.notes.set_note(article.id, "نوشته خودم", "Parwana")
    library.exchange.merge([_with_note(library, ArticleNote("بی‌تاریخ دیگر", "", ""))])
    assert library.notes.note(article.id).note == "نوشته خودم"


def test_a_cleared_note_travels_through_json_ld(tmp_path: Path, library: Library) -> None:
    article = only_article(library)
    library.notes.set_note(article.id, "یادداشت", "Parwana")
    with make_library(tmp_path, "other") as other:
        other.exchange.merge([read_jsonld(write_jsonld(library.exchange.collect()), "a.jsonld")])
        other_article = only_article(other)
        assert other.notes.note(other_article.id).note == "یادداشت"
        library.notes.set_note(article.id, "", "Parwana")
        exported = write_jsonld(library.exchange.collect())
        assert '"hashiya:articleNote"' in exported
        other.exchange.merge([read_jsonld(exported, "b.jsonld")])
        assert other.notes.note(other_article.id).note == ""


def test_a_note_for_an_article_this_library_lacks_is_reported(tmp_path: Path, library: Library) -> None:
    with make_library(tmp_path, "other", dari_page(7)) as other:
        other.notes.set_note(only_article(other).id, "یادداشت", "Farid")
        file = read_jsonld(write_jsonld(other.exchange.collect()), "other.jsonld")
    plan = library.exchange.plan([file])
    assert [str(notice) for notice in plan.skipped] == [
        f"The note on the article «{file.articles[0].title}» was left out: the article is not in this library"]

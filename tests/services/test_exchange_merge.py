"""Merging colleagues' annotations: versions, tombstones, re-anchoring, idempotence, order."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from reader.core.exchange.model import ExchangeAnnotation, ExchangeArticle, ExchangeFile, ExchangeTag
from reader.services.library import Library
from tests.services.helpers import dari_page


def make_library(tmp_path, name: str, page: str | None = None) -> Library:
    folder = tmp_path / f"{name}-news" / "news"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(page or dari_page(3), encoding="utf-8")
    library = Library(tmp_path / f"{name}.sqlite")
    library.import_paths([folder])
    return library


def only_article(library: Library):
    (article_id,) = library.article_ids()
    return library.article(article_id)


def state(library: Library) -> list[tuple]:
    conn = sqlite3.connect(library.path)
    try:
        return conn.execute(
            """SELECT a.uuid, a.start, a."end", a.quote, a.note, a.author, a.modified, a.deleted, a.orphan,
                      (SELECT group_concat(t.name) FROM annotation_tags l JOIN tags t ON t.id = l.tag_id
                       WHERE l.annotation_id = a.id ORDER BY t.name)
               FROM annotations a ORDER BY a.uuid"""
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def team(tmp_path):
    mine, theirs = make_library(tmp_path, "mine"), make_library(tmp_path, "theirs")
    yield mine, theirs
    mine.close()
    theirs.close()


def annotate(library: Library, phrase: str, tags: list[str], note: str = "", author: str = "Parwana"):
    service = library.annotations
    article = only_article(library)
    start = article.text.index(phrase)
    ids = [(service.tag_by_name(t) or service.create_tag(t)).id for t in tags]
    return service.create(article.id, start, start + len(phrase), ids, note, author)


def test_merge_brings_a_colleagues_annotations_exactly(team) -> None:
    mine, theirs = team
    a = annotate(theirs, "گزارش‌ها نادرست است", ["تکذیب"], "یادداشت\nدو خط 🙏", "Farid")
    b = annotate(theirs, "صدای انفجار", ["ادعا", "شاهد عینی"], author="Farid")
    plan = mine.exchange.merge([theirs.exchange.collect()])
    assert sorted(plan.added) == sorted([a.uuid, b.uuid]) and plan.tags_created == ["شاهد عینی"]
    assert state(mine) == state(theirs)
    again = mine.exchange.merge([theirs.exchange.collect()])
    assert again.changes == 0 and again.unchanged == 2  # merging the same file twice changes nothing
    assert state(mine) == state(theirs)


def test_later_modified_wins_and_order_does_not_matter(tmp_path) -> None:
    base = make_library(tmp_path, "base")
    record = annotate(base, "صدای انفجار", ["ادعا"])
    article = only_article(base)
    exported = base.exchange.collect()
    (original,) = exported.annotations
    early = replace(original, note="نسخه الف", modified="2026-01-01T10:00:00.000+00:00")
    late = replace(original, note="نسخه ب", tags=("تکذیب",), modified="2026-01-02T10:00:00.000+00:00")
    tie = replace(original, note="نسخه ج", modified="2026-01-02T10:00:00.000+00:00")
    results = []
    for order in ([early, late, tie], [tie, late, early], [late, early, tie]):
        library = make_library(tmp_path, f"order{len(results)}")
        for version in order:
            library.exchange.merge([replace(exported, annotations=(version,))])
        results.append(state(library))
        library.close()
    assert results[0] == results[1] == results[2]
    winner = results[0][0]
    assert winner[6] == "2026-01-02T10:00:00.000+00:00" and winner[4] in ("نسخه ب", "نسخه ج")
    assert record.uuid == winner[0] and article.text[winner[1]:winner[2]] == "صدای انفجار"
    base.close()


def test_tombstones_delete_unless_the_live_copy_is_newer(team) -> None:
    mine, theirs = team
    record = annotate(theirs, "صدای انفجار", ["ادعا"])
    mine.exchange.merge([theirs.exchange.collect()])
    theirs.annotations.delete(record.uuid)
    plan = mine.exchange.merge([theirs.exchange.collect()])
    assert plan.deleted == [record.uuid]
    assert mine.annotations.get(record.uuid).deleted
    # A stale live copy (older than the tombstone) does not bring it back.
    stale = theirs.exchange.collect()
    stale = replace(stale, annotations=tuple(replace(a, deleted=False, modified="2000-01-01T00:00:00.000+00:00")
                                             for a in stale.annotations))
    assert mine.exchange.merge([stale]).changes == 0
    assert mine.annotations.get(record.uuid).deleted


def test_changed_text_is_reanchored_and_unplaceable_become_orphans(tmp_path) -> None:
    theirs = make_library(tmp_path, "theirs")
    kept = annotate(theirs, "صدای انفجار", ["ادعا"])
    lost = annotate(theirs, "هیچ حمله‌ای رخ نداده", ["تکذیب"])
    changed = dari_page(3).replace("هیچ حمله‌ای رخ نداده است", "چیزی نگفت").replace(
        "سخنگوی ولایت", "به گزارش خبرنگار ما، سخنگوی ولایت")  # same title and source, shifted text
    mine = make_library(tmp_path, "mine", changed)
    plan = mine.exchange.merge([theirs.exchange.collect()])
    assert sorted(plan.added) == sorted([kept.uuid, lost.uuid]) and plan.orphaned == [lost.uuid]
    service = mine.annotations
    moved = service.get(kept.uuid)
    assert only_article(mine).text[moved.start:moved.end] == "صدای انفجار" and not moved.orphan
    orphan = service.get(lost.uuid)
    assert orphan.orphan and orphan.quote == "هیچ حمله‌ای رخ نداده"
    mine.close()
    theirs.close()


def test_dry_run_writes_nothing_and_predicts_the_merge(team) -> None:
    mine, theirs = team
    annotate(theirs, "صدای انفجار", ["شاهد عینی"])
    before = state(mine)
    file = theirs.exchange.collect()
    plan = mine.exchange.plan([file])
    assert state(mine) == before and mine.annotations.tag_by_name("شاهد عینی") is None
    real = mine.exchange.merge([file])
    assert (plan.added, plan.tags_created) == (real.added, real.tags_created)


def test_unknown_article_without_text_is_skipped_and_one_with_text_is_added(team) -> None:
    mine, theirs = team
    annotation = ExchangeAnnotation("5f0c3a1e-0000-4000-8000-000000000001", "k", 0, 5, "متن د", "", "ومی", ("ادعا",),
                                    "", "Farid", "2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00")
    without = ExchangeFile((ExchangeArticle("k", "0" * 64, "ناموجود", "x.txt"),), (annotation,))
    plan = mine.exchange.merge([without])
    assert plan.added == [] and "ناموجود" in str(plan.skipped[0])
    text = "عنوان منبع\n\nمتن دومی که تنها در پرونده همکار است."
    with_text = ExchangeFile((ExchangeArticle("k", "0" * 64, "عنوان منبع", "y.txt", text=text),), (annotation,),
                             (ExchangeTag("ادعا", "#e0a21b"),))
    plan = mine.exchange.merge([with_text])
    assert plan.articles_added == ["عنوان منبع"] and plan.added == [annotation.uuid] and plan.orphaned == []
    record = mine.annotations.get(annotation.uuid)
    new = mine.article(record.article_id)
    assert new.text == text and new.text[record.start:record.end] == "متن د"


def test_the_cue_lexicon_travels_with_the_tags(team, tmp_path) -> None:
    from reader.core import cue_lexicon as lx
    from reader.services.exchange import read_exchange_file

    mine, theirs = team
    theirs_cues = theirs.suggestions
    denial = [c for c in theirs_cues.lexicon().cues if c.role == lx.DENIAL]
    theirs_cues.set_cues(lx.DENIAL, denial + [lx.Cue(lx.DENIAL, lx.VERDICT, "سراسر دروغ است"),
                                              lx.Cue(lx.DENIAL, lx.DENY, "منکر شد", enabled=False)])
    annotate(theirs, "گزارش‌ها نادرست است", ["تکذیب"])
    out = tmp_path / "theirs.jsonld"
    theirs.exchange.export("jsonld", out)
    file = read_exchange_file(out)
    assert ("denial", "verdict", "سراسر دروغ است", True, "تکذیب") in [
        (c.role, c.kind, c.phrase, c.enabled, c.suggests) for c in file.cues]
    plan = mine.exchange.plan([file])
    assert plan.cues_added == ["سراسر دروغ است", "منکر شد"]
    assert "منکر شد" not in [c.phrase for c in mine.suggestions.lexicon().cues]  # a dry run
    mine.exchange.merge([file])
    cues = {c.phrase: c for c in mine.suggestions.lexicon().cues}
    assert cues["سراسر دروغ است"].enabled and not cues["منکر شد"].enabled
    assert mine.exchange.merge([file]).cues_added == []  # idempotent
    foreign = replace(file, cues=(replace(file.cues[0], kind="rumour"),))
    assert str(mine.exchange.merge([foreign]).skipped[-1]).startswith("Cue «")

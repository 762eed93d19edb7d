"""Agreement over a real library file: who and what is compared, and the figures, as issue 17 defines them."""

from __future__ import annotations

import pytest

from reader.core.agreement import PairTable
from reader.core.coding_layers import unit_count
from reader.core.disagreements import Kind
from reader.services.agreement import AgreementError, AgreementService
from reader.services.annotations import AnnotationService
from tests.services.helpers import insert_article

THOUSAND = ("ا" * 100, "ب" * 900)  # title and one paragraph: 1,000 units and a blank line between


@pytest.fixture
def lib(db):
    service = AnnotationService(db)
    claim, denial = (t.id for t in service.tags())
    return db, service, claim, denial


def test_the_thousand_character_case(lib) -> None:
    db, notes, claim, _ = lib
    article = insert_article(db, "news", *THOUSAND)
    notes.create(article, 0, 100, [claim], author="A")
    notes.create(article, 50, 152, [claim], author="B")  # 50–99, the blank line, 102–151: 100 units
    report = AgreementService(db).report()
    assert report.authors == ("A", "B") and report.articles == (article,) and report.units == 1000
    pair = report.tags["ادعا"].pair("A", "B")
    assert pair.table == PairTable(both=50, first_only=50, second_only=50, neither=850)
    assert pair.agreement == 0.9 and round(pair.kappa, 4) == 0.4444
    assert pair.f1_overlap == 1.0 and pair.f1_exact == 0.0
    # α: n = 2,000 values, 200 of them 1; 100 units split, each adding 2 disagreeing pairs.
    assert report.tags["ادعا"].alpha == pytest.approx(1 - 1999 * 200 / (2 * 200 * 1800))
    assert list(report.tags) == ["ادعا"]  # nobody used «تکذیب»


def test_compared_articles_need_a_live_placed_annotation_by_every_author(lib) -> None:
    db, notes, claim, denial = lib
    both = insert_article(db, "news", "عنوان یک", "متن نخست خبر.")
    only_a = insert_article(db, "news", "عنوان دو", "متن دوم خبر.")
    untagged_b = insert_article(db, "news", "عنوان سه", "متن سوم خبر.")
    deleted_b = insert_article(db, "news", "عنوان چهار", "متن چهارم خبر.")
    orphan_b = insert_article(db, "news", "عنوان پنج", "متن پنجم خبر.")
    for article in (both, only_a, untagged_b, deleted_b, orphan_b):
        notes.create(article, 0, 5, [claim], author="A")
    notes.create(both, 0, 5, [claim], author="B")
    notes.create(only_a, 0, 5, [denial], author="A")
    notes.create(untagged_b, 2, 4, [], author="B")  # no tag, yet an annotation: the article is compared
    notes.delete(notes.create(deleted_b, 0, 5, [claim], author="B").uuid)
    orphan = notes.create(orphan_b, 0, 5, [claim], author="B")
    db.execute("UPDATE annotations SET orphan = 1 WHERE uuid = ?", (orphan.uuid,))
    report = AgreementService(db).report()
    assert report.articles == (both, untagged_b)
    texts = [db.execute("SELECT text FROM articles WHERE id = ?", (a,)).fetchone()[0] for a in (both, untagged_b)]
    assert report.units == sum(unit_count(t) for t in texts)
    assert list(report.tags) == ["ادعا"]  # «تکذیب» was used, but only in an article not compared
    pair = report.tags["ادعا"].pairs[0]
    assert pair.table.both == unit_count(texts[0][:5]) and pair.table.first_only == unit_count(texts[1][:5])
    assert pair.overlap.first == 2 and pair.overlap.first_matched == 1


def test_authors_tags_and_collection_are_chosen_as_asked(lib) -> None:
    db, notes, claim, denial = lib
    here = insert_article(db, "here", "عنوان", "متنی برای سه نفر.")
    there = insert_article(db, "there", "عنوان دیگر", "متنی دیگر.")
    for author in ("زهرا", "Ali", "Bita"):
        notes.create(here, 0, 5, [claim], author=author)
    notes.create(here, 7, 10, [denial], author="Bita")  # «متن»
    notes.create(there, 0, 5, [denial], author="Ali")
    notes.create(there, 0, 5, [denial], author="زهرا")
    service = AgreementService(db)
    every = service.report()
    assert every.authors == ("Ali", "Bita", "زهرا") and every.articles == (here,)
    assert [p.authors for p in every.tags["ادعا"].pairs] == [("Ali", "Bita"), ("Ali", "زهرا"), ("Bita", "زهرا")]
    assert every.tags["ادعا"].alpha == 1.0  # all three marked the same units
    two = service.report(["زهرا", "Ali"])
    assert two.authors == ("زهرا", "Ali") and two.articles == (here, there)
    assert list(two.tags) == ["ادعا", "تکذیب"]  # Bita's denial is not theirs
    assert two.tags["تکذیب"].pairs[0].kappa == 1.0
    only_there = service.report(["Ali", "زهرا"], collection_id=2)
    assert only_there.articles == (there,) and list(only_there.tags) == ["تکذیب"]
    asked = service.report(["Ali", "Bita"], tags=["تکذیب"])
    assert list(asked.tags) == ["تکذیب"]
    pair = asked.tags["تکذیب"].pairs[0]
    assert pair.table.second_only == 3 and pair.kappa == 0.0 and pair.f1_overlap == 0.0


def test_an_unused_tag_asked_for_is_undefined_not_perfect(lib) -> None:
    db, notes, claim, _ = lib
    article = insert_article(db, "news", "عنوان", "متن.")
    notes.create(article, 0, 3, [claim], author="A")
    notes.create(article, 0, 3, [claim], author="B")
    notes.create_tag("دیگر")
    report = AgreementService(db).report(tags=["دیگر"])
    figures = report.tags["دیگر"]
    assert figures.alpha is None
    assert figures.pairs[0].as_json() == {"authors": ["A", "B"], "agreement": 1.0, "kappa": None,
                                          "f1_overlap": None, "f1_exact": None}


def test_overlapping_and_multi_tag_annotations(lib) -> None:
    db, notes, claim, denial = lib
    article = insert_article(db, "news", "عنوان", "یک دو سه چهار پنج شش")
    notes.create(article, 0, 10, [claim], author="A")
    notes.create(article, 5, 14, [claim, denial], author="A")  # overlaps the first: its units count once
    notes.create(article, 0, 14, [claim, denial], author="B")
    report = AgreementService(db).report()
    text = db.execute("SELECT text FROM articles WHERE id = ?", (article,)).fetchone()[0]
    claim_pair = report.tags["ادعا"].pairs[0]
    assert claim_pair.table.both == unit_count(text, 0, 14) and claim_pair.table.first_only == 0
    assert claim_pair.agreement == 1.0 and claim_pair.kappa == 1.0
    assert claim_pair.overlap.first == 2 and claim_pair.exact.first_matched == 0
    denial_pair = report.tags["تکذیب"].pairs[0]
    assert denial_pair.table.second_only == unit_count(text, 0, 5)
    assert denial_pair.f1_overlap == 1.0 and denial_pair.f1_exact == 0.0


def test_unknown_or_too_few_authors_and_unknown_tags_are_refused(lib) -> None:
    db, notes, claim, _ = lib
    article = insert_article(db, "news", "عنوان", "متن.")
    notes.create(article, 0, 3, [claim], author="A")
    service = AgreementService(db)
    with pytest.raises(AgreementError, match="at least two authors to compare; 1 given"):
        service.report()
    with pytest.raises(AgreementError, match="at least two authors"):
        service.report(["A", "A"])
    with pytest.raises(AgreementError, match="no live annotations by an author named «Nobody»"):
        service.report(["A", "Nobody"])
    notes.create(article, 0, 3, [claim], author="B")
    with pytest.raises(AgreementError, match="no tag named «nope»"):
        service.report(tags=["nope"])


def test_per_article_figures_and_json_shape(lib) -> None:
    db, notes, claim, denial = lib
    agreeing = insert_article(db, "news", "عنوان", "همه موافق اند.")
    split = insert_article(db, "news", "عنوان دیگر", "اینجا اختلاف است.")
    for author in ("A", "B"):
        notes.create(agreeing, 0, 5, [claim], author=author)
    notes.create(split, 0, 5, [claim], author="A")
    notes.create(split, 0, 5, [denial], author="B")
    report = AgreementService(db).report()
    by_id = {a.article_id: a for a in report.per_article}
    assert by_id[agreeing].agreement == 1.0
    split_text = db.execute("SELECT text FROM articles WHERE id = ?", (split,)).fetchone()[0]
    assert by_id[split].agreement == 1 - unit_count(split_text, 0, 5) / unit_count(split_text)
    assert by_id[split].tags["ادعا"].pairs[0].kappa == 0.0 and by_id[agreeing].tags["ادعا"].pairs[0].kappa == 1.0
    assert sum(a.units for a in report.per_article) == report.units
    document = report.as_json()
    assert set(document) == {"authors", "articles", "units", "tags"}
    assert set(document["tags"]["ادعا"]) == {"alpha", "pairs"}
    assert set(document["tags"]["ادعا"]["pairs"][0]) == {"authors", "agreement", "kappa", "f1_overlap", "f1_exact"}


def test_confusion_tells_where_from_which(lib) -> None:
    db, notes, claim, denial = lib
    article = insert_article(db, "news", "عنوان", "ادعا شد که تکذیب شد و هیچ")
    text = db.execute("SELECT text FROM articles").fetchone()[0]

    def at(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    notes.create(article, *at("ادعا"), [claim], author="A")
    notes.create(article, *at("ادعا"), [claim], author="B")  # agree: 4 units
    notes.create(article, *at("تکذیب"), [claim], author="A")
    notes.create(article, *at("تکذیب"), [denial], author="B")  # which: 5 units
    notes.create(article, *at("و هیچ"), [denial], author="A")  # where: 4 units (and a space)
    table = AgreementService(db).confusion("A", "B", ["ادعا", "تکذیب"])
    assert table.tags == ("ادعا", "تکذیب") and (table.none, table.several) == (2, 3)
    assert table.counts[0][0] == 4 and table.counts[0][1] == 5 and table.counts[1][2] == 4
    assert table.which_units == 5 and table.where_units == 4
    assert table.units == unit_count(text) and table.counts[2][2] == unit_count(text) - 13
    assert table.agreement == (unit_count(text) - 9) / unit_count(text)
    reversed_order = AgreementService(db).confusion("A", "B", ["تکذیب", "ادعا"])
    assert reversed_order.counts[1][0] == 5


def test_disagreements_name_article_spans_and_annotations(lib) -> None:
    db, notes, claim, denial = lib
    article = insert_article(db, "news", "عنوان", "یک دو سه چهار پنج شش هفت هشت نه ده")
    a1 = notes.create(article, 0, 10, [claim], author="A")
    b1 = notes.create(article, 5, 12, [claim], author="B")
    notes.create(article, 20, 25, [claim], author="A")
    notes.create(article, 20, 25, [claim], author="B")  # the same: no disagreement
    b3 = notes.create(article, 30, 34, [denial], author="B")
    found = AgreementService(db).disagreements("A", "B")
    assert [(d.article_id, d.start, d.end, d.kind) for d in found] == [
        (article, 0, 12, Kind.BOUNDARIES), (article, 30, 34, Kind.SECOND_ONLY)]
    assert found[0].first[0].key == a1.uuid and found[0].second[0].key == b1.uuid
    assert found[1].second[0].tags == {denial} and found[1].second[0].key == b3.uuid
    assert found[0].authors == ("A", "B") and found[0].tag_ids == (claim, denial)
    assert AgreementService(db).disagreements("A", "B", tags=["ادعا"])[0].kind == Kind.BOUNDARIES
    assert len(AgreementService(db).disagreements("A", "B", tags=["ادعا"])) == 1
    assert AgreementService(db).disagreements("A", "B", article_ids=[article + 1]) == []


def test_progress_is_heard_and_raising_from_it_cancels(lib) -> None:
    db, notes, claim, _ = lib
    for n in range(3):
        article = insert_article(db, "news", f"عنوان {n}", "متن.")
        notes.create(article, 0, 3, [claim], author="A")
        notes.create(article, 0, 3, [claim], author="B")
    heard = []
    AgreementService(db).report(progress=lambda done, total: heard.append((done, total)))
    assert heard == [(0, 3), (3, 3)]

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        AgreementService(db).report(progress=stop)


def test_spans_of_gives_each_authors_layer_of_one_article(lib) -> None:
    db, notes, claim, denial = lib
    article = insert_article(db, "news", "عنوان", "متنی برای دو نفر و یک اجماع.")
    both = notes.create(article, 10, 20, [claim, denial], author="B")
    first = notes.create(article, 0, 5, [claim], author="A")
    notes.create(article, 6, 8, [], author="A")  # no tag: no span in a layer
    notes.delete(notes.create(article, 1, 3, [claim], author="A").uuid)
    service = AgreementService(db)
    a, b = service.spans_of(article, ["A", "B"])
    assert [(s.start, s.end, s.tags, s.key) for s in a] == [(0, 5, frozenset({claim}), first.uuid)]
    assert [(s.start, s.end, s.tags, s.key) for s in b] == [(10, 20, frozenset({claim, denial}), both.uuid)]
    assert service.spans_of(article, ["A", "B"], [denial]) == ((), (b[0]._replace(tags=frozenset({denial})),))
    assert service.spans_of(article, ["nobody"]) == ((),)

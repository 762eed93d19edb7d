"""Adjudication writes a consensus author's annotations, never a coder's, and can be undone exactly."""

from __future__ import annotations

import json

import pytest

from reader.core.disagreements import Kind
from reader.core.errors import NotFoundError
from reader.services.adjudication import AdjudicationError, AdjudicationService, ConsensusSpan, Decision
from reader.services.agreement import AgreementService
from reader.services.annotations import AnnotationService
from reader.services.exchange import ExchangeService
from tests.services.helpers import insert_article

CONSENSUS = "اجماع"


@pytest.fixture
def case(db):
    notes = AnnotationService(db)
    claim, denial = (t.id for t in notes.tags())
    article = insert_article(db, "news", "عنوان خبر", "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده")
    notes.create(article, 0, 10, [claim], author="A")
    notes.create(article, 5, 14, [claim], author="B")
    notes.create(article, 5, 14, [denial], author="B")
    notes.create(article, 30, 36, [denial], author="A")
    (stretch, only_a) = AgreementService(db).disagreements("A", "B")
    return db, notes, article, claim, denial, stretch, only_a


def rows(db) -> list[tuple]:
    return list(db.execute('SELECT uuid, author, start, "end", deleted, modified FROM annotations ORDER BY id'))


def consensus(notes: AnnotationService, article: int) -> list[tuple[int, int, tuple[int, ...]]]:
    return [(a.start, a.end, a.tag_ids) for a in notes.for_article(article) if a.author == CONSENSUS]


def test_accept_first_second_both_and_edit(case) -> None:
    db, notes, article, claim, denial, stretch, only_a = case
    assert stretch.kind == Kind.TAGS and only_a.kind == Kind.FIRST_ONLY
    coders_before = [r for r in rows(db)]
    service = AdjudicationService(db)
    done = service.adjudicate(stretch, Decision.ACCEPT_FIRST, CONSENSUS)
    assert consensus(notes, article) == [(0, 10, (claim,))]
    assert [r.author for r in done.created] == [CONSENSUS] and done.replaced == ()
    assert rows(db)[:len(coders_before)] == coders_before  # the coders' annotations untouched
    service.adjudicate(stretch, Decision.ACCEPT_SECOND, CONSENSUS)  # replaces the decision above
    assert consensus(notes, article) == [(5, 14, (claim, denial))]  # B's two spans there, merged
    service.adjudicate(stretch, Decision.ACCEPT_BOTH, CONSENSUS)
    assert consensus(notes, article) == [(0, 10, (claim,)), (5, 14, (claim, denial))]
    service.adjudicate(stretch, Decision.EDIT, CONSENSUS, [ConsensusSpan(2, 12, (denial,))])
    assert consensus(notes, article) == [(2, 12, (denial,))]
    service.adjudicate(only_a, Decision.ACCEPT_SECOND, CONSENSUS)  # B tagged nothing there: nothing written
    assert consensus(notes, article) == [(2, 12, (denial,))]
    assert rows(db)[:len(coders_before)] == coders_before


def test_undo_and_redo_are_exact(case) -> None:
    db, notes, article, claim, denial, stretch, _ = case
    service = AdjudicationService(db)
    first = service.adjudicate(stretch, Decision.ACCEPT_FIRST, CONSENSUS)
    second = service.adjudicate(stretch, Decision.ACCEPT_BOTH, CONSENSUS)
    assert [r.uuid for r in second.replaced] == [r.uuid for r in first.created]
    service.undo(second)
    assert consensus(notes, article) == [(0, 10, (claim,))]
    assert notes.get(first.created[0].uuid).deleted is False
    service.undo(first)
    assert consensus(notes, article) == []
    service.redo(first)
    service.redo(second)
    assert consensus(notes, article) == [(0, 10, (claim,)), (5, 14, (claim, denial))]
    live = [a.uuid for a in notes.for_article(article) if a.author == CONSENSUS]
    assert live == [r.uuid for r in second.created]  # the same annotations again, not copies


def test_consensus_from_another_stretch_or_tag_is_kept(case) -> None:
    db, notes, article, claim, denial, stretch, only_a = case
    elsewhere = notes.create(article, 30, 36, [denial], author=CONSENSUS)
    other_tag = notes.create_tag("دیگر")
    other = notes.create(article, 0, 10, [other_tag.id], author=CONSENSUS)
    done = AdjudicationService(db).adjudicate(stretch, Decision.ACCEPT_FIRST, CONSENSUS)
    assert done.replaced == ()
    assert not notes.get(elsewhere.uuid).deleted and not notes.get(other.uuid).deleted


def test_bad_decisions_are_refused_and_write_nothing(case) -> None:
    db, notes, article, claim, denial, stretch, _ = case
    service = AdjudicationService(db)
    service.adjudicate(stretch, Decision.ACCEPT_FIRST, CONSENSUS)
    before = rows(db)
    with pytest.raises(AdjudicationError, match="needs a name"):
        service.adjudicate(stretch, Decision.ACCEPT_FIRST, "  ")
    with pytest.raises(AdjudicationError, match="B is one of the coders"):
        service.adjudicate(stretch, Decision.ACCEPT_FIRST, "B")
    with pytest.raises(AdjudicationError, match="not inside article"):
        service.adjudicate(stretch, Decision.EDIT, CONSENSUS, [ConsensusSpan(0, 10_000, (claim,))])
    with pytest.raises(AdjudicationError, match="carries no tag"):
        service.adjudicate(stretch, Decision.EDIT, CONSENSUS, [ConsensusSpan(0, 4, ())])
    with pytest.raises(AdjudicationError, match="Tag 999 does not exist"):
        service.adjudicate(stretch, Decision.EDIT, CONSENSUS, [ConsensusSpan(0, 4, (999,))])
    assert rows(db) == before


def test_the_consensus_is_an_author_like_any_other(case, tmp_path) -> None:
    db, notes, article, claim, denial, stretch, _ = case
    AdjudicationService(db).adjudicate(stretch, Decision.ACCEPT_FIRST, CONSENSUS)
    out = tmp_path / "consensus.jsonld"
    assert ExchangeService(db).export("jsonld", out, author=CONSENSUS) == 1
    document = json.loads(out.read_text(encoding="utf-8"))
    assert CONSENSUS in json.dumps(document, ensure_ascii=False)
    report = AgreementService(db).report(["A", CONSENSUS])
    assert report.tags["ادعا"].pair("A", CONSENSUS).kappa == 1.0


def test_a_longer_consensus_keeps_what_lies_outside_the_stretch(case) -> None:
    db, notes, article, claim, denial, stretch, _ = case
    other_tag = notes.create_tag("دیگر").id
    # An earlier decision (another pair's stretch) covered 0–20 with «ادعا» and a tag not compared here.
    longer = notes.create(article, 0, 20, [claim, other_tag], note="یادداشت", author=CONSENSUS)
    service = AdjudicationService(db)
    done = service.adjudicate(stretch, Decision.ACCEPT_SECOND, CONSENSUS)  # the stretch is 0–14
    assert [r.uuid for r in done.replaced] == [longer.uuid]
    live = {(a.start, a.end, a.tag_ids, a.note) for a in notes.for_article(article) if a.author == CONSENSUS}
    assert live == {(5, 14, (claim, denial), ""), (0, 14, (other_tag,), "یادداشت"), (14, 20, (claim, other_tag), "یادداشت")}
    service.undo(done)
    assert [(a.uuid, a.start, a.end) for a in notes.for_article(article) if a.author == CONSENSUS] == [(longer.uuid, 0, 20)]


def test_undo_and_redo_refuse_when_the_annotations_changed_since(case) -> None:
    db, notes, article, claim, denial, stretch, _ = case
    service = AdjudicationService(db)
    done = service.adjudicate(stretch, Decision.ACCEPT_FIRST, CONSENSUS)
    notes.delete(done.created[0].uuid)  # someone else took it away meanwhile
    before = rows(db)
    with pytest.raises(NotFoundError, match="changed since"):
        service.undo(done)
    assert rows(db) == before
    notes.restore(done.created[0].uuid)
    service.undo(done)
    with pytest.raises(NotFoundError, match="changed since"):
        service.undo(done)  # twice
    service.redo(done)
    assert consensus(notes, article) == [(0, 10, (claim,))]


def test_decisions_name_the_consensus_spans_of_each_stretch(case) -> None:
    db, notes, article, claim, denial, stretch, only_a = case
    service = AdjudicationService(db)
    assert service.decisions([stretch, only_a], CONSENSUS) == [(), ()]
    service.adjudicate(stretch, Decision.ACCEPT_SECOND, CONSENSUS)
    other_tag = notes.create_tag("دیگر").id
    notes.create(article, 31, 33, [other_tag], author=CONSENSUS)  # a tag the comparison did not look at
    decided, undecided = service.decisions([stretch, only_a], CONSENSUS)
    assert [(s.start, s.end, s.tags) for s in decided] == [(5, 14, frozenset({claim, denial}))]
    assert undecided == ()
    assert service.decisions([stretch], "  ") == [()]

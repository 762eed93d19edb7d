"""Adjudication writes a consensus author's annotations, never a coder's, and can be undone exactly."""

from __future__ import annotations

import json

import pytest

from reader.core.disagreements import Kind
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

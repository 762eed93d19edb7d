"""Suggested claims and denials over a real library file: filtering, accept, reject, settings, runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import cue_lexicon as lx
from reader.services.annotations import AnnotationService
from reader.services.importer import import_paths
from reader.core.errors import UnknownNameError
from reader.services.suggestions import SuggestionError, SuggestionService
from reader.storage.database import open_database
from tests.conftest import FIXTURES

ARTICLE = FIXTURES / "suggestions" / "kabul_water.txt"


@pytest.fixture()
def library(tmp_path: Path):
    db = open_database(tmp_path / "library.db")
    import_paths(db, [ARTICLE], "آب")
    article_id = db.execute("SELECT id FROM articles").fetchone()[0]
    yield db, article_id
    db.close()


def quotes(found) -> list[tuple[str, str]]:
    return [(s.tag, s.quote) for s in found]


def test_an_article_gets_its_claims_and_denials(library) -> None:
    db, article_id = library
    found = SuggestionService(db).for_article(article_id)
    text = db.execute("SELECT text FROM articles").fetchone()[0]
    assert all(text[s.start:s.end] == s.quote for s in found)
    by_tag = quotes(found)
    # the quotation after «گفت:» belongs to the claim, up to its closing mark
    assert ("ادعا", "احمد کریمی، سخنگوی شاروالی کابل، روز شنبه گفت: «کار شبکه تازه آب تا پایان سال تمام می‌شود. "
                    "هیچ خانه‌ای بی‌آب نمی‌ماند.»") in by_tag
    assert ("ادعا", "به گفته فریده رحیمی، نماینده باشندگان ناحیه پنجم، بیش از نیمی از خانه‌ها هنوز آب ندارند.") in by_tag
    assert ("تکذیب", "وزارت انرژی و آب گزارش کمبود آب در ناحیه پنجم را تکذیب کرد و آن را بی‌اساس خواند.") in by_tag
    assert len(found) == 3  # no traps, no rejected bill, no «چیزی نگفت»
    speakers = {s.tag: s.speaker for s in found if s.speaker}
    assert speakers["تکذیب"] == "وزارت انرژی و آب"
    assert "فریده رحیمی" in [s.speaker for s in found]
    denial = next(s for s in found if s.tag == "تکذیب")
    assert {"تکذیب کرد", "بی‌اساس … خواند"} <= set(denial.cues) and 0 < denial.score <= 1


def test_accept_makes_an_annotation_and_the_sentence_is_not_suggested_again(library) -> None:
    db, article_id = library
    service = SuggestionService(db)
    first = service.for_article(article_id)[0]
    record = service.accept(first, author="tester")
    assert (record.start, record.end, record.quote, record.author) == (first.start, first.end, first.quote, "tester")
    assert record.tag_ids == (first.tag_id,)
    assert first.quote not in [s.quote for s in service.for_article(article_id)]
    AnnotationService(db).delete(record.uuid)  # the undo of accept
    assert first.quote in [s.quote for s in service.for_article(article_id)]


def test_reject_is_remembered_per_article_and_can_be_undone(library, tmp_path: Path) -> None:
    db, article_id = library
    service = SuggestionService(db)
    denial = next(s for s in service.for_article(article_id) if s.role == lx.DENIAL)
    rejection = service.reject(denial)
    assert denial.quote not in [s.quote for s in service.for_article(article_id)]
    reopened = open_database(tmp_path / "library.db")
    assert denial.quote not in [s.quote for s in SuggestionService(reopened).for_article(article_id)]
    reopened.close()
    service.unreject(rejection)
    assert denial.quote in [s.quote for s in service.for_article(article_id)]


def test_cues_and_roles_are_the_users_to_change(library) -> None:
    db, article_id = library
    service = SuggestionService(db)
    denial_cues = [c for c in service.lexicon().cues if c.role == lx.DENIAL]
    without = [c if c.kind not in (lx.DENY, lx.VERDICT, lx.FALSE_WORD) else lx.Cue(c.role, c.kind, c.phrase, False)
               for c in denial_cues]
    service.set_cues(lx.DENIAL, without)
    assert lx.DENIAL not in [s.role for s in service.for_article(article_id)]
    service.set_cues(lx.DENIAL, denial_cues + [lx.Cue(lx.DENIAL, lx.REJECT, "رد کرد")])  # a duplicate is kept once
    assert lx.DENIAL in [s.role for s in service.for_article(article_id)]
    service.set_role(lx.CLAIM, enabled=False)
    assert {s.role for s in service.for_article(article_id)} == {lx.DENIAL}
    with pytest.raises(SuggestionError):
        service.set_cues(lx.CLAIM, [lx.Cue(lx.CLAIM, lx.VERDICT, "صحت ندارد")])
    with pytest.raises(SuggestionError):
        service.set_role("rumour", enabled=True)


def test_a_role_follows_its_tag(library) -> None:
    db, article_id = library
    annotations = AnnotationService(db)
    service = SuggestionService(db)
    denial_tag = annotations.tag_by_name("تکذیب")
    removal = annotations.delete_tag(denial_tag.id)
    assert next(r for r in service.roles() if r.role == lx.DENIAL).tag_id is None
    assert lx.DENIAL not in [s.role for s in service.for_article(article_id)]
    annotations.undo_tag_removal(removal)
    assert "تکذیب" in [s.tag for s in service.for_article(article_id)]
    other = annotations.create_tag("رد ادعا")
    service.set_role(lx.DENIAL, tag_id=other.id)
    assert "رد ادعا" in [s.tag for s in service.for_article(article_id)]


def test_a_collection_run_reports_progress_and_stops_when_cancelled(library) -> None:
    db, _ = library
    import_paths(db, [FIXTURES / "dari_seed_shape.txt"], "دیگر")
    service = SuggestionService(db)
    seen: list[tuple[int, int]] = []
    run = service.for_collection(None, progress=lambda done, total: seen.append((done, total)))
    assert (run.articles_done, run.articles_total, run.cancelled) == (2, 2, False)
    assert seen == [(1, 2), (2, 2)]
    assert {s.article_id for s in run.suggestions} >= {1}
    only = service.for_collection("آب")
    assert only.articles_total == 1
    stopped = service.for_collection(None, cancelled=lambda: True)
    assert stopped.cancelled and stopped.suggestions == [] and stopped.articles_done == 0
    with pytest.raises(UnknownNameError):
        service.for_collection("no such")

"""Merging files that lie about time, or carry names and notes no one could have typed."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.errors import Notice
from reader.core.exchange.common import ReadLimits
from reader.core.exchange.model import ExchangeFormatError
from reader.services.annotations import AnnotationError
from reader.services.exchange import ExchangeService, read_exchange_file
from reader.storage import annotations_repo
from tests.services.test_exchange_merge import annotate, make_library, state

NOW = datetime(2026, 3, 21, 8, 0, tzinfo=UTC)  # the merging machine's clock, fixed for the tests


@pytest.fixture
def pair(tmp_path):
    """My library and a colleague's, holding one annotation of hers that I have merged already."""
    mine, theirs = make_library(tmp_path, "mine"), make_library(tmp_path, "theirs")
    record = annotate(theirs, "صدای انفجار", ["ادعا"], "یادداشت نخست")
    file = theirs.exchange.collect()
    (original,) = file.annotations
    base = replace(original, modified="2026-03-20T10:00:00.000+00:00", created="2026-03-20T09:00:00.000+00:00")
    file = replace(file, annotations=(base,))
    mine.exchange.clock = lambda: NOW
    mine.exchange.merge([file])
    yield mine, file, record.uuid
    mine.close()
    theirs.close()


def _version(file, **fields):
    (annotation,) = file.annotations
    return replace(file, annotations=(replace(annotation, **fields),))


def _note(library, uuid: str) -> str:
    return library.annotations.get(uuid).note


def test_times_are_compared_as_instants_not_as_text(pair) -> None:
    mine, file, uuid = pair
    # 12:00 at +04:30 is 07:30 UTC: older than the 10:00 UTC version, although it reads later.
    older = _version(file, note="کهنه", modified="2026-03-20T12:00:00+04:30")
    assert mine.exchange.merge([older]).unchanged == 1 and _note(mine, uuid) == "یادداشت نخست"
    newer = _version(file, note="تازه", modified="2026-03-20T15:00:00+04:30")  # 10:30 UTC
    assert mine.exchange.merge([newer]).updated == [uuid]
    stored = mine.annotations.get(uuid)
    assert stored.note == "تازه" and stored.modified == "2026-03-20T10:30:00.000+00:00"  # UTC-normalised
    assert mine.exchange.merge([newer]).changes == 0  # and merging it again changes nothing


@pytest.mark.parametrize("modified, why", [
    ("9999-12-31T23:59:59Z", "more than a day ahead of this computer's clock"),
    ("2026-03-22T08:00:01Z", "more than a day ahead of this computer's clock"),
    ("zzzz", "is not a valid date and time (xsd:dateTime)"),
    ("2026-02-30T10:00:00Z", "is not a valid date and time (xsd:dateTime)"),
    ("2026-03-20T10:00:00+15:00", "is not a valid date and time (xsd:dateTime)"),
    ("=HYPERLINK(\"http://x\")", "is not a valid date and time (xsd:dateTime)"),
])
def test_unbelievable_times_are_left_out_and_reported(pair, modified: str, why: str) -> None:
    mine, file, uuid = pair
    before = state(mine)
    plan = mine.exchange.merge([_version(file, note="از آینده", modified=modified)])
    assert plan.changes == 0 and state(mine) == before
    (skipped,) = plan.skipped
    assert str(skipped).startswith(f"{uuid}: its modification time ") and why in str(skipped)


def test_a_day_ahead_is_still_believed(pair) -> None:
    mine, file, uuid = pair
    plan = mine.exchange.merge([_version(file, note="ساعت جلو", modified="2026-03-22T07:59:59Z")])
    assert plan.updated == [uuid] and not plan.skipped


def test_a_garbage_creation_time_is_refused_too(pair) -> None:
    mine, file, _uuid = pair
    plan = mine.exchange.plan([_version(file, uuid="5f0c3a1e-0000-4000-8000-00000000000a", created="yesterday",
                                        modified="")])
    assert plan.added == [] and "its creation time 'yesterday' is not a valid date" in str(plan.skipped[0])


def test_a_library_poisoned_before_the_checks_is_healed_by_the_next_real_version(pair) -> None:
    mine, file, uuid = pair
    record = mine.annotations.get(uuid)
    annotations_repo.update(mine.exchange.db, record.id, "9999-12-31T23:59:59Z", note="مسموم")  # an old merge's
    plan = mine.exchange.merge([_version(file, note="درست", modified="2026-03-20T11:00:00Z")])
    assert plan.updated == [uuid] and _note(mine, uuid) == "درست"


@pytest.mark.parametrize("tags, why", [
    (("",), "one of its tags has no name"),
    (("   ",), "one of its tags has no name"),
    (("ب" * 100_000,), "one of its tag names has 100,000 characters (at most 100 are allowed)"),
    (("دو\nخط",), "its tag name 'دو\\nخط' holds a line break or another control character"),
])
def test_impossible_tag_names_are_left_out_and_reported(pair, tags: tuple[str, ...], why: str) -> None:
    mine, file, uuid = pair
    tag_count = len(mine.annotations.tags())
    plan = mine.exchange.merge([_version(file, tags=tags, modified="2026-03-20T11:00:00Z")])
    assert plan.changes == 0 and len(mine.annotations.tags()) == tag_count
    assert str(plan.skipped[0]) == f"{uuid}: {why}, so it was left out"


def test_tag_names_are_trimmed_and_colours_checked(pair) -> None:
    mine, file, _uuid = pair
    file = replace(_version(file, tags=("  شاهد  ",), modified="2026-03-20T11:00:00Z"),
                   tags=(replace(file.tags[0], name="شاهد", color="red; evil"),) if file.tags else ())
    mine.exchange.merge([file])
    tag = mine.annotations.tag_by_name("شاهد")
    assert tag is not None and tag.color.startswith("#") and len(tag.color) == 7


def test_overlong_notes_and_authors_are_left_out(pair) -> None:
    mine, file, uuid = pair
    plan = mine.exchange.merge([_version(file, note="ن" * 100_001, modified="2026-03-20T11:00:00Z")])
    assert str(plan.skipped[0]) == f"{uuid}: its note has 100,001 characters (at most 100,000 are allowed), " \
                                   "so it was left out"
    plan = mine.exchange.merge([_version(file, author="x" * 201, modified="2026-03-20T11:00:00Z")])
    assert "its author's name has 201 characters" in str(plan.skipped[0])
    plan = mine.exchange.merge([_version(file, note="ن" * 100_000, modified="2026-03-20T11:00:00Z")])
    assert plan.updated == [uuid]  # at the limit is allowed


def test_the_clock_defaults_to_now(tmp_path) -> None:
    library = make_library(tmp_path, "clock")
    service = ExchangeService(library.exchange.db)
    assert abs(service.clock() - datetime.now(UTC)) < timedelta(minutes=1)
    library.close()


def test_local_tag_names_notes_and_authors_are_capped(tmp_path) -> None:
    library = make_library(tmp_path, "local")
    service = library.annotations
    article_id = library.article_ids()[0]
    for name, message in (("", "A tag needs a name"), ("ب" * 101, "A tag name of 101 characters is too long"),
                          ("الف\tب", "A tag name is one line")):
        with pytest.raises(AnnotationError, match=message):
            service.create_tag(name)
    assert service.create_tag("  " + "ب" * 100 + " ").name == "ب" * 100
    with pytest.raises(AnnotationError, match="A note of 100,001 characters is too long"):
        service.annotate_quote(article_id, "صدای انفجار", ["تازه"], note="ن" * 100_001)
    assert service.tag_by_name("تازه") is None  # refused before the tag was created
    with pytest.raises(AnnotationError, match="An author name of 201 characters"):
        service.annotate_quote(article_id, "صدای انفجار", ["ادعا"], author="x" * 201)
    made = service.annotate_quote(article_id, "صدای انفجار", [" ادعا "])
    assert made.created_tags == ()  # " ادعا " is the existing tag ادعا
    with pytest.raises(AnnotationError, match="A note of"):
        service.set_note(made.annotation.uuid, "ن" * 100_001)
    library.close()


def test_an_annotation_file_is_measured_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.jsonld"
    with open(huge, "wb") as handle:  # sparse: reading it first would take 100 GB of memory
        handle.truncate(100 * 1024**3)
    with pytest.raises(ExchangeFormatError, match=r"huge.jsonld: the file is 107,374,182,400 bytes, more than the "
                                                  r"209,715,200 an annotation file may have"):
        read_exchange_file(huge)
    small = tmp_path / "small.qdpx"
    small.write_bytes(b"PK" + b"\0" * 2000)
    with pytest.raises(ExchangeFormatError, match="small.qdpx: the archive is 2,002 bytes, more than the 1,000"):
        read_exchange_file(small, ReadLimits(max_file_bytes=1000))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("name", ["pipe.jsonld", "pipe.qdpx"])
def test_a_named_pipe_is_refused_not_waited_for(tmp_path: Path, name: str) -> None:
    os.mkfifo(tmp_path / name)
    with pytest.raises(ExchangeFormatError, match=f"{name}: not a regular file"):
        read_exchange_file(tmp_path / name)


def test_admission_keeps_what_is_fine_untouched() -> None:
    from reader.core.exchange.admission import admit
    from reader.core.exchange.model import ExchangeAnnotation

    given = ExchangeAnnotation("u", "k", 0, 1, "x", "", "", ("ادعا", "ادعا"), "note", "me", "", "")
    admitted = admit(given, NOW)
    assert not isinstance(admitted, Notice)
    assert admitted.tags == ("ادعا",) and (admitted.created, admitted.modified) == ("", "")
    dated = admit(replace(given, created="2026-03-20T10:00:00", modified=""), NOW)
    assert not isinstance(dated, Notice)
    assert dated.created == dated.modified == "2026-03-20T10:00:00.000+00:00"  # no zone: taken as UTC

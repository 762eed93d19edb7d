"""Names in a team folder: whose a file is, what is a sync engine's temporary, how annotations shard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core import messages
from reader.core.team_layout import (
    Writer, author_problem, is_annotation_file, is_temporary, parse_writer, shard_of, shard_of_file, shard_width,
    time_problem, writer_folder,
)

LIBRARY = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(("name", "writer"), [
    ("زهرا.hashiya.jsonld", Writer("زهرا")),
    (f"زهرا@{LIBRARY}.hashiya", Writer("زهرا", LIBRARY)),
    (f"زهرا@{LIBRARY}.hashiya.jsonld", Writer("زهرا", LIBRARY)),
    # Sync engines' conflict copies: Dropbox / Nextcloud, Syncthing, OneDrive, Google Drive.
    ("زهرا.hashiya (conflicted copy 2026-12-02).jsonld", Writer("زهرا", "", " (conflicted copy 2026-12-02)")),
    ("زهرا.hashiya (Farid's conflicted copy 2026-12-02).jsonld",
     Writer("زهرا", "", " (Farid's conflicted copy 2026-12-02)")),
    ("زهرا.hashiya.sync-conflict-20261202-101010-ABCDEFG.jsonld",
     Writer("زهرا", "", ".sync-conflict-20261202-101010-ABCDEFG")),
    ("زهرا.hashiya-DESKTOP-7Q1.jsonld", Writer("زهرا", "", "-DESKTOP-7Q1")),
    ("زهرا.hashiya (1).JSONLD", Writer("زهرا", "", " (1)")),
    # An e-mail address as a name written by hand; our own writers encode the @.
    ("zahra@example.org.hashiya.jsonld", Writer("zahra@example.org")),
    (f"zahra%40example.org@{LIBRARY}.hashiya", Writer("zahra@example.org", LIBRARY)),
    ("Dr. A.hashiya.jsonld", Writer("Dr. A")),
    ("a.hashiya.hashiya.jsonld", Writer("a.hashiya")),
    # macOS hands out names decomposed (NFD); they compare composed.
    ("ca\u0301.hashiya.jsonld", Writer("c\u00e1")),
])
def test_whose_a_name_is(name: str, writer: Writer) -> None:
    assert parse_writer(name) == writer


@pytest.mark.parametrize("name", [
    "notes.jsonld", ".hashiya.jsonld", "%20.hashiya.jsonld", ".syncthing.زهرا.hashiya.jsonld.tmp",
    "~$زهرا.hashiya.jsonld", ".~lock.زهرا.hashiya.jsonld#", "زهرا.hashiya.jsonld.part", ".زهرا.hashiya.jsonld",
])
def test_names_that_are_nobodys(name: str) -> None:
    assert parse_writer(name) is None or is_temporary(name)
    assert not is_annotation_file(name) or parse_writer(name) is None


def test_temporary_names() -> None:
    for name in (".syncthing.all.jsonld.tmp", "~$x.jsonld", ".hashiya-abc.tmp", "all.jsonld.partial",
                 "all.jsonld.crdownload", "desktop.ini", "Thumbs.db", "all.jsonld~"):
        assert is_temporary(name)
    assert not is_temporary("all.jsonld") and is_annotation_file("3f.jsonld")


@given(st.text(min_size=1, max_size=40).filter(lambda s: author_problem(s) is None))
def test_every_author_name_survives_its_folder_name(author: str) -> None:
    folder = writer_folder(author, LIBRARY)
    assert "/" not in folder and "\\" not in folder and ":" not in folder
    assert not folder.startswith((".", "~"))
    writer = parse_writer(folder)
    assert writer is not None and writer.library_id == LIBRARY and not writer.decoration
    from reader.core.team_layout import clean_author

    assert writer.author == clean_author(author)


def test_persian_names_stay_readable_in_folder_names() -> None:
    assert writer_folder(" زهرا احمدی ", LIBRARY) == f"زهرا احمدی@{LIBRARY}.hashiya"
    assert writer_folder("a/b:c", LIBRARY) == f"a%2Fb%3Ac@{LIBRARY}.hashiya"
    with pytest.raises(ValueError):
        writer_folder("a", "not-an-id")


def test_author_problems() -> None:
    assert author_problem("زهرا") is None
    assert author_problem("  ") == (messages.TEAM_AUTHOR_EMPTY, ())
    assert author_problem("a\nb") == (messages.TEAM_AUTHOR_CONTROL, ())
    assert author_problem("x" * 101) == (messages.TEAM_AUTHOR_TOO_LONG, (100,))


def test_shards_by_count_and_uuid() -> None:
    assert [shard_width(n) for n in (0, 2_000, 2_001, 32_000, 32_001, 1_000_000)] == [0, 0, 1, 1, 2, 2]
    uuid = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert [shard_of(uuid, w) for w in (0, 1, 2)] == ["all", "3", "3f"]
    assert shard_of("ZZZ", 2) == "00"
    assert [shard_of_file(n) for n in ("all.jsonld", "3.jsonld", "3f.jsonld", "3f (1).jsonld", "x.jsonld")] == [
        "all", "3", "3f", None, None]


def test_times() -> None:
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    assert time_problem("2026-12-02T12:04:00+00:00", now) is None
    assert time_problem("2026-12-02T12:06:00+00:00", now) == "ahead"
    assert time_problem("2026-12-02T15:30:00+03:30", now) is None  # the same instant in Tehran
    assert time_problem("2026-12-02T16:30:00+03:30", now) == "ahead"
    assert time_problem("2026-12-02T12:00:00", now) is None  # no zone: UTC
    assert time_problem("", now) == time_problem("دیروز", now) == "invalid"
    assert time_problem((now - timedelta(days=400)).isoformat(), now) is None

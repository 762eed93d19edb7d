"""Two and three libraries syncing through one team folder: real libraries, real files."""

from __future__ import annotations

import re

import json
import shutil
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core import messages
from reader.core.exchange.w3c import write_jsonld
from reader.services.library import Library
from reader.services.team import sync as team_sync
from tests.services.helpers import dari_page

PHRASES = ("گزارش‌ها نادرست است", "صدای انفجار", "سخنگوی ولایت")


def soon(minutes: int) -> str:
    """A modification time a little later than now, within the clock tolerance."""
    return (datetime.now(UTC) + timedelta(minutes=minutes)).isoformat(timespec="milliseconds")


class Member:
    """One colleague: a library of their own with the shared article(s), and the team folder."""

    def __init__(self, root: Path, name: str, author: str, pages: tuple[int, ...] = (3,)) -> None:
        folder = root / f"{name}-news"
        folder.mkdir(parents=True)
        for number in pages:
            (folder / f"{number}.txt").write_text(dari_page(number), encoding="utf-8")
        self.library = Library(root / f"{name}.sqlite")
        self.library.import_paths([folder])
        self.author = author
        self.team = root / "team"
        self.team.mkdir(exist_ok=True)

    @property
    def transport(self):
        return self.library.team.open_folder(str(self.team), self.author)

    def sync(self, **options):
        return self.library.team.sync(self.transport, **options)

    def article(self, number: int = 3):
        for article_id in self.library.article_ids():
            article = self.library.article(article_id)
            if f"شماره {number}:" in article.title:
                return article
        raise AssertionError(f"no article {number}")

    def annotate(self, phrase: str, note: str = "", number: int = 3):
        article = self.article(number)
        start = article.text.index(phrase)
        tag = self.library.annotations.tag_by_name("ادعا")
        return self.library.annotations.create(article.id, start, start + len(phrase), [tag.id], note, self.author)

    def notes(self) -> dict[str, tuple[str, str, bool]]:
        """uuid → (author, note, deleted), tombstones included."""
        return {a.uuid: (a.author, a.note, a.deleted) for a in self.library.exchange.collect().annotations}

    @property
    def writer_folder(self) -> Path:
        return self.team / self.transport.own_folder


@pytest.fixture
def members(tmp_path):
    made: list[Member] = []

    def make(name: str, author: str, pages: tuple[int, ...] = (3,)) -> Member:
        member = Member(tmp_path, name, author, pages)
        made.append(member)
        return member

    yield make
    for member in made:
        member.library.close()


def write_file(path: Path, member: Member, **changes) -> None:
    """A file holding `member`'s annotations, each with `changes` applied."""
    data = member.library.exchange.collect(author=member.author)
    annotations = tuple(replace(a, **changes) for a in data.annotations)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(write_jsonld(replace(data, annotations=annotations, cues=())), encoding="utf-8")


def test_two_libraries_exchange_annotations_both_ways(members) -> None:
    zahra, farid = members("zahra", "زهرا"), members("farid", "Farid")
    mine = zahra.annotate(PHRASES[0], "یادداشت زهرا")
    theirs = farid.annotate(PHRASES[1])
    first = zahra.sync()
    assert first.written == [f"{zahra.transport.own_folder}/all.jsonld"] and not first.files
    report = farid.sync()
    assert report.added == [mine.uuid] and report.by_author() == {"زهرا": (1, 0, 0)}
    assert zahra.sync().added == [theirs.uuid]
    assert zahra.notes() == farid.notes() == {mine.uuid: ("زهرا", "یادداشت زهرا", False),
                                              theirs.uuid: ("Farid", "", False)}
    again = farid.sync()
    assert again.files == [] and again.written == [] and again.unchanged_files == 1  # zahra's file, unchanged
    # Each writes only its own author's annotations, into a folder named for author and library.
    names = sorted(p.relative_to(zahra.team).as_posix() for p in zahra.team.rglob("*.jsonld"))
    assert names == sorted([f"{zahra.transport.own_folder}/all.jsonld", f"{farid.transport.own_folder}/all.jsonld"])
    written = json.loads((zahra.writer_folder / "all.jsonld").read_text(encoding="utf-8"))
    assert [item["creator"]["name"] for item in written["first"]["items"]] == ["زهرا"]


def test_three_libraries_concurrent_edits_and_a_delete(members) -> None:
    zahra, farid, parwana = members("zahra", "زهرا"), members("farid", "Farid"), members("parwana", "Parwana")
    a = zahra.annotate(PHRASES[0], "نسخه اول")
    b = farid.annotate(PHRASES[1], "فرید")
    for member in (zahra, farid, parwana, zahra):
        member.sync()
    assert set(parwana.notes()) == {a.uuid, b.uuid}
    # Concurrently, offline: zahra edits hers, farid edits his and deletes nothing of hers (he may not).
    zahra.library.annotations.set_note(a.uuid, "نسخه دوم")
    farid.library.annotations.set_note(b.uuid, "فرید، ویرایش شده")
    zahra.sync()
    farid.sync()
    report = parwana.sync()
    assert sorted(report.updated) == sorted([a.uuid, b.uuid])
    assert report.by_author() == {"زهرا": (0, 1, 0), "Farid": (0, 1, 0)}
    zahra.sync()
    expected = {a.uuid: ("زهرا", "نسخه دوم", False), b.uuid: ("Farid", "فرید، ویرایش شده", False)}
    assert zahra.notes() == farid.notes() == parwana.notes() == expected
    # A delete travels as a tombstone.
    zahra.library.annotations.delete(a.uuid)
    zahra.sync()
    gone = parwana.sync()
    assert gone.deleted == [a.uuid] and gone.by_author() == {"زهرا": (0, 0, 1)}
    farid.sync()
    assert farid.notes()[a.uuid] == ("زهرا", "نسخه دوم", True)


def test_the_later_edit_of_one_author_on_two_machines_wins(members) -> None:
    office, laptop = members("office", "زهرا"), members("laptop", "زهرا")
    watcher = members("farid", "Farid")
    assert office.transport.own_folder != laptop.transport.own_folder  # one folder per library
    made = office.annotate(PHRASES[0], "از دفتر")
    office.sync()
    laptop.sync()
    assert laptop.notes()[made.uuid] == ("زهرا", "از دفتر", False)  # her own, from her other machine
    office.library.annotations.set_note(made.uuid, "دفتر، بعد")
    time.sleep(0.005)
    laptop.library.annotations.set_note(made.uuid, "لپ‌تاپ، بعدتر")
    office.sync()
    laptop.sync()
    assert office.sync().updated == [made.uuid]
    watcher.sync()
    for member in (office, laptop, watcher):
        assert member.notes()[made.uuid] == ("زهرا", "لپ‌تاپ، بعدتر", False)
    # Neither machine clobbered the other's file: each wrote its own, and each now holds the winner.
    for member in (office, laptop):
        office.sync()
        text = (member.writer_folder / "all.jsonld").read_text(encoding="utf-8")
        assert "لپ‌تاپ، بعدتر" in text


def test_a_conflicted_copy_is_merged_as_its_authors(members) -> None:
    zahra, farid = members("zahra", "زهرا"), members("farid", "Farid")
    made = zahra.annotate(PHRASES[0], "اصل")
    zahra.sync()
    farid.sync()
    later = soon(1)
    write_file(zahra.writer_folder / "all (conflicted copy 2026-06-01).jsonld", zahra, note="نسخه نسخه‌برداری", modified=later)
    report = farid.sync()
    assert report.updated == [made.uuid] and report.by_author() == {"زهرا": (0, 1, 0)}
    assert farid.notes()[made.uuid] == ("زهرا", "نسخه نسخه‌برداری", False)
    # A single file with a sync engine's decoration is hers too, and so is a Syncthing conflict copy.
    write_file(zahra.team / "زهرا.hashiya (conflicted copy 2026-12-02).jsonld", zahra, note="سوم",
               modified=soon(2))
    write_file(zahra.writer_folder / "all.sync-conflict-20260801-101010-ABCDEFG.jsonld", zahra, note="چهارم",
               modified=soon(3))
    report = farid.sync()
    assert len(report.files) == 2 and not report.refused
    assert farid.notes()[made.uuid][1] == "چهارم"
    # Zahra's own library takes the copies too (they may come from her other machine), and rewrites hers.
    mine = zahra.sync()
    assert zahra.notes()[made.uuid][1] == "چهارم" and mine.written


def test_a_file_speaks_only_for_its_author(members) -> None:
    zahra, farid, mallory = members("zahra", "زهرا"), members("farid", "Farid"), members("mallory", "Mallory")
    made = zahra.annotate(PHRASES[0], "اصل")
    zahra.sync()
    mallory.sync()
    farid.sync()
    before = farid.notes()
    future = soon(1)
    # Signed زهرا, in Mallory's file: a forged creator.
    write_file(mallory.team / "Mallory.hashiya.jsonld", zahra, note="جعلی", modified=future)
    report = farid.sync()
    assert [n.template for n in report.refused] == [messages.TEAM_FORGED_CREATOR] and report.refused_anything
    assert "Mallory.hashiya.jsonld" in str(report.refused[0]) and farid.notes() == before
    # Signed Mallory, but an annotation of زهرا's: changing it, or deleting it, is refused.
    write_file(mallory.team / "Mallory.hashiya.jsonld", zahra, author="Mallory", note="تغییر", modified=future)
    write_file(mallory.team / "Mallory@0123456789abcdef0123456789abcdef.hashiya" / "all.jsonld", zahra,
               author="Mallory", deleted=True, modified=future)
    report = farid.sync()
    assert [n.template for n in report.refused] == [messages.TEAM_NOT_THEIRS] * 2
    assert farid.notes() == before and farid.notes()[made.uuid] == ("زهرا", "اصل", False)


def test_times_from_a_clock_ahead_or_not_times_at_all_are_refused(members) -> None:
    zahra, farid = members("zahra", "زهرا"), members("farid", "Farid")
    zahra.annotate(PHRASES[0])
    zahra.annotate(PHRASES[1])
    data = zahra.library.exchange.collect(author="زهرا")
    ahead, broken = data.annotations
    data = replace(data, annotations=(replace(ahead, modified="2099-01-01T00:00:00+00:00"),
                                      replace(broken, modified="2001-02-03T04:05:06+00:00")), cues=())
    # Our writer leaves out a time that is not one: another tool's file may well carry it.
    text = re.sub(r'"2001-02-03T04:05:06[^"]*"', '"دیروز"', write_jsonld(data))
    (zahra.team / "زهرا.hashiya.jsonld").write_text(text, encoding="utf-8")
    report = farid.sync()
    assert sorted(n.template for n in report.refused) == sorted([messages.TEAM_TIME_AHEAD, messages.TEAM_TIME_INVALID])
    assert farid.notes() == {}


def test_a_half_written_file_waits_and_is_never_half_merged(members, monkeypatch) -> None:
    zahra, farid = members("zahra", "زهرا"), members("farid", "Farid")
    for phrase in PHRASES:
        zahra.annotate(phrase)
    zahra.sync()
    shard = zahra.writer_folder / "all.jsonld"
    whole = shard.read_bytes()
    shard.write_bytes(whole[: len(whole) // 2])  # a sync engine half-way through writing it in place
    report = farid.sync()
    assert report.in_progress == [shard.relative_to(zahra.team).as_posix()] and not report.damaged
    assert farid.notes() == {} and not report.refused_anything
    assert farid.sync().in_progress  # still waiting, still nothing merged
    shard.write_bytes(whole)
    report = farid.sync()
    assert len(report.added) == 3 and not report.in_progress
    # One that stays broken is told once as damaged, then left alone until it changes.
    monkeypatch.setattr(team_sync, "SETTLE_SECONDS", 0.0)
    (zahra.team / "زهرا.hashiya.jsonld").write_bytes(whole[:100])
    damaged = farid.sync()
    assert [n.subject for n in damaged.damaged] == ["زهرا.hashiya.jsonld"] and damaged.refused_anything
    quiet = farid.sync()
    assert not quiet.damaged and not quiet.in_progress


def test_temporary_and_foreign_names_are_left_alone(members) -> None:
    zahra, farid = members("zahra", "زهرا"), members("farid", "Farid")
    zahra.annotate(PHRASES[0])
    zahra.sync()
    shard = (zahra.writer_folder / "all.jsonld").read_bytes()
    for name in (".syncthing.all.jsonld.tmp", "~$زهرا.hashiya.jsonld", ".زهرا.hashiya.jsonld", "notes.jsonld",
                 "زهرا.hashiya.jsonld.part"):
        (zahra.team / name).write_bytes(shard[:50])
    (zahra.writer_folder / ".hashiya-1234.tmp").write_bytes(shard[:50])
    report = farid.sync()
    assert len(report.files) == 1 and not report.in_progress and not report.damaged and len(report.added) == 1


def test_an_unmounted_folder_is_waited_for_and_never_recreated(members) -> None:
    zahra, farid = members("zahra", "زهرا"), members("farid", "Farid")
    zahra.annotate(PHRASES[0])
    zahra.sync()
    away = zahra.team.with_name("team-unmounted")
    zahra.team.rename(away)
    zahra.annotate(PHRASES[1])
    report = zahra.sync()
    assert not report.available and [n.template for n in report.problems] == [messages.TEAM_FOLDER_UNAVAILABLE]
    assert not zahra.team.exists()  # nothing written where the drive would be mounted
    assert not report.refused_anything
    assert not farid.sync().available
    away.rename(zahra.team)
    assert zahra.sync().written
    assert len(farid.sync().added) == 2


def test_only_changed_files_are_read(members) -> None:
    zahra, farid, parwana = members("zahra", "زهرا"), members("farid", "Farid"), members("parwana", "Parwana")
    zahra.annotate(PHRASES[0])
    farid.annotate(PHRASES[1])
    zahra.sync()
    farid.sync()
    first = parwana.sync()
    assert len(first.files) == 2
    assert parwana.sync().files == []
    farid.annotate(PHRASES[2])
    farid.sync()
    report = parwana.sync()
    assert [f.author for f in report.files] == ["Farid"] and report.unchanged_files == 1
    # Touched but the same bytes: seen, not merged again.
    shard = zahra.writer_folder / "all.jsonld"
    shard.write_bytes(shard.read_bytes())
    assert parwana.sync().files == []
    assert len(parwana.sync(reread=True).files) == 2


def test_shards_grow_with_the_count_and_narrower_ones_go(members, monkeypatch) -> None:
    from reader.core import team_layout

    monkeypatch.setattr(team_layout, "SHARD_LIMITS", ((2, 0), (100, 1)))
    zahra, farid = members("zahra", "زهرا"), members("farid", "Farid")
    made = [zahra.annotate(PHRASES[0]), zahra.annotate(PHRASES[1])]
    zahra.sync()
    assert sorted(p.name for p in zahra.writer_folder.iterdir()) == ["all.jsonld"]
    made.append(zahra.annotate(PHRASES[2]))
    report = zahra.sync()
    shards = sorted({m.uuid[0] + ".jsonld" for m in made})
    assert sorted(p.name for p in zahra.writer_folder.iterdir()) == shards
    assert report.removed == [f"{zahra.transport.own_folder}/all.jsonld"]
    farid.sync()
    assert set(farid.notes()) == {m.uuid for m in made}
    # A later change rewrites only its own shard.
    zahra.library.annotations.set_note(made[0].uuid, "تازه")
    assert zahra.sync().written == [f"{zahra.transport.own_folder}/{made[0].uuid[0]}.jsonld"]


def test_missing_articles_are_listed_then_brought_in_from_shared_texts(members) -> None:
    zahra = members("zahra", "زهرا", pages=(3, 4))
    farid = members("farid", "Farid", pages=(3,))
    zahra.annotate(PHRASES[1], number=3)
    lacking = zahra.annotate(PHRASES[1], number=4)
    zahra.annotate(PHRASES[0], number=4)
    zahra.sync()
    report = farid.sync()
    assert len(report.added) == 1 and report.files[0].waiting == 2 and not report.refused_anything
    (missing,) = report.missing
    assert missing.title == zahra.article(4).title and missing.authors == ("زهرا",) and missing.annotations == 2
    assert farid.library.team.missing_articles(str(farid.team)) == report.missing
    # No shared texts yet: nothing to bring in.
    assert farid.library.team.import_shared_texts(farid.transport).imported == ()
    zahra.library.exchange.export("qdpx", zahra.team / "زهرا-texts.qdpx", author="زهرا")
    texts = farid.library.team.import_shared_texts(farid.transport)
    assert texts.imported == (zahra.article(4).title,) and texts.still_missing == 0
    assert lacking.uuid in texts.sync.added and len(texts.sync.added) == 2
    assert farid.sync().missing == []


def test_an_article_imported_by_hand_lets_waiting_annotations_in(members) -> None:
    zahra = members("zahra", "زهرا", pages=(3, 4))
    farid = members("farid", "Farid", pages=(3,))
    waiting = zahra.annotate(PHRASES[1], number=4)
    zahra.sync()
    assert farid.sync().missing
    assert farid.sync(recheck=True).files == []  # the article is still not here: nothing to read again
    source = farid.team.parent / "later"
    source.mkdir()
    (source / "4.txt").write_text(dari_page(4), encoding="utf-8")
    farid.library.import_paths([source])
    report = farid.sync(recheck=True)
    assert report.added == [waiting.uuid] and report.missing == []


def test_a_file_of_ours_replaced_behind_our_back_is_merged_then_rewritten(members) -> None:
    zahra = members("zahra", "زهرا")
    made = zahra.annotate(PHRASES[0], "مال من")
    zahra.sync()
    shard = zahra.writer_folder / "all.jsonld"
    write_file(shard, zahra, note="از نسخه‌ی دیگر همین کتابخانه", modified=soon(1))
    report = zahra.sync()
    assert report.updated == [made.uuid] and report.written == [shard.relative_to(zahra.team).as_posix()]
    assert zahra.notes()[made.uuid][1] == "از نسخه‌ی دیگر همین کتابخانه"


def test_author_names_are_checked(members) -> None:
    zahra = members("zahra", "زهرا")
    for name in ("", "  ", "a\nb", "x" * 101):
        with pytest.raises(team_sync.TeamError):
            zahra.library.team.open_folder(str(zahra.team), name)


def test_the_folder_setting_and_the_library_id_live_in_the_library(members, tmp_path) -> None:
    zahra = members("zahra", "زهرا")
    team = zahra.library.team
    library_id = team.library_id()
    assert len(library_id) == 32 and team.folder() is None
    team.set_folder(str(tmp_path / "team"))
    zahra.library.close()
    zahra.library = Library(tmp_path / "zahra.sqlite")
    assert zahra.library.team.library_id() == library_id
    assert zahra.library.team.folder() == str(tmp_path / "team")
    copy = tmp_path / "copy.sqlite"
    shutil.copy(tmp_path / "zahra.sqlite", copy)
    fresh = Library(tmp_path / "fresh.sqlite")
    try:
        assert fresh.team.library_id() != library_id
    finally:
        fresh.close()

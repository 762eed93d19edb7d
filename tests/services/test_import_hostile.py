"""Files an import must survive: names that are not UTF-8, things that are not files, sizes that lie."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from reader.core import messages
from reader.core.errors import BadInputError
from reader.core.files import read_at_most, read_regular
from reader.core.untrusted import printable_name
from reader.services import importer
from reader.services.importer import import_paths
from reader.services.sources import SourceFile, list_sources
from reader.storage import articles_repo
from tests.services.helpers import dari_page


def test_a_name_that_is_not_utf8_is_imported_under_an_escaped_name(db, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(dari_page(1), encoding="utf-8")
    # Windows-1256 bytes in a file name, as an old archive unpacked on Linux leaves them.
    with open(os.path.join(os.fsencode(folder), "خبر".encode("cp1256") + b".txt"), "wb") as handle:
        handle.write(dari_page(2).encode("utf-8"))
    report = import_paths(db, [folder])
    assert not report.failed and len(report.imported) == 2
    assert {r.source for r in articles_repo.iter_current(db)} == {"news/good.txt", "news/\\xce\\xc8\\xd1.txt"}
    assert import_paths(db, [folder]).unchanged == 2  # the escaped name is stable


def test_printable_name_escapes_only_what_is_not_utf8() -> None:
    assert printable_name("خبر.txt") == "خبر.txt"
    assert printable_name(os.fsdecode(b"a\xe9b.txt")) == "a\\xe9b.txt"
    assert printable_name("lone \ud800") == "lone \\ud800"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_only_regular_files_are_read(db, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(dari_page(1), encoding="utf-8")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.zip")
    (tmp_path / "elsewhere.txt").write_text(dari_page(2), encoding="utf-8")
    os.symlink(tmp_path / "elsewhere.txt", folder / "link.txt")  # a link to a regular file is read
    report = import_paths(db, [folder, tmp_path / "pipe-given.txt", "/dev/zero"])
    reasons = {f.source: str(f) for f in report.failed}
    for name in ("news/zero.txt", "news/pipe.txt", "news/pipe.zip"):
        assert reasons[name] == f"{name}: not a regular file (a device, a named pipe or a socket), so it was not read"
    assert reasons["/dev/zero"] == "/dev/zero: not a regular file or folder"
    assert len(report.imported) == 2


def test_the_size_is_checked_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:  # sparse: 100 GB on paper; reading it first would never end
        handle.truncate(100 * 1024**3)
    listing = list_sources([huge])
    assert not listing.files
    assert str(listing.failures[0]) == "huge.txt: too large for one article (102,400 MB; the limit is 10 MB)"
    with pytest.raises(BadInputError, match="too large"):
        read_regular(huge, "huge.txt", 1024, BadInputError, _too_large)


def _too_large(size: int) -> BadInputError:
    return BadInputError(messages.FILE_TOO_LARGE, "x", size, 1)


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux /proc")
def test_a_file_larger_than_its_stated_size_is_still_cut_at_the_limit() -> None:
    # /proc files say they are empty (st_size 0) and then give kilobytes: a size that lies.
    assert os.stat("/proc/self/maps").st_size == 0
    with pytest.raises(BadInputError, match="too large"):
        read_regular("/proc/self/maps", "maps", 100, BadInputError, _too_large)
    assert len(read_regular("/proc/self/maps", "maps", 10**7, BadInputError, _too_large)) > 100


class _Endless(io.RawIOBase):
    """A stream that never ends (what /dev/zero is), counting what was taken from it."""

    taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.taken += len(buffer)
        return len(buffer)


def test_reads_stop_one_byte_past_the_limit() -> None:
    stream = _Endless()
    with pytest.raises(BadInputError, match="too large"):
        read_at_most(stream, 3 * 1024 * 1024, _too_large)
    assert stream.taken == 3 * 1024 * 1024 + 1


def test_a_zip_member_over_its_limit_is_refused_before_it_is_read(db, tmp_path: Path) -> None:
    archive_path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.txt", b" " * (11 * 1024 * 1024))
        archive.writestr("many.jsonl", b" " * (11 * 1024 * 1024))  # a collection file may be larger
        archive.writestr("small.txt", dari_page(1))
    listing = list_sources([archive_path])
    assert [f.member for f in listing.files] == ["many.jsonl", "small.txt"]
    assert str(listing.failures[0]) == "bundle.zip/big.txt: too large for one article (11 MB; the limit is 10 MB)"


def test_chunks_are_cut_by_count_and_by_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "CHUNK_SIZE", 3)
    monkeypatch.setattr(importer, "CHUNK_BYTES", 100)
    files = [SourceFile(str(n), "c", str(n), size=size) for n, size in enumerate([10, 10, 10, 10, 60, 50, 500, 1])]
    chunks = [[int(f.name) for f in chunk] for chunk in importer._chunks(files)]
    assert chunks == [[0, 1, 2], [3, 4], [5], [6], [7]]  # a file larger than the budget is a chunk alone


def test_members_are_read_by_the_worker_that_parses_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.storage.database import open_database

    monkeypatch.setattr(importer, "PARALLEL_THRESHOLD", 2)
    archive_path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        for n in range(12):
            archive.writestr(f"part/{n}.txt", dari_page(n))
        archive.writestr("part/empty.txt", b"")
    db = open_database(tmp_path / "lib.sqlite")
    report = import_paths(db, [archive_path], workers=2)
    assert len(report.imported) == 12
    assert [str(f) for f in report.failed] == ["bundle.zip/part/empty.txt: the file is empty"]
    db.close()

"""Finding the files an import reads: folders, loose files and zip archives, safely.

Only regular files are read (a link to one counts): a device or a named pipe called `x.txt` is
refused with a message, never opened. Each file's size is checked against its format's limit
before anything is read, and reads are counted as they go (`reader.core.files`). A file name that
is not valid UTF-8 is shown, and stored, with the bad bytes escaped (`\\xe9`).
"""

from __future__ import annotations

import math
import os
import stat
import zipfile
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from reader.core import messages
from reader.core.errors import BadInputError, Message, Notice
from reader.core.files import MB, is_regular, open_regular, read_at_most, read_regular
from reader.core.untrusted import printable_name
from reader.core.formats import (
    ARCHIVE_SUFFIXES, ARTICLE_SUFFIXES, is_article_file, is_collection_file, max_file_bytes, suffix_of,
)
from reader.core.record import Record

MAX_ARCHIVE_MEMBERS = 500_000
# What a path given to an import may be, for the message that refuses anything else.
_ACCEPTED = ", ".join(sorted(ARTICLE_SUFFIXES | ARCHIVE_SUFFIXES))
# Zip errors besides BadZipFile that a damaged or hostile archive can provoke in zipfile.
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError)


@dataclass(frozen=True, slots=True)  # an import lists every file before it reads one: keep them small
class SourceFile:
    """One file to read: `name` is its stable name in the collection (printable), `path` where it is,
    `member` its name inside the zip archive at `path`, `size` its size when it was listed."""

    name: str
    collection: str
    path: str
    member: str | None = None
    size: int = 0


class ImportFailure(Notice):
    """A file an import could not read: its name (`source`), and why, translatable (see `Notice`)."""

    @property
    def source(self) -> str:
        return self.subject


class SourceListing(Record, frozen=False):
    files: list[SourceFile]
    failures: list[ImportFailure]
    ignored: int = 0

    def add(self, source: SourceFile) -> None:
        """`source`, unless its size is over its format's limit (then refused before it is read)."""
        limit = max_file_bytes(source.name)
        if source.size > limit:
            self.failures.append(ImportFailure.from_error(source.name, too_large(source.name, source.size, limit)))
        else:
            self.files.append(source)

    def fail(self, subject: str, template: Message, *arguments: object) -> None:
        self.failures.append(ImportFailure.of(subject, template, *arguments))


def list_sources(paths: list[str | Path], collection: str | None = None) -> SourceListing:
    """Expand the user's paths into article files; `collection` overrides the per-path default."""
    listing = SourceListing([], [])
    collection = printable_name(collection) if collection else collection
    for given in paths:
        path = Path(given)
        shown = printable_name(str(path))
        try:
            info = os.stat(path)
        except FileNotFoundError:
            listing.fail(shown, messages.PATH_MISSING, shown)
            continue
        except OSError as exc:
            listing.fail(shown, messages.FILE_UNREADABLE, shown, exc.strerror or exc)
            continue
        if stat.S_ISDIR(info.st_mode):
            _add_folder(listing, path, collection or printable_name(path.resolve().name) or "library")
        elif not is_regular(info.st_mode):
            listing.fail(shown, messages.PATH_NOT_FILE, shown)
        elif suffix_of(path.name) in ARCHIVE_SUFFIXES:
            _add_archive(listing, path, collection or printable_name(path.stem), prefix=printable_name(path.name))
        elif is_article_file(path.name):
            name = collection or printable_name(path.resolve().parent.name) or "library"
            listing.add(SourceFile(printable_name(path.name), name, str(path), size=info.st_size))
        else:
            listing.fail(shown, messages.FILE_UNSUPPORTED, shown, _ACCEPTED)
    return listing


def _add_folder(listing: SourceListing, root: Path, collection: str) -> None:
    prefix = printable_name(root.resolve().name)
    for folder, dirs, names in os.walk(root, onerror=lambda e: listing.fail(
        printable_name(str(e.filename)), messages.FOLDER_UNREADABLE, printable_name(str(e.filename)), e.strerror
    )):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        inside = printable_name(Path(os.path.relpath(folder, root)).as_posix())  # once per folder: pathlib is slow
        base = prefix if inside == "." else f"{prefix}/{inside}"
        for name in sorted(names):
            if name.startswith("."):
                continue
            archive = suffix_of(name) in ARCHIVE_SUFFIXES
            if not archive and not is_article_file(name):
                listing.ignored += 1
                continue
            full = os.path.join(folder, name)
            shown = f"{base}/{printable_name(name)}"
            try:
                info = os.stat(full)
            except OSError as exc:  # a link to nowhere, a file removed meanwhile
                listing.fail(shown, messages.FILE_UNREADABLE, shown, exc.strerror or exc)
                continue
            if not is_regular(info.st_mode):
                listing.fail(shown, messages.FILE_NOT_REGULAR, shown)
            elif archive:
                _add_archive(listing, Path(full), collection, prefix=shown)
            else:
                listing.add(SourceFile(shown, collection, full, size=info.st_size))


def unsafe_member_reason(name: str) -> Message | None:
    """Why a zip entry must not be read (a template taking the archive and the entry), or None:
    it must stay inside the archive's folder."""
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or (len(normalized) > 1 and normalized[1] == ":"):
        return messages.ZIP_MEMBER_ABSOLUTE
    if ".." in PurePosixPath(normalized).parts:
        return messages.ZIP_MEMBER_OUTSIDE
    return None


def _add_archive(listing: SourceListing, path: Path, collection: str, prefix: str) -> None:
    try:
        with open_regular(path, prefix, BadInputError) as handle, zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
    except BadInputError as exc:
        listing.failures.append(ImportFailure.from_error(prefix, exc))
        return
    except _ZIP_ERRORS as exc:
        listing.fail(prefix, messages.ZIP_UNREADABLE, prefix, exc)
        return
    if len(members) > MAX_ARCHIVE_MEMBERS:
        listing.fail(prefix, messages.ZIP_TOO_MANY_MEMBERS, prefix, len(members), MAX_ARCHIVE_MEMBERS)
        return
    where = str(path)  # one string for all the archive's members
    for info in members:
        if info.is_dir():
            continue
        name = f"{prefix}/{info.filename}"
        reason = unsafe_member_reason(info.filename)
        if reason:
            listing.fail(name, reason, prefix, repr(info.filename))
        elif not is_article_file(info.filename):
            listing.ignored += 1
        else:
            listing.add(SourceFile(name, collection, where, info.filename, info.file_size))


def too_large(name: str, size: int, limit: int) -> BadInputError:
    template = messages.FILE_COLLECTION_TOO_LARGE if is_collection_file(name) else messages.FILE_TOO_LARGE
    return BadInputError(template, name, math.ceil(size / MB), limit // MB)


class OpenArchives:
    """The zip archives an import is reading, kept open between members: reading the directory of
    an archive of 100,000 members takes a while, so it is done once per process, not per member."""

    def __init__(self, keep: int = 4) -> None:
        self._keep = keep
        self._open: OrderedDict[str, tuple[BinaryIO, zipfile.ZipFile]] = OrderedDict()

    def get(self, path: str, shown: str) -> zipfile.ZipFile:
        if path in self._open:
            self._open.move_to_end(path)
            return self._open[path][1]
        handle = open_regular(path, shown, BadInputError)
        try:
            archive = zipfile.ZipFile(handle)
        except BaseException:
            handle.close()
            raise
        self._open[path] = (handle, archive)
        while len(self._open) > self._keep:
            self._close(self._open.popitem(last=False)[1])
        return archive

    def close(self) -> None:
        while self._open:
            self._close(self._open.popitem()[1])

    @staticmethod
    def _close(pair: tuple[BinaryIO, zipfile.ZipFile]) -> None:
        pair[1].close()
        pair[0].close()


def read_source(source: SourceFile, archives: OpenArchives | None = None) -> bytes:
    """The file's bytes, read in pieces and never more than its format's limit; raises OSError, or
    BadInputError naming the file when it is not a regular file or too large."""
    limit = max_file_bytes(source.name)

    def refuse(size: int) -> BadInputError:
        return too_large(source.name, size, limit)

    if source.member is None:
        return read_regular(source.path, source.name, limit, BadInputError, refuse)
    own = archives is None
    archives = archives or OpenArchives(keep=1)
    try:
        archive = archives.get(source.path, source.name)
        info = archive.getinfo(source.member)
        if info.file_size > limit:
            raise refuse(info.file_size)
        with archive.open(info) as handle:
            return read_at_most(handle, limit, refuse)  # the declared size may lie
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError, KeyError) as exc:
        # a damaged, encrypted or vanished member: that file fails, not the import
        raise BadInputError(messages.FILE_UNREADABLE, source.name, exc) from None
    finally:
        if own:
            archives.close()

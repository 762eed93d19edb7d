"""Finding the files an import reads: folders, loose files and zip archives, safely."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from reader.core import messages
from reader.core.errors import BadInputError, Message, Notice
from reader.core.formats import ARCHIVE_SUFFIXES, ARTICLE_SUFFIXES, is_article_file, suffix_of

# A single news article is kilobytes; anything this large is not one.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ARCHIVE_MEMBERS = 500_000
# What a path given to an import may be, for the message that refuses anything else.
_ACCEPTED = ", ".join(sorted(ARTICLE_SUFFIXES | ARCHIVE_SUFFIXES))


@dataclass(frozen=True)
class SourceFile:
    """One file to read: `name` is its stable name in the collection."""

    name: str
    collection: str
    path: str
    member: str | None = None


class ImportFailure(Notice):
    """A file an import could not read: its name (`source`), and why, translatable (see `Notice`)."""

    @property
    def source(self) -> str:
        return self.subject


@dataclass
class SourceListing:
    files: list[SourceFile]
    failures: list[ImportFailure]
    ignored: int = 0


def list_sources(paths: list[str | Path], collection: str | None = None) -> SourceListing:
    """Expand the user's paths into article files; `collection` overrides the per-path default."""
    listing = SourceListing([], [])
    for given in paths:
        path = Path(given)
        if path.is_dir():
            _add_folder(listing, path, collection or path.resolve().name or "library")
        elif path.is_file():
            if suffix_of(path.name) in ARCHIVE_SUFFIXES:
                _add_archive(listing, path, collection or path.stem, prefix=path.name)
            elif is_article_file(path.name):
                name = collection or path.resolve().parent.name or "library"
                listing.files.append(SourceFile(path.name, name, str(path)))
            else:
                listing.failures.append(ImportFailure.of(str(path), messages.FILE_UNSUPPORTED, path, _ACCEPTED))
        elif path.exists():
            listing.failures.append(ImportFailure.of(str(path), messages.PATH_NOT_FILE, path))
        else:
            listing.failures.append(ImportFailure.of(str(path), messages.PATH_MISSING, path))
    return listing


def _add_folder(listing: SourceListing, root: Path, collection: str) -> None:
    prefix = root.resolve().name
    for folder, dirs, names in os.walk(root, onerror=lambda e: listing.failures.append(
        ImportFailure.of(str(e.filename), messages.FOLDER_UNREADABLE, e.filename, e.strerror)
    )):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        inside = Path(os.path.relpath(folder, root)).as_posix()  # once per folder: pathlib is slow
        base = prefix if inside == "." else f"{prefix}/{inside}"
        for name in sorted(names):
            if name.startswith("."):
                continue
            full = os.path.join(folder, name)
            if suffix_of(name) in ARCHIVE_SUFFIXES:
                _add_archive(listing, Path(full), collection, prefix=f"{base}/{name}")
            elif is_article_file(name):
                listing.files.append(SourceFile(f"{base}/{name}", collection, full))
            else:
                listing.ignored += 1


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
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        listing.failures.append(ImportFailure.of(prefix, messages.ZIP_UNREADABLE, prefix, exc))
        return
    if len(members) > MAX_ARCHIVE_MEMBERS:
        listing.failures.append(
            ImportFailure.of(prefix, messages.ZIP_TOO_MANY_MEMBERS, prefix, len(members), MAX_ARCHIVE_MEMBERS))
        return
    for info in members:
        if info.is_dir():
            continue
        name = f"{prefix}/{info.filename}"
        reason = unsafe_member_reason(info.filename)
        if reason:
            listing.failures.append(ImportFailure.of(name, reason, prefix, repr(info.filename)))
        elif not is_article_file(info.filename):
            listing.ignored += 1
        elif info.file_size > MAX_FILE_BYTES:
            listing.failures.append(ImportFailure.from_error(name, _too_large(name, info.file_size)))
        else:
            listing.files.append(SourceFile(name, collection, str(path), info.filename))


def _too_large(name: str, size: int) -> BadInputError:
    return BadInputError(messages.FILE_TOO_LARGE, name, round(size / 1024 / 1024), MAX_FILE_BYTES // 1024 // 1024)


def read_source(source: SourceFile, archive: zipfile.ZipFile | None = None) -> bytes:
    """The file's bytes; raises OSError, or BadInputError naming the file when it is too large."""
    if source.member is None:
        size = os.stat(source.path).st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(source.name, size)
        with open(source.path, "rb") as handle:
            return handle.read()
    own = archive is None
    archive = archive or zipfile.ZipFile(source.path)
    try:
        with archive.open(source.member) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the declared size may lie
    finally:
        if own:
            archive.close()
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(source.name, len(data))
    return data

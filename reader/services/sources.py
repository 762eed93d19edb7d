"""Finding the files an import reads: folders, loose files and zip archives, safely."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from reader.core.formats import ARCHIVE_SUFFIXES, is_article_file, suffix_of

# A single news article is kilobytes; anything this large is not one.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ARCHIVE_MEMBERS = 500_000


@dataclass(frozen=True)
class SourceFile:
    """One file to read: `name` is its stable name in the collection."""

    name: str
    collection: str
    path: str
    member: str | None = None


@dataclass(frozen=True)
class ImportFailure:
    source: str
    reason: str

    def __str__(self) -> str:
        return self.reason if self.reason.startswith(self.source) else f"{self.source}: {self.reason}"


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
                listing.failures.append(ImportFailure(str(path), f"{path}: unsupported file type"))
        elif path.exists():
            listing.failures.append(ImportFailure(str(path), f"{path}: not a regular file or folder"))
        else:
            listing.failures.append(ImportFailure(str(path), f"{path}: no such file or folder"))
    return listing


def _add_folder(listing: SourceListing, root: Path, collection: str) -> None:
    prefix = root.resolve().name
    for folder, dirs, names in os.walk(root, onerror=lambda e: listing.failures.append(
        ImportFailure(str(e.filename), f"{e.filename}: cannot read folder ({e.strerror})")
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


def unsafe_member_reason(name: str) -> str | None:
    """Why a zip entry must not be read, or None: it must stay inside the archive's folder."""
    normalized = name.replace("\\", "/")
    parts = PurePosixPath(normalized).parts
    if normalized.startswith("/") or (len(normalized) > 1 and normalized[1] == ":") or ".." in parts:
        return "entry points outside the archive"
    return None


def _add_archive(listing: SourceListing, path: Path, collection: str, prefix: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        listing.failures.append(ImportFailure(prefix, f"{prefix}: not a readable zip archive ({exc})"))
        return
    if len(members) > MAX_ARCHIVE_MEMBERS:
        listing.failures.append(ImportFailure(prefix, f"{prefix}: too many entries ({len(members):,})"))
        return
    for info in members:
        if info.is_dir():
            continue
        name = f"{prefix}/{info.filename}"
        reason = unsafe_member_reason(info.filename)
        if reason:
            listing.failures.append(ImportFailure(name, f"{name}: {reason}"))
        elif not is_article_file(info.filename):
            listing.ignored += 1
        elif info.file_size > MAX_FILE_BYTES:
            listing.failures.append(ImportFailure(name, f"{name}: {_too_large(info.file_size)}"))
        else:
            listing.files.append(SourceFile(name, collection, str(path), info.filename))


def _too_large(size: int) -> str:
    return f"too large for one article ({size / 1024 / 1024:.0f} MB; the limit is {MAX_FILE_BYTES // 1024 // 1024} MB)"


def read_source(source: SourceFile, archive: zipfile.ZipFile | None = None) -> bytes:
    """The file's bytes; raises OSError or ValueError with a message naming the file."""
    if source.member is None:
        size = os.stat(source.path).st_size
        if size > MAX_FILE_BYTES:
            raise ValueError(f"{source.name}: {_too_large(size)}")
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
        raise ValueError(f"{source.name}: {_too_large(len(data))}")
    return data

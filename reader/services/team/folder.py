"""A team folder that a sync engine (Syncthing, Nextcloud, Dropbox, OneDrive, a network share) keeps in
step between colleagues' machines: Hashiya only reads and writes files there, safely.

Writes go to a hidden temporary file in this library's own folder, are flushed to disk and renamed
over the old file, so a colleague's machine (and the sync engine) sees the old file or the new one,
never half of one. The team folder itself is never created: when it is missing — an unmounted drive
whose empty mount point would otherwise take our files — the place is unavailable until it is back.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reader.core import messages
from reader.core.exchange.common import DEFAULT_LIMITS
from reader.core.exchange.model import ExchangeFormatError
from reader.core.team_layout import (
    Writer, clean_author, is_annotation_file, is_temporary, is_texts_file, parse_writer, shard_file, shard_of_file,
    writer_folder,
)
from reader.services.team.transport import Document, Listing, NotReady, TeamPlaceUnavailable, TeamWriteError

NO_WRITER = Writer("")


def place_of(folder: str | os.PathLike[str]) -> str:
    """The place a folder transport over `folder` remembers its files by: its absolute path."""
    return os.path.abspath(folder)


class FolderTransport:
    """A local or mounted folder shared through a sync engine."""

    def __init__(self, folder: str | os.PathLike[str], author: str, library_id: str) -> None:
        self.place = place_of(folder)
        self.folder = Path(self.place)
        self.author = clean_author(author)
        self.own_folder = writer_folder(self.author, library_id)
        self._own = Writer(self.author, library_id)

    # Listing ---------------------------------------------------------------------------------------------
    def documents(self) -> Listing:
        try:
            top = list(os.scandir(self.folder))
        except OSError as error:
            raise TeamPlaceUnavailable(messages.TEAM_FOLDER_UNAVAILABLE, self.place, error.strerror or error) from None
        annotations: list[Document] = []
        texts: list[Document] = []
        watch = [self.place]
        for entry in top:
            if is_temporary(entry.name):
                continue
            try:
                if entry.is_dir():
                    writer = parse_writer(entry.name)
                    if writer is not None:
                        if entry.name != self.own_folder:  # our own writes need no news of themselves
                            watch.append(entry.path)
                        self._list_writer_folder(entry, writer, annotations, texts)
                elif entry.is_file():
                    self._list_file(entry, entry.name, parse_writer(entry.name), None, annotations, texts)
            except OSError:
                continue  # it went away while we looked (a sync engine renaming): the next round sees it
        return Listing(tuple(annotations), tuple(texts), tuple(watch))

    def _list_writer_folder(self, folder: os.DirEntry[str], writer: Writer, annotations: list[Document],
                            texts: list[Document]) -> None:
        ours = writer.key == self._own.key and not writer.decoration
        for entry in os.scandir(folder.path):
            if entry.is_file():
                shard = shard_of_file(entry.name) if ours else None
                self._list_file(entry, f"{folder.name}/{entry.name}", writer, shard, annotations, texts)

    def _list_file(self, entry: os.DirEntry[str], name: str, writer: Writer | None, shard: str | None,
                   annotations: list[Document], texts: list[Document]) -> None:
        if is_annotation_file(entry.name) and writer is not None:
            stat = entry.stat()
            annotations.append(Document(name, writer, stat.st_size, str(stat.st_mtime_ns), shard))
        elif is_texts_file(entry.name):
            stat = entry.stat()
            texts.append(Document(name, writer or NO_WRITER, stat.st_size, str(stat.st_mtime_ns)))

    # Reading ---------------------------------------------------------------------------------------------
    def read(self, document: Document) -> bytes:
        path = self.folder / document.name
        limit = DEFAULT_LIMITS.max_file_bytes
        try:
            with open(path, "rb") as stream:
                before = os.fstat(stream.fileno())
                if (before.st_size, str(before.st_mtime_ns)) != (document.size, document.stamp):
                    raise NotReady(document.name)
                if before.st_size > limit:
                    raise ExchangeFormatError(messages.EXCHANGE_TOO_LARGE, document.name, before.st_size, limit)
                data = stream.read()
            after = os.stat(path)
        except FileNotFoundError:
            raise NotReady(document.name) from None  # renamed or replaced while we looked
        except OSError as error:
            raise ExchangeFormatError(messages.FILE_UNREADABLE, document.name, error.strerror or error) from None
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or len(data) != before.st_size:
            raise NotReady(document.name)  # written to while we read it
        return data

    # Writing our own shards ------------------------------------------------------------------------------
    def write(self, shard: str, data: bytes) -> Document:
        folder = self.folder / self.own_folder
        target = folder / shard_file(shard)
        try:
            folder.mkdir(exist_ok=True)  # ours only: never the team folder, whose absence means "unmounted"
            handle, temporary = tempfile.mkstemp(prefix=".hashiya-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                    stream.flush()
                    os.fsync(stream.fileno())
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            stat = os.stat(target)
        except OSError as error:
            if not self.folder.is_dir():
                raise TeamPlaceUnavailable(messages.TEAM_FOLDER_UNAVAILABLE, self.place,
                                           error.strerror or error) from None
            raise TeamWriteError(messages.TEAM_CANNOT_WRITE, target, error.strerror or error) from None
        return Document(f"{self.own_folder}/{target.name}", self._own, stat.st_size, str(stat.st_mtime_ns), shard)

    def remove(self, document: Document) -> None:
        if document.shard is None:
            raise ValueError(f"{document.name} is not one of this library's shards")
        try:
            (self.folder / document.name).unlink(missing_ok=True)
        except OSError as error:
            raise TeamWriteError(messages.TEAM_CANNOT_WRITE, document.name, error.strerror or error) from None

"""The one interface between team sync and the place a team's annotation files live.

A transport lists documents (each with its writer and a stamp that changes whenever its content
does), reads one whole, writes one of this library's own shards atomically, and removes one of its
own. Sync never looks behind it: names, folders and file times are the folder transport's business;
a Web Annotation Protocol transport would map the same calls onto a container's pages and ETags.
"""

from __future__ import annotations

from dataclasses import field
from typing import Protocol

from reader.core.errors import HashiyaError
from reader.core.record import Record
from reader.core.team_layout import Writer


class TeamPlaceUnavailable(HashiyaError):
    """The team's place cannot be reached now (an unmounted drive, a server down): wait, tell once."""


class TeamWriteError(HashiyaError):
    """One of this library's files could not be written there; the message says why."""


class NotReady(Exception):
    """The document is being written or synced right now: read it again later, never half of it."""


class Document(Record):
    """One annotation file (or shared text copy) of the team's place."""

    name: str
    """Unique within the place (the folder transport: the path relative to the folder, '/'-separated)."""
    writer: Writer
    """Whose annotations it holds; the file speaks for `writer.author` only."""
    size: int
    stamp: str
    """Changes whenever the content does (a modification time, an ETag)."""
    shard: str | None = None
    """Set when the document is exactly one of this library's own shards (so it wrote it)."""


class Listing(Record):
    annotations: tuple[Document, ...]
    texts: tuple[Document, ...] = ()
    """Shared text copies (REFI-QDA projects), from which missing articles can be brought in."""
    watch: tuple[str, ...] = field(default=())
    """Paths a file-system watcher can follow (none for a server)."""


class TeamTransport(Protocol):
    place: str
    """Identifies the place (a folder's absolute path, a server's address) to remember its files by."""
    author: str
    """Whose annotations this library writes there."""

    def documents(self) -> Listing:
        """Every document; raises TeamPlaceUnavailable when the place cannot be reached."""
        ...

    def read(self, document: Document) -> bytes:
        """The whole document as listed; NotReady when it changed since, or is changing."""
        ...

    def write(self, shard: str, data: bytes) -> Document:
        """Put one of this library's shards in place atomically (a reader sees the old or the new)."""
        ...

    def remove(self, document: Document) -> None:
        """Take away one of this library's own shards (after the shard width grew)."""
        ...

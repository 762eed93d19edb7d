"""What a team sync round did: files written and read, annotations merged or refused, what waits."""

from __future__ import annotations

from dataclasses import field
from typing import Any

from reader.core.errors import Notice
from reader.core.record import Record


class MissingArticle(Record):
    """An article colleagues annotated that this library lacks; its annotations wait for it."""

    content_hash: str
    title: str
    source: str
    authors: tuple[str, ...]
    annotations: int


class FileOutcome(Record):
    """One file read and merged in a round."""

    name: str
    author: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    orphaned: int = 0
    refused: int = 0
    waiting: int = 0
    """Annotations whose article this library lacks (merged when it arrives)."""


class SyncReport(Record, frozen=False):
    place: str
    available: bool = True
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    files: list[FileOutcome] = field(default_factory=list)
    unchanged_files: int = 0
    added: list[str] = field(default_factory=list)       # uuids
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)
    refused: list[Notice] = field(default_factory=list)  # per annotation, why
    damaged: list[Notice] = field(default_factory=list)   # colleagues' files that cannot be read (told once)
    problems: list[Notice] = field(default_factory=list)  # this side: the place unavailable, a failed write
    in_progress: list[str] = field(default_factory=list)  # files being written right now: read on a later round
    missing: list[MissingArticle] = field(default_factory=list)
    watch: tuple[str, ...] = ()

    @property
    def refused_anything(self) -> bool:
        """Whether the round left out something a colleague's file holds (annotations, or a damaged file)."""
        return bool(self.refused or self.damaged)

    def by_author(self) -> dict[str, tuple[int, int, int]]:
        """Author → (added, updated, deleted), for telling the user who changed what."""
        counts: dict[str, tuple[int, int, int]] = {}
        for outcome in self.files:
            added, updated, deleted = counts.get(outcome.author, (0, 0, 0))
            counts[outcome.author] = (added + outcome.added, updated + outcome.updated, deleted + outcome.deleted)
        return {author: value for author, value in counts.items() if any(value)}

    def as_json(self) -> dict[str, Any]:
        """The command line's one JSON object."""
        return {
            "folder": self.place,
            "available": self.available,
            "written": self.written,
            "removed": self.removed,
            "files_read": [vars(outcome) for outcome in self.files],
            "files_unchanged": self.unchanged_files,
            "files_in_progress": self.in_progress,
            "added": len(self.added),
            "updated": len(self.updated),
            "deleted": len(self.deleted),
            "orphaned": len(self.orphaned),
            "refused": [{"subject": n.subject, "message": str(n)} for n in self.refused],
            "damaged": [{"subject": n.subject, "message": str(n)} for n in self.damaged],
            "problems": [{"subject": n.subject, "message": str(n)} for n in self.problems],
            "missing_articles": [vars(article) | {"authors": list(article.authors)} for article in self.missing],
        }

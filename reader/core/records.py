"""The records every layer passes around: collections, articles, tags, annotations (plain data, no SQL)."""

from __future__ import annotations

from reader.core.record import Record



class CollectionRecord(Record):
    id: int
    name: str
    created: str
    article_count: int = 0


class ArticleRecord(Record):
    id: int
    collection_id: int
    source: str
    version: int
    title: str
    date: str | None
    dateline: str | None
    language: str | None
    direction: str | None
    format: str | None
    site: str | None
    text: str
    content_hash: str
    outlet: str | None = None
    added_by: str = ""        # who brought the text into a project (here, or in the QDA tool it came from) ...
    added_at: str | None = None  # ... and when (ISO 8601)

    @classmethod
    def from_row(cls, row: dict) -> ArticleRecord:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


class ArticleNoteRecord(Record):
    """A note on a whole article; an empty `note` is a cleared one (its date still counts in merges)."""

    article_id: int
    note: str
    author: str
    modified: str


class TagRecord(Record):
    id: int
    name: str
    color: str
    position: int
    shortcut: str | None


class ArticleRow(Record):
    """What the article list shows: no text, so a page of rows stays small."""

    id: int
    collection_id: int
    title: str
    date: str | None
    dateline: str | None
    source: str
    language: str | None
    outlet: str | None = None


class OutletCount(Record):
    """An outlet and how many current articles name it (None: articles whose outlet is unknown)."""

    outlet: str | None
    articles: int


class AnnotationRecord(Record):
    id: int
    uuid: str
    article_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    content_hash: str
    note: str
    author: str
    created: str
    modified: str
    deleted: bool
    orphan: bool
    tag_ids: tuple[int, ...] = ()


class AnnotationListRow(Record):
    """An annotation as the library-wide list shows it: with its article's title and collection."""

    annotation: AnnotationRecord
    article_title: str
    collection_id: int


class TeamFileRecord(Record):
    """A file of a team folder as the library last saw it (read and merged, or written by it)."""

    name: str                 # relative to the team folder, '/'-separated
    size: int
    stamp: str                # what changes when the file does: its modification time in ns
    sha256: str = ""          # of the bytes merged or written ("" while unreadable)
    digest: str = ""          # a file of ours: the versions it was written from
    missing: str = "[]"       # JSON: the articles its annotations wait for
    failed_at: float | None = None  # when reading it first failed, while it stays as it was
    damaged: bool = False     # it failed for long enough to be told as damaged (until it changes)

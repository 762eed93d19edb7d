"""The neutral shape of exchanged annotations, shared by every format reader and writer."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.errors import HashiyaError, Notice
from reader.core.exchange.positions import PositionReport


@dataclass(frozen=True, slots=True)
class ArticleNote:
    """A note on a whole article (a QDA tool's memo on a source)."""

    text: str                 # empty: the note was cleared (a cleared note still travels, with its date)
    author: str = ""
    modified: str = ""        # ISO 8601; empty when the writer gave no date (older than any dated note)


@dataclass(frozen=True, slots=True)
class ExchangeArticle:
    """Enough about an article to find it in another library: hash first, then source and title."""

    key: str                  # identifies the article within one file (e.g. its content hash)
    content_hash: str         # SHA-256 of the article's annotatable text
    title: str
    source: str
    date: str | None = None
    direction: str = "rtl"
    language: str | None = None
    text: str | None = None   # the annotatable text, when the format carries it (REFI-QDA does)
    note: ArticleNote | None = None
    creator: str = ""         # provenance: who brought the text into a project ...
    created: str = ""         # ... and when (ISO 8601)


@dataclass(frozen=True, slots=True)
class ExchangeAnnotation:
    uuid: str
    article_key: str          # ExchangeArticle.key of its article
    start: int                # code points into the article text, end exclusive
    end: int
    exact: str
    prefix: str
    suffix: str
    tags: tuple[str, ...]     # tag names
    note: str
    author: str
    created: str              # ISO 8601
    modified: str             # ISO 8601
    deleted: bool = False     # a tombstone: the annotation was deleted
    orphan: bool = False      # the file's positions could not be trusted: kept for review, not placed


@dataclass(frozen=True, slots=True)
class ExchangeTag:
    name: str
    color: str


@dataclass(frozen=True, slots=True)
class ExchangeCue:
    """One entry of the suggestion cue lexicon (reader/core/cue_lexicon.py)."""

    role: str                 # "claim" or "denial"
    kind: str                 # say, source, deny, verdict, reject, claim-word, trap
    phrase: str
    enabled: bool = True
    suggests: str = ""        # the name of the tag the role suggests, "" when it has none


@dataclass(frozen=True, slots=True)
class ExchangeFile:
    """What one exchange file holds."""

    articles: tuple[ExchangeArticle, ...]
    annotations: tuple[ExchangeAnnotation, ...]
    tags: tuple[ExchangeTag, ...] = field(default=())
    cues: tuple[ExchangeCue, ...] = field(default=())
    # How each read file's positions were taken: a report on the reading, not part of the content.
    positions: tuple[PositionReport, ...] = field(default=(), compare=False)
    notices: tuple[Notice, ...] = field(default=(), compare=False)  # what the reader had to leave out, and why


class ExchangeFormatError(HashiyaError, ValueError):
    """A file that is not a valid exchange file; the message names the file and the problem.
    (Also a ValueError, as it was before it became a HashiyaError: callers may catch either.)"""

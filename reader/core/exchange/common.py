"""Small pieces every exchange format needs: identifiers, quotes, dates and read limits."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

from reader.core.anchoring import CONTEXT
from reader.core.exchange.model import ExchangeAnnotation, ExchangeArticle, ExchangeFile
from reader.core.record import Record
from reader.core.timestamps import normalised, parse_instant

MB = 1024 * 1024

# Fixed namespaces for uuid5: the same tag, author, article or coding gets the same GUID in every
# export, so a QDA tool that re-imports an updated file can recognise what it already has.
NS_CODE = uuid.UUID("6f1d3a52-2c4b-5e0a-9a37-1b6e1f0c7a01")
NS_USER = uuid.UUID("6f1d3a52-2c4b-5e0a-9a37-1b6e1f0c7a02")
NS_SOURCE = uuid.UUID("6f1d3a52-2c4b-5e0a-9a37-1b6e1f0c7a03")
NS_CODING = uuid.UUID("6f1d3a52-2c4b-5e0a-9a37-1b6e1f0c7a04")
NS_VARIABLE = uuid.UUID("6f1d3a52-2c4b-5e0a-9a37-1b6e1f0c7a05")
NS_SELECTION = uuid.UUID("6f1d3a52-2c4b-5e0a-9a37-1b6e1f0c7a06")
NS_FOREIGN_ID = uuid.UUID("6f1d3a52-2c4b-5e0a-9a37-1b6e1f0c7a07")
NS_COLLECTION = uuid.UUID("6f1d3a52-2c4b-5e0a-9a37-1b6e1f0c7a08")

# Arabic-script letters, with the four Persian additions and Persian kaf/yeh/heh-with-yeh.
_PERSIAN_LETTER = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc]")


class ReadLimits(Record):
    """How much a reader accepts before it calls a file hostile; tests pass tiny values."""

    max_file_bytes: int = 200 * MB        # a whole .jsonld, or a whole .qdpx archive
    max_member_bytes: int = 200 * MB      # one uncompressed zip member
    max_total_bytes: int = 1024 * MB      # all uncompressed zip members together
    max_ratio: float = 200.0              # uncompressed / compressed size of one member ...
    ratio_floor_bytes: int = 1 * MB       # ... checked only above this size: tiny members can't bomb
    max_members: int = 100_000
    max_json_depth: int = 64


DEFAULT_LIMITS = ReadLimits()


def canonical_uuid(value: str) -> str | None:
    """The lower-case 8-4-4-4-12 form of a GUID (braces and case vary between QDA tools)."""
    text = value.strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    if not re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", text):
        return None
    return str(uuid.UUID(text))


def stable_guid(namespace: uuid.UUID, *parts: str) -> str:
    # A separator that cannot occur in names keeps ("a", "bc") and ("ab", "c") apart.
    return str(uuid.uuid5(namespace, "\x1f".join(parts)))


def annotation_guid(annotation_uuid: str) -> str:
    """Our annotation uuid when it is a real UUID (it always is in Hashiya), else a stable stand-in."""
    return canonical_uuid(annotation_uuid) or stable_guid(NS_SELECTION, annotation_uuid)


def has_persian(text: str) -> bool:
    return _PERSIAN_LETTER.search(text) is not None


def quote_at(text: str, start: int, end: int) -> tuple[str, str, str]:
    """exact, prefix and suffix the way `anchoring.make_anchor` stores them (it refuses empty spans)."""
    return text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def xsd_datetime(value: str) -> str | None:
    """value as an xsd:dateTime, which both JSON-LD (`created` is typed xsd:dateTime) and the
    REFI-QDA schema want, in the stored UTC form (what Hashiya writes is unchanged); None when it
    names no time (a garbage date from an old merge is not passed on)."""
    if not value:
        return None
    instant = parse_instant(value)
    if instant is None:
        try:
            parsed = datetime.fromisoformat(value)  # ISO 8601 that xsd does not take (a space for the T)
        except ValueError:
            return None
        instant = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    return normalised(instant)


def unique(names: tuple[str, ...]) -> tuple[str, ...]:
    """names without repeats, first occurrence kept (a tag twice on one annotation means it once)."""
    return tuple(dict.fromkeys(names))


def articles_by_key(file: ExchangeFile) -> dict[str, ExchangeArticle]:
    """The file's articles by key, in order; a repeated key (the same text stored twice in a library,
    say in two collections) is one article to the file, and the first copy speaks for it."""
    found: dict[str, ExchangeArticle] = {}
    for article in file.articles:
        found.setdefault(article.key, article)
    return found


def article_of(annotation: ExchangeAnnotation, articles: dict[str, ExchangeArticle]) -> ExchangeArticle:
    """The annotation's article; a writer handed an annotation of an unknown article has a bug upstream."""
    article = articles.get(annotation.article_key)
    if article is None:
        raise ValueError(f"annotation {annotation.uuid} points to article {annotation.article_key!r}, "
                         "which the file does not contain")
    return article

"""W3C Web Annotation (JSON-LD): one AnnotationCollection per file.

Shape of what we write (see `hashiya-ns.md` for our own terms):

- The collection embeds its one page as `first` (an AnnotationPage with `items`), and names the
  same page as `last`. The Web Annotation model puts `items` on pages only, never on the
  collection, and consumers that follow the model read `first.items`; `read_jsonld` also accepts
  `items` placed directly on a collection, a bare page, a single annotation and a list.
- motivation: "commenting" when the annotation has a note (with or without tags), else "tagging"
  when it has tags, else "highlighting". The bodies' `purpose` says what each body is, so a
  reader never needs the motivation to tell a tag from a note.
- Positions (TextPositionSelector) count Unicode code points, end exclusive, as the model says.
  Other tools sometimes count UTF-16 units; the quote is the truth and re-anchoring places it.
- Tombstones are ordinary, valid annotations carrying `"hashiya:deleted": true`; their `modified`
  is the time of deletion. They stay in `items` (counted by `total`), so a merge elsewhere learns
  of the deletion; tools that do not know our term show them as ordinary annotations.

Reading other tools' files: tags are TextualBodies with purpose "tagging"; notes are bodies with
purpose "commenting"/"describing" or without a purpose (unless the motivation is "tagging"). A
quote without positions gets the placeholder span 0..len(quote) (the importer re-anchors by quote
whenever the positions do not hold it); positions without a quote get an empty quote.
"""

from __future__ import annotations

import json
from typing import Any

from reader.core import messages
from reader.core.errors import Message
from reader.core.exchange import w3c_articles
from reader.core.exchange.common import (
    DEFAULT_LIMITS, NS_COLLECTION, NS_FOREIGN_ID, ReadLimits, annotation_guid, article_of, articles_by_key,
    canonical_uuid, has_persian, stable_guid, unique, xsd_datetime,
)
from reader.core.exchange.model import (
    ExchangeAnnotation, ExchangeArticle, ExchangeCue, ExchangeFile, ExchangeFormatError, ExchangeTag,
)
from reader.core.exchange.safety import check_json_depth, decode_json_text
from reader.core.text import text_direction
from reader.core.untrusted import json_text

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
HASHIYA_NS = "https://hashiya.app/ns#"
# Every key we add beyond the W3C context, each mapped to a full IRI so a JSON-LD processor keeps
# it. "source" and "name" are W3C terms already, so the article's own fields get distinct names.
HASHIYA_CONTEXT: dict[str, Any] = {
    "hashiya": HASHIYA_NS,
    "hashiya:article": {"@id": HASHIYA_NS + "article"},
    "hashiya:tags": {"@id": HASHIYA_NS + "tags", "@container": "@list"},
    "hashiya:deleted": {"@id": HASHIYA_NS + "deleted"},
    "contentHash": {"@id": HASHIYA_NS + "contentHash"},
    "title": {"@id": "http://purl.org/dc/terms/title"},
    "articleDate": {"@id": HASHIYA_NS + "articleDate"},
    "articleSource": {"@id": HASHIYA_NS + "articleSource"},
    "color": {"@id": HASHIYA_NS + "color"},
    "hashiya:cues": {"@id": HASHIYA_NS + "cues", "@container": "@list"},
    "cueRole": {"@id": HASHIYA_NS + "cueRole"},
    "cueKind": {"@id": HASHIYA_NS + "cueKind"},
    "phrase": {"@id": HASHIYA_NS + "phrase"},
    "enabled": {"@id": HASHIYA_NS + "enabled"},
    "suggests": {"@id": HASHIYA_NS + "suggests"},
    "hashiya:articles": {"@id": HASHIYA_NS + "articles", "@container": "@list"},
    "hashiya:articleNote": {"@id": HASHIYA_NS + "articleNote"},
    "hashiya:addedBy": {"@id": HASHIYA_NS + "addedBy"},
    "hashiya:added": {"@id": HASHIYA_NS + "added"},
}
GENERATOR_IRI = "https://hashiya.app/"
HASH_IRI_PREFIX = "urn:sha256:"
UUID_IRI_PREFIX = "urn:uuid:"

# Type and purpose values may come as terms, as oa:/as: compact IRIs or as full IRIs.
_VOCABULARY_PREFIXES = ("http://www.w3.org/ns/oa#", "oa:", "http://www.w3.org/ns/activitystreams#", "as:")
_TYPE_ALIASES = {"OrderedCollection": "AnnotationCollection", "OrderedCollectionPage": "AnnotationPage",
                 "rtlDirection": "rtl", "ltrDirection": "ltr", "autoDirection": "auto"}
_NOTE_PURPOSES = {"commenting", "describing"}
_MAX_PAGES = 100_000


# --- writing -----------------------------------------------------------------------------------


def write_jsonld(file: ExchangeFile, generator: str = "Hashiya") -> str:
    """The file as one AnnotationCollection; the same data always gives the same text."""
    articles = articles_by_key(file)
    agent = {"id": GENERATOR_IRI, "type": "Software", "name": generator}
    items = [_annotation_json(annotation, article_of(annotation, articles), agent) for annotation in file.annotations]
    uuids = [annotation_guid(annotation.uuid) for annotation in file.annotations]
    collection_id = UUID_IRI_PREFIX + stable_guid(NS_COLLECTION, "collection", *uuids)
    page_id = UUID_IRI_PREFIX + stable_guid(NS_COLLECTION, "page", *uuids)
    document = {
        "@context": [W3C_CONTEXT, HASHIYA_CONTEXT],
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": f"{generator} annotations",
        "total": len(items),
        "hashiya:tags": [{"name": tag.name, "color": tag.color} for tag in file.tags],
        **({"hashiya:cues": [{"cueRole": cue.role, "cueKind": cue.kind, "phrase": cue.phrase, "enabled": cue.enabled,
                              "suggests": cue.suggests} for cue in file.cues]} if file.cues else {}),
        **({w3c_articles.LIST: listed} if (listed := w3c_articles.articles_json(file)) else {}),
        "first": {"id": page_id, "type": "AnnotationPage", "partOf": collection_id, "startIndex": 0,
                  "items": items},
        "last": page_id,
    }
    # Bidi controls in notes and names written as \u escapes: exact to a parser, visible to a person.
    return json_text(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def _annotation_json(annotation: ExchangeAnnotation, article: ExchangeArticle, agent: dict[str, str]) -> dict[str, Any]:
    tags = unique(annotation.tags)
    bodies: list[dict[str, str]] = [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in tags]
    if annotation.note:
        note = {"type": "TextualBody", "purpose": "commenting", "value": annotation.note, "format": "text/plain"}
        if has_persian(annotation.note):
            note["language"] = "fa"
        bodies.append(note)
    motivation = "commenting" if annotation.note else "tagging" if tags else "highlighting"
    item: dict[str, Any] = {"id": UUID_IRI_PREFIX + annotation_guid(annotation.uuid), "type": "Annotation",
                            "motivation": motivation}
    if annotation.author:
        item["creator"] = {"type": "Person", "name": annotation.author}
    for key, value in (("created", annotation.created), ("modified", annotation.modified)):
        if time := xsd_datetime(value):
            item[key] = time
    item["generator"] = agent
    if annotation.deleted:
        item["hashiya:deleted"] = True
    if bodies:
        item["body"] = bodies
    item["target"] = _target_json(annotation, article)
    return item


def _target_json(annotation: ExchangeAnnotation, article: ExchangeArticle) -> dict[str, Any]:
    if not article.content_hash:
        raise ValueError(f"article {article.key!r} has no content hash to name it by")
    about = w3c_articles.article_terms(article)
    selectors: list[dict[str, Any]] = []
    if annotation.exact or annotation.prefix or annotation.suffix:
        selectors.append({"type": "TextQuoteSelector", "exact": annotation.exact, "prefix": annotation.prefix,
                          "suffix": annotation.suffix})
    selectors.append({"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end})
    target: dict[str, Any] = {"type": "SpecificResource", "source": HASH_IRI_PREFIX + article.content_hash}
    if article.direction in ("rtl", "ltr", "auto"):
        target["textDirection"] = article.direction
    target["hashiya:article"] = about
    target["selector"] = selectors
    return target


# --- reading -----------------------------------------------------------------------------------


def read_jsonld(data: str | bytes, name: str, limits: ReadLimits = DEFAULT_LIMITS) -> ExchangeFile:
    """Annotations from our own export or another tool's W3C file; refusals name file and problem."""
    text = decode_json_text(data, name, limits)
    check_json_depth(text, name, limits.max_json_depth)
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise ExchangeFormatError(messages.JSON_NOT_VALID_AT, name, error.msg, error.lineno, error.colno) from None
    except ValueError as error:  # e.g. an integer of more digits than Python will convert
        raise ExchangeFormatError(messages.JSON_NOT_VALID, name, error) from None
    except RecursionError:  # the depth check should make this unreachable; never crash on a file
        raise ExchangeFormatError(messages.JSON_TOO_DEEP, name, limits.max_json_depth) from None
    items, tags = _items_and_tags(document, name)
    reader = _AnnotationReader(name)
    for index, item in enumerate(items, 1):
        reader.add(index, item)
    cues = _cues(document.get("hashiya:cues") if isinstance(document, dict) else None, name)
    articles = w3c_articles.with_listed(reader.articles, w3c_articles.read_articles(document, name))
    return ExchangeFile(articles=articles, annotations=tuple(reader.annotations), tags=tags, cues=cues)


def _refuse_constant(value: str) -> None:
    raise json.JSONDecodeError(f"{value} is not JSON", value, 0)


def _types(node: dict[str, Any]) -> set[str]:
    return {_term(value) for value in _as_list(node.get("type", node.get("@type"))) if isinstance(value, str)}


def _term(value: str) -> str:
    for prefix in _VOCABULARY_PREFIXES:
        if value.startswith(prefix):
            value = value[len(prefix):]
            break
    return _TYPE_ALIASES.get(value, value)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _items_and_tags(document: Any, name: str) -> tuple[list[Any], tuple[ExchangeTag, ...]]:
    if isinstance(document, list):
        return document, ()
    if not isinstance(document, dict):
        raise ExchangeFormatError(messages.W3C_BARE_VALUE, name)
    types = _types(document)
    if "Annotation" in types:
        return [document], ()
    if "AnnotationCollection" in types:
        tags = _tags(document.get("hashiya:tags"), name)
        first = document.get("first")
        if first is None:
            items = document.get("items", [])
            if not isinstance(items, list):
                raise ExchangeFormatError(messages.W3C_ITEMS_NOT_LIST, name)
            return items, tags
        return _page_items(first, name), tags
    if "AnnotationPage" in types:
        return _page_items(document, name), ()
    raise ExchangeFormatError(messages.W3C_UNKNOWN_STRUCTURE, name)


def _page_items(page: Any, name: str) -> list[Any]:
    items: list[Any] = []
    for _ in range(_MAX_PAGES):
        if isinstance(page, str):
            raise ExchangeFormatError(messages.W3C_PAGE_MISSING, name, page)
        if not isinstance(page, dict):
            raise ExchangeFormatError(messages.W3C_PAGE_NOT_OBJECT, name)
        page_items = page.get("items", [])
        if not isinstance(page_items, list):
            raise ExchangeFormatError(messages.W3C_PAGE_ITEMS_NOT_LIST, name)
        items.extend(page_items)
        page = page.get("next")
        if page is None:
            return items
    raise ExchangeFormatError(messages.W3C_TOO_MANY_PAGES, name, _MAX_PAGES)


def _tags(value: Any, name: str) -> tuple[ExchangeTag, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ExchangeFormatError(messages.W3C_TAGS_NOT_LIST, name)
    tags = []
    for number, entry in enumerate(value, 1):
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str)
                and isinstance(entry.get("color", ""), str)):
            raise ExchangeFormatError(messages.W3C_TAG_INVALID, name, number)
        tags.append(ExchangeTag(entry["name"], entry.get("color", "")))
    return tuple(tags)


def _cues(value: Any, name: str) -> tuple[ExchangeCue, ...]:
    """The suggestion cue lexicon a Hashiya export carries with its tags."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ExchangeFormatError(messages.W3C_CUES_NOT_LIST, name)
    cues = []
    for number, entry in enumerate(value, 1):
        texts = ("cueRole", "cueKind", "phrase", "suggests")
        if not (isinstance(entry, dict) and all(isinstance(entry.get(key, ""), str) for key in texts)
                and isinstance(entry.get("enabled", True), bool) and entry.get("phrase")):
            raise ExchangeFormatError(messages.W3C_CUE_MALFORMED, name, number)
        cues.append(ExchangeCue(entry.get("cueRole", ""), entry.get("cueKind", ""), entry["phrase"],
                                entry.get("enabled", True), entry.get("suggests", "")))
    return tuple(cues)


class _AnnotationReader:
    """Turns annotation objects into neutral records, collecting their articles on the way."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.articles: dict[str, ExchangeArticle] = {}
        self.annotations: list[ExchangeAnnotation] = []

    def fail(self, template: Message, index: int, *details: object) -> ExchangeFormatError:
        """The refusal `template` (file, annotation number, details) for annotation `index` of this file."""
        return ExchangeFormatError(template, self.name, index, *details)

    def add(self, index: int, item: Any) -> None:
        if not isinstance(item, dict):
            raise self.fail(messages.W3C_NOT_OBJECT, index)
        if "Annotation" not in _types(item):
            raise self.fail(messages.W3C_NOT_ANNOTATION, index)
        identifier = item.get("id", item.get("@id"))
        if not isinstance(identifier, str) or not identifier:
            raise self.fail(messages.W3C_NO_ID, index)
        target = self._target(index, item.get("target"))
        start, end, exact, prefix, suffix = self._selection(index, target["selector"])
        key = self._article(index, target, exact + prefix + suffix)
        tags, note = self._bodies(index, item)
        created = self._text(index, item, "created")
        deleted = item.get("hashiya:deleted", False)
        if not isinstance(deleted, bool):
            raise self.fail(messages.W3C_DELETED_NOT_BOOLEAN, index)
        self.annotations.append(ExchangeAnnotation(
            uuid=_uuid_from_iri(identifier), article_key=key, start=start, end=end, exact=exact, prefix=prefix,
            suffix=suffix, tags=tags, note=note, author=self._author(item.get("creator")),
            created=created, modified=self._text(index, item, "modified") or created, deleted=deleted,
        ))

    def _target(self, index: int, value: Any) -> dict[str, Any]:
        if value is None or value == []:
            raise self.fail(messages.W3C_NO_TARGET, index)
        candidates = [target for target in _as_list(value) if isinstance(target, dict)]
        for target in candidates:
            if target.get("selector") is not None:
                return target
        raise self.fail(messages.W3C_NO_SELECTOR, index)

    def _selection(self, index: int, value: Any) -> tuple[int, int, str, str, str]:
        quote = position = None
        for selector in _as_list(value):
            if not isinstance(selector, dict):
                continue
            types = _types(selector)
            if "TextQuoteSelector" in types and quote is None:
                quote = selector
            elif "TextPositionSelector" in types and position is None:
                position = selector
        if quote is None and position is None:
            raise self.fail(messages.W3C_NO_TEXT_SELECTOR, index)
        exact = prefix = suffix = ""
        if quote is not None:
            exact, prefix, suffix = (self._quote_part(index, quote, part) for part in ("exact", "prefix", "suffix"))
        if position is None:
            return 0, len(exact), exact, prefix, suffix
        start, end = (self._offset(index, position, part) for part in ("start", "end"))
        if start > end:
            raise self.fail(messages.W3C_START_AFTER_END, index, start, end)
        return start, end, exact, prefix, suffix

    def _quote_part(self, index: int, selector: dict[str, Any], part: str) -> str:
        value = selector.get(part, "" if part != "exact" else None)
        if not isinstance(value, str):
            raise self.fail(messages.W3C_QUOTE_NOT_TEXT, index, part)
        return value

    def _offset(self, index: int, selector: dict[str, Any], part: str) -> int:
        value = selector.get(part)
        # bool is an int subclass in Python, and true is no position.
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(messages.W3C_POSITION_NOT_NUMBER, index, part)
        return value

    def _article(self, index: int, target: dict[str, Any], sample: str) -> str:
        source = target.get("source")
        if isinstance(source, dict):
            source = source.get("id", source.get("@id"))
        if not isinstance(source, str) or not source:
            raise self.fail(messages.W3C_NO_SOURCE, index)
        about = target.get("hashiya:article", {})
        if not isinstance(about, dict):
            raise self.fail(messages.W3C_ARTICLE_NOT_OBJECT, index)
        content_hash = source[len(HASH_IRI_PREFIX):] if source.startswith(HASH_IRI_PREFIX) else ""
        stated = self._text(index, about, "contentHash")
        if stated and content_hash and stated != content_hash:
            raise self.fail(messages.W3C_HASH_MISMATCH, index)
        content_hash = content_hash or stated
        key = content_hash or source
        if key not in self.articles:
            direction = _term(str(target.get("textDirection", "")))
            if direction not in ("rtl", "ltr"):
                direction = text_direction(sample) if sample.strip() else "rtl"
            self.articles[key] = ExchangeArticle(
                key=key, content_hash=content_hash, title=self._text(index, about, "title"),
                source=self._text(index, about, "articleSource") if about else ("" if content_hash else source),
                date=self._text(index, about, "articleDate", None), direction=direction,
                language=self._text(index, about, "language", None),
            )
        return key

    def _bodies(self, index: int, item: dict[str, Any]) -> tuple[tuple[str, ...], str]:
        motivations = {_term(value) for value in _as_list(item.get("motivation")) if isinstance(value, str)}
        tags: list[str] = []
        notes: list[str] = []
        body_value = item.get("bodyValue")
        if body_value is not None:
            if not isinstance(body_value, str):
                raise self.fail(messages.W3C_BODY_VALUE_NOT_TEXT, index)
            notes.append(body_value)
        for body in _as_list(item.get("body")):
            if not isinstance(body, dict) or "value" not in body:
                continue  # a linked resource, not text we can keep
            value = body["value"]
            if not isinstance(value, str):
                raise self.fail(messages.W3C_BODY_NOT_TEXT, index)
            purposes = {_term(purpose) for purpose in _as_list(body.get("purpose")) if isinstance(purpose, str)}
            if "tagging" in purposes or (not purposes and motivations == {"tagging"}):
                tags.append(value)
            elif purposes & _NOTE_PURPOSES or not purposes:
                notes.append(value)
        return unique(tuple(tags)), "\n\n".join(notes)

    def _author(self, value: Any) -> str:
        for creator in _as_list(value):
            if isinstance(creator, str):
                return creator
            if isinstance(creator, dict):
                for key in ("name", "nickname", "id", "@id"):
                    if isinstance(creator.get(key), str) and creator[key]:
                        return creator[key]
        return ""

    def _text(self, index: int, node: dict[str, Any], key: str, missing: str | None = "") -> Any:
        value = node.get(key, missing)
        if value is not missing and not isinstance(value, str):
            raise self.fail(messages.W3C_FIELD_NOT_TEXT, index, key)
        return value


def _uuid_from_iri(identifier: str) -> str:
    """Our urn:uuid ids give the uuid back; any other id a stable uuid, so re-imports merge."""
    if identifier.lower().startswith(UUID_IRI_PREFIX):
        found = canonical_uuid(identifier[len(UUID_IRI_PREFIX):])
        if found:
            return found
    return stable_guid(NS_FOREIGN_ID, identifier)

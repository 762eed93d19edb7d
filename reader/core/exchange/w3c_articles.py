"""Articles in a W3C Web Annotation file beyond those its annotations target (`hashiya:articles`).

An annotation names its article in its target; an article with nothing to annotate would not
appear at all, nor would what belongs to the article itself. So the collection lists, under
`hashiya:articles`, every article of the file that has a note (`hashiya:articleNote`: `value`,
`creator`, `modified`, the W3C terms), a provenance (`hashiya:addedBy`, `hashiya:added`), or no
annotation pointing at it (an export of every article of a collection). Each entry describes the
article with the same terms as a target's `hashiya:article`. Files without such articles carry no
list, so they read as before. See `hashiya-ns.md`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reader.core import messages
from reader.core.exchange.common import has_persian
from reader.core.exchange.model import ArticleNote, ExchangeArticle, ExchangeFile, ExchangeFormatError

LIST = "hashiya:articles"
NOTE = "hashiya:articleNote"
ADDED_BY = "hashiya:addedBy"
ADDED = "hashiya:added"


def articles_json(file: ExchangeFile) -> list[dict[str, Any]]:
    """The entries of `hashiya:articles` (empty when no article needs one)."""
    targeted = {annotation.article_key for annotation in file.annotations}
    entries = []
    seen: set[str] = set()
    for article in file.articles:
        if article.key in seen:
            continue
        seen.add(article.key)
        if article.key in targeted and article.note is None and not article.creator and not article.created:
            continue
        entries.append(_entry(article))
    return entries


def article_terms(article: ExchangeArticle) -> dict[str, Any]:
    """What names an article in a target's `hashiya:article` and in a `hashiya:articles` entry."""
    terms: dict[str, Any] = {"contentHash": article.content_hash, "title": article.title,
                             "articleSource": article.source}
    if article.date is not None:
        terms["articleDate"] = article.date
    if article.language is not None:
        terms["language"] = article.language
    return terms


def _entry(article: ExchangeArticle) -> dict[str, Any]:
    entry = article_terms(article)
    if article.direction in ("rtl", "ltr"):
        entry["textDirection"] = article.direction
    if article.creator:
        entry[ADDED_BY] = article.creator
    if article.created:
        entry[ADDED] = article.created
    if article.note is not None:
        note: dict[str, Any] = {"type": "TextualBody", "value": article.note.text, "format": "text/plain"}
        if has_persian(article.note.text):
            note["language"] = "fa"
        if article.note.author:
            note["creator"] = {"type": "Person", "name": article.note.author}
        if article.note.modified:
            note["modified"] = article.note.modified
        entry[NOTE] = note
    return entry


def read_articles(document: Any, name: str) -> list[ExchangeArticle]:
    """The articles a collection lists under `hashiya:articles` (none when it lists none)."""
    value = document.get(LIST) if isinstance(document, dict) else None
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExchangeFormatError(messages.W3C_ARTICLES_NOT_LIST, name)
    return [_article(entry, number, name) for number, entry in enumerate(value, 1)]


def _article(entry: Any, number: int, name: str) -> ExchangeArticle:
    if not isinstance(entry, dict) or not isinstance(entry.get("contentHash"), str) or not entry["contentHash"]:
        raise ExchangeFormatError(messages.W3C_ARTICLE_ENTRY_INVALID, name, number)
    texts = {key: entry.get(key, "") for key in ("title", "articleSource", ADDED_BY, ADDED)}
    optional = {key: entry.get(key) for key in ("articleDate", "language")}
    note = entry.get(NOTE)
    if (not all(isinstance(v, str) for v in texts.values())
            or not all(v is None or isinstance(v, str) for v in optional.values())
            or (note is not None and not isinstance(note, dict))):
        raise ExchangeFormatError(messages.W3C_ARTICLE_ENTRY_INVALID, name, number)
    direction = entry.get("textDirection")
    return ExchangeArticle(
        key=entry["contentHash"], content_hash=entry["contentHash"], title=texts["title"],
        source=texts["articleSource"], date=optional["articleDate"], language=optional["language"],
        direction=direction if direction in ("rtl", "ltr") else "rtl",
        note=_note(note, number, name) if note is not None else None,
        creator=texts[ADDED_BY], created=texts[ADDED],
    )


def _note(note: dict[str, Any], number: int, name: str) -> ArticleNote:
    value, modified = note.get("value", ""), note.get("modified", "")
    creator = note.get("creator", "")
    if isinstance(creator, dict):
        creator = creator.get("name", "")
    if not (isinstance(value, str) and isinstance(modified, str) and isinstance(creator, str)):
        raise ExchangeFormatError(messages.W3C_ARTICLE_ENTRY_INVALID, name, number)
    return ArticleNote(value, creator, modified)


def with_listed(targeted: dict[str, ExchangeArticle], listed: list[ExchangeArticle]) -> tuple[ExchangeArticle, ...]:
    """The targets' articles, completed by the list: what the list says about an article (its note,
    its provenance) joins what the targets say; articles only the list names come after."""
    articles = dict(targeted)
    for article in listed:
        known = articles.get(article.key)
        articles[article.key] = article if known is None else replace(
            known, note=article.note, creator=article.creator, created=article.created)
    return tuple(articles.values())

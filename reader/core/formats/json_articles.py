"""Articles as JSON: one object, an array of objects, or JSON Lines (`.jsonl`).

Each object carries a title and either `text` (paragraphs separated by blank lines) or
`paragraphs` (a list of strings); `date`, `source`/`site`/`url` are optional.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from reader.core import messages
from reader.core.article import ExtractedDocument
from reader.core.errors import BadInputError
from reader.core.text import clean_text

_TEXT_KEYS = ("text", "body", "content")
_DATE_KEYS = ("date", "published", "datetime", "published_at", "time")
_SITE_KEYS = ("source", "site", "sitename", "url", "link")


def read_json(source: str, text: str, raw_hash: str) -> list[ExtractedDocument]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(messages.JSON_INVALID_AT, source, exc.lineno, exc.colno, exc.msg) from None
    items = data if isinstance(data, list) else [data]
    return _documents(source, items, raw_hash, line_numbers=None)


def read_jsonl(source: str, text: str, raw_hash: str) -> list[ExtractedDocument]:
    items: list[Any] = []
    numbers: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise BadInputError(messages.JSONL_INVALID_LINE, source, number, exc.msg) from None
        numbers.append(number)
    return _documents(source, items, raw_hash, line_numbers=numbers)


def _documents(source: str, items: list[Any], raw_hash: str, line_numbers: list[int] | None) -> list[ExtractedDocument]:
    documents: list[ExtractedDocument] = []
    for index, item in enumerate(items):
        # An item of a .json file is counted from 1; a .jsonl line has its line number.
        where = line_numbers[index] if line_numbers else index + 1
        if not isinstance(item, dict):
            template = messages.JSONL_LINE_NOT_ARTICLE if line_numbers else messages.JSON_ITEM_NOT_ARTICLE
            raise BadInputError(template, source, where)
        body = clean_text(_body_of(item))
        title = _string(item.get("title"))
        title = clean_text(title) if title else None
        if not body and not title:
            raise BadInputError(messages.JSONL_LINE_EMPTY if line_numbers else messages.JSON_ITEM_EMPTY, source, where)
        member = source if len(items) == 1 else f"{source}#{index + 1}"
        raw = json.dumps(item, ensure_ascii=False, indent=1)
        item_hash = raw_hash if len(items) == 1 else hashlib.sha256(f"{raw_hash}:{raw}".encode()).hexdigest()
        documents.append(
            ExtractedDocument(
                source=member,
                format="json",
                raw=raw,
                body=body,
                raw_hash=item_hash,
                title=title,
                date_value=next((v for k in _DATE_KEYS if (v := _string(item.get(k)))), None),
                site=next((v for k in _SITE_KEYS if (v := _string(item.get(k)))), None),
            )
        )
    return documents


def _string(value: Any) -> str | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    return None


def _body_of(item: dict[str, Any]) -> str:
    paragraphs = item.get("paragraphs")
    if isinstance(paragraphs, list):
        return "\n\n".join(p.strip() for p in paragraphs if isinstance(p, str) and p.strip())
    for key in _TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""

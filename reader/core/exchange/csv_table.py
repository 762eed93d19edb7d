"""A flat table of annotations for spreadsheets (export only).

One row per annotation and tag, so a pivot table can count tags directly; an annotation without
tags still gets one row, with an empty tag. An article of the file without live annotations (an
export of every article) gets one row of its own, with the annotation columns empty. Tombstones are left out: a table has no way to say
"deleted", and a reader of the table wants what exists.

UTF-8 with a byte-order mark, because Excel reads a BOM-less CSV in the local ANSI code page and
turns Persian into mojibake; CRLF row ends, because that is what RFC 4180 and Excel expect.
Newlines inside notes stay inside their quoted cell.

A table is for people, and its cells come from other people's files, so every cell — times and
ids too — is formula-safe, and bidi overrides are shown rather than obeyed (`neutralise_bidi`):
the exact text travels in the JSON-LD and REFI-QDA exports.
"""

from __future__ import annotations

import csv
import io
import unicodedata

from reader.core.exchange.common import article_of, articles_by_key, unique
from reader.core.exchange.model import ExchangeFile
from reader.core.untrusted import neutralise_bidi

COLUMNS = ("article_title", "article_date", "article_source", "tag", "quote", "note", "author",
           "created", "modified", "start", "end", "uuid")
# A cell starting with one of these is a formula to Excel and LibreOffice (the full-width forms in
# some locales), and a note from someone else's file must never run as one (CSV injection). A
# leading apostrophe makes it plain text. Invisible characters and spaces before them are looked
# through, in case a spreadsheet skips them.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def write_csv(file: ExchangeFile) -> bytes:
    articles = articles_by_key(file)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for annotation in file.annotations:
        if annotation.deleted:
            continue
        article = article_of(annotation, articles)
        for tag in unique(annotation.tags) or ("",):
            writer.writerow(_cell(str(value)) for value in (
                article.title, article.date or "", article.source, tag, annotation.exact, annotation.note,
                annotation.author, annotation.created, annotation.modified, annotation.start, annotation.end,
                annotation.uuid,
            ))
    annotated = {annotation.article_key for annotation in file.annotations if not annotation.deleted}
    for article in articles.values():
        if article.key not in annotated:
            writer.writerow([_cell(article.title), _cell(article.date or ""), _cell(article.source),
                             *[""] * (len(COLUMNS) - 3)])
    return buffer.getvalue().encode("utf-8-sig")


def _cell(text: str) -> str:
    text = neutralise_bidi(text)
    return "'" + text if _visible_start(text).startswith(_FORMULA_STARTS) else text


def _visible_start(text: str) -> str:
    for index, character in enumerate(text):
        if not (character == " " or unicodedata.category(character) == "Cf"):
            return text[index:]
    return ""

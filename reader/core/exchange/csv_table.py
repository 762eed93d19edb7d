"""A flat table of annotations for spreadsheets (export only).

One row per annotation and tag, so a pivot table can count tags directly; an annotation without
tags still gets one row, with an empty tag. An article of the file without live annotations (an
export of every article) gets one row of its own, with the annotation columns empty. Tombstones are left out: a table has no way to say
"deleted", and a reader of the table wants what exists.

UTF-8 with a byte-order mark, because Excel reads a BOM-less CSV in the local ANSI code page and
turns Persian into mojibake; CRLF row ends, because that is what RFC 4180 and Excel expect.
Newlines inside notes stay inside their quoted cell.
"""

from __future__ import annotations

import csv
import io

from reader.core.exchange.common import article_of, articles_by_key, unique
from reader.core.exchange.model import ExchangeFile

COLUMNS = ("article_title", "article_date", "article_source", "tag", "quote", "note", "author",
           "created", "modified", "start", "end", "uuid")
# A cell starting with one of these is a formula to Excel and LibreOffice, and a note from someone
# else's file must never run as one (CSV injection). A leading apostrophe makes it plain text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
            writer.writerow([
                _cell(article.title), _cell(article.date or ""), _cell(article.source), _cell(tag),
                _cell(annotation.exact), _cell(annotation.note), _cell(annotation.author),
                annotation.created, annotation.modified, annotation.start, annotation.end, annotation.uuid,
            ])
    annotated = {annotation.article_key for annotation in file.annotations if not annotation.deleted}
    for article in articles.values():
        if article.key not in annotated:
            writer.writerow([_cell(article.title), _cell(article.date or ""), _cell(article.source),
                             *[""] * (len(COLUMNS) - 3)])
    return buffer.getvalue().encode("utf-8-sig")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text

"""From an extracted document to an article: chrome out, dateline found, paragraphs formed."""

from __future__ import annotations

import re

from reader.core import messages
from reader.core.article import Article, ExtractedDocument
from reader.core.chrome import is_boilerplate, is_known_chrome
from reader.core.dates import ParsedDate, parse_date_value, parse_dateline
from reader.core.errors import BadInputError
from reader.core.text import text_direction

# The dateline sits in the page header: only this many short content lines are searched for it,
# and the search stops at the first body-length line.
DATELINE_SEARCH_LINES = 10
_BODY_LINE = 120
# A block of lines is a hard-wrapped paragraph when its lines run this long without ending a sentence.
_WRAPPED_MIN = 40
_SENTENCE_END = tuple(".!?؟!:؛»\"')…")
_DARI_MARKERS = re.compile(r"ولسوالی|ولایت|اردوی?\s|جنرال|دالر|امریکا|پوهنتون|شاروالی")


def build_article(doc: ExtractedDocument, learned: frozenset[bytes] = frozenset()) -> Article:
    lines = [
        "" if is_known_chrome(line) or is_boilerplate(line, learned) else line.strip()
        for line in doc.lines()
    ]
    date, dateline = _take_dateline(lines)
    if dateline is None and doc.dateline:
        dateline = doc.dateline
        if doc.dateline in lines:
            lines[lines.index(doc.dateline)] = ""
    if date is None and doc.date_value:
        date = parse_date_value(doc.date_value)
    if date is None and dateline:
        date = parse_dateline(dateline)
    paragraphs = _paragraphs(lines)
    title = doc.title.strip() if doc.title else None
    if title:
        if paragraphs and _same_line(paragraphs[0], title):
            paragraphs.pop(0)
    elif paragraphs:
        title = paragraphs.pop(0)
    if not title:
        raise BadInputError(messages.ONLY_CHROME, doc.source)
    text_sample = title + " " + " ".join(paragraphs[:3])
    direction = text_direction(text_sample)
    return Article(
        source=doc.source,
        format=doc.format,
        title=title,
        paragraphs=tuple(paragraphs),
        date=date,
        dateline=dateline,
        language=_language(direction, parse_dateline(dateline) if dateline else date, text_sample),
        direction=direction,
        raw=doc.raw,
        raw_hash=doc.raw_hash,
        site=doc.site,
    )


def _take_dateline(lines: list[str]) -> tuple[ParsedDate | None, str | None]:
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        if len(line) >= _BODY_LINE:
            break
        parsed = parse_dateline(line)
        if parsed is not None:
            lines[index] = ""
            return parsed, line
        seen += 1
        if seen >= DATELINE_SEARCH_LINES:
            break
    return None, None


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        if block:
            paragraphs.extend(_block_paragraphs(block))
            block = []
    return paragraphs


def _block_paragraphs(block: list[str]) -> list[str]:
    """One paragraph per line, unless the block is a hard-wrapped paragraph."""
    if len(block) > 1 and all(len(line) >= _WRAPPED_MIN and not line.endswith(_SENTENCE_END) for line in block[:-1]):
        return [" ".join(block)]
    return block


def _same_line(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _language(direction: str, date: ParsedDate | None, sample: str) -> str:
    if direction == "ltr":
        return "en"
    if date is not None and date.calendar == "afghan_solar":
        return "fa-AF"
    if date is not None and date.calendar == "iranian_solar":
        return "fa-IR"
    return "fa-AF" if len(set(_DARI_MARKERS.findall(sample))) >= 2 else "fa"

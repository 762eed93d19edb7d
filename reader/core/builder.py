"""From an extracted document to an article: dates read, chrome out, headline chosen, body kept.

The order matters. Datelines are read before anything is removed (a day's folder shares its
dateline, and learned boilerplate must not take it first). The page's header is then cleared of
chrome, datelines, section and site names, and the headline chosen among what is left
(`reader.core.title`). Lines learned as boilerplate are removed only above the headline and after
the last paragraph of prose: a line that is a sentence of the article is never lost.
"""

from __future__ import annotations

import re
from dataclasses import field

from reader.core import messages
from reader.core import datelines
from reader.core.article import Article, ExtractedDocument
from reader.core.chrome import is_boilerplate, is_chrome_line, is_known_chrome, is_section
from reader.core.dates import ParsedDate, parse_date_value
from reader.core.errors import BadInputError
from reader.core.language import decide_language
from reader.core.outlets import detect_outlet, strip_site_name
from reader.core.page_knowledge import compare_key, fold, knowledge
from reader.core.page_lines import clean_line
from reader.core.record import Record
from reader.core.text import text_direction
from reader.core.title import choose_title, is_body_line

# The header is searched for datelines until this many lines of prose have gone by.
_HEADER_BODY_LINES = 2
_HEADER_LINES = 80  # lines with text: a site's menu can be long
# A block of lines is a hard-wrapped paragraph when its lines run this long without ending a sentence.
_WRAPPED_MIN = 40
_WRAPPED_MAX = 110
# Two lines may be a headline and its lead, or a label and its button: wrapping needs three.
_WRAPPED_LINES = 3
_SENTENCE_END = tuple(".!?؟!:؛»\"')…")
_END_MARKERS = ("انتهای پیام", "انتهای خبر", "پایان پیام", "پایان خبر")
_MAX_NAME = 80  # a site's name line or an outlet's own line is short
_MENU_RUN = 5
_MENU_ITEM = 30
_FOLDED_KEY = 80  # compare_key folds lines up to this long (page_knowledge)
_CHROME_PROSE = re.compile(r"^(?:لطفا|لطفاً|از ارسال|انتشار نظرات|نظرات|در غیر این صورت|[کك]لیه|تمامی|تمام|همه|©|copyright"
                           r"|بیشتر بخوانید|همچنین بخوانید|به نقل از)", re.IGNORECASE)
_DOUBLED_MIN = 60

_JOINED = "\x00"  # a line that is only NUL: no decoded page holds one (binary-looking text is refused)
CHROME = "chrome"
DATELINE = "dateline"
SECTION = "section"
SITE = "site"


class _Page(Record, frozen=False):
    """A page's lines while it is taken apart: the text of each, and what each line is."""

    lines: list[str]
    blank: list[bool]
    roles: list[str | None]
    keys: list[str] = field(default_factory=list)  # each line's compare_key
    prose: list[bool] = field(default_factory=list)  # each line's is_body_line
    learned: set[int] = field(default_factory=set)
    dates: list[datelines.HeaderDate] = field(default_factory=list)
    marker_date: ParsedDate | None = None


def build_article(doc: ExtractedDocument, learned: frozenset[bytes] = frozenset()) -> Article:
    page = _read_lines(doc, learned)
    title, title_index, title_outlet, lead_is_title = _headline(doc, page)
    body_lines, header, footer = _body(page, title_index, title, page_header=not doc.title)
    paragraphs = _paragraphs(body_lines)
    if not title:
        raise BadInputError(messages.ONLY_CHROME, doc.source)
    opening = datelines.paragraph_dateline(title if lead_is_title else paragraphs[0] if paragraphs else "")
    agency = opening.agency if opening else None
    date, dateline = _date(doc, page, title_index, opening)
    if date is None and doc.date_guess:
        date = parse_date_value(doc.date_guess)
    text_sample = title + " " + " ".join(paragraphs[:6])
    direction = text_direction(text_sample)
    outlet = detect_outlet(
        site=doc.site, url=doc.url, source=doc.source, title=title, header=header, footer=footer,
        keys=page.keys, title_outlet=title_outlet, agency=agency,
        # A page without a headline opens with its lead, where the agency formula stands.
        paragraphs=([title] if lead_is_title else []) + paragraphs,
    )
    return Article(
        source=doc.source,
        format=doc.format,
        title=title,
        paragraphs=tuple(paragraphs),
        date=date,
        dateline=dateline,
        language=decide_language(direction, dateline, text_sample),
        direction=direction,
        raw=doc.raw,
        raw_hash=doc.raw_hash,
        site=doc.site,
        outlet=outlet,
    )


def _read_lines(doc: ExtractedDocument, learned: frozenset[bytes]) -> _Page:
    """Every line cleaned and classified; the header's datelines read first of all."""
    raw = _unwrap(doc.lines())
    page = _Page(lines=[], blank=[], roles=[])
    body_seen = 0
    known = knowledge()
    seen_text = 0  # lines with text so far
    for index, original in enumerate(raw):
        line = "" if original == _JOINED else original.strip()
        if not line:  # most lines of a page: blank, or joined into the one above
            page.lines.append("")
            page.blank.append(original != _JOINED)
            page.keys.append("")
            page.prose.append(False)
            page.roles.append(None)
            continue
        if not seen_text:
            page.marker_date, line = datelines.split_date_marker(line)
        seen_text += 1
        in_header = body_seen < _HEADER_BODY_LINES and seen_text <= _HEADER_LINES
        line = clean_line(line, breadcrumbs=in_header)
        page.lines.append(line)
        page.blank.append(False)
        role = _header_dateline(page, index, line) if line and in_header else None
        line = page.lines[index]
        key = compare_key(line) if line else ""
        page.keys.append(key)
        prose = bool(line) and is_body_line(line)
        page.prose.append(prose)
        if line and role is None:
            # Prose is chrome only as a comment policy or a copyright line; folding every sentence
            # to ask would be the import's slowest step.
            if (not prose or _CHROME_PROSE.match(line)) and is_chrome_line(line, key if len(line) <= _FOLDED_KEY else None):
                role = CHROME
            elif len(line) <= _MAX_NAME and (known.outlet_named(line, key) or key in known.by_fingerprint):
                role = SITE
            elif is_section(line, key):
                role = SECTION
            elif prose:
                body_seen += 1
        if line and learned and is_boilerplate(line, learned):
            page.learned.add(index)
        page.roles.append(role)
    _drop_menus(page)
    return page


def _drop_menus(page: _Page) -> None:
    """A run of short items above the article (a site's menu: sections, provinces) is chrome.
    The line just above the first paragraph of prose is never taken: it may be the headline."""
    first_prose = next((i for i, prose in enumerate(page.prose) if prose and page.roles[i] is None), len(page.lines))
    last_before = max((i for i in range(first_prose) if page.lines[i] and page.roles[i] is None), default=-1)
    run: list[int] = []
    for index in [*range(first_prose), -1]:  # -1: the end, where a run found last is closed
        line = page.lines[index] if index >= 0 else ""
        if index >= 0 and not line:
            continue
        item = (index >= 0 and index != last_before and page.roles[index] is None
                and len(line) <= _MENU_ITEM and len(line.split()) <= 3 and not any(ch.isdigit() for ch in line))
        if item:
            run.append(index)
            continue
        if len(run) >= _MENU_RUN:
            for menu_line in run:
                page.roles[menu_line] = CHROME
        if index < 0 or page.roles[index] is None:
            run = []  # chrome or a dateline between items does not end a menu; anything else does


def _header_dateline(page: _Page, index: int, line: str) -> str | None:
    """Read a header line's date; DATELINE when the line is only that. A headline printed again
    with a timestamp after it gives the date and keeps its words."""
    read = datelines.read_header_line(line)
    if read is not None:
        page.dates.append(datelines.HeaderDate(index, line, read[0], read[1]))
        return DATELINE
    stamped, rest = datelines.split_trailing_timestamp(line)
    if stamped is not None:
        page.dates.append(datelines.HeaderDate(index, line, stamped, datelines.PLAIN))
        page.lines[index] = rest
    return None


def _headline(doc: ExtractedDocument, page: _Page) -> tuple[str | None, int | None, str | None, bool]:
    """(headline, its line index or None, the outlet named after it, whether it is the lead
    paragraph standing in for a headline the page does not have)."""
    if doc.title and not is_chrome_line(doc.title) and not knowledge().outlet_named(doc.title):
        title, outlet = strip_site_name(doc.title.strip(), trailing_names=False)
        # The text may open with the headline again (trafilatura keeps the <h1>); further down, a
        # line equal to the title is the article's own (a refrain, a quote) and stays.
        key = compare_key(title)
        first = next((i for i, line in enumerate(page.lines) if line and page.roles[i] is None), None)
        index = first if first is not None and page.keys[first] == key else None
        return title, index, outlet, False
    visible = [line if role is None else "" for line, role in zip(page.lines, page.roles)]
    index = choose_title(visible, page.keys, page.blank, page.learned)
    if index is None:
        # No headline above the first paragraph: that paragraph leads the text.
        index = next((i for i, line in enumerate(visible) if line and is_body_line(line)), None)
        if index is None:
            index = next((i for i, line in enumerate(visible) if line), None)
        return (page.lines[index], index, None, True) if index is not None else (None, None, None, False)
    title, outlet = strip_site_name(page.lines[index], trailing_names=True)
    return title, index, outlet, False


def _date(doc: ExtractedDocument, page: _Page, title_index: int | None,
          opening: datelines.OpeningDate | None) -> tuple[ParsedDate | None, str | None]:
    metadata = page.marker_date or (parse_date_value(doc.date_value) if doc.date_value else None)
    chosen = datelines.choose_date(page.dates, title_index, metadata, opening)
    if isinstance(chosen, (datelines.HeaderDate, datelines.OpeningDate)):
        return chosen.date, chosen.written
    if chosen is not None:
        return chosen, doc.dateline
    own = datelines.read_header_line(doc.dateline) if doc.dateline else None
    if own is not None and own[1] != datelines.TODAY:
        return own[0], doc.dateline
    return None, doc.dateline


def _body(page: _Page, title_index: int | None, title: str | None,
          page_header: bool) -> tuple[list[str], list[str], list[str]]:
    """The article's lines ("" between blocks), the header's lines and the footer's lines.
    `page_header`: the text holds the page's header (a saved page), not only the article (a JSON
    record, trafilatura's extract of an HTML page)."""
    lines, roles, keys = page.lines, page.roles, page.keys
    start = title_index + 1 if title_index is not None else 0
    later = {key for key in keys[start:] if key}
    header = [line for i, line in enumerate(lines[:start]) if line and roles[i] in (None, SITE) and i != title_index]
    title_key = compare_key(title) if title else None
    # Prose above the headline stays, unless the page prints it again below (a teaser).
    kept = [line for i, line in enumerate(lines[:start]) if line and roles[i] is None and i != title_index
            and page.prose[i] and keys[i] not in later]
    prose = [i for i in range(start, len(lines)) if roles[i] is None and page.prose[i]]
    first_prose = (prose[0] if prose else len(lines)) if page_header else start
    last_prose = prose[-1] if prose else -1
    end_marker = next((i for i in range(start, len(lines)) if roles[i] == CHROME
                       and keys[i].lstrip("/").startswith(_END_MARKERS)), None)
    out: list[str] = [*kept, ""] if kept else []
    footer: list[str] = []
    previous = None
    for i in range(start, len(lines)):
        line, role = lines[i], roles[i]
        outside = i < first_prose or i > last_prose
        if not line or role in (CHROME, DATELINE):
            out.append("")
            continue
        if outside and page_header and (role in (SECTION, SITE) or i in page.learned):
            if role != SECTION:
                (footer if i > last_prose else header).append(line)
            out.append("")
            continue
        if end_marker is not None and i > end_marker and not page.prose[i]:
            footer.append(line)
            out.append("")
            continue
        key = keys[i]
        # A caption or paragraph printed twice goes; a poem's refrain, short and set apart, stays.
        doubled = key == previous and (len(line) >= _DOUBLED_MIN or not page.blank[i - 1])
        if key == title_key or doubled or _is_teaser(line, lines[i + 1:]):
            out.append("")
            continue
        previous = key
        out.append(line)
    return out, header, footer


def _is_teaser(line: str, rest: list[str]) -> bool:
    """A lead cut short («…» or «...») that the page prints in full further down."""
    stripped = line.rstrip()
    if not stripped.endswith(("...", "…")):
        return False
    head = fold(stripped.rstrip(".… "))
    return len(head) >= 20 and any(fold(other[: len(stripped) + 20]).startswith(head) for other in rest if other)


def _paragraphs(lines: list[str]) -> list[str]:
    return [line for line in lines if line]


def _unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped paragraphs joined onto their first line (the lines joined in are left as
    `_JOINED`: neither text nor a blank line)."""
    out = list(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        if end - start >= _WRAPPED_LINES and _is_wrapped([line.strip() for line in lines[start:end]]):
            out[start] = " ".join(line.strip() for line in lines[start:end])
            out[start + 1:end] = [_JOINED] * (end - start - 1)
        start = end + 1
    return out


def _is_wrapped(block: list[str]) -> bool:
    """Lines of one width, none but the last ending a sentence, the last no longer than the others:
    a paragraph broken by the saving program. A headline above a line of prose is not one."""
    widths = [len(line) for line in block[:-1]]
    return (
        all(_WRAPPED_MIN <= width <= _WRAPPED_MAX for width in widths)
        and min(widths) >= 0.8 * max(widths)
        and len(block[-1]) <= max(widths)
        and block[-1].endswith(_SENTENCE_END)
        and not any(line.endswith(_SENTENCE_END) or is_known_chrome(line) for line in block[:-1])
    )

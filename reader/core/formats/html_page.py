"""Web pages saved from a browser (`.html`, `.htm`).

The main text is found by trafilatura, which parses the page with lxml: no script runs and
nothing is fetched. Title, date and site come from the page's metadata where it has them.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from reader.core import messages
from reader.core.article import ExtractedDocument
from reader.core.datelines import TODAY, read_header_line
from reader.core.errors import BadInputError
from reader.core.record import Record

log = logging.getLogger(__name__)

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publish-date",
)


class _PageMetadata(Record):
    title: str | None = None
    date: str | None = None  # from <meta> or <time datetime>
    dateline: str | None = None  # the page's own dateline, as written
    site: str | None = None
    url: str | None = None


# Elements that hold a page's own dateline: <time>, or a class or id that says so.
_DATE_HOLDER = re.compile(r"date|time|publish|byline|news-?info|meta-?info", re.IGNORECASE)
_MAX_DATELINE = 160
_TODAY_MARK = re.compile(r"today|current|now|emrooz|emruz", re.IGNORECASE)


def _page_metadata(html: str) -> _PageMetadata:
    """Title, date, dateline as written, site name and address from <meta>, <time> and <title>."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several types for broken markup; none is fatal here
        return _PageMetadata()
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in metas:
            metas[key] = value
    date = next((metas[k] for k in _DATE_META if k in metas), None)
    dateline = None
    for time_el in tree.iter("time"):
        written = " ".join(time_el.text_content().split())
        if written and read_header_line(written) is not None:
            dateline = written
        date = date or (time_el.get("datetime") or "").strip() or None
        if date or dateline:
            break
    if dateline is None:
        dateline = _own_dateline(tree)
    title = metas.get("og:title")
    if not title:
        title_el = tree.find(".//title")
        title = title_el.text_content().strip() if title_el is not None else None
    canonical = next((link.get("href") for link in tree.iter("link")
                      if (link.get("rel") or "").lower() == "canonical" and link.get("href")), None)
    return _PageMetadata(title or None, date, dateline, metas.get("og:site_name"), metas.get("og:url") or canonical)


def _own_dateline(tree) -> str | None:  # noqa: ANN001 - an lxml element tree
    """The article's dateline: an element whose class or id says it holds a date, the first after
    the headline (<h1>) if any is, else the first before it; a "today" bar never."""
    before: str | None = None
    seen_headline = False
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if element.tag == "h1":
            seen_headline = True
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _DATE_HOLDER.search(marks) or _TODAY_MARK.search(marks):
            continue
        written = " ".join(element.text_content().split())
        if not written or len(written) > _MAX_DATELINE:
            continue
        read = read_header_line(written)
        if read is None or read[1] == TODAY:
            continue
        if seen_headline:
            return written
        before = before or written
    return before


_INVISIBLE_ENTITY = re.compile(r"&(?:zwnj|zwj|lrm|rlm);|&#(?:x200[cdef]|820[4-7]);", re.IGNORECASE)
_ENTITY_CHAR = {"zwnj": "\u200c", "zwj": "\u200d", "lrm": "\u200e", "rlm": "\u200f"}


def _entity_to_char(match: re.Match[str]) -> str:
    entity = match.group(0)[1:-1].lower()
    if entity in _ENTITY_CHAR:
        return _ENTITY_CHAR[entity]
    return chr(int(entity[2:], 16) if entity.startswith("#x") else int(entity[1:]))


def _protect_invisibles(html: str) -> tuple[str, dict[str, str]]:
    """Swap format characters (ZWNJ above all) for rare visible stand-ins.

    trafilatura drops invisible characters from the text it returns, and in Persian ZWNJ is
    spelling: «کمک‌ها» must not come back as «کمکها».
    """
    html = _INVISIBLE_ENTITY.sub(_entity_to_char, html)
    invisible = sorted({ch for ch in html if unicodedata.category(ch) == "Cf"})
    free = (chr(code) for code in range(0x2E00, 0x2E80) if chr(code) not in html)
    mapping = {}
    for ch in invisible:
        stand_in = next(free, None)
        if stand_in is None:
            break
        mapping[stand_in] = ch
        html = html.replace(ch, stand_in)
    return html, mapping


def _restore(text: str | None, mapping: dict[str, str]) -> str | None:
    if text is None:
        return None
    for stand_in, ch in mapping.items():
        text = text.replace(stand_in, ch)
    return text


def read_html(source: str, text: str, raw_hash: str) -> list[ExtractedDocument]:
    import trafilatura

    meta = _page_metadata(text)
    protected, mapping = _protect_invisibles(text)
    try:
        extracted = trafilatura.bare_extraction(
            protected, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            # Dates from the page's structure only (JSON-LD, markup, address): its extensive search
            # reads years out of sentences («جام جهانی 2010» became 2010-01-01).
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura wraps parser failures in many types
        raise BadInputError(messages.HTML_UNREADABLE, source, exc) from None
    if extracted is None or not (extracted.text or "").strip():
        raise BadInputError(messages.HTML_NO_TEXT, source)
    # trafilatura's title is the headline (h1) when the page has one; <title> often carries the site.
    title = (_restore(extracted.title, mapping) or meta.title or "").strip() or None
    body = _restore(extracted.text, mapping) or ""
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    return [
        ExtractedDocument(
            source=source,
            format="html",
            raw=text,
            body="\n\n".join(paragraphs),
            raw_hash=raw_hash,
            title=title,
            date_value=meta.date,
            dateline=meta.dateline,
            site=meta.site or _restore(extracted.sitename, mapping),
            url=meta.url,
            # Only when the page shows no dateline of its own.
            date_guess=extracted.date,
        )
    ]

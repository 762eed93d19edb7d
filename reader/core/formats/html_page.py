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
from reader.core.dates import parse_dateline
from reader.core.errors import BadInputError

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


def _page_metadata(html: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(title, date value, dateline as written, site name) from <meta>, <time> and <title>."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several types for broken markup; none is fatal here
        return None, None, None, None
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
        if written and parse_dateline(written) is not None:
            dateline = written
        date = date or (time_el.get("datetime") or "").strip() or None
        if date or dateline:
            break
    title = metas.get("og:title")
    if not title:
        title_el = tree.find(".//title")
        title = title_el.text_content().strip() if title_el is not None else None
    site = metas.get("og:site_name")
    return title or None, date, dateline, site


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

    meta_title, meta_date, dateline, site = _page_metadata(text)
    protected, mapping = _protect_invisibles(text)
    try:
        extracted = trafilatura.bare_extraction(
            protected, with_metadata=True, include_comments=False, include_tables=True, include_images=False
        )
    except Exception as exc:  # trafilatura wraps parser failures in many types
        raise BadInputError(messages.HTML_UNREADABLE, source, exc) from None
    if extracted is None or not (extracted.text or "").strip():
        raise BadInputError(messages.HTML_NO_TEXT, source)
    # trafilatura's title is the headline (h1) when the page has one; <title> often carries the site.
    title = (_restore(extracted.title, mapping) or meta_title or "").strip() or None
    body = _restore(extracted.text, mapping) or ""
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    date_value = meta_date or extracted.date
    return [
        ExtractedDocument(
            source=source,
            format="html",
            raw=text,
            body="\n\n".join(paragraphs),
            raw_hash=raw_hash,
            title=title,
            date_value=date_value,
            dateline=dateline,
            site=site or _restore(extracted.sitename, mapping),
        )
    ]

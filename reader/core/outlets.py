"""Which outlet published a page, from what the page itself says.

In order of trust: the page's metadata (`og:site_name`, a JSON record's site or URL), a line that
is only a known outlet's name in the page's header or footer, a line only that outlet's pages
carry, the agency formula opening the article («به گزارش خبرنگار مهر،», «نورنیوز-گروه اجتماعی:»),
an unknown site's name line at the very top, and last the file's name. Known outlets get their
name from page_knowledge.json («VOA Dari», «Mehr News»); others keep the name the page gives.
"""

from __future__ import annotations

import re
from functools import cache

from reader.core.page_knowledge import Outlet, compact, fold, knowledge

_SITE_WORD = re.compile(r"نیوز|news|خبر|پرس|press|آنلاین|online|روزنامه|رادیو|تلویزیون|\btv\b|\.(?:com|ir|af|net|org)\b",
                        re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#].*)?$", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:]\s+")
_FORMULA_PARAGRAPHS = 3
_DOMAIN_IN_NAME = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|ir|af|net|org|news|media|tv|co|uk|de|fm|info)(?![a-z0-9])", re.IGNORECASE)
# «خبرگزاری مهر ــ گروه …»: a tatweel standing alone is a dash (folding would drop it).
_LONE_TATWEEL = re.compile(r"(?<=\s)\u0640+(?=\s)")


@cache
def _formula_openers() -> re.Pattern[str]:
    """The first words a formula can open with: «به» and each outlet name's first word."""
    known = knowledge()
    names = {fold(n) for o in known.outlets for n in (o.name, *o.names, *o.lead)}
    words = sorted({"به", *(name.split()[0] for name in names if name)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def _formulas() -> tuple[re.Pattern[str], re.Pattern[str]]:
    known = knowledge()
    names = sorted({fold(n) for o in known.outlets for n in (o.name, *o.names)}, key=len, reverse=True)
    leads = sorted({fold(n) for o in known.outlets for n in o.lead} | set(names), key=len, reverse=True)
    either = "|".join(map(re.escape, leads))
    # «نورنیوز-گروه اجتماعی:», «صبح کابل:», «۸صبح، کابل:», «خبرگزاری مهر، گروه بین‌الملل:» (a comma
    # alone opens ordinary sentences too)
    opening = re.compile(rf"^({'|'.join(map(re.escape, names))})\s*(?:[-–—ـ:؛/]|[،,]\s*(?:[^\s،,:]+\s*){{1,3}}:)")
    report = re.compile(rf"^(?:به\s*گزارش|به\s*نقل از)\s+(?:[^،,؛:]{{0,60}}?\s)?({either})(?=\s*(?:[،,؛;:ـ\-–—/(]|از\s|در\s|به\s*نقل))")
    return opening, report


def _by_formula_name(name: str) -> Outlet | None:
    known = knowledge()
    outlet = known.outlet_named(name)
    if outlet is not None:
        return outlet
    key = compact(name)
    return next((o for o in known.outlets if key in {compact(n) for n in o.lead}), None)


def outlet_from_text(text: str) -> str | None:
    """A known outlet's canonical name for a name or address, else None."""
    known = knowledge()
    outlet = known.outlet_named(text) or (known.outlet_of_domain(text) if _DOMAIN.match(text.strip()) else None)
    return outlet.name if outlet else None


def outlet_from_site(site: str) -> str | None:
    """The outlet a metadata value names (og:site_name, a JSON record's site or link), or None."""
    return _metadata_outlet(site, None)


def _metadata_outlet(site: str | None, url: str | None) -> str | None:
    if site and site.strip():
        named = outlet_from_text(site)
        if named:
            return named
        domain = _DOMAIN.match(site.strip())
        if domain:
            return domain.group(1).lower()
        return " ".join(site.split())
    if url and (domain := _DOMAIN.match(url.strip())):
        return outlet_from_text(url) or domain.group(1).lower()
    return None


def strip_site_name(title: str, trailing_names: bool) -> tuple[str, str | None]:
    """A headline without the site name some pages print after it: after a separator
    («… | عصر ایران»), or with `trailing_names` as words repeated at its end («… ۸صبح ۸صبح جدید»;
    one name alone may end a real headline: «… با ایران اینترنشنال»)."""
    known = knowledge()
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if separators and (outlet := known.outlet_named(title[separators[-1].end():])):
        return title[: separators[-1].start()].strip(), outlet.name
    if not trailing_names:
        return title, None
    words = title.split()
    found: str | None = None
    stripped = 0
    cut = len(words)
    while cut > 3:
        for size in (3, 2, 1):
            if cut - size >= 3 and (outlet := known.outlet_named(" ".join(words[cut - size:cut]))):
                found = found or outlet.name
                cut -= size
                stripped += 1
                break
        else:
            break
    if found is None or stripped < 2:
        return title, None
    return " ".join(words[:cut]), found


def detect_outlet(*, site: str | None, url: str | None, source: str, title: str, header: list[str],
                  footer: list[str], keys: list[str], paragraphs: list[str], title_outlet: str | None = None,
                  agency: str | None = None) -> str | None:
    """The publisher of a page, or None when the page does not say. `keys` are the page's lines in
    comparison form (`page_knowledge.compare_key`)."""
    named = _metadata_outlet(site, url)
    if named:
        return named
    known = knowledge()
    in_title = compact(title)
    for line in (*header, *footer):
        outlet = known.outlet_named(line)
        if outlet is not None and not any(compact(n) in in_title for n in outlet.names if len(n) > 2):
            return outlet.name
    if title_outlet:
        return title_outlet
    for key in keys:
        if key and (outlet := known.by_fingerprint.get(key)):
            return outlet.name
    for line in header[:1]:
        domain = _DOMAIN.match(line.strip())
        if domain:
            return outlet_from_text(line) or domain.group(1).lower()
        if len(line.split()) <= 3 and _SITE_WORD.search(line) and not any(ch.isdigit() for ch in line):
            return " ".join(line.split())  # an unknown site's name above everything else
    if agency and (outlet := _by_formula_name(agency)):
        return outlet.name  # «کابل (پژواک، ۱۵ حوت ۱۴۰۲)»
    opening, report = _formulas()
    openers = _formula_openers()
    for paragraph in paragraphs[:_FORMULA_PARAGRAPHS]:
        if not openers.match(fold(paragraph[:30])):
            continue
        head = fold(_LONE_TATWEEL.sub("-", paragraph[:140]))
        match = opening.match(head) or report.match(head)
        if match and (outlet := _by_formula_name(match.group(1))):
            return outlet.name
    return _from_file_name(source)


def _from_file_name(source: str) -> str | None:
    """A saved page's file name often ends with the site's name: «عنوان - عصر ایران.html»."""
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
    known = knowledge()
    parts = _TITLE_SEPARATORS.split(stem) if any(mark in stem for mark in "|-–—:") else [stem]
    for part in reversed(parts):
        if outlet := known.outlet_named(part):
            return outlet.name
    if "." not in stem and "." not in source.rsplit("/", 1)[0]:
        return None
    for domain in _DOMAIN_IN_NAME.findall(source):
        if outlet := known.outlet_of_domain(domain):
            return outlet.name
    return None

"""What we know about news sites' pages, read from page_knowledge.json (data, not code).

The file lists lines that are never the article (chrome, whole-line patterns), section names, and
the outlets: the names their pages write, the names used only after «به گزارش», their web domains
and lines only their pages carry. Everything is compared in folded form (`fold`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from reader.core.digits import NON_LATIN_DIGITS
from reader.core.record import Record

# Folding for comparison only; the article text itself keeps its spelling.
_FOLDED = {"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "\u200c": "", "\u200f": "",
           "\u200e": "", "\u200d": "", "\u0640": "", "\u00a0": " ",
           **{digit: str(i % 10) for i, digit in enumerate(NON_LATIN_DIGITS)}}
# A regex finding the few characters to change is many times faster than str.translate, whose
# dictionary path costs about a microsecond per character of Persian text.
_TO_FOLD = re.compile("[" + "".join(_FOLDED) + "]")


def _fold_char(match: re.Match[str]) -> str:
    return _FOLDED[match.group()]
# Lines longer than this are prose: compared with their spaces evened out only (folding is costly).
_SHORT_LINE = 80
_HEADLINE_LINE = 200
_LONGEST_NAME = 80
_SPACES = re.compile(r"\s+")
EDGE_PUNCT = " \t|•·-–—:؛،,.*»«>"


def fold(text: str) -> str:
    """The comparison form of a line: Persian letters and digits folded, ZWNJ and edge punctuation
    dropped, spaces collapsed, case ignored."""
    return _SPACES.sub(" ", _TO_FOLD.sub(_fold_char, text)).strip(EDGE_PUNCT).casefold()


def compare_key(line: str) -> str:
    """The form in which two lines of one page are compared: `fold` for short lines, spaces evened
    out for headline-length ones; a paragraph printed twice on a page repeats its own spelling and
    spacing, so a long one is compared as is."""
    if len(line) <= _SHORT_LINE:
        return fold(line)
    return " ".join(line.split()) if len(line) <= _HEADLINE_LINE else line


def compact(text: str) -> str:
    """`fold` without any spaces: «نور نیوز» and «نورنیوز» meet."""
    return fold(text).replace(" ", "")


class Outlet(Record):
    name: str
    names: tuple[str, ...]
    lead: tuple[str, ...]
    domains: tuple[str, ...]
    fingerprints: tuple[str, ...]


class PageKnowledge(Record):
    chrome: frozenset[str]  # compact forms
    chrome_patterns: re.Pattern[str]
    sections: frozenset[str]  # compact forms
    outlets: tuple[Outlet, ...]
    by_name: dict[str, Outlet]  # compact(name) → outlet
    by_fingerprint: dict[str, Outlet]  # fold(line) → outlet
    longest_chrome: int

    def outlet_named(self, text: str, key: str | None = None) -> Outlet | None:
        """The outlet `text` names; `key` is its `fold` when the caller has it."""
        if len(text) > _LONGEST_NAME:
            return None
        return self.by_name.get(compact(text) if key is None else key.replace(" ", ""))

    def outlet_of_domain(self, url_or_host: str) -> Outlet | None:
        lowered = url_or_host.casefold()
        host = re.sub(r"^[a-z]+://", "", lowered).split("?")[0]
        best: tuple[int, Outlet] | None = None
        for outlet in self.outlets:
            for domain in outlet.domains:
                index = host.find(domain)
                if index >= 0 and (index == 0 or host[index - 1] in "./") and (best is None or len(domain) > best[0]):
                    best = (len(domain), outlet)
        return best[1] if best else None


@cache
def knowledge() -> PageKnowledge:
    raw = json.loads(resources.files("reader.core").joinpath("page_knowledge.json").read_text(encoding="utf-8"))
    outlets = tuple(
        Outlet(item["name"], tuple(item.get("names", ())), tuple(item.get("lead", ())),
               tuple(item.get("domains", ())), tuple(item.get("fingerprints", ())))
        for item in raw["outlets"]
    )
    by_name = {compact(name): outlet for outlet in outlets for name in (outlet.name, *outlet.names)}
    by_fingerprint = {fold(line): outlet for outlet in outlets for line in outlet.fingerprints}
    # Chrome and section names compare without spaces: «تازه‌ترین», «تازه ترین» and «تازهترین» meet.
    chrome = frozenset(compact(line) for line in raw["chrome"])
    return PageKnowledge(
        chrome=chrome,
        chrome_patterns=re.compile("|".join(f"(?:{p})" for p in raw["chrome_patterns"])),
        sections=frozenset(compact(line) for line in raw["sections"]),
        outlets=outlets,
        by_name=by_name,
        by_fingerprint=by_fingerprint,
        longest_chrome=max(len(line) for line in chrome),
    )

"""Search recall and precision by spelling class, on real news text (`../shared/corpus`).

    python -m benchmarks.spelling [--json] [--samples N]

Skips (exit 0, a line on stderr) when `../shared/corpus` is absent: the text is not ours to ship.

The 1,500 articles are imported into a fresh library; every query runs through the query parser and
the index (`search_repo.search`, all matches), and is judged against the articles' stored text by
regular expressions that know nothing of the index's canonical form (they fold only ي/ك and
diacritics): an article is relevant when it holds the word in one of the spellings of its class.
Recall = relevant articles found / relevant articles; precision = relevant articles found /
articles found; both summed over the queries of a class (micro-averaged).

Classes:
  compounds   the two-part compounds the corpus writes with ZWNJ, asked for with ZWNJ, joined,
              spaced (plain words: both words anywhere, or the compound) and spaced in quotes;
              relevant: the parts joined, with ZWNJ, or side by side. "other spelling" counts only
              the articles that have the compound in none of the query's own spelling.
  hamza       words whose hamza sits on ئ, ؤ, أ or is written without it (مسئول / مسؤول / مسوول,
              هیئت / هیأت / هیات, رئیس / رییس ...), each spelling asked for.
  glued       words and numbers the corpus writes glued together («۲۰درصد», «جذب714»): the word
              alone; "glued only" counts the articles that have it only glued.
  decimals    decimals as written (2.5, 5/2, ۳٫۵) and in the other spellings; relevant: the same
              number in any spelling, not part of a longer chain (a date 1403/05/12), never «1+5».

The same script runs on an older checkout (the figures "before"): it finds which parse_query it has.
`--samples N` prints N spaced occurrences that a query for the compound finds, for checking by hand
that they are the compound and not two words that happen to meet.
"""

from __future__ import annotations

import argparse
import inspect
import json
import random
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.corpus import SHARED_CORPUS

_LETTER = "[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]"
_NOT_IN_WORD = f"(?<!{_LETTER})(?<!\u200c)"
# A plural ending after one space is part of the word («مسئولیت های»), for the index and the judge.
_NOT_AFTER_WORD = f"(?!{_LETTER})(?!\u200c)(?! (?:ها|های|هایی|هایش|هایشان|تر|ترین)(?!{_LETTER}))"
_DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"
_BOUND = {"ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر", "ترین", "ترها",
          "ام", "ات", "اش", "اند", "ایم", "اید", "است", "ای"}
HAMZA_GROUPS = [
    ("مسئول", "مسؤول", "مسوول"), ("مسئولان", "مسؤولان", "مسوولان"), ("مسئولیت", "مسؤولیت", "مسوولیت"),
    ("مسئولین", "مسؤولین", "مسوولین"), ("هیئت", "هیأت", "هیات"), ("مسئله", "مسأله", "مساله"),
    ("سؤال", "سئوال", "سوال"), ("رئیس", "رییس"), ("مسائل", "مسایل"), ("ارائه", "ارایه"),
    ("اسرائیل", "اسراییل"), ("جزئیات", "جزییات"), ("جرائم", "جرایم"), ("قضائیه", "قضاییه"),
    ("تأیید", "تایید", "تائید"), ("تأثیر", "تاثیر"), ("تأمین", "تامین"), ("تأکید", "تاکید"),
    ("مؤسسه", "موسسه"), ("پائین", "پایین"), ("ائتلاف", "ایتلاف"), ("ژوئن", "ژوین"), ("اجزاء", "اجزا"),
    ("ارتقاء", "ارتقا"), ("جرئت", "جرأت", "جرات"), ("شئون", "شؤون", "شوون"), ("مؤثر", "موثر"),
    ("رؤسای", "روسای"), ("دائمی", "دایمی"), ("قائل", "قایل"), ("سوئد", "سوید"),
]
_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def fold(text: str) -> str:
    """What the judge folds: Arabic yeh and kaf, diacritics and tatweel — nothing else."""
    return re.sub("[\u064b-\u065f\u0670\u0640]", "", text.replace("ي", "ی").replace("ك", "ک"))


# ---------------------------------------------------------------------------------------------
# The library and the search, whichever version of Hashiya this runs in


def load_corpus() -> list[str]:
    texts = []
    for path in sorted(SHARED_CORPUS.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            texts.append(item["title"].strip() + "\n\n" + "\n\n".join(p.strip() for p in item["paragraphs"]))
    return texts


def build_library(texts: list[str], folder: Path):
    from reader.services.library import Library

    source = folder / "corpus"
    source.mkdir()
    for n, text in enumerate(texts):
        (source / f"{n:04}.txt").write_text(text, encoding="utf-8")
    library = Library(folder / "library.sqlite")
    library.import_paths([source])
    return library


def searcher(db) -> Callable[[str], set[int]]:
    """Query -> ids of every matching article, through the parser and index this checkout has."""
    from reader.core.search_query import QueryError, parse_query
    from reader.storage import search_repo

    extra = ()
    if "lexicon" in inspect.signature(parse_query).parameters:
        from reader.core import lexicon

        extra = (False, lexicon.shared())

    def search(query: str) -> set[int]:
        try:
            match = parse_query(query, *extra).fts
        except QueryError:
            return set()
        return set(search_repo.search(db, match, 100_000))

    return search


# ---------------------------------------------------------------------------------------------
# Cases


@dataclass
class Case:
    kind: str  # class and how the query is written
    query: str
    relevant: set[int]
    other_spelling: set[int] = field(default_factory=set)  # relevant articles lacking the query's own spelling


def _holding(articles: dict[int, str], pattern: str) -> set[int]:
    compiled = re.compile(pattern)
    return {i for i, text in articles.items() if compiled.search(text)}


def compound_cases(articles: dict[int, str], limit: int) -> list[Case]:
    counts: dict[tuple[str, str], int] = {}
    pattern = re.compile(f"{_NOT_IN_WORD}({_LETTER}{{2,}})\u200c({_LETTER}{{2,}}){_NOT_AFTER_WORD}")
    for text in articles.values():
        for m in pattern.finditer(text):
            if m[2] not in _BOUND and m[1] not in ("می", "نمی"):
                counts[(m[1], m[2])] = counts.get((m[1], m[2]), 0) + 1
    chosen = sorted((pair for pair, n in counts.items() if n >= 2), key=lambda p: (-counts[p], p))[:limit]
    cases = []
    for first, second in chosen:
        joined = _holding(articles, f"{_NOT_IN_WORD}{first}{second}{_NOT_AFTER_WORD}")
        zwnj = _holding(articles, f"{_NOT_IN_WORD}{first}\u200c{second}{_NOT_AFTER_WORD}")
        spaced = _holding(articles, f"{_NOT_IN_WORD}{first} {second}{_NOT_AFTER_WORD}")
        relevant = joined | zwnj | spaced
        cases += [
            Case("compound typed with ZWNJ", f"{first}\u200c{second}", relevant, relevant - zwnj - joined),
            Case("compound typed joined", first + second, relevant, relevant - zwnj - joined),
            Case("compound typed spaced", f"{first} {second}", relevant, relevant - spaced),
            Case("compound typed spaced, quoted", f'"{first} {second}"', relevant, relevant - spaced),
        ]
    return cases


def hamza_cases(articles: dict[int, str]) -> list[Case]:
    cases = []
    for group in HAMZA_GROUPS:
        holding = {word: _holding(articles, f"{_NOT_IN_WORD}{word}{_NOT_AFTER_WORD}") for word in group}
        relevant = set().union(*holding.values())
        if not relevant:
            continue
        for word in group:
            cases.append(Case("hamza seat", word, relevant, relevant - holding[word]))
    return cases


def glued_cases(articles: dict[int, str], limit: int) -> list[Case]:
    glued: dict[str, int] = {}
    for text in articles.values():
        for m in re.finditer(f"{_DIGIT}+({_LETTER}{{2,}}){_NOT_AFTER_WORD}|{_NOT_IN_WORD}({_LETTER}{{2,}}){_DIGIT}+", text):
            word = m[1] or m[2]
            glued[word] = glued.get(word, 0) + 1
    cases = []
    for word in sorted(glued, key=lambda w: (-glued[w], w))[:limit]:
        alone = _holding(articles, f"{_NOT_IN_WORD}(?<!{_DIGIT}){word}(?!{_DIGIT}){_NOT_AFTER_WORD}")
        anywhere = _holding(articles, f"{_NOT_IN_WORD}{word}{_NOT_AFTER_WORD}")
        cases.append(Case("word glued to digits", word, anywhere, anywhere - alone))
    numbers: dict[str, int] = {}
    for text in articles.values():
        for m in re.finditer(f"{_LETTER}({_DIGIT}{{2,}})(?!{_DIGIT})|(?<!{_DIGIT})({_DIGIT}{{2,}}){_LETTER}", text):
            number = (m[1] or m[2]).translate(_TO_ASCII)
            numbers[number] = numbers.get(number, 0) + 1
    for number in sorted(numbers, key=lambda n: (-numbers[n], n))[:limit]:
        digits = "".join(f"[{d}{chr(0x06F0 + int(d))}{chr(0x0660 + int(d))}]" for d in number)
        edge = f"(?<!{_DIGIT})(?<![./\u066b])"
        tail = f"(?!{_DIGIT})(?![./\u066b]{_DIGIT})"
        anywhere = _holding(articles, f"{edge}{digits}{tail}")
        alone = _holding(articles, f"{edge}(?<!{_LETTER}){digits}(?!{_LETTER}){tail}")
        cases.append(Case("number glued to a word", number, anywhere, anywhere - alone))
    return cases


def decimal_cases(articles: dict[int, str], limit: int) -> list[Case]:
    found: dict[tuple[str, str], int] = {}
    chain = re.compile(f"(?<!{_DIGIT})(?<![./\u066b])({_DIGIT}+)[./\u066b]({_DIGIT}+)(?!{_DIGIT})(?![./\u066b]{_DIGIT})")
    for text in articles.values():
        for m in chain.finditer(text):
            key = (m[1].translate(_TO_ASCII), m[2].translate(_TO_ASCII))
            found[key] = found.get(key, 0) + 1
    cases = []
    for whole, part in sorted(found, key=lambda k: (-found[k], k))[:limit]:
        def digits(number: str) -> str:
            return "".join(f"[{d}{chr(0x06F0 + int(d))}{chr(0x0660 + int(d))}]" for d in number)

        pattern = (f"(?<!{_DIGIT})(?<![./\u066b]){digits(whole)}[./\u066b]{digits(part)}"
                   f"(?!{_DIGIT})(?![./\u066b]{_DIGIT})")
        relevant = _holding(articles, pattern)
        persian = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
        for written in (f"{whole}.{part}", f"{whole}/{part}", f"{whole}\u066b{part}".translate(persian)):
            own = _holding(articles, re.escape(written))
            cases.append(Case("decimal", written, relevant, relevant - own))
    return cases


# ---------------------------------------------------------------------------------------------
# Scores


def score(cases: list[Case], search: Callable[[str], set[int]]) -> dict[str, dict]:
    by_kind: dict[str, dict] = {}
    for case in cases:
        found = search(case.query)
        s = by_kind.setdefault(case.kind, {"queries": 0, "relevant": 0, "found": 0, "hits": 0,
                                           "other_spelling": 0, "other_spelling_found": 0, "misses": []})
        s["queries"] += 1
        s["relevant"] += len(case.relevant)
        s["found"] += len(found)
        s["hits"] += len(found & case.relevant)
        s["other_spelling"] += len(case.other_spelling)
        s["other_spelling_found"] += len(found & case.other_spelling)
        if case.relevant - found and len(s["misses"]) < 5:
            s["misses"].append(case.query)
    for s in by_kind.values():
        s["recall"] = s["hits"] / s["relevant"] if s["relevant"] else None
        s["precision"] = s["hits"] / s["found"] if s["found"] else None
        s["recall_other_spelling"] = s["other_spelling_found"] / s["other_spelling"] if s["other_spelling"] else None
    return by_kind


def spaced_samples(cases: list[Case], articles: dict[int, str], search: Callable[[str], set[int]], count: int,
                   seed: int = 3) -> list[str]:
    """Contexts of spaced occurrences that a joined query finds, to judge by hand."""
    rng = random.Random(seed)
    lines = []
    for case in cases:
        if case.kind != "compound typed joined":
            continue
        first_second = case.query
        for i in sorted(search(case.query) & case.other_spelling):
            for m in re.finditer(f"{_NOT_IN_WORD}({_LETTER}+) ({_LETTER}+){_NOT_AFTER_WORD}", articles[i]):
                if m[1] + m[2] == first_second:
                    text = articles[i]
                    lines.append(f"{first_second}\t…{text[max(0, m.start() - 40): m.end() + 40]}…".replace("\n", " "))
                    break
    rng.shuffle(lines)
    return lines[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--compounds", type=int, default=150, help="most frequent ZWNJ compounds to ask for")
    parser.add_argument("--samples", type=int, default=0, help="print spaced matches to check by hand")
    args = parser.parse_args(argv)
    if not SHARED_CORPUS.exists():
        print(f"spelling benchmark skipped: {SHARED_CORPUS} is not here (real text is not shipped)", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="hashiya-spelling-") as tmp:
        library = build_library(load_corpus(), Path(tmp))
        try:
            articles = {row[0]: fold(row[1] + "\n\n" + row[2]) for row in
                        library.db.execute("SELECT id, title, text FROM articles WHERE is_current")}
            search = searcher(library.db)
            cases = (compound_cases(articles, args.compounds) + hamza_cases(articles)
                     + glued_cases(articles, 60) + decimal_cases(articles, 60))
            results = score(cases, search)
            samples = spaced_samples(cases, articles, search, args.samples) if args.samples else []
        finally:
            library.close()
    if args.json:
        print(json.dumps({"articles": len(articles), "results": results, "samples": samples}, ensure_ascii=False,
                         indent=2))
        return 0
    print(f"spelling classes on {len(articles):,} real articles (recall / precision, micro-averaged over queries)")
    width = max(map(len, results))
    print(f"{'class':<{width}}  queries  recall  precision  recall on the other spelling only")
    for kind, s in results.items():
        def fmt(v: float | None) -> str:
            return "   –  " if v is None else f"{v:6.3f}"

        print(f"{kind:<{width}}  {s['queries']:7}  {fmt(s['recall'])}  {fmt(s['precision'])}     "
              f"{fmt(s['recall_other_spelling'])} ({s['other_spelling']} articles)")
    for line in samples:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

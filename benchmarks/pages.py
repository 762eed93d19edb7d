"""Real saved pages from real sites: is the title, date, outlet, language and body right?

    python -m benchmarks.pages [--folder DIR] [--misses]

The development set is tests/fixtures/pages/: excerpts of real pages from Persian and Dari news
sites in saved/ (addresses in README.md) with hand-checked expectations in expected.json. The pages go
through the import's own path (extract, learn boilerplate over the folder, build), and the table
gives per site and overall: title right, date right and dates invented, outlet right, language
right, chrome lines left and body sentences lost. Exit 1 unless every page is right.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.article import Article
from reader.core.chrome import BoilerplateCounter
from reader.services.extraction import build, extract
from reader.services.sources import list_sources

DEV_SET = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class PageResult:
    page: str
    site: str
    title_ok: bool = False
    date_ok: bool = False
    invented: bool = False
    outlet_ok: bool = False
    language_ok: bool = False
    chrome_left: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def right(self) -> bool:
        return (self.title_ok and self.date_ok and self.outlet_ok and self.language_ok
                and not self.chrome_left and not self.lost)


def build_folder(folder: Path) -> dict[str, Article | str]:
    """Each page's article (or failure message), built as an import of the folder builds them."""
    listing = list_sources([folder])
    counter = BoilerplateCounter()
    extracted = []
    for source in listing.files:
        result = extract(source)
        extracted.append(result)
        for _doc, candidates in result.documents:
            counter.add_file(candidates)
    learned = counter.learned()
    built: dict[str, Article | str] = {}
    for result in extracted:
        page = Path(result.source.name).stem
        if result.failure is not None:
            built[page] = str(result.failure)
            continue
        for doc, _candidates in result.documents:
            made = build(result.source, doc, learned)
            built[page] = made.article if made.article is not None else str(made.failure)
    return built


def _blocks(article: Article) -> list[str]:
    return [_norm(article.title), *(_norm(p) for p in article.paragraphs)]


def check(page: str, article: Article | str, expected: dict) -> PageResult:
    result = PageResult(page, expected["site"])
    if isinstance(article, str):
        result.notes.append(article)
        result.lost = list(expected["body"])
        return result
    text = _norm(article.text)
    blocks = _blocks(article)
    result.title_ok = _norm(article.title) == _norm(expected["title"])
    if not result.title_ok:
        result.notes.append(f"title: {article.title!r}")
    want = expected["date"]
    got = article.iso_date
    result.invented = want is None and got is not None
    result.date_ok = got is None if want is None else bool(got and got.startswith(want))
    if not result.date_ok:
        result.notes.append(f"date: {got} (want {want})")
    outlet = article.outlet
    result.outlet_ok = outlet == expected["outlet"] or (expected["outlet"] is None and outlet in (None, expected["site"]))
    if not result.outlet_ok:
        result.notes.append(f"outlet: {outlet!r} (want {expected['outlet']!r})")
    language = expected["language"]
    result.language_ok = (article.language == "fa-AF" if language == "fa-AF"
                          else article.language != "fa-AF" if language == "fa-IR" else True)
    if not result.language_ok:
        result.notes.append(f"language: {article.language} (want {language})")
    for line in expected["chrome"]:
        line = _norm(line)
        if line in blocks or (len(line) >= 12 and line in text):
            result.chrome_left.append(line)
    for line in expected.get("once", []):
        line = _norm(line)
        if line.endswith("…"):
            count = sum(block.startswith(line[:-1]) for block in blocks)
        else:
            count = blocks.count(line)
        if count > 1:
            result.chrome_left.append(f"{count}× {line}")
    result.lost = [sentence for sentence in expected["body"] if _norm(sentence) not in text]
    return result


def evaluate(folder: Path = DEV_SET) -> list[PageResult]:
    """`folder` holds expected.json and the pages in saved/."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    built = build_folder(folder / "saved")
    return [check(page, built.get(page, "not imported"), want) for page, want in expected.items()]


def _row(name: str, results: list[PageResult]) -> str:
    n = len(results)
    return (f"{name:<28} {n:>5} {sum(r.title_ok for r in results):>6} {sum(r.date_ok for r in results):>5}"
            f" {sum(r.invented for r in results):>8} {sum(r.outlet_ok for r in results):>7}"
            f" {sum(r.language_ok for r in results):>9} {sum(len(r.chrome_left) for r in results):>7}"
            f" {sum(len(r.lost) for r in results):>5} {sum(r.right for r in results):>6}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, default=DEV_SET)
    parser.add_argument("--misses", action="store_true", help="say what is wrong on each page that is not right")
    args = parser.parse_args(argv)
    results = evaluate(args.folder)
    by_site: dict[str, list[PageResult]] = defaultdict(list)
    for result in results:
        by_site[result.site].append(result)
    print(f"{'site':<28} {'pages':>5} {'title':>6} {'date':>5} {'invented':>8} {'outlet':>7}"
          f" {'language':>9} {'chrome':>7} {'lost':>5} {'right':>6}")
    for site in sorted(by_site):
        print(_row(site, by_site[site]))
    print(_row(f"all ({len(by_site)} sites)", results))
    if args.misses:
        for result in results:
            if not result.right:
                print(f"\n{result.page} ({result.site}):")
                for note in result.notes:
                    print(f"  {note}")
                for line in result.chrome_left:
                    print(f"  chrome left: {line}")
                for line in result.lost:
                    print(f"  lost: {line}")
    return 0 if all(r.right for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

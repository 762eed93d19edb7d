"""Sentence error rate on the hand-checked paragraphs in benchmarks/gold/sentences.jsonl.

    python -m benchmarks.sentences [--json] [--corpus DIR] [--show N]

Compares hazm's SentenceTokenizer alone (what the reader used before) with `words.sentence_spans`
(hazm plus `sentence_rules`). A gold sentence counts as right when the segmenter gives exactly
its span; the error rate is the share of gold sentences not given exactly. Boundary precision
and recall are printed too. Fars paragraphs are stored as references into ../shared/corpus
(the corpus is not ours to copy) and are skipped, with a note, when it is absent; the Dari
paragraphs carry their text and page address. See benchmarks/gold/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import SHARED_CORPUS

GOLD = Path(__file__).resolve().parent / "gold" / "sentences.jsonl"
Span = tuple[int, int]


@dataclass(frozen=True)
class Paragraph:
    id: str
    source: str  # the page address, or corpus file#article/paragraph
    text: str
    sentences: tuple[Span, ...]


def corpus_folder(given: str | None = None) -> Path:
    return Path(given or os.environ.get("HASHIYA_CORPUS") or SHARED_CORPUS)


class CorpusText:
    """Paragraph texts from the Fars corpus files, each file read once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, list] = {}

    def available(self) -> bool:
        return self.folder.is_dir()

    def paragraph(self, entry: dict) -> str:
        name = entry["corpus"]
        if name not in self._files:
            self._files[name] = json.loads((self.folder / name).read_text(encoding="utf-8"))
        text = self._files[name][entry["article"]]["paragraphs"][entry["paragraph"]]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["sha256"]:
            raise SystemExit(f"{self.folder / name}: paragraph {entry['article']}/{entry['paragraph']} is not the "
                             "text the gold set was checked on")
        return text


def spans_from_ends(text: str, ends: list[int]) -> tuple[Span, ...]:
    spans, start = [], 0
    for end in ends:
        piece = text[start:end]
        left = start + len(piece) - len(piece.lstrip())
        right = start + len(piece.rstrip())
        if left < right:
            spans.append((left, right))
        start = end
    return tuple(spans)


def gold_entries(corpus: CorpusText, path: Path) -> tuple[list[tuple[dict, str, str]], int]:
    """(entry, paragraph text, source) of each line of a gold file that can be read here, and how
    many were skipped because they refer to the absent corpus."""
    found, skipped = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if "text" in entry:
            found.append((entry, entry["text"], entry["url"]))
        elif corpus.available():
            found.append((entry, corpus.paragraph(entry), f"{entry['corpus']}#{entry['article']}/{entry['paragraph']}"))
        else:
            skipped += 1
    return found, skipped


def load(corpus: CorpusText, path: Path = GOLD) -> tuple[list[Paragraph], int]:
    """The gold paragraphs that can be read here, and how many were skipped (no corpus)."""
    found, skipped = gold_entries(corpus, path)
    return [Paragraph(entry["id"], source, text, spans_from_ends(text, entry["ends"]))
            for entry, text, source in found], skipped


def hazm_alone(text: str) -> tuple[Span, ...]:
    """hazm's SentenceTokenizer on the paragraph, its sentences found back in the text in order."""
    from hazm import SentenceTokenizer

    view = text.replace("\n", " ")
    spans, cursor = [], 0
    for sentence in SentenceTokenizer().tokenize(view):
        at = view.find(sentence, cursor)
        if at >= 0:
            spans.append((at, at + len(sentence)))
            cursor = at + len(sentence)
    return tuple(spans)


def ours(text: str) -> tuple[Span, ...]:
    from reader.core.words import sentence_spans

    return sentence_spans(text)


@dataclass
class Score:
    gold: int = 0
    exact: int = 0
    found: int = 0
    gold_bounds: int = 0
    found_bounds: int = 0
    right_bounds: int = 0

    @property
    def error_rate(self) -> float:
        return 1 - self.exact / self.gold if self.gold else 0.0

    def as_json(self) -> dict[str, float | int]:
        return {"sentences": self.gold, "exact": self.exact, "error_rate": round(self.error_rate, 4),
                "boundary_precision": round(self.right_bounds / self.found_bounds, 4) if self.found_bounds else 1.0,
                "boundary_recall": round(self.right_bounds / self.gold_bounds, 4) if self.gold_bounds else 1.0}


def score(paragraphs: list[Paragraph], segment: Callable[[str], tuple[Span, ...]],
          wrong: list[tuple[Paragraph, tuple[Span, ...]]] | None = None) -> Score:
    result = Score()
    for paragraph in paragraphs:
        found = segment(paragraph.text)
        gold = set(paragraph.sentences)
        result.gold += len(gold)
        result.exact += len(gold & set(found))
        result.found += len(found)
        gold_bounds = {end for _, end in paragraph.sentences[:-1]}
        found_bounds = {end for _, end in found[:-1]}
        result.gold_bounds += len(gold_bounds)
        result.found_bounds += len(found_bounds)
        result.right_bounds += len(gold_bounds & found_bounds)
        if wrong is not None and set(found) != gold:
            wrong.append((paragraph, found))
    return result


def gold_arguments(prog: str, description: str | None, items: str, argv: list[str] | None) -> argparse.Namespace:
    """The command line both gold-set scripts share: --json, --corpus DIR, --show N."""
    parser = argparse.ArgumentParser(prog=prog, description=description,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--corpus", metavar="DIR", help="the Fars corpus folder (default ../shared/corpus)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help=f"print N {items} we get wrong")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = gold_arguments("python -m benchmarks.sentences", __doc__, "paragraphs", argv)
    paragraphs, skipped = load(CorpusText(corpus_folder(args.corpus)))
    groups = {"all": paragraphs, "fars": [p for p in paragraphs if p.id.startswith("fars")],
              "dari": [p for p in paragraphs if p.id.startswith("dari")]}
    wrong: list[tuple[Paragraph, tuple[Span, ...]]] = []
    results = {}
    for name, group in groups.items():
        results[name] = {"paragraphs": len(group), "before": score(group, hazm_alone).as_json(),
                         "after": score(group, ours, wrong if name == "all" else None).as_json()}
    if args.json:
        print(json.dumps({"skipped_without_corpus": skipped, "results": results}, ensure_ascii=False, indent=2))
        return 0
    print(f"Sentence error rate on hand-checked paragraphs ({GOLD.name}); skipped without the corpus: {skipped}")
    print(f"{'set':<6} {'paragraphs':>10} {'sentences':>9}  {'hazm alone':>10}  {'hazm + rules':>12}  "
          f"{'boundary P/R before':>19}  {'boundary P/R after':>18}")
    for name, r in results.items():
        b, a = r["before"], r["after"]
        print(f"{name:<6} {r['paragraphs']:>10} {b['sentences']:>9}  {b['error_rate']:>10.1%}  {a['error_rate']:>12.1%}  "
              f"{b['boundary_precision']:>9.3f}/{b['boundary_recall']:.3f}  {a['boundary_precision']:>8.3f}/{a['boundary_recall']:.3f}")
    for paragraph, found in wrong[:args.show]:
        print(f"\n{paragraph.id} ({paragraph.source})")
        print("  gold:", " ‖ ".join(paragraph.text[s:e] for s, e in paragraph.sentences))
        print("  ours:", " ‖ ".join(paragraph.text[s:e] for s, e in found))
    return 0


if __name__ == "__main__":
    sys.exit(main())

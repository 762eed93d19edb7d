"""Precision and recall of the claim/denial suggester on the hand-labelled sentences in
benchmarks/gold/claims.jsonl (labelling rules: benchmarks/gold/README.md).

    python -m benchmarks.claims [--json] [--corpus DIR] [--show N]

Each gold sentence is scored in its paragraph (so that a quotation a cue opens can carry the
claim over the following sentences): its predicted tag is the role of the suggestion that
covers it, else none. Fars sentences are references into ../shared/corpus and are skipped, with
a note, when it is absent.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.sentences import CorpusText, corpus_folder, gold_arguments, gold_entries

GOLD = Path(__file__).resolve().parent / "gold" / "claims.jsonl"
LABELS = ("claim", "denial", "none")


@dataclass(frozen=True)
class Sentence:
    id: str
    source: str
    paragraph: str
    start: int
    end: int
    label: str
    set: str  # "dev": the rules were tuned on it; "held-out": labelled after, never tuned on


def load(corpus: CorpusText, path: Path = GOLD) -> tuple[list[Sentence], int]:
    """The gold sentences that can be read here, and how many were skipped (no corpus)."""
    found, skipped = gold_entries(corpus, path)
    return [Sentence(e["id"], source, text, e["start"], e["end"], e["label"], e["set"])
            for e, text, source in found], skipped


def predict(sentences: list[Sentence]) -> list[str]:
    from reader.core.suggestions import suggest

    found: dict[str, list] = {}
    predicted = []
    for sentence in sentences:
        if sentence.paragraph not in found:
            found[sentence.paragraph] = suggest(sentence.paragraph)
        roles = [s.role for s in found[sentence.paragraph] if s.start <= sentence.start and sentence.end <= s.end]
        predicted.append(roles[0] if roles else "none")
    return predicted


def scores(gold: list[str], predicted: list[str]) -> dict[str, dict[str, float | int]]:
    result = {}
    for label in ("claim", "denial"):
        true_positive = sum(g == p == label for g, p in zip(gold, predicted))
        said = sum(p == label for p in predicted)
        real = sum(g == label for g in gold)
        result[label] = {"gold": real, "suggested": said, "right": true_positive,
                         "precision": round(true_positive / said, 3) if said else 1.0,
                         "recall": round(true_positive / real, 3) if real else 1.0}
    return result


SETS = ("held-out", "dev", "all")


def measure(corpus: str | None = None) -> dict:
    """Scores per set: "held-out" (labelled after the rules were written; the honest figure),
    "dev" (the sentences the rules were tuned on) and both together."""
    sentences, skipped = load(CorpusText(corpus_folder(corpus)))
    started = time.perf_counter()
    predicted = predict(sentences)
    result: dict = {"skipped_without_corpus": skipped, "seconds": round(time.perf_counter() - started, 2),
                    "predicted": predicted, "sets": {}}
    for name in SETS:
        pairs = [(s.label, p) for s, p in zip(sentences, predicted) if name == "all" or s.set == name]
        gold = [g for g, _ in pairs]
        result["sets"][name] = {
            "sentences": len(pairs), "labels": dict(Counter(gold)), "scores": scores(gold, [p for _, p in pairs]),
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(Counter(pairs).items())}}
    return result


def main(argv: list[str] | None = None) -> int:
    args = gold_arguments("python -m benchmarks.claims", __doc__, "sentences", argv)
    result = measure(args.corpus)
    predicted = result.pop("predicted")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"Suggested claims and denials on hand-labelled sentences ({GOLD.name}; skipped without the corpus: "
          f"{result['skipped_without_corpus']}; {result['seconds']} s)")
    print(f"{'set':<9} {'tag':<7} {'gold':>5} {'suggested':>9} {'right':>6} {'precision':>9} {'recall':>7}")
    for name, data in result["sets"].items():
        for label, s in data["scores"].items():
            print(f"{name:<9} {label:<7} {s['gold']:>5} {s['suggested']:>9} {s['right']:>6} {s['precision']:>9.3f} "
                  f"{s['recall']:>7.3f}")
    for name, data in result["sets"].items():
        print(f"{name}: {data['sentences']} sentences {data['labels']}; confusion (gold->suggested): "
              + ", ".join(f"{k} {v}" for k, v in data["confusion"].items()))
    if args.show:
        sentences, _ = load(CorpusText(corpus_folder(args.corpus)))
        wrong = [(s, p) for s, p in zip(sentences, predicted) if s.label != p]
        for sentence, guess in wrong[:args.show]:
            print(f"\n{sentence.id} ({sentence.set}) gold {sentence.label}, suggested {guess} ({sentence.source})")
            print("  " + sentence.paragraph[sentence.start:sentence.end])
    return 0


if __name__ == "__main__":
    sys.exit(main())

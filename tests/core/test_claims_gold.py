"""The hand-labelled sentences of benchmarks/gold/claims.jsonl as a regression guard: the pages'
sentences carry their text; the Fars ones need ../shared/corpus and are checked only with it."""

from __future__ import annotations

import pytest

from benchmarks.claims import load, predict, scores
from benchmarks.corpus import SHARED_CORPUS
from benchmarks.sentences import CorpusText


def score_of(corpus: CorpusText) -> tuple[dict, int]:
    sentences, skipped = load(corpus)
    return scores([s.label for s in sentences], predict(sentences)), len(sentences)


# Floors a little under today's figures, so that a change that loses ground fails here; the
# figures themselves are `python -m benchmarks.claims`'s business.
def test_page_sentences_keep_their_precision_and_recall() -> None:
    result, count = score_of(CorpusText(SHARED_CORPUS.parent / "no-corpus-here"))
    assert count >= 350
    assert result["claim"]["precision"] >= 0.92 and result["claim"]["recall"] >= 0.89
    assert result["denial"]["precision"] >= 0.96 and result["denial"]["recall"] >= 0.86


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_all_sentences_keep_their_precision_and_recall() -> None:
    result, count = score_of(CorpusText(SHARED_CORPUS))
    assert count >= 1100
    assert result["claim"]["precision"] >= 0.91 and result["claim"]["recall"] >= 0.9
    assert result["denial"]["precision"] >= 0.82 and result["denial"]["recall"] >= 0.8

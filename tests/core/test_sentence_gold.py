"""The hand-checked paragraphs of benchmarks/gold/sentences.jsonl (the Dari pages carry their text;
the Fars ones need ../shared/corpus and are checked only when it is there)."""

from __future__ import annotations

import pytest

from benchmarks.sentences import CorpusText, hazm_alone, load, ours, score
from benchmarks.corpus import SHARED_CORPUS


def test_dari_paragraphs_are_split_as_checked() -> None:
    paragraphs, _ = load(CorpusText(SHARED_CORPUS.parent / "no-corpus-here"))
    assert len(paragraphs) >= 70 and all(p.id.startswith("dari") for p in paragraphs)
    result = score(paragraphs, ours)
    assert result.error_rate <= 0.02
    assert score(paragraphs, hazm_alone).error_rate > result.error_rate


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_fars_paragraphs_are_split_as_checked() -> None:
    paragraphs, skipped = load(CorpusText(SHARED_CORPUS))
    assert skipped == 0 and len(paragraphs) >= 200
    assert score(paragraphs, ours).error_rate <= 0.02

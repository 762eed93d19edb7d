"""Combining change records: the linear `combined` agrees with folding `|`."""

from __future__ import annotations

from functools import reduce
from operator import or_

from hypothesis import given
from hypothesis import strategies as st

from reader.core.changes import NOTHING, Changes, combined

ids = st.frozensets(st.integers(0, 20), max_size=4)
records = st.builds(
    Changes, articles_added=ids, articles_updated=ids,
    articles_superseded=st.dictionaries(st.integers(0, 20), st.integers(0, 20), max_size=3).map(
        lambda pairs: tuple(sorted(pairs.items()))),
    articles_removed=ids, annotations=ids, tags=st.booleans(), collections=st.booleans(), suggestions=st.booleans(),
    annotation_uuids=st.frozensets(st.sampled_from("abcdef"), max_size=3),
)


@given(st.lists(records, max_size=6))
def test_combined_is_the_fold_of_or(parts: list[Changes]) -> None:
    folded = reduce(or_, parts, NOTHING)
    together = combined(parts)
    assert together == folded and together.annotation_uuids == folded.annotation_uuids
    assert together.superseded == folded.superseded

"""Ranking shared out between threads gives exactly the list the single query gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.search_query import parse_query
from reader.services import search as search_service
from reader.services.library import Library
from reader.storage import search_repo
from reader.storage.ranking import ShardedRanker
from tests.services.helpers import write_random_news



@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Library:
    folder = tmp_path_factory.mktemp("news")
    write_random_news(folder, seed=7, count=160, title_words=3, same_body_every=40)
    library = Library(tmp_path_factory.mktemp("lib") / "lib.sqlite")
    library.import_paths([folder])
    yield library
    library.close()


QUERIES = ["کابل", "کابل OR هرات", "طالبان -حمله", "گز*", '"سخنگو گفت"', "NEAR(حمله شب, 5)", "ولایت مقامات"]


@pytest.mark.parametrize("shards", [2, 3, 4])
@pytest.mark.parametrize("query", QUERIES)
def test_shards_rank_like_the_single_query(library: Library, query: str, shards: int) -> None:
    match = parse_query(query).fts
    ranker = ShardedRanker(str(library.path), shards=shards)
    try:
        for limit, offset in ((20, 0), (7, 5), (50, 30), (500, 0)):
            expected = search_repo.search(library._db, match, limit, offset)
            assert ranker.rank(match, limit, offset) == expected, (limit, offset)
    finally:
        ranker.close()


def test_ranking_sees_every_match(library: Library) -> None:
    match = parse_query("کابل OR هرات OR است").fts
    ranker = ShardedRanker(str(library.path), shards=3)
    try:
        everything = ranker.rank(match, 10_000)
    finally:
        ranker.close()
    assert len(everything) == len(set(everything)) == search_repo.count(library._db, match) > 100


def test_the_service_shares_out_large_rankings(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    service = library.search
    single = [hit.article_id for hit in service.search("کابل OR طالبان", limit=30).hits]
    monkeypatch.setattr(search_service, "SHARDED_RANKING_FROM", 1)
    monkeypatch.setattr(search_service, "default_shards", lambda: 3)
    results = service.search("کابل OR طالبان", limit=30)
    assert service._ranker is not None  # the shared-out road was taken ...
    assert [hit.article_id for hit in results.hits] == single  # ... and led to the same list
    assert results.total == search_repo.count(library._db, parse_query("کابل OR طالبان").fts)
    service.close()
    assert service._ranker is None


def test_an_empty_library_ranks_nothing(tmp_path: Path) -> None:
    library = Library(tmp_path / "empty.sqlite")
    ranker = ShardedRanker(str(library.path), shards=2)
    try:
        assert ranker.rank(parse_query("کابل").fts, 20) == []
    finally:
        ranker.close()
        library.close()

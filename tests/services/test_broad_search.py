"""Broad searches, on a real library: ranked title first, an estimated total, consistent pages.

The thresholds are lowered on the service so that a library of 200 articles has broad searches.
"""

from __future__ import annotations


import pytest

from reader.core.search_query import parse_query
from reader.services import search as search_module
from reader.services.library import Library
from reader.services.search import RANKED_EXACTLY, RANKED_TITLE_FIRST, rounded_estimate, sample_windows
from reader.storage import search_repo
from reader.storage.ranking import rank_title_group
from tests.services.helpers import write_random_news

ARTICLES = 200


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Library:
    folder = tmp_path_factory.mktemp("news")
    write_random_news(folder, seed=11, count=ARTICLES, title_words=2, same_body_every=50, distinct_title_words=True)
    library = Library(tmp_path_factory.mktemp("lib") / "lib.sqlite")
    library.import_paths([folder])
    yield library
    library.close()


@pytest.fixture()
def service(library: Library):
    service = library.search
    service.title_first_from = 40
    service.title_group_min = 5
    yield service
    service.title_first_from = search_module.TITLE_FIRST_FROM
    service.title_group_cap = search_module.TITLE_GROUP_CAP
    service.title_group_min = search_module.TITLE_GROUP_MIN


def ids(service, query: str, **options) -> list[int]:
    return [hit.article_id for hit in service.search(query, **options).hits]


def exact(library: Library, query: str, limit: int = 10_000) -> list[int]:
    return search_repo.search(library._db, parse_query(query).fts, limit)


def in_title(library: Library, article_id: int, word: str) -> bool:
    return word in library.article(article_id).title.split()


def test_a_broad_search_lists_title_matches_first_by_their_exact_score(library: Library, service) -> None:
    results = service.search("کابل", limit=ARTICLES)
    assert results.ranking == RANKED_TITLE_FIRST
    found = [hit.article_id for hit in results.hits]
    titled = [i for i in exact(library, "کابل") if in_title(library, i, "کابل")]
    untitled = [i for i in exact(library, "کابل") if not in_title(library, i, "کابل")]
    assert titled and untitled
    # Each part in the exact bm25 order (ties by id), the title part first: nothing lost, nothing twice.
    assert found == titled + untitled


def test_the_rarest_word_makes_the_title_group(library: Library, service) -> None:
    query = "است کابل"  # «است» is in nearly every text, «کابل» in fewer
    rare = min(("است", "کابل"), key=lambda w: search_repo.count(library._db, parse_query(w).fts))
    found = ids(service, query, limit=ARTICLES)
    group = [i for i in exact(library, query) if in_title(library, i, rare)]
    assert found[: len(group)] == group


def test_the_title_group_holds_only_the_newest_when_capped(library: Library, service) -> None:
    service.title_group_cap = 5
    found = ids(service, "کابل", limit=ARTICLES)
    titled = sorted((i for i in exact(library, "کابل") if in_title(library, i, "کابل")), reverse=True)
    newest = set(titled[:5])
    assert set(found[:5]) == newest
    assert found[:5] == [i for i in exact(library, "کابل") if i in newest]
    assert found[5:] == [i for i in exact(library, "کابل") if i not in newest]


def test_pages_continue_one_another_across_the_title_group(library: Library, service) -> None:
    service.title_group_cap = 7
    whole = ids(service, "کابل OR هرات", limit=ARTICLES)
    for size in (3, 7, 10, 50):
        pages: list[int] = []
        while len(pages) < len(whole):
            page = ids(service, "کابل OR هرات", limit=size, offset=len(pages))
            assert page, size
            pages.extend(page)
        assert pages == whole, size
    assert len(set(whole)) == len(whole) == search_repo.count(library._db, parse_query("کابل OR هرات").fts)


def test_a_search_below_the_threshold_is_ranked_exactly(library: Library, service) -> None:
    service.title_first_from = 10_000
    results = service.search("کابل", limit=30)
    assert results.ranking == RANKED_EXACTLY and not results.estimated
    assert [hit.article_id for hit in results.hits] == exact(library, "کابل", 30)
    assert results.total == search_repo.count(library._db, parse_query("کابل").fts)


def test_filters_and_date_order_keep_the_exact_plan(library: Library, service) -> None:
    collection = library.article(exact(library, "کابل")[0]).collection_id
    match = parse_query("کابل").fts
    filtered = service.search("کابل", limit=ARTICLES, collection_id=collection)
    assert filtered.ranking == RANKED_EXACTLY and not filtered.estimated
    assert [hit.article_id for hit in filtered.hits] == search_repo.search(library._db, match, ARTICLES, 0, "relevance",
                                                                           collection)
    assert filtered.total == search_repo.count(library._db, match, collection)
    dated = service.search("کابل", limit=ARTICLES, order="date")
    assert dated.ranking == RANKED_EXACTLY and not dated.estimated
    assert [hit.article_id for hit in dated.hits] == search_repo.search(library._db, match, ARTICLES, 0, "date")


def test_a_broad_total_is_estimated_and_says_so(library: Library, service) -> None:
    counted = search_repo.count(library._db, parse_query("است").fts)
    results = service.search("است", limit=5)
    assert results.estimated and results.ranking == RANKED_TITLE_FIRST
    assert abs(results.total - counted) <= 0.3 * counted
    assert len(results.hits) == 5


def test_a_sample_promising_a_narrow_search_is_counted_exactly(library: Library, service) -> None:
    results = service.search("کابل 12", limit=5)  # one title has the number
    assert not results.estimated and results.ranking == RANKED_EXACTLY
    assert results.total == search_repo.count(library._db, parse_query("کابل 12").fts) > 0


def test_a_prefix_is_counted_exactly(library: Library, service) -> None:
    results = service.search("کاب*", limit=5)
    assert not results.estimated
    assert results.total == search_repo.count(library._db, parse_query("کاب*").fts)
    assert results.ranking == RANKED_TITLE_FIRST


def test_sample_windows_spread_over_the_ids() -> None:
    windows = sample_windows(1, 6400, windows=8, share=8)
    assert len(windows) == 8 and windows[0][0] == 1 and windows[-1][1] < 6400
    assert sum(b - a + 1 for a, b in windows) == 800
    assert all(b1 < a2 for (_a1, b1), (a2, _b2) in zip(windows, windows[1:]))
    assert sample_windows(1, 10) == []  # too few to sample: counted


@pytest.mark.parametrize(("value", "shown"), [(64_774.2, 65_000), (99_998, 100_000), (1_234, 1_200), (57.4, 57)])
def test_an_estimate_is_rounded_to_two_digits(value: float, shown: int) -> None:
    assert rounded_estimate(value) == shown


def test_the_title_share_is_taken_off_and_ties_go_by_id() -> None:
    # (id, score of query AND title), newest first; (id, score of the title alone).
    matched = [(9, -5.0 - 1e-15), (7, -4.0), (5, -5.0), (3, -9.0)]
    title = [(9, -1.0), (8, -2.0), (7, -0.5), (5, -1.0 + 1e-15), (3, -1.0)]
    assert rank_title_group(matched, title, cap=10) == [3, 5, 9, 7]
    # Capped at the newest three with a title match: id 5 and 3 are older than id 7.
    assert rank_title_group(matched, title[:3], cap=3) == [9, 7]


def test_a_form_of_the_word_in_the_title_joins_the_title_group(tmp_path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    texts = {
        "a.txt": "کشورها در نشست\n\nنمایندگان یک کشور دیگر هم آمدند.",
        "b.txt": "خبر روز\n\nکشور کشور کشور کشور کشور و باز کشور.",
        "c.txt": "کشور امروز\n\nمردم این کشور آرام اند.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite")
    try:
        library.import_paths([folder])
        service = library.search
        service.title_first_from = 1
        results = service.search("کشور")
        titles = [hit.title for hit in results.hits]
        assert results.ranking == RANKED_TITLE_FIRST and len(titles) == 3
        assert set(titles[:2]) == {"کشورها در نشست", "کشور امروز"} and titles[2] == "خبر روز"
        # Exactly ranked, «خبر روز» (the word six times) comes before «کشورها در نشست» (once).
        exact_titles = [library.article(i).title for i in exact(library, "کشور")]
        assert exact_titles.index("خبر روز") < exact_titles.index("کشورها در نشست")
    finally:
        library.close()


def test_word_forms_are_grouped_by_a_term_in_the_title(library: Library, service) -> None:
    from reader.core import lexicon

    match = parse_query("کابل", True, lexicon.shared()).fts
    results = service.search("کابل", limit=ARTICLES, word_forms=True)
    assert results.ranking == RANKED_TITLE_FIRST
    ranked = search_repo.search(library._db, match, ARTICLES)
    titled = [i for i in ranked if in_title(library, i, "کابل")]
    assert [hit.article_id for hit in results.hits] == titled + [i for i in ranked if i not in titled]


def test_a_phrase_is_counted_and_ranked_in_one_pass(library: Library, service) -> None:
    service.title_first_from = 10_000
    query = '"کابل هرات"'
    counted = search_repo.count(library._db, parse_query(query).fts)
    assert counted > 20
    first = service.search(query, limit=20)
    assert first.ranking == RANKED_EXACTLY and first.total == counted
    assert [hit.article_id for hit in first.hits] == exact(library, query, 20)
    beyond = service.search(query, limit=20, offset=counted + 5)  # past the last: counted apart
    assert beyond.hits == [] and beyond.total == counted


def test_a_rare_word_with_few_titles_leaves_the_group_to_every_term(library: Library, service) -> None:
    query = "12 OR کابل"  # «12» is in one title only: the group is any term's title
    found = ids(service, query, limit=ARTICLES)
    group = [i for i in exact(library, query) if in_title(library, i, "12") or in_title(library, i, "کابل")]
    assert len(group) > 5
    assert found[: len(group)] == group
    assert sorted(found) == sorted(exact(library, query))


def test_an_excluded_phrase_is_found_in_one_pass_too(library: Library, service) -> None:
    service.title_first_from = 10_000
    query = 'کابل -"هرات گفت"'
    results = service.search(query, limit=10)
    assert results.total == search_repo.count(library._db, parse_query(query).fts)
    assert [hit.article_id for hit in results.hits] == exact(library, query, 10)
    assert search_module._positional(parse_query(query))
    assert not search_module._positional(parse_query("کابل -هرات"))


def test_a_narrow_search_is_known_from_two_of_the_sample_windows(library: Library, service, monkeypatch) -> None:
    counted: list[tuple[int, int]] = []
    real = search_repo.count_between

    def count_between(conn, match: str, low: int, high: int) -> int:
        counted.append((low, high))
        return real(conn, match, low, high)

    monkeypatch.setattr(search_repo, "count_between", count_between)
    assert service.search("کابل 12", limit=5).ranking == RANKED_EXACTLY
    assert len(counted) == 2
    counted.clear()
    assert service.search("است", limit=5).estimated   # broad: every window, each once
    assert sorted(counted) == sample_windows(*search_repo.id_range(library._db.conn))

"""The article list's ids read a page at a time: the same rows, in the same order, as reading them all."""

import pytest

from reader.services.article_listing import ArticleListing
from reader.storage import article_list_repo
from reader.storage.article_list_repo import ListOrder, served_by_index
from tests.services.helpers import insert_article

DATES = ["2024-11-24", None, "2023-01-05", "2024-11-24", None, "2025-03-21T10:00:00+04:30", "2023-01-05",
         "2022-07-01", None, "2024-11-24", "2021-12-31", "2025-01-01", "2023-01-05", "2020-02-02"]


@pytest.fixture
def listed(db):
    ids = []
    for n, date in enumerate(DATES):
        collection = "الف" if n % 3 else "ب"
        ids.append(insert_article(db, collection, f"خبر شماره {n % 5}", f"متن {n}"))
        db.execute("UPDATE articles SET date = ?, source = ? WHERE id = ?", (date, f"s{n % 3}/{n}", ids[-1]))
    db.execute("UPDATE articles SET is_current = 0 WHERE id = ?", (ids[7],))  # replaced by a re-import: not listed
    db.conn.commit()
    return db


ORDERS = [ListOrder(), ListOrder(descending=False), ListOrder(sort="title"), ListOrder(sort="source", descending=False),
          ListOrder(collection_id=1), ListOrder(title_filter="شماره")]


@pytest.mark.parametrize("order", ORDERS, ids=repr)
@pytest.mark.parametrize("page", [1, 3, 100])
def test_pages_rows_and_positions_match_the_whole_list(listed, order: ListOrder, page: int) -> None:
    everything = article_list_repo.ordered_ids(listed, order.collection_id, order.sort, order.descending,
                                               order.title_filter)
    listing = ArticleListing(listed, order, page=page)
    assert len(listing) == len(everything) > 0
    assert [listing[row] for row in range(len(listing))] == everything
    for start in range(len(everything) + 1):
        for stop in range(start, len(everything) + 2):
            assert listing.ids(start, stop) == everything[start:stop]
    fresh = ArticleListing(listed, order, page=page)  # no page read yet: the row is counted
    for row, article_id in enumerate(everything):
        assert fresh.row_of(article_id) == row
        assert article_list_repo.position(listed, order, article_id) == row  # whichever way the listing asks
    with pytest.raises(IndexError):
        listing[len(everything)]


def test_articles_the_list_does_not_show_have_no_row(listed) -> None:
    replaced = listed.execute("SELECT id FROM articles WHERE is_current = 0").fetchone()[0]
    for order in ORDERS:
        listing = ArticleListing(listed, order, page=2)
        assert listing.row_of(replaced) is None
        assert listing.row_of(10_000) is None
    other = listed.execute("SELECT id FROM articles WHERE collection_id = 2 AND is_current").fetchone()[0]
    assert ArticleListing(listed, ListOrder(collection_id=1), page=2).row_of(other) is None


def test_only_the_indexed_order_is_read_by_pages(listed) -> None:
    assert served_by_index(ListOrder())
    assert not any(served_by_index(order) for order in ORDERS[1:])
    # The index really gives that order: SQLite plans no sort for it.
    plan = " ".join(str(row) for row in listed.execute(
        "EXPLAIN QUERY PLAN SELECT a.id FROM articles a WHERE a.is_current = 1 ORDER BY " + ListOrder()._order_by()))
    assert "articles_list_by_date" in plan and "TEMP B-TREE" not in plan


def test_a_filter_that_can_match_nothing_lists_nothing(listed) -> None:
    listing = ArticleListing(listed, ListOrder(title_filter='"'), page=2)
    assert len(listing) == 0 and listing.ids(0, 5) == [] and listing.row_of(1) is None


def test_the_count_is_read_once_per_change_and_again_after_any_write(listed, library_path) -> None:
    from reader.storage import articles_repo
    from reader.storage.database import open_database

    asked: list[str] = []
    listed.conn.set_trace_callback(asked.append)
    counts = [len(ArticleListing(listed, ListOrder())), articles_repo.count_current(listed)]
    assert counts == [13, 13]
    assert sum("current_article_counts" in sql for sql in asked) == 1  # the list and the collections list share one count
    insert_article(listed, "ب", "خبر تازه", "متن")  # through this connection
    assert articles_repo.count_current(listed) == 14
    other = open_database(library_path)  # another process, as it were
    try:
        other.execute("UPDATE articles SET is_current = 0 WHERE id IN (SELECT id FROM articles WHERE is_current LIMIT 2)")
    finally:
        other.close()
    assert articles_repo.count_current(listed) == 12
    assert len(ArticleListing(listed, ListOrder(collection_id=1))) == articles_repo.count_current(listed, 1)
    listed.conn.set_trace_callback(None)


def test_a_count_read_inside_a_transaction_is_not_kept_past_its_rollback(listed) -> None:
    from reader.storage import articles_repo

    before = articles_repo.count_current(listed)
    listed.execute("BEGIN IMMEDIATE")
    listed.execute("UPDATE articles SET is_current = 0 WHERE id IN (SELECT id FROM articles WHERE is_current LIMIT 3)")
    assert articles_repo.count_current(listed) == before - 3
    listed.execute("ROLLBACK")
    assert articles_repo.count_current(listed) == before

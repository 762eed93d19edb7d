"""The ids the article list shows, read as the list needs them.

In the order the library's index gives — the list as it opens: every collection, newest first, no
filter — the ids are read a page at a time (the first page, the count and an article's row each
take a few milliseconds at 100,000 articles, where reading every id took 35–50 ms of each start).
Any other order (a collection, a title filter, sorting by title or source) has SQLite sort the
rows, which it does once for all of them: then every id is read at once, as one sort.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.storage import article_list_repo
from reader.storage.article_list_repo import ListOrder, served_by_index

if TYPE_CHECKING:
    import sqlite_utils

PAGE = 2000


class ArticleListing:
    """A sequence of article ids: `len`, `listing[row]`, `listing.ids(start, stop)`, `row_of(id)`."""

    def __init__(self, db: sqlite_utils.Database, order: ListOrder, page: int = PAGE) -> None:
        self._db = db
        self.order = order
        self._page_size = page
        self._pages: dict[int, list[int]] = {}
        if served_by_index(order):
            self._all: list[int] | None = None
            self._count = article_list_repo.count(db, order)
        else:
            self._all = article_list_repo.ids_page(db, order, 0, -1)
            self._count = len(self._all)

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, row: int) -> int:
        if not 0 <= row < self._count:
            raise IndexError(row)
        if self._all is not None:
            return self._all[row]
        return self._page(row // self._page_size)[row % self._page_size]

    def ids(self, start: int, stop: int) -> list[int]:
        """The ids of rows start … stop - 1 (clipped to the list)."""
        start, stop = max(0, start), min(stop, self._count)
        if self._all is not None:
            return self._all[start:stop]
        found: list[int] = []
        size = self._page_size
        for page in range(start // size, (stop - 1) // size + 1 if stop > start else 0):
            ids = self._page(page)
            first = page * size
            found.extend(ids[max(start - first, 0) : stop - first])
        return found

    def row_of(self, article_id: int) -> int | None:
        """The row showing `article_id`, None when the list does not show it."""
        if self._all is not None:
            try:
                return self._all.index(article_id)
            except ValueError:
                return None
        for page, ids in self._pages.items():
            try:
                return page * self._page_size + ids.index(article_id)
            except ValueError:
                continue
        row = article_list_repo.position(self._db, self.order, article_id)
        return row if row is not None and row < self._count else None

    def _page(self, page: int) -> list[int]:
        ids = self._pages.get(page)
        if ids is None:
            ids = self._pages[page] = article_list_repo.ids_page(self._db, self.order, page * self._page_size,
                                                                 self._page_size)
        return ids

"""The library as the GUI sees it: one object per open library file, no SQL above this line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from typing import TYPE_CHECKING
from reader.storage import article_list_repo, articles_repo, collections_repo
from reader.storage.database import open_database
from reader.storage.records import ArticleRecord, ArticleRow, CollectionRecord

if TYPE_CHECKING:  # the importer is loaded when an import starts, not when the window opens
    from reader.services.importer import CancelCheck, ImportReport, ProgressCallback
    from reader.services.search_index import IndexStatus, ReindexProgress


class Library:
    """An open library file. Not shared between threads: each thread opens its own."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = open_database(self.path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def collections(self) -> list[CollectionRecord]:
        return collections_repo.list_all(self.db)

    def article_count(self, collection_id: int | None = None) -> int:
        return articles_repo.count_current(self.db, collection_id)

    def article_ids(
        self, collection_id: int | None = None, sort: str = "date", descending: bool = True, title_filter: str = ""
    ) -> list[int]:
        return article_list_repo.ordered_ids(self.db, collection_id, sort, descending, title_filter)

    def article_rows(self, ids: Sequence[int]) -> dict[int, ArticleRow]:
        return article_list_repo.rows_for(self.db, ids)

    def article(self, article_id: int) -> ArticleRecord | None:
        return articles_repo.get(self.db, article_id)

    def import_paths(
        self,
        paths: Sequence[str | Path],
        collection: str | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        from reader.services.importer import import_paths

        return import_paths(self.db, list(paths), collection, progress=progress, cancelled=cancelled)

    def search_index_status(self) -> IndexStatus:
        """Whether the search index waits for a re-index (after an update): cheap, ask before opening."""
        from reader.services.search_index import SearchIndexService

        return SearchIndexService(self.db).status()

    def reindex_search(
        self,
        progress: Callable[[ReindexProgress], None] | None = None,
        cancelled: CancelCheck | None = None,
    ) -> IndexStatus:
        """Index the pending articles, with progress; a cancel keeps what is done for next time."""
        from reader.services.search_index import SearchIndexService

        return SearchIndexService(self.db).reindex(progress, cancelled)

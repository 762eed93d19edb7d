"""The one façade over a library file: the window and the command line ask it for what they need
and never hold the connection (no SQL and no `db` above this line).

A `Library` owns its services — annotations and tags, search, exchange — built on first use, and
closes them. Every write a service commits is noted in the library's `ChangeLog`; the caller of an
operation collects the record with `take_changes()` and hands it to whoever must refresh.
Not shared between threads: each thread (a background operation) opens its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.changes import Changes
from reader.core.errors import HashiyaError, UnknownNameError
from reader.core.records import ArticleRecord, ArticleRow, CollectionRecord
from reader.services.changelog import ChangeLog
from reader.storage import article_list_repo, articles_repo, collections_repo
from reader.services.soundness import known_sound, remember_sound
from reader.storage.database import open_database, set_wait_reporter
from reader.storage.failures import explain

if TYPE_CHECKING:  # loaded when first used, not when the window opens
    from reader.services.outlets import OutletService
    from reader.services.suggestions import SuggestionService
    from reader.services.adjudication import AdjudicationService
    from reader.services.agreement import AgreementService
    from reader.services.annotations import AnnotationService
    from reader.services.article_pages import ArticlePages
    from reader.services.article_listing import ArticleListing
    from reader.services.article_notes import ArticleNoteService
    from reader.services.exchange import ExchangeService
    from reader.services.importer import CancelCheck, ImportReport, ProgressCallback
    from reader.services.organizer import OrganizerService
    from reader.services.reports import ReportService
    from reader.services.search import SearchService
    from reader.services.search_index import IndexStatus, ReindexProgress
    from reader.services.team.sync import TeamSyncService


class Library:
    """An open library file and the services over it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = open_database(self.path)
        if self._db.sound is None and known_sound(self.path):
            self._db.sound = True  # this user's Hashiya left it sound and nobody has touched it since
        self._changes = ChangeLog()
        self._annotations: AnnotationService | None = None
        self._search: SearchService | None = None
        self._exchange: ExchangeService | None = None
        self._agreement: AgreementService | None = None
        self._adjudication: AdjudicationService | None = None
        self._suggestions: SuggestionService | None = None
        self._outlets: OutletService | None = None
        self._organizer: OrganizerService | None = None
        self._pages: ArticlePages | None = None
        self._notes: ArticleNoteService | None = None
        self._team: TeamSyncService | None = None
        self._reports: ReportService | None = None

    def close(self) -> None:
        if self._search is not None:
            self._search.close()
        sound = self._db.sound and not self._db.read_only
        self._db.close()
        if sound:
            remember_sound(self.path)

    @property
    def read_only(self) -> bool:
        """Whether the file can only be read (a read-only file, folder or mount)."""
        return self._db.read_only

    def check_soundness(self) -> bool:
        """Read the whole file once to make sure it is not damaged (writes are refused when it is)."""
        return self._db.check_soundness()

    def explain(self, error: BaseException) -> HashiyaError | None:
        """A message for a raw SQLite failure met while using this library (None: not one we know)."""
        return explain(error, self.path)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def take_changes(self) -> Changes:
        """What this library's committed operations changed since the last call."""
        return self._changes.take()

    # Services ------------------------------------------------------------------------------------
    @property
    def annotations(self) -> AnnotationService:
        """Annotations and tags."""
        if self._annotations is None:
            from reader.services.annotations import AnnotationService

            self._annotations = AnnotationService(self._db, self._changes)
        return self._annotations

    @property
    def notes(self) -> ArticleNoteService:
        """Notes on whole articles."""
        if self._notes is None:
            from reader.services.article_notes import ArticleNoteService

            self._notes = ArticleNoteService(self._db, self._changes)
        return self._notes

    @property
    def search(self) -> SearchService:
        if self._search is None:
            from reader.services.search import SearchService

            self._search = SearchService(self._db)
        return self._search

    @property
    def agreement(self) -> AgreementService:
        """Inter-annotator agreement: figures, confusion tables, disagreements (reads only)."""
        if self._agreement is None:
            from reader.services.agreement import AgreementService

            self._agreement = AgreementService(self._db)
        return self._agreement

    @property
    def adjudication(self) -> AdjudicationService:
        """Consensus decisions on disagreements, written under a consensus author."""
        if self._adjudication is None:
            from reader.services.adjudication import AdjudicationService

            self._adjudication = AdjudicationService(self._db, self._changes)
        return self._adjudication

    @property
    def suggestions(self) -> SuggestionService:
        """Suggested claims and denials; the cue lexicon; accepting and rejecting suggestions."""
        if self._suggestions is None:
            from reader.services.suggestions import SuggestionService

            self._suggestions = SuggestionService(self._db, self._changes)
        return self._suggestions

    @property
    def outlets(self) -> OutletService:
        """Which outlet each article is from: counts and corrections."""
        if self._outlets is None:
            from reader.services.outlets import OutletService

            self._outlets = OutletService(self._db, self._changes)
        return self._outlets

    @property
    def exchange(self) -> ExchangeService:
        """Export to and merge from annotation files."""
        if self._exchange is None:
            from reader.services.exchange import ExchangeService

            self._exchange = ExchangeService(self._db, self._changes)
        return self._exchange

    @property
    def organizer(self) -> OrganizerService:
        """Renaming, merging and deleting collections; moving, deleting and correcting articles."""
        if self._organizer is None:
            from reader.services.organizer import OrganizerService

            self._organizer = OrganizerService(self._db, self._changes)
        return self._organizer

    @property
    def pages(self) -> ArticlePages:
        """Annotated pages of single articles (the HTML and PDF export)."""
        if self._pages is None:
            from reader.services.article_pages import ArticlePages

            self._pages = ArticlePages(self._db, self._changes)
        return self._pages

    @property
    def team(self) -> TeamSyncService:
        """The team folder: this library's author's annotations written there, colleagues' merged."""
        if self._team is None:
            from reader.services.team.sync import TeamSyncService

            self._team = TeamSyncService(self._db, self._changes, self.exchange)
        return self._team

    @property
    def reports(self) -> ReportService:
        """Findings: annotations counted by tag, collection, outlet, author and period; the passages
        behind a count; tags that meet on the same passages (reads only)."""
        if self._reports is None:
            from reader.services.reports import ReportService

            self._reports = ReportService(self._db, self._changes)
        return self._reports

    # Collections and articles --------------------------------------------------------------------
    def collections(self) -> list[CollectionRecord]:
        return collections_repo.list_all(self._db)

    def collection_id(self, name: str) -> int:
        """The id of the collection called `name`; UnknownNameError when there is none."""
        found = collections_repo.find_id(self._db, name)
        if found is None:
            raise UnknownNameError(messages.NO_SUCH_COLLECTION, name)
        return found

    def article_count(self, collection_id: int | None = None) -> int:
        return articles_repo.count_current(self._db, collection_id)

    def article_ids(
        self, collection_id: int | None = None, sort: str = "date", descending: bool = True, title_filter: str = ""
    ) -> list[int]:
        return article_list_repo.ordered_ids(self._db, collection_id, sort, descending, title_filter)

    def article_listing(
        self, collection_id: int | None = None, sort: str = "date", descending: bool = True, title_filter: str = ""
    ) -> ArticleListing:
        """The ids the article list shows, read as it needs them (`services.article_listing`)."""
        from reader.services.article_listing import ArticleListing
        from reader.storage.article_list_repo import ListOrder

        return ArticleListing(self._db, ListOrder(collection_id, sort, descending, title_filter))

    def article_rows(self, ids: Sequence[int]) -> dict[int, ArticleRow]:
        return article_list_repo.rows_for(self._db, ids)

    def article(self, article_id: int) -> ArticleRecord | None:
        return articles_repo.get(self._db, article_id)

    def existing_article(self, article_id: int) -> ArticleRecord:
        """The article with this id; UnknownNameError when there is none."""
        record = articles_repo.get(self._db, article_id)
        if record is None:
            raise UnknownNameError(messages.NO_SUCH_ARTICLE, article_id)
        return record

    def current_articles(self, collection_id: int | None = None) -> Iterator[ArticleRecord]:
        """Every current article (with its text), in id order."""
        return articles_repo.iter_current(self._db, collection_id)

    # Import --------------------------------------------------------------------------------------
    def import_paths(
        self,
        paths: Sequence[str | Path],
        collection: str | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        workers: int | None = None,
        outlet: str | None = None,
        added_by: str | None = None,
    ) -> ImportReport:
        """Import folders, files and archives; what each committed chunk changed reaches the change log
        (also when the import is cancelled or fails part-way). The new texts are recorded as added by
        `added_by` (default: this user, see `default_author`)."""
        from reader.services.importer import import_paths
        from reader.services.locations import default_author

        return import_paths(self._db, list(paths), collection, progress=progress, cancelled=cancelled,
                            workers=workers, changes=self._changes, outlet=outlet,
                            added_by=default_author() if added_by is None else added_by)

    def search_index_status(self) -> IndexStatus:
        """Whether the search index waits for a re-index (after an update): cheap, ask before opening."""
        from reader.services.search_index import SearchIndexService

        return SearchIndexService(self._db).status()

    def search_index_complete(self) -> bool:
        """Whether the search index holds every article (`search_index_status().complete`, without
        counting what is pending): the check a start makes before it opens the window."""
        from reader.storage import search_index_repo

        return search_index_repo.is_complete(self._db)

    def reindex_search(
        self,
        progress: Callable[[ReindexProgress], None] | None = None,
        cancelled: CancelCheck | None = None,
    ) -> IndexStatus:
        """Index the pending articles, with progress; a cancel keeps what is done for next time."""
        from reader.services.search_index import SearchIndexService

        return SearchIndexService(self._db).reindex(progress, cancelled)


def explain_failure(error: BaseException, path: str | Path) -> HashiyaError | None:
    """A message for a raw SQLite failure on the library at `path` (None: not one we know)."""
    return explain(error, path)


def report_waits(reporter: Callable[[str, float], None] | None) -> None:
    """Have `reporter(path, seconds)` called while a write waits for another program's lock."""
    set_wait_reporter(reporter)

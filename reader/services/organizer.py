"""Looking after a library: renaming, merging and deleting collections; moving, deleting and
correcting articles. Every change is one transaction reported as a `Changes` record, and returns
what the undo needs to put things back exactly.

An article's text never changes here (annotations point into it). A deleted article keeps its row,
out of every list and out of the search index; its annotations become tombstones, so an export
tells colleagues about the deletion. A deleted collection is hidden the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.changes import Changes
from reader.core.dates import parse_date_value
from reader.core.errors import HashiyaError, InvalidRequestError, NotFoundError
from reader.core.record import Record
from reader.core.records import ArticleRecord, CollectionRecord
from reader.services.changelog import ChangeLog
from reader.storage import annotations_repo, articles_repo, collections_repo
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils


class ArticleRemoval(Record):
    """What a deletion took away, for its undo: the articles, the annotations it turned into
    tombstones, and the collection when the whole collection went."""

    article_ids: tuple[int, ...]
    annotation_ids: tuple[int, ...]
    collection: CollectionRecord | None = None


class ArticleMoves(Record):
    """Where moved articles came from, for the undo; `created` when the move made the collection,
    `merged` when a merge emptied and deleted that collection."""

    moves: tuple[tuple[int, int], ...]
    """(article id, the collection it was in)."""
    collection_id: int
    created: bool = False
    merged: CollectionRecord | None = None


class ArticleDetails(Record):
    """An article's correctable details: its date, outlet and collection."""

    article_id: int
    date: str | None
    outlet: str | None
    collection_id: int
    created_collection_id: int | None = None
    """The collection an edit made to move the article into (its undo takes it away again)."""


class CollectionRename(Record):
    collection_id: int
    old_name: str
    new_name: str


def normalized_date(text: str) -> str | None:
    """A date as typed (ISO 8601, a solar or Gregorian dateline: «۴ قوس ۱۴۰۳», 1403/09/04) in the
    form articles store; None for an empty text. InvalidRequestError when it is not a date."""
    if not text.strip():
        return None
    parsed = parse_date_value(text)
    if parsed is None:
        raise InvalidRequestError(messages.NOT_A_DATE, text)
    return parsed.iso()


class OrganizerService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()

    # Reading -----------------------------------------------------------------------------------------
    def collection(self, name: str) -> CollectionRecord:
        """The live collection called `name`; NotFoundError when there is none."""
        found = collections_repo.find_id(self.db, name)
        record = collections_repo.get(self.db, found) if found is not None else None
        if record is None:
            raise NotFoundError(messages.NO_SUCH_COLLECTION, name)
        return record

    def collection_by_id(self, collection_id: int) -> CollectionRecord:
        record = collections_repo.get(self.db, collection_id)
        if record is None:
            raise NotFoundError(messages.COLLECTION_GONE)
        return record

    def articles(self, article_ids: Sequence[int]) -> list[ArticleRecord]:
        """The current articles with these ids, in the order given; NotFoundError naming the first
        id that is not a current article (nothing is changed then)."""
        live = set(articles_repo.live_ids(self.db, article_ids))
        for article_id in article_ids:
            if article_id not in live:
                raise NotFoundError(messages.NO_SUCH_ARTICLE, article_id)
        records = [articles_repo.get(self.db, i) for i in dict.fromkeys(article_ids)]
        return [r for r in records if r is not None]

    def annotation_count(self, article_ids: Sequence[int]) -> int:
        """How many live annotations a deletion of these articles would turn into tombstones."""
        return len(annotations_repo.live_ids_of_articles(self.db, article_ids))

    # Collections ---------------------------------------------------------------------------------------
    def rename_collection(self, old_name: str, new_name: str) -> CollectionRename:
        record = self.collection(old_name)
        return self._rename(record, new_name)

    def rename_collection_id(self, collection_id: int, new_name: str) -> CollectionRename:
        return self._rename(self.collection_by_id(collection_id), new_name)

    def undo_rename(self, rename: CollectionRename) -> CollectionRename:
        return self._rename(self.collection_by_id(rename.collection_id), rename.old_name)

    def _rename(self, record: CollectionRecord, new_name: str) -> CollectionRename:
        name = _collection_name(new_name)
        if name == record.name:
            return CollectionRename(record.id, record.name, name)
        with self.changes.write(self.db) as staged:
            if collections_repo.find_id(self.db, name) is not None:
                raise HashiyaError(messages.COLLECTION_EXISTS, name)
            collections_repo.rename(self.db, record.id, name)
            staged.add(Changes(collections=True))
        return CollectionRename(record.id, record.name, name)

    def delete_collection(self, name: str) -> ArticleRemoval:
        return self.delete_collection_id(self.collection(name).id)

    def delete_collection_id(self, collection_id: int) -> ArticleRemoval:
        """Delete a collection and its articles (their annotations become tombstones)."""
        record = self.collection_by_id(collection_id)
        with self.changes.write(self.db) as staged:
            removal = self._remove(articles_repo.ids_in_collection(self.db, record.id), record)
            collections_repo.mark_deleted(self.db, record.id, now_iso())
            staged.add(_removed(removal))
        return removal

    def merge_collections(self, source_id: int, target_id: int) -> ArticleMoves:
        """Move every article of `source` into `target` and delete `source`."""
        source = self.collection_by_id(source_id)
        target = self.collection_by_id(target_id)
        if source.id == target.id:
            raise InvalidRequestError(messages.MERGE_INTO_ITSELF)
        with self.changes.write(self.db) as staged:
            moved = self._move(articles_repo.ids_in_collection(self.db, source.id), target)
            collections_repo.mark_deleted(self.db, source.id, now_iso())
            staged.add(Changes(articles_updated=frozenset(a for a, _c in moved), collections=True))
        return ArticleMoves(moved, target.id, merged=source)

    # Articles ----------------------------------------------------------------------------------------------
    def move_articles(self, article_ids: Sequence[int], collection_name: str) -> ArticleMoves:
        """Move articles into the collection called `collection_name` (made if there is none)."""
        name = _collection_name(collection_name)
        self.articles(article_ids)
        with self.changes.write(self.db) as staged:
            existing = collections_repo.find_id(self.db, name)
            collection_id = existing if existing is not None else collections_repo.get_or_create(self.db, name)
            target = collections_repo.get(self.db, collection_id)
            assert target is not None
            moved = self._move(article_ids, target)
            staged.add(Changes(articles_updated=frozenset(a for a, _c in moved), collections=True))
        return ArticleMoves(moved, collection_id, created=existing is None)

    def undo_moves(self, moves: ArticleMoves) -> None:
        """Put moved articles back where they were (and a merged collection back in its place)."""
        with self.changes.write(self.db) as staged:
            if moves.merged is not None:
                self._bring_back_collection(moves.merged)
            for article_id, collection_id in moves.moves:
                self._check_can_join(article_id, collection_id)
                articles_repo.set_collection(self.db, article_id, collection_id)
            if moves.created:
                collections_repo.drop_if_unused(self.db, moves.collection_id)
            staged.add(Changes(articles_updated=frozenset(a for a, _c in moves.moves), collections=True))

    def delete_articles(self, article_ids: Sequence[int]) -> ArticleRemoval:
        """Delete articles: out of the lists and the search index at once; their annotations become
        tombstones. All or nothing: an id that is not a current article refuses the whole call."""
        self.articles(article_ids)
        with self.changes.write(self.db) as staged:
            removal = self._remove(list(dict.fromkeys(article_ids)), None)
            staged.add(_removed(removal))
        return removal

    def restore(self, removal: ArticleRemoval) -> None:
        """Undo of a deletion: the articles back in the lists and the index, their annotations live
        again (marked modified now, so the return travels to colleagues like the deletion did)."""
        with self.changes.write(self.db) as staged:
            if removal.collection is not None:
                self._bring_back_collection(removal.collection)
            for article_id in removal.article_ids:
                if not articles_repo.is_deleted(self.db, article_id):
                    raise NotFoundError(messages.NO_SUCH_ARTICLE, article_id)
                record = articles_repo.get(self.db, article_id)
                assert record is not None
                if collections_repo.get(self.db, record.collection_id) is None:
                    raise NotFoundError(messages.COLLECTION_GONE)  # deleted since: the article would be out of sight
                self._check_can_join(article_id, record.collection_id)
                articles_repo.restore_deleted(self.db, article_id)
            annotations_repo.set_deleted_many(self.db, removal.annotation_ids, False, now_iso())
            ids = frozenset(removal.article_ids)
            staged.add(Changes(articles_added=ids, annotations=ids, collections=True))

    def details(self, article_id: int) -> ArticleDetails:
        record = self.articles([article_id])[0]
        return ArticleDetails(record.id, record.date, record.outlet, record.collection_id)

    def edit_article(self, article_id: int, *, date: str | None = None, outlet: str | None = None,
                     collection: str | None = None) -> ArticleDetails:
        """Correct an article's date (as `normalized_date` reads it; "" clears it), outlet ("" clears
        it) or collection (made if there is none); None leaves a detail as it is. Returns the details
        as they were, for the undo."""
        before = self.details(article_id)
        new_date = normalized_date(date) if date is not None else before.date
        new_outlet = (' '.join(outlet.split()) or None) if outlet is not None else before.outlet
        created = None
        with self.changes.write(self.db) as staged:
            changes = Changes(articles_updated=frozenset([article_id]))
            if collection is not None:
                name = _collection_name(collection)
                existing = collections_repo.find_id(self.db, name)
                collection_id = existing if existing is not None else collections_repo.get_or_create(self.db, name)
                created = None if existing is not None else collection_id
                if collection_id != before.collection_id:
                    target = collections_repo.get(self.db, collection_id)
                    assert target is not None
                    self._move([article_id], target)
                    changes = changes | Changes(collections=True)
            articles_repo.set_details(self.db, article_id, new_date, new_outlet)
            staged.add(changes)
        return replace(before, created_collection_id=created)

    def restore_details(self, before: ArticleDetails) -> None:
        """Undo of `edit_article`: the details exactly as they were."""
        self.articles([before.article_id])
        self.collection_by_id(before.collection_id)
        with self.changes.write(self.db) as staged:
            record = articles_repo.get(self.db, before.article_id)
            assert record is not None
            moved = record.collection_id != before.collection_id
            if moved:
                self._check_can_join(before.article_id, before.collection_id)
                articles_repo.set_collection(self.db, before.article_id, before.collection_id)
            articles_repo.set_details(self.db, before.article_id, before.date, before.outlet)
            if before.created_collection_id is not None:
                collections_repo.drop_if_unused(self.db, before.created_collection_id)
            staged.add(Changes(articles_updated=frozenset([before.article_id]), collections=moved))

    # Internals -----------------------------------------------------------------------------------------------
    def _remove(self, article_ids: list[int], collection: CollectionRecord | None) -> ArticleRemoval:
        annotation_ids = annotations_repo.live_ids_of_articles(self.db, article_ids)
        when = now_iso()
        for article_id in article_ids:
            articles_repo.mark_deleted(self.db, article_id, when)
        annotations_repo.set_deleted_many(self.db, annotation_ids, True, when)
        return ArticleRemoval(tuple(article_ids), tuple(annotation_ids), collection)

    def _move(self, article_ids: Sequence[int], target: CollectionRecord) -> tuple[tuple[int, int], ...]:
        moved = []
        for record in self.articles(article_ids):
            if record.collection_id == target.id:
                continue
            holder = articles_repo.holder_of_source(self.db, target.id, record.source, record.id)
            if holder is not None:
                raise HashiyaError(messages.SAME_FILE_IN_COLLECTION, record.title, target.name, record.source)
            articles_repo.set_collection(self.db, record.id, target.id)
            moved.append((record.id, record.collection_id))
        return tuple(moved)

    def _check_can_join(self, article_id: int, collection_id: int) -> None:
        record = articles_repo.get(self.db, article_id)
        assert record is not None
        if articles_repo.holder_of_source(self.db, collection_id, record.source, article_id) is not None:
            collection = collections_repo.get(self.db, collection_id)
            raise HashiyaError(messages.SAME_FILE_IN_COLLECTION, record.title,
                               collection.name if collection else "", record.source)

    def _bring_back_collection(self, collection: CollectionRecord) -> None:
        if collections_repo.get(self.db, collection.id) is not None:
            return
        if collections_repo.find_id(self.db, collection.name) is not None:
            raise HashiyaError(messages.COLLECTION_NAME_TAKEN_AGAIN, collection.name)
        collections_repo.restore_deleted(self.db, collection.id)


def _collection_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise InvalidRequestError(messages.COLLECTION_NAME_EMPTY)
    return name


def _removed(removal: ArticleRemoval) -> Changes:
    ids = frozenset(removal.article_ids)
    return Changes(articles_removed=ids, annotations=ids if removal.annotation_ids else frozenset(), collections=True)

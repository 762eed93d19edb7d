"""Tagging passages and managing tags: every change is one committed transaction.

Each call returns what it changed, so the GUI can update its models and its undo stack can
reverse it exactly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.changes import Changes, annotations_changed
from reader.core.errors import HashiyaError, InvalidRequestError, UnknownNameError
from reader.core.limits import MAX_AUTHOR, MAX_NOTE, MAX_TAG_NAME, Problem, tag_name_problem
from reader.core.record import Record
from reader.core.records import AnnotationListRow, AnnotationRecord, ArticleRecord, TagRecord
from reader.services.changelog import ChangeLog
from reader.storage import annotations_repo, articles_repo, tags_repo
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils

TAGS_CHANGED = Changes(tags=True)

TAG_PALETTE = ("#e0a21b", "#3b7dd8", "#d0453f", "#3a9a5b", "#8a5cc7", "#d9772b", "#1f9fa8", "#c24f8e", "#7a8a2e")


def palette_colour(tag_count: int) -> str:
    """The colour a new tag gets when none is given: the palette in turn."""
    return TAG_PALETTE[tag_count % len(TAG_PALETTE)]


def new_annotation(article: ArticleRecord, start: int, end: int, tag_ids: Sequence[int], note: str = "",
                   author: str = "", uuid: str | None = None) -> AnnotationRecord:
    """A new annotation of a valid span of `article` (quote, context and content hash taken from it),
    not yet stored: its id is 0."""
    import uuid as uuid_module  # (uuid and anchoring: 5 ms of imports the first paint does not need)

    from reader.core.anchoring import make_anchor

    anchor = make_anchor(article.text, start, end)
    now = now_iso()
    return AnnotationRecord(
        id=0, uuid=uuid or str(uuid_module.uuid4()), article_id=article.id, start=start, end=end,
        quote=anchor.exact, prefix=anchor.prefix, suffix=anchor.suffix, content_hash=article.content_hash,
        note=note, author=author, created=now, modified=now, deleted=False, orphan=False, tag_ids=tuple(tag_ids),
    )


class AnnotationError(HashiyaError):
    """An annotation or tag change that cannot be made; the message says why."""


def checked_tag_name(name: str) -> str:
    """`name` without surrounding spaces; AnnotationError when it cannot name a tag."""
    name = name.strip()
    problem = tag_name_problem(name)
    if problem is Problem.EMPTY:
        raise AnnotationError(messages.TAG_NEEDS_NAME)
    if problem is Problem.TOO_LONG:
        raise AnnotationError(messages.TAG_NAME_TOO_LONG, len(name), MAX_TAG_NAME)
    if problem is Problem.CONTROL:
        raise AnnotationError(messages.TAG_NAME_CONTROL)
    return name


def _check_text(note: str, author: str = "") -> None:
    if len(note) > MAX_NOTE:
        raise AnnotationError(messages.NOTE_TOO_LONG, len(note), MAX_NOTE)
    if len(author) > MAX_AUTHOR:
        raise AnnotationError(messages.AUTHOR_TOO_LONG, len(author), MAX_AUTHOR)


class QuotedAnnotation(Record):
    """What `annotate_quote` made: the annotation, and the tags it had to create."""

    annotation: AnnotationRecord
    created_tags: tuple[str, ...]


class TagRemoval(Record):
    """Everything needed to put a deleted or merged tag back: the tag and who carried it."""

    tag: TagRecord
    annotation_ids: tuple[int, ...]
    added_to_target: tuple[int, ...] = ()
    target_id: int | None = None


class AnnotationService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()
        # The last article's annotations and the state of the file they were read in: opening an
        # article asks twice (its highlights, the annotation list), 1,000 rows each time.
        self._last_read: tuple[tuple[int, int, int], list[AnnotationRecord]] | None = None

    # Annotations -------------------------------------------------------------------------------------
    def create(self, article_id: int, start: int, end: int, tag_ids: list[int], note: str = "", author: str = "",
               uuid: str | None = None) -> AnnotationRecord:
        article = articles_repo.get(self.db, article_id)
        if article is None:
            raise AnnotationError(messages.ARTICLE_MISSING, str(article_id))
        if not 0 <= start < end <= len(article.text):
            raise AnnotationError(messages.SPAN_OUTSIDE_ARTICLE, start, end, str(article_id))
        _check_text(note, author)
        record = new_annotation(article, start, end, tag_ids, note, author, uuid)
        with self.changes.write(self.db) as staged:
            self._check_tags(tag_ids)
            annotation_id = annotations_repo.insert(self.db, record)
            staged.add(annotations_changed([article_id], [record.uuid]))
        return replace(record, id=annotation_id)

    def get(self, uuid: str) -> AnnotationRecord:
        record = annotations_repo.get_by_uuid(self.db, uuid)
        if record is None:
            raise AnnotationError(messages.ANNOTATION_MISSING, uuid)
        return record

    def for_article(self, article_id: int) -> list[AnnotationRecord]:
        # The last article's annotations, read again once anything changed the library.
        changed = self.db.change_state()
        state = (article_id, changed)
        if changed is not None and self._last_read is not None and self._last_read[0] == state:
            return list(self._last_read[1])
        records = annotations_repo.for_article(self.db, article_id)
        self._last_read = (state, records) if changed is not None else None
        return list(records)

    def set_tags(self, uuid: str, tag_ids: list[int]) -> AnnotationRecord:
        record = self.get(uuid)
        with self._write(record):
            self._check_tags(tag_ids)
            annotations_repo.set_tags(self.db, record.id, tag_ids)
            annotations_repo.touch(self.db, record.id, now_iso())
        return self.get(uuid)

    def set_note(self, uuid: str, note: str) -> AnnotationRecord:
        _check_text(note)
        record = self.get(uuid)
        with self._write(record):
            annotations_repo.update(self.db, record.id, now_iso(), note=note)
        return self.get(uuid)

    def delete(self, uuid: str) -> AnnotationRecord:
        """Deletion keeps a tombstone, so it can be undone and can travel to colleagues' copies."""
        return self._set_deleted(uuid, True)

    def restore(self, uuid: str) -> AnnotationRecord:
        return self._set_deleted(uuid, False)

    def place(self, uuid: str, start: int, end: int) -> AnnotationRecord:
        """Put an orphan (or any annotation) on a new span of its article."""
        record = self.get(uuid)
        article = articles_repo.get(self.db, record.article_id)
        assert article is not None
        if not 0 <= start < end <= len(article.text):
            raise AnnotationError(messages.SPAN_OUTSIDE_ARTICLE, start, end, str(record.article_id))
        from reader.core.anchoring import make_anchor

        anchor = make_anchor(article.text, start, end)
        with self._write(record):
            annotations_repo.update(
                self.db, record.id, now_iso(), start=start, end=end, quote=anchor.exact, prefix=anchor.prefix,
                suffix=anchor.suffix, content_hash=article.content_hash, orphan=False,
            )
        return self.get(uuid)

    def restore_placement(self, before: AnnotationRecord) -> AnnotationRecord:
        """Undo of `place`: the span, quote, context and orphan state exactly as recorded in `before`."""
        with self._write(before):
            annotations_repo.update(
                self.db, before.id, now_iso(), start=before.start, end=before.end, quote=before.quote,
                prefix=before.prefix, suffix=before.suffix, content_hash=before.content_hash, orphan=before.orphan,
            )
        return self.get(before.uuid)

    def annotate_quote(self, article_id: int, quote: str, tag_names: Sequence[str], note: str = "", author: str = "",
                       occurrence: int | None = None) -> QuotedAnnotation:
        """Tag the passage `quote` of an article, for scripts: the quote must occur exactly once, or
        `occurrence` (1 = first) says which. Tags that do not exist yet are created."""
        article = articles_repo.get(self.db, article_id)
        if article is None:
            raise UnknownNameError(messages.NO_SUCH_ARTICLE, str(article_id))
        starts = []
        position = article.text.find(quote) if quote else -1
        while position >= 0:
            starts.append(position)
            position = article.text.find(quote, position + 1)
        if not starts:
            raise InvalidRequestError(messages.QUOTE_NOT_FOUND, str(article_id))
        if occurrence is None and len(starts) > 1:
            raise InvalidRequestError(messages.QUOTE_AMBIGUOUS, len(starts), str(article_id))
        index = (occurrence or 1) - 1
        if not 0 <= index < len(starts):
            raise InvalidRequestError(messages.OCCURRENCE_OUT_OF_RANGE, len(starts))
        tag_ids, created = [], []
        names = [checked_tag_name(name) for name in tag_names]
        _check_text(note, author)  # all refused before a tag is created
        for name in names:
            tag = self.tag_by_name(name)
            if tag is None:
                tag = self.create_tag(name)
                created.append(name)
            tag_ids.append(tag.id)
        start = starts[index]
        record = self.create(article_id, start, start + len(quote), tag_ids, note, author)
        return QuotedAnnotation(record, tuple(created))

    def list_rows(self, tag_id: int | None = None, author: str | None = None, collection_id: int | None = None,
                  orphans_only: bool = False) -> list[AnnotationListRow]:
        return annotations_repo.list_rows(self.db, tag_id, author, collection_id, orphans_only=orphans_only)

    def authors(self) -> list[str]:
        return annotations_repo.authors(self.db)

    def _set_deleted(self, uuid: str, deleted: bool) -> AnnotationRecord:
        record = self.get(uuid)
        with self._write(record):
            annotations_repo.update(self.db, record.id, now_iso(), deleted=deleted)
        return self.get(uuid)

    @contextmanager
    def _write(self, record: AnnotationRecord) -> Iterator[None]:
        """One transaction that changes this annotation (and so its article's highlights)."""
        with self.changes.write(self.db) as staged:
            yield
            staged.add(annotations_changed([record.article_id], [record.uuid]))

    def _check_tags(self, tag_ids: list[int]) -> None:
        for tag_id in tag_ids:
            if tags_repo.get(self.db, tag_id) is None:
                raise AnnotationError(messages.TAG_MISSING, str(tag_id))

    # Tags -----------------------------------------------------------------------------------------------
    def tags(self) -> list[TagRecord]:
        return tags_repo.list_all(self.db)

    def tag(self, tag_id: int) -> TagRecord:
        tag = tags_repo.get(self.db, tag_id)
        if tag is None:
            raise AnnotationError(messages.TAG_MISSING, str(tag_id))
        return tag

    def tag_by_name(self, name: str) -> TagRecord | None:
        return tags_repo.find_by_name(self.db, name)

    def tag_named(self, name: str) -> TagRecord:
        """The tag called `name`; UnknownNameError when there is none."""
        tag = self.tag_by_name(name)
        if tag is None:
            raise UnknownNameError(messages.NO_SUCH_TAG, name)
        return tag

    def create_tag(self, name: str, color: str | None = None, shortcut: str | None = None,
                   tag_id: int | None = None) -> TagRecord:
        name = checked_tag_name(name)
        color = color or palette_colour(len(self.tags()))
        with self._tag_write():
            try:
                new_id = tags_repo.create(self.db, name, color, shortcut, tag_id)
            except tags_repo.DuplicateTagError:
                raise AnnotationError(messages.TAG_EXISTS, name) from None
        return self.tag(new_id)

    def update_tag(self, tag_id: int, *, name: str | None = None, color: str | None = None,
                   shortcut: str | None = None, clear_shortcut: bool = False) -> TagRecord:
        if name is not None:
            name = checked_tag_name(name)
        with self._tag_write():
            try:
                tags_repo.update(self.db, tag_id, name=name, color=color, shortcut=shortcut,
                                 clear_shortcut=clear_shortcut)
            except tags_repo.DuplicateTagError:
                raise AnnotationError(messages.TAG_EXISTS, name or "") from None
            self._touch_tagged(tag_id)
        return self.tag(tag_id)

    def reorder_tags(self, tag_ids: list[int]) -> list[TagRecord]:
        with self._tag_write():
            tags_repo.set_order(self.db, tag_ids)
        return self.tags()

    def tag_usage(self, tag_id: int) -> int:
        """How many live annotations a delete or merge of this tag would touch."""
        return len(tags_repo.usage(self.db, tag_id))

    def delete_tag(self, tag_id: int) -> TagRemoval:
        tag = self.tag(tag_id)
        with self._tag_write():
            carriers = tuple(tags_repo.tagged_annotations(self.db, tag_id))
            self._touch_tagged(tag_id)
            tags_repo.delete(self.db, tag_id)
        return TagRemoval(tag, carriers)

    def merge_tags(self, source_id: int, target_id: int) -> TagRemoval:
        """Every annotation tagged `source` gets `target` instead; `source` is deleted."""
        if source_id == target_id:
            raise AnnotationError(messages.TAG_INTO_ITSELF)
        tag = self.tag(source_id)
        self.tag(target_id)
        with self._tag_write():
            carriers = tags_repo.tagged_annotations(self.db, source_id)
            already = set(tags_repo.tagged_annotations(self.db, target_id))
            added = tuple(a for a in carriers if a not in already)
            tags_repo.link(self.db, list(added), target_id)
            self._touch_tagged(source_id)
            tags_repo.delete(self.db, source_id)
        return TagRemoval(tag, tuple(carriers), added, target_id)

    def undo_tag_removal(self, removal: TagRemoval) -> TagRecord:
        """Recreate a deleted or merged tag with its id, colour, place and annotations."""
        tag = removal.tag
        with self._tag_write():
            if tags_repo.get(self.db, tag.id) is not None or tags_repo.find_by_name(self.db, tag.name) is not None:
                raise AnnotationError(messages.TAG_EXISTS_AGAIN, tag.name)
            tags_repo.create(self.db, tag.name, tag.color, tag.shortcut, tag.id)
            order = [t.id for t in tags_repo.list_all(self.db) if t.id != tag.id]
            order.insert(min(tag.position, len(order)), tag.id)
            tags_repo.set_order(self.db, order)
            tags_repo.link(self.db, list(removal.annotation_ids), tag.id)
            if removal.target_id is not None:
                tags_repo.unlink(self.db, list(removal.added_to_target), removal.target_id)
            self._touch_tagged(tag.id)
        return self.tag(tag.id)

    @contextmanager
    def _tag_write(self) -> Iterator[None]:
        with self.changes.write(self.db) as staged:
            yield
            staged.add(TAGS_CHANGED)

    def _touch_tagged(self, tag_id: int) -> None:
        # A tag's change is a change of its annotations, so merges between colleagues see it.
        annotations_repo.touch_tagged(self.db, tag_id, now_iso())

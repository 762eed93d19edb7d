"""Exporting a library's annotations to open formats, and merging colleagues' files into it.

Merge rule, per annotation uuid: every copy is a *version*; the library keeps the greatest by
(modified, fingerprint), `modified` compared as a UTC instant. So merging the same file twice
changes nothing, and merging A then B equals merging B then A. A tombstone is a version too: if it
is the greatest, the annotation is deleted. What a file may bring is checked first
(`core/exchange/admission.py`): an annotation with a time that is not an xsd:dateTime or lies more
than a day ahead of this machine's clock, or with an empty, over-long or multi-line tag name, or an
over-long note or author, is left out and reported; times are stored UTC-normalised. A stored time
that is unreadable or in the future (from before these checks) ranks below every real one. Articles are found by content hash, then by source and title (then the text differs and
annotations are re-anchored: what cannot be placed becomes an orphan, never a wrong highlight);
a REFI-QDA file that carries a text the library lacks brings that text in as a new article.
The whole merge, over every file, is one transaction; nothing is written on a dry run.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reader.core.anchoring import Anchor, make_anchor, reanchor
from reader.core.article import Article
from reader.core import cue_lexicon, messages
from reader.core.errors import Cancelled, HashiyaError, Notice
from reader.core.exchange.admission import admit
from reader.core.exchange.common import DEFAULT_LIMITS, ReadLimits
from reader.core.exchange.model import (
    ArticleNote, ExchangeAnnotation, ExchangeArticle, ExchangeCue, ExchangeFile, ExchangeFormatError, ExchangeTag,
)
from reader.core.exchange.positions import PositionReport
from reader.core.files import open_regular, read_regular
from reader.core.timestamps import ranking_instant
from reader.core.untrusted import printable_name
from reader.core.text import content_hash as hash_text
from reader.core.text import text_direction
from reader.core.changes import Changes
from reader.core.record import Record
from reader.services.annotations import palette_colour
from reader.core.records import AnnotationRecord, ArticleNoteRecord, ArticleRecord
from reader.services.changelog import ChangeLog
from reader.services.files import check_destination, write_file
from reader.storage import (
    annotations_repo, article_list_repo, article_notes_repo, articles_repo, collections_repo, cues_repo, exchange_repo,
    tags_repo,
)
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils

FORMATS = ("jsonld", "csv", "qdpx")
MERGED_COLLECTION = "Merged sources"
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
Clock = Callable[[], datetime]


class ExchangeError(HashiyaError):
    """An export or merge that cannot be done; the message says why."""


class MergePlan(Record, frozen=False):
    """What a merge does (or would do, on a dry run)."""

    added: list[str] = field(default_factory=list)        # uuids
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)     # added or updated, but not placed in the text
    unchanged: int = 0
    skipped: list[Notice] = field(default_factory=list)   # per annotation (uuid) left out, why
    articles_added: list[str] = field(default_factory=list)  # titles brought in from REFI-QDA sources
    tags_created: list[str] = field(default_factory=list)
    cues_added: list[str] = field(default_factory=list)      # suggestion cues the library lacked
    # What the library's views must re-read: the articles whose annotations changed, the new ones.
    touched_articles: set[int] = field(default_factory=set)
    new_article_ids: set[int] = field(default_factory=set)
    notes_updated: list[str] = field(default_factory=list)  # titles of the articles whose note the files replace
    noted_articles: set[int] = field(default_factory=set)
    positions: list[PositionReport] = field(default_factory=list)  # how each REFI-QDA file's positions were read

    def library_changes(self) -> Changes:
        return Changes(articles_added=frozenset(self.new_article_ids), annotations=frozenset(self.touched_articles),
                       tags=bool(self.tags_created), collections=bool(self.new_article_ids),
                       suggestions=bool(self.cues_added),
                       article_notes=frozenset(self.noted_articles),
                       annotation_uuids=frozenset(self.added + self.updated + self.deleted))

    @property
    def changes(self) -> int:
        return (len(self.added) + len(self.updated) + len(self.deleted) + len(self.articles_added)
                + len(self.tags_created) + len(self.cues_added) + len(self.notes_updated))


def fingerprint(exact: str, prefix: str, suffix: str, tags: Sequence[str], note: str, author: str, deleted: bool) -> str:
    """A version's content, for breaking ties between copies modified at the same instant."""
    payload = json.dumps([exact, prefix, suffix, sorted(tags), note, author, deleted], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _note_key(text: str, author: str, modified: str, now: datetime) -> tuple[datetime, str]:
    """An article note's version: the later instant wins, ties by content (undated is oldest)."""
    payload = json.dumps([text, author], ensure_ascii=False)
    return ranking_instant(modified, now), hashlib.sha256(payload.encode("utf-8")).hexdigest()


def read_exchange_file(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> ExchangeFile:
    """A colleague's annotation file, read only when it is a regular file within the size limit
    (checked before reading; the read is counted too)."""
    from reader.core.exchange.qdpx import read_qdpx
    from reader.core.exchange.w3c import read_jsonld

    path = Path(path)
    name = printable_name(path.name)
    suffix = path.suffix.lower()

    def too_large(size: int) -> ExchangeFormatError:
        template = messages.ZIP_TOO_LARGE if suffix == ".qdpx" else messages.EXCHANGE_TOO_LARGE
        return ExchangeFormatError(template, name, size, limits.max_file_bytes)

    try:
        if suffix == ".qdpx":
            with open_regular(path, name, ExchangeFormatError, limits.max_file_bytes, too_large) as handle:
                return read_qdpx(handle, name, limits)
        if suffix in (".jsonld", ".json"):
            return read_jsonld(read_regular(path, name, limits.max_file_bytes, ExchangeFormatError, too_large), name,
                               limits)
    except OSError as exc:
        raise ExchangeFormatError(messages.FILE_UNREADABLE, name, exc.strerror or exc) from None
    raise ExchangeFormatError(messages.EXCHANGE_NOT_ANNOTATION_FILE, name)


class ExchangeService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None, clock: Clock | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()
        self.clock = clock or (lambda: datetime.now(UTC))  # what "now" is, for a merge's dates
        self._tag_names: dict[int, str] = {}  # id -> name, during a merge
        self._now = datetime.now(UTC)

    # Export ----------------------------------------------------------------------------------------------
    def collect(self, collection: str | None = None, tag: str | None = None, author: str | None = None,
                with_texts: bool = False, with_tombstones: bool = True, with_orphans: bool = True,
                all_articles: bool = False, provenance: bool = False,
                uuids: Collection[str] | None = None) -> ExchangeFile:
        """The annotations to export; orphans travel (with their quote) except to REFI-QDA, whose
        selections must point at their text. The articles are those annotated, those with a note
        (unless a tag, an author or `uuids` narrows the export to some annotations) and, with `all_articles`,
        every current article of the scope; each with its note and, with `provenance`, who added it
        and when. With `uuids`, only those annotations."""
        collection_id = tag_id = None
        if collection is not None:
            collection_id = collections_repo.find_id(self.db, collection)
            if collection_id is None:
                raise ExchangeError(messages.NO_SUCH_COLLECTION, collection)
        if tag is not None:
            found = tags_repo.find_by_name(self.db, tag)
            if found is None:
                raise ExchangeError(messages.NO_SUCH_TAG, tag)
            tag_id = found.id
        rows = annotations_repo.list_rows(self.db, tag_id, author, collection_id, include_deleted=with_tombstones,
                                          uuids=uuids)
        if not with_orphans:
            rows = [row for row in rows if not row.annotation.orphan]
        tag_names = {t.id: t.name for t in tags_repo.list_all(self.db)}
        records = [row.annotation for row in rows]
        notes = article_notes_repo.in_scope(self.db, collection_id)
        article_ids = list(dict.fromkeys(r.article_id for r in records))
        if tag is None and author is None and uuids is None:
            article_ids.extend(i for i in notes if i not in set(article_ids))
        if all_articles:
            listed = set(article_ids)
            article_ids.extend(i for i in article_list_repo.ordered_ids(self.db, collection_id) if i not in listed)
        articles = {i: articles_repo.get(self.db, i) for i in sorted(set(article_ids))}
        exchange_articles = tuple(_exchange_article(a, notes.get(a.id), with_texts, provenance)
                                  for a in articles.values() if a is not None)
        annotations = tuple(
            ExchangeAnnotation(
                uuid=r.uuid, article_key=articles[r.article_id].content_hash, start=r.start, end=r.end, exact=r.quote,
                prefix=r.prefix, suffix=r.suffix, tags=tuple(tag_names[t] for t in r.tag_ids if t in tag_names),
                note=r.note, author=r.author, created=r.created, modified=r.modified, deleted=r.deleted,
            )
            for r in records
        )
        used = {name for a in annotations for name in a.tags}
        tags = tuple(ExchangeTag(t.name, t.color) for t in tags_repo.list_all(self.db) if t.name in used or tag is None)
        return ExchangeFile(exchange_articles, annotations, tags, self._cues(tag_names))

    def _cues(self, tag_names: dict[int, str]) -> tuple[ExchangeCue, ...]:
        """The suggestion lexicon travels with the tags, each cue naming the tag its role suggests."""
        suggests = {r.role: tag_names.get(r.tag_id, "") if r.tag_id is not None else "" for r in cues_repo.roles(self.db)}
        return tuple(ExchangeCue(c.role, c.kind, c.phrase, c.enabled, suggests.get(c.role, ""))
                     for c in cues_repo.cues(self.db))

    def export(self, fmt: str, out: str | Path, collection: str | None = None, tag: str | None = None,
               author: str | None = None, cancelled: Callable[[], bool] | None = None,
               all_articles: bool = False, provenance: bool = False) -> int:
        """Write the annotations to `out` (atomically: a full disk leaves no half file). Returns the count.
        `all_articles`: every article of the scope, not only the annotated ones (a whole project);
        `provenance`: each article's adder and date (REFI-QDA creatingUser/creationDateTime).

        When `cancelled()` is true before the file is put in place, Cancelled is raised and
        `out` is left as it was."""
        if fmt not in FORMATS:
            raise ExchangeError(messages.EXPORT_UNKNOWN_FORMAT, repr(fmt), ", ".join(FORMATS))
        out = Path(out)
        check_destination(out)  # before the collecting: a mistyped path is said at once
        data = self.collect(collection, tag, author, with_texts=fmt == "qdpx", with_tombstones=fmt == "jsonld",
                            with_orphans=fmt != "qdpx", all_articles=all_articles, provenance=provenance)
        write_file(out, lambda stream: _write_format(fmt, data, stream), cancelled)
        return sum(1 for a in data.annotations if not a.deleted)

    # Merge -------------------------------------------------------------------------------------------------
    def merge(self, files: Sequence[ExchangeFile], dry_run: bool = False,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> MergePlan:
        """Merge the files in one transaction; `cancelled()` is checked as it goes (Cancelled rolls
        everything back)."""
        step = _progress_with_cancel(progress, cancelled)
        plan = MergePlan()
        self._now = self.clock()
        with self.changes.write(self.db) as staged:
            self._tag_names = {t.id: t.name for t in tags_repo.list_all(self.db)}  # kept up to date by _tag_ids
            for file in files:
                self._merge_file(file, plan, step)
                self._merge_cues(file.cues, plan)
            if dry_run:
                raise _DryRun(plan)
            staged.add(plan.library_changes())
        return plan

    def plan(self, files: Sequence[ExchangeFile], cancelled: Callable[[], bool] | None = None) -> MergePlan:
        """What `merge` would do: computed by doing it and rolling back, so the two never disagree."""
        try:
            self.merge(files, dry_run=True, cancelled=cancelled)
        except _DryRun as done:
            return done.plan
        raise AssertionError("unreachable")  # pragma: no cover

    def add_texts(self, articles: Sequence[ExchangeArticle]) -> MergePlan:
        """Bring in, without annotations, the articles of `articles` that carry their text and that the
        library lacks (a colleague's REFI-QDA copy); one transaction."""
        plan = MergePlan()
        with self.changes.write(self.db) as staged:
            for article in articles:
                if article.text is not None:
                    self._find_or_add_article(article, plan)
            staged.add(plan.library_changes())
        return plan

    def _merge_file(self, file: ExchangeFile, plan: MergePlan, progress: Callable[[int, int], None] | None) -> None:
        plan.positions.extend(file.positions)
        plan.skipped.extend(file.notices)
        colours = {t.name.strip(): t.color for t in file.tags if _COLOUR.fullmatch(t.color)}
        articles = {a.key: a for a in file.articles}
        local_articles: dict[str, ArticleRecord | None] = {}
        annotated = {annotation.article_key for annotation in file.annotations}
        # Texts and notes come in whether or not an annotation points at them: a whole project
        # handed over arrives whole.
        for key, article in articles.items():
            if article.text is None and article.note is None:
                continue
            local = local_articles[key] = self._find_or_add_article(article, plan)
            if article.note is not None:
                if local is not None:
                    self._merge_note(article.note, local, plan)
                elif article.note.text and key not in annotated:
                    plan.skipped.append(Notice.of(article.title, messages.MERGE_NOTE_ARTICLE_NOT_HERE, article.title))
        total = len(file.annotations)
        for number, given in enumerate(file.annotations, start=1):
            if progress is not None and number % 200 == 0:
                progress(number, total)
            incoming = admit(given, self._now)
            if isinstance(incoming, Notice):
                plan.skipped.append(incoming)
                continue
            article = articles.get(incoming.article_key)
            if article is None:
                plan.skipped.append(Notice.of(incoming.uuid, messages.MERGE_ARTICLE_NOT_DESCRIBED, incoming.uuid))
                continue
            if incoming.article_key not in local_articles:
                local_articles[incoming.article_key] = self._find_or_add_article(article, plan)
            local = local_articles[incoming.article_key]
            if local is None:
                plan.skipped.append(Notice.of(incoming.uuid, messages.MERGE_ARTICLE_NOT_HERE, incoming.uuid, article.title))
                continue
            self._merge_annotation(incoming, local, local.content_hash == article.content_hash, colours, plan)

    def _merge_cues(self, cues: Sequence[ExchangeCue], plan: MergePlan) -> None:
        """A colleague's cues the library lacks come in with their on/off state; a cue the library
        has keeps its own, so merging is idempotent."""
        incoming = []
        for cue in cues:
            record = cue_lexicon.Cue(cue.role, cue.kind, cue.phrase, cue.enabled)
            if cue_lexicon.is_valid(record):
                incoming.append(record)
            else:
                plan.skipped.append(Notice.of(cue.phrase, messages.MERGE_CUE_DOES_NOT_FIT, cue.phrase, cue.kind, cue.role))
        plan.cues_added.extend(c.phrase for c in cues_repo.add_cues(self.db, incoming))

    def _merge_note(self, incoming: ArticleNote, local: ArticleRecord, plan: MergePlan) -> None:
        """The later note wins whole (see docs/INTEROP.md); an equal one, or an incoming empty note
        where there is none, changes nothing."""
        existing = article_notes_repo.get(self.db, local.id)
        if existing is None:
            if not incoming.text:
                return
        elif existing.note == incoming.text or (
                _note_key(incoming.text, incoming.author, incoming.modified, self._now)
                <= _note_key(existing.note, existing.author, existing.modified, self._now)):
            return
        article_notes_repo.put(self.db, local.id, incoming.text, incoming.author, incoming.modified or now_iso())
        plan.notes_updated.append(local.title)
        plan.noted_articles.add(local.id)

    def _find_or_add_article(self, article: ExchangeArticle, plan: MergePlan) -> ArticleRecord | None:
        found = exchange_repo.find_article(self.db, article.content_hash, article.source, article.title)
        if found is not None or article.text is None:
            return found
        if hash_text(article.text) in (article.content_hash, article.key):
            found = exchange_repo.find_article(self.db, hash_text(article.text), None, None)
            if found is not None:
                return found
        collection_id = collections_repo.get_or_create(self.db, MERGED_COLLECTION)
        # Split so that joining gives the text back exactly: the offsets in the file count on it.
        title, separator, body = article.text.partition("\n\n")
        record = Article(
            source=article.source or article.title, format="exchange", title=title,
            paragraphs=tuple(body.split("\n\n")) if separator else (), date=None, dateline=None,
            language=article.language or "fa", direction=article.direction or text_direction(article.text),
            raw=article.text, raw_hash=hash_text(article.text),
        )
        assert record.text == article.text
        new_id = articles_repo.insert(self.db, collection_id, record, added_by=article.creator,
                                      added_at=article.created or None)
        plan.articles_added.append(article.title)
        plan.new_article_ids.add(new_id)
        return articles_repo.get(self.db, new_id)

    def _tag_ids(self, names: Sequence[str], colours: dict[str, str], plan: MergePlan) -> list[int]:
        ids = []
        for name in names:
            tag = tags_repo.find_by_name(self.db, name)
            if tag is None:
                new_id = tags_repo.create(self.db, name, colours.get(name) or palette_colour(len(self._tag_names)))
                self._tag_names[new_id] = name
                ids.append(new_id)
                plan.tags_created.append(name)
            else:
                ids.append(tag.id)
        return ids

    def _place(self, incoming: ExchangeAnnotation, local: ArticleRecord, same_text: bool) -> tuple[int, int, bool]:
        """Where the annotation goes in this library's text: (start, end, orphan)."""
        text = local.text
        if incoming.orphan:  # its file could not say where it goes: the user places it
            return incoming.start, incoming.end, True
        in_bounds = 0 <= incoming.start < incoming.end <= len(text)
        if same_text and in_bounds and text[incoming.start:incoming.end] == incoming.exact:
            return incoming.start, incoming.end, False
        placement = reanchor(Anchor(incoming.start, incoming.end, incoming.exact, incoming.prefix, incoming.suffix), text)
        if placement is None:
            return incoming.start, incoming.end, True
        return placement.start, placement.end, False

    def _merge_annotation(self, incoming: ExchangeAnnotation, local: ArticleRecord, same_text: bool,
                          colours: dict[str, str], plan: MergePlan) -> None:
        existing = annotations_repo.get_by_uuid(self.db, incoming.uuid)
        if existing is not None and not self._incoming_wins(incoming, existing):
            plan.unchanged += 1
            return
        start, end, orphan = self._place(incoming, local, same_text)
        anchor = make_anchor(local.text, start, end) if not orphan else None
        tag_ids = self._tag_ids(incoming.tags, colours, plan)
        fields = dict(
            article_id=local.id, start=start, end=end,
            quote=anchor.exact if anchor else incoming.exact,
            prefix=anchor.prefix if anchor else incoming.prefix,
            suffix=anchor.suffix if anchor else incoming.suffix,
            content_hash=local.content_hash, note=incoming.note, author=incoming.author,
            deleted=incoming.deleted, orphan=orphan,
        )
        if existing is None:
            record = AnnotationRecord(id=0, uuid=incoming.uuid, created=incoming.created or now_iso(),
                                      modified=incoming.modified, tag_ids=tuple(tag_ids), **fields)
            annotations_repo.insert(self.db, record)
            (plan.deleted if incoming.deleted else plan.added).append(incoming.uuid)
        else:
            annotations_repo.update(self.db, existing.id, incoming.modified, **fields)
            annotations_repo.set_tags(self.db, existing.id, tag_ids)
            plan.touched_articles.add(existing.article_id)
            (plan.deleted if incoming.deleted and not existing.deleted else plan.updated).append(incoming.uuid)
        if orphan and not incoming.deleted:
            plan.orphaned.append(incoming.uuid)
        plan.touched_articles.add(local.id)

    def _incoming_wins(self, incoming: ExchangeAnnotation, existing: AnnotationRecord) -> bool:
        names = self._tag_names
        local_key = (ranking_instant(existing.modified, self._now),
                     fingerprint(existing.quote, existing.prefix, existing.suffix,
                                 [names[t] for t in existing.tag_ids if t in names], existing.note, existing.author,
                                 existing.deleted))
        incoming_key = (ranking_instant(incoming.modified, self._now),
                        fingerprint(incoming.exact, incoming.prefix, incoming.suffix, incoming.tags, incoming.note,
                                    incoming.author, incoming.deleted))
        return incoming_key > local_key


def _exchange_article(article: ArticleRecord, note: ArticleNoteRecord | None, with_text: bool,
                      provenance: bool) -> ExchangeArticle:
    return ExchangeArticle(
        key=article.content_hash, content_hash=article.content_hash, title=article.title, source=article.source,
        date=article.date, direction=article.direction or "rtl", language=article.language,
        text=article.text if with_text else None,
        note=ArticleNote(note.note, note.author, note.modified) if note is not None else None,
        creator=article.added_by if provenance else "", created=(article.added_at or "") if provenance else "",
    )


def _progress_with_cancel(progress: Callable[[int, int], None] | None,
                          cancelled: Callable[[], bool] | None) -> Callable[[int, int], None] | None:
    """One callback per step of a merge: reports progress, then raises Cancelled when asked to stop."""
    if cancelled is None:
        return progress

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled():
            raise Cancelled()

    return step

def _write_format(fmt: str, data: ExchangeFile, stream: BinaryIO) -> None:
    if fmt == "jsonld":
        from reader.core.exchange.w3c import write_jsonld

        stream.write(write_jsonld(data).encode("utf-8"))
    elif fmt == "csv":
        from reader.core.exchange.csv_table import write_csv

        stream.write(write_csv(data))
    else:
        from reader.core.exchange.qdpx import write_qdpx

        write_qdpx(data, stream)


class _DryRun(Exception):
    """Rolls the dry run's transaction back, carrying the plan out."""

    def __init__(self, plan: MergePlan) -> None:
        super().__init__("dry run")
        self.plan = plan

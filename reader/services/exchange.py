"""Exporting a library's annotations to open formats, and merging colleagues' files into it.

Merge rule, per annotation uuid: every copy is a *version*; the library keeps the greatest by
(modified, fingerprint). So merging the same file twice changes nothing, and merging A then B
equals merging B then A. A tombstone is a version too: if it is the greatest, the annotation is
deleted. Articles are found by content hash, then by source and title (then the text differs and
annotations are re-anchored: what cannot be placed becomes an orphan, never a wrong highlight);
a REFI-QDA file that carries a text the library lacks brings that text in as a new article.
The whole merge, over every file, is one transaction; nothing is written on a dry run.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from reader.core.anchoring import Anchor, make_anchor, reanchor
from reader.core.article import Article
from reader.core import cue_lexicon, messages
from reader.core.errors import Cancelled, HashiyaError, Notice
from reader.core.exchange.model import (
    ExchangeAnnotation, ExchangeArticle, ExchangeCue, ExchangeFile, ExchangeFormatError, ExchangeTag,
)
from reader.core.text import content_hash as hash_text
from reader.core.text import text_direction
from reader.core.changes import Changes
from reader.services.annotations import palette_colour
from reader.core.records import AnnotationRecord, ArticleRecord
from reader.services.changelog import ChangeLog
from reader.storage import annotations_repo, articles_repo, collections_repo, cues_repo, exchange_repo, tags_repo
from reader.storage.schema import now_iso

FORMATS = ("jsonld", "csv", "qdpx")
MERGED_COLLECTION = "Merged sources"


class ExchangeError(HashiyaError):
    """An export or merge that cannot be done; the message says why."""


@dataclass
class MergePlan:
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

    def library_changes(self) -> Changes:
        return Changes(articles_added=frozenset(self.new_article_ids), annotations=frozenset(self.touched_articles),
                       tags=bool(self.tags_created), collections=bool(self.new_article_ids),
                       suggestions=bool(self.cues_added),
                       annotation_uuids=frozenset(self.added + self.updated + self.deleted))

    @property
    def changes(self) -> int:
        return (len(self.added) + len(self.updated) + len(self.deleted) + len(self.articles_added)
                + len(self.tags_created) + len(self.cues_added))


def fingerprint(exact: str, prefix: str, suffix: str, tags: Sequence[str], note: str, author: str, deleted: bool) -> str:
    """A version's content, for breaking ties between copies modified at the same instant."""
    payload = json.dumps([exact, prefix, suffix, sorted(tags), note, author, deleted], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _incoming_key(a: ExchangeAnnotation) -> tuple[str, str]:
    return a.modified, fingerprint(a.exact, a.prefix, a.suffix, a.tags, a.note, a.author, a.deleted)


def read_exchange_file(path: str | Path) -> ExchangeFile:
    from reader.core.exchange.qdpx import read_qdpx
    from reader.core.exchange.w3c import read_jsonld

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".qdpx":
            return read_qdpx(path, path.name)
        if suffix in (".jsonld", ".json"):
            return read_jsonld(path.read_bytes(), path.name)
    except OSError as exc:
        raise ExchangeFormatError(messages.FILE_UNREADABLE, path.name, exc.strerror or exc) from None
    raise ExchangeFormatError(messages.EXCHANGE_NOT_ANNOTATION_FILE, path.name)


class ExchangeService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()
        self._tag_names: dict[int, str] = {}  # id -> name, during a merge

    # Export ----------------------------------------------------------------------------------------------
    def collect(self, collection: str | None = None, tag: str | None = None, author: str | None = None,
                with_texts: bool = False, with_tombstones: bool = True, with_orphans: bool = True,
                uuids: Collection[str] | None = None) -> ExchangeFile:
        """The annotations to export (of `uuids` only, when given); orphans travel (with their quote)
        except to REFI-QDA, whose selections must point at their text."""
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
        article_ids = sorted({r.article_id for r in records})
        articles = {i: articles_repo.get(self.db, i) for i in article_ids}
        exchange_articles = tuple(
            ExchangeArticle(key=a.content_hash, content_hash=a.content_hash, title=a.title, source=a.source, date=a.date,
                            direction=a.direction or "rtl", language=a.language, text=a.text if with_texts else None)
            for a in articles.values() if a is not None
        )
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
               author: str | None = None, cancelled: Callable[[], bool] | None = None) -> int:
        """Write the annotations to `out` (atomically: a full disk leaves no half file). Returns the count.

        When `cancelled()` is true before the file is put in place, Cancelled is raised and
        `out` is left as it was."""
        if fmt not in FORMATS:
            raise ExchangeError(messages.EXPORT_UNKNOWN_FORMAT, repr(fmt), ", ".join(FORMATS))
        data = self.collect(collection, tag, author, with_texts=fmt == "qdpx", with_tombstones=fmt == "jsonld",
                            with_orphans=fmt != "qdpx")
        out = Path(out)
        try:
            _write_atomically(fmt, data, out, cancelled)
        except OSError as exc:  # a full disk, a folder we may not write to: the user can choose another
            raise ExchangeError(messages.EXPORT_CANNOT_WRITE, out, exc.strerror or exc) from exc
        return sum(1 for a in data.annotations if not a.deleted)

    # Merge -------------------------------------------------------------------------------------------------
    def merge(self, files: Sequence[ExchangeFile], dry_run: bool = False,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> MergePlan:
        """Merge the files in one transaction; `cancelled()` is checked as it goes (Cancelled rolls
        everything back)."""
        step = _progress_with_cancel(progress, cancelled)
        plan = MergePlan()
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
        colours = {t.name: t.color for t in file.tags}
        articles = {a.key: a for a in file.articles}
        local_articles: dict[str, ArticleRecord | None] = {}
        total = len(file.annotations)
        for number, incoming in enumerate(file.annotations, start=1):
            if progress is not None and number % 200 == 0:
                progress(number, total)
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
        new_id = articles_repo.insert(self.db, collection_id, record)
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
        local_key = (existing.modified, fingerprint(existing.quote, existing.prefix, existing.suffix,
                                                    [names[t] for t in existing.tag_ids if t in names],
                                                    existing.note, existing.author, existing.deleted))
        return _incoming_key(incoming) > local_key


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

def _write_atomically(fmt: str, data: ExchangeFile, out: Path, cancelled: Callable[[], bool] | None) -> None:
    """`data` in format `fmt` written to a temporary file beside `out`, then renamed over it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".hashiya-export-", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            if fmt == "jsonld":
                from reader.core.exchange.w3c import write_jsonld

                stream.write(write_jsonld(data).encode("utf-8"))
            elif fmt == "csv":
                from reader.core.exchange.csv_table import write_csv

                stream.write(write_csv(data))
            else:
                from reader.core.exchange.qdpx import write_qdpx

                write_qdpx(data, stream)
            stream.flush()
            os.fsync(stream.fileno())
        if cancelled is not None and cancelled():
            raise Cancelled()
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _DryRun(Exception):
    """Rolls the dry run's transaction back, carrying the plan out."""

    def __init__(self, plan: MergePlan) -> None:
        super().__init__("dry run")
        self.plan = plan

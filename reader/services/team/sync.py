"""Team sync rounds: merge what colleagues' files say (each file for its own author only), then write
this library's author's annotations into its own shards.

A round reads only documents whose size or stamp changed since the library last saw them (and of
those, merges only the ones whose bytes changed), each through the ordinary merge — uuid, last
writer wins, tombstones, re-anchoring, orphans — in one transaction per file. A file that does not
parse is being written (read again on a later round) until it has stayed the same for
`SETTLE_SECONDS`; then it is reported once as damaged and left until it changes. Annotations whose
article the library lacks wait, listed, until it arrives. Only then is the file remembered, so a
crash or a cancel at any point means that file is simply read again.

What a file may say, for the author its name gives: its annotations must be signed by that author,
may not touch an annotation this library knows as someone else's, and may not come from a clock
ahead of ours (see `team_layout.time_problem`). Anything else is refused and reported.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import sqlite_utils

from reader.core import messages
from reader.core.errors import Cancelled, InvalidRequestError, Notice
from reader.core.exchange.common import articles_by_key
from reader.core.exchange.model import ExchangeAnnotation, ExchangeFile, ExchangeFormatError
from reader.core.record import Record
from reader.core.records import TeamFileRecord
from reader.core.team_layout import author_problem, clean_author, shard_of, shard_width, time_problem
from reader.core.text import content_hash
from reader.services.changelog import ChangeLog
from reader.services.exchange import ExchangeService
from reader.services.team.report import FileOutcome, MissingArticle, SyncReport
from reader.services.team.transport import (
    Document, Listing, NotReady, TeamPlaceUnavailable, TeamTransport, TeamWriteError,
)
from reader.storage import exchange_repo, team_repo

SETTLE_SECONDS = 60.0
"""How long a file may stay the same and unreadable before it counts as damaged rather than unfinished."""
FORMAT = "hashiya-team-1"  # part of every shard's digest: a new layout rewrites them all
FOLDER_KEY = "team_folder"

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class TeamError(InvalidRequestError):
    """Team sync cannot start as asked (no author name, no folder); the message says why."""


class TextsReport(Record):
    """What bringing in missing articles from shared text copies did."""

    imported: tuple[str, ...]   # titles
    still_missing: int
    unreadable: tuple[Notice, ...] = ()
    sync: SyncReport | None = None  # the round that then merged the annotations waiting for them


class TeamSyncService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog, exchange: ExchangeService) -> None:
        self.db = db
        self.changes = changes
        self.exchange = exchange

    # Settings ----------------------------------------------------------------------------------------
    def library_id(self) -> str:
        """This library's stable id (made by its migration; names the folder it writes)."""
        found = team_repo.info(self.db, "library_id")
        if found is None:
            raise AssertionError("a migrated library always has an id")
        return found

    def folder(self) -> str | None:
        """The team folder chosen for this library (None: none)."""
        return team_repo.info(self.db, FOLDER_KEY)

    def set_folder(self, folder: str | None) -> None:
        """Choose the team folder (None: stop); what the library remembers of other places is dropped."""
        with self.changes.write(self.db):
            team_repo.set_info(self.db, FOLDER_KEY, folder)
            if folder is not None:
                team_repo.forget_other_places(self.db, _place_of(folder))

    def open_folder(self, folder: str, author: str) -> TeamTransport:
        """The folder transport for `author` on this library (TeamError when the name cannot sign)."""
        from reader.services.team.folder import FolderTransport

        check_author(author)
        return FolderTransport(folder, author, self.library_id())

    # A round -------------------------------------------------------------------------------------------
    def sync(self, transport: TeamTransport, *, write: bool = True, merge: bool = True, recheck: bool = False,
             reread: bool = False, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> SyncReport:
        """Merge colleagues' changed files, then write this author's changed shards.

        `recheck`: also read files waiting for articles that have since arrived; `reread`: read every
        file, as if none had been seen. An unavailable place is reported, not raised."""
        report = SyncReport(transport.place)
        try:
            listing = transport.documents()
            report.watch = listing.watch
            if merge:
                self._merge_changed(transport, listing, report, recheck, reread, progress, cancelled)
            if write:
                self._write_mine(transport, listing, report, cancelled)
        except TeamPlaceUnavailable as error:
            report.available = False
            report.problems.append(Notice.from_error(transport.place, error))
        except TeamWriteError as error:
            report.problems.append(Notice.from_error(transport.place, error))
        report.missing = self.missing_articles(transport.place)
        return report

    # Merging theirs -----------------------------------------------------------------------------------
    def _merge_changed(self, transport: TeamTransport, listing: Listing, report: SyncReport, recheck: bool,
                       reread: bool, progress: Progress | None, cancelled: CancelCheck | None) -> None:
        seen = team_repo.files(self.db, transport.place)
        gone = set(seen) - {doc.name for doc in listing.annotations} - {doc.name for doc in listing.texts}
        if gone:
            with self.changes.write(self.db):
                team_repo.forget(self.db, transport.place, gone)
        todo = []
        for doc in listing.annotations:
            record = seen.get(doc.name)
            if record is not None and (record.size, record.stamp) == (doc.size, doc.stamp):
                if doc.shard is not None and record.failed_at is None:
                    continue  # our own, as we wrote it
                settled = record.failed_at is None or record.damaged
                if settled and not reread and not (recheck and self._articles_arrived(record)):
                    report.unchanged_files += 1
                    continue
            todo.append((doc, record))
        present: dict[tuple[str, str, str], bool] = {}  # articles looked up this round (none are added)
        for number, (doc, record) in enumerate(todo):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(number, len(todo), doc.name)
            self._merge_document(transport, doc, record, report, present, reread or recheck, cancelled)

    def _merge_document(self, transport: TeamTransport, doc: Document, record: TeamFileRecord | None,
                        report: SyncReport, present: dict[tuple[str, str, str], bool], force: bool,
                        cancelled: CancelCheck | None) -> None:
        try:
            data = transport.read(doc)
        except NotReady:
            report.in_progress.append(doc.name)
            return
        except ExchangeFormatError as error:  # unreadable (permissions) or too large: no point reading it again
            report.damaged.append(Notice.from_error(doc.name, error))
            self._remember(transport.place, TeamFileRecord(doc.name, doc.size, doc.stamp, damaged=True,
                                                           failed_at=time.time()))
            return
        digest = hashlib.sha256(data).hexdigest()
        if record is not None and record.sha256 == digest and record.failed_at is None and not force:
            self._remember(transport.place, replace(record, size=doc.size, stamp=doc.stamp))  # touched, not changed
            return
        from reader.core.exchange.w3c import read_jsonld

        try:
            file = read_jsonld(data, doc.name)
        except ExchangeFormatError as error:
            self._unreadable(transport.place, doc, record, error, report)
            return
        missing = self._merge_file(doc, file, report, present, cancelled)
        self._remember(transport.place, TeamFileRecord(doc.name, doc.size, doc.stamp, digest, missing=missing))

    def _unreadable(self, place: str, doc: Document, record: TeamFileRecord | None, error: ExchangeFormatError,
                    report: SyncReport) -> None:
        """Unfinished until it has stayed the same for SETTLE_SECONDS, then damaged (told once)."""
        now = time.time()
        same = record is not None and (record.size, record.stamp) == (doc.size, doc.stamp)
        first = record.failed_at if same and record is not None and record.failed_at is not None else now
        damaged = now - first >= SETTLE_SECONDS
        if damaged:
            report.damaged.append(Notice.from_error(doc.name, error))
        else:
            report.in_progress.append(doc.name)
        kept = record.missing if record is not None else "[]"
        self._remember(place, TeamFileRecord(doc.name, doc.size, doc.stamp, missing=kept, failed_at=first,
                                             damaged=damaged))

    def _merge_file(self, doc: Document, file: ExchangeFile, report: SyncReport,
                    present: dict[tuple[str, str, str], bool], cancelled: CancelCheck | None) -> str:
        """Merge what `file` may say for its author; returns the JSON of the articles it waits for."""
        author = doc.writer.author
        owners = team_repo.authors_of(self.db, {a.uuid for a in file.annotations})
        articles = articles_by_key(file)
        waiting: Counter[str] = Counter()
        accepted: list[ExchangeAnnotation] = []
        refused: list[Notice] = []
        now = datetime.now(UTC)
        for annotation in file.annotations:
            reason = _refusal(doc.name, author, annotation, owners.get(annotation.uuid), now)
            if reason is not None:
                refused.append(reason)
                continue
            article = articles.get(annotation.article_key)
            if article is not None:
                key = (article.content_hash, article.source, article.title)
                if key not in present:
                    present[key] = exchange_repo.find_article(self.db, *key) is not None
                if not present[key]:
                    waiting[annotation.article_key] += not annotation.deleted
                    continue
            accepted.append(annotation)
        plan = self.exchange.merge([replace(file, annotations=tuple(accepted), cues=())], cancelled=cancelled)
        refused.extend(plan.skipped)
        report.refused.extend(refused)
        report.added.extend(plan.added)
        report.updated.extend(plan.updated)
        report.deleted.extend(plan.deleted)
        report.orphaned.extend(plan.orphaned)
        report.files.append(FileOutcome(doc.name, author, len(plan.added), len(plan.updated), len(plan.deleted),
                                        len(plan.orphaned), len(refused), sum(waiting.values())))
        return json.dumps([{"hash": articles[key].content_hash, "title": articles[key].title,
                            "source": articles[key].source, "author": author, "annotations": count}
                           for key, count in sorted(waiting.items()) if count], ensure_ascii=False)

    def _articles_arrived(self, record: TeamFileRecord) -> bool:
        return any(self._has_article(entry) for entry in json.loads(record.missing))

    def _has_article(self, entry: dict[str, str]) -> bool:
        return exchange_repo.find_article(self.db, entry["hash"], entry["source"], entry["title"]) is not None

    def _remember(self, place: str, record: TeamFileRecord) -> None:
        with self.changes.write(self.db):
            team_repo.remember(self.db, place, record)

    # Writing mine ----------------------------------------------------------------------------------------
    def _write_mine(self, transport: TeamTransport, listing: Listing, report: SyncReport,
                    cancelled: CancelCheck | None) -> None:
        """Write the shards whose annotations changed since they were written (or whose file changed or
        went away); remove shards of a narrower width."""
        from reader.core.exchange.w3c import write_jsonld

        author = transport.author
        versions = team_repo.author_versions(self.db, author)
        width = shard_width(len(versions))
        shards: dict[str, list[str]] = {}
        lines: dict[str, list[str]] = {}
        for uuid, line in versions:
            shard = shard_of(uuid, width)
            shards.setdefault(shard, []).append(uuid)
            lines.setdefault(shard, []).append(line)
        own = {doc.shard: doc for doc in listing.annotations if doc.shard is not None}
        seen = team_repo.files(self.db, transport.place)
        for shard, uuids in sorted(shards.items()):
            if cancelled is not None and cancelled():
                raise Cancelled()
            digest = _digest(lines[shard])
            doc = own.get(shard)
            record = seen.get(doc.name) if doc is not None else None
            if (doc is not None and record is not None and record.digest == digest and record.failed_at is None
                    and (record.size, record.stamp) == (doc.size, doc.stamp)):
                continue
            data = self.exchange.collect(uuids=uuids)  # all the author's, by construction
            payload = write_jsonld(replace(data, cues=()), indent=None).encode("utf-8")
            written = transport.write(shard, payload)
            self._remember(transport.place, TeamFileRecord(written.name, written.size, written.stamp,
                                                           hashlib.sha256(payload).hexdigest(), digest))
            report.written.append(written.name)
        for shard, doc in sorted(own.items()):
            if shard not in shards:
                transport.remove(doc)
                with self.changes.write(self.db):
                    team_repo.forget(self.db, transport.place, [doc.name])
                report.removed.append(doc.name)

    # What waits ------------------------------------------------------------------------------------------
    def missing_articles(self, place: str | None = None) -> list[MissingArticle]:
        """Articles colleagues annotated that this library still lacks, most annotated first."""
        if place is None:
            folder = self.folder()
            if folder is None:
                return []
            place = _place_of(folder)
        found: dict[str, dict] = {}
        for _name, text in team_repo.waiting_articles(self.db, place):
            for entry in json.loads(text):
                item = found.setdefault(entry["hash"], {"entry": entry, "authors": set(), "count": 0})
                item["authors"].add(entry["author"])
                item["count"] += entry["annotations"]
        missing = [MissingArticle(key, item["entry"]["title"], item["entry"]["source"], tuple(sorted(item["authors"])),
                                  item["count"])
                   for key, item in found.items() if not self._has_article(item["entry"])]
        return sorted(missing, key=lambda m: (-m.annotations, m.title))

    def import_shared_texts(self, transport: TeamTransport, progress: Progress | None = None,
                            cancelled: CancelCheck | None = None) -> TextsReport:
        """Bring in missing articles from the REFI-QDA text copies in the team's place, then merge the
        annotations that waited for them."""
        from reader.core.exchange.qdpx import read_qdpx

        wanted = {m.content_hash for m in self.missing_articles(transport.place)}
        listing = transport.documents()
        found = []
        unreadable: list[Notice] = []
        for number, doc in enumerate(listing.texts):
            if not wanted:
                break
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(number, len(listing.texts), doc.name)
            try:
                project = read_qdpx(transport.read(doc), doc.name)
            except NotReady:
                continue
            except ExchangeFormatError as error:
                unreadable.append(Notice.from_error(doc.name, error))
                continue
            for article in project.articles:
                key = content_hash(article.text) if article.text is not None else None
                if key in wanted:
                    found.append(article)
                    wanted.discard(key)
        plan = self.exchange.add_texts(found)
        round_report = self.sync(transport, write=False, recheck=True, cancelled=cancelled) if found else None
        return TextsReport(tuple(plan.articles_added), len(wanted), tuple(unreadable), round_report)


def check_author(author: str) -> None:
    problem = author_problem(author)
    if problem is not None:
        template, arguments = problem
        raise TeamError(template, *arguments)


def _place_of(folder: str) -> str:
    from reader.services.team.folder import place_of

    return place_of(folder)


def _refusal(name: str, author: str, annotation: ExchangeAnnotation, owner: str | None, now: datetime) -> Notice | None:
    """Why a file of `author` may not say `annotation` (None: it may)."""
    if clean_author(annotation.author) != author:
        return Notice.of(annotation.uuid, messages.TEAM_FORGED_CREATOR, name, annotation.uuid, annotation.author, author)
    if owner is not None and clean_author(owner) != author:
        return Notice.of(annotation.uuid, messages.TEAM_NOT_THEIRS, name, annotation.uuid, owner, author)
    problem = time_problem(annotation.modified, now)
    if problem == "invalid":
        return Notice.of(annotation.uuid, messages.TEAM_TIME_INVALID, name, annotation.uuid, annotation.modified)
    if problem == "ahead":
        return Notice.of(annotation.uuid, messages.TEAM_TIME_AHEAD, name, annotation.uuid, annotation.modified)
    return None


def _digest(lines: list[str]) -> str:
    """What a shard is written from: its annotations' versions and places, in uuid order. (Renaming a
    tag makes new versions of the annotations it is on; a colour changed alone travels with the next
    rewrite.)"""
    return hashlib.sha256("\n".join([FORMAT, *lines]).encode("utf-8")).hexdigest()

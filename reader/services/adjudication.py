"""Settling a disagreement: the decision is written as annotations of a consensus author.

A coder's own annotations are never changed. The consensus author (named by the user, e.g.
«اجماع») is an author like any other, so exports and merges carry its annotations. Deciding a
stretch again replaces the consensus's earlier decision there: its live annotations that overlap
the stretch and carry one of the compared tags become tombstones, and what of them lay outside the
stretch, or carried tags outside the comparison, is written again as new consensus annotations (a
decision on one pair's stretch must not erase the consensus on a longer passage another pair's
stretch covered). Each call is one transaction and returns an `Adjudication` naming everything it
wrote, which `undo` reverses exactly and `redo` applies again (the GUI's undo stack holds it); both
refuse, writing nothing, when the annotations are no longer as the decision left them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from reader.core import messages
from reader.core.disagreements import CodedSpan
from reader.core.changes import annotations_changed
from reader.core.errors import InvalidRequestError, NotFoundError
from reader.core.record import Record
from reader.core.records import AnnotationRecord
from reader.services.agreement import Disagreement, coded_spans
from reader.services.annotations import new_annotation
from reader.services.changelog import ChangeLog
from reader.storage import agreement_repo, annotations_repo, articles_repo, tags_repo
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils


class AdjudicationError(InvalidRequestError):
    """A decision that cannot be written; the message says why."""


class Decision(StrEnum):
    ACCEPT_FIRST = "accept_first"  # the first author's spans become the consensus
    ACCEPT_SECOND = "accept_second"
    ACCEPT_BOTH = "accept_both"  # both authors' spans; one annotation per span, with the tags of both
    EDIT = "edit"  # spans the user drew (none: the consensus is that nothing is tagged here)


class ConsensusSpan(NamedTuple):
    start: int
    end: int
    tag_ids: tuple[int, ...]


class Adjudication(Record):
    """What one decision wrote: the consensus annotations it created, and the consensus's earlier
    annotations of the stretch it turned into tombstones (as they were before)."""

    article_id: int
    consensus_author: str
    decision: Decision
    created: tuple[AnnotationRecord, ...]
    replaced: tuple[AnnotationRecord, ...]


class AdjudicationService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()

    @staticmethod
    def proposal(disagreement: Disagreement, decision: Decision) -> list[ConsensusSpan]:
        """The spans a decision writes; for `EDIT`, a starting point: both authors' spans."""
        if decision == Decision.ACCEPT_FIRST:
            return _merged(disagreement.first)
        if decision == Decision.ACCEPT_SECOND:
            return _merged(disagreement.second)
        return _merged(disagreement.first + disagreement.second)

    def adjudicate(self, disagreement: Disagreement, decision: Decision, consensus_author: str,
                   spans: Sequence[ConsensusSpan] = ()) -> Adjudication:
        """Write the decision on `disagreement` under `consensus_author`; `spans` only for `EDIT`."""
        author = consensus_author.strip()
        if not author:
            raise AdjudicationError(messages.CONSENSUS_WITHOUT_NAME)
        if author in disagreement.authors:
            raise AdjudicationError(messages.CONSENSUS_IS_A_CODER, author)
        chosen = list(spans) if decision == Decision.EDIT else self.proposal(disagreement, decision)
        article = articles_repo.get(self.db, disagreement.article_id)
        if article is None:
            raise AdjudicationError(messages.ARTICLE_MISSING, str(disagreement.article_id))
        for span in chosen:
            if not 0 <= span.start < span.end <= len(article.text):
                raise AdjudicationError(messages.SPAN_OUTSIDE_ARTICLE, span.start, span.end, str(article.id))
            if not span.tag_ids:
                raise AdjudicationError(messages.ADJUDICATED_SPAN_WITHOUT_TAGS, span.start, span.end)
        compared = set(disagreement.tag_ids)
        with self.changes.write(self.db) as staged:
            tag_order = {tag.id: position for position, tag in enumerate(tags_repo.list_all(self.db))}
            missing = {t for span in chosen for t in span.tag_ids} - set(tag_order)
            if missing:
                raise AdjudicationError(messages.TAG_MISSING, str(min(missing)))
            now = now_iso()
            replaced = tuple(
                record for record in annotations_repo.for_article(self.db, article.id)
                if record.author == author and not record.orphan and compared & set(record.tag_ids)
                and record.start < disagreement.end and disagreement.start < record.end
            )
            for record in replaced:
                annotations_repo.update(self.db, record.id, now, deleted=True)
            created = []
            kept = [(start, end, tags, record.note) for record in replaced
                    for start, end, tags in _outside(record, disagreement.start, disagreement.end, compared)
                    if not article.text[start:end].isspace()]
            for start, end, tags, note in [*((s.start, s.end, s.tag_ids, "") for s in chosen), *kept]:
                tag_ids = sorted(set(tags), key=tag_order.__getitem__)
                record = new_annotation(article, start, end, tag_ids, note=note, author=author)
                created.append(replace(record, id=annotations_repo.insert(self.db, record)))
            staged.add(annotations_changed([article.id], [r.uuid for r in (*created, *replaced)]))
        return Adjudication(article.id, author, decision, tuple(created), replaced)

    def undo(self, adjudication: Adjudication) -> None:
        """Take the decision back: its annotations become tombstones, the ones it replaced live again."""
        self._set_deleted(adjudication, created_deleted=True)

    def redo(self, adjudication: Adjudication) -> None:
        """Apply an undone decision again, with the same annotations (same uuids)."""
        self._set_deleted(adjudication, created_deleted=False)

    def decisions(self, disagreements: Sequence[Disagreement], consensus_author: str) -> list[tuple[CodedSpan, ...]]:
        """For each disagreement, the consensus author's live, placed spans overlapping its stretch
        that carry one of its compared tags (with those tags only): what was decided there, if anything."""
        articles = sorted({d.article_id for d in disagreements})
        author = consensus_author.strip()
        rows = agreement_repo.codings(self.db, [author], article_ids=articles) if articles and author else []
        spans = coded_spans(rows)
        found = []
        for disagreement in disagreements:
            compared = frozenset(disagreement.tag_ids)
            found.append(tuple(
                span._replace(tags=span.tags & compared) for span in spans.get((0, disagreement.article_id), ())
                if span.tags & compared and span.start < disagreement.end and disagreement.start < span.end))
        return found

    def _set_deleted(self, adjudication: Adjudication, created_deleted: bool) -> None:
        now = now_iso()
        with self.changes.write(self.db) as staged:
            # As the decision (or its undo) left them, or someone changed them since: then nothing is written.
            expected = [(record, not created_deleted) for record in adjudication.created]
            expected += [(record, created_deleted) for record in adjudication.replaced]
            for record, deleted in expected:
                current = annotations_repo.get_by_uuid(self.db, record.uuid)
                if current is None or current.deleted != deleted:
                    raise NotFoundError(messages.ADJUDICATION_CHANGED, str(adjudication.article_id))
            staged.add(annotations_changed([adjudication.article_id],
                                           [r.uuid for r in (*adjudication.created, *adjudication.replaced)]))
            for record in adjudication.created:
                annotations_repo.update(self.db, record.id, now, deleted=created_deleted)
            for record in adjudication.replaced:
                annotations_repo.update(self.db, record.id, now, deleted=not created_deleted)


def _merged(spans: Sequence[CodedSpan]) -> list[ConsensusSpan]:
    """One consensus span per distinct (start, end), with the tags of every span there."""
    tags: dict[tuple[int, int], set[int]] = {}
    for span in spans:
        tags.setdefault((span.start, span.end), set()).update(span.tags)
    return [ConsensusSpan(start, end, tuple(sorted(tags[start, end]))) for start, end in sorted(tags)]


def _outside(record: AnnotationRecord, start: int, end: int, compared: set[int]) -> list[tuple[int, int, tuple[int, ...]]]:
    """What a replaced consensus annotation says beyond a decision on start–end: its parts before and
    after the stretch with all its tags, and its part inside with the tags not compared there."""
    pieces = []
    if record.start < start:
        pieces.append((record.start, start, record.tag_ids))
    other = tuple(tag for tag in record.tag_ids if tag not in compared)
    if other:
        pieces.append((max(record.start, start), min(record.end, end), other))
    if end < record.end:
        pieces.append((end, record.end, record.tag_ids))
    return pieces

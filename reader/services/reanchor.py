"""Moving annotations onto a new version of their article's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.anchoring import Anchor, make_anchor, reanchor_all
from reader.core.record import Record
from reader.storage import annotations_repo
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils


class MoveResult(Record):
    placed: int
    orphaned: int


def move_annotations(db: sqlite_utils.Database, old_article_id: int, new_article_id: int, new_text: str,
                     new_content_hash: str) -> MoveResult:
    """Re-anchor every annotation of the old version in the new text (call inside a transaction).

    What cannot be placed confidently stays an orphan on the new version with its quote, for the
    user to place or discard; tombstones move along unchanged so deletions still travel.
    """
    records = annotations_repo.for_article(db, old_article_id, include_deleted=True)
    live = [r for r in records if not r.deleted and not r.orphan]
    placements = reanchor_all([Anchor(r.start, r.end, r.quote, r.prefix, r.suffix) for r in live], new_text)
    now = now_iso()
    placed = orphaned = 0
    for record, placement in zip(live, placements, strict=True):
        if placement is None:
            annotations_repo.update(db, record.id, now, article_id=new_article_id, orphan=True)
            orphaned += 1
            continue
        anchor = make_anchor(new_text, placement.start, placement.end)
        annotations_repo.update(
            db, record.id, now, article_id=new_article_id, start=placement.start, end=placement.end,
            quote=anchor.exact, prefix=anchor.prefix, suffix=anchor.suffix, content_hash=new_content_hash,
        )
        placed += 1
    for record in records:
        if record.deleted or record.orphan:
            annotations_repo.update(db, record.id, record.modified, article_id=new_article_id)
            orphaned += record.orphan and not record.deleted
    return MoveResult(placed, orphaned)

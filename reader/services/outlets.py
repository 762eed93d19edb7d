"""Outlets: which publisher each article is from, as the list, the reader and reports use it.

The importer records the outlet the page names (or the one `import --outlet` gives); a user
corrects it here. One transaction per call; each call returns the ids of the articles it changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.page_knowledge import knowledge
from reader.core.changes import Changes
from reader.core.records import OutletCount
from reader.services.changelog import ChangeLog
from reader.storage import articles_repo

if TYPE_CHECKING:
    import sqlite_utils


class OutletService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()

    def set_outlet(self, article_ids: Sequence[int], outlet: str | None) -> list[int]:
        """Record `outlet` for these articles ("" or None: unknown); the ids that changed."""
        name = " ".join(outlet.split()) if outlet else None
        with self.changes.write(self.db) as staged:
            changed = articles_repo.set_outlet(self.db, list(article_ids), name or None)
            staged.add(Changes(articles_updated=frozenset(changed)))
        return changed

    def outlets(self, collection_id: int | None = None) -> list[OutletCount]:
        """The outlets of the current articles, each with its number of articles (most first)."""
        return articles_repo.outlet_counts(self.db, collection_id)

    @staticmethod
    def known_outlets() -> list[str]:
        """The outlets Hashiya recognises by name, for completing what a user types."""
        return sorted(outlet.name for outlet in knowledge().outlets)

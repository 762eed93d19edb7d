"""Notes on whole articles: read and write them (one transaction per change)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.changes import Changes
from reader.core.errors import UnknownNameError
from reader.core.records import ArticleNoteRecord
from reader.services.changelog import ChangeLog
from reader.storage import article_notes_repo, articles_repo
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils


class ArticleNoteService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeLog()

    def note(self, article_id: int) -> ArticleNoteRecord | None:
        """The article's note (None when it never had one; an empty text when it was cleared)."""
        return article_notes_repo.get(self.db, article_id)

    def set_note(self, article_id: int, text: str, author: str) -> ArticleNoteRecord:
        """Write the article's note (an empty text clears it; the clearing is dated like an edit, so
        that it travels to a colleague's copy). Writing the same text again changes nothing."""
        if articles_repo.get(self.db, article_id) is None:
            raise UnknownNameError(messages.NO_SUCH_ARTICLE, article_id)
        current = self.note(article_id)
        if current is not None and current.note == text or current is None and not text:
            return current or ArticleNoteRecord(article_id, "", "", "")
        with self.changes.write(self.db) as staged:
            article_notes_repo.put(self.db, article_id, text, author, now_iso())
            staged.add(Changes(article_notes=frozenset({article_id})))
        found = self.note(article_id)
        assert found is not None
        return found

"""Suggested claims and denials, per article and per collection; accepting and rejecting them.

A suggestion is never an annotation: `accept` makes one through AnnotationService (undo is that
annotation's delete), `reject` remembers the span per article and tag so it is not suggested
again (undo: `unreject`). A sentence already carrying the suggested tag is not suggested.
Matching (reader/core/suggestions.py) is cached per article text (content hash) and lexicon, in
memory, for the whole process, so a review queue and the reader share the work; reading
suggestions writes nothing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.core import cue_lexicon as lx
from reader.core import messages
from reader.core.cue_lexicon import Cue, Lexicon
from reader.core.changes import Changes
from reader.core.errors import InvalidRequestError, UnknownNameError
from reader.core.record import Record
from reader.core.records import AnnotationRecord, ArticleRecord
from reader.core.suggestions import Suggestion, suggest
from reader.services.annotations import AnnotationService
from reader.services.changelog import ChangeLog
from reader.storage import articles_repo, collections_repo, cues_repo, tags_repo
from reader.storage.schema import now_iso

if TYPE_CHECKING:
    import sqlite_utils

SUGGESTIONS_CHANGED = Changes(suggestions=True)

ProgressCallback = Callable[[int, int], None]  # (articles done, articles in all)
CancelCheck = Callable[[], bool]


class SuggestionError(InvalidRequestError):
    """A suggestion setting or action that cannot be done; the message says why."""


class ArticleSuggestion(Record):
    """A suggestion in one article, with the tag it suggests."""

    article_id: int
    start: int            # code points, end exclusive; quote == article text[start:end]
    end: int
    quote: str
    role: str             # cue_lexicon.CLAIM or DENIAL
    tag_id: int
    tag: str
    score: float
    cues: tuple[str, ...]
    speaker: str | None


class RoleSetting(Record):
    role: str
    tag_id: int | None    # the tag the role suggests (None: its tag was deleted)
    tag: str | None
    enabled: bool


class Rejection(Record):
    article_id: int
    tag_id: int
    start: int
    end: int


class SuggestionRun(Record, frozen=False):
    """What a run over many articles found; `cancelled` when it stopped early."""

    suggestions: list[ArticleSuggestion]
    articles_done: int
    articles_total: int
    cancelled: bool = False


class _Cache:
    """Core suggestions per (content hash, lexicon), least recently used dropped first."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, Lexicon], list[Suggestion]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, article: ArticleRecord, lexicon: Lexicon) -> list[Suggestion]:
        key = (article.content_hash, lexicon)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        found = suggest(article.text, lexicon)  # outside the lock: threads match in parallel
        with self._lock:
            self._items[key] = found
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return found


CACHE = _Cache()


class SuggestionService:
    def __init__(self, db: sqlite_utils.Database, changes: ChangeLog | None = None, cache: _Cache = CACHE) -> None:
        self.db = db
        self.changes = changes or ChangeLog()
        self.cache = cache

    # The lexicon and the roles ---------------------------------------------------------------------
    def lexicon(self) -> Lexicon:
        return cues_repo.lexicon(self.db)

    def roles(self) -> list[RoleSetting]:
        """Each role and its tag; a role whose tag was deleted falls back to the tag of its default
        name when there is one again (an undone deletion)."""
        tags = tags_repo.list_all(self.db)
        names = {t.id: t.name for t in tags}
        by_name = {t.name: t.id for t in tags}
        settings = []
        for row in cues_repo.roles(self.db):
            tag_id = row.tag_id if row.tag_id is not None else by_name.get(lx.DEFAULT_TAG_NAMES[row.role])
            settings.append(RoleSetting(row.role, tag_id, names.get(tag_id) if tag_id is not None else None,
                                        row.enabled))
        return settings

    def set_cues(self, role: str, cues: Sequence[Cue]) -> Lexicon:
        """The role's cues become `cues` (its words, kinds and on/off), in that order."""
        self._check_role(role)
        for cue in cues:
            if cue.role != role or not lx.is_valid(cue):
                raise SuggestionError(messages.BAD_CUE, cue.phrase, cue.kind, role)
        with self.changes.write(self.db) as staged:
            cues_repo.replace_cues(self.db, role, list(cues))
            staged.add(SUGGESTIONS_CHANGED)
        return self.lexicon()

    def set_role(self, role: str, *, tag_id: int | None = None, enabled: bool | None = None) -> RoleSetting:
        """Point a role at another tag, or switch it on or off."""
        self._check_role(role)
        current = next(r for r in cues_repo.roles(self.db) if r.role == role)
        if tag_id is not None and tags_repo.get(self.db, tag_id) is None:
            raise SuggestionError(messages.TAG_MISSING, str(tag_id))
        with self.changes.write(self.db) as staged:
            cues_repo.set_role(self.db, role, tag_id if tag_id is not None else current.tag_id,
                               current.enabled if enabled is None else enabled)
            staged.add(SUGGESTIONS_CHANGED)
        return next(r for r in self.roles() if r.role == role)

    def _check_role(self, role: str) -> None:
        if role not in lx.ROLES:
            raise SuggestionError(messages.UNKNOWN_ROLE, role, ", ".join(lx.ROLES))

    # Suggestions ---------------------------------------------------------------------------------------
    def for_article(self, article_id: int) -> list[ArticleSuggestion]:
        article = articles_repo.get(self.db, article_id)
        if article is None:
            raise UnknownNameError(messages.NO_SUCH_ARTICLE, str(article_id))
        return self._filtered(article, self.lexicon(), self._role_tags())

    def for_articles(self, article_ids: Sequence[int], progress: ProgressCallback | None = None,
                     cancelled: CancelCheck | None = None) -> SuggestionRun:
        """Suggestions of many articles, in the given order; `cancelled()` is asked before each one."""
        lexicon, role_tags = self.lexicon(), self._role_tags()
        run = SuggestionRun([], 0, len(article_ids))
        for number, article_id in enumerate(article_ids, start=1):
            if cancelled is not None and cancelled():
                run.cancelled = True
                break
            article = articles_repo.get(self.db, article_id)
            if article is None:
                raise UnknownNameError(messages.NO_SUCH_ARTICLE, str(article_id))
            run.suggestions.extend(self._filtered(article, lexicon, role_tags))
            run.articles_done = number
            if progress is not None:
                progress(number, run.articles_total)
        return run

    def for_collection(self, collection: str | None = None, progress: ProgressCallback | None = None,
                       cancelled: CancelCheck | None = None) -> SuggestionRun:
        """Suggestions of a collection's current articles (every collection's when None)."""
        collection_id = None
        if collection is not None:
            collection_id = collections_repo.find_id(self.db, collection)
            if collection_id is None:
                raise UnknownNameError(messages.NO_SUCH_COLLECTION, collection)
        ids = [a.id for a in articles_repo.iter_current(self.db, collection_id)]
        return self.for_articles(ids, progress, cancelled)

    def _role_tags(self) -> dict[str, tuple[int, str]]:
        """role -> (tag id, tag name) for the enabled roles that have a tag."""
        found = {}
        for setting in self.roles():
            if setting.enabled and setting.tag_id is not None and setting.tag is not None:
                found[setting.role] = (setting.tag_id, setting.tag)
        return found

    def _filtered(self, article: ArticleRecord, lexicon: Lexicon,
                  role_tags: dict[str, tuple[int, str]]) -> list[ArticleSuggestion]:
        if not role_tags:
            return []
        found = self.cache.get(article, lexicon)
        if not found:
            return []
        rejected = cues_repo.rejected(self.db, article.id)
        tagged = cues_repo.tagged_spans(self.db, article.id)
        result = []
        for s in found:
            if s.role not in role_tags:
                continue
            tag_id, tag = role_tags[s.role]
            if (tag_id, s.start, s.end) in rejected:
                continue
            if any(t == tag_id and start < s.end and s.start < end for t, start, end in tagged):
                continue
            result.append(ArticleSuggestion(article.id, s.start, s.end, article.text[s.start:s.end], s.role,
                                            tag_id, tag, s.score, s.cues, s.speaker))
        return result

    # Deciding ----------------------------------------------------------------------------------------
    def accept(self, suggestion: ArticleSuggestion, author: str = "", note: str = "") -> AnnotationRecord:
        """An ordinary annotation with the suggested tag, over the suggested span; its undo is
        AnnotationService.delete."""
        self._check_current(suggestion)
        return AnnotationService(self.db, self.changes).create(suggestion.article_id, suggestion.start, suggestion.end,
                                                 [suggestion.tag_id], note, author)

    def reject(self, suggestion: ArticleSuggestion) -> Rejection:
        """Remembered for this article and tag: the span is not suggested again."""
        self._check_current(suggestion)
        rejection = Rejection(suggestion.article_id, suggestion.tag_id, suggestion.start, suggestion.end)
        with self.changes.write(self.db) as staged:
            cues_repo.reject(self.db, *_key(rejection), now_iso())
            staged.add(Changes(suggestions=True, annotations=frozenset([rejection.article_id])))
        return rejection

    def unreject(self, rejection: Rejection) -> None:
        """Undo of `reject`."""
        with self.changes.write(self.db) as staged:
            cues_repo.unreject(self.db, *_key(rejection))
            staged.add(Changes(suggestions=True, annotations=frozenset([rejection.article_id])))

    def _check_current(self, suggestion: ArticleSuggestion) -> None:
        article = articles_repo.get(self.db, suggestion.article_id)
        if article is None:
            raise UnknownNameError(messages.NO_SUCH_ARTICLE, str(suggestion.article_id))
        if article.text[suggestion.start:suggestion.end] != suggestion.quote:
            raise SuggestionError(messages.SUGGESTION_STALE, str(suggestion.article_id))
        if tags_repo.get(self.db, suggestion.tag_id) is None:
            raise SuggestionError(messages.TAG_MISSING, str(suggestion.tag_id))


def _key(rejection: Rejection) -> tuple[int, int, int, int]:
    return rejection.article_id, rejection.tag_id, rejection.start, rejection.end

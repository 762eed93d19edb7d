"""What an operation changed in a library: the one record every view refreshes from.

An operation (an import, a merge, tagging a passage, renaming a tag …) returns a `Changes`; the
window broadcasts it and each view re-reads only what it names. Views never keep their own lists
of "what to refresh after X".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field

from reader.core.record import Record


class Changes(Record):
    """Facts about what changed; the empty record means nothing did."""

    articles_added: frozenset[int] = frozenset()
    """New articles (an import, or texts a merge brought in)."""
    articles_updated: frozenset[int] = frozenset()
    """Articles whose details (date, outlet, collection …) changed; their text never changes."""
    articles_superseded: tuple[tuple[int, int], ...] = ()
    """(old id, new id): a re-import replaced an article with a new version of its text."""
    articles_removed: frozenset[int] = frozenset()
    """Articles that are gone from the library."""
    annotations: frozenset[int] = frozenset()
    """Articles whose annotations were created, edited, moved or deleted."""
    tags: bool = False
    """Tags were created, renamed, recoloured, reordered, merged or deleted (so any highlight may look
    different)."""
    collections: bool = False
    """Collections were created, renamed or deleted, or their article counts changed."""
    suggestions: bool = False
    """The suggestion cues, their roles or the rejected suggestions changed (suggestions may differ)."""
    article_notes: frozenset[int] = frozenset()
    """Articles whose note (on the whole article) was written, changed or cleared."""
    annotation_uuids: frozenset[str] = field(default=frozenset(), compare=False)
    """The annotations concerned, where the operation knows them (for selecting them afterwards)."""

    def __bool__(self) -> bool:
        return bool(self.articles_added or self.articles_updated or self.articles_superseded
                    or self.articles_removed or self.annotations or self.tags or self.collections
                    or self.suggestions
                    or self.article_notes)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            articles_added=self.articles_added | other.articles_added,
            articles_updated=self.articles_updated | other.articles_updated,
            articles_superseded=_merge_pairs(self.articles_superseded, other.articles_superseded),
            articles_removed=self.articles_removed | other.articles_removed,
            annotations=self.annotations | other.annotations,
            tags=self.tags or other.tags,
            collections=self.collections or other.collections,
            suggestions=self.suggestions or other.suggestions,
            article_notes=self.article_notes | other.article_notes,
            annotation_uuids=self.annotation_uuids | other.annotation_uuids,
        )

    @property
    def superseded(self) -> Mapping[int, int]:
        """Old article id → the id of its newest version (chains of re-imports followed through)."""
        pairs = dict(self.articles_superseded)
        resolved = {}
        for old in pairs:
            new = pairs[old]
            seen = {old}
            while new in pairs and new not in seen:
                seen.add(new)
                new = pairs[new]
            resolved[old] = new
        return resolved

    @property
    def article_list(self) -> bool:
        """Whether the list of articles (membership, order or row contents) may have changed."""
        return bool(self.articles_added or self.articles_updated or self.articles_superseded
                    or self.articles_removed or self.collections)

    def annotations_of(self, article_id: int) -> bool:
        """Whether the highlights of this article may look different now."""
        return self.tags or article_id in self.annotations

    def touches_article(self, article_id: int) -> bool:
        """Whether this article was replaced, removed or had its details changed."""
        return (article_id in self.articles_removed or article_id in self.articles_updated
                or any(old == article_id for old, _new in self.articles_superseded))


def combined(records: Sequence[Changes]) -> Changes:
    """What `|` over all of `records` gives, in time linear in their size (a long operation commits
    thousands of records; folding them one `|` at a time would copy the growing sets each time)."""
    if len(records) <= 1:
        return records[0] if records else NOTHING
    pairs: dict[int, int] = {}
    for record in records:
        pairs.update(record.articles_superseded)
    return Changes(
        articles_added=frozenset().union(*(r.articles_added for r in records)),
        articles_updated=frozenset().union(*(r.articles_updated for r in records)),
        articles_superseded=tuple(sorted(pairs.items())),
        articles_removed=frozenset().union(*(r.articles_removed for r in records)),
        annotations=frozenset().union(*(r.annotations for r in records)),
        tags=any(r.tags for r in records),
        collections=any(r.collections for r in records),
        suggestions=any(r.suggestions for r in records),
        annotation_uuids=frozenset().union(*(r.annotation_uuids for r in records)),
    )


def annotations_changed(article_ids: Iterable[int], uuids: Iterable[str] = ()) -> Changes:
    return Changes(annotations=frozenset(article_ids), annotation_uuids=frozenset(uuids))


def _merge_pairs(first: tuple[tuple[int, int], ...], second: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    merged = dict(first)
    merged.update(second)
    return tuple(sorted(merged.items()))


NOTHING = Changes()

"""The suggestion roles, the cue lexicon and rejected suggestions (tables of schema migration 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.cue_lexicon import Cue, Lexicon
from reader.core.record import Record

if TYPE_CHECKING:
    import sqlite_utils


class RoleRow(Record):
    role: str
    tag_id: int | None
    enabled: bool


def roles(db: sqlite_utils.Database) -> list[RoleRow]:
    return [RoleRow(role, tag_id, bool(enabled))
            for role, tag_id, enabled in db.execute("SELECT role, tag_id, enabled FROM suggestion_roles ORDER BY role")]


def set_role(db: sqlite_utils.Database, role: str, tag_id: int | None, enabled: bool) -> None:
    db.execute("UPDATE suggestion_roles SET tag_id = ?, enabled = ? WHERE role = ?", (tag_id, int(enabled), role))


def cues(db: sqlite_utils.Database) -> list[Cue]:
    rows = db.execute("SELECT role, kind, phrase, enabled FROM suggestion_cues ORDER BY position, id")
    return [Cue(role, kind, phrase, bool(enabled)) for role, kind, phrase, enabled in rows]


def lexicon(db: sqlite_utils.Database) -> Lexicon:
    return Lexicon(tuple(cues(db)), frozenset(r.role for r in roles(db) if r.enabled))


def replace_cues(db: sqlite_utils.Database, role: str, new: list[Cue]) -> None:
    """The role's cues become `new`, in that order."""
    db.execute("DELETE FROM suggestion_cues WHERE role = ?", (role,))
    start = db.execute("SELECT coalesce(max(position), -1) + 1 FROM suggestion_cues").fetchone()[0]
    db.conn.executemany(
        "INSERT OR IGNORE INTO suggestion_cues (role, kind, phrase, enabled, position) VALUES (?, ?, ?, ?, ?)",
        [(role, c.kind, c.phrase, int(c.enabled), start + n) for n, c in enumerate(new)],
    )


def add_cues(db: sqlite_utils.Database, new: list[Cue]) -> list[Cue]:
    """Add the cues the lexicon lacks (same role, kind and phrase); returns those added."""
    known = {(c.role, c.kind, c.phrase) for c in cues(db)}
    added = [c for c in new if (c.role, c.kind, c.phrase) not in known]
    start = db.execute("SELECT coalesce(max(position), -1) + 1 FROM suggestion_cues").fetchone()[0]
    db.conn.executemany(
        "INSERT OR IGNORE INTO suggestion_cues (role, kind, phrase, enabled, position) VALUES (?, ?, ?, ?, ?)",
        [(c.role, c.kind, c.phrase, int(c.enabled), start + n) for n, c in enumerate(added)],
    )
    return added


def reject(db: sqlite_utils.Database, article_id: int, tag_id: int, start: int, end: int, created: str) -> None:
    db.execute('INSERT OR IGNORE INTO suggestion_rejections (article_id, tag_id, start, "end", created) '
               "VALUES (?, ?, ?, ?, ?)", (article_id, tag_id, start, end, created))


def unreject(db: sqlite_utils.Database, article_id: int, tag_id: int, start: int, end: int) -> None:
    db.execute('DELETE FROM suggestion_rejections WHERE article_id = ? AND tag_id = ? AND start = ? AND "end" = ?',
               (article_id, tag_id, start, end))


def rejected(db: sqlite_utils.Database, article_id: int) -> set[tuple[int, int, int]]:
    """(tag id, start, end) of the suggestions rejected in the article."""
    rows = db.execute('SELECT tag_id, start, "end" FROM suggestion_rejections WHERE article_id = ?', (article_id,))
    return {(tag_id, start, end) for tag_id, start, end in rows}


def tagged_spans(db: sqlite_utils.Database, article_id: int) -> list[tuple[int, int, int]]:
    """(tag id, start, end) of the article's live, placed annotations, one row per tag."""
    rows = db.execute(
        'SELECT t.tag_id, a.start, a."end" FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id '
        "WHERE a.article_id = ? AND NOT a.deleted AND NOT a.orphan", (article_id,))
    return [(tag_id, start, end) for tag_id, start, end in rows]

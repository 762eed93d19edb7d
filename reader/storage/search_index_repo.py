"""The full-text index's shape and every write to it; searching it is `search_repo`'s.

`article_search` is a contentless FTS5 table with four columns: the canonical tokens of the title
and of the text (`reader.core.search_text`), and in the same positions their lemmas
(`reader.core.lexicon`), marked so that an exact word and a lemma never meet. Contentless means
removing a row takes the same four values again: they are made again from the stored text, which
holds as long as the canonicalization and the lexicon are the same. Both are versioned: the
lexicon's fingerprint is kept beside the index, and a change to it (or a migration that changes
the index) empties the index and marks every article *pending*.

Pending articles are those with an id in (done_up_to, pending_up_to]: the re-index
(`services.search_index`) fills them in, in committed batches, so that it can stop and go on
later. Until then they are not found; inserting or removing one leaves the index alone (the
re-index takes whatever is current when it gets there).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core import lexicon as lexicon_module
from reader.core.record import Record
from reader.core.search_text import FTS_TOKENIZER
from reader.storage.driver import sqlite3

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# A prefix index of three letters only: it was half the index's bytes and its writing time with
# two- and three-letter prefixes for every token (lemmas included), and a three-letter prefix query
# is where it pays (a 100,000-article index answers one 1.3x faster at p95 than without). Longer
# and shorter prefixes are found by FTS5 from the terms themselves.
CREATE_INDEX = (
    "CREATE VIRTUAL TABLE article_search USING fts5("
    f"title, body, title_forms, body_forms, content = '', tokenize = \"{FTS_TOKENIZER}\", prefix = '3')"
)
TITLE_WEIGHT = 4.0
# bm25 with the title counting four times the text, for words and for word forms alike; set as
# the table's rank, so `ORDER BY rank` is this ranking.
RANK = f"bm25({TITLE_WEIGHT}, 1.0, {TITLE_WEIGHT}, 1.0)"
# FTS5 gathers new tokens in memory and writes them out as a segment whenever this many bytes
# are pending; the default (1 MB) makes an import chunk write (and later merge) a dozen small
# segments. 4 MB cut indexing time per article by 30 % on the import benchmark, for ~4 MB more
# memory while importing. ("hashsize" is an FTS5 setting the SQLite docs do not list; it is
# applied where the library supports it and skipped where it does not.)
PENDING_TOKEN_BYTES = 4 * 1024 * 1024

IndexRow = tuple[str, str, str, str]  # title, body, title_forms, body_forms


class IndexState(Record):
    forms: str  # the lexicon fingerprint the index was made with
    done_up_to: int
    pending_up_to: int

    def pending(self, article_id: int) -> bool:
        return self.done_up_to < article_id <= self.pending_up_to


def configure_index(db: sqlite_utils.Database) -> None:
    try:
        db.execute("INSERT INTO article_search (article_search, rank) VALUES ('hashsize', ?)", (PENDING_TOKEN_BYTES,))
    except sqlite3.OperationalError as exc:
        log.info("search index: hashsize not set (%s); indexing runs at SQLite's default pace", exc)


def create_pending(db: sqlite_utils.Database) -> None:
    """A new, empty index in which every current article is pending (inside the caller's
    transaction): quick, and nothing is searchable until the re-index has run."""
    db.execute("DROP TABLE IF EXISTS article_search")
    db.execute(CREATE_INDEX)
    configure_index(db)
    db.execute("INSERT INTO article_search (article_search, rank) VALUES ('rank', ?)", (RANK,))
    db.execute(
        """CREATE TABLE IF NOT EXISTS search_index_state (
               id INTEGER PRIMARY KEY CHECK (id = 1), forms TEXT NOT NULL,
               done_up_to INTEGER NOT NULL, pending_up_to INTEGER NOT NULL)"""
    )
    highest = db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    db.execute(
        "INSERT OR REPLACE INTO search_index_state (id, forms, done_up_to, pending_up_to) VALUES (1, ?, 0, ?)",
        (lexicon_module.data_fingerprint(), int(highest)),
    )


def state(db: sqlite_utils.Database) -> IndexState:
    row = db.execute("SELECT forms, done_up_to, pending_up_to FROM search_index_state WHERE id = 1").fetchone()
    return IndexState(str(row[0]), int(row[1]), int(row[2]))


def is_complete(db: sqlite_utils.Database) -> bool:
    """Whether the index holds every article it is meant to (no re-index pending): what a start asks
    before it opens the window (it and `is_stale` read the row without making a record: ~1 ms
    of a start's first use of the class)."""
    row = db.execute("SELECT done_up_to >= pending_up_to FROM search_index_state WHERE id = 1").fetchone()
    return bool(row[0])


def is_stale(db: sqlite_utils.Database) -> bool:
    """Whether the index was made with another lexicon (hazm's data changed): then it must be made
    again (`create_pending`) before anything writes to it, because removing a row with other
    lemmas than it was added with would damage the index."""
    forms = db.execute("SELECT forms FROM search_index_state WHERE id = 1").fetchone()[0]
    stale = str(forms) != lexicon_module.data_fingerprint()
    if stale:
        log.info("search index: made with another lexicon; every article will be indexed again")
    return stale


def pending_count(db: sqlite_utils.Database) -> int:
    """Current articles not yet in the index (cheap: a range of ids)."""
    now = state(db)
    if now.done_up_to >= now.pending_up_to:
        return 0
    return int(db.execute("SELECT count(*) FROM articles WHERE id > ? AND id <= ? AND is_current",
                          (now.done_up_to, now.pending_up_to)).fetchone()[0])


def pending_batch(db: sqlite_utils.Database, after: int, limit: int) -> list[tuple[int, str, str]]:
    """(id, title, text) of the pending current articles after id `after`, by id."""
    now = state(db)
    return [(int(r[0]), r[1], r[2]) for r in db.execute(
        "SELECT id, title, text FROM articles WHERE id > ? AND id <= ? AND is_current ORDER BY id LIMIT ?",
        (max(after, now.done_up_to), now.pending_up_to, limit))]


def insert_rows(db: sqlite_utils.Database, rows: Sequence[tuple[int, IndexRow]]) -> None:
    db.conn.executemany("INSERT INTO article_search (rowid, title, body, title_forms, body_forms) VALUES (?, ?, ?, ?, ?)",
                   [(article_id, *row) for article_id, row in rows])


def mark_done(db: sqlite_utils.Database, up_to: int) -> None:
    """Articles up to this id are indexed; once past the last pending one, the range closes."""
    now = state(db)
    done = up_to if up_to < now.pending_up_to else now.pending_up_to
    db.execute("UPDATE search_index_state SET done_up_to = ? WHERE id = 1", (done,))


def finish(db: sqlite_utils.Database) -> None:
    """No pending article is left (the rest were removed while pending)."""
    db.execute("UPDATE search_index_state SET done_up_to = pending_up_to WHERE id = 1")


def index_article(db: sqlite_utils.Database, article_id: int, title: str, text: str,
                  indexed: IndexRow | None = None) -> None:
    """Index an article; `indexed` is its row (`Lexicon.index_row`) when already computed."""
    if state(db).pending(article_id):
        return  # the re-index will take it
    row = indexed or lexicon_module.shared().index_row(title, text)
    insert_rows(db, [(article_id, row)])


def unindex_article(db: sqlite_utils.Database, article_id: int) -> None:
    if state(db).pending(article_id):
        return
    found = db.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if found is None:
        return
    db.execute(
        "INSERT INTO article_search (article_search, rowid, title, body, title_forms, body_forms)"
        " VALUES ('delete', ?, ?, ?, ?, ?)",
        (article_id, *lexicon_module.shared().index_row(found[0], found[1])),
    )

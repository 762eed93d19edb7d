"""The library's schema as numbered migrations; `MIGRATIONS[n - 1]` takes a file to version n."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


# Keys 1–9 tag by position; a tag's own shortcut is for something beyond those.
DEFAULT_TAGS = (("ادعا", "#e0a21b", None), ("تکذیب", "#3b7dd8", None))


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _v1_initial(db: sqlite_utils.Database) -> None:
    db["collections"].create(
        {"id": int, "name": str, "created": str}, pk="id", not_null={"name", "created"}
    )
    db["collections"].create_index(["name"], unique=True)
    db["articles"].create(
        {
            "id": int,
            "collection_id": int,
            "source": str,
            "version": int,
            "is_current": int,
            "title": str,
            "date": str,
            "dateline": str,
            "language": str,
            "direction": str,
            "format": str,
            "site": str,
            "text": str,
            "raw": str,
            "content_hash": str,
            "raw_hash": str,
            "imported": str,
        },
        pk="id",
        foreign_keys=[("collection_id", "collections", "id")],
        not_null={"collection_id", "source", "version", "is_current", "title", "text", "raw", "content_hash", "raw_hash", "imported"},
        defaults={"version": 1, "is_current": 1},
    )
    db["articles"].create_index(["collection_id", "source", "version"], unique=True)
    db["articles"].create_index(["collection_id", "raw_hash"])
    db["articles"].create_index(["content_hash"])
    db["articles"].create_index(["is_current", "date"])
    db["articles"].create_index(["is_current", "title"])
    db["tags"].create(
        {"id": int, "name": str, "color": str, "position": int, "shortcut": str},
        pk="id",
        not_null={"name", "color", "position"},
    )
    db["tags"].create_index(["name"], unique=True)
    db["annotations"].create(
        {
            "id": int,
            "uuid": str,
            "article_id": int,
            "start": int,
            "end": int,
            "quote": str,
            "prefix": str,
            "suffix": str,
            "content_hash": str,
            "note": str,
            "author": str,
            "created": str,
            "modified": str,
            "deleted": int,
            "orphan": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"uuid", "article_id", "start", "end", "quote", "created", "modified", "deleted", "orphan"},
        defaults={"deleted": 0, "orphan": 0, "note": "", "prefix": "", "suffix": "", "author": ""},
    )
    db["annotations"].create_index(["uuid"], unique=True)
    db["annotations"].create_index(["article_id", "deleted"])
    db["annotation_tags"].create(
        {"annotation_id": int, "tag_id": int},
        pk=("annotation_id", "tag_id"),
        foreign_keys=[("annotation_id", "annotations", "id"), ("tag_id", "tags", "id")],
    )
    db["annotation_tags"].create_index(["tag_id"])
    db["boilerplate"].create(
        {"collection_id": int, "digest": bytes},
        pk=("collection_id", "digest"),
        foreign_keys=[("collection_id", "collections", "id")],
    )
    db.execute("CREATE VIRTUAL TABLE article_search USING fts5(title, body, tokenize = 'unicode61')")
    for position, (name, color, shortcut) in enumerate(DEFAULT_TAGS):
        db.execute(
            "INSERT INTO tags (name, color, position, shortcut) VALUES (?, ?, ?, ?)", (name, color, position, shortcut)
        )


def _v2_collection_counts(db: sqlite_utils.Database) -> None:
    # Counting a collection's current articles from the index alone, not by reading every row.
    db["articles"].create_index(["collection_id", "is_current"])


def _v3_canonical_search(db: sqlite_utils.Database) -> None:
    # Was: the index rebuilt with canonical tokens, inside the migration. Migration 9 makes a new
    # index and leaves its filling to the re-index, with progress; building one here first would
    # be minutes of silent work thrown away.
    pass


def _v4_bigger_index_buffer(db: sqlite_utils.Database) -> None:
    # Imports index faster when FTS5 writes fewer, larger segments (see search_index_repo).
    from reader.storage.search_index_repo import configure_index

    configure_index(db)



def _v5_suggestion_cues(db: sqlite_utils.Database) -> None:
    # Suggested claims and denials: the two roles and the tags they suggest, the cue lexicon (data
    # the user edits), and the suggestions a user rejected, per article. Rejections go with their
    # article or tag; a role whose tag is deleted is left without one (SET NULL).
    from reader.core.cue_lexicon import DEFAULT_TAG_NAMES, FIRST_CUES, ROLES

    db.execute("""CREATE TABLE suggestion_roles (
        role TEXT PRIMARY KEY,
        tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,
        enabled INTEGER NOT NULL DEFAULT 1)""")
    db.execute("""CREATE TABLE suggestion_cues (
        id INTEGER PRIMARY KEY,
        role TEXT NOT NULL REFERENCES suggestion_roles(role),
        kind TEXT NOT NULL,
        phrase TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        position INTEGER NOT NULL,
        UNIQUE (role, kind, phrase))""")
    db.execute("""CREATE TABLE suggestion_rejections (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        created TEXT NOT NULL,
        PRIMARY KEY (article_id, tag_id, start, "end"))""")
    db.execute("CREATE INDEX suggestion_rejections_tag ON suggestion_rejections (tag_id)")
    for role in ROLES:
        row = db.execute("SELECT id FROM tags WHERE name = ?", (DEFAULT_TAG_NAMES[role],)).fetchone()
        db.execute("INSERT INTO suggestion_roles (role, tag_id, enabled) VALUES (?, ?, 1)", (role, row[0] if row else None))
    db.conn.executemany(
        "INSERT INTO suggestion_cues (role, kind, phrase, enabled, position) VALUES (?, ?, ?, 1, ?)",
        [(cue.role, cue.kind, cue.phrase, position) for position, cue in enumerate(FIRST_CUES)],
    )


def _v6_removable_articles_and_collections(db: sqlite_utils.Database) -> None:
    # A deleted article or collection keeps its row, marked with the time it was deleted: its
    # annotations stay as tombstones that exports carry to colleagues, and an undo can bring it
    # back. Names and (collection, source, version) need only be unique among the live rows, so a
    # collection can be re-created under a deleted one's name and a deleted file imported again.
    db.execute("ALTER TABLE articles ADD COLUMN deleted TEXT")
    db.execute("ALTER TABLE collections ADD COLUMN deleted TEXT")
    db.execute("DROP INDEX IF EXISTS idx_collections_name")
    db.execute("CREATE UNIQUE INDEX idx_collections_live_name ON collections (name) WHERE deleted IS NULL")
    db.execute("DROP INDEX IF EXISTS idx_articles_collection_id_source_version")
    db.execute("CREATE UNIQUE INDEX idx_articles_live_source ON articles (collection_id, source, version) "
               "WHERE deleted IS NULL")


def _v7_article_outlet(db: sqlite_utils.Database) -> None:
    # The publisher of each article (VOA Dari, Mehr News …), so lists and reports can show and group
    # by it. Articles imported before know their site from metadata (og:site_name, a JSON record's
    # site or link): that gives the outlet where it names a known one or an address.
    from reader.core.outlets import outlet_from_site

    db.execute("ALTER TABLE articles ADD COLUMN outlet TEXT")
    db.execute("CREATE INDEX articles_current_outlet ON articles (is_current, outlet)")
    sites = [row[0] for row in db.execute("SELECT DISTINCT site FROM articles WHERE site IS NOT NULL")]
    for site in sites:
        outlet = outlet_from_site(site)
        if outlet:
            db.execute("UPDATE articles SET outlet = ? WHERE site = ?", (outlet, site))


def _v8_article_notes_and_provenance(db: sqlite_utils.Database) -> None:
    # A note on a whole article (a QDA tool's memo on a source), dated so that merges can tell the
    # newer one; and who added each text to a project, and when (a REFI-QDA source's creator).
    db["article_notes"].create(
        {"article_id": int, "note": str, "author": str, "modified": str},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"note", "author", "modified"},
        defaults={"author": ""},
    )
    db.execute("ALTER TABLE articles ADD COLUMN added_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE articles ADD COLUMN added_at TEXT")
    db.execute("UPDATE articles SET added_at = imported")



def _v9_search_forms(db: sqlite_utils.Database) -> None:
    # The index gains word-forms columns (lemmas), decimals as one token, numbers apart from
    # words, hamza seats folded. The new index starts empty with every article pending: the app
    # and the command line re-index with progress before anything else (services.search_index).
    from reader.storage.search_index_repo import create_pending

    create_pending(db)



def _v10_team_folder(db: sqlite_utils.Database) -> None:
    # Team folders (issue 20): the library's own stable id, which names the folder it writes its
    # author's annotations into (so two machines of one author never write the same files); the
    # files of a team folder already merged or written (size, time, hash), so that a round reads
    # only what changed; and an index to find one author's annotations without reading them all.
    import uuid

    db.execute("CREATE TABLE library_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO library_info (key, value) VALUES ('library_id', ?)", (uuid.uuid4().hex,))
    db.execute("""CREATE TABLE team_files (
        place TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        stamp TEXT NOT NULL,
        sha256 TEXT NOT NULL DEFAULT '',
        digest TEXT NOT NULL DEFAULT '',
        missing TEXT NOT NULL DEFAULT '[]',
        failed_at REAL,
        damaged INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (place, name)) WITHOUT ROWID""")
    db.execute("CREATE INDEX annotations_author ON annotations (author)")


def _v11_report_facts(db: sqlite_utils.Database) -> None:
    # Reports count live, placed annotations of current articles by tag, collection, outlet, author
    # and day. Read through the joins of annotation_tags, annotations and articles that takes seconds
    # for 200,000 annotations (every pair is two lookups, every group a sort); kept here one row per
    # (annotation, tag) with the article's details, by triggers on the three tables, and indexed once
    # per leading dimension (each index covers every column), it takes tens of milliseconds.
    from reader.storage.report_facts import create_report_facts

    create_report_facts(db)


def _v12_more_denial_cues(db: sqlite_utils.Database) -> None:
    # Cues added to the default lexicon after libraries had one (the passive «رد شد», statements in
    # reaction to a claim, more words for a denied claim), appended after the library's own cues.
    # They are new phrases, so no cue a user removed comes back.
    from reader.core.cue_lexicon import ADDED_CUES_9

    start = db.execute("SELECT coalesce(max(position), -1) + 1 FROM suggestion_cues").fetchone()[0]
    db.conn.executemany(
        "INSERT OR IGNORE INTO suggestion_cues (role, kind, phrase, enabled, position) VALUES (?, ?, ?, 1, ?)",
        [(cue.role, cue.kind, cue.phrase, start + n) for n, cue in enumerate(ADDED_CUES_9)],
    )


def _v13_article_list_order(db: sqlite_utils.Database) -> None:
    # The article list as the window opens it (newest first, undated last) read straight from an
    # index, not sorted on every start: 100,000 articles in ~0.1 s instead of ~0.4 s (issue 22).
    db.execute("CREATE INDEX articles_list_by_date ON articles (is_current, date IS NULL, date DESC, id DESC)")


def _v14_current_article_counts(db: sqlite_utils.Database) -> None:
    # How many current articles each collection holds, kept by triggers as articles come, change
    # version, move or go: the window shows the counts on every start, and counting 100,000 rows
    # took ~5 ms of it (issue 22). Every statement that touches `articles` passes the triggers.
    db.execute("CREATE TABLE current_article_counts (collection_id INTEGER PRIMARY KEY, articles INTEGER NOT NULL)")
    db.execute("""INSERT INTO current_article_counts (collection_id, articles)
                  SELECT collection_id, count(*) FROM articles WHERE is_current = 1 GROUP BY collection_id""")
    for statement in CURRENT_COUNT_TRIGGERS:
        db.execute(statement)


_COUNT_ONE_IN = """INSERT INTO current_article_counts (collection_id, articles) SELECT {row}.collection_id, 1 WHERE {when}
        ON CONFLICT (collection_id) DO UPDATE SET articles = articles + 1;"""
_COUNT_ONE_OUT = """UPDATE current_article_counts SET articles = articles - 1
        WHERE collection_id = {row}.collection_id AND {when};"""
CURRENT_COUNT_TRIGGERS = (
    f"""CREATE TRIGGER current_article_counts_insert AFTER INSERT ON articles BEGIN
        {_COUNT_ONE_IN.format(row="NEW", when="NEW.is_current = 1")}
    END""",
    f"""CREATE TRIGGER current_article_counts_delete AFTER DELETE ON articles BEGIN
        {_COUNT_ONE_OUT.format(row="OLD", when="OLD.is_current = 1")}
    END""",
    f"""CREATE TRIGGER current_article_counts_update AFTER UPDATE OF is_current, collection_id ON articles BEGIN
        {_COUNT_ONE_OUT.format(row="OLD", when="OLD.is_current = 1")}
        {_COUNT_ONE_IN.format(row="NEW", when="NEW.is_current = 1")}
    END""",
)


MIGRATIONS = [_v1_initial, _v2_collection_counts, _v3_canonical_search, _v4_bigger_index_buffer,
              _v5_suggestion_cues, _v6_removable_articles_and_collections, _v7_article_outlet,
              _v8_article_notes_and_provenance, _v9_search_forms,
              _v10_team_folder, _v11_report_facts, _v12_more_denial_cues, _v13_article_list_order,
              _v14_current_article_counts]

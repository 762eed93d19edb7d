"""The library's schema as numbered migrations; `MIGRATIONS[n - 1]` takes a file to version n."""

from __future__ import annotations

from datetime import UTC, datetime

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
    # The index now holds canonical tokens (letter variants, digits, ZWNJ compounds folded), and no
    # copy of the text: snippets are cut from the article itself.
    from reader.storage.search_repo import rebuild

    rebuild(db)


def _v4_bigger_index_buffer(db: sqlite_utils.Database) -> None:
    # Imports index faster when FTS5 writes fewer, larger segments (see search_repo).
    from reader.storage.search_repo import configure_index

    configure_index(db)


def _v5_article_notes_and_provenance(db: sqlite_utils.Database) -> None:
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


MIGRATIONS = [_v1_initial, _v2_collection_counts, _v3_canonical_search, _v4_bigger_index_buffer,
              _v5_article_notes_and_provenance]

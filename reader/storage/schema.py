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
    # Was: the index rebuilt with canonical tokens, inside the migration. Migration 5 makes a new
    # index and leaves its filling to the re-index, with progress; building one here first would
    # be minutes of silent work thrown away.
    pass


def _v4_bigger_index_buffer(db: sqlite_utils.Database) -> None:
    # Imports index faster when FTS5 writes fewer, larger segments (see search_index_repo).
    from reader.storage.search_index_repo import configure_index

    configure_index(db)


def _v5_search_forms(db: sqlite_utils.Database) -> None:
    # The index gains word-forms columns (lemmas), decimals as one token, numbers apart from
    # words, hamza seats folded. The new index starts empty with every article pending: the app
    # and the command line re-index with progress before anything else (services.search_index).
    from reader.storage.search_index_repo import create_pending

    create_pending(db)


MIGRATIONS = [_v1_initial, _v2_collection_counts, _v3_canonical_search, _v4_bigger_index_buffer, _v5_search_forms]

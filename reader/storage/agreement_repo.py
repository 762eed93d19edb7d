"""What agreement figures read: live, placed annotations by the compared authors, and article texts."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import sqlite_utils


class CodingRow(NamedTuple):
    """One live, placed annotation with one of its tags (`tag_id` None: an annotation without tags)."""

    coder: int  # the author's position in the `authors` asked for
    tag_id: int | None
    start: int
    end: int
    article_id: int
    uuid: str


def live_authors(db: sqlite_utils.Database, collection_id: int | None = None) -> list[str]:
    """Every author with live annotations (in the collection, when one is given)."""
    if collection_id is None:
        rows = db.execute("SELECT DISTINCT author FROM annotations WHERE NOT deleted ORDER BY author")
    else:
        rows = db.execute(
            """SELECT DISTINCT a.author FROM annotations a JOIN articles r ON r.id = a.article_id
               WHERE NOT a.deleted AND r.collection_id = ? ORDER BY a.author""",
            (collection_id,),
        )
    return [row[0] for row in rows]


def codings(
    db: sqlite_utils.Database,
    authors: Sequence[str],
    collection_id: int | None = None,
    article_ids: Sequence[int] | None = None,
) -> list[CodingRow]:
    """Every live, placed annotation by `authors`, once per tag it carries (in no particular order)."""
    where = ["NOT a.deleted", "NOT a.orphan"]
    params: list[object] = [json.dumps(list(authors), ensure_ascii=False)]
    if collection_id is not None:
        where.append("a.article_id IN (SELECT id FROM articles WHERE collection_id = ?)")
        params.append(collection_id)
    if article_ids is not None:
        where.append("a.article_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(article_ids)))
    rows = db.execute(
        f"""SELECT coder.key, l.tag_id, a.start, a."end", a.article_id, a.uuid
            FROM json_each(?) coder JOIN annotations a ON a.author = coder.value
            LEFT JOIN annotation_tags l ON l.annotation_id = a.id
            WHERE {' AND '.join(where)}""",
        params,
    )
    return list(map(CodingRow._make, rows))


def texts(db: sqlite_utils.Database, article_ids: Sequence[int]) -> Iterator[tuple[int, str, str]]:
    """(id, title, text) of each article that exists, in id order."""
    yield from db.execute(
        "SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps(list(article_ids)),),
    )

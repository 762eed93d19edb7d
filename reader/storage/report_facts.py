"""`report_facts`: what reports count, one row per (live, placed annotation of a current article, tag),
with the article's collection, outlet and day and the annotation's author; kept by triggers.

Counting through the joins of annotation_tags, annotations and articles costs two lookups per pair
and a sort per group: seconds for 200,000 annotations. This table has the pairs already joined,
and an index led by each dimension (each covering every column), so a group is a scan of an index
in its own order: tens of milliseconds. SQLite keeps it true in every transaction that writes the
three tables (an import, a merge, an undo …), whoever writes them: the triggers below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# The article's own day (its local date as written), or NULL when it has none; `{date}` names the column.
DAY = ("CASE WHEN {date} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
       "THEN substr({date}, 1, 10) END")

# Every (annotation, tag) that counts, from the three tables: the table's definition.
COUNTED = f"""SELECT l.annotation_id, l.tag_id, n.article_id, a.collection_id, a.outlet, n.author,
                     {DAY.format(date='a.date')}
              FROM annotation_tags l
              JOIN annotations n ON n.id = l.annotation_id
              JOIN articles a ON a.id = n.article_id
              WHERE n.deleted = 0 AND n.orphan = 0 AND a.is_current = 1"""

# Each index serves a grouping by its first column, or its first two (GROUP BY's terms match an
# index in any order): tag × day (months and years by tag), day × outlet, outlet × tag,
# collection × tag, author × tag; the article's leads the totals (distinct articles in order).
INDEXES = {
    "report_facts_by_article": ("article_id", "tag_id", "collection_id", "outlet", "author", "day"),
    "report_facts_by_tag": ("tag_id", "day", "article_id", "collection_id", "outlet", "author"),
    "report_facts_by_day": ("day", "outlet", "article_id", "tag_id", "collection_id", "author"),
    "report_facts_by_outlet": ("outlet", "tag_id", "article_id", "collection_id", "author", "day"),
    "report_facts_by_collection": ("collection_id", "tag_id", "article_id", "outlet", "author", "day"),
    "report_facts_by_author": ("author", "tag_id", "article_id", "collection_id", "outlet", "day"),
}

_TRIGGERS = f"""
CREATE TRIGGER report_facts_tag_added AFTER INSERT ON annotation_tags BEGIN
    INSERT OR REPLACE INTO report_facts
    SELECT NEW.annotation_id, NEW.tag_id, n.article_id, a.collection_id, a.outlet, n.author, {DAY.format(date='a.date')}
    FROM annotations n JOIN articles a ON a.id = n.article_id
    WHERE n.id = NEW.annotation_id AND n.deleted = 0 AND n.orphan = 0 AND a.is_current = 1;
END;
CREATE TRIGGER report_facts_tag_removed AFTER DELETE ON annotation_tags BEGIN
    DELETE FROM report_facts WHERE annotation_id = OLD.annotation_id AND tag_id = OLD.tag_id;
END;
CREATE TRIGGER report_facts_tag_changed AFTER UPDATE ON annotation_tags BEGIN
    DELETE FROM report_facts WHERE annotation_id = OLD.annotation_id AND tag_id = OLD.tag_id;
    INSERT OR REPLACE INTO report_facts
    SELECT NEW.annotation_id, NEW.tag_id, n.article_id, a.collection_id, a.outlet, n.author, {DAY.format(date='a.date')}
    FROM annotations n JOIN articles a ON a.id = n.article_id
    WHERE n.id = NEW.annotation_id AND n.deleted = 0 AND n.orphan = 0 AND a.is_current = 1;
END;
CREATE TRIGGER report_facts_annotation_changed AFTER UPDATE OF article_id, author, deleted, orphan ON annotations
WHEN OLD.article_id IS NOT NEW.article_id OR OLD.author IS NOT NEW.author OR OLD.deleted IS NOT NEW.deleted
     OR OLD.orphan IS NOT NEW.orphan BEGIN
    DELETE FROM report_facts WHERE annotation_id = OLD.id;
    INSERT OR REPLACE INTO report_facts
    SELECT l.annotation_id, l.tag_id, NEW.article_id, a.collection_id, a.outlet, NEW.author, {DAY.format(date='a.date')}
    FROM annotation_tags l JOIN articles a ON a.id = NEW.article_id
    WHERE l.annotation_id = NEW.id AND NEW.deleted = 0 AND NEW.orphan = 0 AND a.is_current = 1;
END;
CREATE TRIGGER report_facts_annotation_removed AFTER DELETE ON annotations BEGIN
    DELETE FROM report_facts WHERE annotation_id = OLD.id;
END;
CREATE TRIGGER report_facts_article_changed AFTER UPDATE OF is_current, collection_id, outlet, date ON articles
WHEN OLD.is_current IS NOT NEW.is_current OR OLD.collection_id IS NOT NEW.collection_id
     OR OLD.outlet IS NOT NEW.outlet OR OLD.date IS NOT NEW.date BEGIN
    DELETE FROM report_facts WHERE article_id = OLD.id;
    INSERT OR REPLACE INTO report_facts
    SELECT l.annotation_id, l.tag_id, NEW.id, NEW.collection_id, NEW.outlet, n.author, {DAY.format(date='NEW.date')}
    FROM annotations n JOIN annotation_tags l ON l.annotation_id = n.id
    WHERE n.article_id = NEW.id AND n.deleted = 0 AND n.orphan = 0 AND NEW.is_current = 1;
END;
CREATE TRIGGER report_facts_article_removed AFTER DELETE ON articles BEGIN
    DELETE FROM report_facts WHERE article_id = OLD.id;
END;
"""


def create_report_facts(db: sqlite_utils.Database) -> None:
    """The table, filled from the library as it is, its indexes and the triggers that keep it."""
    db.execute("""CREATE TABLE report_facts (
                      annotation_id INTEGER NOT NULL,
                      tag_id INTEGER NOT NULL,
                      article_id INTEGER NOT NULL,
                      collection_id INTEGER NOT NULL,
                      outlet TEXT,
                      author TEXT,
                      day TEXT,
                      PRIMARY KEY (annotation_id, tag_id)
                  ) WITHOUT ROWID""")
    db.execute(f"INSERT INTO report_facts {COUNTED}")
    for name, columns in INDEXES.items():
        db.execute(f"CREATE INDEX {name} ON report_facts ({', '.join(columns)})")
    for statement in _TRIGGERS.split("END;"):
        if statement.strip():
            db.execute(statement + "END;")


def differences(db: sqlite_utils.Database) -> tuple[list[tuple], list[tuple]]:
    """(rows missing from report_facts, rows it has that it should not): both empty when it is true."""
    missing = db.execute(f"{COUNTED} EXCEPT SELECT * FROM report_facts").fetchall()
    extra = db.execute(f"SELECT * FROM report_facts EXCEPT {COUNTED}").fetchall()
    return missing, extra

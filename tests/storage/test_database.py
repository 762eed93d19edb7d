import sqlite3

import pytest

from reader.storage import schema
from reader.storage.database import LibraryError, open_database, schema_version, transaction


def test_new_library_is_migrated_with_default_tags(db) -> None:
    assert schema_version(db) == len(schema.MIGRATIONS)
    assert {"collections", "articles", "tags", "annotations", "annotation_tags", "boilerplate"} <= set(db.table_names())
    tags = list(db.query("SELECT name, color, position FROM tags ORDER BY position"))
    assert [t["name"] for t in tags] == ["ادعا", "تکذیب"]
    assert tags[0]["color"] != tags[1]["color"]


def test_connection_settings(db) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_reopening_does_not_migrate_again(library_path) -> None:
    open_database(library_path).close()
    db = open_database(library_path)
    assert db.execute("SELECT count(*) FROM tags").fetchone()[0] == 2


def test_newer_schema_is_refused(library_path) -> None:
    open_database(library_path).close()
    conn = sqlite3.connect(library_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(LibraryError, match="newer Hashiya"):
        open_database(library_path)


def test_not_a_database_is_refused(tmp_path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(LibraryError, match="not a Hashiya library"):
        open_database(path)


def test_transaction_rolls_back_whole(db) -> None:
    with pytest.raises(RuntimeError):
        with transaction(db):
            db.execute("INSERT INTO collections (name, created) VALUES ('a', 'now')")
            db["collections"].insert({"name": "b", "created": "now"})  # sqlite-utils nests a savepoint
            raise RuntimeError("crash")
    assert db.execute("SELECT count(*) FROM collections").fetchone()[0] == 0


def test_migration_2_from_a_version_1_file(library_path) -> None:
    import sqlite_utils

    conn = sqlite3.connect(library_path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    with transaction(old):
        schema.MIGRATIONS[0](old)
        old.execute("PRAGMA user_version = 1")
        old.execute("INSERT INTO collections (name, created) VALUES ('c', 'now')")
    conn.close()
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS)
    indexes = {tuple(i.columns) for i in db["articles"].indexes}
    assert ("collection_id", "is_current") in indexes
    assert db.execute("SELECT name FROM collections").fetchall() == [("c",)]


def test_migration_3_rebuilds_the_search_index_canonically(library_path) -> None:
    import sqlite_utils

    from reader.storage import search_repo

    conn = sqlite3.connect(library_path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    with transaction(old):
        schema.MIGRATIONS[0](old)
        schema.MIGRATIONS[1](old)
        old.execute("PRAGMA user_version = 2")
        old.execute("INSERT INTO collections (name, created) VALUES ('c', 'now')")
        text = "عنوان\n\nمردم كشور از راه‌های تازه سخن گفتند."
        old.execute(
            """INSERT INTO articles (collection_id, source, title, text, raw, content_hash, raw_hash, imported)
               VALUES (1, 'a.txt', 'عنوان', ?, ?, 'h', 'r', 'now')""",
            (text, text),
        )
        old.execute("INSERT INTO article_search (rowid, title, body) VALUES (1, 'عنوان', ?)", (text,))
    conn.close()
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS)
    from reader.core.search_query import parse_query

    for query in ("کشور", "راههای", "راه های"):
        assert search_repo.search(db, parse_query(query).fts, 10) == [1], query


def test_migration_4_gives_the_search_index_a_bigger_buffer(library_path) -> None:
    import sqlite_utils

    from reader.storage import search_repo

    conn = sqlite3.connect(library_path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    with transaction(old):
        for migration in schema.MIGRATIONS[:3]:
            migration(old)
        old.execute("PRAGMA user_version = 3")
        old.execute("DELETE FROM article_search_config WHERE k = 'hashsize'")
    conn.close()
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS)
    stored = db.execute("SELECT v FROM article_search_config WHERE k = 'hashsize'").fetchone()
    assert stored == (search_repo.PENDING_TOKEN_BYTES,)


def test_migration_5_adds_the_suggestion_lexicon_to_a_version_4_file(library_path) -> None:
    import sqlite_utils

    from reader.core.cue_lexicon import DEFAULT_CUES
    from reader.storage import cues_repo

    conn = sqlite3.connect(library_path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    with transaction(old):
        for migration in schema.MIGRATIONS[:4]:
            migration(old)
        old.execute("PRAGMA user_version = 4")
        old.execute("UPDATE tags SET name = 'claim' WHERE name = 'ادعا'")  # a user renamed the claim tag
        old.execute("INSERT INTO collections (name, created) VALUES ('c', 'now')")
        old.execute("INSERT INTO articles (collection_id, source, title, text, raw, content_hash, raw_hash, imported) "
                    "VALUES (1, 's', 't', 'text', 'raw', 'h', 'r', 'now')")
    conn.close()
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS) >= 5
    assert tuple(cues_repo.cues(db)) == DEFAULT_CUES
    roles = {r.role: r for r in cues_repo.roles(db)}
    denial_tag = db.execute("SELECT id FROM tags WHERE name = 'تکذیب'").fetchone()[0]
    assert roles["denial"].tag_id == denial_tag and roles["denial"].enabled
    assert roles["claim"].tag_id is None  # no tag of the default name: the user chooses one
    cues_repo.reject(db, 1, denial_tag, 0, 4, "now")
    db.execute("DELETE FROM articles WHERE id = 1")  # a rejection goes with its article
    assert cues_repo.rejected(db, 1) == set()
    db.execute("DELETE FROM tags WHERE id = ?", (denial_tag,))  # a role outlives its tag
    assert {r.role: r.tag_id for r in cues_repo.roles(db)}["denial"] is None


def test_migration_6_gives_a_version_5_file_an_id_and_team_tables(library_path, tmp_path) -> None:
    import sqlite_utils

    from reader.core.records import TeamFileRecord
    from reader.storage import team_repo

    def version_5(path):
        conn = sqlite3.connect(path, isolation_level=None)
        old = sqlite_utils.Database(conn)
        with transaction(old):
            for migration in schema.MIGRATIONS[:5]:
                migration(old)
            old.execute("PRAGMA user_version = 5")
        conn.close()

    version_5(library_path)
    version_5(tmp_path / "other.sqlite")
    db = open_database(library_path)
    other = open_database(tmp_path / "other.sqlite")
    assert schema_version(db) == len(schema.MIGRATIONS) >= 6
    library_id = team_repo.info(db, "library_id")
    assert len(library_id) == 32 and library_id != team_repo.info(other, "library_id")
    other.close()
    with transaction(db):
        team_repo.remember(db, "/team", TeamFileRecord("a@b.hashiya/all.jsonld", 10, "123", "h"))
    assert team_repo.files(db, "/team")["a@b.hashiya/all.jsonld"].size == 10
    assert "annotations_author" in {row[1] for row in db.execute("PRAGMA index_list(annotations)")}
    db.close()
    again = open_database(library_path)
    assert team_repo.info(again, "library_id") == library_id  # stable across openings
    again.close()

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


def test_migration_3_leaves_the_search_index_to_the_reindex(library_path) -> None:
    import sqlite_utils

    from reader.storage import search_index_repo

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
    db = open_database(library_path)  # quick: no index is built inside the migrations
    assert schema_version(db) == len(schema.MIGRATIONS)
    assert search_index_repo.pending_count(db) == 1  # services/test_search_index.py fills it


def _library_at(library_path, version: int, *statements: tuple[str, tuple]) -> None:
    """A library file as Hashiya `version` left it, with `statements` (SQL, parameters) run after."""
    import sqlite_utils

    conn = sqlite3.connect(library_path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    with transaction(old):
        for migration in schema.MIGRATIONS[:version]:
            migration(old)
        old.execute(f"PRAGMA user_version = {version}")
        for sql, parameters in statements:
            old.execute(sql, parameters)
    conn.close()


def test_migration_4_gives_the_search_index_a_bigger_buffer(library_path) -> None:
    from reader.storage import search_index_repo

    _library_at(library_path, 3, ("DELETE FROM article_search_config WHERE k = 'hashsize'", ()))
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS)
    stored = db.execute("SELECT v FROM article_search_config WHERE k = 'hashsize'").fetchone()
    assert stored == (search_index_repo.PENDING_TOKEN_BYTES,)


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


def test_migration_6_keeps_every_row_live_and_uniqueness_to_live_rows(library_path) -> None:
    import sqlite_utils

    from reader.storage import articles_repo, collections_repo, driver

    conn = sqlite3.connect(library_path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    with transaction(old):
        for migration in schema.MIGRATIONS[:5]:
            migration(old)
        old.execute("PRAGMA user_version = 5")
        old.execute("INSERT INTO collections (id, name, created) VALUES (1, 'news', '2025-01-01')")
        old.execute("""INSERT INTO articles (id, collection_id, source, version, is_current, title, text, raw,
                                             content_hash, raw_hash, imported)
                       VALUES (1, 1, 'news/a.txt', 1, 1, 'عنوان', 'عنوان\n\nمتن', 'x', 'h', 'r', '2025-01-01')""")
        old.execute("INSERT INTO article_search (rowid, title, body) VALUES (1, 'عنوان', 'عنوان متن')")
    conn.close()
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS)
    assert [c.name for c in collections_repo.list_all(db)] == ["news"]
    assert articles_repo.live_ids(db, [1]) == [1] and articles_repo.current_version(db, 1, "news/a.txt").id == 1
    with transaction(db):
        collections_repo.mark_deleted(db, 1, "2025-02-01")
        articles_repo.mark_deleted(db, 1, "2025-02-01")
        # The deleted name and file are free again: a new «news» with the same file in it.
        again = collections_repo.get_or_create(db, "news")
        assert again != 1
        db.execute("""INSERT INTO articles (collection_id, source, version, is_current, title, text, raw,
                                            content_hash, raw_hash, imported)
                      VALUES (1, 'news/a.txt', 1, 1, 't', 't', 'x', 'h', 'r', 'now')""")
    with pytest.raises(driver.sqlite3.IntegrityError), transaction(db):
        db.execute("INSERT INTO collections (name, created) VALUES ('news', 'now')")
    db.close()


def test_the_importers_version_lookups_use_the_live_source_index(db) -> None:
    from reader.storage import articles_repo

    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    articles_repo.current_version(db, 1, "news/a.txt")
    articles_repo.next_version(db, 1, "news/a.txt")
    db.conn.set_trace_callback(None)
    for sql in statements:
        plan = " ".join(str(row) for row in db.execute("EXPLAIN QUERY PLAN " + sql.replace("1, 'news/a.txt'", "?")
                                                          .replace("'news/a.txt'", "?").replace("= 1", "= ?"),
                                                          (1, "news/a.txt")))
        assert "idx_articles_live_source" in plan, sql


def test_migration_7_adds_outlets_from_the_sites_articles_named(library_path) -> None:
    sites = ("https://www.farsnews.ir/news/1", "عصرایران", "خبرگزاری نمونه", None)
    insert = """INSERT INTO articles (collection_id, source, version, is_current, title, text, raw, content_hash,
                raw_hash, imported, site) VALUES (1, ?, 1, 1, 't', 't', 't', ?, ?, 'now', ?)"""
    _library_at(library_path, 6, ("INSERT INTO collections (name, created) VALUES ('c', 'now')", ()),
                *((insert, (f"a{n}", f"h{n}", f"r{n}", site)) for n, site in enumerate(sites)))
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS)
    outlets = [row[0] for row in db.execute("SELECT outlet FROM articles ORDER BY source")]
    assert outlets == ["Fars News", "Asr Iran", "خبرگزاری نمونه", None]


def test_migration_8_adds_article_notes_and_provenance(library_path) -> None:
    import sqlite_utils

    from reader.storage import article_notes_repo, articles_repo
    from reader.storage.driver import sqlite3 as driver

    conn = sqlite3.connect(library_path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    with transaction(old):
        for migration in schema.MIGRATIONS[:7]:
            migration(old)
        old.execute("PRAGMA user_version = 7")
        old.execute("INSERT INTO collections (name, created) VALUES ('c', 'now')")
        old.execute("""INSERT INTO articles (collection_id, source, title, text, raw, content_hash, raw_hash, imported)
                       VALUES (1, 'a.txt', 'عنوان', 'عنوان', 'عنوان', 'h', 'r', '2024-01-02T03:04:05+00:00')""")
    conn.close()
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS) >= 8
    article = articles_repo.get(db, 1)
    assert article is not None and (article.added_by, article.added_at) == ("", "2024-01-02T03:04:05+00:00")
    with transaction(db):
        article_notes_repo.put(db, 1, "یادداشت", "مریم", "2024-02-01T00:00:00+00:00")
    assert article_notes_repo.get(db, 1).note == "یادداشت"
    with pytest.raises(driver.IntegrityError), transaction(db):
        article_notes_repo.put(db, 99, "no such article", "", "2024-02-01T00:00:00+00:00")


def test_migration_10_gives_a_version_9_file_an_id_and_team_tables(library_path, tmp_path) -> None:
    import sqlite_utils

    from reader.core.records import TeamFileRecord
    from reader.storage import team_repo

    def version_9(path):
        conn = sqlite3.connect(path, isolation_level=None)
        old = sqlite_utils.Database(conn)
        with transaction(old):
            for migration in schema.MIGRATIONS[:9]:
                migration(old)
            old.execute("PRAGMA user_version = 9")
        conn.close()

    version_9(library_path)
    version_9(tmp_path / "other.sqlite")
    db = open_database(library_path)
    other = open_database(tmp_path / "other.sqlite")
    assert schema_version(db) == len(schema.MIGRATIONS) >= 10
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


def test_migration_12_appends_the_new_denial_cues_after_the_users_own(library_path) -> None:
    from reader.core.cue_lexicon import ADDED_CUES_9, FIRST_CUES
    from reader.storage import cues_repo

    _library_at(library_path, 11,
                ("DELETE FROM suggestion_cues WHERE phrase = 'تکذیب'", ()),  # a user removed a default cue
                ("INSERT INTO suggestion_cues (role, kind, phrase, enabled, position) VALUES "
                 "('denial', 'deny', 'نفی کرد', 0, 500)", ()))  # and added one of their own, switched off
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS) >= 12
    cues = cues_repo.cues(db)
    kept = [c for c in FIRST_CUES if c.phrase != "تکذیب"]
    assert cues[:len(kept)] == kept
    assert cues[len(kept)].phrase == "نفی کرد" and not cues[len(kept)].enabled
    # After the user's own, switched on, each once: the user's «نفی کرد» (now a default too) stays
    # as the user left it, off.
    assert tuple(cues[len(kept) + 1:]) == tuple(c for c in ADDED_CUES_9 if c.phrase != "نفی کرد")
    assert [c.enabled for c in cues if c.phrase == "نفی کرد"] == [False]
    assert not any(c.phrase == "تکذیب" for c in cues)


def _counted(db) -> dict[int, int]:
    """Current articles per collection, counted from the rows, beside what the triggers keep."""
    rows = db.execute("SELECT collection_id, count(*) FROM articles WHERE is_current = 1 GROUP BY collection_id")
    return dict(rows.fetchall())


def _kept(db) -> dict[int, int]:
    rows = db.execute("SELECT collection_id, articles FROM current_article_counts WHERE articles != 0")
    return dict(rows.fetchall())


def test_the_stored_article_counts_follow_every_change_of_the_articles(db) -> None:
    from reader.storage import articles_repo, collections_repo
    from tests.services.helpers import insert_article

    first = [insert_article(db, "one", f"خبر {n}", "متن خبر") for n in range(4)]
    second = [insert_article(db, "two", f"گزارش {n}", "متن گزارش") for n in range(3)]
    assert _kept(db) == _counted(db) == {collections_repo.find_id(db, "one"): 4, collections_repo.find_id(db, "two"): 3}
    steps = [
        lambda: articles_repo.supersede(db, first[0]),                                   # a row deleted
        lambda: db.execute("UPDATE articles SET is_current = 0 WHERE id = ?", (first[1],)),  # kept, not current
        lambda: articles_repo.mark_deleted(db, second[0], "2026-12-03T10:00:00Z"),
        lambda: articles_repo.restore_deleted(db, second[0]),
        lambda: articles_repo.restore_deleted(db, second[0]),                             # already current
        lambda: articles_repo.set_collection(db, first[2], collections_repo.find_id(db, "two")),
        lambda: articles_repo.set_details(db, first[3], "2024-11-24", "طلوع"),           # neither column
        lambda: db.execute("UPDATE articles SET is_current = 1 WHERE id = ?", (first[1],)),
    ]
    for step in steps:
        step()
        assert _kept(db) == _counted(db)
    assert articles_repo.count_current(db) == 6
    assert articles_repo.count_current(db, collections_repo.find_id(db, "two")) == 4
    assert {c.name: c.article_count for c in collections_repo.list_all(db)} == {"one": 2, "two": 4}


def test_migration_14_counts_the_articles_a_library_already_has(library_path) -> None:
    from tests.services.helpers import insert_article

    db = open_database(library_path)
    for n in range(5):
        insert_article(db, "old", f"خبر {n}", "متن")
    db.execute("UPDATE articles SET is_current = 0 WHERE id = (SELECT min(id) FROM articles)")
    for statement in ("DROP TRIGGER current_article_counts_insert", "DROP TRIGGER current_article_counts_delete",
                      "DROP TRIGGER current_article_counts_update", "DROP TABLE current_article_counts",
                      "PRAGMA user_version = 13"):
        db.execute(statement)  # the file as version 13 left it
    db.close()
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS) >= 14
    assert _kept(db) == _counted(db) and sum(_kept(db).values()) == 4


def _damage_the_schema(path) -> None:
    """Overwrite the schema's first page past the 100-byte file header, as a failing disk would."""
    with open(path, "r+b") as stream:
        stream.seek(100)
        stream.write(b"\x13\x37" * 1000)


def test_a_library_with_a_damaged_schema_is_called_damaged_not_foreign(library_path) -> None:
    from reader.storage.failures import DamagedLibraryError

    open_database(library_path).close()
    _damage_the_schema(library_path)
    before = library_path.read_bytes()
    with pytest.raises(DamagedLibraryError, match=r"is damaged .*\.recover"):
        open_database(library_path)
    assert library_path.read_bytes() == before


def test_another_programs_damaged_database_is_still_not_a_library(tmp_path) -> None:
    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    _damage_the_schema(path)
    with pytest.raises(LibraryError, match="is not a Hashiya library"):
        open_database(path)

"""The one-off re-index: a library from before the word-forms index is indexed again on first open,
with progress, resumably; an index made with other lexicon data is made again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from reader.services import search_index
from reader.services.library import Library
from reader.services.search import SearchService
from reader.services.search_index import ReindexProgress, SearchIndexService
from reader.storage import schema, search_index_repo
from reader.storage.database import open_database, schema_version, transaction

TEXTS = [
    "مسئولان هیأت بین‌المللی از سهمیه بندی بنزین خبر دادند",
    "نرخ تورم به ۳٫۵ درصد رسید و ۲۰درصد مردم گفتند که می‌روند",
    "رییس هیات مدیره گفت آنها رفتند",
]


def version_4_library(path: Path, count: int) -> None:
    """A library as Hashiya left it before migration 5: two index columns, canonical tokens of then."""
    conn = sqlite3.connect(path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    with transaction(old):
        for migration in schema.MIGRATIONS[:4]:
            migration(old)
        old.execute("PRAGMA user_version = 4")
        old.execute("INSERT INTO collections (name, created) VALUES ('c', 'now')")
        for n in range(count):
            text = f"خبر {n}\n\n{TEXTS[n % len(TEXTS)]}"
            old.execute(
                """INSERT INTO articles (collection_id, source, title, text, raw, content_hash, raw_hash, imported)
                   VALUES (1, ?, ?, ?, ?, ?, ?, 'now')""",
                (f"{n}.txt", f"خبر {n}", text, text, f"h{n}", f"r{n}"),
            )
            old.execute("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", (n + 1, f"خبر {n}", text))
    conn.close()


def found(db, query: str, word_forms: bool = False) -> int:
    return SearchService(db).search(query, word_forms=word_forms).total


def test_a_library_from_before_is_reindexed_once_with_progress(library_path: Path) -> None:
    version_4_library(library_path, 3)
    db = open_database(library_path)
    assert schema_version(db) == len(schema.MIGRATIONS)
    service = SearchIndexService(db)
    assert service.status().pending == 3 and not service.status().complete
    results = SearchService(db).search("مسوولان")
    assert results.total == 0 and results.unindexed == 3  # nothing found yet, and the window can say why
    seen: list[ReindexProgress] = []
    assert service.reindex(seen.append).complete
    assert seen[-1] == ReindexProgress(3, 3)
    assert found(db, "مسوولان") == 1  # hamza seats
    assert found(db, "هیئت") == 2
    assert found(db, "بینالمللی") == 1 and found(db, "سهمیه‌بندی") == 1  # compounds, both ways
    assert found(db, "3/5") == 1 and found(db, "درصد") == 1  # decimals, digits glued to a word
    assert found(db, "رفت", word_forms=True) == 2  # «می‌روند», «رفتند»
    db.close()
    db = open_database(library_path)
    assert SearchIndexService(db).status().complete  # once
    db.close()


def test_a_cancelled_reindex_keeps_its_batches_and_goes_on_later(library_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(search_index, "BATCH", 2)
    version_4_library(library_path, 7)
    db = open_database(library_path)
    status = SearchIndexService(db).reindex(cancelled=lambda: True)  # stops after the first batch
    assert status.pending == 5
    assert found(db, "خبر") == 2
    # Writes meanwhile: a pending article's removal and a new article leave the index right.
    from reader.storage import articles_repo

    articles_repo.supersede(db, 6)  # «خبر 5»
    db.close()
    with Library(library_path) as library:
        assert library.search_index_status().pending == 4
        assert not library.search_index_status().complete and not library.search_index_complete()
        assert library.reindex_search().complete
        assert library.search_index_complete()
        assert library.search.search("خبر").total == 6
        assert library.search.search("خبر 5").total == 0 and library.search.search("خبر 6").total == 1


def test_an_index_made_with_other_lexicon_data_is_made_again(library_path: Path) -> None:
    with Library(library_path) as library:
        folder = library_path.parent / "news"
        folder.mkdir()
        for n, text in enumerate(TEXTS):
            (folder / f"{n}.txt").write_text(f"خبر {n}\n\n{text}", encoding="utf-8")
        library.import_paths([folder])
        assert library.search_index_status().complete
    db = open_database(library_path)
    with transaction(db):
        db.execute("UPDATE search_index_state SET forms = 'hazm data of another version'")
    db.close()
    with Library(library_path) as library:
        assert library.search_index_status().pending == 3
        assert not library.search_index_complete()
        assert library.search.search("هیئت").total == 0
        library.reindex_search()
        assert library.search.search("هیئت").total == 2
    # Supersede after the re-index: the row removed is the row added (else FTS5 would be damaged).
    from reader.storage import articles_repo

    db = open_database(library_path)
    with transaction(db):
        articles_repo.supersede(db, 1)
    assert found(db, "مسوولان") == 0
    assert db.execute("INSERT INTO article_search (article_search) VALUES ('integrity-check')")
    db.close()


def test_a_new_library_needs_no_reindex(db) -> None:
    assert SearchIndexService(db).status().complete
    assert search_index_repo.state(db).pending_up_to == 0

"""The library works on either SQLite: pysqlite3's recent one, or the one that comes with Python
(what other platforms get). The fallback runs in a fresh interpreter with pysqlite3 blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

FALLBACK = textwrap.dedent(
    """
    import sys
    sys.modules["pysqlite3"] = None  # as on a platform without the wheel
    import sqlite3 as python_sqlite3
    from reader.storage.driver import sqlite3
    assert sqlite3 is python_sqlite3, sqlite3
    import sqlite_utils.utils
    assert sqlite_utils.utils.sqlite3 is python_sqlite3  # both sides on the same library
    from reader.services.library import Library
    from reader.services.search import SearchService
    from reader.storage.ranking import ShardedRanker
    from reader.core.search_query import parse_query
    from reader.storage import search_repo

    folder, library_file = sys.argv[1], sys.argv[2]
    library = Library(library_file)
    report = library.import_paths([folder])
    assert len(report.imported) == 3 and not report.failed, report
    hits = library.search.search("كابل").hits
    assert len(hits) == 3, hits
    ranker = ShardedRanker(library_file, shards=2)
    match = parse_query("کابل").fts
    assert ranker.rank(match, 10) == search_repo.search(library._db, match, 10)
    ranker.close()
    library.close()
    print("fallback ok", sqlite3.sqlite_version)
    """
)


def test_the_library_runs_on_pythons_own_sqlite(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"خبر {n}\n\nدر کابل {'باران ' * n}بارید.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", FALLBACK, str(folder), str(tmp_path / "library.sqlite")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "fallback ok" in done.stdout

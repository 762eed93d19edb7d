"""The bundled sample imports whole: every article dated, titled and free of chrome."""

from reader.services.importer import import_paths
from reader.services.locations import sample_collection_path
from reader.storage import articles_repo

CHROME = ("لینکهای قابل دسترسی", "خبر تازه", "\nXS", "\nLG", "صفحه اصلی", "کد خبر", "حقوق این سایت", "اشتراک",
          "AFGHANISTAN-", "PAKISTAN-", "IRAN-")


def test_sample_collection_imports_cleanly(db) -> None:
    report = import_paths(db, [sample_collection_path()])
    assert report.failed == []
    records = list(articles_repo.iter_current(db))
    assert len(records) >= 12
    formats = {r.format for r in records}
    assert formats == {"txt", "html", "json", "md"}
    for record in records:
        assert record.date is not None, record.source
        assert record.direction == "rtl"
        assert len(record.text.split("\n\n")) >= 6, record.source
        for chrome in CHROME:
            assert chrome not in record.text, (record.source, chrome)
    languages = {r.language for r in records}
    assert {"fa-AF", "fa-IR"} <= languages
    assert any("\u200c" in r.title for r in records if r.format == "html")  # ZWNJ survives HTML extraction

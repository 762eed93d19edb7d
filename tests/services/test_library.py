from reader.services.library import Library
from tests.services.helpers import write_mixed_collection


def test_ordering_filtering_and_rows(tmp_path) -> None:
    write_mixed_collection(tmp_path / "news")
    library = Library(tmp_path / "lib.sqlite")
    library.import_paths([tmp_path / "news"])
    ids = library.article_ids(sort="date", descending=True)
    rows = library.article_rows(ids)
    dates = [rows[i].date for i in ids]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[len(dated):] == [None] * (len(dates) - len(dated))
    ascending = library.article_ids(sort="title", descending=False)
    titles = [library.article_rows(ascending)[i].title for i in ascending]
    assert titles == sorted(titles)
    # The filter sees through Arabic/Persian letter variants and matches word prefixes.
    (legacy,) = library.article_ids(title_filter="قدیمی")
    assert library.article(legacy).title == "خبر قديمي با املاي عربي"
    assert library.article_ids(title_filter="املا") == [legacy]
    assert library.article_ids(title_filter='"') == []
    assert library.article_ids(title_filter="ناموجود") == []
    (collection,) = library.collections()
    assert collection.name == "news" and collection.article_count == library.article_count() == 8
    library.close()

"""Search through the service on a real library: spelling variants, filters, annotations, errors."""

from __future__ import annotations

import pytest

from reader.services.library import Library
from reader.services.search import QueryError

ARTICLES = {
    "arabic.txt": "۱۵ آبان ۱۴۰۳ تهران ساعت ۱۰:۳۰\n\nخبر يك\n\nمقامات كشور مي‌گويند اين گزارش درست نيست.",
    "joined.txt": "۱۶ آبان ۱۴۰۳ تهران ساعت ۱۰:۳۰\n\nخبر دو\n\nراههای تازه میان کشورها گشوده شد و مُحَمَّد گفت ۲۰۲۴ سال سختی بود.",
    "zwnj.txt": "۱۷ آبان ۱۴۰۳ تهران ساعت ۱۰:۳۰\n\nخبر سه\n\nسخنگو گفت راه‌های همکاری باز است و طالبان این را رد کردند.",
    "spaced.txt": "۱۸ آبان ۱۴۰۳ تهران ساعت ۱۰:۳۰\n\nکشور در خبر\n\nاو از راه های دیگر سخن گفت؛ کـــشور آماده است.",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    library = Library(tmp_path_factory.mktemp("lib") / "lib.sqlite")
    library.import_paths([folder])
    yield library
    library.close()


def titles(library: Library, query: str, **options) -> set[str]:
    return {hit.title for hit in library.search.search(query, **options).hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("کشور", {"خبر يك", "کشور در خبر"}),           # Arabic ك in the text, tatweel in another
        ("كشور", {"خبر يك", "کشور در خبر"}),           # Arabic ك in the query
        ("راههای", {"خبر دو", "خبر سه", "کشور در خبر"}),
        ("راه‌های", {"خبر دو", "خبر سه", "کشور در خبر"}),
        ("راه های", {"خبر دو", "خبر سه", "کشور در خبر"}),
        ("محمد", {"خبر دو"}),                           # diacritics in the text
        ("2024", {"خبر دو"}),                           # Persian digits in the text
        ('"راه های همکاری"', {"خبر سه"}),
        ("می‌گویند", {"خبر يك"}),
        ("طالبان OR محمد", {"خبر دو", "خبر سه"}),
        ("خبر -طالبان", {"خبر يك", "خبر دو", "کشور در خبر"}),
        ("کشور*", {"خبر يك", "خبر دو", "کشور در خبر"}),
        ("NEAR(سخنگو طالبان, 10)", {"خبر سه"}),
    ],
)
def test_spelling_blind_queries(library, query, expected) -> None:
    assert titles(library, query) == expected


def test_word_forms_are_asked_for(library) -> None:
    assert titles(library, "کشور") == {"خبر يك", "کشور در خبر"}
    assert titles(library, "کشور", word_forms=True) == {"خبر يك", "خبر دو", "کشور در خبر"}


def test_hits_map_to_the_displayed_characters(library) -> None:
    results = library.search.search("كشور", limit=1)
    assert results.total == 2 and len(results.hits) == 1
    for hit in library.search.search("كشور").hits:
        text = library.article(hit.article_id).text
        assert hit.spans
        for start, end in hit.spans:
            assert text[start:end].replace("ـ", "").replace("ك", "ک") == "کشور"
        for start, end in hit.snippet_spans:
            assert hit.snippet[start:end].replace("ـ", "").replace("ك", "ک") == "کشور"


def test_snippet_keeps_to_the_hit_paragraph(library) -> None:
    (hit,) = library.search.search("طالبان").hits
    assert hit.title not in hit.snippet and "طالبان" in hit.snippet


def test_date_order(library) -> None:
    hits = library.search.search("خبر", order="date").hits
    assert [h.title for h in hits] == ["کشور در خبر", "خبر سه", "خبر دو", "خبر يك"]


def test_articles_with_a_denial_that_mention_a_word(library) -> None:
    service = library.annotations
    denial = service.tag_by_name("تکذیب")
    zwnj = next(i for i in library.article_ids() if library.article(i).title == "خبر سه")
    text = library.article(zwnj).text
    start = text.index("رد کردند")
    record = service.create(zwnj, start, start + 8, [denial.id], note="تکذیب رسمی طالبان", author="Farid")
    search = library.search
    assert {h.title for h in search.search("راه های", tag_id=denial.id).hits} == {"خبر سه"}
    assert {h.title for h in search.search("کشور", tag_id=denial.id).hits} == set()
    assert [r.annotation.uuid for r in search.search_annotations("رسمي")] == [record.uuid]  # note, Arabic ي
    assert [r.annotation.uuid for r in search.search_annotations("ردکردند OR کردند")] == [record.uuid]  # quote
    assert [r.annotation.uuid for r in search.search_annotations("", author="Farid")] == [record.uuid]
    assert search.search_annotations("طالبان", author="Nobody") == []
    service.delete(record.uuid)
    assert search.search("راه های", tag_id=denial.id).hits == []


@pytest.mark.parametrize("query", ['"unbalanced', "OR", "کشور OR", "*", "NOT کشور", "(کشور", "،؛", ""])
def test_bad_queries_raise_query_error(library, query) -> None:
    with pytest.raises(QueryError) as error:
        library.search.search(query)
    assert str(error.value)


def test_find_in_text_uses_the_same_normalization(library) -> None:
    text = "مردم كشور و کـشور و کشورها"
    spans = library.search.find_in_text("کشور", text)
    assert [text[s:e] for s, e in spans] == ["كشور", "کـشور"]
    spans = library.search.find_in_text("کشور", text, word_forms=True)
    assert [text[s:e] for s, e in spans] == ["كشور", "کـشور", "کشورها"]


def test_index_follows_reimport(library, tmp_path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان یکم\n\nواژه‌ای نادر: زبرجد.", encoding="utf-8")
    lib = Library(tmp_path / "l.sqlite")
    lib.import_paths([folder])
    assert titles(lib, "زبرجد") == {"عنوان یکم"}
    (folder / "a.txt").write_text("عنوان یکم\n\nواژه‌ای دیگر: یاقوت.", encoding="utf-8")
    lib.import_paths([folder])
    assert titles(lib, "زبرجد") == set() and titles(lib, "یاقوت") == {"عنوان یکم"}
    lib.close()

"""W3C Web Annotation JSON-LD: round trips, the document's shape, other tools' files, refusals."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from reader.core.exchange.common import ReadLimits
from reader.core.exchange.model import ExchangeFile, ExchangeFormatError
from reader.core.exchange.w3c import HASHIYA_CONTEXT, HASHIYA_NS, W3C_CONTEXT, read_jsonld, write_jsonld
from tests.conftest import shared_file
from tests.core.exchange.samples import exchange_files, expected_after_jsonld, sample_file

# --- round trips -------------------------------------------------------------------------------


def test_round_trip_keeps_every_record_exactly() -> None:
    file = sample_file()
    assert read_jsonld(write_jsonld(file), "team.jsonld") == expected_after_jsonld(file)


def test_bytes_with_a_bom_read_like_text() -> None:
    file = sample_file()
    data = "\ufeff".encode() + write_jsonld(file).encode("utf-8")
    assert read_jsonld(data, "team.jsonld") == expected_after_jsonld(file)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(exchange_files(tombstones=True))
def test_random_annotation_sets_round_trip(file: ExchangeFile) -> None:
    assert read_jsonld(write_jsonld(file), "random.jsonld") == expected_after_jsonld(file)


def test_same_data_gives_the_same_text() -> None:
    assert write_jsonld(sample_file()) == write_jsonld(sample_file())


# --- the document ------------------------------------------------------------------------------


def _collection() -> dict[str, Any]:
    return json.loads(write_jsonld(sample_file()))


def _items() -> list[dict[str, Any]]:
    return _collection()["first"]["items"]


def test_collection_embeds_its_page() -> None:
    collection = _collection()
    assert collection["@context"][0] == W3C_CONTEXT
    assert collection["type"] == "AnnotationCollection"
    assert collection["first"]["type"] == "AnnotationPage"
    assert collection["total"] == len(collection["first"]["items"]) == 6
    assert collection["last"] == collection["first"]["id"]
    assert collection["hashiya:tags"][0] == {"name": "ادعا", "color": "#e0a21b"}


def test_annotation_fields() -> None:
    first = _items()[0]
    assert first["id"].startswith("urn:uuid:")
    assert first["motivation"] == "commenting"
    assert first["creator"] == {"type": "Person", "name": "مریم"}
    assert [body["purpose"] for body in first["body"]] == ["tagging", "tagging", "commenting"]
    note = first["body"][2]
    assert note["format"] == "text/plain" and note["language"] == "fa"
    target = first["target"]
    assert target["source"].startswith("urn:sha256:")
    assert target["textDirection"] == "rtl"
    assert target["hashiya:article"]["contentHash"] == target["source"].removeprefix("urn:sha256:")
    assert [selector["type"] for selector in target["selector"]] == ["TextQuoteSelector", "TextPositionSelector"]


def test_motivation_follows_the_bodies() -> None:
    items = _items()
    assert items[1]["motivation"] == "tagging"          # tags, no note
    assert items[2]["motivation"] == "highlighting"     # neither
    assert "body" not in items[2] and "creator" not in items[2]   # empty author: no creator
    assert "language" not in items[4]["body"][1]        # a Latin note is not tagged as Persian


def test_tombstone_keeps_a_valid_annotation() -> None:
    tombstone = _items()[5]
    assert tombstone["hashiya:deleted"] is True
    assert tombstone["type"] == "Annotation" and tombstone["modified"] and tombstone["target"]["selector"]


def _context_terms() -> dict[str, Any]:
    path = shared_file("w3c", "anno.jsonld")
    return json.loads(path.read_text(encoding="utf-8"))["@context"]


def test_every_key_is_defined_in_a_context() -> None:
    w3c = _context_terms()
    ours = HASHIYA_CONTEXT
    problems: list[str] = []

    def visit(node: Any, where: str) -> None:
        if isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{where}[{index}]")
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if key == "@context":
                continue
            if key not in w3c and key not in ours:
                problems.append(f"{where}.{key} is in no context")
            definition = w3c.get(key)
            if key == "type":
                for name in value if isinstance(value, list) else [value]:
                    if name not in w3c and not name.startswith("hashiya:"):
                        problems.append(f"{where}.type {name} is not a defined class")
            elif key in ("motivation", "purpose", "textDirection") and value not in w3c:
                problems.append(f"{where}.{key} {value} is not a W3C term")
            elif isinstance(definition, dict) and definition.get("@type") == "@id" and isinstance(value, str):
                # An @id-typed value must be an absolute IRI, or a processor would resolve it against the base.
                if ":" not in value:
                    problems.append(f"{where}.{key} {value!r} is not an absolute IRI")
            visit(value, f"{where}.{key}")

    visit(_collection(), "$")
    assert problems == []


def test_our_terms_map_to_full_iris() -> None:
    w3c = _context_terms()
    for term, definition in HASHIYA_CONTEXT.items():
        iri = definition if isinstance(definition, str) else definition["@id"]
        assert iri.startswith(("https://", "http://")), term
        assert term not in w3c, f"{term} would redefine a W3C term"
        if term.startswith("hashiya:"):
            assert iri == HASHIYA_NS + term.removeprefix("hashiya:")


def test_expands_with_a_json_ld_processor() -> None:
    jsonld = pytest.importorskip("pyld.jsonld")
    context = json.loads(shared_file("w3c", "anno.jsonld").read_text(encoding="utf-8"))

    def loader(url: str, options: Any = None) -> dict[str, Any]:
        assert url == W3C_CONTEXT, f"the expansion tried to fetch {url}"
        return {"contextUrl": None, "documentUrl": url, "document": context}

    expanded = jsonld.expand(_collection(), {"documentLoader": loader})
    oa, as_ = "http://www.w3.org/ns/oa#", "http://www.w3.org/ns/activitystreams#"
    collection = expanded[0]
    assert collection["@type"] == [as_ + "OrderedCollection"]
    assert HASHIYA_NS + "tags" in collection
    page = collection[as_ + "first"][0]
    annotation = page[as_ + "items"][0]["@list"][0]
    assert annotation["@type"] == [oa + "Annotation"]
    assert annotation[oa + "hasBody"][0][oa + "hasPurpose"] == [{"@id": oa + "tagging"}]
    target = annotation[oa + "hasTarget"][0]
    assert target[oa + "textDirection"] == [{"@id": oa + "rtlDirection"}]
    assert target[oa + "hasSource"][0]["@id"].startswith("urn:sha256:")
    selector_types = {selector["@type"][0] for selector in target[oa + "hasSelector"]}
    assert selector_types == {oa + "TextQuoteSelector", oa + "TextPositionSelector"}
    about = target[HASHIYA_NS + "article"][0]
    assert HASHIYA_NS + "contentHash" in about and HASHIYA_NS + "articleSource" in about
    tombstone = page[as_ + "items"][0]["@list"][5]
    assert tombstone[HASHIYA_NS + "deleted"] == [{"@value": True}]


# --- other tools' files ------------------------------------------------------------------------

QUOTE = {"type": "TextQuoteSelector", "exact": "مذاکرات ادامه دارد", "prefix": "سخنگو: ", "suffix": "."}
POSITION = {"type": "TextPositionSelector", "start": 7, "end": 25}
PAGE_URL = "https://www.bbc.com/persian/articles/c0000"


def _foreign(**fields: Any) -> dict[str, Any]:
    annotation: dict[str, Any] = {
        "@context": W3C_CONTEXT, "id": "https://hypothes.is/a/AbC123xyz", "type": "Annotation",
        "motivation": "commenting", "creator": "acct:reza@hypothes.is", "created": "2024-02-01T10:00:00Z",
        "body": [{"type": "TextualBody", "value": "این ادعا نادرست است", "purpose": "commenting"},
                 {"type": "TextualBody", "value": "تکذیب", "purpose": "tagging"}],
        "target": {"source": PAGE_URL, "selector": [QUOTE, POSITION, {"type": "CssSelector", "value": "p"}]},
    }
    annotation.update(fields)
    return annotation


def test_reads_a_single_annotation_from_another_tool() -> None:
    file = read_jsonld(json.dumps(_foreign()), "hypothesis.jsonld")
    [annotation] = file.annotations
    assert annotation.tags == ("تکذیب",) and annotation.note == "این ادعا نادرست است"
    assert (annotation.start, annotation.end, annotation.exact) == (7, 25, "مذاکرات ادامه دارد")
    assert annotation.author == "acct:reza@hypothes.is"
    assert annotation.modified == annotation.created == "2024-02-01T10:00:00Z"
    [article] = file.articles
    assert article.key == article.source == PAGE_URL and article.content_hash == "" and article.direction == "rtl"
    # A foreign id gets a stable uuid, so importing the file twice merges instead of duplicating.
    assert read_jsonld(json.dumps(_foreign()), "again.jsonld").annotations[0].uuid == annotation.uuid
    assert file.tags == ()


def test_reads_a_list_a_page_and_items_on_a_collection() -> None:
    second = _foreign(id="urn:x:2", body=[{"type": "TextualBody", "value": "ادعا", "purpose": "tagging"}])
    listed = read_jsonld(json.dumps([_foreign(), second]), "list.jsonld")
    page = read_jsonld(json.dumps({"type": "AnnotationPage", "items": [_foreign(), second]}), "page.jsonld")
    loose = read_jsonld(json.dumps({"type": "AnnotationCollection", "items": [_foreign(), second]}), "c.jsonld")
    paged = read_jsonld(json.dumps({"type": "AnnotationCollection", "first": {
        "type": "AnnotationPage", "items": [_foreign()], "next": {"type": "AnnotationPage", "items": [second]}}}),
        "paged.jsonld")
    assert [a.tags for a in listed.annotations] == [("تکذیب",), ("ادعا",)]
    assert listed.annotations == page.annotations == loose.annotations == paged.annotations


def test_derives_what_a_missing_selector_leaves_out() -> None:
    quote_only = _foreign(target={"source": PAGE_URL, "selector": QUOTE})
    position_only = _foreign(target={"source": PAGE_URL, "selector": POSITION})
    by_quote, by_position = read_jsonld(json.dumps([quote_only, position_only]), "partial.jsonld").annotations
    assert (by_quote.start, by_quote.end, by_quote.exact) == (0, len(QUOTE["exact"]), QUOTE["exact"])
    assert (by_position.start, by_position.end, by_position.exact) == (7, 25, "")


def test_reads_keyword_spellings_body_value_and_untyped_bodies() -> None:
    annotation = _foreign(body="https://example.org/linked", bodyValue="یادداشت ساده")
    del annotation["id"], annotation["type"]
    annotation.update({"@id": "urn:uuid:0E0F6C1C-0B7E-4A49-9C4B-1D2F3A4B5C6D", "@type": "oa:Annotation"})
    [read] = read_jsonld(json.dumps(annotation), "keywords.jsonld").annotations
    assert read.uuid == "0e0f6c1c-0b7e-4a49-9c4b-1d2f3a4b5c6d" and read.note == "یادداشت ساده"
    tagging = _foreign(motivation="tagging", body={"type": "TextualBody", "value": "آمار"})
    assert read_jsonld(json.dumps(tagging), "t.jsonld").annotations[0].tags == ("آمار",)


# --- refusals ----------------------------------------------------------------------------------


def _refused(document: Any, match: str, name: str = "team.jsonld", **limits: Any) -> None:
    text = document if isinstance(document, str) else json.dumps(document)
    with pytest.raises(ExchangeFormatError, match=match) as caught:
        read_jsonld(text, name, ReadLimits(**limits))
    assert str(caught.value).startswith(f"{name}: ")


def test_refuses_invalid_json() -> None:
    _refused('{"type": "Annotation", ', r"not valid JSON")
    _refused('{"start": NaN}', r"not valid JSON")
    with pytest.raises(ExchangeFormatError, match=r"team.jsonld: not UTF-8"):
        read_jsonld(b"\xff\xfe\x00{", "team.jsonld")


def test_refuses_the_wrong_schema() -> None:
    no_selector = _foreign(target={"source": PAGE_URL})
    _refused([_foreign(), _foreign(), no_selector], r"^team.jsonld: annotation 3 has no target selector$")
    _refused(_foreign(id=None), r"annotation 1 has no id")
    _refused([_foreign(), {k: v for k, v in _foreign().items() if k != "target"}], r"annotation 2 has no target$")
    _refused(_foreign(target=PAGE_URL), r"annotation 1 has no target selector")
    _refused(_foreign(target={"selector": POSITION}), r"target without a source")
    _refused(_foreign(target={"source": PAGE_URL, "selector": {"type": "FragmentSelector", "value": "p=1"}}),
             r"neither a TextQuoteSelector nor a TextPositionSelector")
    _refused([_foreign(type="Note")], r"annotation 1 is not of type Annotation")
    _refused([_foreign(), 7], r"annotation 2 is not a JSON object")
    _refused({"foo": 1}, r"unknown structure")
    _refused(42, r"not a bare value")
    _refused({"type": "AnnotationCollection", "first": "https://example.org/page1"}, r"continue on page")
    _refused(_foreign(body=[{"type": "TextualBody", "value": 5, "purpose": "tagging"}]), r"value is not text")
    _refused(_foreign(created=20240201), r"created that is not text")


@pytest.mark.parametrize("start, end", [("7", 25), (7.0, 25), (True, 25), (-1, 25), (7, None)])
def test_refuses_positions_that_are_not_whole_numbers(start: Any, end: Any) -> None:
    selector = {"type": "TextPositionSelector", "start": start, "end": end}
    _refused(_foreign(target={"source": PAGE_URL, "selector": selector}), r"annotation 1 .* not a whole number")


def test_refuses_a_number_too_long_to_convert() -> None:
    _refused('{"type": "Annotation", "start": ' + "9" * 10_000 + "}", r"not valid JSON")


def test_refuses_a_start_after_the_end() -> None:
    selector = {"type": "TextPositionSelector", "start": 30, "end": 25}
    _refused(_foreign(target={"source": PAGE_URL, "selector": selector}), r"start 30 is after its end 25")


def test_refuses_deep_nesting_without_recursion_error() -> None:
    _refused("[" * 200_000 + "]" * 200_000, r"nested more than 64 levels")
    _refused({"a": [[[[[[[[{"b": [[[[1]]]]}]]]]]]]]}, r"nested more than 8 levels", max_json_depth=8)


def test_brackets_inside_strings_are_not_nesting() -> None:
    annotation = _foreign(body=[{"type": "TextualBody", "value": "[" * 500 + "{\"" * 10, "purpose": "commenting"}])
    assert read_jsonld(json.dumps(annotation), "brackets.jsonld").annotations[0].note.startswith("[[[")


def test_refuses_a_file_over_the_size_limit() -> None:
    _refused(_foreign(), r"more than the 100 an annotation file may have", max_file_bytes=100)


def test_an_article_listed_twice_is_described_by_its_first_copy() -> None:
    file = sample_file()
    twice = replace(file, articles=(*file.articles, replace(file.articles[0], title="نسخه دوم")))
    assert read_jsonld(write_jsonld(twice), "twice.jsonld") == expected_after_jsonld(file)


def test_the_cue_lexicon_round_trips_and_bad_cues_are_refused() -> None:
    from reader.core.exchange.model import ExchangeCue

    cues = (ExchangeCue("denial", "deny", "تکذیب کرد", True, "تکذیب"), ExchangeCue("claim", "say", "گفت", False, ""))
    file = replace(sample_file(), cues=cues)
    text = write_jsonld(file)
    assert json.loads(text)["hashiya:cues"][0] == {"cueRole": "denial", "cueKind": "deny", "phrase": "تکذیب کرد",
                                                   "enabled": True, "suggests": "تکذیب"}
    assert read_jsonld(text, "team.jsonld") == expected_after_jsonld(file)
    assert "hashiya:cues" not in json.loads(write_jsonld(sample_file()))
    document = json.loads(text)
    document["hashiya:cues"][1]["enabled"] = "yes"
    with pytest.raises(ExchangeFormatError, match="cue 2 in hashiya:cues"):
        read_jsonld(json.dumps(document), "team.jsonld")

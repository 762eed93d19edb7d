"""Expected errors: one catalogue of templates, arguments filled in one place, safe to pickle."""

from __future__ import annotations

import ast
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.core import messages
from reader.core.errors import BadInputError, HashiyaError, Message, Notice, fill, placeholders
from reader.core.exchange.model import ExchangeFormatError
from reader.core.search_query import QueryError
from reader.services.annotations import AnnotationError
from reader.services.exchange import ExchangeError
from reader.services.sources import ImportFailure
from reader.storage.database import LibraryError

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO / "reader" / "core" / "messages.py"
PERSIAN = REPO / "translations" / "hashiya_fa.ts"
TEMPLATES = {name: value for name, value in vars(messages).items() if isinstance(value, Message)}


def test_str_is_the_english_message_with_its_arguments() -> None:
    error = BadInputError(messages.FILE_TOO_LARGE, "news/big.txt", 200, 50)
    assert str(error) == "news/big.txt: too large for one article (200 MB; the limit is 50 MB)"
    assert error.template is messages.FILE_TOO_LARGE and error.arguments == ("news/big.txt", 200, 50)


def test_numbers_stay_numbers_until_filled() -> None:
    error = ExchangeFormatError(messages.ZIP_TOO_LARGE, "team.qdpx", 1234567, 1000)
    assert error.arguments == ("team.qdpx", 1234567, 1000)
    assert str(error) == "team.qdpx: the archive is 1,234,567 bytes, more than the 1,000 allowed"
    assert error.render(number=lambda n: f"<{n}>") == "team.qdpx: the archive is <1234567> bytes, more than the <1000> allowed"
    assert BadInputError(messages.FILE_EMPTY, True).arguments == ("True",)  # a bool is no number


def test_fill_replaces_in_one_pass_and_after_translation() -> None:
    assert fill("%2 then %1", ["a %2", "b"]) == "b then a %2"  # an argument holding "%2" stays as it is
    assert fill("%1 and %3", ["x"]) == "x and %3"
    error = AnnotationError(messages.TAG_EXISTS, "ادعا")
    assert error.render(translate=lambda text: "«%1» هست", wrap=lambda text: f"[{text}]") == "«[ادعا]» هست"


def test_only_catalogue_templates_with_the_right_arguments_are_accepted() -> None:
    with pytest.raises(TypeError, match="reader.core.messages"):
        HashiyaError("news.txt: plain text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes 3 argument"):
        BadInputError(messages.FILE_TOO_LARGE, "news.txt")
    with pytest.raises(TypeError):
        Notice.of("news.txt", messages.FILE_EMPTY)


@pytest.mark.parametrize("error", [
    HashiyaError(messages.TAG_INTO_ITSELF),
    BadInputError(messages.FILE_DAMAGED_UTF8, "کابل/خبر.txt", 40),
    LibraryError(messages.NEWER_LIBRARY, "/tmp/lib.sqlite", 9, 4),
    AnnotationError(messages.TAG_NEEDS_NAME),
    ExchangeError(messages.NO_SUCH_TAG, "تکذیب"),
    ExchangeFormatError(messages.W3C_START_AFTER_END, "team.jsonld", 3, 30, 25),
    QueryError(messages.QUERY_NESTING, 8),
], ids=lambda error: type(error).__name__)
def test_every_kind_of_error_survives_pickling(error: HashiyaError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.template, copy.arguments, str(copy)) == (error.template, error.arguments, str(error))
    assert isinstance(copy.template, Message)


def test_format_and_query_errors_are_still_value_errors() -> None:
    for error in (ExchangeFormatError(messages.W3C_NO_ID, "a.jsonld", 1), QueryError(messages.QUERY_OR)):
        assert isinstance(error, HashiyaError) and isinstance(error, ValueError)


def test_an_import_failure_is_plain_data_that_pickles() -> None:
    failure = ImportFailure.from_error("news/a.txt", BadInputError(messages.FILE_EMPTY, "news/a.txt"))
    assert str(failure) == "news/a.txt: the file is empty" and failure.source == "news/a.txt"
    copy = pickle.loads(pickle.dumps(failure))
    assert copy == failure and type(copy) is ImportFailure


# --- the catalogue -----------------------------------------------------------------------------------


def _translate_noop_calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", None)) == "QT_TRANSLATE_NOOP"]


def test_every_error_template_lives_in_the_catalogue() -> None:
    elsewhere = []
    for path in sorted((REPO / "reader").rglob("*.py")):
        if path == CATALOGUE:
            continue
        for call in _translate_noop_calls(ast.parse(path.read_text(encoding="utf-8"))):
            context = call.args[0].value if call.args and isinstance(call.args[0], ast.Constant) else None
            if context == messages.CONTEXT:
                elsewhere.append(f"{path.relative_to(REPO)}:{call.lineno}")
    assert elsewhere == [], "error templates belong in reader/core/messages.py"
    in_catalogue = _translate_noop_calls(ast.parse(CATALOGUE.read_text(encoding="utf-8")))
    assert len(in_catalogue) == len(TEMPLATES) > 0  # each template is bound to a name, once
    assert len(set(TEMPLATES.values())) == len(TEMPLATES), "two names for one template"


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_placeholders_are_numbered_without_gaps(name: str) -> None:
    numbers = placeholders(TEMPLATES[name])
    assert sorted(set(numbers)) == list(range(1, len(set(numbers)) + 1)), f"{name}: {TEMPLATES[name]!r}"


# Helpers that put an argument of their own (the file's name) before the caller's.
_LEADING_ARGUMENTS = {("w3c.py", "fail"): 1, ("qdpx.py", "fail"): 1}


def _template_position(call: ast.Call) -> int | None:
    """Where a call passes a catalogue template (`messages.NAME`), when it passes exactly one."""
    found = [position for position, argument in enumerate(call.args)
             if isinstance(argument, ast.Attribute) and isinstance(argument.value, ast.Name)
             and argument.value.id == "messages" and argument.attr in TEMPLATES]
    return found[0] if len(found) == 1 else None


def test_every_raise_passes_as_many_arguments_as_its_template_takes() -> None:
    """A miscounted raise would be a TypeError in front of the user; catch them all here, including
    the raises no other test reaches."""
    checked, wrong = 0, []
    for path in sorted((REPO / "reader").rglob("*.py")):
        for call in (node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Call)):
            position = _template_position(call)
            if position is None:
                continue
            given = call.args[position + 1:]
            if any(isinstance(argument, ast.Starred) for argument in given):
                continue  # counted at run time, by the tests that reach it
            name = call.args[position].attr  # type: ignore[attr-defined]
            callee = getattr(call.func, "attr", getattr(call.func, "id", ""))
            count = len(given) + _LEADING_ARGUMENTS.get((path.name, callee), 0)
            expected = max(placeholders(TEMPLATES[name]), default=0)
            checked += 1
            if count != expected:
                wrong.append(f"{path.relative_to(REPO)}:{call.lineno} {name}: {count} argument(s), expected {expected}")
    assert wrong == []
    assert checked > 100


def _persian_errors() -> dict[str, str]:
    found = {}
    for context in ET.parse(PERSIAN).getroot().iter("context"):
        if context.findtext("name") == messages.CONTEXT:
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


def test_persian_translations_use_the_same_placeholders() -> None:
    persian = _persian_errors()
    problems = []
    for name, template in sorted(TEMPLATES.items()):
        translation = persian.get(template)
        if not translation:
            problems.append(f"{name}: no Persian translation")
        elif sorted(set(placeholders(translation))) != sorted(set(placeholders(template))):
            problems.append(f"{name}: {translation!r} does not use the placeholders of {template!r}")
    assert problems == []

"""Verb forms by hazm's tables: the stems a cue names, every form of them, and polarity."""

from __future__ import annotations

import pytest

from reader.core.search_text import canonical_word
from reader.core.verb_forms import verb_forms


@pytest.fixture(scope="module")
def verbs():
    table = verb_forms()
    table.need(frozenset(("گفت", "نوشت", "داشت", "پذیرفت", "کرد")))
    return table


@pytest.mark.parametrize(("written", "expected"), [
    ("گفت", ("گفت", False)), ("ندارد", ("داشت", True)), ("نپذیرفت", ("پذیرفت", True)),
    ("می‌گوید", ("گفت", False)), ("نوشت", ("نوشت", False)), ("تکذیب", None), ("است", None),
])
def test_a_cue_names_its_verb(verbs, written: str, expected) -> None:
    assert verbs.stem_of(written) == expected


@pytest.mark.parametrize(("form", "expected"), [
    ("می‌گویند", ("گفت", False)), ("ميگويند", ("گفت", False)), ("نمی‌گویند", ("گفت", True)),
    ("گفته‌اند", ("گفت", False)), ("گفته‌است", ("گفت", False)), ("نگفته", ("گفت", True)),
    ("نوشتند", ("نوشت", False)), ("ننوشت", ("نوشت", True)), ("نداشت", ("داشت", True)),
    ("کرده‌اند", ("کرد", False)), ("گفت‌وگو", None), ("سخنگوی", None),
])
def test_every_form_with_its_polarity(verbs, form: str, expected) -> None:
    assert verbs.lookup(canonical_word(form)) == expected

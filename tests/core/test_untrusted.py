"""Untrusted text shown: overrides and stray isolates made visible, balanced isolates and marks kept."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.untrusted import json_text, neutralise_bidi, printable_name, terminal_text

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


@pytest.mark.parametrize("text, shown", [
    ("نام ساده", "نام ساده"),
    ("invoice\u202egnp.exe", "invoice<U+202E>gnp.exe"),
    ("\u202aa\u202c \u202bb\u202c \u202dc", "<U+202A>a<U+202C> <U+202B>b<U+202C> <U+202D>c"),
    (f"گفت {LRI}USA-SECURITY/{PDI} امروز", f"گفت {LRI}USA-SECURITY/{PDI} امروز"),  # balanced: kept
    (f"{FSI}a{RLI}b{PDI}c{PDI}", f"{FSI}a{RLI}b{PDI}c{PDI}"),  # nested and balanced
    (f"{RLI}باز مانده", "<U+2067>باز مانده"),
    (f"بسته{PDI} بی‌آغاز", "بسته<U+2069> بی‌آغاز"),
    (f"{LRI}a\nb{PDI}", "<U+2066>a\nb<U+2069>"),  # a line break ends what an isolate can reach
    (f"{LRI}a{PDI}{PDI}{LRI}", f"{LRI}a{PDI}<U+2069><U+2066>"),
    ("\u200fراست\u200e چپ\u061c", "\u200fراست\u200e چپ\u061c"),  # marks reorder nothing but neutrals
])
def test_what_is_neutralised(text: str, shown: str) -> None:
    assert neutralise_bidi(text) == shown


@given(st.text(alphabet=st.sampled_from(["a", "ب", " ", "\n", LRI, RLI, FSI, PDI, "\u202e", "\u202a"])))
def test_what_is_left_is_balanced_per_line_and_nothing_else_changes(text: str) -> None:
    shown = neutralise_bidi(text)
    for line in shown.split("\n"):
        depth = 0
        for character in line:
            assert character not in "\u202a\u202b\u202c\u202d\u202e"
            depth += character in (LRI, RLI, FSI)
            depth -= character == PDI
            assert depth >= 0
        assert depth == 0
    assert shown.replace("<U+2066>", LRI).replace("<U+2067>", RLI).replace("<U+2068>", FSI) \
        .replace("<U+2069>", PDI).replace("<U+202E>", "\u202e").replace("<U+202A>", "\u202a") == text


def test_terminal_text_shows_controls_and_undecodable_name_bytes() -> None:
    assert terminal_text("red\x1b[31m\ttab\x9b") == "red<U+001B>[31m<U+0009>tab<U+009B>"
    assert terminal_text("news/bad\udce9.txt") == "news/bad\\xe9.txt"
    assert printable_name("نام") == "نام"


@given(st.recursive(st.text() | st.integers() | st.none(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20))
def test_json_text_is_the_same_json(value: object) -> None:
    serialised = json_text(json.dumps(value, ensure_ascii=False))
    assert json.loads(serialised) == value
    assert not any(character in serialised for character in "\u202a\u202e\u2066\u2069\u2028\x85\x7f")

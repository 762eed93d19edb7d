"""Word forms by lemma and compounds in every spelling, with hazm's lexicon, against FTS5 itself.

The index holds each field twice: its canonical tokens, and in the same positions their lemmas
(`Lexicon.lemma_text`). Its property test extends the canonical road's: the lemma column is the
long road's tokens lemmatized, and FTS5 sees as many lemmas as tokens.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import lexicon as lexicon_module
from reader.core.lexicon import Lexicon
from reader.core.search_query import parse_query
from reader.core.search_text import LEMMA_MARK, canonical_word, index_text, tokens
from reader.storage.driver import sqlite3
from tests.core import test_search_text

fts = test_search_text.fts  # the same in-memory FTS5 table (a fixture)

ZWNJ = "\u200c"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return lexicon_module.shared()


def finds(db: sqlite3.Connection, lexicon: Lexicon, query: str, text: str, word_forms: bool = False) -> bool:
    """FTS5's answer, and the highlighting's, which must agree for these one-term queries."""
    db.execute("DELETE FROM t")
    indexed = index_text(text)
    db.execute("INSERT INTO t (body, body_forms) VALUES (?, ?)", (indexed, lexicon.lemma_text(indexed)))
    parsed = parse_query(query, word_forms, lexicon)
    (count,) = db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (parsed.fts,)).fetchone()
    return count == 1


def lemma(lexicon: Lexicon, word: str) -> str:
    return lexicon.lemma(canonical_word(word))


# ---------------------------------------------------------------------------------------------
# Lemmas


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("کشورها", "کشور"),
        ("کشورهای", "کشور"),
        (f"کشور{ZWNJ}ها", "کشور"),
        ("کشورداری", "کشورداری"),  # a word of its own, not a form of کشور
        ("رفتند", "رفت_رو"),
        (f"می{ZWNJ}روند", "رفت_رو"),
        ("می روند", "رفت_رو"),
        ("برود", "رفت_رو"),
        (f"می{ZWNJ}گوید", "گفت_گو"),
        (f"گفته{ZWNJ}اند", "گفت_گو"),
        ("شده", "شد_شو"),  # hazm lists participles without a frequency: the verb wins
        ("میشود", "شد_شو"),  # hazm's spelling without ZWNJ folds onto the verb form
        ("مسئولان", "مسول"),  # hamza seats fold before the look-up
        ("ای", "ای"),  # two letters hazm lists: never a verb form
        ("ولسوالی‌ها", "ولسوالی"),  # a Dari word hazm does not know keeps its plural ending off
        ("1390", "1390"),
        ("3.5", "3٫5"),
    ],
)
def test_lemmas(lexicon: Lexicon, word: str, expected: str) -> None:
    assert lemma(lexicon, word) == expected


def test_a_past_stem_or_participle_also_names_its_verb(lexicon: Lexicon) -> None:
    assert lexicon.lemmas("داشت") == ("داشت", "داشت_دار", "داشته", "داشتن")
    assert "گفت_گو" in lexicon.lemmas("گفته")
    assert lexicon.lemmas("رفت") == ("رفت_رو", "رفته", "رفتن")  # and the nouns hazm lists apart
    assert lexicon.lemmas("روند") == ("روند",)  # a present form that is a noun («process») stays one


WORD_FORMS = [
    # (query, text, found): word forms on
    ("کشور", "کشورها", True),
    ("کشور", "کشورهای همسایه", True),
    ("کشور", "کشورداری", False),
    ("رفت", f"آنها می{ZWNJ}روند", True),
    ("رفت", "باید برود", True),
    ("رفت", "همه رفتند", True),
    ("رفت", "رفته است", True),
    ("رفت", "رفتار", False),  # starts alike, is another word
    ("گفت", f"او می{ZWNJ}گوید", True),
    ("گفت", f"آنها گفته{ZWNJ}اند", True),
    ("گفت", "گفتگو", False),
    ("می‌روند", "رفتند", True),  # every form finds every other
    ("مسئول", "مسوولان", True),
    ("NEAR(رفت کابل, 2)", "به کابل رفتند", True),
    ("NEAR(رفت کابل, 2)", "کابل و هرات و بلخ رفتند", False),
]


@pytest.mark.parametrize(("query", "text", "expected"), WORD_FORMS)
def test_word_forms(fts: sqlite3.Connection, lexicon: Lexicon, query: str, text: str, expected: bool) -> None:
    assert finds(fts, lexicon, query, text, word_forms=True) is expected
    if not query.startswith("NEAR"):  # highlighting marks each word wherever it is
        assert bool(parse_query(query, True, lexicon).matches(text)) is expected


def test_which_forms_matched(lexicon: Lexicon) -> None:
    text = f"او رفت. آنها می{ZWNJ}روند و می روند، و باید برود؛ رفتار دیگری است. رفتند."
    found = parse_query("رفت", True, lexicon).forms_found(text)
    assert found == {"رفت": 1, f"می{ZWNJ}روند": 2, "برود": 1, "رفتند": 1}  # «می روند» counted as «می‌روند»
    assert parse_query("رفت", False, lexicon).forms_found(text) == {}


def test_word_forms_leave_quoted_words_and_prefixes_exact(lexicon: Lexicon) -> None:
    assert parse_query('"رفت"', True, lexicon).fts == '"رفت"'
    assert parse_query("رفت*", True, lexicon).fts == '"رفت"*'


def test_word_forms_need_a_lexicon() -> None:
    with pytest.raises(ValueError):
        parse_query("کشور", word_forms=True)


# ---------------------------------------------------------------------------------------------
# Compounds: joined, with ZWNJ or with a space, each finds the others


COMPOUNDS = [
    ["سهمیه‌بندی", "سهمیه بندی", "سهمیهبندی"],
    ["جمع‌آوری", "جمع آوری", "جمعآوری"],
    ["بین‌المللی", "بین المللی", "بینالمللی"],
    ["منطقه‌ای", "منطقه ای", "منطقهای"],
    ["این‌که", "این که", "اینکه"],
]
SAME_COMPOUND = [pair for group in COMPOUNDS for pair in itertools.product(group, repeat=2)]


@pytest.mark.parametrize(("query", "text"), SAME_COMPOUND)
def test_a_compound_finds_its_other_spellings(fts: sqlite3.Connection, lexicon: Lexicon, query: str, text: str) -> None:
    assert finds(fts, lexicon, query, f"از {text} گفت")
    assert parse_query(query, False, lexicon).matches(f"از {text} گفت")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("بین‌المللی", "بین کابل و المللی"),  # the parts must stand together
        ("جمع‌آوری", "جمع"),
        ("جمع", "جمع‌آوری"),  # a part does not find the compound written as one
        ("خانه", "خانه‌ای"),
        ("کتاب‌ها", "کتاب، ها"),  # a bound suffix is not a compound's part
    ],
)
def test_compound_spellings_keep_precision(fts: sqlite3.Connection, lexicon: Lexicon, query: str, text: str) -> None:
    assert not finds(fts, lexicon, query, text)


def test_typed_zwnj_is_a_compound_even_where_hazm_lists_none(fts: sqlite3.Connection, lexicon: Lexicon) -> None:
    assert finds(fts, lexicon, "گلخانه‌پروری", "گلخانه پروری")


def test_spaced_words_mean_both_words_or_the_compound(lexicon: Lexicon) -> None:
    parsed = parse_query("سهمیه بندی بنزین", False, lexicon)
    assert parsed.fts == '((("سهمیه" AND "بندی") OR "سهمیهبندی") AND "بنزین")'


# ---------------------------------------------------------------------------------------------
# The word-forms column: the canonical road's tokens, lemmatized in place

LETTERS = "ابپتجچخدرزسشکگلمنوهیئؤأء"
FRAGMENTS = ["ها", "های", "می", "نمی", "ند", "ید", "اند", "رفت", "گفت", "کشور", "روند", " ", ZWNJ, "3.5", "۲۰"]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(LETTERS + " ،.", max_size=4)), max_size=25).map("".join)


@settings(max_examples=300)
@given(texts)
def test_lemma_column_is_the_tokens_lemmatized(text: str) -> None:
    lexicon = lexicon_module.shared()
    column = lexicon.lemma_text(index_text(text))
    expected = [LEMMA_MARK + lexicon.lemma(token.text) for token in tokens(text)]
    assert (column.split(" ") if column else []) == expected


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
def test_fts_sees_one_lemma_in_each_token_position(fts: sqlite3.Connection, text: str) -> None:
    lexicon = lexicon_module.shared()
    indexed = index_text(text)
    fts.execute("DELETE FROM t")
    fts.execute("INSERT INTO t (body, body_forms) VALUES (?, ?)", (indexed, lexicon.lemma_text(indexed)))
    rows = fts.execute("SELECT col, offset, term FROM v ORDER BY col, offset").fetchall()
    words = [term for col, _offset, term in rows if col == "body"]
    lemmas = [term for col, _offset, term in rows if col == "body_forms"]
    assert len(words) == len(lemmas)
    assert all(term.startswith(LEMMA_MARK) for term in lemmas)
    assert not any(term.startswith(LEMMA_MARK) for term in words)

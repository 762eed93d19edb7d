"""Search text: one canonical form for articles and queries, the query language, and hits mapped
back to the original text.

Whether a query finds a text is decided by the real thing: an in-memory FTS5 table with the
tokenizer the library uses, holding `index_text(text)` (and, for word forms, its lemmas), asked
`parse_query(query).fts`. Compounds and word forms with the lexicon: test_word_forms.py.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core import hit_locator, lexicon, search_query, search_terms, search_text
from reader.core.search_query import ParsedQuery, QueryError, Term, parse_query
from reader.core.search_text import Token, canonical_word, index_text, tokens
from reader.storage.driver import sqlite3  # the SQLite the library runs on

ZWNJ = "\u200c"
RLM = "\u200f"


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, body_forms, tokenize = \"{search_text.FTS_TOKENIZER}\")")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    yield db
    db.close()


def parse(query: str, word_forms: bool = False) -> ParsedQuery:
    """Word forms need the lexicon; everything else here is the canonical road alone."""
    return parse_query(query, word_forms, lexicon.shared() if word_forms else None)


def fts_finds(db: sqlite3.Connection, query: str, text: str, word_forms: bool = False) -> bool:
    db.execute("DELETE FROM t")
    indexed = index_text(text)
    forms = lexicon.shared().lemma_text(indexed) if word_forms else ""
    db.execute("INSERT INTO t (body, body_forms) VALUES (?, ?)", (indexed, forms))
    (count,) = db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (parse(query, word_forms).fts,)).fetchone()
    return count == 1


def fts_tokens(db: sqlite3.Connection, text: str) -> list[str]:
    """The tokens FTS5 itself cuts out of index_text(text), in order."""
    db.execute("DELETE FROM t")
    db.execute("INSERT INTO t (body) VALUES (?)", (index_text(text),))
    return [term for (term,) in db.execute("SELECT term FROM v ORDER BY offset")]


def both_ways(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [case for a, b in pairs for case in ((a, b), (b, a))]


def all_pairs(groups: list[list[str]]) -> list[tuple[str, str]]:
    return [pair for group in groups for pair in itertools.product(group, repeat=2)]


# ---------------------------------------------------------------------------------------------
# Spelling variants: each side, typed as a query, finds the other side in a text.

SAME_WORD = both_ways(
    [
        ("علي", "علی"),  # Arabic yeh
        ("مصطفى", "مصطفی"),  # alef maksura
        ("رئیس", "رییس"),  # yeh with hamza before yeh is yeh
        ("كشور", "کشور"),  # Arabic kaf
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("خانۀ", "خانه"),  # heh with yeh above
        ("خانهٔ", "خانه"),  # heh + hamza above
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آب", "اب"),  # آ folds to ا: «آب» and «اب» are one word to search
        ("ٱلرحمن", "الرحمن"),
        ("مؤسسه", "موسسه"),
        ("مُحَمَّد", "محمد"),  # harakat and shadda
        ("فوراً", "فورا"),  # tanwin
        ("رحمٰن", "رحمن"),  # superscript alef
        ("کـــشور", "کشور"),  # tatweel
        ("۲۰۲۴", "2024"),
        ("۲۰۲۴", "٢٠٢٤"),
        ("2024", "٢٠٢٤"),
        ("UNAMA", "unama"),
        ("Kabul", "KABUL"),
        ("کشور", "«کشور»"),
        ("کشور", "کشور،"),
        ("کشور؟", "کشور"),
        ("کشور", f"کش{RLM}ور"),  # a stray bidi mark inside a word
        ("کشور", "\u202bکشور\u202c"),  # bidi embedding around it
        ("ﻛﺸﻮﺭ", "کشور"),  # Arabic presentation forms
        ("３.５", "3.5"),  # full-width digits
        ("۲۰درصد", "20 درصد"),  # digits glued to a word are a word of their own
        ("مدت۲۰دقیقه", "مدت 20 دقیقه"),
        (f"گذشت{ZWNJ}۱۴۰۰", "گذشت 1400"),  # a ZWNJ never joins a number
    ]
)

# Hamza seats: Iranian, Arabic-style and Dari spellings of one word (all ordered pairs match).
SAME_HAMZA = all_pairs(
    [
        ["مسئول", "مسؤول", "مسوول"],
        ["مسئولان", "مسؤولان", "مسوولان"],
        ["هیئت", "هیأت", "هیات", "هيئت"],
        ["مسئله", "مسأله", "مساله"],
        ["جرئت", "جرأت", "جرات"],
        ["سؤال", "سئوال", "سوال"],
        ["مسائل", "مسایل"],
        ["ارائه", "ارایه"],
        ["ژوئن", "ژوین"],
        ["تئاتر", "تآتر", "تاتر"],
        ["داوود", "داود"],
        ["اجزاء", "اجزا"],
    ]
)

# Decimals are one token in every spelling.
SAME_DECIMAL = all_pairs([["3.5", "۳٫۵", "3/5", "٣٫٥", "3٫5", "۳.۵"]])

# A word finds itself where digits are glued to it, and the number is found too.
ONE_WAY = [
    ("درصد", "۲۰درصد"),
    ("20", "۲۰درصد"),
    ("دقیقه", "مدت۲۰دقیقه"),
    ("مدت", "مدت۲۰دقیقه"),
    ("1400", f"گذشت{ZWNJ}۱۴۰۰"),
    ("گذشت", f"گذشت{ZWNJ}۱۴۰۰"),
    ("1390", "۱۳۹۰ ها"),
    ("1403", "۱۴۰۳/۰۵/۱۲"),  # a date is three numbers, not a decimal
]

# Every written form in a group is the same token: all 9 (or 4) ordered pairs match.
SAME_COMPOUND = all_pairs(
    [
        ["راههای", f"راه{ZWNJ}های", "راه های"],
        ["کشورها", f"کشور{ZWNJ}ها", "کشور ها"],
        ["کتابهایشان", f"کتاب{ZWNJ}هایشان", "کتاب هایشان"],
        ["بزرگتر", f"بزرگ{ZWNJ}تر", "بزرگ تر"],
        ["بزرگترین", f"بزرگ{ZWNJ}ترین", "بزرگ ترین"],
        ["میشود", f"می{ZWNJ}شود", "می شود"],
        ["نمیشود", f"نمی{ZWNJ}شود", "نمی شود"],
        ["خانهای", f"خانه{ZWNJ}ای"],
        ["بینالمللی", f"بین{ZWNJ}المللی"],
        [f"راه{ZWNJ} های", "راههای"],  # ZWNJ and a space: read as the space
    ]
)

# Documented non-matches: what joining deliberately does not do.
NOT_THE_SAME = both_ways(
    [
        ("خانه ای", f"خانه{ZWNJ}ای"),  # «ای» is a word too: a space never joins it
        ("بین المللی", f"بین{ZWNJ}المللی"),  # compounds join at ZWNJ only
        ("خانه", f"خانه{ZWNJ}ی"),  # ezafe written with ZWNJ + ی is part of the word
        ("راه", f"راه{ZWNJ}های"),  # a word does not find a joined compound it begins
        ("راه", "راه های"),
        ("شود", f"می{ZWNJ}شود"),
        ("شود", "می شود"),
        ("کشور", "کشورها"),
        ("3.5", "35"),
        ("1.5", "1+5"),  # a decimal is not two numbers
        ("3.5", "3 5"),
        ("3.5", "3، 5"),
        ("3", "3.5"),
        ("1403/05", "۱۴۰۳/۰۵/۱۲"),
        ("رئال", "ریال"),  # Real Madrid is not the rial
        ("مطمئن", "مطمان"),
        ("1000", "۱٬۰۰۰"),  # thousands separators split numbers
        ("کتاب", "کتب"),
    ]
)


@pytest.mark.parametrize(("query", "text"), SAME_WORD + SAME_COMPOUND + SAME_HAMZA + SAME_DECIMAL + ONE_WAY)
def test_each_spelling_finds_the_other(fts: sqlite3.Connection, query: str, text: str) -> None:
    assert fts_finds(fts, query, text)
    assert parse_query(query).matches(text)


@pytest.mark.parametrize(("query", "text"), NOT_THE_SAME)
def test_forms_that_stay_apart(fts: sqlite3.Connection, query: str, text: str) -> None:
    assert not fts_finds(fts, query, text)
    assert parse_query(query).matches(text) == []


# ---------------------------------------------------------------------------------------------
# The query language, against FTS5: (query, text, found, word_forms)

LANGUAGE = [
    # phrases against words that are present but apart
    ('"امور خارجه"', "وزارت امور خارجه افغانستان", True, False),
    ('"امور خارجه"', "امور داخلی و خارجه", False, False),
    ("امور خارجه", "امور داخلی و خارجه", True, False),
    ('"راه های کشور"', f"در راه{ZWNJ}های کشور", True, False),
    ('"در راه"', f"در راه{ZWNJ}های کشور", False, False),
    ('"در راه*"', f"در راه{ZWNJ}های کشور", True, False),
    ('"3.5 درصد"', "۳٫۵ درصد", True, False),
    ("3.5", "3 5", False, False),  # a decimal is one token, not the phrase of its digit groups
    ('"1403 05 12"', "۱۴۰۳/۰۵/۱۲", True, False),  # ... but a date is three
    # prefixes
    ("دانشگاه*", "دانشگاهها", True, False),
    ("دانشگاه*", "دانشگاهی", True, False),
    ("دانشگاه*", f"دانشگاه{ZWNJ}ها", True, False),
    ("دانشگاه*", "دانشگاه های کشور", True, False),
    ("دانشگاه*", "دانش", False, False),
    ("دانشگاه ها*", "دانشگاههای کابل", True, False),  # a prefix joins like a word
    ("كتاب*", "کتابخانه", True, False),
    # word forms: by lemma (more in test_word_forms.py)
    ("کشور", "کشورها", False, False),
    ("کشور", "کشورها", True, True),
    ("کشور", "کشورهای", True, True),
    ("کشور", f"کشور{ZWNJ}ها", True, True),
    ("کشور", "کشورداری", False, True),  # another word, though it starts alike
    ('"کشور"', "کشورها", False, True),  # quoted words stay exact
    ("كشور", "کشور", True, True),
    ("کشورها", "کشور", True, True),  # every form finds every other
    ("و کشور", "و کشورها", True, True),  # one-letter words are never widened ...
    ("و کشور", "وزیر کشورها", False, True),  # ... or «و» would find every word starting with و
    # AND, OR, NOT, -
    ("کابل هرات", "هرات و کابل", True, False),
    ("کابل هرات", "هرات", False, False),
    ("کابل AND هرات", "هرات و کابل", True, False),
    ("کابل OR هرات", "هرات", True, False),
    ("کابل OR هرات", "بلخ", False, False),
    ("کابل -هرات", "کابل", True, False),
    ("کابل -هرات", "کابل و هرات", False, False),
    ("کابل NOT هرات", "کابل و هرات", False, False),
    ("کابل AND NOT هرات", "کابل و بلخ", True, False),
    ('کابل -"امور خارجه"', "کابل امور داخلی و خارجه", True, False),
    ('کابل -"امور خارجه"', "کابل امور خارجه", False, False),
    ("NOT هرات کابل", "کابل", True, False),
    ("کابل -هرات*", "کابل هراتی", False, False),
    ("کابل -هرات", "کابل هراتی", True, False),
    ("کابل -هرات", "کابل هراتی", False, True),  # word forms widen excluded words too
    ("(کابل OR هرات) بلخ", "هرات بلخ", True, False),
    ("(کابل OR هرات) بلخ", "هرات", False, False),
    ("کابل OR هرات بلخ", "کابل", True, False),  # AND binds tighter than OR
    ("کابل -(هرات OR بلخ)", "کابل بلخ", False, False),
    ("کابل -(هرات OR بلخ)", "کابل قندهار", True, False),
    ("and or not", "AND OR NOT", True, False),  # lower case: ordinary words
    ("near", "Near", True, False),
    # NEAR
    ("NEAR(کابل هرات, 2)", "کابل یک دو هرات", True, False),
    ("NEAR(کابل هرات, 1)", "کابل یک دو هرات", False, False),
    ("NEAR(کابل هرات،۲)", "کابل یک دو هرات", True, False),
    ("NEAR(کابل هرات)", "کابل " + "و " * 10 + "هرات", True, False),
    ("NEAR(کابل هرات)", "کابل " + "و " * 11 + "هرات", False, False),
    ('NEAR("امور خارجه" کابل, 3)', "کابل و امور خارجه", True, False),
    ("NEAR(راه های کابل)", f"راه{ZWNJ}های کابل", True, False),
    ("NEAR(دانش* کابل)", "دانشگاه کابل", True, False),
    ("NEAR (کابل هرات) بلخ", "بلخ کابل هرات", True, False),
]


@pytest.mark.parametrize(("query", "text", "found", "word_forms"), LANGUAGE)
def test_query_language(fts: sqlite3.Connection, query: str, text: str, found: bool, word_forms: bool) -> None:
    assert fts_finds(fts, query, text, word_forms) is found


# Highlighting shows every term wherever it occurs, so it agrees with FTS5 only for one-term
# queries (with AND, a text holding one of two words is highlighted but not found).
ONE_TERM = [
    case
    for case in LANGUAGE
    if not any(op in case[0] for op in ("OR", "NOT", "-", "NEAR")) and len(parse(case[0], case[3]).terms) == 1
]


@pytest.mark.parametrize(("query", "text", "found", "word_forms"), ONE_TERM)
def test_highlighting_agrees_with_fts_for_one_term_queries(query: str, text: str, found: bool, word_forms: bool) -> None:
    assert bool(parse(query, word_forms).matches(text)) is found


def test_plain_words_join_like_text() -> None:
    assert parse_query("راه های").terms == (Term(("راههای",), False),)
    assert parse_query("می شود").terms == (Term(("میشود",), False),)
    assert parse_query("راه  های").terms == (Term(("راه",), False), Term(("های",), False))  # as in text
    assert parse_query("COVID-19 کابل").terms == (Term(("covid", "19"), False), Term(("کابل",), False))
    assert parse_query('"خانه ای"').terms == (Term(("خانه", "ای"), False),)


def test_fts_expression_quotes_every_term() -> None:
    assert parse_query("كشور").fts == '"کشور"'
    assert parse_query("کابل OR هرات -بلخ").fts == '("کابل" OR ("هرات" NOT "بلخ"))'
    assert parse_query("NEAR(کابل هرات)").fts == 'NEAR("کابل" "هرات", 10)'
    assert parse_query("دانش* 3.5").fts == '("دانش"* AND "3٫5")'
    assert parse("کشور", word_forms=True).fts == '"_کشور"'


def test_terms_are_the_positive_ones_without_repeats() -> None:
    query = parse_query('کابل OR (هرات -بلخ) کابل "امور خارجه" NEAR(کابل قندهار)')
    assert query.terms == (
        Term(("کابل",), False),
        Term(("هرات",), False),
        Term(("امور", "خارجه"), False),
        Term(("قندهار",), False),
    )


BAD_QUERIES = [
    ("", "Type a word"),
    ("   ", "Type a word"),
    ("«،»", "no letters or digits"),
    ("- ، .", "no letters or digits"),
    ('"کشور', "Unbalanced quotation mark"),
    ('کابل "امور خارجه', "Unbalanced quotation mark"),
    ("(کابل هرات", "'(' is never closed"),
    ("کابل هرات)", "')' has no matching '('"),
    (")کابل(", "')' has no matching '('"),
    ("()", "Empty parentheses"),
    ("(،)", "Empty parentheses"),
    ("OR", "OR needs a word on each side"),
    ("کشور OR", "OR needs a word on each side"),
    ("OR کشور", "OR needs a word on each side"),
    ("کشور OR OR هرات", "OR needs a word on each side"),
    ("کشور OR ،", "OR needs a word on each side"),
    ("(کشور OR) هرات", "OR needs a word on each side"),
    ("AND", "AND needs a word on each side"),
    ("AND AND", "AND needs a word on each side"),
    ("کشور AND", "AND needs a word on each side"),
    ("AND کشور", "AND needs a word on each side"),
    ("NOT", "NOT needs a word after it"),
    ("کشور NOT", "NOT needs a word after it"),
    ("کشور NOT NOT هرات", "NOT needs a word after it"),
    ("NOT کشور", "only of excluded words"),
    ("-کشور", "only of excluded words"),
    ("-کشور -هرات", "only of excluded words"),
    ('-"امور خارجه"', "only of excluded words"),
    ("کابل OR -هرات", "only of excluded words"),
    ("*", '"*" must follow at least two letters'),
    ("a*", '"*" must follow at least two letters'),
    ("آ*", '"*" must follow at least two letters'),
    ("کابل ،*", '"*" must follow at least two letters'),
    ('"a*"', '"*" must follow at least two letters'),
    ("دانش*گاه", '"*" can only end a word'),
    ('""', "quotation marks hold no word"),
    ('"، «»"', "quotation marks hold no word"),
    ("NEAR(کابل)", "NEAR needs at least two words"),
    ("NEAR(کابل هرات, ده)", "NEAR distance must be a whole number"),
    ("NEAR(کابل هرات,)", "NEAR distance must be a whole number"),
    ("NEAR(کابل هرات, " + "9" * 5000 + ")", "NEAR distance must be a whole number"),
    ("NEAR(کابل هرات, ۱۰۰۰۰۰۰)", "NEAR distance must be a whole number"),
    ("NEAR(کابل هرات, 5 بلخ)", "NEAR(...) holds words"),
    ("NEAR(کابل OR هرات)", "NEAR(...) holds words"),
    ("NEAR((کابل) هرات)", "NEAR(...) holds words"),
    ("NEAR(کابل هرات", "'(' is never closed"),
    ("(" * 9 + "کابل" + ")" * 9, "Too many nested parentheses"),
]


@pytest.mark.parametrize(("query", "message"), BAD_QUERIES)
def test_bad_queries_say_what_is_wrong(query: str, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert message in str(caught.value)


def test_query_error_is_a_value_error() -> None:
    assert issubclass(QueryError, ValueError)


def test_lone_dash_between_words_is_punctuation() -> None:
    assert parse_query("کابل - هرات").terms == (Term(("کابل",), False), Term(("هرات",), False))


def test_smart_quotes_make_phrases() -> None:
    assert parse_query("\u201cامور خارجه\u201d").terms == (Term(("امور", "خارجه"), False),)


# ---------------------------------------------------------------------------------------------
# Tokens and spans in the original text


def texts_of(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_tokens_fold_and_keep_original_spans() -> None:
    text = f"«مُحَمَّد» در کـــشورِ ما، راه{ZWNJ}های ۲۰۲۴ را می شود!"
    found = tokens(text)
    assert [t.text for t in found] == ["محمد", "در", "کشور", "ما", "راههای", "2024", "را", "میشود"]
    assert [text[t.start : t.end] for t in found] == [
        "مُحَمَّد",
        "در",
        "کـــشورِ",
        "ما",
        f"راه{ZWNJ}های",
        "۲۰۲۴",
        "را",
        "می شود",
    ]


def test_index_text_is_the_tokens_joined() -> None:
    text = "كشورهاي   بزرگ، «آسيا»"
    assert index_text(text) == "کشورهای بزرگ اسیا"
    assert index_text("") == "" and index_text(" ،؛ ") == ""


def test_canonical_word() -> None:
    assert canonical_word("كتاب‌ها") == "کتابها"
    assert canonical_word("«مُحَمَّد»،") == "محمد"
    assert canonical_word("UNAMA") == "unama"
    assert canonical_word("3.5") == "3٫5"  # a decimal is one word
    assert canonical_word("1403/05/12") == "1403 05 12"  # several words come back space-separated
    assert canonical_word("؟") == ""


def test_invisible_marks_stay_out_of_spans() -> None:
    text = f"{RLM}کشور{RLM} و"
    (first, _) = tokens(text)
    assert (first.start, first.end) == (1, 5)


def test_latin_accents_compose_and_other_marks_go() -> None:
    assert canonical_word("Cafe\u0301") == "café"
    assert canonical_word("CAFÉ") == "café"


def test_matches_point_at_the_original_characters() -> None:
    text = f"وزیرِ امورِ خارجهٔ کـــشور گفت: «مُحَمَّد» و راه{ZWNJ}های ۲۰۲۴ باز می{ZWNJ}شود."
    assert len(index_text(text)) < len(text)  # folding removed diacritics, tatweel, ZWNJ
    query = parse_query('محمد كشور "امور خارجه" راه های 2024 میشود')
    assert texts_of(text, query.matches(text)) == [
        "امورِ خارجهٔ",
        "کـــشور",
        "مُحَمَّد",
        f"راه{ZWNJ}های",
        "۲۰۲۴",
        f"می{ZWNJ}شود",
    ]


def test_matches_find_every_occurrence_and_prefixes() -> None:
    text = f"دانشگاه کابل، دانشگاه{ZWNJ}ها و دانشگاهی؛ دانش"
    assert texts_of(text, parse_query("دانشگاه*").matches(text)) == [
        "دانشگاه",
        f"دانشگاه{ZWNJ}ها",
        "دانشگاهی",
    ]
    assert texts_of(text, parse_query("دانشگاه").matches(text)) == ["دانشگاه"]
    assert texts_of(text, parse("دانشگاه", word_forms=True).matches(text)) == [
        "دانشگاه",
        f"دانشگاه{ZWNJ}ها",
        "دانشگاهی",  # hazm does not list it: the stemmer takes its «ی» off; «دانش» is another word
    ]


def test_matches_merge_overlaps_and_skip_excluded_terms() -> None:
    text = "وزارت امور خارجه و امور داخلی"
    assert texts_of(text, parse_query('امور "امور خارجه"').matches(text)) == ["امور خارجه", "امور"]
    assert texts_of(text, parse_query("امور -داخلی").matches(text)) == ["امور", "امور"]
    assert texts_of(text, parse_query('"خارجه و امور" "امور خارجه"').matches(text)) == ["امور خارجه و امور"]


def test_matches_phrase_with_prefix_and_decimals() -> None:
    text = "نرخ ۳٫۵ درصد و 3.5 درصدی"
    assert texts_of(text, parse_query('"3.5 درصد*"').matches(text)) == ["۳٫۵ درصد", "3.5 درصدی"]


def test_parsed_query_is_a_value() -> None:
    assert parse_query("کشور") == ParsedQuery('"کشور"', (Term(("کشور",), False),))
    assert Token("a", 0, 1) == Token("a", 0, 1)


@pytest.mark.parametrize("module", [search_text, search_query, search_terms, hit_locator])
def test_modules_stay_free_of_qt_sql_and_hazm(module) -> None:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    } | {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= {"__future__", "re", "unicodedata", "collections", "dataclasses", "itertools", "typing", "reader",
                        "functools", "threading"}


# ---------------------------------------------------------------------------------------------
# Properties

LETTERS = "ابپتجچخدرزسشکگلمنوهی"
VARIANTS = "يكىةۀأإآٱؤئ"
DIACRITICS = "\u064b\u064e\u064f\u0650\u0651\u0652\u0654\u0670"
DIGITS = "۰۱۲۳۴۵۶۷۸۹٠١٢٣0123"
MARKS = ZWNJ + "\u200d" + RLM + "\u0640"
PUNCTUATION = "،؛؟«».!:()\n-٫/"
ALPHABET = LETTERS + VARIANTS + DIACRITICS + DIGITS + MARKS + PUNCTUATION + "ab" + "    "
FRAGMENTS = ["ها", "های", "هایشان", "تر", "ترین", "می", "نمی", "ای", "ی", " ", ZWNJ, "3.5", "۳٫۵", "1/2/3"]
FRAGMENTS += ["ئو", "وو", "اء", "ئت", "ائ", "ء", "ئ"]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(ALPHABET, max_size=4)), max_size=30).map("".join)

PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def plainer(text: str) -> str:
    """The same text as a more careful writer would type it."""
    text = text.replace("ي", "ی").replace("ك", "ک").translate(PERSIAN_DIGITS)
    return "".join(ch for ch in text if ch not in DIACRITICS and ch != "\u0640")


@given(texts)
def test_token_spans_are_ordered_and_in_bounds(text: str) -> None:
    found = tokens(text)
    previous_end = 0
    for token in found:
        assert previous_end <= token.start < token.end <= len(text)
        assert token.text and token.text.replace(search_text.DECIMAL_POINT, "").isalnum()
        previous_end = token.end
    # Re-reading a token's own span gives that token back (compounds included).
    assert [canonical_word(text[t.start : t.end]) for t in found] == [t.text for t in found]


# index_text takes a shorter road than tokens(); both must reach the same words. Odd characters
# (other combining marks, presentation forms, other scripts' numbers, other spaces) join in here.
ODD = ["\u0301", "é", "²", "½", "ﻻ", "ﷺ", "Ａ", "\u00a0", "ß", "İ", "ﹰ", "\t", "\u2009", "\x00", "_"]
texts_with_odd_characters = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS + ODD), st.text(ALPHABET, max_size=4)), max_size=30
).map("".join)


@settings(max_examples=1500)
@given(texts_with_odd_characters)
@example("راه\u200c های")
@example("می \u200cشود")
@example("کتاب\u200cمی شود")
@example("می 3 می ها")
@example("Cafe\u0301 ها")
@example("نمی\u200c\u200cشد ترین")
@example("3\u200e.ـ5 x/3.5 1.2.3 a3.5b ۱۳۹۰\u200cها")
@example("مسئـول هیئت‌ها و‌ووو اجزاء‌ها ئ")
@example("آ\u200c²")
@example("ئو\u200cئو و\u200cو ا\u200cء")
def test_index_text_is_the_tokens_of_the_long_road(text: str) -> None:
    assert index_text(text) == " ".join(token.text for token in tokens(text))


@given(texts)
def test_index_text_ignores_spelling_variants(text: str) -> None:
    assert index_text(text) == index_text(plainer(text))


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
def test_fts_sees_exactly_our_tokens(fts: sqlite3.Connection, text: str) -> None:
    assert fts_tokens(fts, text) == [t.text for t in tokens(text)]


@settings(deadline=None)
@given(texts)
@example("ئو\u200cئو")  # the pieces fold to و and و; joined, «وو» is و, as typed in a query
@example("ا\u200cء")  # joined, ء ends a word after ا and goes
def test_every_token_is_found_where_it_is(text: str) -> None:
    for token in tokens(text):
        covered = [(s, e) for s, e in parse_query(token.text).matches(text) if s <= token.start and token.end <= e]
        assert covered, token
        # The original spelling, typed as a query, means the same token.
        assert parse_query(text[token.start : token.end]).terms == (Term((token.text,), False),)


QUERY_PARTS = ["کابل", "هرات", "دانش*", "a*", "*", '"', "(", ")", "-", "AND", "OR", "NOT", "NEAR(", ","]
QUERY_PARTS += ["5", " ", "،", "ها", ZWNJ]
queries = st.lists(st.tuples(st.sampled_from(QUERY_PARTS), st.sampled_from(["", " ", " "])), max_size=14).map(
    lambda parts: "".join(part + gap for part, gap in parts)
)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(queries, st.booleans())
def test_any_query_is_an_error_or_valid_fts(fts: sqlite3.Connection, query: str, word_forms: bool) -> None:
    try:
        parsed = parse(query, word_forms)
    except QueryError as error:
        assert str(error)
        return
    assert parsed.terms
    fts_finds(fts, query, "کابل هرات دانشگاه", word_forms)  # raises if FTS5 rejects it

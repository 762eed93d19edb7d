"""The quick road to a snippet's hits (`hit_locator`) against the long one (every paragraph
tokenized, `services.search.first_paragraph_hits`): the same snippet, the same highlights."""

from __future__ import annotations

import contextlib
import random

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core import hit_locator
from reader.core.search_query import QueryError, parse_query
from reader.core.search_terms import ParsedQuery, Term
from reader.core.search_text import ZWNJ, tokens
from reader.services.search import SNIPPET_CONTEXT, SNIPPET_SLACK, first_paragraph_hits, snippet
from tests.core.test_search_text import ALPHABET, FRAGMENTS, ODD

REACH = SNIPPET_CONTEXT + SNIPPET_SLACK
FILLER = "در این گزارش آمده است که مردم و دولت باید با هم کار کنند. "


def long_road(query: ParsedQuery, text: str) -> tuple[tuple[int, int], ...]:
    """What the quick road must give: the first paragraph's hits, up to REACH past the first."""
    spans = first_paragraph_hits(query, text)
    return tuple(span for span in spans if span[0] <= spans[0][1] + REACH) if spans else ()


def assert_same(query: ParsedQuery, text: str) -> None:
    quick = hit_locator.snippet_hits(query, text, REACH)
    if quick is None:
        return
    assert quick == long_road(query, text)
    assert snippet(text, quick) == snippet(text, first_paragraph_hits(query, text))


def phrase(*words: str) -> ParsedQuery:
    return parse_query('"' + " ".join(words) + '"')


def test_a_word_deep_in_an_article() -> None:
    text = "عنوان خبر\n\n" + (FILLER * 12 + "\n\n") * 6 + FILLER * 5 + "کلاهبردارانه روش کار، " + FILLER * 3
    query = parse_query("کلاهبردارانه")
    spans = hit_locator.snippet_hits(query, text, REACH)
    assert spans == ((text.index("کلاهبردارانه"), text.index("کلاهبردارانه") + len("کلاهبردارانه")),)
    assert_same(query, text)
    # A clause longer than the stretch looked back over first: its start is found further back.
    long_clause = "مردم و دولت می خواهند " * 40 + "کلاهبردارانه ها را بگیرند"
    assert_same(query, long_clause)
    assert_same(parse_query("کلاهبردارانهها"), long_clause)
    assert hit_locator.snippet_hits(parse_query("کلاهبردارانه"), long_clause, REACH) == ()   # «… ها» joins it


def test_spellings_the_tokens_fold_together_are_found() -> None:
    for typed, written in [("مسول", "مسئول"), ("داود", "داوود"), ("رییس", "رئیس"), ("هیات", "هیئت"),
                           ("کتابها", "كتاب‌ها"), ("میشود", "مي شود"), ("اجزا", "اجزاء"), ("محمد", "مُحَمَّد"),
                           ("3٫5", "۳.۵"), ("راههای", "راه \u200cهای")]:
        text = f"{FILLER}{written} و دیگر\n\n{written}"
        query = parse_query(typed)
        assert hit_locator.snippet_hits(query, text, REACH) == long_road(query, text) != (), typed


def test_what_the_tokens_keep_apart_is_not_a_hit() -> None:
    # «5» is not the decimal «۳٫۵»; «راه» is not «راه‌های»; «شود» is not «می‌شود».
    for typed, written in [("5", "۳.۵"), ("راه", "راه‌های"), ("شود", "می شود"), ("کتاب", "کتابخانه")]:
        text = f"{FILLER}{written}، {FILLER}"
        assert hit_locator.snippet_hits(parse_query(typed), text, REACH) == (), typed


def test_a_phrase_runs_across_punctuation_but_not_across_paragraphs() -> None:
    text = f"{FILLER}گفت: مردم، دولت\n\nمردم\n\n{FILLER}مردم؛ دولت"
    query = phrase("مردم", "دولت")
    first = text.index("مردم،")
    assert hit_locator.snippet_hits(query, text, REACH)[0] == (first, text.index("دولت", first) + len("دولت"))
    assert_same(query, text)
    assert hit_locator.snippet_hits(phrase("دولت", "مردم"), text, REACH) == ()   # the paragraph break parts them


def test_a_phrase_running_on_past_a_clause_is_merged_with_the_hit_before_it() -> None:
    # «دولت، کار» is a phrase across the comma; it overlaps «مردم و دولت» and lengthens the first hit.
    text = "خبر امروز: مردم و دولت، کار و زندگی. " + FILLER
    query = parse_query('"مردم و دولت" OR "دولت کار"')
    first = text.index("مردم و دولت،")
    assert hit_locator.snippet_hits(query, text, REACH)[0] == (first, text.index("کار", first) + len("کار"))
    assert_same(query, text)
    # A phrase that starts in a clause before a hit there, and runs on past it, is the first hit.
    query = parse_query('"دولت مردم کار" OR مردم')
    assert hit_locator.snippet_hits(query, "دولت مردم، کار", REACH) == ((0, 14),)
    assert_same(query, "دولت مردم، کار")
    assert_same(parse_query('"دولت کار" OR دولت'), "دولت، کار")


def test_every_hit_near_the_first_and_none_beyond() -> None:
    text = "مردم " + "و " * 30 + "مردم " + "و " * 5 + "مردم " + "کار " * 80 + "مردم"
    query = parse_query("مردم")
    spans = hit_locator.snippet_hits(query, text, REACH)
    assert len(spans) == 3 and spans[-1][0] <= spans[0][1] + REACH
    assert_same(query, text)


def test_a_term_with_other_spellings() -> None:
    # A compound as the lexicon gives it: one term, written joined or apart.
    query = ParsedQuery('("بهگذر" OR "به گذر")', (Term(("بهگذر",), spellings=(("به", "گذر"),)),))
    text = f"{FILLER}به خانه رفت و به گذر رسید. بعد به‌گذر"
    spans = hit_locator.snippet_hits(query, text, REACH)
    assert spans[0][0] == text.index("به گذر")
    assert_same(query, text)


def test_the_long_road_for_what_does_not_fold_one_for_one_and_for_word_forms() -> None:
    assert hit_locator.snippet_hits(parse_query("cafe"), "Cafe\u0301 ها", REACH) is None   # a composed mark
    assert hit_locator.snippet_hits(parse_query("strasse"), "die Straße", REACH) is None   # ß is two letters
    forms = ParsedQuery('"_رفت"', (Term(("رفت",), lemmas=("رفت",)),), lemma=str)
    assert hit_locator.snippet_hits(forms, "رفتند", REACH) is None


def test_the_alphabet_learns_new_characters_up_to_its_limit() -> None:
    alphabet = hit_locator._Alphabet(limit=12)
    first = alphabet.patterns_for("کتاب خوب")
    assert first is not None and first.unknown.search("کتاب خوب") is None
    assert alphabet.patterns_for("کتاب") is first                 # nothing new: the same patterns
    assert alphabet.patterns_for("کتاب ها") is not first           # «ه» learnt: written anew
    assert alphabet.patterns_for("漢字仮名交じり文") is None        # past the limit: the long road
    marks = hit_locator._Alphabet()
    assert marks.patterns_for("Cafe\u0301") is None                # a mark composed with its letter
    assert marks.patterns_for("Cafe") is not None and marks.patterns_for("e\u0301") is None


def test_ordinary_news_text_takes_the_quick_road() -> None:
    assert hit_locator.snippet_hits(parse_query("دولت"), FILLER * 3 + "«کابل» ۱۴۰۳/۰۵/۱۲ (3.5%)", REACH) is not None


# ---------------------------------------------------------------------------------------------
# Properties: random text, queries cut from its own tokens (and a few that are not in it)

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS + ["\n\n", "، ", ". ", FILLER]), st.text(ALPHABET, max_size=5)), max_size=40
).map("".join)
odd_texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS + ODD + ["\n\n"]), st.text(ALPHABET, max_size=4)),
                     max_size=30).map("".join)


def queries_for(text: str, seed: int) -> list[ParsedQuery]:
    """Words, phrases and prefixes cut from the text's tokens, one term or two, and a stranger."""
    rng = random.Random(seed)
    words = [token.text for token in tokens(text)]
    made = [parse_query("پرستو")]
    for _ in range(4):
        if not words:
            break
        at = rng.randrange(len(words))
        cut = words[at : at + rng.randint(1, 3)]
        made.append(phrase(*cut))
        with contextlib.suppress(QueryError):   # a prefix must hold two letters
            made.append(parse_query(cut[0][: rng.randint(1, len(cut[0]))] + "*"))
        made.append(parse_query(f'"{cut[-1]}" OR "{rng.choice(words)}"'))
    return made


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 2**16))
@example("مسئول و‌ووو اجزاء‌ها\n\nمسئول", 1)
@example("3\u200e.ـ5 x/3.5 1.2.3 a3.5b ۱۳۹۰\u200cها", 2)
@example("راه\u200c های، می \u200cشود. نمی\u200c\u200cشد ترین", 3)
@example("ئو\u200cئو و\u200cو ا\u200cء", 4)
@example(FILLER * 2 + "ئو", 227)   # a hit whose token starts with a letter it folds away
def test_the_quick_road_agrees_with_the_long_one(text: str, seed: int) -> None:
    for query in queries_for(text, seed):
        assert_same(query, text)


@settings(max_examples=200, deadline=None)
@given(odd_texts, st.integers(0, 2**16))
def test_odd_characters_agree_or_take_the_long_road(text: str, seed: int) -> None:
    for query in queries_for(text, seed):
        assert_same(query, text)


def test_long_runs_of_gaps_do_not_make_the_pattern_slow() -> None:
    # Gaps are allowed between letters: a long run of them must not make the search backtrack for ever.
    text = "و" + (ZWNJ + " ") * 5000 + "ر" + FILLER
    assert hit_locator.snippet_hits(parse_query("ود"), text, REACH) == long_road(parse_query("ود"), text)
    # Nor a long run of what a token may begin with and fold away (a quadratic search took seconds).
    text = "\u0640" * 60_000 + "x " + FILLER
    assert hit_locator.snippet_hits(parse_query("کتابی"), text, REACH) == ()

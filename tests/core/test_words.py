"""Word and sentence spans: snapping selections, double- and triple-click targets."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import words
from reader.core.words import TextSegments, segment, segment_quick
from tests.conftest import REPO

ZWNJ = "\u200c"
FIRST = f"وزارت امور خارجه گفت: «راه{ZWNJ}های تازه{ZWNJ}ای» برای گفت{ZWNJ}وگو باز است؛ آیا نتیجه می{ZWNJ}دهد؟"
SECOND = "USA-SECURITY/ COVID-19 +93 ۱۴۰۲ 😂"
THIRD = "پاراگراف دوم اینجاست."
FOURTH = f"جمله{ZWNJ}ی دوم (Kabul، ۲۰۲۴)!"
ARTICLE = f"{FIRST} {SECOND}\n\n{THIRD} {FOURTH}"
PUNCTUATION = set("«»،؛؟!?.:()[]/+")

SEGMENTERS: list[Callable[[str], TextSegments]] = [segment, segment_quick]
both = pytest.mark.parametrize("seg", SEGMENTERS, ids=["hazm", "quick"])


@pytest.fixture(scope="module", autouse=True)
def _hazm_ready() -> None:
    words.preload()


def span_of(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def texts(seg: TextSegments, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [seg.text[s:e] for s, e in spans]


@both
def test_words_never_include_punctuation(seg) -> None:
    found = texts(seg(ARTICLE), seg(ARTICLE).words)
    assert found
    for word in found:
        assert not PUNCTUATION & set(word), word
        assert word[0].isalnum() and word[-1].isalnum(), word
    assert "😂" not in "".join(found)


@both
def test_zwnj_joins_one_word(seg) -> None:
    segments = seg(ARTICLE)
    word = span_of(ARTICLE, f"راه{ZWNJ}های")
    assert word in segments.words
    zwnj = ARTICLE.index(ZWNJ, word[0])
    for offset in (word[0], zwnj - 1, zwnj, zwnj + 1, word[1] - 1, word[1]):
        assert segments.word_at(offset) == word
    assert {"تازه\u200cای", "گفت\u200cوگو", "می\u200cدهد", "جمله\u200cی"} <= set(texts(segments, segments.words))


@both
def test_word_at_whitespace_and_punctuation_is_none(seg) -> None:
    segments = seg(ARTICLE)
    space = ARTICLE.index(" ")
    assert segments.word_at(space + 1) == (space + 1, space + 1 + len("امور"))
    assert segments.word_at(space) == (0, space)  # touching "وزارت" from the left
    quote = ARTICLE.index("«")
    assert segments.word_at(quote) is None
    assert segments.word_at(ARTICLE.index("؛") + 1) is None
    assert segments.word_at(len(ARTICLE) + 5) is None


def test_hazm_words_keep_verb_parts_apart_and_emoji_out() -> None:
    text = "گزارش گفته شده است که او رفته است.سلام😂خوب"
    found = texts(segment(text), segment(text).words)
    assert found == ["گزارش", "گفته", "شده", "است", "که", "او", "رفته", "است", "سلام", "خوب"]


def test_hazm_decides_on_mixed_tokens() -> None:
    segments = segment(SECOND)
    # hazm keeps a hyphenated name together and splits digits off; "/" and "+" are not words.
    assert texts(segments, segments.words) == ["USA-SECURITY", "COVID", "19", "93", "۱۴۰۲"]


@both
def test_snap_start_mid_word_extends_to_word_start(seg) -> None:
    segments = seg(ARTICLE)
    kharejeh = span_of(ARTICLE, "خارجه")
    goft = span_of(ARTICLE, "گفت")
    assert segments.snap(kharejeh[0] + 2, goft[1]) == (kharejeh[0], goft[1])


@both
def test_snap_end_mid_word_extends_to_word_end(seg) -> None:
    segments = seg(ARTICLE)
    omur = span_of(ARTICLE, "امور")
    kharejeh = span_of(ARTICLE, "خارجه")
    assert segments.snap(omur[0], kharejeh[0] + 1) == (omur[0], kharejeh[1])


@both
def test_snap_across_zwnj_covers_the_whole_word(seg) -> None:
    segments = seg(ARTICLE)
    word = span_of(ARTICLE, f"راه{ZWNJ}های")
    zwnj = ARTICLE.index(ZWNJ, word[0])
    assert segments.snap(zwnj - 1, zwnj + 2) == word
    assert segments.snap(zwnj, zwnj + 1) == word


@both
def test_snap_trims_whitespace_and_keeps_non_words(seg) -> None:
    segments = seg(ARTICLE)
    omur = span_of(ARTICLE, "امور")
    assert segments.snap(omur[0] - 1, omur[1] + 1) == omur
    quote = ARTICLE.index("«")
    assert segments.snap(quote, quote + 1) == (quote, quote + 1)  # a lone quotation mark
    space = ARTICLE.index(" ")
    assert segments.snap(space, space + 1) == (space, space + 1)
    assert segments.snap(omur[1] + 2, omur[0] + 1) == (omur[0], span_of(ARTICLE, "خارجه")[1])  # reversed


@both
def test_sentence_at_stays_inside_its_paragraph(seg) -> None:
    segments = seg(ARTICLE)
    third = span_of(ARTICLE, THIRD)
    fourth = span_of(ARTICLE, FOURTH)
    assert segments.sentence_at(third[0]) == third
    assert segments.sentence_at(third[1] - 1) == third
    assert segments.sentence_at(fourth[0] + 3) == fourth
    first = span_of(ARTICLE, FIRST)
    assert segments.sentence_at(first[0] + 10) == first
    second = span_of(ARTICLE, SECOND)
    assert segments.sentence_at(second[1]) == second  # at its end
    assert segments.sentence_at(second[1] + 1) is None  # the blank line between paragraphs
    for s, e in segments.sentences:
        assert "\n\n" not in ARTICLE[s:e]
    assert texts(segments, segments.sentences) == [FIRST, SECOND, THIRD, FOURTH]


SIMPLE_TEXTS = [
    "",
    "   \n\n ",
    "سلام",
    f"کتاب{ZWNJ}ها را خواندم. او می{ZWNJ}گوید که خوب است!",
    f"عنوان خبر\n\nدر کابل، باران آمد. آیا فردا هم می{ZWNJ}بارد؟\n\nپایان خبر.",
    "Kabul and Herat, 2024. Then ۱۴۰۳ came!",
    "«نقل قول» و (پرانتز) ؛ : ! ؟",
]


@pytest.mark.parametrize("text", SIMPLE_TEXTS)
def test_segment_and_quick_agree_on_simple_texts(text: str) -> None:
    assert segment(text) == segment_quick(text)


def test_segment_keeps_the_text_as_given() -> None:
    text = "  ي ك\u00a0كتاب\u200c  \t"  # Arabic letters, no-break space, trailing ZWNJ
    segments = segment(text)
    assert segments.text is text
    assert texts(segments, segments.words) == ["ي", "ك", "كتاب"]


class _RewritingTokenizer:
    """Stands in for a hazm configured to rewrite tokens, to check alignment survives it."""

    def tokenize(self, text: str) -> list[str]:
        rewrites = {"۱۴۰۲": "NUM4", "بود": "بود_خواهد", "تازه": "TAZE", "گفته": "گفته_شده_است"}
        return [rewrites.get(t, t) for t in text.split() if t not in {"شده", "است"}]


def test_rewritten_tokens_do_not_break_alignment(monkeypatch) -> None:
    real = words._load()
    monkeypatch.setattr(words, "_tokenizers", words._Tokenizers(_RewritingTokenizer(), real.sentences))
    # The literal NUM4 lies beyond the resync window, so the rewritten ۱۴۰۲ cannot match it.
    text = "USA-SECURITY سال ۱۴۰۲ گفته شده است که راه تازه بود" + " و" * 40 + " NUM4"
    segments = segment(text)
    expected = ["USA-SECURITY", "سال", "۱۴۰۲", "گفته", "شده", "است", "که", "راه", "تازه", "بود"]
    assert texts(segments, segments.words) == expected + ["و"] * 40 + ["NUM4"]


def test_preload_is_idempotent_and_thread_safe() -> None:
    threads = [threading.Thread(target=words.preload) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert words.hazm_loaded()
    assert words._load() is words._load()


def test_importing_words_does_not_import_hazm() -> None:
    probe = "import reader.core.words, sys; print('hazm' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


# --- properties ---------------------------------------------------------------------------

ALPHABET = (
    list("ابپتچخدرزسشکگلمنوهی") + ["\u064e", "\u0651", "\u0670"]  # letters and diacritics
    + list("abcXYZ") + list("019۱۲٫")
    + [ZWNJ, "\u200d"]
    + list(".،؛؟!«»()-/:_,+'\"")
    + [" ", " ", " ", "\n", "\t", "\u00a0"]
    + ["😂", "❤", "\ufe0f"]
)
random_texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=80)
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def check_spans(text: str, spans: tuple[tuple[int, int], ...]) -> None:
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        previous_end = end


@both
@settings(deadline=None, max_examples=300)
@given(text=random_texts)
def test_spans_are_sound(seg, text: str) -> None:
    segments = seg(text)
    check_spans(text, segments.words)
    check_spans(text, segments.sentences)
    for start, end in segments.words:
        word = text[start:end]
        assert not any(ch.isspace() for ch in word), repr(word)
        assert word[0].isalnum(), repr(word)  # hence never punctuation only
    for start, end in segments.sentences:
        sentence = text[start:end]
        assert not sentence[0].isspace() and not sentence[-1].isspace()
        assert not PARAGRAPH_BREAK.search(sentence)


@both
@settings(deadline=None, max_examples=300)
@given(data=st.data())
def test_snap_contains_selection_and_is_idempotent(seg, data: st.DataObject) -> None:
    text = data.draw(random_texts)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    start, end = min(a, b), max(a, b)
    segments = seg(text)
    snapped = segments.snap(start, end)
    s, e = snapped
    assert 0 <= s <= e <= len(text)
    assert segments.snap(s, e) == snapped
    selected = text[start:end]
    if selected.strip():
        first = start + len(selected) - len(selected.lstrip())
        last_end = start + len(selected.rstrip())
        assert s <= first and e >= last_end
    if start < end and any(ws < end and we > start for ws, we in segments.words):
        # Snapped ends never cut a word.
        for ws, we in segments.words:
            assert not ws < s < we and not ws < e < we


@both
@settings(deadline=None)
@given(data=st.data())
def test_word_at_finds_the_word_around_an_offset(seg, data: st.DataObject) -> None:
    text = data.draw(random_texts)
    offset = data.draw(st.integers(0, len(text)))
    segments = seg(text)
    found = segments.word_at(offset)
    inside = [w for w in segments.words if w[0] <= offset <= w[1]]
    if found is None:
        assert inside == []
    else:
        assert found in inside
        if any(w[0] <= offset < w[1] for w in inside):
            assert found[0] <= offset < found[1]  # containing beats touching


def test_resync_never_cuts_a_token_out_of_a_word() -> None:
    # hazm's «XYZ» is nowhere in the text; the «و» after it must be the word «و», not the «و» of «بود».
    text = "راه بود و خانه"
    placed = words._align(text, ["راه", "XYZ", "و", "خانه"], 0, len(text))
    assert [(text[s:e].strip(), found) for s, e, found in placed] == [("راه", True), ("بود", False), ("و", True), ("خانه", True)]
    # ... nor the start of a longer word: «وزارت» is not the word «و».
    text = "راه وزارت و"
    placed = words._align(text, ["راه", "XYZ", "و"], 0, len(text))
    assert [(text[s:e].strip(), found) for s, e, found in placed] == [("راه", True), ("وزارت", False), ("و", True)]


# --- sentence rules (issue 14): our own sentences, each showing one rule ----------------------

SENTENCE_CASES = [
    # an end inside a closing quote: split after the quote
    (f"مادرم گفت: «ما هیچ کاری نکردیم.» جوابم را نمی{ZWNJ}دهد.",
     ["مادرم گفت: «ما هیچ کاری نکردیم.»", f"جوابم را نمی{ZWNJ}دهد."]),
    ("او پرسید: «چرا رفتی؟» و ساکت ماند.", ["او پرسید: «چرا رفتی؟»", "و ساکت ماند."]),
    ("(این بار دوم بود.) بعد همه رفتند.", ["(این بار دوم بود.)", "بعد همه رفتند."]),
    # «و ...» is "etc."
    ("سیب، انار و ... را خریدیم. بعد رفتیم.", ["سیب، انار و ... را خریدیم.", "بعد رفتیم."]),
    ("کتاب، دفتر و… در کیف بود.", ["کتاب، دفتر و… در کیف بود."]),
    # an embedded question followed by the sentence's own verb of saying
    (f"وی با بیان اینکه روشن نیست طرح اجرا می{ZWNJ}شود یا خیر؟ خاطرنشان کرد: باید صبر کرد.",
     [f"وی با بیان اینکه روشن نیست طرح اجرا می{ZWNJ}شود یا خیر؟ خاطرنشان کرد: باید صبر کرد."]),
    ("او با اشاره به اینکه چه باید کرد؟ تصریح کرد که راهی نیست.",
     ["او با اشاره به اینکه چه باید کرد؟ تصریح کرد که راهی نیست."]),
    ("آیا او می‌آید؟ گفت‌وگو ادامه دارد.", ["آیا او می‌آید؟", "گفت‌وگو ادامه دارد."]),
    # spaced abbreviations and initials
    ("نشست ساعت ۹ ق. ظ. آغاز شد. م. احمدی سخن گفت.", ["نشست ساعت ۹ ق. ظ. آغاز شد.", "م. احمدی سخن گفت."]),
    ("The U.S. Army left Kabul. Dr. Karimi stayed.", ["The U.S. Army left Kabul.", "Dr. Karimi stayed."]),
    # an enumerator is not a sentence
    ("۱. نخست اینکه ما آمدیم. ۲. دوم اینکه ماندیم.", ["۱. نخست اینکه ما آمدیم.", "۲. دوم اینکه ماندیم."]),
    # hazm's ordinary ends still hold
    ("آیا فردا باران می‌بارد؟ نمی‌دانم! شاید.", ["آیا فردا باران می‌بارد؟", "نمی‌دانم!", "شاید."]),
]


@both
@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentence_rules(seg, text: str, expected: list[str]) -> None:
    segments = seg(text)
    assert texts(segments, segments.sentences) == expected


@both
def test_decimals_are_one_word(seg) -> None:
    text = "نرخ ۲٫۵ درصد و 3/5 برابر و ۱٬۲۰۰ نفر در ساعت 12:30 بود"
    found = texts(seg(text), seg(text).words)
    for number in ("۲٫۵", "3/5", "۱٬۲۰۰", "12:30"):
        assert number in found


def test_sentence_spans_are_segments_sentences() -> None:
    text = f"{FIRST} {SECOND}\n\n{THIRD} {FOURTH}\n\n" + SENTENCE_CASES[0][0]
    assert words.sentence_spans(text) == segment(text).sentences

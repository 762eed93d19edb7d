"""Re-anchoring annotations into a re-imported article: the three rules, orphans, and properties."""

import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.core.anchoring import CONTEXT, Anchor, Placement, make_anchor, reanchor, reanchor_all
from reader.core.edit_distance import Pattern

ZWNJ = "\u200c"
PRAY = "\U0001f64f"  # 🙏
NEWS = "\U0001f4f0"  # 📰

S1 = f"سخنگوی وزارت امور خارجه روز دوشنبه گفت که گزارش{ZWNJ}ها درباره توقف مذاکرات نادرست است."
S2 = f"به گفته منابع محلی، دست{ZWNJ}کم ده خانواده از روستاهای مرزی به شهر پناه برده{ZWNJ}اند {PRAY}."
S3 = f"سازمان UNAMA در اعلامیه{ZWNJ}ای تأکید کرد که برنامه{ZWNJ}های آموزشی دختران ادامه خواهد یافت."
S4 = f"کارشناسان می{ZWNJ}گویند کاهش بارندگی، کشاورزان ولسوالی{ZWNJ}های جنوبی را با مشکل جدی روبه{ZWNJ}رو کرده است."
S5 = f"بانک مرکزی گفت که ارزش پول ملی در برابر دالر امریکایی ثابت مانده است {NEWS}."
ARTICLE = " ".join([S1, S2, S3, S4, S5])


def anchor_on(text: str, quote: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return make_anchor(text, start, start + len(quote))


def span_of(text: str, quote: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def occurrences(text: str, quote: str) -> list[int]:
    hits, at = [], text.find(quote)
    while at >= 0:
        hits.append(at)
        at = text.find(quote, at + 1)
    return hits


# --- make_anchor -------------------------------------------------------------------------------


def test_make_anchor_keeps_quote_and_context() -> None:
    quote = f"گزارش{ZWNJ}ها درباره توقف"
    anchor = anchor_on(ARTICLE, quote)
    start = ARTICLE.index(quote)
    assert anchor == Anchor(
        start,
        start + len(quote),
        quote,
        ARTICLE[start - CONTEXT : start],
        ARTICLE[start + len(quote) : start + len(quote) + CONTEXT],
    )
    assert len(anchor.prefix) == len(anchor.suffix) == CONTEXT


def test_make_anchor_context_stops_at_the_edges() -> None:
    anchor = make_anchor("سلام دنیا", 0, 4, context=10)
    assert (anchor.prefix, anchor.exact, anchor.suffix) == ("", "سلام", " دنیا")


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (4, 2), (0, 101), (100, 101)])
def test_make_anchor_rejects_bad_spans(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        make_anchor("ک" * 100, start, end)


# --- table tests, one per rule -------------------------------------------------------------------


def test_unchanged_text_keeps_the_position() -> None:
    anchor = anchor_on(ARTICLE, f"پناه برده{ZWNJ}اند {PRAY}")
    assert reanchor(anchor, ARTICLE) == Placement(anchor.start, anchor.end, "position", 1.0)


def test_same_offsets_with_new_text_around_a_unique_quote_keep_the_position() -> None:
    quote = "UNAMA در اعلامیه"
    anchor = anchor_on(ARTICLE, quote)
    # Same length replacement just before the quote: the quote is still unique, so the old
    # offsets stand even though the prefix changed.
    new = ARTICLE[: anchor.start - 12] + "x" * 12 + ARTICLE[anchor.start :]
    assert reanchor(anchor, new) == Placement(anchor.start, anchor.end, "position", 1.0)


def test_text_inserted_before_the_quote_shifts_it() -> None:
    quote = "ارزش پول ملی در برابر دالر"
    anchor = anchor_on(ARTICLE, quote)
    new = "خبر فوری: COVID-19 " + ARTICLE
    assert reanchor(anchor, new) == Placement(*span_of(new, quote), "exact", 1.0)


def test_a_moved_quote_is_found_at_its_new_place() -> None:
    anchor = anchor_on(ARTICLE, S3)
    new = " ".join([S1, S2, S4, S5, "گزارش تکمیلی:", S3])
    assert reanchor(anchor, new) == Placement(*span_of(new, S3), "exact", 1.0)


REPEATED = "این خبر را تأیید کرد."


def _two_copies() -> str:
    return " ".join([S1, "وزارت دفاع", REPEATED, S2, S3, "شورای ولایتی کابل", REPEATED, S4])


def test_a_repeated_sentence_goes_to_the_copy_whose_context_matches() -> None:
    text = _two_copies()
    anchor = anchor_on(text, REPEATED, occurrence=1)
    new = "به روز شده 🙂 " + text.replace(S2, S2 + " " + S5)
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end, placement.method) == (*span_of(new, REPEATED, occurrence=1), "exact")


def test_a_repeated_sentence_follows_its_context_when_paragraphs_are_reordered() -> None:
    text = _two_copies()
    anchor = anchor_on(text, REPEATED, occurrence=0)  # after "وزارت دفاع", before S2
    new = " ".join([S4, "شورای ولایتی کابل", REPEATED, S3, S1, "وزارت دفاع", REPEATED, S2])
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end, placement.method) == (*span_of(new, REPEATED, occurrence=1), "exact")


def test_a_repeated_sentence_with_identical_context_is_an_orphan() -> None:
    block = " ".join([S1, REPEATED, S2])
    text = " ".join([block, S3, block, S4])
    anchor = anchor_on(text, REPEATED, occurrence=1)
    assert reanchor(anchor, "مقدمه: " + text) is None
    assert reanchor(anchor, "مقدمه: " + text.replace(S4, S5)) is None


def test_a_word_edited_inside_the_quote_is_found_fuzzily() -> None:
    quote = "ارزش پول ملی در برابر دالر امریکایی ثابت مانده است"
    anchor = anchor_on(ARTICLE, quote)
    edited = quote.replace("ثابت", "پایدار")
    new = "گزارش Reuters: " + ARTICLE.replace(quote, edited)
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end, placement.method) == (*span_of(new, edited), "fuzzy")
    assert 0.75 <= placement.score < 1.0


def test_a_word_edited_at_the_end_of_the_quote_keeps_whole_words() -> None:
    quote = f"کشاورزان ولسوالی{ZWNJ}های جنوبی"
    anchor = anchor_on(ARTICLE, quote)
    edited = f"کشاورزان ولسوالی{ZWNJ}های شمالی"
    new = ARTICLE.replace(quote, edited)
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end, placement.method) == (*span_of(new, edited), "fuzzy")


def test_a_long_word_replaced_at_the_edge_does_not_swallow_the_next_word() -> None:
    text = (
        "دولت برای تشویق روستاییان در زمینه کشاورزی تولید محصولات داخلی را افزایش داد"
        f" و گفت که برنامه{ZWNJ}های تازه{ZWNJ}ای در راه است."
    )
    quote = "تشویق روستاییان در زمینه کشاورزی"
    anchor = anchor_on(text, quote)
    new = text.replace("کشاورزی", PRAY)
    placement = reanchor(anchor, new)
    assert placement is not None
    assert new[placement.start : placement.end] == f"تشویق روستاییان در زمینه {PRAY}"


@pytest.mark.parametrize(
    ("quote", "word", "replacement", "found"),
    [
        ("را با مشکل جدی", "را", "باعث", "باعث با مشکل جدی"),
        ("با مشکل جدی روبه", "با", "همراه", "همراه مشکل جدی روبه"),
        ("ارزش پول ملی در", "در", "نسبت", "ارزش پول ملی نسبت"),
        ("ارزش پول ملی در", "ارزش", "ثبات", "ثبات پول ملی در"),
    ],
)
def test_a_word_replaced_at_the_edge_is_taken_whole(quote: str, word: str, replacement: str, found: str) -> None:
    anchor = anchor_on(ARTICLE, quote)
    new = ARTICLE.replace(quote, quote.replace(word, replacement, 1))
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end) == span_of(new, found)


def test_an_edit_that_fuses_the_quote_with_the_next_word_still_finds_it() -> None:
    text = "کابل اقتصاد گفت خبرنگار کابل"
    anchor = make_anchor(text, 0, 24)  # ends with the blank before the last word
    new = text[:23] + "ا" + text[24:]  # ... which an edit turned into a letter
    placement = reanchor(anchor, new)
    assert placement is not None and placement.start == 0


def test_same_offsets_holding_another_copy_give_way_to_the_copy_with_the_right_context() -> None:
    before = "در نشست خبری امروز در کابل، "
    text = before + REPEATED + " " + S2
    anchor = anchor_on(text, REPEATED)
    other = "x" * len(before)  # a different copy now sits exactly at the old offsets
    new = other + REPEATED + " " + S5 + " " + text
    assert new[anchor.start : anchor.end] == REPEATED
    assert reanchor(anchor, new) == Placement(*span_of(new, REPEATED, occurrence=1), "exact", 1.0)


def test_two_copies_edited_alike_with_identical_context_are_an_orphan() -> None:
    block = " ".join([S1, REPEATED, S2])
    text = " ".join([block, S3, block, S4])
    anchor = anchor_on(text, REPEATED, occurrence=0)
    new = text.replace("تأیید", "تکذیب")
    assert reanchor(anchor, new) is None


def test_a_re_import_that_normalizes_letters_and_zwnj_everywhere_keeps_annotations() -> None:
    # The old import kept Arabic-keyboard letters and ZWNJ; the new one writes Persian letters
    # and plain spaces, inside the quote and all around it.
    old = (
        f"به گزارش خبرگزاري ها، كارشناسان مي{ZWNJ}گويند كه برنامه{ZWNJ}هاي توسعه{ZWNJ}اي "
        f"در ولايت{ZWNJ}هاي شمالي كشور با مشكل جدي روبرو شده{ZWNJ}اند و كمك{ZWNJ}ها نرسيده است."
    )
    new = old.replace("ي", "ی").replace("ك", "ک").replace(ZWNJ, " ")
    quote = f"برنامه{ZWNJ}هاي توسعه{ZWNJ}اي در ولايت{ZWNJ}هاي شمالي كشور"
    anchor = anchor_on(old, quote)
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end, placement.method) == (anchor.start, anchor.end, "fuzzy")
    assert placement.score >= 0.9


def test_a_deleted_quote_is_an_orphan() -> None:
    anchor = anchor_on(ARTICLE, "برنامه" + ZWNJ + "های آموزشی دختران ادامه خواهد یافت")
    new = ARTICLE.replace(S3 + " ", "")
    assert reanchor(anchor, new) is None


@pytest.mark.parametrize(
    ("quote", "changed"),
    [
        (f"کارشناسان می{ZWNJ}گویند کاهش بارندگی", "کارشناسان می گویند کاهش بارندگی"),
        ("ثابت مانده است", f"ثابت{ZWNJ}مانده است"),
        ("دالر امریکایی ثابت", "دالر امريکايي ثابت"),
        (f"پناه برده{ZWNJ}اند {PRAY}", f"پناه  برده{ZWNJ}اند {PRAY}"),
        ("سازمان UNAMA در", "سازمان unama در"),
    ],
)
def test_spacing_zwnj_and_spelling_changes_inside_the_quote_are_fuzzy(quote: str, changed: str) -> None:
    anchor = anchor_on(ARTICLE, quote)
    new = "پیش از خبر 🌍 " + ARTICLE.replace(quote, changed)
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end, placement.method) == (*span_of(new, changed), "fuzzy")
    assert placement.score >= 0.9


def test_a_verbatim_copy_elsewhere_does_not_steal_an_edited_quote() -> None:
    sentence = "نمایندگان پارلمان خواستار تحقیق مستقل درباره قرارداد انتقال برق شدند"
    text = " ".join([S1, S2, sentence + ".", S3, S4, "در همین حال،", sentence + " و", S5])
    anchor = anchor_on(text, sentence, occurrence=1)
    edited = sentence.replace("مستقل", "بی‌طرفانه")
    new = text[: anchor.start] + edited + text[anchor.end :]
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end, placement.method) == (anchor.start, anchor.start + len(edited), "fuzzy")


def test_a_quote_rewritten_beyond_recognition_is_an_orphan() -> None:
    quote = "دالر امریکایی ثابت مانده"
    anchor = anchor_on(ARTICLE, quote)
    assert reanchor(anchor, ARTICLE.replace(quote, "یورو اروپایی سقوط کرده")) is None


def test_min_score_decides_how_much_change_is_accepted() -> None:
    quote = "ارزش پول ملی در برابر دالر"
    anchor = anchor_on(ARTICLE, quote)
    new = ARTICLE.replace("پول ملی", "افغانی")
    assert reanchor(anchor, new, min_score=0.99) is None
    loose = reanchor(anchor, new, min_score=0.5)
    assert loose is not None and loose.method == "fuzzy"
    assert loose.start == new.index("ارزش افغانی")


def test_reanchor_all_agrees_with_reanchor() -> None:
    quotes = [f"گزارش{ZWNJ}ها درباره", "پناه برده", "UNAMA", "کاهش بارندگی", "ثابت مانده است", S3, "ده خانواده"]
    anchors = [anchor_on(ARTICLE, q) for q in quotes]
    new = "سرخط 📰 " + ARTICLE.replace("کاهش", "افزایش").replace(S3, "").replace("ده", "دو")
    assert reanchor_all(anchors, new) == [reanchor(a, new) for a in anchors]
    assert reanchor_all([], new) == []


# --- properties ---------------------------------------------------------------------------------

ALPHABET = list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀآأؤئ۰۱۲۳۴۵") + [ZWNJ, " ", " ", ".", "،", "\n"]
ALPHABET += list("abcXYZ19") + [PRAY, NEWS, "\U0001f1e6", "\U0001f1eb"]  # 🇦🇫 is two code points
WORDS = [
    "کابل",
    "هرات",
    "وزارت",
    "اقتصاد",
    "گفت",
    "که",
    "در",
    "از",
    "به",
    "با",
    "را",
    f"می{ZWNJ}شود",
    f"گزارش{ZWNJ}ها",
    "خبرنگار",
    "سازمان",
    "ملل",
    "مذاکرات",
    "ولسوالی",
    "دختران",
    "آموزشی",
    "برق",
    "۱۴۰۳",
    "UNAMA",
    "Taliban",
    "COVID-19",
    PRAY,
    NEWS,
    "،",
    ".",
]
FAST = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
GAP = 3  # edits "outside" the quote stay this far away from it


@st.composite
def texts_and_spans(draw: st.DrawFn, min_quote: int = 1) -> tuple[str, int, int]:
    if draw(st.booleans()):
        text = draw(st.text(alphabet=st.sampled_from(ALPHABET), min_size=max(1, min_quote), max_size=300))
    else:
        text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80)))
    assume(len(text) >= min_quote)
    start = draw(st.integers(0, len(text) - min_quote))
    end = draw(st.integers(start + max(1, min_quote), min(len(text), start + max(1, min_quote) + 60)))
    return text, start, end


@given(texts_and_spans())
@FAST
def test_property_unchanged_text_keeps_every_span(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert reanchor(make_anchor(text, start, end), text) == Placement(start, end, "position", 1.0)


def snippet() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
    chars = st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=20)
    return st.one_of(words, chars)


@st.composite
def outside_edits(draw: st.DrawFn, text: str, start: int, end: int) -> tuple[str, int]:
    """Insertions and deletions at least GAP characters away from [start, end): new text and the
    quote's shift."""
    before = start - GAP  # edits in text[:before] shift the quote
    after = end + GAP  # edits in text[after:] do not
    pieces_before, pieces_after = text[: max(0, before)], text[start - min(GAP, start) : min(len(text), after)]
    tail = text[min(len(text), after) :]
    for _ in range(draw(st.integers(1, 3))):
        side = draw(st.sampled_from(["before", "after"]))
        region = pieces_before if side == "before" else tail
        if side == "before" and before < 0:
            continue
        at = draw(st.integers(0, len(region)))
        if draw(st.booleans()) and at < len(region):
            cut = draw(st.integers(at + 1, min(len(region), at + 30)))
            region = region[:at] + region[cut:]
        else:
            region = region[:at] + draw(snippet()) + region[at:]
        if side == "before":
            pieces_before = region
        else:
            tail = region
    shift = len(pieces_before) - max(0, before)
    return pieces_before + pieces_after + tail, shift


@given(st.data())
@FAST
def test_property_edits_outside_the_quote_shift_it(data: st.DataObject) -> None:
    text, start, end = data.draw(texts_and_spans())
    new, shift = data.draw(outside_edits(text, start, end))
    anchor = make_anchor(text, start, end)
    assert new[start + shift : end + shift] == anchor.exact
    assume(len(occurrences(new, anchor.exact)) == 1)
    placement = reanchor(anchor, new)
    assert placement is not None
    assert (placement.start, placement.end) == (start + shift, end + shift)
    assert placement.method in ("position", "exact")
    assert placement.score == 1.0


@st.composite
def inside_edits(draw: st.DrawFn, quote: str) -> str:
    """One or two single-character edits strictly inside the quote."""
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(1, len(quote) - 1))
        kind = draw(st.sampled_from(["replace", "insert", "delete"]))
        char = draw(st.sampled_from(ALPHABET))
        if kind == "replace":
            quote = quote[:at] + char + quote[at + 1 :]
        elif kind == "insert":
            quote = quote[:at] + char + quote[at:]
        elif len(quote) > 2:
            quote = quote[:at] + quote[at + 1 :]
    return quote


@given(st.data())
@FAST
def test_property_edits_inside_the_quote_never_land_elsewhere(data: st.DataObject) -> None:
    text, start, end = data.draw(texts_and_spans(min_quote=10))
    anchor = make_anchor(text, start, end)
    edited = data.draw(inside_edits(anchor.exact))
    new = text[:start] + edited + text[end:]
    # A verbatim copy of the old quote elsewhere is rule 2's business, not this property's.
    assume(all(hit == start for hit in occurrences(new, anchor.exact)))
    placement = reanchor(anchor, new)
    if placement is not None:
        assert placement.start < start + len(edited) and start < placement.end, (placement, start, edited)


@st.composite
def twin_copies(draw: st.DrawFn) -> tuple[str, int, int, int]:
    """A text holding one block (context + quote + context) twice; the quote's two starts."""
    words = st.lists(st.sampled_from(WORDS), min_size=0, max_size=20).map(" ".join)
    left = draw(st.text(alphabet=st.sampled_from(ALPHABET), min_size=CONTEXT, max_size=CONTEXT + 20))
    quote = draw(st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=40))
    right = draw(st.text(alphabet=st.sampled_from(ALPHABET), min_size=CONTEXT, max_size=CONTEXT + 20))
    head, middle, tail = draw(words), draw(words), draw(words)
    block = left + quote + right
    text = head + block + middle + block + tail
    first = len(head) + len(left)
    second = len(head) + len(block) + len(middle) + len(left)
    return text, first, second, len(quote)


@given(twin_copies(), st.booleans(), snippet())
@FAST
def test_property_identical_copies_are_never_guessed(
    case: tuple[str, int, int, int], use_second: bool, inserted: str
) -> None:
    text, first, second, size = case
    start = second if use_second else first
    anchor = make_anchor(text, start, start + size)
    # Text added at the end moves nothing: the annotation stays exactly where it was.
    assert reanchor(anchor, text + inserted) == Placement(start, start + size, "position", 1.0)
    # Text added at the start moves both copies alike: nothing can tell them apart any more.
    # Only when the shift puts an identical copy on the old offsets (periodic text) does rule 1
    # keep those offsets, where the text is indistinguishable from before.
    shifted = inserted + text
    placement = reanchor(anchor, shifted)
    if shifted[start : start + size] == anchor.exact and placement is not None:
        assert placement == Placement(start, start + size, "position", 1.0)
    else:
        assert placement is None


def textbook_distances(pattern: str, text: str, anchored: bool) -> list[int]:
    """The dynamic-programming table, column by column: what the bit-parallel version must equal."""
    column = list(range(len(pattern) + 1))
    out = []
    for j, ch in enumerate(text, 1):
        new = [j if anchored else 0]
        for i, p in enumerate(pattern, 1):
            new.append(min(column[i] + 1, new[i - 1] + 1, column[i - 1] + (p != ch)))
        out.append(new[-1])
        column = new
    return out


SMALL_ALPHABET = st.sampled_from(ALPHABET[:12] + [ZWNJ, " ", PRAY])  # small, so strings share characters


@given(st.text(alphabet=SMALL_ALPHABET, min_size=1, max_size=80), st.text(alphabet=SMALL_ALPHABET, max_size=60))
@FAST
def test_property_edit_distance_matches_the_textbook_table(pattern: str, text: str) -> None:
    prepared = Pattern(pattern)  # every re-anchoring score rests on it
    assert prepared.prefix_distances(text) == textbook_distances(pattern, text, anchored=True)
    assert prepared.search(text) == textbook_distances(pattern, text, anchored=False)
    assert prepared.distance(text) == (textbook_distances(pattern, text, anchored=True) or [len(pattern)])[-1]


@given(st.data())
@FAST
def test_property_one_edit_inside_a_longer_quote_is_found(data: st.DataObject) -> None:
    text, start, end = data.draw(texts_and_spans(min_quote=20))
    anchor = make_anchor(text, start, end)
    at = data.draw(st.integers(1, len(anchor.exact) - 1))
    edited = anchor.exact[:at] + data.draw(st.sampled_from(ALPHABET)) + anchor.exact[at + 1 :]
    new = text[:start] + edited + text[end:]
    assume(all(hit == start for hit in occurrences(new, anchor.exact)))
    placement = reanchor(anchor, new)
    assert placement is not None
    assert placement.start < start + len(edited) and start < placement.end


def test_reanchor_all_on_a_long_article_with_scattered_edits() -> None:
    """Speed is measured in benchmarks/; here the long case must simply come out right."""
    rng = random.Random(1404)
    vocabulary = [w for sentence in (S1, S2, S3, S4, S5) for w in sentence.split()]
    text = " ".join(rng.choice(vocabulary) for _ in range(12_000))[:50_000]
    anchors = [make_anchor(text, s, s + 20 + s % 40) for s in range(0, len(text) - 100, len(text) // 1000)]
    new = "مقدمه تازه. " + text[:20_000] + " جمله افزوده. " + text[20_000:]
    placements = reanchor_all(anchors, new)
    assert placements == [reanchor(a, new) for a in anchors]
    placed = [(a, p) for a, p in zip(anchors, placements, strict=True) if p is not None]
    assert len(placed) >= len(anchors) * 0.9
    for anchor, placement in placed:
        assert new[placement.start:placement.end] == anchor.exact

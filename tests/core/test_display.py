import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.display import _NEUTRAL, _RUN, _WORD, LRI, PDI, DisplayText, build_display_text, utf16_len

FLAG = "\U0001f1e6\U0001f1eb"  # 🇦🇫: two code points, four UTF-16 units
PRAY = "\U0001f64f"  # 🙏
ZWNJ = "\u200c"


def runs_of(display: DisplayText) -> list[str]:
    return [display.source[start:end] for start, end in display.isolated_runs]


def unit_at(display: DisplayText, position: int) -> str:
    """The UTF-16 unit at position, decoded on its own when it is a BMP character."""
    data = display.text.encode("utf-16-le")
    return data[2 * position : 2 * position + 2].decode("utf-16-le", errors="surrogatepass")


def char_at(display: DisplayText, position: int) -> str:
    data = display.text.encode("utf-16-le")
    first = int.from_bytes(data[2 * position : 2 * position + 2], "little")
    width = 2 if 0xD800 <= first < 0xDC00 else 1
    return data[2 * position : 2 * (position + width)].decode("utf-16-le")


@pytest.mark.parametrize(
    ("source", "runs", "text"),
    [
        ("مقام USA-SECURITY/ گفت", ["USA-SECURITY/"], f"مقام {LRI}USA-SECURITY/{PDI} گفت"),
        (
            "با شماره +93 700 000 000 تماس",
            ["+93 700 000 000"],
            f"با شماره {LRI}+93 700 000 000{PDI} تماس",
        ),
        ("سازمان UNAMA گفت.", ["UNAMA"], f"سازمان {LRI}UNAMA{PDI} گفت."),
        ("COVID-19 و WHO", ["COVID-19", "WHO"], f"{LRI}COVID-19{PDI} و {LRI}WHO{PDI}"),
        ("در سال 2023.", ["2023"], f"در سال {LRI}2023{PDI}."),
        (
            "او گفت: Taliban said no, he said. پایان",
            ["Taliban said no, he said"],
            f"او گفت: {LRI}Taliban said no, he said{PDI}. پایان",
        ),
        ("رشد 45% بود", ["45%"], f"رشد {LRI}45%{PDI} بود"),
        ("ایمیل @UNAMAnews و #Kabul", ["@UNAMAnews", "#Kabul"], f"ایمیل {LRI}@UNAMAnews{PDI} و {LRI}#Kabul{PDI}"),
        # A lone "+" or "@" not followed by ASCII starts nothing.
        ("+ و @ و +۹۳", [], "+ و @ و +۹۳"),
        ("سال ۲۰۲۳ و ٢٠٢٣", [], "سال ۲۰۲۳ و ٢٠٢٣"),
        # Two spaces break a run; a newline always does.
        ("AB  CD", ["AB", "CD"], f"{LRI}AB{PDI}  {LRI}CD{PDI}"),
        ("AB\nCD", ["AB", "CD"], f"{LRI}AB{PDI}\n{LRI}CD{PDI}"),
        ("José Núñez آمد", ["José Núñez"], f"{LRI}José Núñez{PDI} آمد"),
        ("خبرگزاری Taliban’s آمد", ["Taliban’s"], f"خبرگزاری {LRI}Taliban’s{PDI} آمد"),
        # Brackets opened and closed outside the run stay outside and pair up in RTL.
        ("سازمان ملل (UN) گفت", ["UN"], f"سازمان ملل ({LRI}UN{PDI}) گفت"),
        # An unbalanced bracket takes its partner in with it.
        ("خبرگزاری Reuters (UK) گفت", ["Reuters (UK)"], f"خبرگزاری {LRI}Reuters (UK){PDI} گفت"),
        ("خبر (AFP) Kabul آمد", ["(AFP) Kabul"], f"خبر {LRI}(AFP) Kabul{PDI} آمد"),
        ("نیم‌فاصله", [], "نیم‌فاصله"),
        ("", [], ""),
    ],
)
def test_rtl_runs_and_text(source: str, runs: list[str], text: str) -> None:
    display = build_display_text(source, "rtl")
    assert runs_of(display) == runs
    assert display.text == text


def test_runs_are_code_point_spans() -> None:
    display = build_display_text("مقام USA-SECURITY/ گفت", "rtl")
    assert display.isolated_runs == ((5, 18),)


def test_ltr_inserts_nothing() -> None:
    source = "Taliban said 2023 مقام USA/"
    display = build_display_text(source, "ltr")
    assert display.text == source
    assert display.isolated_runs == ()
    assert [display.to_display(o) for o in range(len(source) + 1)] == list(range(len(source) + 1))


def test_unknown_direction_is_refused() -> None:
    with pytest.raises(ValueError):
        build_display_text("abc", "auto")


def test_utf16_len() -> None:
    assert utf16_len(FLAG) == 4
    assert len(FLAG) == 2
    assert utf16_len(PRAY) == 2
    assert utf16_len(ZWNJ) == 1
    assert utf16_len(f"a{PRAY}ب") == 4
    assert utf16_len("") == 0


def test_emoji_positions() -> None:
    source = f"سلام {FLAG} و {PRAY}!"
    display = build_display_text(source, "rtl")
    assert display.text == source
    # Offsets: س0 ل1 ا2 م3 space4 flag5,6 space7 و8 space9 pray10 !11 end12
    expected = [0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 14, 15]
    assert [display.to_display(o) for o in range(len(source) + 1)] == expected
    # Positions 6, 8 and 13 fall inside a surrogate pair and round down.
    assert [display.to_source(p) for p in range(16)] == [0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 8, 9, 10, 10, 11, 12]


def test_zwnj_is_one_unit_and_never_isolated() -> None:
    source = f"می{ZWNJ}شود ABC{ZWNJ}DEF"
    display = build_display_text(source, "rtl")
    assert runs_of(display) == ["ABC", "DEF"]
    assert display.text == f"می{ZWNJ}شود {LRI}ABC{PDI}{ZWNJ}{LRI}DEF{PDI}"
    assert display.to_display(2) == 2
    assert display.to_display(3) == 3


def test_boundaries_snap_to_the_run() -> None:
    source = "در UN و"
    display = build_display_text(source, "rtl")
    assert display.text == f"در {LRI}UN{PDI} و"
    # Source: د0 ر1 space2 U3 N4 space5 و6 end7; display: ... space2 LRI3 U4 N5 PDI6 space7 و8.
    assert [display.to_display(o) for o in range(8)] == [0, 1, 2, 4, 5, 6, 8, 9]
    assert [display.to_source(p) for p in range(10)] == [0, 1, 2, 3, 3, 4, 5, 5, 6, 7]
    assert display.span_to_display(3, 5) == (4, 6)
    assert display.span_to_source(3, 7) == (3, 5)
    assert display.span_to_source(7, 3) == (3, 5)


def test_mixed_emoji_and_runs() -> None:
    source = f"{PRAY}ABC{FLAG}د"
    display = build_display_text(source, "rtl")
    assert display.text == f"{PRAY}{LRI}ABC{PDI}{FLAG}د"
    # Offsets: pray0 A1 B2 C3 flag4,5 د6 end7.
    assert [display.to_display(o) for o in range(8)] == [0, 3, 4, 5, 6, 9, 11, 12]
    assert [display.to_source(p) for p in range(13)] == [0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 5, 6, 7]


def test_out_of_range_is_refused() -> None:
    display = build_display_text("در UN", "rtl")
    with pytest.raises(ValueError):
        display.to_display(6)
    with pytest.raises(ValueError):
        display.to_source(utf16_len(display.text) + 1)
    with pytest.raises(ValueError):
        display.to_source(-1)


def test_long_article_conversions() -> None:
    paragraph = f"مقام USA-SECURITY/ گفت {PRAY} که با شماره +93 700 000 000 تماس بگیرید. "
    source = "\n\n".join([paragraph * 20] * 80)
    display = build_display_text(source, "rtl")
    assert len(display.isolated_runs) == 2 * 20 * 80
    assert display.to_source(utf16_len(display.text)) == len(source)
    assert display.to_display(len(source)) == utf16_len(display.text)
    for offset in range(0, len(source), 997):
        assert display.to_source(display.to_display(offset)) == offset


# --- properties ---------------------------------------------------------------------------

PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
ALPHABET = list(PERSIAN) + [ZWNJ, " ", " ", "\n"] + list("abcXYZé") + list("0129") + list("۰۱۹٠٩")
ALPHABET += list("-/.,:%+") + [PRAY, "\U0001f1e6", "\U0001f1eb", "\U0001f600"]
texts = st.text(alphabet=ALPHABET, max_size=80)
directions = st.sampled_from(["rtl", "ltr"])


def expected_sources(text: str) -> list[int]:
    """The source offset each UTF-16 position should map to, by walking the display text."""
    expected: list[int] = []
    offset = 0
    for ch in text:
        if ch in (LRI, PDI):
            expected.append(offset)
        elif ord(ch) > 0xFFFF:
            expected += [offset, offset]
            offset += 1
        else:
            expected.append(offset)
            offset += 1
    expected.append(offset)
    return expected


@settings(max_examples=400)
@given(texts, directions)
def test_removing_isolates_gives_source(source: str, direction: str) -> None:
    display = build_display_text(source, direction)
    assert display.text.replace(LRI, "").replace(PDI, "") == source
    assert display.text.count(LRI) == display.text.count(PDI) == len(display.isolated_runs)


@settings(max_examples=400)
@given(texts, directions)
def test_round_trip_and_characters(source: str, direction: str) -> None:
    display = build_display_text(source, direction)
    positions = [display.to_display(o) for o in range(len(source) + 1)]
    assert all(display.to_source(p) == o for o, p in enumerate(positions))
    assert all(a < b for a, b in zip(positions, positions[1:]))
    run_ends = {end for _start, end in display.isolated_runs}
    for offset, position in enumerate(positions[:-1]):
        # By convention a run's end offset sits before its PDI, so there the character
        # follows the PDI; everywhere else it is at the position itself.
        if offset in run_ends:
            assert unit_at(display, position) == PDI
            position += 1
        assert char_at(display, position) == source[offset]
    # The end of the text is its end, or just before a PDI closing a run that ends it.
    assert positions[-1] == utf16_len(display.text) - display.text.endswith(PDI)


@settings(max_examples=400)
@given(texts, directions)
def test_every_display_position_maps_like_a_walk(source: str, direction: str) -> None:
    display = build_display_text(source, direction)
    total = utf16_len(display.text)
    assert [display.to_source(p) for p in range(total + 1)] == expected_sources(display.text)


@settings(max_examples=200)
@given(texts, directions, st.data())
def test_span_to_source_ignores_order(source: str, direction: str, data: st.DataObject) -> None:
    display = build_display_text(source, direction)
    total = utf16_len(display.text)
    a = data.draw(st.integers(0, total))
    b = data.draw(st.integers(0, total))
    assert display.span_to_source(b, a) == display.span_to_source(a, b)
    start, end = display.span_to_source(a, b)
    assert start <= end


@settings(max_examples=300)
@given(texts)
def test_runs_follow_the_rules(source: str) -> None:
    display = build_display_text(source, "rtl")
    previous_end = -1
    for start, end in display.isolated_runs:
        run = source[start:end]
        assert previous_end < start < end
        assert "\n" not in run and "  " not in run
        assert not any(ch in "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩" or ch in PERSIAN or ord(ch) > 0xFFFF for ch in run)
        assert (run[0].isascii() and run[0].isalnum()) or run[0] in "+#@(é"
        assert run[-1] not in ".,: "
        previous_end = end


RUN_AS_DEFINED = re.compile(rf"(?:[+#@](?=[A-Za-z0-9]))?{_WORD}+(?:(?:{_NEUTRAL}| (?! ))+{_WORD}+)*[/%]?")


@settings(max_examples=400)
@given(st.text(alphabet=ALPHABET + list("#@&'’()_"), max_size=80))
def test_the_fast_run_pattern_finds_what_the_definition_does(source: str) -> None:
    assert [m.span() for m in _RUN.finditer(source)] == [m.span() for m in RUN_AS_DEFINED.finditer(source)]

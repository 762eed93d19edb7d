"""The page model: runs cover the text exactly, each knows its highlights, notes are numbered in reading order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.render.page import build_page
from tests.core.render.samples import CLAIM, DENIAL, TAGS, TEXT, annotation, article, sample_annotations, span


def test_blocks_are_the_title_and_paragraphs_with_their_offsets() -> None:
    page = build_page(article(), [], TAGS)
    assert [b.text for b in page.blocks] == TEXT.split("\n\n")
    assert [TEXT[b.start:b.start + len(b.text)] for b in page.blocks] == TEXT.split("\n\n")
    assert page.notes == () and page.legend == ()
    assert (page.language, page.direction) == ("fa-AF", "rtl")


def test_notes_are_numbered_in_reading_order_and_orphans_come_last() -> None:
    page = build_page(article(), sample_annotations(), TAGS, caption=("شنبه", "", "azadi"))
    assert [n.uuid for n in page.notes] == ["c-title", "a-claim", "b-denial", "d-orphan"]
    assert [n.number for n in page.placed] == [1, 2, 3] and [n.uuid for n in page.unplaced] == ["d-orphan"]
    denial = page.note(3)
    assert denial.tags == ("تکذیب", "ادعا") and denial.color == DENIAL.color and denial.author == "Farid"
    assert page.title.notes == (1,) and page.paragraphs[0].notes == (2, 3)
    assert page.caption == ("شنبه", "azadi")  # empty pieces dropped
    assert [(e.name, e.count) for e in page.legend] == [("ادعا", 3), ("تکذیب", 2)]


def test_overlapping_highlights_nest_outermost_first_and_end_where_they_end() -> None:
    page = build_page(article(), sample_annotations(), TAGS)
    runs = page.paragraphs[0].runs
    both = [r for r in runs if set(r.marks) == {2, 3}]
    assert both and both[0].text == "مبنی بر بسته" and both[0].marks == (2, 3)
    assert both[0].ends == (2,)  # the claim ends where the overlap ends
    assert runs[-1].marks == () and any(r.ends == (3,) for r in runs)


def test_a_highlight_ending_inside_a_word_is_numbered_after_the_word() -> None:
    start, end = span("مقام‌های ایرانی")
    page = build_page(article(), [annotation("x", start, end - 3, (1,))], TAGS)  # stops in «ایرانی»
    runs = page.paragraphs[0].runs
    numbered = next(r for r in runs if r.ends)
    assert numbered.text == "انی" and numbered.marks == ()  # the rest of «ایرانی», then the number
    assert [r.text for r in runs if r.marks] == [TEXT[start:end - 3]]


def test_deleted_annotations_are_left_out() -> None:
    gone = annotation("gone", 0, 5, deleted=True)
    assert build_page(article(), [gone], TAGS).notes == ()


def test_a_highlight_across_a_paragraph_break_is_in_both_blocks() -> None:
    start = TEXT.index("سیاسی")
    end = TEXT.index("گزارش‌ها")
    page = build_page(article(), [annotation("x", start, end, (CLAIM.id,))], TAGS)
    first, second = page.paragraphs[1], page.paragraphs[2]
    assert first.runs[-1].marks == (1,) and first.runs[-1].ends == ()
    assert second.runs[0].marks == (1,) and second.runs[0].ends == (1,)
    assert first.notes == (1,) and second.notes == ()


spans = st.lists(st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 60)), max_size=25)


@given(spans)
def test_runs_cover_the_text_and_carry_exactly_the_covering_highlights(raw: list[tuple[int, int]]) -> None:
    records = [annotation(f"u{i:02}", s, min(len(TEXT), s + n), (1 + i % 2,)) for i, (s, n) in enumerate(raw)]
    page = build_page(article(), records, TAGS)
    by_number = {n.number: n for n in page.placed}
    spans_of = {n.number: next((r.start, r.end) for r in records if r.uuid == n.uuid) for n in page.placed}
    assert "\n\n".join(b.text for b in page.blocks) == TEXT
    ended = []
    for block in page.blocks:
        position = block.start
        for run in block.runs:
            covering = {k for k, (s, e) in spans_of.items() if s <= position and position + len(run.text) <= e}
            assert set(run.marks) == covering
            starts = [spans_of[k] for k in run.marks]
            assert starts == sorted(starts, key=lambda se: (se[0], -se[1]))  # outermost first
            position += len(run.text)
            ended.extend(run.ends)
            # A number follows its highlight, at the end of the word the highlight stops in.
            assert all(spans_of[k][1] <= position <= spans_of[k][1] + 40 for k in run.ends) or run is block.runs[-1]
            assert all(not (TEXT[position - 1].isalnum() and position < len(TEXT) and TEXT[position].isalnum())
                       for _ in run.ends)
    visible = [k for k, (s, e) in spans_of.items() if TEXT[s:e].strip("\n")]
    assert set(visible) <= set(ended) and len(ended) == len(set(ended))  # each number once, every visible one
    assert sorted(k for b in page.blocks for k in b.notes) == sorted(by_number)  # and every card

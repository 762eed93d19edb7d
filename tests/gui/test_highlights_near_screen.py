"""Highlights in a long article: painted a paragraph at a time near the screen, so opening it lays
out only what is shown (Qt lays the rest out as it is reached)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from reader.core.records import ArticleRecord
from reader.gui.highlight_layers import Highlight
from reader.gui.reader_view import ReaderView

SENTENCE = "خبرنگار ما از کابل گزارش داد که نشست دیروز با حضور نمایندگان ولایت‌ها برگزار شد. "


def long_article(paragraphs: int = 300) -> ArticleRecord:
    text = "عنوان گزارش\n\n" + "\n\n".join(SENTENCE * 3 for _ in range(paragraphs))
    return ArticleRecord(id=1, collection_id=1, source="long.txt", version=1, title="عنوان گزارش", date=None,
                         dateline=None, language="fa", direction="rtl", format="txt", site=None, text=text,
                         content_hash="x")


def shown_reader(qtbot) -> ReaderView:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    with qtbot.waitExposed(reader):
        reader.show()
    return reader


def blocks_of(document: QTextDocument, start: int, end: int) -> set[int]:
    return {document.findBlock(start).blockNumber(), document.findBlock(end).blockNumber()}


def test_a_highlight_across_paragraphs_is_painted_one_paragraph_at_a_time(qtbot) -> None:
    reader = shown_reader(qtbot)
    reader.show_article(long_article())
    view, display = reader.text_view, reader.display
    second = display.text.index("\n\n", display.text.index(SENTENCE)) - 20  # the end of the first paragraph
    reader.set_highlights([Highlight("across", second, second + 80, ("#4a90d9",))])
    pieces = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()]
    document = view.document()
    assert len(pieces) == 2  # the blank line between the paragraphs has nothing to paint
    for start, end in pieces:
        assert len(blocks_of(document, start, end - 1)) == 1 and document.findBlock(start).contains(end)
    assert pieces[0][0] == second and pieces[-1][1] == second + 80
    painted = "".join(display.text[start:end] for start, end in pieces)
    assert painted == display.text[second:second + 80].replace("\n", "")


def test_opening_a_long_highlighted_article_lays_out_only_the_screens_near_the_top(qtbot) -> None:
    reader = shown_reader(qtbot)
    reader.show_article(long_article())
    view, display = reader.text_view, reader.display
    text = display.text
    marks = []
    for n, paragraph_end in enumerate(i for i in range(len(text)) if text.startswith("\n\n", i)):
        marks.append(Highlight(f"m{n}", paragraph_end - 30, paragraph_end + 40, ("#e0a030",)))
    reader.set_highlights(marks)
    view.viewport().grab()
    document = view.document()
    assert view.screen_span()[0] == 0
    assert document.lastBlock().layout().lineCount() == 0  # Qt has not been made to lay the whole text out
    near = [s for s in view.extraSelections() if s.cursor.selectionStart() < 10_000]
    assert near and len(near) == len(view.extraSelections())
    # Further down, the marks there are painted as the screen reaches them.
    view.centre_on(marks[-5].start)
    low = view.screen_span()[0]
    assert any(s.cursor.selectionStart() >= low for s in view.extraSelections())
    assert all(s.cursor.selectionEnd() >= low - 5_000 for s in view.extraSelections())


def test_a_place_in_a_long_article_is_kept_while_qt_is_still_laying_it_out(qtbot) -> None:
    reader = shown_reader(qtbot)
    reader.show_article(long_article())
    assert reader.text_view.document().lastBlock().layout().lineCount() == 0  # laid out lazily
    reader.set_scroll_fraction(0.5)  # as the window does on coming back to an article
    assert abs(reader.scroll_fraction() - 0.5) < 0.01
    qtbot.waitUntil(lambda: reader.text_view.document().lastBlock().layout().lineCount() > 0)
    qtbot.wait(50)  # the view hears of the finished layout and sets its scroll bar's range
    assert abs(reader.scroll_fraction() - 0.5) < 0.01
    bar = reader.text_view.verticalScrollBar()
    assert bar.maximum() == int(reader.text_view.document().size().height() + 0.5) - reader.text_view.viewport().height()


def test_the_text_is_laid_out_ahead_by_position_not_in_ever_larger_leaps(qtbot) -> None:
    reader = shown_reader(qtbot)
    reader.show_article(long_article(paragraphs=600))
    view = reader.text_view
    document, layout = view.document(), view.document().documentLayout()
    laid_out = []
    for y in (3_000, 6_000, 12_000, 24_000):
        view.lay_out_to(y)
        block = document.firstBlock()
        while block.isValid() and block.layout().lineCount() > 0:
            block = block.next()
        laid_out.append(layout.blockBoundingRect(block.previous()).bottom())
        assert laid_out[-1] >= y
    # Each step lays out a little beyond what was asked (Qt's few thousand characters), never the rest.
    assert all(height < y + 3_000 for height, y in zip(laid_out, (3_000, 6_000, 12_000, 24_000)))
    assert document.lastBlock().layout().lineCount() == 0

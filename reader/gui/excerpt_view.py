"""A passage of an article with a little of its context, in the reading font: the side-by-side
panes of the disagreement list and the text of the adjudication editor.

It is the reader's own text widget (layers, word-snapping selection), given a document of the
excerpt alone; every position it reports or takes is a code point of the whole article.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QWidget

from reader.core.display import build_display_text
from reader.gui.article_text_view import ArticleTextView
from reader.gui.coder_layer import ContextLayer
from reader.gui.highlight_layers import Mark

CONTEXT = 160  # code points of context either side, at most (cut at a paragraph's edge)


def excerpt_bounds(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[int, int]:
    """Where an excerpt showing text[start:end] begins and ends: up to `context` code points either
    side, within the paragraphs the passage is in, never cutting a word."""
    low = max(0, start - context)
    paragraph = text.rfind("\n\n", 0, start)
    if paragraph >= 0:
        low = max(low, paragraph + 2)
    if low > 0 and low < start and not text[low - 1].isspace():
        space = next((i for i in range(low, start) if text[i].isspace()), start)
        low = space + 1 if space < start else start
    high = min(len(text), end + context)
    paragraph = text.find("\n\n", end)
    if paragraph >= 0:
        high = min(high, paragraph)
    if high < len(text) and high > end and not text[high].isspace():
        space = next((i for i in range(high - 1, end - 1, -1) if text[i].isspace()), end)
        high = space if space > end else end
    return low, high


class ExcerptView(ArticleTextView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offset = 0  # the article offset of the excerpt's first code point
        self.length = 0
        self._own_document: QTextDocument | None = None
        self.page_width = 1 << 20  # wider than any pane: the text takes all but the least margins

    def show_passage(self, text: str, start: int, end: int, direction: str, font: QFont) -> None:
        """Show text[start:end] of an article with its context (muted), scrolled to the passage."""
        low, high = excerpt_bounds(text, start, end)
        self.offset, self.length = low, high - low
        self.display = build_display_text(text[low:high], direction)
        self.segments = None
        document = QTextDocument(self)
        document.setDefaultFont(font)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.LeftToRight if direction == "ltr" else Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDocumentMargin(6)
        document.setPlainText(self.display.text)
        self.clear_layers()
        self.setDocument(document)
        if self._own_document is not None:
            self._own_document.deleteLater()
        self._own_document = document
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        context = [self.mark("before", low, start), self.mark("after", end, high)]
        self.set_layer(ContextLayer([m for m in context if m is not None], muted))
        passage = self.mark("", start, end)
        if passage is not None:
            self.centre_on(passage.start, passage.end)

    def clear(self) -> None:
        self.display = None
        self.clear_layers()
        super().clear()

    def mark(self, key: str, start: int, end: int, colors: tuple[str, ...] = ()) -> Mark | None:
        """A mark for article offsets start–end, clipped to the excerpt (None: nothing of it is shown)."""
        if self.display is None:
            return None
        start, end = max(start - self.offset, 0), min(end - self.offset, self.length)
        if start >= end:
            return None
        display_start, display_end = self.display.span_to_display(start, end)
        return Mark(key, display_start, display_end, colors)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as article offsets (None without a selection)."""
        cursor = self.textCursor()
        if self.display is None or not cursor.hasSelection():
            return None
        start, end = self.display.span_to_source(cursor.selectionStart(), cursor.selectionEnd())
        return start + self.offset, end + self.offset

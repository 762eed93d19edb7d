"""The reading pane: the article's date caption above its text, typeset as the user chose."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeySequence, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.core.display import DisplayText, build_display_text
from reader.core.words import TextSegments
from reader.gui.article_note import ArticleNoteArea
from reader.gui.article_text_view import ArticleTextView
from reader.gui.date_text import date_style
from reader.gui.errors import isolate
from reader.gui.highlight_layers import Highlight
from reader.gui.find_bar import FindBar
from reader.core.records import ArticleRecord

TITLE_SCALE = 1.55
MIN_LINE_HEIGHT_PERCENT = 62.0


class ReaderView(QWidget):
    """Shows one article; knows nothing of the library it came from."""

    article_shown = Signal()
    """Fires when another article (or none) is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setObjectName("dateCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_area = ArticleNoteArea(self)  # filled by whoever knows the library (gui/article_note.py)
        self.text_view = ArticleTextView(self)
        self.find_bar = FindBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.note_area)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.text_view, 1)
        self.article: ArticleRecord | None = None
        self.display: DisplayText | None = None
        self._font = QFont("Noto Sans Arabic", 17)
        self._line_spacing = 1.6
        self._document: QTextDocument | None = None  # the one this view typeset last
        date_style().changed.connect(self._update_caption)
        self.library_empty = False
        self.sample_coming = False
        self.show_article(None)

    # What is shown ---------------------------------------------------------------------------------
    def show_article(self, article: ArticleRecord | None) -> None:
        self.article = article
        if article is None:
            self.display = None
            self.text_view.display = None
            self.text_view.segments = None
            self.text_view.clear_layers()
            self._typeset()
            self._update_caption()
            self.article_shown.emit()
            return
        self.display = build_display_text(article.text, article.direction or "rtl")
        self.text_view.display = self.display
        self.text_view.segments = None  # made on first use; hazm's replace them when ready
        self.text_view.clear_layers()
        self._typeset()
        self._update_caption()
        self.text_view.verticalScrollBar().setValue(0)
        self.article_shown.emit()

    def _update_caption(self) -> None:
        article = self.article
        if article is None:
            self.caption.setText("")
            self.caption.setVisible(False)
            return
        caption = date_style().caption(article.date, article.dateline)
        # Isolated: in the interface's language, whichever way the article's text runs.
        self.caption.setText(f"\u2068{caption}\u2069" if caption else "")
        self.caption.setToolTip(self.tr("As written in the article: %1").replace("%1", article.dateline)
                                if article.dateline else "")
        self.caption.setVisible(bool(caption))
        rtl = article.direction != "ltr"
        self.caption.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        # On the article's reading side, whichever language the caption is written in.
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.caption.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.note_area.set_reading_font(self.caption.font(),
                                        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    def set_library_empty(self, empty: bool) -> None:
        """With no article to read, say how to bring some in rather than to pick one."""
        if empty != self.library_empty:
            self.library_empty = empty
            if self.article is None:
                self._typeset()

    def set_sample_coming(self, coming: bool) -> None:
        """A first start: the sample collection is being imported behind the window."""
        if coming != self.sample_coming:
            self.sample_coming = coming
            if self.article is None:
                self._typeset()

    def _hint(self) -> str:
        if self.sample_coming and self.library_empty:
            return self.tr("The sample collection is being imported; its first article opens when it is in.")
        if not self.library_empty:
            return self.tr("Choose an article from the library.")
        keys = QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)
        return self.tr("The library is empty. Bring articles in with File → Import folder… (%1), "
                       "Import files… or Import zip archive…: text, HTML pages and JSON exports.").replace("%1", isolate(keys))

    # How it is shown ----------------------------------------------------------------------------------
    def apply_typography(self, family: str, point_size: int, line_spacing: float, page_width: int) -> None:
        self._font = QFont(family, point_size)
        self._line_spacing = line_spacing
        self.text_view.page_width = page_width
        self.text_view.update_margins()
        self.caption.setFont(QFont(family, max(8, round(point_size * 0.8))))
        self._update_caption()
        self._update_caption_margins()
        fraction = self.scroll_fraction()
        self._typeset()
        self.set_scroll_fraction(fraction)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_caption_margins()

    def _update_caption_margins(self) -> None:
        # The caption lines up with the text column below it.
        side = max(24, (self.width() - self.text_view.page_width) // 2) + 8
        self.caption.setContentsMargins(side, 14, side, 0)
        self.note_area.layout().setContentsMargins(side, 6, side, 4)

    def font_point_size(self) -> float:
        return self.text_view.document().defaultFont().pointSizeF()

    def _typeset(self) -> None:
        document = QTextDocument(self.text_view)
        document.setDefaultFont(self._font)
        option = QTextOption()
        rtl = self.article is None or self.article.direction != "ltr"
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDocumentMargin(8)
        if self.display is not None:
            document.setPlainText(self.display.text)
            self._format_blocks(document)
        else:
            hint = QTextCursor(document)
            centred = QTextBlockFormat()
            centred.setAlignment(Qt.AlignmentFlag.AlignCenter)
            centred.setTopMargin(48)
            hint.setBlockFormat(centred)
            muted = QTextCharFormat()
            muted.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            hint.insertText(self._hint(), muted)
        self.text_view.setDocument(document)
        if self._document is not None:
            self._document.deleteLater()  # the view does not own documents it is given: each would stay alive
        self._document = document
        self.text_view._paint_highlights()

    def _line_height_percent(self) -> float:
        """Line spacing is counted in ems, as readers think of it, not in the font's own line height.

        Fonts with room for Arabic marks (Noto Sans Arabic) have a natural line height of about
        2.1 em, so a "1.6" that meant 160 % of it would be cavernous.
        """
        em = self._font.pointSizeF() * self.logicalDpiY() / 72
        natural = QFontMetricsF(self._font).lineSpacing()
        return max(MIN_LINE_HEIGHT_PERCENT, min(200.0, self._line_spacing * em / natural * 100))

    def _format_blocks(self, document: QTextDocument) -> None:
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(self._line_height_percent(), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setAlignment(Qt.AlignmentFlag.AlignJustify | Qt.AlignmentFlag.AlignAbsolute)
        cursor.mergeBlockFormat(block_format)
        title = QTextCursor(document.firstBlock())
        title.select(QTextCursor.SelectionType.BlockUnderCursor)
        title_format = QTextCharFormat()
        title_format.setFontPointSize(self._font.pointSizeF() * TITLE_SCALE)
        title_format.setFontWeight(QFont.Weight.Bold)
        title.mergeCharFormat(title_format)
        title_block = QTextBlockFormat()
        title_block.setLineHeight(MIN_LINE_HEIGHT_PERCENT + 8, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        title_block.setAlignment(Qt.AlignmentFlag.AlignLeading)
        title.mergeBlockFormat(title_block)
        # The blank lines between paragraphs are part of the text; set in a small font they read as
        # paragraph spacing. (A reduced line height instead would leave their hit area overlapping
        # the next paragraph's first line, and clicks there would land in the blank line.)
        small = QTextCharFormat()
        small.setFontPointSize(max(4.0, self._font.pointSizeF() * 0.45))
        block = document.firstBlock()
        while block.isValid():
            if block.length() == 1:
                spacer = QTextCursor(block)
                spacer.setBlockCharFormat(small)
            block = block.next()

    # Where the reader is ----------------------------------------------------------------------------------
    def scroll_fraction(self) -> float:
        bar = self.text_view.verticalScrollBar()
        if bar.value() == 0:
            return 0.0
        maximum = self._scroll_maximum()
        return bar.value() / maximum if maximum > 0 else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        fraction = max(0.0, min(1.0, fraction))
        bar = self.text_view.verticalScrollBar()
        bar.setValue(round(fraction * self._scroll_maximum()) if fraction > 0 else 0)

    def _scroll_maximum(self) -> int:
        """The scroll bar's true maximum. Qt lays a long text out a stretch at a time after it is
        shown, and until the last stretch the bar's range is its estimate (15 % too long for a
        60,000-character article): asking for the document's size has the layout finished."""
        view = self.text_view
        height = view.document().documentLayout().documentSize().height()
        maximum = max(0, int(height + 0.5) - view.viewport().height())
        bar = view.verticalScrollBar()
        if bar.maximum() != maximum:
            bar.setRange(0, maximum)  # as the view sets it once it hears of the finished layout
        return maximum

    def set_segments(self, article_id: int, segments: TextSegments) -> None:
        """hazm's word and sentence spans, computed off the UI thread, for the article still shown."""
        if self.article is not None and self.article.id == article_id:
            self.text_view.segments = segments

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.text_view.set_highlights(highlights)

    def set_find_hits(self, spans: list[tuple[int, int]]) -> None:
        """Mark search hits (code-point spans of the article's text)."""
        if self.display is None:
            self.text_view.set_find_hits([])
            return
        self.text_view.set_find_hits([self.display.span_to_display(s, e) for s, e in spans])

    def step_find(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) hit, wrapping around."""
        view = self.text_view
        if view.find_hits:
            view.show_find_hit(view.current_find + delta if view.current_find >= 0 else (0 if delta > 0 else -1))

    def find_position(self) -> tuple[int, int]:
        """(current hit, number of hits), the current one counted from 1 (0 before the first step)."""
        return self.text_view.current_find + 1, len(self.text_view.find_hits)

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selection as code-point offsets into the article text (None without a selection)."""
        cursor = self.text_view.textCursor()
        if self.display is None or not cursor.hasSelection():
            return None
        return self.display.span_to_source(cursor.selectionStart(), cursor.selectionEnd())

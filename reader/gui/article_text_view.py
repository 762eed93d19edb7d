"""The article's text widget: highlights, word-snapping selection, hover and click on annotations.

Positions inside it are the display's UTF-16 positions; `DisplayText` converts to and from the
article's code-point offsets, and nothing else here does arithmetic on positions.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QToolTip, QWidget

from reader.core.display import DisplayText
from reader.core.words import TextSegments, segment_quick
from reader.gui.theme import HIT_BACKGROUND, HIT_CURRENT_BACKGROUND, HIT_FOREGROUND


@dataclass(frozen=True)
class Highlight:
    """An annotation as painted: its span in display positions and its tags' colours."""

    uuid: str
    start: int
    end: int
    colors: tuple[str, ...]




class ArticleTextView(QTextBrowser):
    """The article's text; Ctrl+wheel asks for zoom instead of scrolling."""

    zoom_requested = Signal(int)
    """Fires with +1 or -1 when the user turns the wheel with Ctrl held."""
    annotation_clicked = Signal(str)
    """Fires with an annotation's uuid when the user clicks inside its highlight without selecting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setMouseTracking(True)
        self.page_width = 760
        self.display: DisplayText | None = None
        self._segments: TextSegments | None = None
        self.highlights: list[Highlight] = []
        self._press_position: int | None = None
        self._last_double_click = 0.0
        # Built selections by (highlight, focused): re-painting after one change reuses the other 999.
        self._selection_cache: dict[tuple[Highlight, bool], QTextEdit.ExtraSelection] = {}
        self._focused: str | None = None
        self.tooltip_for: Callable[[str], str] = lambda uuid: ""
        self._painted_range = (0, 0)
        self.find_hits: list[tuple[int, int]] = []  # display spans of the current search or Ctrl+F hits
        self.current_find = -1
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    @property
    def segments(self) -> TextSegments | None:
        """Word and sentence spans; the quick ones are made on first use (a long article takes ms)."""
        if self._segments is None and self.display is not None:
            self._segments = segment_quick(self.display.source)
        return self._segments

    @segments.setter
    def segments(self, segments: TextSegments | None) -> None:
        self._segments = segments

    # Highlights --------------------------------------------------------------------------------------
    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.highlights = sorted(highlights, key=lambda h: (h.start, -h.end))
        self._paint_highlights()

    def _visible_range(self) -> tuple[int, int]:
        """Display positions on screen, with a margin so a short scroll needs no repaint of highlights."""
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).position()
        last = self.cursorForPosition(viewport.bottomRight()).position()
        first, last = min(first, last), max(first, last)
        span = max(2000, last - first)
        return first - span, last + span

    def _paint_highlights(self, focused: str | None = None) -> None:
        # Only the highlights near the screen become ExtraSelections: each costs a QTextCursor, and an
        # article with 1,000 annotations would otherwise spend most of its opening time making them.
        self._focused = focused
        document = self.document()
        low, high = self._visible_range() if self.highlights or self.find_hits else (0, 0)
        self._painted_range = (low, high)
        if any(selection.cursor.document() is not document for selection in self._selection_cache.values()):
            self._selection_cache.clear()  # a new document: the cached cursors point into the old one
        cache: dict[tuple[Highlight, bool], QTextEdit.ExtraSelection] = {}
        selections = []
        for highlight in self.highlights:
            if highlight.end < low or highlight.start > high:
                continue
            key = (highlight, highlight.uuid == focused)
            selection = self._selection_cache.get(key)
            if selection is None:
                selection = self._build_selection(document, highlight, key[1])
            cache[key] = selection
            selections.append(selection)
        self._selection_cache = cache
        selections.extend(self._find_selections(document, low, high))
        self.setExtraSelections(selections)

    def _find_selections(self, document: QTextDocument, low: int, high: int) -> list[QTextEdit.ExtraSelection]:
        found = []
        for index, (start, end) in enumerate(self.find_hits):
            if end < low or start > high:
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(HIT_CURRENT_BACKGROUND if index == self.current_find else HIT_BACKGROUND))
            fmt.setForeground(QColor(HIT_FOREGROUND))  # dark on the yellow, whatever the theme
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            found.append(selection)
        return found

    def set_find_hits(self, spans: list[tuple[int, int]]) -> None:
        self.find_hits = spans
        self.current_find = -1
        self._paint_highlights(self._focused)

    def show_find_hit(self, index: int) -> None:
        """Select hit `index` (so it can be tagged at once) and scroll it into view."""
        if not self.find_hits:
            return
        self.current_find = index % len(self.find_hits)
        start, end = self.find_hits[self.current_find]
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._paint_highlights(self._focused)

    @staticmethod
    def _build_selection(document: QTextDocument, highlight: Highlight, focused: bool) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(document)
        cursor.setPosition(highlight.start)
        cursor.setPosition(highlight.end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fill = QColor(highlight.colors[0] if highlight.colors else "#999999")
        # Translucent fills blend where annotations overlap, so both stay visible.
        fill.setAlpha(150 if focused else 70)
        fmt.setBackground(fill)
        # A second tag shows as a dashed underline in its own colour.
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline if len(highlight.colors) > 1
                              else QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(highlight.colors[-1] if highlight.colors else "#999999"))
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _scrolled(self) -> None:
        if not self.highlights and not self.find_hits:
            return
        low, high = self._painted_range
        first = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        last = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        if min(first, last) < low + 500 or max(first, last) > high - 500:
            self._paint_highlights(self._focused)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.update_margins()
        if self.highlights:
            self._paint_highlights(self._focused)

    def focus_highlight(self, uuid: str | None) -> None:
        self._paint_highlights(uuid)

    def highlights_at(self, position: int) -> list[Highlight]:
        """Highlights covering a display position, innermost (shortest) first."""
        found = [h for h in self.highlights if h.start <= position < h.end]
        return sorted(found, key=lambda h: h.end - h.start)

    # Selection ----------------------------------------------------------------------------------------
    def select_source_span(self, start: int, end: int) -> None:
        if self.display is None:
            return
        display_start, display_end = self.display.span_to_display(start, end)
        cursor = self.textCursor()
        cursor.setPosition(display_start)
        cursor.setPosition(display_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _snap_selection(self) -> None:
        cursor = self.textCursor()
        if self.display is None or self.segments is None or not cursor.hasSelection():
            return
        start, end = self.display.span_to_source(cursor.selectionStart(), cursor.selectionEnd())
        snapped = self.segments.snap(start, end)
        if snapped != (start, end) and snapped[0] < snapped[1]:
            forward = cursor.position() >= cursor.anchor()
            display_start, display_end = self.display.span_to_display(*snapped)
            cursor.setPosition(display_start if forward else display_end)
            cursor.setPosition(display_end if forward else display_start, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def _source_at(self, event: QMouseEvent) -> int | None:
        if self.display is None:
            return None
        position = self.cursorForPosition(event.position().toPoint()).position()
        return self.display.to_source(position)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        source = self._source_at(event)
        triple = time.monotonic() - self._last_double_click < QApplication.doubleClickInterval() / 1000
        if triple and source is not None and self.segments is not None and event.button() == Qt.MouseButton.LeftButton:
            sentence = self.segments.sentence_at(source)
            if sentence is not None:
                self.select_source_span(*sentence)
                event.accept()
                return
        self._press_position = self.cursorForPosition(event.position().toPoint()).position()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._last_double_click = time.monotonic()
        source = self._source_at(event)
        if source is not None and self.segments is not None:
            word = self.segments.word_at(source)
            if word is not None:
                self.select_source_span(*word)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            if not event.modifiers() & Qt.KeyboardModifier.AltModifier:  # Alt keeps the exact selection
                self._snap_selection()
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        if self._press_position == position:
            hits = self.highlights_at(position)
            if hits:
                self.annotation_clicked.emit(hits[0].uuid)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        hits = self.highlights_at(self.cursorForPosition(event.position().toPoint()).position())
        if hits:
            QToolTip.showText(event.globalPosition().toPoint(), "\n\n".join(self.tooltip_for(h.uuid) for h in hits),
                              self.viewport())
        else:
            QToolTip.hideText()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def update_margins(self) -> None:
        side = max(24, (self.width() - self.page_width) // 2)
        self.setViewportMargins(side, 16, side, 16)

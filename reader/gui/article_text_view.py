"""The article's text widget: highlights, word-snapping selection, hover and click on annotations.

Positions inside it are the display's UTF-16 positions; `DisplayText` converts to and from the
article's code-point offsets, and nothing else here does arithmetic on positions.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QTextBlock, QTextCharFormat, QTextCursor,
                           QTextDocument, QWheelEvent)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QToolTip, QWidget

from reader.core.display import DisplayText
from reader.core.words import TextSegments, segment_quick
from reader.gui.highlight_layers import AnnotationLayer, FindLayer, Layer, Mark


PAINTED_AHEAD = 600  # display positions painted beyond either edge of the screen
PAINTED_STEP = 300  # ... re-made whenever the screen has moved this far


class ArticleTextView(QTextBrowser):
    """The article's text; Ctrl+wheel asks for zoom instead of scrolling."""

    zoom_requested = Signal(int)
    """Fires with +1 or -1 when the user turns the wheel with Ctrl held."""
    annotation_clicked = Signal(str)
    """Fires with an annotation's uuid when the user clicks inside its highlight without selecting."""
    document_replaced = Signal()
    """Fires after the view was given a new document (another article, or the same typeset anew)."""
    clicked_at = Signal(int)
    """Fires with the display position of a plain click (no selection made), wherever it lands."""

    SIDE_MIN_TEXT = 24  # the least room kept on the text's start side

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
        self.layers: dict[str, Layer] = {}
        self._emphasized: dict[str, str] = {}  # layer name -> the key of its emphasized mark
        self._press_position: int | None = None
        self._last_double_click = 0.0
        # Built selections by (layer, mark, emphasized): re-painting after one change reuses the other 999.
        self._selection_cache: dict[tuple[str, Mark, bool], list[QTextEdit.ExtraSelection]] = {}
        self._selection_document: QTextDocument | None = None  # the one the cached cursors point into
        self._laid_to: QTextBlock | None = None  # where `lay_out_to` got to last ...
        self._laid_to_of: tuple[QTextDocument, float] | None = None  # ... in which document, at which width
        self._painted_keys: list[tuple[str, Mark, bool]] | None = None  # what setExtraSelections was given last
        self.tooltip_for: Callable[[str], str] = lambda uuid: ""
        self.tooltip_at: Callable[[int], str] = lambda position: ""
        """Hover text of what else a feature marks at a display position (a suggestion)."""
        self._painted_range = (0, 0)
        self.current_find = -1
        self.side_widget: QWidget | None = None  # drawn in the margin on the text's end side (the notes)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.document_replaced.connect(self.update_margins)  # the new text's direction decides the side

    @property
    def segments(self) -> TextSegments | None:
        """Word and sentence spans; the quick ones are made on first use (a long article takes ms)."""
        if self._segments is None and self.display is not None:
            self._segments = segment_quick(self.display.source)
        return self._segments

    @segments.setter
    def segments(self, segments: TextSegments | None) -> None:
        self._segments = segments

    # Layers ------------------------------------------------------------------------------------------
    def set_layer(self, layer: Layer) -> None:
        """Show `layer`, replacing the one of the same name."""
        self.layers[layer.name] = layer
        self._paint_highlights()

    def clear_layers(self) -> None:
        self.layers.clear()
        self._emphasized.clear()
        self.current_find = -1

    def marks(self, name: str) -> list[Mark]:
        layer = self.layers.get(name)
        return layer.marks if layer is not None else []

    def emphasize(self, name: str, key: str | None) -> None:
        """Draw the mark `key` of layer `name` emphasized (None: none of them)."""
        if key is None:
            self._emphasized.pop(name, None)
        else:
            self._emphasized[name] = key
        self._paint_highlights()

    def marks_at(self, position: int) -> list[Mark]:
        """Marks of clickable layers covering a display position, innermost (shortest) first."""
        found = [m for layer in self.layers.values() if layer.clickable for m in layer.marks if m.start <= position < m.end]
        return sorted(found, key=lambda m: m.end - m.start)

    # The annotations and the hits, as the rest of the window speaks of them -----------------------------
    @property
    def highlights(self) -> list[Mark]:
        return self.marks(AnnotationLayer.name)

    def set_highlights(self, highlights: list[Mark]) -> None:
        self.set_layer(AnnotationLayer(highlights))

    def focus_highlight(self, uuid: str | None) -> None:
        self.emphasize(AnnotationLayer.name, uuid)

    def highlights_at(self, position: int) -> list[Mark]:
        return self.marks_at(position)

    @property
    def find_hits(self) -> list[tuple[int, int]]:
        """Display spans of the current search or Ctrl+F hits."""
        return [(m.start, m.end) for m in self.marks(FindLayer.name)]

    def set_find_hits(self, spans: list[tuple[int, int]]) -> None:
        self.current_find = -1
        self._emphasized.pop(FindLayer.name, None)
        self.set_layer(FindLayer.of_spans(spans))

    def show_find_hit(self, index: int) -> None:
        """Select hit `index` (so it can be tagged at once) and centre it on the screen."""
        hits = self.find_hits
        if not hits:
            return
        self.current_find = index % len(hits)
        start, end = hits[self.current_find]
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centre_on(start, end)
        self.emphasize(FindLayer.name, str(self.current_find))

    # Painting --------------------------------------------------------------------------------------------
    def lay_out_to(self, y: float) -> None:
        """Have Qt lay the text out down to document y, asking block by block.

        Asked by position, Qt lays a long document out a few thousand characters at a time; asked
        by a hit test or a paint below what it has laid out, it lays out twice as much as the last
        time it had to (16,000 characters at once by the middle of a 60,000-character article: a
        10 ms stall in one frame of a scroll)."""
        document = self.document()
        layout = document.documentLayout()
        # Where it got to last time, unless the text is another or is being laid out again from the top
        # at a new width (the window or the margin beside the text resized).
        laid_to = (document, document.textWidth())
        block = self._laid_to if self._laid_to is not None and self._laid_to_of == laid_to else document.firstBlock()
        while block.isValid() and layout.blockBoundingRect(block).bottom() < y:
            block = block.next()
        if block.isValid():
            self._laid_to, self._laid_to_of = block, laid_to

    def screen_span(self) -> tuple[int, int]:
        """The display positions of the first character on screen and of the last.

        Asked on the text's start side at the top and its end side at the bottom, never in the
        document's top margin: while Qt is still laying a long document out, a hit test there
        answers with wherever its layout has got to, and lays out a few thousand characters more."""
        document = self.document()
        layout = document.documentLayout()
        viewport = self.viewport().rect()
        inset = document.documentMargin() + 1
        top = self.verticalScrollBar().value()
        self.lay_out_to(top + 2 * viewport.height())
        start_x, end_x = viewport.width() - inset, inset
        if not self.text_is_rtl():
            start_x, end_x = end_x, start_x
        x = self.horizontalScrollBar().value()
        first = layout.hitTest(QPointF(x + start_x, max(top, inset)), Qt.HitTestAccuracy.FuzzyHit)
        last = layout.hitTest(QPointF(x + end_x, top + viewport.height()), Qt.HitTestAccuracy.FuzzyHit)
        first, last = max(0, first), max(0, last)
        return min(first, last), max(first, last)

    def _paint_highlights(self, screen: tuple[int, int] | None = None) -> None:
        """Make the marks near the screen (its span, when the caller has just asked for it) ExtraSelections."""
        # Only the marks near the screen become ExtraSelections: each costs a QTextCursor, and an
        # article with 1,000 annotations would otherwise spend most of its opening time making them.
        document = self.document()
        low = high = 0
        if any(layer.marks for layer in self.layers.values()):
            first, last = screen or self.screen_span()
            ahead = max(PAINTED_AHEAD, last - first)  # at least a screen on either side
            low, high = first - ahead, last + ahead
        self._painted_range = (low, high)
        if self._selection_document is not document:
            self._selection_cache.clear()  # a new document: the cached cursors point into the old one
            self._selection_document = document
            self._painted_keys = None
        cache: dict[tuple[str, Mark, bool], list[QTextEdit.ExtraSelection]] = {}
        selections = []
        # Cursors made inside an edit block leave their x on screen unmeasured (a line's bidi runs and
        # justification: most of what a cursor costs); a highlight never moves up or down a line. The
        # empty edit block changes nothing but the document's revision number.
        unmeasured = QTextCursor(document)
        unmeasured.beginEditBlock()
        for layer in sorted(self.layers.values(), key=lambda layer: layer.order):
            emphasized = self._emphasized.get(layer.name)
            for mark in layer.marks_near(low, high):
                key = (layer.name, mark, mark.key == emphasized)
                pieces = self._selection_cache.get(key)
                if pieces is None:
                    fmt = layer.format_for(mark, key[2])
                    if fmt is None:
                        continue
                    pieces = _paragraph_selections(document, mark.start, mark.end, fmt)
                    if not pieces:
                        continue
                cache[key] = pieces
                selections += pieces
        unmeasured.endEditBlock()
        self._selection_cache = cache
        keys = list(cache)
        if keys != self._painted_keys:  # (a scroll that brings no mark near changes nothing)
            self._painted_keys = keys
            self.setExtraSelections(selections)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        outlined = [layer for layer in self.layers.values() if layer.outlined and layer.marks]
        if not outlined:
            return
        low, high = self._painted_range
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        painter.translate(-offset)
        # Only the lines the repaint reaches: a dotted, antialiased outline costs ~80 µs to draw.
        reached = QRectF(event.rect()).translated(offset).adjusted(-4, -4, 4, 4)
        for layer in outlined:
            emphasized = self._emphasized.get(layer.name)
            for mark in layer.marks_near(low, high):
                strong = mark.key == emphasized
                pen = QPen(QColor(mark.colors[0] if mark.colors else "#999999"), 2.0 if strong else 1.5)
                pen.setStyle(Qt.PenStyle.SolidLine if strong else Qt.PenStyle.DotLine)
                painter.setPen(pen)
                for rect in self.span_rects(mark.start, mark.end):
                    if rect.intersects(reached):
                        painter.drawRoundedRect(rect.adjusted(-1, 1, 1, -1), 3, 3)
        painter.end()

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """A rectangle per line the display span start…end covers, in document coordinates."""
        rects = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            layout, base = block.layout(), block.position()
            origin = layout.position()
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                first, last = max(start, base + line.textStart()), min(end, base + line.textStart() + line.textLength())
                if first >= last:
                    continue
                x1, x2 = _x_of(line.cursorToX(first - base)), _x_of(line.cursorToX(last - base))
                height = line.height()
                if number + 1 < layout.lineCount():  # a line height under 100 % (the title) overlaps
                    height = min(height, layout.lineAt(number + 1).y() - line.y())
                rects.append(QRectF(origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), height))
            block = block.next()
        return rects

    def _scrolled(self) -> None:
        if not any(layer.marks for layer in self.layers.values()):
            return
        low, high = self._painted_range
        first, last = self.screen_span()
        # The painted range follows the screen a little at a time: each frame of a scroll makes the few
        # marks it brings near, rather than every fifth frame making a few screens' worth at once.
        ahead = max(PAINTED_AHEAD, last - first) - PAINTED_STEP
        if first < low + ahead or last > high - ahead:
            self._paint_highlights((first, last))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.update_margins()
        if self.layers:
            self._paint_highlights()

    # Selection ----------------------------------------------------------------------------------------
    def select_source_span(self, start: int, end: int, centre: bool = False) -> None:
        """Select code points start…end; `centre` scrolls them to the middle of the screen (a jump),
        otherwise the view scrolls only as far as needed to show them."""
        if self.display is None:
            return
        display_start, display_end = self.display.span_to_display(start, end)
        cursor = self.textCursor()
        cursor.setPosition(display_start)
        cursor.setPosition(display_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if centre:
            self.centre_on(display_start, display_end)
        else:
            self.ensureCursorVisible()

    def centre_on(self, start: int, end: int | None = None) -> None:
        """Scroll so the span from display position `start` sits in the middle of the screen (a passage
        taller than the screen starts at its top)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        top = self.cursorRect(cursor)
        cursor.setPosition(end if end is not None else start)
        bottom = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        height = bottom.bottom() - top.top()
        middle = top.top() + height / 2 if height < self.viewport().height() else top.top() + self.viewport().height() / 3
        bar.setValue(round(bar.value() + middle - self.viewport().height() / 2))

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
            self.clicked_at.emit(position)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        texts = [self.tooltip_for(h.uuid) for h in self.highlights_at(position)]
        texts += [text for text in [self.tooltip_at(position)] if text]
        if texts:
            QToolTip.showText(event.globalPosition().toPoint(), "\n\n".join(texts), self.viewport())
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

    def setDocument(self, document) -> None:
        super().setDocument(document)
        self.document_replaced.emit()

    def set_side_widget(self, widget: QWidget | None) -> None:
        """Give `widget` the margin on the text's end side (left of right-to-left text); it keeps the
        room it asks for (its minimumWidth) while it is not hidden."""
        self.side_widget = widget
        self.update_margins()

    def text_is_rtl(self) -> bool:
        return self.document().defaultTextOption().textDirection() != Qt.LayoutDirection.LeftToRight

    def update_margins(self) -> None:
        free = self.width() - self.page_width
        side = self.side_widget if self.side_widget is not None and not self.side_widget.isHidden() else None
        if side is None:
            start = end = max(self.SIDE_MIN_TEXT, free // 2)
        else:
            needed = side.minimumWidth()
            end = max(needed, free // 2)
            start = max(self.SIDE_MIN_TEXT, min(free - end, free // 2))
        rtl = self.text_is_rtl()
        left, right = (end, start) if rtl else (start, end)
        margins = self.viewportMargins()
        if (margins.left(), margins.top(), margins.right(), margins.bottom()) != (left, 16, right, 16):
            self.setViewportMargins(left, 16, right, 16)  # (it lays the children out even when unchanged)
        if side is not None:
            viewport = self.viewport().geometry()
            width = side.minimumWidth()
            x = viewport.left() - width if rtl else viewport.right() + 1
            side.setGeometry(x, viewport.top(), width, viewport.height())


def _paragraph_selections(document: QTextDocument, start: int, end: int,
                          fmt: QTextCharFormat) -> list[QTextEdit.ExtraSelection]:
    """The span start…end as ExtraSelections, one per paragraph it touches, each ending before its
    paragraph's separator.

    A selection reaching into another paragraph makes `setExtraSelections` lay the whole document
    out (Qt asks for the root frame's rectangle to repaint it): ~25 ms for a 60,000-character
    article on opening, where the first screen needs a few hundred characters laid out. Drawn, the
    pieces look as the whole span did but for the separators themselves: at the end of a
    paragraph's last line the fill stops a pixel sooner, and the blank line between two paragraphs
    no longer gets a one-pixel sliver of it."""
    selections = []
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        first = max(start, block.position())
        last = min(end, block.position() + block.length() - 1)
        if first < last:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(document)
            selection.cursor.setPosition(first)
            selection.cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            selection.format = fmt
            selections.append(selection)
        block = block.next()
    return selections


def _x_of(found: object) -> float:
    """QTextLine.cursorToX's x (PySide6 returns it with the position it settled on)."""
    return float(found[0] if isinstance(found, tuple) else found)

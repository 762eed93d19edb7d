"""The margin (حاشیه): each annotation's card beside its passage, lanes for overlapping highlights.

A side widget of the text view, in the viewport margin on the text's end side (left of a
right-to-left article). Cards are laid out once per document layout in document coordinates
(`reader.core.margin_layout`); scrolling only repaints. Where a stretch of text holds more notes than
there is room for, one grouped marker stands for them; clicking it lists them.

Click a card: the passage is selected and centred. Double-click: the note is edited in place.
Up/Down (with the margin focused) and F8/Shift+F8 (anywhere in the window) move between annotations.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPixmap, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from reader.core.margin_layout import Item, LaneAssigner, Placed, Placer
from reader.core.text import text_direction
from reader.gui.text_direction import DirectionFollower

WIDTH = 236
LANE_STEP = 5
LANE_WIDTH = 3
MAX_LANES = 6
STRIP = MAX_LANES * LANE_STEP + 6  # the lanes' strip, next to the text
PADDING = 7
GAP = 6
NOTE_LINES = 3
SWATCH = 9
PIXMAPS_KEPT = 150  # about 15 MB at most: cards are drawn again as scrolling reaches them
EXTEND_SCREENS = 4  # notes are kept placed this many screens below the top of the view ...
FIRST_SCREENS = 2  # ... and this many when an article opens (its first paint waits for them)
WRAP_SLACK = 1.1  # wrapping at word boundaries leaves the ends of lines empty


class MarginNote(NamedTuple):
    """An annotation as the margin shows it; `start`/`end` are display positions. (A tuple rather
    than a dataclass: an article with 1,000 annotations makes 1,000 of them on opening.)"""

    uuid: str
    start: int
    end: int
    colors: tuple[str, ...]
    tags: tuple[str, ...]
    note: str
    author: str

    @property
    def initials(self) -> str:
        words = self.author.split()[:2]
        if not words:
            return ""
        if any("\u0600" <= w[0] <= "\u06ff" for w in words):
            return ".".join(w[0] for w in words)  # Arabic-script letters would join into a word
        return "".join(w[0] for w in words).upper()


class MarginNotes(QWidget):
    activated = Signal(str)
    """Fires with an annotation's uuid when the user clicks its card, picks it from a group or steps to it."""
    note_edited = Signal(str, str)
    """Fires with an annotation's uuid and its new note when an edit in place is committed."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.setObjectName("marginNotes")
        self.view = view
        self.notes: list[MarginNote] = []
        self._by_uuid: dict[str, MarginNote] = {}
        self.current: str | None = None
        self.placed: list[Placed] = []
        self._tops: list[float] = []
        self._bars: list[tuple[float, float, int, str]] = []  # (top, bottom, lane, colour) in document y
        self._bar_tops: list[float] = []  # the bars' tops, in reading order (so never decreasing)
        self._bar_reach = 0.0  # the tallest bar's height: how far above the screen one may begin
        self._placer = Placer(GAP, 0.0, 0.0)
        self._lanes = LaneAssigner()
        self._starts: list[int] = []
        self._computed = 0  # the notes placed so far (in reading order)
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._dirty = True
        self._document_width = -1.0
        self.editor: QPlainTextEdit | None = None
        self._editing: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMouseTracking(True)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.timeout.connect(self.invalidate)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.document_replaced.connect(self._watch_document)
        self._watch_document()

    # What is shown -----------------------------------------------------------------------------------
    def set_notes(self, notes: list[MarginNote]) -> None:
        self.notes = sorted(notes, key=lambda n: (n.start, -n.end, n.uuid))
        self._by_uuid = {n.uuid: n for n in self.notes}
        self._pixmaps.clear()
        if self.current not in self._by_uuid:
            self.current = None
        self.invalidate()

    def set_current(self, uuid: str | None) -> None:
        if uuid != self.current:
            self.current = uuid
            self.update()

    def invalidate(self) -> None:
        """The document's layout or the notes changed: lay out again before the next paint."""
        self._dirty = True
        self.update()

    def _watch_document(self) -> None:
        self._document_width = -1.0
        self.view.document().documentLayout().documentSizeChanged.connect(self._document_resized)
        self.invalidate()

    def _document_resized(self, size) -> None:
        # Qt lays a long document out a stretch at a time after it is shown, each stretch reported as a
        # taller document: that moves nothing already placed. A new width moves every line.
        if size.width() != self._document_width:
            self._document_width = size.width()
            self._relayout.start(0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.invalidate()  # card heights depend on the width

    def _scrolled(self) -> None:
        self.update()
        if self.editor is not None:
            self._place_editor()

    # Layout ---------------------------------------------------------------------------------------------
    def _line_rect(self, position: int) -> QRectF:
        """The line holding display position `position`, in document coordinates."""
        document = self.view.document()
        block = document.findBlock(position)
        if not block.isValid():
            return QRectF()
        box = document.documentLayout().blockBoundingRect(block)
        line = block.layout().lineForTextPosition(position - block.position())
        if not line.isValid():
            return box
        return QRectF(box.x(), box.y() + line.y(), box.width(), line.height())

    def card_height(self, note: MarginNote) -> float:
        """The card's height: a header line and the note's wrapped lines, at most NOTE_LINES. (Measured
        only as notes are placed, a few screens at a time: shaping every note on opening would cost.)"""
        metrics = QFontMetricsF(self.font())
        inner = max(1.0, self._card_width() - 2 * PADDING)
        lines = 0
        for line in note.note.splitlines():
            lines += max(1, math.ceil(metrics.horizontalAdvance(line) * WRAP_SLACK / inner))
            if lines >= NOTE_LINES:
                break
        lines = min(lines, NOTE_LINES)
        return 2 * PADDING + metrics.height() * (1 + lines) + (2 if lines else 0)

    def _card_width(self) -> float:
        return self.width() - STRIP - 2 * PADDING

    def _layout(self) -> None:
        """Start the layout afresh; only the notes down to FIRST_SCREENS below the top of the view are placed now.

        Qt lays a long document out lazily, from the top, as it is shown; asking where the 1,000th
        note's line is would make it lay out the whole article on opening. Cards only push later
        cards down, so the notes further down are placed as scrolling reaches them (`_extend`, a little each frame)."""
        self._dirty = False
        self._computed = 0
        self._bars = []
        self._bar_tops = []
        self._bar_reach = 0.0
        self._lanes = LaneAssigner()
        self._starts = [n.start for n in self.notes]
        line = QFontMetricsF(self.view.document().defaultFont()).height()
        height = QFontMetricsF(self.font()).height()
        # A stretch may push its cards down by half a screen at most before it folds into a marker.
        self._placer = Placer(GAP, marker_height=height + 2 * PADDING - 2, window=2.5 * line, slack=line,
                              max_room=max(4 * line, self.view.viewport().height() / 2))
        self.placed = []
        self._tops = []
        self._extend(self._wanted_position(FIRST_SCREENS))

    def _wanted_position(self, screens: int = EXTEND_SCREENS) -> int:
        """The display position `screens` screens below the top of the view. (Placed ahead of the
        screen, a stretch is settled before it is seen: one that turns out too crowded for its cards
        folds into a marker off screen.)"""
        view = self.view
        y = view.verticalScrollBar().value() + screens * view.viewport().height()
        view.lay_out_to(y)
        return view.document().documentLayout().hitTest(QPointF(view.viewport().width() / 2, y),
                                                         Qt.HitTestAccuracy.FuzzyHit)

    def _extend(self, position: int) -> None:
        """Place the notes that begin before display position `position` (and those before them)."""
        done = self._computed
        upto = bisect_left(self._starts, position + 1)
        if upto <= done and done:
            return
        items = []
        for note in self.notes[done:upto]:
            lane = self._lanes.assign(note.start, note.end)  # notes are in start order, as lanes need
            top = self._line_rect(note.start)
            bottom = self._line_rect(max(note.start, note.end - 1))
            self._bars.append((top.top(), bottom.bottom(), lane, note.colors[0] if note.colors else "#999999"))
            self._bar_tops.append(top.top())
            self._bar_reach = max(self._bar_reach, bottom.bottom() - top.top())
            if note.note or note.tags:
                items.append(Item(note.uuid, top.top(), self.card_height(note)))
        self._computed = max(done, upto)
        self._placer.add(items)  # only these are placed anew (and the stretch they may join)
        complete = self._computed >= len(self.notes)
        # The last cards are lifted so none ends below the text once every note is placed.
        bottom = self.view.document().documentLayout().documentSize().height() if complete else None
        self.placed = self._placer.placed(bottom)
        self._tops = [p.y for p in self.placed]

    # Painting ---------------------------------------------------------------------------------------------
    def _offset(self) -> float:
        """Document y of this widget's top edge."""
        return self.view.verticalScrollBar().value() - (self.view.viewport().y() - self.y())

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._dirty:
            self._layout()
        elif self._computed < len(self.notes) and (not self._bars or
                                                   self._bars[-1][0] < self._offset() + (EXTEND_SCREENS - 1) * self.height()):
            # Kept a few screens ahead a little at a time: each frame of a scroll places what it uncovered.
            self._extend(self._wanted_position())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        offset = self._offset()
        visible_top, visible_bottom = offset, offset + self.height()
        rtl_side = self.x() < self.view.viewport().x()  # the margin is on the text's left
        strip_x = self.width() - STRIP if rtl_side else 0
        card_x = PADDING if rtl_side else STRIP + PADDING
        for index in range(bisect_left(self._bar_tops, visible_top - self._bar_reach), len(self._bars)):
            top, bottom, lane, colour = self._bars[index]
            if top > visible_bottom:
                break
            if bottom < visible_top:
                continue
            shown = min(lane, MAX_LANES - 1)
            x = strip_x + STRIP - 4 - (shown + 1) * LANE_STEP if rtl_side else strip_x + 4 + shown * LANE_STEP
            painter.fillRect(QRectF(x, top - offset, LANE_WIDTH, max(2.0, bottom - top)), QColor(colour))
        first = max(0, bisect_left(self._tops, visible_top - 400) - 1)
        look = (palette.cacheKey(), self.view.text_is_rtl(), self.font().key())  # what every card's pixels depend on
        for placed in self.placed[first:]:
            if placed.y > visible_bottom:
                break
            if placed.bottom < visible_top:
                continue
            rect = QRectF(card_x, placed.y - offset, self._card_width(), placed.height)
            self._leader(painter, placed, rect, offset, rtl_side, palette)
            painter.drawPixmap(rect.topLeft(), self._card_pixmap(placed, rect, palette, look))
        painter.end()

    def _card_pixmap(self, placed: Placed, rect: QRectF, palette: QPalette, look: tuple) -> QPixmap:
        """The card (or a group's marker) drawn once and kept: scrolling then only copies pixels
        (shaping Persian text is slow). The oldest are dropped first, so a long scroll never has
        to draw every card on the screen again at once."""
        # By uuid: the notes' contents cannot change without set_notes, which empties the cache.
        key = (placed.keys, self.current in placed.keys, round(rect.width()), round(rect.height()), look)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            while len(self._pixmaps) >= PIXMAPS_KEPT:
                del self._pixmaps[next(iter(self._pixmaps))]
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(math.ceil(rect.width() * ratio), math.ceil(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self.font())
            local = QRectF(0, 0, rect.width(), rect.height())
            if placed.is_group:
                self._paint_group(painter, placed, local, palette)
            else:
                self._paint_card(painter, self._by_uuid[placed.keys[0]], local, palette)
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap

    def _leader(self, painter: QPainter, placed: Placed, rect: QRectF, offset: float, rtl_side: bool,
                palette: QPalette) -> None:
        """A thin line from a card pushed away from its passage back to the passage's line."""
        if placed.y - placed.anchor < 2:
            return
        pen = QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        edge = rect.right() if rtl_side else rect.left()
        end = self.width() - STRIP if rtl_side else STRIP
        painter.drawLine(QPointF(edge, rect.top() + 8), QPointF(end, placed.anchor - offset + 8))

    def _paint_card(self, painter: QPainter, note: MarginNote, rect: QRectF, palette: QPalette) -> None:
        """A card laid out in the article's direction (its tags' swatches on the text's start side);
        the note itself in its own."""
        current = note.uuid == self.current
        rtl = self.view.text_is_rtl()
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        fill = palette.color(QPalette.ColorRole.Button)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.5) if current
                       else QPen(palette.color(QPalette.ColorRole.Mid), 0.6))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        colour = QColor(note.colors[0] if note.colors else "#999999")
        bar = QRectF(rect.right() - 3, rect.top() + 3, 3, rect.height() - 6) if rtl else QRectF(rect.left(), rect.top() + 3, 3, rect.height() - 6)
        painter.fillRect(bar, colour)
        metrics = QFontMetricsF(self.font())
        inner = rect.adjusted(PADDING, PADDING - 2, -PADDING, -PADDING)
        header = QRectF(inner.left(), inner.top(), inner.width(), metrics.height())
        x = header.right() - SWATCH if rtl else header.left()
        for tag_colour in note.colors[:4]:
            painter.setPen(QPen(QColor(0, 0, 0, 110), 0.8))
            painter.setBrush(QColor(tag_colour))
            painter.drawRoundedRect(QRectF(x, header.center().y() - SWATCH / 2, SWATCH, SWATCH), 2, 2)
            x += -(SWATCH + 3) if rtl else SWATCH + 3
        name_rect = QRectF(header.left(), header.top(), header.width() - (SWATCH + 3) * min(4, len(note.colors)) - 30,
                           header.height())
        if rtl:
            name_rect.moveRight(x + SWATCH)
        else:
            name_rect.moveLeft(x)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        names = "، ".join(note.tags) if rtl else ", ".join(note.tags)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
                         QFontMetricsF(bold).elidedText(names, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(header, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing, note.initials)
        if note.note:
            body = QRectF(inner.left(), header.bottom() + 2, inner.width(), inner.bottom() - header.bottom() - 2)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.save()
            note_rtl = text_direction(note.note) == "rtl"
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if note_rtl else Qt.LayoutDirection.LeftToRight)
            painter.drawText(body, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             _first_lines(note.note, metrics, body.width(), NOTE_LINES))
            painter.restore()

    def _paint_group(self, painter: QPainter, placed: Placed, rect: QRectF, palette: QPalette) -> None:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0.6))
        painter.setBrush(palette.color(QPalette.ColorRole.Button))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        colours = []
        for key in placed.keys:
            for colour in self._by_uuid[key].colors[:1]:
                if colour not in colours:
                    colours.append(colour)
        rtl = self.view.text_is_rtl()
        painter.save()
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        x = rect.right() - PADDING - SWATCH if rtl else rect.left() + PADDING
        for colour in colours[:5]:
            painter.setPen(QPen(QColor(0, 0, 0, 110), 0.8))
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(x, rect.center().y() - SWATCH / 2, SWATCH, SWATCH), 2, 2)
            x += -(SWATCH + 3) if rtl else SWATCH + 3
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        label = self.tr("%n note(s)", "", len(placed.keys))
        text_rect = rect.adjusted(PADDING, 0, -PADDING, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing, label)
        painter.restore()

    # Finding what is where ------------------------------------------------------------------------------------
    def placed_at(self, y: float) -> Placed | None:
        """The card or group at widget y."""
        document_y = y + self._offset()
        index = bisect_left(self._tops, document_y + 0.5) - 1
        if 0 <= index < len(self.placed) and self.placed[index].y <= document_y <= self.placed[index].bottom:
            return self.placed[index]
        return None

    def card_rect(self, uuid: str) -> QRectF | None:
        """Where the card of `uuid` is drawn now, in widget coordinates (None in a group or without a card)."""
        if self._dirty:
            self._layout()
        note = self._by_uuid.get(uuid)
        if note is not None:
            self._extend(note.start)
        rtl_side = self.x() < self.view.viewport().x()
        for placed in self.placed:
            if placed.keys == (uuid,):
                x = PADDING if rtl_side else STRIP + PADDING
                return QRectF(x, placed.y - self._offset(), self._card_width(), placed.height)
        return None

    # Mouse and keys -------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._dirty:
            self._layout()
        placed = self.placed_at(event.position().y())
        if placed is None:
            return
        if placed.is_group:
            self._choose_from_group(placed, event.globalPosition().toPoint())
        else:
            self.activate(placed.keys[0])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        placed = self.placed_at(event.position().y())
        if placed is not None and not placed.is_group:
            self.edit(placed.keys[0])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        placed = self.placed_at(event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if placed is not None else Qt.CursorShape.ArrowCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current:
            self.edit(self.current)
        else:
            super().keyPressEvent(event)

    def _choose_from_group(self, placed: Placed, where) -> None:
        menu = QMenu(self)
        menu.setObjectName("marginGroupMenu")
        for key in placed.keys:
            note = self._by_uuid[key]
            text = "، ".join(note.tags) if self.view.text_is_rtl() else ", ".join(note.tags)
            if note.note:
                text += " — " + note.note.splitlines()[0][:60]
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, k=key: self.activate(k))
        self.group_menu = menu
        menu.popup(where)

    def activate(self, uuid: str) -> None:
        self.set_current(uuid)
        self.activated.emit(uuid)

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) annotation in reading order, from the current one or the screen."""
        if not self.notes:
            return
        uuids = [n.uuid for n in self.notes]
        if self.current in uuids:
            index = uuids.index(self.current) + delta
        else:
            top = self.view.screen_span()[0]
            index = next((i for i, n in enumerate(self.notes) if n.start >= top), len(self.notes))
            index = index if delta > 0 else index - 1
        self.activate(uuids[max(0, min(len(uuids) - 1, index))])

    # Editing in place -------------------------------------------------------------------------------------------
    def edit(self, uuid: str) -> None:
        note = self._by_uuid.get(uuid)
        if note is None:
            return
        self.set_current(uuid)
        self.close_editor(commit=True)
        editor = QPlainTextEdit(self)
        editor.setObjectName("marginNoteEditor")
        editor.setPlainText(note.note)
        editor.setTabChangesFocus(True)
        article_rtl = self.view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
        editor.direction_follower = DirectionFollower(
            editor, Qt.LayoutDirection.RightToLeft if article_rtl else Qt.LayoutDirection.LeftToRight)
        editor.installEventFilter(self)
        self.editor = editor
        self._editing = uuid
        self._place_editor()
        editor.show()
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def _place_editor(self) -> None:
        if self.editor is None or self._editing is None:
            return
        rect = self.card_rect(self._editing)
        if rect is None:
            top = self._line_rect(self._by_uuid[self._editing].start).top() - self._offset()
            rtl_side = self.x() < self.view.viewport().x()
            rect = QRectF(PADDING if rtl_side else STRIP + PADDING, top, self._card_width(), 0)
        self.editor.setGeometry(rect.adjusted(0, 0, 0, 0).toRect().adjusted(0, 0, 0, max(0, 120 - int(rect.height()))))

    def close_editor(self, commit: bool) -> None:
        editor, uuid = self.editor, self._editing
        if editor is None or uuid is None:
            return
        self.editor = None
        self._editing = None
        text = editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
        editor.hide()
        editor.deleteLater()
        note = self._by_uuid.get(uuid)
        if commit and note is not None and text != note.note:
            self.note_edited.emit(uuid, text)
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            if event.type() == QEvent.Type.KeyPress:
                key = event.key()
                if key == Qt.Key.Key_Escape:
                    self.close_editor(commit=False)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.close_editor(commit=True)
                    return True
            elif event.type() == QEvent.Type.FocusOut:
                QTimer.singleShot(0, lambda: self.close_editor(commit=True))
        return super().eventFilter(watched, event)


def _first_lines(text: str, metrics: QFontMetricsF, width: float, count: int) -> str:
    """The note's first `count` wrapped lines, the last one elided when there is more."""
    lines = text.splitlines()
    shown: list[str] = []
    for line in lines:
        if len(shown) >= count:
            break
        shown.append(line)
    joined = "\n".join(shown)
    budget = width * count * 0.8  # wrapping wastes the ends of lines
    if metrics.horizontalAdvance(joined) > budget or len(lines) > count:
        return metrics.elidedText(joined.replace("\n", " "), Qt.TextElideMode.ElideRight, budget - width * 0.15)
    return joined

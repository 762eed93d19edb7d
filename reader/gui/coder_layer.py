"""Whose spans are whose: each compared coder's colour and line, the agreement layer the reader draws
over an article, and the layer of one coder's own spans in the side-by-side panes.

Lines and letters, not fills, carry the coders: the annotation layer's tag colours stay visible
beneath. A piece only one coder marked is written in that coder's colour and underlined with the
coder's own line, which differs in shape as well as colour (solid, wavy, dashed …), so the layers
can be told apart without telling colours apart. Where every compared coder marked a piece, a
dotted grey line says they gave it the same tags; red, dashed, that they did not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QTextCharFormat

from reader.core.disagreements import CodedSpan, coverage
from reader.core.display import DisplayText
from reader.gui.highlight_layers import NO_COLOUR, Layer, Mark

Underline = QTextCharFormat.UnderlineStyle

CODER_COLOURS = ("#8e24aa", "#00897b", "#e65100", "#3949ab", "#6d4c41", "#c2185b")
CODER_LINES = (Underline.SingleUnderline, Underline.WaveUnderline, Underline.DashUnderline,
               Underline.DotLine, Underline.DashDotLine, Underline.DashDotDotLine)
AGREE_COLOUR, AGREE_LINE = "#5f6368", Underline.DotLine  # every coder, the same tags
DIFFER_COLOUR, DIFFER_LINE = "#d32f2f", Underline.DashUnderline  # some coders, or different tags


def coder_colour(position: int) -> str:
    return CODER_COLOURS[position % len(CODER_COLOURS)]


def coder_line(position: int) -> Underline:
    return CODER_LINES[position % len(CODER_LINES)]


class CoderMark(Mark):
    """A piece of text and who marked it: bit i of `coders` set when coder i did."""

    coders: int = 0
    same_tags: bool = True  # whether the coders who marked it gave it the same tags


def _underlined(colour: str, line: Underline) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(line)
    fmt.setUnderlineColor(QColor(colour))
    return fmt


class AgreementLayer(Layer):
    """The compared coders' spans over the article in the reader; the marks of one stretch (key) can
    be emphasized with a light wash of their line's colour."""

    name = "agreement"
    order = 15  # over the annotations' fills, under find hits

    def __init__(self, marks: Iterable[CoderMark] = (), coders: int = 2) -> None:
        super().__init__(marks)
        self.coders = coders

    @classmethod
    def of_spans(cls, display: DisplayText, coders: Sequence[Sequence[CodedSpan]],
                 stretches: Sequence[tuple[int, int]] = ()) -> AgreementLayer:
        """Marks for each coder's spans (code points of `display`'s source); a piece inside stretch i
        of `stretches` has key str(i), so that `emphasize` can light a whole stretch up."""
        marks = []
        for piece in coverage(coders):
            mask = sum(1 << coder for coder, tags in enumerate(piece.tags) if tags)
            given = {tags for tags in piece.tags if tags}
            key = next((str(i) for i, (start, end) in enumerate(stretches) if start <= piece.start and piece.end <= end), "")
            start, end = display.span_to_display(piece.start, piece.end)
            marks.append(CoderMark(key, start, end, coders=mask, same_tags=len(given) == 1))
        return cls(marks, len(coders))

    def char_format(self, mark: Mark, emphasized: bool) -> QTextCharFormat:
        assert isinstance(mark, CoderMark)
        colour, line = self.look(mark.coders, mark.same_tags)
        fmt = _underlined(colour, line)
        if colour != AGREE_COLOUR:
            fmt.setForeground(QColor(colour))
        if emphasized:
            wash = QColor(colour)
            wash.setAlpha(70)
            fmt.setBackground(wash)
        return fmt

    def look(self, coders: int, same_tags: bool) -> tuple[str, Underline]:
        """The colour and line of a piece marked by the coders of the mask `coders`."""
        if coders.bit_count() == 1:
            position = coders.bit_length() - 1
            return coder_colour(position), coder_line(position)
        if coders == (1 << self.coders) - 1 and same_tags:
            return AGREE_COLOUR, AGREE_LINE
        return DIFFER_COLOUR, DIFFER_LINE


class CoderSpansLayer(Layer):
    """One coder's spans in a side-by-side pane: the tag's colour as a fill (as in the reader) and the
    coder's own line beneath."""

    name = "coder"
    order = 10

    def __init__(self, marks: Iterable[Mark] = (), position: int = 0) -> None:
        super().__init__(marks)
        self.position = position

    def char_format(self, mark: Mark, emphasized: bool) -> QTextCharFormat:
        fmt = _underlined(coder_colour(self.position), coder_line(self.position))
        fill = QColor(mark.colors[0] if mark.colors else NO_COLOUR)
        fill.setAlpha(150 if emphasized else 80)
        fmt.setBackground(fill)
        return fmt


class ContextLayer(Layer):
    """The text around a stretch, shown for reading but set back in a muted colour."""

    name = "context"
    order = 0

    def __init__(self, marks: Iterable[Mark] = (), colour: str = "#888888") -> None:
        super().__init__(marks)
        self.colour = colour

    def char_format(self, mark: Mark, emphasized: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(self.colour))
        return fmt


def line_sample(colour: str, line: Underline, width: int = 28, height: int = 12) -> QIcon:
    """A short stretch of a layer's line, for legends: the same shape and colour as in the text."""
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 2)
    y = height / 2
    if line == Underline.WaveUnderline:
        path = QPainterPath(QPointF(1, y))
        for x in range(1, width - 1, 4):
            path.quadTo(QPointF(x + 1, y - 3 if (x // 4) % 2 else y + 3), QPointF(x + 4, y))
        painter.setPen(pen)
        painter.drawPath(path)
    else:
        styles = {Underline.DashUnderline: Qt.PenStyle.DashLine, Underline.DotLine: Qt.PenStyle.DotLine,
                  Underline.DashDotLine: Qt.PenStyle.DashDotLine, Underline.DashDotDotLine: Qt.PenStyle.DashDotDotLine}
        pen.setStyle(styles.get(line, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        painter.drawLine(QPointF(1, y), QPointF(width - 1, y))
    painter.end()
    return QIcon(pixmap)

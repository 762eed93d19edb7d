"""What is marked in the article's text, layer by layer: annotations, search and find hits, and
whatever a feature adds (suggestions, a colleague's codes for agreement).

A layer holds marks (spans in the display's UTF-16 positions) and decides how each looks; the text
view draws every layer, in `order`, only near the screen. A feature that wants its own marking
subclasses `Layer` and calls `ArticleTextView.set_layer` — nothing in the view changes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable

from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.record import Record
from reader.gui.theme import HIT_BACKGROUND, HIT_CURRENT_BACKGROUND, HIT_FOREGROUND

NO_COLOUR = "#999999"


class Mark(Record):
    """One marked span; `key` names it within its layer (an annotation's uuid, a hit's number)."""

    key: str
    start: int
    end: int
    colors: tuple[str, ...] = ()

    @property
    def uuid(self) -> str:
        return self.key


Highlight = Mark  # an annotation as painted: its uuid, display span and tags' colours


class Layer:
    """A kind of marking. Subclasses set `name` and `order` (higher draws on top) and say how a mark
    looks, plain or emphasized (the focused annotation, the current hit)."""

    name = ""
    order = 0
    clickable = False
    """Whether clicking or hovering a mark reports it (annotations do; hits do not)."""
    outlined = False
    """Whether the text view draws each mark's outline (in its first colour, dotted; solid when
    emphasized) besides its character format."""

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        self.marks: list[Mark] = sorted(marks, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.marks]
        self._longest = max((m.end - m.start for m in self.marks), default=0)
        self._formats: dict[tuple[Hashable, bool], QTextCharFormat | None] = {}

    def marks_near(self, low: int, high: int) -> list[Mark]:
        """The marks touching low…high, in order (found by their starts, not by looking at all 1,000)."""
        first = bisect_left(self._starts, low - self._longest)
        return [m for m in self.marks[first:bisect_right(self._starts, high)] if m.end >= low]

    def char_format(self, mark: Mark, emphasized: bool) -> QTextCharFormat | None:
        """How the mark's characters look (None: as they are)."""
        raise NotImplementedError

    def format_key(self, mark: Mark) -> Hashable:
        """What `char_format` depends on besides emphasis: marks that look alike share one format.
        (The mark itself unless a layer says less.)"""
        return mark

    def format_for(self, mark: Mark, emphasized: bool) -> QTextCharFormat | None:
        """`char_format`, made once per look for as long as the layer is shown."""
        key = (self.format_key(mark), emphasized)
        if key not in self._formats:
            self._formats[key] = self.char_format(mark, emphasized)
        return self._formats[key]


class AnnotationLayer(Layer):
    name = "annotations"
    order = 10
    clickable = True

    def format_key(self, mark: Mark) -> Hashable:
        return mark.colors

    def char_format(self, mark: Mark, emphasized: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fill = QColor(mark.colors[0] if mark.colors else NO_COLOUR)
        # Translucent fills blend where annotations overlap, so both stay visible.
        fill.setAlpha(150 if emphasized else 70)
        fmt.setBackground(fill)
        # A second tag shows as a dashed underline in its own colour.
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline if len(mark.colors) > 1
                              else QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(mark.colors[-1] if mark.colors else NO_COLOUR))
        return fmt


class FindLayer(Layer):
    """Search and Ctrl+F hits: marker yellow, the current one orange, dark text on both in every theme."""

    name = "find"
    order = 20

    def format_key(self, mark: Mark) -> Hashable:
        return ()

    def char_format(self, mark: Mark, emphasized: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIT_CURRENT_BACKGROUND if emphasized else HIT_BACKGROUND))
        fmt.setForeground(QColor(HIT_FOREGROUND))
        return fmt

    @classmethod
    def of_spans(cls, spans: Iterable[tuple[int, int]]) -> FindLayer:
        return cls(Mark(str(index), start, end) for index, (start, end) in enumerate(spans))


class SuggestionLayer(Layer):
    """Suggested claims and denials: never a fill, which would pass for an annotation, but a dotted
    outline in the tag's colour drawn by the text view (`outlined`); the current one is outlined
    solid over a faint fill of its colour."""

    name = "suggestions"
    order = 5
    outlined = True

    def format_key(self, mark: Mark) -> Hashable:
        return mark.colors

    def char_format(self, mark: Mark, emphasized: bool) -> QTextCharFormat | None:
        if not emphasized:
            return None
        fmt = QTextCharFormat()
        fill = QColor(mark.colors[0] if mark.colors else NO_COLOUR)
        fill.setAlpha(40)
        fmt.setBackground(fill)
        return fmt

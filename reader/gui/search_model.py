"""The search results: a list model over `SearchHit`s, a page at a time, and the delegate drawing them.

The service returns a page of hits (50) and the total; the model holds the pages fetched so far
and asks for the next one through a callback when the view scrolls to the end (`fetchMore`), so
a search matching 30,000 articles never reads more than the pages the user looks at.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QIcon, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.core.text import text_direction
from reader.gui.date_text import date_style
from reader.gui.theme import HIT_BACKGROUND, HIT_FOREGROUND
from reader.services.search import SearchHit

Index = QModelIndex | QPersistentModelIndex
Spans = tuple[tuple[int, int], ...]

# The hit marking inside snippets: a fixed marker-pen yellow with dark text, legible on every theme.


def snippet_html(snippet: str, spans: Iterable[tuple[int, int]]) -> str:
    """The snippet as escaped rich text with each hit in bold on a highlight background.

    Spans are sorted, clipped to the snippet and merged where they overlap, so any list the
    service hands over gives well-formed markup.
    """
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(snippet), e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[str] = []
    done = 0
    for start, end in merged:
        parts.append(html.escape(snippet[done:start]))
        parts.append(
            f'<b><span style="background:{HIT_BACKGROUND}; color:{HIT_FOREGROUND}">'
            f"{html.escape(snippet[start:end])}</span></b>"
        )
        done = end
    parts.append(html.escape(snippet[done:]))
    return "".join(parts)


class SearchResultsModel(QAbstractListModel):
    SnippetRole = Qt.ItemDataRole.UserRole + 1
    """The snippet as rich text, hits marked."""
    DateRole = Qt.ItemDataRole.UserRole + 2
    ArticleIdRole = Qt.ItemDataRole.UserRole + 3
    SpansRole = Qt.ItemDataRole.UserRole + 4
    """Every hit in the article, as (start, end) code points into its text."""
    SnippetDirectionRole = Qt.ItemDataRole.UserRole + 5
    """Qt.LayoutDirection of the snippet's own text (Persian: right to left)."""

    def __init__(self, fetch_page: Callable[[], None] | None = None, parent=None) -> None:
        """`fetch_page` is called (once per `fetchMore`) to append the next page with `append_hits`."""
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._total = 0
        self._fetch_page = fetch_page
        self._fetching = False
        self._html: dict[int, str] = {}
        self._directions: dict[int, Qt.LayoutDirection] = {}
        date_style().changed.connect(self._dates_changed)

    # Contents ------------------------------------------------------------------------------------
    def set_fetch_page(self, fetch_page: Callable[[], None] | None) -> None:
        self._fetch_page = fetch_page

    def set_hits(self, hits: Sequence[SearchHit], total: int | None = None) -> None:
        """Show the first page of a new search; `total` is how many articles match in all."""
        self.beginResetModel()
        self._hits = list(hits)
        self._total = max(len(self._hits), total if total is not None else len(self._hits))
        self._html.clear()
        self._directions.clear()
        self.endResetModel()

    def append_hits(self, hits: Sequence[SearchHit]) -> None:
        """Add a further page at the end."""
        if not hits:
            # The library changed under the search: no more pages, whatever the total said.
            self._total = len(self._hits)
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
        self._hits.extend(hits)
        self._total = max(self._total, len(self._hits))
        self.endInsertRows()

    def clear(self) -> None:
        self.set_hits([], 0)

    def _dates_changed(self) -> None:
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1), [self.DateRole])

    def stop_fetching(self) -> None:
        """No further pages (the next one failed): the rows fetched so far are all there will be."""
        self._total = len(self._hits)

    @property
    def total(self) -> int:
        """How many articles match, fetched or not."""
        return self._total

    # Qt model interface --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._hits):
            return None
        row = index.row()
        hit = self._hits[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == self.SnippetRole:
            found = self._html.get(row)
            if found is None:
                found = self._html[row] = snippet_html(hit.snippet, hit.snippet_spans)
            return found
        if role == self.SnippetDirectionRole:
            direction = self._directions.get(row)
            if direction is None:
                rtl = text_direction(hit.snippet or hit.title) == "rtl"
                direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
                self._directions[row] = direction
            return direction
        if role == self.DateRole:
            return date_style().day(hit.date)
        if role == self.ArticleIdRole:
            return hit.article_id
        if role == self.SpansRole:
            return hit.spans
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._fetch_page is not None and len(self._hits) < self._total

    def fetchMore(self, parent: Index) -> None:
        # One page per call; the guard keeps a view that re-asks while rows are being inserted
        # from starting a second fetch inside the first.
        if self._fetching or not self.canFetchMore(parent):
            return
        assert self._fetch_page is not None
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False


class SearchResultDelegate(QStyledItemDelegate):
    """A result in three parts: the title in bold, the date (muted; left out when there is none), and the
    snippet with its hits marked.

    Placement (which edge the title starts from, where the date sits) follows the view's layout
    direction; the snippet's paragraph direction follows its own text, so a Persian snippet keeps
    its punctuation and numbers in the right places even in an English interface.
    """

    MARGIN = 6
    GAP = 2
    _CACHE_LIMIT = 400

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, int, str, Qt.LayoutDirection, Qt.LayoutDirection], QTextDocument] = {}

    # Qt -----------------------------------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if not index.isValid():
            return super().sizeHint(option, index)
        width = self._content_width(option)
        title_font, date_font = self._fonts(option.font)
        height = self.MARGIN + QFontMetrics(title_font).height()
        if index.data(SearchResultsModel.DateRole):
            height += self.GAP + QFontMetrics(date_font).height()
        document = self._document(index, option, width)
        if document is not None:
            height += self.GAP + int(document.size().height() + 0.999)
        height += self.MARGIN
        return QSize(width + 2 * self.MARGIN, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.isValid():
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The row's background, selection and focus frame, drawn by the style; the text is ours.
        opt.text = ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        if group == QPalette.ColorGroup.Normal and not opt.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, text_role)
        muted = opt.palette.color(group, text_role if selected else QPalette.ColorRole.PlaceholderText)

        view_direction = opt.direction
        width = self._content_width(option)
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        left_edge = view_direction == Qt.LayoutDirection.LeftToRight
        align = (Qt.AlignmentFlag.AlignLeft if left_edge else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignAbsolute
        title_font, date_font = self._fonts(opt.font)

        painter.save()
        painter.setClipRect(opt.rect)
        y = rect.top()

        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(text_color)
        elided = title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRectF(rect.left(), y, rect.width(), title_metrics.height()), elided,
                         self._line_option(elided, align))
        y += title_metrics.height()

        date = str(index.data(SearchResultsModel.DateRole) or "")
        if date:  # an undated article gets no empty line
            y += self.GAP
            date_metrics = QFontMetrics(date_font)
            painter.setFont(date_font)
            painter.setPen(muted)
            date_option = QTextOption(align)
            date_option.setTextDirection(view_direction)  # written in the interface's language
            date_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            painter.drawText(QRectF(rect.left(), y, rect.width(), date_metrics.height()), date, date_option)
            y += date_metrics.height()

        document = self._document(index, opt, width)
        if document is not None:
            y += self.GAP
            painter.translate(rect.left(), y)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = QPalette(opt.palette)
            context.palette.setColor(QPalette.ColorRole.Text, text_color)
            context.clip = QRectF(0, 0, rect.width(), max(0, opt.rect.bottom() - y))
            document.documentLayout().draw(painter, context)
        painter.restore()

    # Internals --------------------------------------------------------------------------------------------
    def _content_width(self, option: QStyleOptionViewItem) -> int:
        """The width the row's text is laid out in: the view's (viewport) width, less the margins."""
        widget = option.widget
        width = 0
        if isinstance(widget, QAbstractItemView):
            width = widget.viewport().width()
        elif isinstance(widget, QWidget):
            width = widget.width()
        if width <= 0:
            width = option.rect.width()
        if width <= 0:
            width = 300
        return max(40, width - 2 * self.MARGIN)

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont]:
        title = QFont(base)
        title.setBold(True)
        date = QFont(base)
        if base.pointSizeF() > 0:
            date.setPointSizeF(base.pointSizeF() * 0.85)
        elif base.pixelSize() > 0:
            date.setPixelSize(max(8, round(base.pixelSize() * 0.85)))
        return title, date

    @staticmethod
    def _line_option(text: str, align: Qt.AlignmentFlag) -> QTextOption:
        option = QTextOption(align)
        rtl = text_direction(text) == "rtl"
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        return option

    def _document(self, index: Index, option: QStyleOptionViewItem, width: int) -> QTextDocument | None:
        rich = index.data(SearchResultsModel.SnippetRole)
        if not rich:
            return None
        text_dir = index.data(SearchResultsModel.SnippetDirectionRole)
        if not isinstance(text_dir, Qt.LayoutDirection):
            text_dir = Qt.LayoutDirection.LeftToRight
        view_direction = option.direction
        key = (str(rich), width, option.font.key(), text_dir, view_direction)
        document = self._documents.get(key)
        if document is not None:
            return document
        if len(self._documents) > self._CACHE_LIMIT:
            for old in self._documents.values():
                old.deleteLater()
            self._documents.clear()
        document = QTextDocument(self)
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setTextDirection(text_dir)
        # Like the title: flush with the view's leading edge, whatever the snippet's own direction.
        edge = Qt.AlignmentFlag.AlignLeft if view_direction == Qt.LayoutDirection.LeftToRight else Qt.AlignmentFlag.AlignRight
        text_option.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(text_option)
        document.setHtml(str(rich))
        document.setTextWidth(width)
        self._documents[key] = document
        return document

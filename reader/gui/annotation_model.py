"""The annotation tables: one article's annotations in text order, or the library-wide filtered list.

The lists are short (one article's annotations, or a filtered selection), so the model holds
every row and is reset on each update; the panel keeps the selection by uuid across resets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon

from reader.gui.date_text import date_style
from reader.gui.icons import tag_swatch
from reader.core.records import AnnotationListRow, AnnotationRecord, TagRecord

Index = QModelIndex | QPersistentModelIndex

# Tag names are the users' own words, nearly always Persian, so they are joined the Persian way
# whatever the interface language.
TAG_SEPARATOR = "، "
SWATCH_SIZE = 12


def _escape(text: str) -> str:
    import html  # for tooltips only: not on the start-up path

    return html.escape(text)


class AnnotationTableModel(QAbstractTableModel):
    QUOTE, TAGS, NOTE, AUTHOR, MODIFIED, ARTICLE = range(6)
    UuidRole = Qt.ItemDataRole.UserRole + 1
    ArticleIdRole = Qt.ItemDataRole.UserRole + 2
    OrphanRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, show_article: bool = False, parent=None) -> None:
        """`show_article` adds the Article column, for the library-wide list."""
        super().__init__(parent)
        self._show_article = show_article
        self._rows: list[AnnotationListRow] = []
        self._tags: dict[int, TagRecord] = {}
        self._swatches: dict[str, QIcon] = {}
        self._times: dict[str, str] = {}
        self._orphan_font = QFont()
        self._orphan_font.setItalic(True)
        date_style().changed.connect(self._dates_changed)

    # Contents -------------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[AnnotationListRow | AnnotationRecord]) -> None:
        """Show these rows in this order; plain records (one article's) get no article title."""
        self.beginResetModel()
        self._rows = [row if isinstance(row, AnnotationListRow) else AnnotationListRow(row, "", 0) for row in rows]
        self._times.clear()
        self.endResetModel()

    def _dates_changed(self) -> None:
        self._times.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, self.MODIFIED), self.index(len(self._rows) - 1, self.MODIFIED))

    def set_tags(self, tags: Sequence[TagRecord]) -> None:
        """The tags the Tags column names; call again after tags were renamed or recoloured."""
        self._tags = {tag.id: tag for tag in tags}
        self._swatches.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, self.TAGS), self.index(len(self._rows) - 1, self.TAGS))

    def record(self, row: int) -> AnnotationRecord | None:
        return self._rows[row].annotation if 0 <= row < len(self._rows) else None

    def uuid(self, row: int) -> str | None:
        record = self.record(row)
        return record.uuid if record is not None else None

    def row_of(self, uuid: str) -> int | None:
        for row, item in enumerate(self._rows):
            if item.annotation.uuid == uuid:
                return row
        return None

    def tag_names(self, record: AnnotationRecord) -> str:
        return TAG_SEPARATOR.join(self._tags[t].name for t in record.tag_ids if t in self._tags)

    # Qt model interface ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 6 if self._show_article else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.columnCount():
            return None
        return {
            self.QUOTE: self.tr("Quote"),
            self.TAGS: self.tr("Tags"),
            self.NOTE: self.tr("Note"),
            self.AUTHOR: self.tr("Author"),
            self.MODIFIED: self.tr("Modified"),
            self.ARTICLE: self.tr("Article"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < self.columnCount():
            return None
        item = self._rows[index.row()]
        record = item.annotation
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.TAGS:
                first = next((self._tags[t] for t in record.tag_ids if t in self._tags), None)
                if first is not None:
                    swatch = self._swatches.get(first.color)
                    if swatch is None:
                        swatch = self._swatches[first.color] = tag_swatch(first.color, SWATCH_SIZE)
                    return swatch
            return None
        if role == Qt.ItemDataRole.FontRole:
            return QFont(self._orphan_font) if record.orphan else None
        if role == self.UuidRole:
            return record.uuid
        if role == self.ArticleIdRole:
            return record.article_id
        if role == self.OrphanRole:
            return record.orphan
        return None

    # Internals ----------------------------------------------------------------------------------------
    def _display(self, item: AnnotationListRow, column: int) -> str:
        record = item.annotation
        if column == self.QUOTE:
            return " ".join(record.quote.split())
        if column == self.TAGS:
            return self.tag_names(record)
        if column == self.NOTE:
            lines = record.note.strip().splitlines()
            if not lines:
                return ""
            return lines[0] + ("…" if len(lines) > 1 else "")
        if column == self.AUTHOR:
            return record.author
        if column == self.MODIFIED:
            shown = self._times.get(record.modified)
            if shown is None:
                shown = self._times[record.modified] = date_style().moment(record.modified)
            return shown
        if column == self.ARTICLE:
            return item.article_title
        return ""

    def _tooltip(self, record: AnnotationRecord) -> str:
        # Rich text, so long quotes wrap; every user string is escaped and keeps its line breaks.
        parts = []
        if record.orphan:
            warning = self.tr("Could not be placed in the changed text")
            parts.append(f"<p><i>{_escape(warning)}</i></p>")
        parts.append(f"<p style='white-space:pre-wrap'>{_escape(record.quote)}</p>")
        if record.note:
            parts.append(f"<hr/><p style='white-space:pre-wrap'>{_escape(record.note)}</p>")
        return "".join(parts)

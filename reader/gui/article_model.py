"""The article list: a table model over ordered ids whose row data is fetched a page at a time.

Sorting and filtering happen in SQL (a proxy model would have to load all 100,000 rows to sort
them); the model keeps only the ids and the pages of rows the view has asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from reader.gui.date_text import date_style
from reader.services.library import Library
from reader.services.article_listing import ArticleListing
from reader.core.records import ArticleRow

# Rows are read a block at a time, the block a row is in when the view first asks for it. A list
# screen shows 25–40 rows; rows of a large library lie far apart in its file, so a block of 200
# took 14–21 ms to read on a start with 100,000 articles, where 50 take 1–2 ms.
PAGE = 50
ARTICLE_IDS_MIME = "application/x-hashiya-article-ids"
"""What an article dragged from the list carries: its id (several, one per line)."""
_CACHE_LIMIT = 4000  # rows kept before the cache starts again

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    TITLE, DATE, SOURCE = range(3)
    _SORT_KEYS = {TITLE: "title", DATE: "date", SOURCE: "source"}
    ArticleIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._ids: ArticleListing | tuple[()] = ()  # a listing once loaded: ids read as rows are asked for
        self._rows: dict[int, ArticleRow] = {}
        self._dates: dict[int, str] = {}
        self._collection_id: int | None = None
        self._sort_column = self.DATE
        self._descending = True
        self._filter = ""
        self._loaded = False  # nothing is queried until the view has its sort order and collection
        date_style().changed.connect(self._dates_changed)

    # Queries ---------------------------------------------------------------------------------
    def set_collection(self, collection_id: int | None) -> None:
        self._collection_id = collection_id
        self.reload()

    def set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self._ids = self._listing(self._sort_column)
        self._rows.clear()
        self._dates.clear()
        self.endResetModel()

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int | None:
        return self._ids.row_of(article_id) if isinstance(self._ids, ArticleListing) else None  # (not loaded)

    # Qt model interface ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.TITLE: self.tr("Title"), self.DATE: self.tr("Date"), self.SOURCE: self.tr("Source")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == self.ArticleIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if column == self.TITLE:
            return row.title
        if column == self.DATE:
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.dateline or row.date
            shown = self._dates.get(row.id)
            if shown is None:
                shown = self._dates[row.id] = self._display_date(row)
            return shown
        if column == self.SOURCE:
            return row.source
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled | \
            Qt.ItemFlag.ItemNeverHasChildren

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({self._ids[i.row()] for i in indexes if i.isValid() and i.row() < len(self._ids)})
        data = QMimeData()
        data.setData(ARTICLE_IDS_MIME, QByteArray("\n".join(map(str, ids)).encode("ascii")))
        return data

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self._SORT_KEYS:
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept_ids = [self._ids[index.row()] for index in persistent]
        self._ids = listing = self._listing(column)
        new_rows = [listing.row_of(a) for a in kept_ids]
        self.changePersistentIndexList(
            persistent,
            [
                self.index(row, index.column()) if row is not None else QModelIndex()
                for row, index in zip(new_rows, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # Internals -------------------------------------------------------------------------------------
    def _listing(self, column: int) -> ArticleListing:
        return self._library.article_listing(self._collection_id, self._SORT_KEYS[column], self._descending,
                                             self._filter)

    def _row(self, row: int) -> ArticleRow | None:
        article_id = self._ids[row]
        found = self._rows.get(article_id)
        if found is None:
            if len(self._rows) > _CACHE_LIMIT:
                self._rows.clear()
                self._dates.clear()
            start = row - row % PAGE
            self._rows.update(self._library.article_rows(self._ids.ids(start, start + PAGE)))
            found = self._rows.get(article_id)
        return found

    def _display_date(self, row: ArticleRow) -> str:
        return date_style().day(row.date)

    def _dates_changed(self) -> None:
        self._dates.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, self.DATE), self.index(len(self._ids) - 1, self.DATE))


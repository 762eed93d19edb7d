"""The collections list: «all articles» first, then each collection with its article count."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from reader.gui.icons import icon
from reader.services.library import Library
from reader.core.records import CollectionRecord

Index = QModelIndex | QPersistentModelIndex


class CollectionListModel(QAbstractListModel):
    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._collections: list[CollectionRecord] = []
        self._total = 0
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._collections = self._library.collections()
        self._total = self._library.article_count()
        self.endResetModel()

    @property
    def total(self) -> int:
        """Every current article of the library, as last read."""
        return self._total

    def collection_id(self, row: int) -> int | None:
        """None means every collection."""
        return self._collections[row - 1].id if 1 <= row <= len(self._collections) else None

    def row_of(self, collection_id: int) -> int | None:
        """The row showing the collection, None when it is not in the list."""
        for row, collection in enumerate(self._collections, start=1):
            if collection.id == collection_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._collections) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() <= len(self._collections):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            if row == 0:
                return self.tr("All articles (%Ln)", "", self._total)
            collection = self._collections[row - 1]
            return f"{collection.name} ({QLocale().toString(collection.article_count)})"
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("library" if row == 0 else "collection")
        return None

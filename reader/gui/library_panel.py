"""The library dock: collections, a filter box, and the article list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QListView, QSplitter, QTableView, QVBoxLayout, QWidget

from reader.core.changes import Changes
from reader.gui.operations import Operations
from reader.gui.article_model import ArticleListModel
from reader.gui.collection_model import CollectionListModel
from reader.gui import icons
from reader.gui.icons import icon
from reader.gui.text_delegate import OwnDirectionDelegate
from reader.services.library import Library

FILTER_DELAY_MS = 200


class LibraryPanel(QWidget):
    article_activated = Signal(int)
    """Fires with an article id when the user selects an article in the list."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collections = CollectionListModel(library, self)
        self.articles = ArticleListModel(library, self)
        self.collection_view = QListView(self)
        self.collection_view.setObjectName("collections")
        self.collection_view.setModel(self.collections)
        self.collection_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("articleFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter titles…"))
        self.filter_box.setClearButtonEnabled(True)
        # Bound, so that a theme switch redraws it in the new palette's colours.
        icons.bind(self.filter_box.addAction(icon("filter"), QLineEdit.ActionPosition.LeadingPosition), "filter")
        self.article_view = QTableView(self)
        self.article_view.setObjectName("articles")
        self.article_view.setModel(self.articles)
        self.title_delegate = OwnDirectionDelegate(self.article_view)
        self.article_view.setItemDelegateForColumn(ArticleListModel.TITLE, self.title_delegate)
        self.article_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.article_view.setWordWrap(False)
        self.article_view.setShowGrid(False)
        self.article_view.setAlternatingRowColors(True)
        self.article_view.verticalHeader().hide()
        self.article_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.article_view.horizontalHeader()
        header.setSectionResizeMode(ArticleListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # A fixed width from the longest date shape: sizing to contents would read 1,000 rows at start.
        header.setSectionResizeMode(ArticleListModel.DATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ArticleListModel.DATE, self.fontMetrics().horizontalAdvance("۲۸ اردیبهشت ۱۴۰۴ ") + 24)
        header.setSectionResizeMode(ArticleListModel.SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(ArticleListModel.DATE, Qt.SortOrder.DescendingOrder)
        header.hideSection(ArticleListModel.SOURCE)
        self.article_view.setSortingEnabled(True)  # after the indicator is set: one sort, no query yet
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.collection_view)
        lower = QWidget(self.splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.filter_box)
        lower_layout.addWidget(self.article_view, 1)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(self._filter_timer.start)
        self.filter_box.returnPressed.connect(self._apply_filter)
        self.collection_view.selectionModel().currentChanged.connect(self._collection_changed)
        self.article_view.selectionModel().currentRowChanged.connect(self._article_changed)
        self.collection_view.setCurrentIndex(self.collections.index(0))

    def connect_changes(self, ops: Operations) -> None:
        ops.changed.connect(self.apply_changes)

    def apply_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Re-read the lists when articles or collections changed; a replaced article stays current
        under its new id."""
        if not changes.article_list:
            return
        current = self.current_article_id()
        self.refresh(changes.superseded.get(current, current) if current is not None else None)

    def refresh(self, current: int | None = None) -> None:
        """Re-read collections and the article list, keeping `current` (default: the current article)
        selected without announcing it."""
        current = current if current is not None else self.current_article_id()
        row = self.collection_view.currentIndex().row()
        chosen = self.collections.collection_id(row)
        self.collections.reload()
        # The same collection stays chosen (a rename may have moved it in the list); a deleted one
        # gives way to its neighbour.
        found = self.collections.row_of(chosen) if chosen is not None else 0
        row = found if found is not None else max(0, min(row, self.collections.rowCount() - 1))
        self.collection_view.setCurrentIndex(self.collections.index(row))
        self.articles.reload()
        if current is not None:
            self.select_article(current, emit=False)

    def current_article_id(self) -> int | None:
        index = self.article_view.currentIndex()
        return self.articles.article_id(index.row()) if index.isValid() else None

    def select_article(self, article_id: int, emit: bool = True) -> bool:
        row = self.articles.row_of(article_id)
        if row is None:
            return False
        index = self.articles.index(row, ArticleListModel.TITLE)
        self.article_view.selectionModel().blockSignals(not emit)
        self.article_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.article_view.selectionModel().blockSignals(False)
        self.article_view.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.articles.rowCount() > 0:
            self.select_article(self.articles.article_id(0) or 0)

    def step(self, delta: int) -> None:
        """Open the next (+1) or previous (-1) article in the list."""
        row = self.article_view.currentIndex().row()
        target = max(0, min(self.articles.rowCount() - 1, row + delta))
        article_id = self.articles.article_id(target)
        if article_id is not None:
            self.select_article(article_id)

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.articles.set_filter(self.filter_box.text())

    def _collection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.articles.set_collection(self.collections.collection_id(current.row()) if current.isValid() else None)

    def _article_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = self.articles.article_id(current.row()) if current.isValid() else None
        if article_id is not None:
            self.article_activated.emit(article_id)

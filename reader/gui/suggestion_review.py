"""The review queue: the suggestions of a collection, one after another, from the keyboard.

Up/Down walk the queue and show each passage in the reader; Enter accepts (an annotation), Delete
rejects (remembered); the counts say how far the review has come. The suggestions are found off
the UI thread, with progress and Cancel (what was found before cancelling is kept for review).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableView, QVBoxLayout, QWidget)

from reader.core.errors import HashiyaError
from reader.gui import icons
from reader.gui.errors import isolate
from reader.gui.operations import Background, Operations
from reader.gui.suggesting import Suggesting, describe
from reader.services.suggestions import ArticleSuggestion, SuggestionRun

ALL = -1  # the collection box's first item: every collection


class QueueModel(QAbstractTableModel):
    """The queue as rows (a 10,000-article collection gives some 150,000: no item per cell)."""

    TAG, PASSAGE, SPEAKER, ARTICLE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleSuggestion] = []
        self.titles: dict[int, str] = {}
        self.colours: dict[int, str] = {}
        self._swatches: dict[str, QIcon] = {}

    def reset(self, rows: list[ArticleSuggestion], titles: dict[int, str], colours: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.titles, self.colours = rows, titles, colours
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Tag"), self.tr("Passage"), self.tr("Speaker"), self.tr("Article"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        suggestion, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TAG:
                return suggestion.tag
            if column == self.PASSAGE:
                return " ".join(suggestion.quote.split())
            if column == self.SPEAKER:
                return suggestion.speaker or ""
            return self.titles.get(suggestion.article_id, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(suggestion) if column == self.TAG else suggestion.quote if column == self.PASSAGE else None
        if role == Qt.ItemDataRole.DecorationRole and column == self.TAG:
            colour = self.colours.get(suggestion.tag_id, "#999999")
            if colour not in self._swatches:
                self._swatches[colour] = icons.tag_swatch(colour)
            return self._swatches[colour]
        return None


class SuggestionReview(QDialog):
    """A window beside the reader (not modal): choosing a row shows its passage there."""

    def __init__(self, ops: Operations, suggesting: Suggesting, open_article: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionReview")
        self.setWindowTitle(self.tr("Review suggestions"))
        self.ops = ops
        self.suggesting = suggesting
        self._open_article = open_article
        self.model = QueueModel(self)
        self.accepted = self.rejected = 0
        self._stopped_early = False  # the last search was cancelled: the queue holds what it found
        self._done_of = (0, 0)
        self.collection_box = QComboBox(self)
        self.collection_box.addItem(icons.icon("library"), self.tr("All collections"), ALL)
        for collection in ops.library.collections():
            self.collection_box.addItem(icons.icon("collection"), collection.name, collection.id)
        self.find_button = QPushButton(icons.icon("suggestions"), self.tr("&Find suggestions"), self)
        self.find_button.clicked.connect(self.find)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Collection:"), self))
        top.addWidget(self.collection_box, 1)
        top.addWidget(self.find_button)
        self.table = QTableView(self)
        self.table.setObjectName("reviewQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QueueModel.PASSAGE, QHeaderView.ResizeMode.Stretch)
        for column in (QueueModel.TAG, QueueModel.SPEAKER, QueueModel.ARTICLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(QueueModel.SPEAKER, 140)
        self.table.setColumnWidth(QueueModel.ARTICLE, 180)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        self.table.installEventFilter(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("reviewCounts")
        self.accept_button = QPushButton(icons.icon("accept"), self.tr("&Accept (Enter)"), self)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(icons.icon("reject"), self.tr("&Reject (Delete)"), self)
        self.reject_button.clicked.connect(self.reject_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.accept_button)
        bottom.addWidget(self.reject_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(820, 420)
        self._update_counts()

    # Finding --------------------------------------------------------------------------------------------
    def choose_collection(self, collection_id: int | None) -> None:
        index = self.collection_box.findData(ALL if collection_id is None else collection_id)
        if index >= 0:
            self.collection_box.setCurrentIndex(index)

    def find(self) -> None:
        collection_id = self.collection_box.currentData()
        name = None if collection_id == ALL else self.collection_box.currentText()
        self.find_button.setEnabled(False)

        def work(library, report, cancelled) -> tuple[SuggestionRun, dict[int, str]]:
            run = library.suggestions.for_collection(name, lambda done, total: report(done, total, ""), cancelled)
            ids = sorted({s.article_id for s in run.suggestions})
            return run, {i: row.title for i, row in library.article_rows(ids).items()}

        self.ops.start(Background(
            self.tr("Finding suggestions…"), work, self._found,
            object_name="suggestionProgress", title=self.tr("Review suggestions"),
            describe=lambda done, total, _: self.tr("Finding suggestions: article %1 of %2").replace(
                "%1", _n(done)).replace("%2", _n(total)),
            on_error=lambda _error: self.find_button.setEnabled(True)))

    def _found(self, result: tuple[SuggestionRun, dict[int, str]]) -> None:
        run, titles = result
        self.find_button.setEnabled(True)
        colours = {t.id: t.color for t in self.ops.library.annotations.tags()}
        self.model.reset(list(run.suggestions), titles, colours)
        self.accepted = self.rejected = 0
        self._stopped_early = run.cancelled
        self._done_of = (run.articles_done, run.articles_total)
        self._update_counts()
        if self.queue:
            self._choose(0)
        self.table.setFocus()

    # Deciding --------------------------------------------------------------------------------------------
    def current(self) -> ArticleSuggestion | None:
        row = self.table.currentIndex().row()
        return self.queue[row] if 0 <= row < len(self.queue) else None

    def accept_current(self) -> None:
        suggestion = self._still_open()
        if suggestion is not None and self.suggesting.accept(suggestion):
            self.accepted += 1
            self._drop_current()

    def reject_current(self) -> None:
        suggestion = self._still_open()
        if suggestion is not None and self.suggesting.reject(suggestion):
            self.rejected += 1
            self._drop_current()

    def _still_open(self) -> ArticleSuggestion | None:
        """The current suggestion, if it is still suggested: one decided meanwhile in the reader
        (or whose article changed) is taken off the queue instead of being decided twice."""
        suggestion = self.current()
        if suggestion is None:
            return None
        try:
            still = suggestion in self.ops.library.suggestions.for_article(suggestion.article_id)
        except HashiyaError:
            still = False  # the article is gone
        if not still:
            self.suggesting.status(self.tr("That suggestion was already decided or its article changed; "
                                           "it is taken off the queue."))
            self._drop_current()
            return None
        return suggestion

    def _drop_current(self) -> None:
        row = self.table.currentIndex().row()
        self.model.remove(row)
        if self.queue:
            self._choose(min(row, len(self.queue) - 1))  # the next one, shown in the reader
        self._update_counts()
        self.table.setFocus()

    @property
    def queue(self) -> list[ArticleSuggestion]:
        return self.model.rows

    def _choose(self, row: int) -> None:
        index = self.model.index(row, QueueModel.PASSAGE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show(row)  # also when the row number stays the same (the one before was taken out)
        self.table.scrollTo(index)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.queue):
            return
        suggestion = self.queue[row]
        article = self.suggesting.reader.article
        if article is None or article.id != suggestion.article_id:
            self._open_article(suggestion.article_id)
        self.suggesting.show(suggestion)

    def _update_counts(self) -> None:
        text = self.tr("%1 to review · %2 accepted · %3 rejected").replace("%1", _n(len(self.queue))).replace(
            "%2", _n(self.accepted)).replace("%3", _n(self.rejected))
        if self._stopped_early:
            done, total = self._done_of
            text += " " + self.tr("(stopped after %1 of %2 articles)").replace("%1", _n(done)).replace("%2", _n(total))
        self.counts.setText(isolate(text))
        has = bool(self.queue)
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_current()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.reject_current()
                return True
        return super().eventFilter(watched, event)


def _n(number: int) -> str:
    return QLocale().toString(number)

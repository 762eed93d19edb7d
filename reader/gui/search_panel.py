"""The search dock: a query box, its options, and the matching articles with their hits marked.

Searching goes through `SearchService` (spelling-blind full-text search); the panel never sees
SQL. A search over 100,000 articles takes tens of milliseconds, so it runs in the UI thread: on
Enter, and after a short pause in typing. Results come 50 at a time; the model asks for the next
page only when the view scrolls to the end.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from reader.gui.errors import message_for
from reader.gui import icons
from reader.gui.icons import icon, tag_swatch
from reader.gui.search_model import SearchResultDelegate, SearchResultsModel
from reader.core.changes import Changes
from reader.core.record import Record
from reader.services.library import Library
from reader.services.search import RANKED_TITLE_FIRST, QueryError, SearchResults, SearchService

log = logging.getLogger(__name__)

PAGE = 50
TYPING_PAUSE_MS = 300
# The placeholder's example is a query over Persian articles, whatever the interface language.
EXAMPLE_QUERY = 'طالبان "سازمان ملل" کشور*'
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _Search(Record):
    """What a search was run with, so further pages ask for exactly the same thing."""

    query: str
    order: str
    word_forms: bool
    tag_id: int | None


class SearchPanel(QWidget):
    result_activated = Signal(int, object)
    """Fires with an article id and the tuple of (start, end) hit spans in its text when a result is chosen."""

    def __init__(self, library: Library | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._service: SearchService | None = None
        self._last: _Search | None = None

        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setPlaceholderText(self.tr("For example: %1").replace("%1", EXAMPLE_QUERY))
        self.query_edit.setToolTip(self.tr(
            'All the words must occur; "quotes" find a phrase; OR finds either side; -word leaves out the articles with that word; word* finds every word that starts so'  # noqa: E501
        ))
        icons.bind(self.query_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition), "search")

        self.word_forms = QCheckBox(self.tr("&Word forms"), self)
        self.word_forms.setObjectName("searchWordForms")
        self.word_forms.setToolTip(
            self.tr("Also find longer forms of each word, e.g. کشور → کشورها")
        )
        self.order_combo = QComboBox(self)
        self.order_combo.setObjectName("searchOrder")
        self.order_combo.addItem(self.tr("Relevance"), "relevance")
        self.order_combo.addItem(self.tr("Newest first"), "date")
        order_label = QLabel(self.tr("&Order:"), self)
        order_label.setBuddy(self.order_combo)

        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("searchTagFilter")
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_combo.setMinimumContentsLength(10)
        self.tag_combo.addItem(self.tr("Any tag"), None)
        tag_label = QLabel(self.tr("Only articles with the &tag:"), self)
        tag_label.setBuddy(self.tag_combo)

        self.results_model = SearchResultsModel(self._fetch_next_page, self)
        self.results_delegate = SearchResultDelegate(self)
        self.results_view = QListView(self)
        self.results_view.setObjectName("searchResults")
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(self.results_delegate)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setUniformItemSizes(False)
        self.results_view.setWordWrap(True)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)  # row heights follow the width
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.setAlternatingRowColors(True)

        self.status_icon = QLabel(self)
        self.status_icon.setObjectName("searchStatusIcon")
        self.status_icon.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.word_forms)
        options.addStretch(1)
        options.addWidget(order_label)
        options.addWidget(self.order_combo)
        tags = QHBoxLayout()
        tags.setContentsMargins(0, 0, 0, 0)
        tags.addWidget(tag_label)
        tags.addWidget(self.tag_combo, 1)
        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query_edit)
        layout.addLayout(options)
        layout.addLayout(tags)
        layout.addWidget(self.results_view, 1)
        layout.addLayout(status)

        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_PAUSE_MS)
        self._typing_timer.timeout.connect(self._search_if_changed)

        self.query_edit.textChanged.connect(self._typing_timer.start)
        self.query_edit.returnPressed.connect(self.run_search)
        self.query_edit.installEventFilter(self)
        self.word_forms.toggled.connect(self.run_search)
        self.order_combo.currentIndexChanged.connect(self.run_search)
        self.tag_combo.currentIndexChanged.connect(self.run_search)
        self.results_view.clicked.connect(self._activate)
        self.results_view.installEventFilter(self)

        if library is not None:
            self.set_library(library)

    # Public ----------------------------------------------------------------------------------------
    def set_library(self, library: Library) -> None:
        """Search this library from now on (a switch to another library file re-runs the search)."""
        self._library = library
        self.release()
        self._service = library.search
        self._last = None
        self.refresh_tags(rerun=False)
        self.run_search()

    def release(self) -> None:
        """Close the extra read connections a large search opened (on a library switch or exit)."""
        if self._service is not None:
            self._service.close()

    def refresh_tags(self, rerun: bool = True) -> None:
        """Re-read the tags offered by the tag filter, keeping the choice while that tag exists.

        When the chosen tag is gone the filter falls back to "Any tag" and (with `rerun`) the
        search runs again.
        """
        kept = self.tag_combo.currentData()
        choices = self._library.annotations.tags() if self._library is not None else []
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), None)
        for tag in choices:
            self.tag_combo.addItem(tag_swatch(tag.color), tag.name, tag.id)
        found = self.tag_combo.findData(kept) if kept is not None else 0
        self.tag_combo.setCurrentIndex(max(found, 0))
        self.tag_combo.blockSignals(False)
        if rerun and self.tag_combo.currentData() != kept:
            self.run_search()

    def apply_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Keep the tag filter's choices and the results as the library now is."""
        if changes.tags:
            self.refresh_tags()
        filtered_by_tag = self.tag_combo.currentData() is not None
        if changes.article_list or (filtered_by_tag and changes.annotations):
            self.run_search()

    def focus_query(self) -> None:
        """Put the cursor in the query box with its text selected, ready to type over."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def run_search(self) -> None:
        """Search now with the query and options on show; a query that cannot run only shows why."""
        self._typing_timer.stop()
        search = self._current_search()
        self._last = search
        if self._service is None or not search.query:
            self.results_model.clear()
            self._show_status("")
            return
        try:
            results = self._service.search(search.query, limit=PAGE, offset=0, order=search.order,
                                           word_forms=search.word_forms, tag_id=search.tag_id)
        except QueryError as error:
            self.results_model.clear()
            self._show_status(message_for(error), error=True)
            return
        self.results_model.set_hits(results.hits, results.total)
        self.results_view.scrollToTop()
        self._show_status(self._total_text(results))

    def _total_text(self, results: SearchResults) -> str:
        """How many articles match, said as an estimate when it is one, and the order of a broad
        search (title first) when it is not plain relevance."""
        if results.ranking != RANKED_TITLE_FIRST:
            return self.tr("%Ln article(s)", "", results.total)
        if results.estimated:
            return self.tr("About %Ln article(s); those with a search word in the title first", "", results.total)
        return self.tr("%Ln article(s); those with a search word in the title first", "", results.total)

    # Qt -------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if watched is self.query_edit and event.key() == Qt.Key.Key_Down and self.results_model.rowCount():
                # Down from the query box goes into the results, as in a browser's search field.
                self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.results_view.currentIndex().isValid():
                    self.results_view.selectionModel().setCurrentIndex(
                        self.results_model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                return True
            if watched is self.results_view and modifiers == Qt.KeyboardModifier.NoModifier:
                if event.key() in _ENTER_KEYS:
                    self._activate(self.results_view.currentIndex())
                    return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_status()
        elif event.type() == QEvent.Type.PaletteChange and self.status_label.property("error"):
            self._show_status(self.status_label.text(), error=True)  # a theme switch: recolour

    # Internals ------------------------------------------------------------------------------------------
    def _current_search(self) -> _Search:
        return _Search(
            query=self.query_edit.text().strip(),
            order=str(self.order_combo.currentData() or "relevance"),
            word_forms=self.word_forms.isChecked(),
            tag_id=self.tag_combo.currentData(),
        )

    def _search_if_changed(self) -> None:
        if self._current_search() != self._last:
            self.run_search()

    def _fetch_next_page(self) -> None:
        """The model's `fetchMore`: one further page of the search on show, never more."""
        search = self._last
        if self._service is None or search is None or not search.query:
            self.results_model.stop_fetching()
            return
        try:
            results = self._service.search(search.query, limit=PAGE, offset=self.results_model.rowCount(),
                                           order=search.order, word_forms=search.word_forms, tag_id=search.tag_id)
        except QueryError:
            log.exception("the next page of %r failed", search.query)
            self.results_model.stop_fetching()
            return
        self.results_model.append_hits(results.hits)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        article_id = index.data(SearchResultsModel.ArticleIdRole)
        spans = index.data(SearchResultsModel.SpansRole)
        if article_id is not None:
            self.result_activated.emit(int(article_id), tuple(tuple(span) for span in spans or ()))

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        # Only the text colour is set (an empty palette inherits the rest), so a theme switch
        # still reaches the label.
        palette = QPalette()
        if error:
            palette.setColor(QPalette.ColorRole.WindowText, self._error_color())
            size = self.status_label.fontMetrics().height()
            self.status_icon.setPixmap(icon("error").pixmap(size, size))
        self.status_label.setPalette(palette)
        self.status_label.setProperty("error", error)
        self.status_icon.setVisible(error)
        self._align_status()

    def _align_status(self) -> None:
        # Flush with the panel's leading edge, next to the icon, even when the message's own
        # direction differs (the query errors are English in the Persian interface too).
        edge = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.status_label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def _error_color(self) -> QColor:
        """Red that reads on this palette: darker on light themes, lighter on dark ones."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return QColor("#ff8a80" if dark else "#c62828")

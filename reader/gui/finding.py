"""Search the library (a dock) and find in the article (Ctrl+F), sharing F3 / Shift+F3.

Both mark their hits in the reader; stepping selects a hit, so it can be tagged at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.gui.errors import message_for
from reader.gui.search_panel import SearchPanel
from reader.services.library import Library
from reader.services.search import QueryError


class Finding(QObject):
    def __init__(self, window: QMainWindow, library: Library, dock_area: Qt.DockWidgetArea) -> None:
        super().__init__(window)
        self._window = window
        self.reader = window.reader
        self.search = library.search
        self.panel = SearchPanel(library, window)
        self.dock = QDockWidget(self.tr("Search"), window)
        self.dock.setObjectName("searchDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(dock_area, self.dock)
        window.tabifyDockWidget(window.dock, self.dock)
        window.dock.raise_()
        self.panel.result_activated.connect(self.open_result)
        window.ops.changed.connect(self.panel.apply_changes)
        find_bar = self.reader.find_bar
        find_bar.query_changed.connect(self.find_in_article)
        find_bar.step_requested.connect(self.step)
        find_bar.closed.connect(self._closed)
        make = window.make_action
        self.find_action = make(self.tr("&Find in article…"), "find", find_bar.open_bar, [QKeySequence.StandardKey.Find])
        self.next_action = make(self.tr("Find &next"), None, lambda: self.step(1), [QKeySequence.StandardKey.FindNext])
        self.previous_action = make(self.tr("Find pre&vious"), None, lambda: self.step(-1),
                                    [QKeySequence.StandardKey.FindPrevious])
        self.search_action = make(self.tr("&Search the library…"), "search", self.focus_search, ["Ctrl+Shift+F"])

    def actions(self) -> list[QAction]:
        return [self.find_action, self.next_action, self.previous_action, self.search_action]

    def focus_search(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_query()

    def open_result(self, article_id: int, spans: object) -> None:
        """Open a search result with its hits marked, scrolled to the first one."""
        window = self._window
        if self.reader.article is None or self.reader.article.id != article_id:
            if not window.panel.select_article(article_id):
                window.open_article(article_id)
        self.reader.set_find_hits(list(spans))
        self.step(1)

    def find_in_article(self, query: str) -> None:
        article = self.reader.article
        find_bar = self.reader.find_bar
        if article is None or not query.strip():
            self.reader.set_find_hits([])
            find_bar.show_count(0, 0)
            return
        try:
            spans = self.search.find_in_text(query, article.text, find_bar.forms.isChecked())
        except QueryError as exc:
            self.reader.set_find_hits([])
            find_bar.show_error(message_for(exc))
            return
        self.reader.set_find_hits(spans)
        self.step(1)

    def step(self, delta: int) -> None:
        self.reader.step_find(delta)
        self.reader.find_bar.show_count(*self.reader.find_position())

    def _closed(self) -> None:
        self.reader.set_find_hits([])
        self.reader.text_view.setFocus()

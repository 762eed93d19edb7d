"""Search the library (a dock) and find in the article (Ctrl+F), sharing F3 / Shift+F3.

Both mark their hits in the reader; stepping selects a hit, so it can be tagged at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.gui.dock_on_demand import DockOnDemand
from reader.gui.errors import message_for
from reader.services.library import Library

if TYPE_CHECKING:
    from reader.gui.search_panel import SearchPanel


class Finding(QObject):
    def __init__(self, window: QMainWindow, library: Library, dock_area: Qt.DockWidgetArea) -> None:
        super().__init__(window)
        self._window = window
        self.reader = window.reader
        self._library = library
        self._panel: SearchPanel | None = None
        # The panel (and the search modules behind it) is made when the tab is first shown.
        self.dock = DockOnDemand(self.tr("Search"), "searchDock", self._fill, window)
        window.addDockWidget(dock_area, self.dock)
        window.tabifyDockWidget(window.dock, self.dock)
        window.dock.raise_()
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

    def _fill(self, dock: QDockWidget) -> None:
        from reader.gui.search_panel import SearchPanel

        panel = self._panel = SearchPanel(self._library, self._window)
        dock.setWidget(panel)
        panel.result_activated.connect(self.open_result)
        self._window.ops.changed.connect(panel.apply_changes)

    @property
    def panel(self) -> SearchPanel:
        """The search panel (made now if its tab was never shown)."""
        self.dock.ensure_filled()
        assert self._panel is not None
        return self._panel

    def release(self) -> None:
        """Before the window closes: the panel's search connections, if it was ever made."""
        if self._panel is not None:
            self._panel.release()

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
        from reader.services.search import QueryError

        try:
            spans = self._library.search.find_in_text(query, article.text, find_bar.forms.isChecked())
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

"""Owns the main window and builds it anew when the user opens another library or picks another
interface language, so neither needs a restart.

A new window over the chosen library (or over the same library, in the new language and direction)
replaces the old one at the same place; the old one closes as on quit — background work cancelled,
its state saved — and an old library is closed. Only a library opened from the menu is remembered
for the next start; `--library` and `$HASHIYA_LIBRARY` choose for one run (see `library_for_run`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.errors import HashiyaError
from reader.gui.errors import show_error
from reader.gui.reindex import reindex_with_progress
from reader.gui.language import install_language
from reader.gui.main_window import MainWindow
from reader.gui.settings import Preferences, SessionState
from reader.services.library import Library

log = logging.getLogger(__name__)


class WindowHost(QObject):
    window_replaced = Signal(object)
    """Fires with the new MainWindow after a library or language switch."""

    def __init__(self, library: Library, preferences: Preferences, session: SessionState) -> None:
        super().__init__()
        self.preferences = preferences
        self.session = session
        self.last_message: QMessageBox | None = None
        self.window = self._build(library)

    def _build(self, library: Library) -> MainWindow:
        where = str(library.path.absolute())
        if self.session.reading_library != where:
            # The last article and the scroll positions are ids of another library's articles.
            self.session.last_article_id = 0
            self.session.scroll_positions = {}
            self.session.reading_library = where
        window = MainWindow(library, self.preferences, self.session)
        window.library_files.open_requested.connect(self.open_library)
        window.language_requested.connect(self.set_language)
        return window

    # What the user asked for --------------------------------------------------------------------------
    def open_library(self, path: str) -> bool:
        """Open (or make) the library at `path` in the window and remember it for the next start.
        A file that is not a library, or a newer one, is refused with a message; the window stays."""
        target = Path(path).absolute()
        current = self.window.library
        if target == current.path.absolute():
            self.session.remember_library(str(target))
            return True
        if self._busy():
            return False
        try:
            library = Library(target)
            if not library.search_index_complete():
                reindex_with_progress(target)
        except HashiyaError as error:
            self.last_message = show_error(self.window, self.tr("Open library"), error)
            return False
        self.session.remember_library(str(target))
        self._replace(library)
        current.close()
        return True

    def set_language(self, language: str) -> None:
        """The whole interface in `language` now: translations, layout direction and every string."""
        if language == self.preferences.language:
            return
        if self._busy():
            return
        self.preferences.language = language
        self.preferences.sync()
        install_language(QApplication.instance(), language)
        self._replace(self.window.library, fresh_layout=True)

    # Internals ----------------------------------------------------------------------------------------------
    def _busy(self) -> bool:
        """An import, export or merge runs: the window stays until it is done (the user is told)."""
        if not self.window.ops.is_running():
            return False
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Hashiya"),
                          self.tr("Wait for the running operation to finish, or cancel it, then try again."),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("hostBusy")
        self.last_message = box
        box.open()
        return True

    def _replace(self, library: Library, fresh_layout: bool = False) -> None:
        """A new window over `library` in place of the old one; `fresh_layout` puts the panels where
        the (new) reading direction puts them, rather than where they were."""
        old = self.window
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # between the two windows, none is open
        try:
            old.close()  # saves its state, which the new window starts from
            if fresh_layout:
                self.session.window_state = None
            window = self._build(library)
            window.show()
            window.open_initial_article()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        old.deleteLater()
        self.window = window
        log.info("window rebuilt over %s in %s", library.path, self.preferences.language)
        self.window_replaced.emit(window)

"""File → New library…, Open library… and Open recent ▸: choosing which library file to work in.

This only asks; the window host (`window_host.py`) opens the file, builds the window over it and
remembers it. A researcher keeps one library per project, so switching is a common, cheap act.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from reader.gui import icons
from reader.gui.settings import SessionState
from reader.services.locations import LIBRARY_SUFFIX, library_name

LIBRARY_FILTER_PATTERNS = "*.sqlite *.db *.hashiya"


class LibraryFiles(QObject):
    open_requested = Signal(str)
    """Fires with the path of a library file the user chose to open, or to make (it does not exist yet)."""

    def __init__(self, window: QWidget, session: SessionState, current: Path) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._current = current
        self.new_action = QAction(self.tr("&New library…"), window)
        icons.bind(self.new_action, "library_new")
        self.new_action.triggered.connect(self.choose_new)
        self.open_action = QAction(self.tr("&Open library…"), window)
        icons.bind(self.open_action, "library_open")
        self.open_action.triggered.connect(self.choose_open)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.setObjectName("recentLibraries")
        icons.bind(self.recent_menu, "recent")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.last_message: QMessageBox | None = None

    def actions(self) -> list[QAction]:
        return [self.new_action, self.open_action, self.recent_menu.menuAction()]

    def _filter(self) -> str:
        return self.tr("Hashiya libraries (%1);;All files (*)").replace("%1", LIBRARY_FILTER_PATTERNS)

    def choose_new(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("New library"), str(self._current.parent / f"project{LIBRARY_SUFFIX}"), self._filter(),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.make(path)

    def make(self, path: str) -> None:
        """Ask for a new library at `path` (a name without a suffix gets ours); an existing file is
        never overwritten: the user is told to open it instead."""
        target = Path(path)
        if not target.suffix:
            target = target.with_name(target.name + LIBRARY_SUFFIX)
        if target.exists():
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("New library"),
                              self.tr("«%1» already exists. To work in it, use File → Open library.")
                              .replace("%1", target.name), QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("libraryExists")
            self.last_message = box
            box.open()
            return
        self.open_requested.emit(str(target))

    def choose_open(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(self._window, self.tr("Open library"), str(self._current.parent),
                                                    self._filter())
        if path:
            self.open_requested.emit(path)

    def fill_recent_menu(self) -> None:
        """The libraries opened from this menu before, newest first; the open one is checked."""
        self.recent_menu.clear()
        recent = self._session.recent_libraries
        for number, path in enumerate(recent, start=1):
            exists = Path(path).exists()
            label = f"&{number} {library_name(Path(path))}" if number < 10 else library_name(Path(path))
            action = self.recent_menu.addAction(label)
            action.setToolTip(path if exists else self.tr("%1 (not found)").replace("%1", path))
            action.setEnabled(exists)
            action.setCheckable(True)
            action.setChecked(Path(path) == self._current)
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No libraries opened yet"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("&Clear the list"), self._session.forget_recent_libraries)

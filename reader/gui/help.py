"""Help → Keyboard shortcuts and Help → User guide.

The shortcuts window is made from the window's own actions each time it opens (menu by menu, then
the keys that work in one panel), so it lists exactly what the keys do in this build. The user
guide is a page per language in resources/help/, bundled and read offline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QDockWidget, QHeaderView, QLineEdit, QMainWindow, QMenu, QTextBrowser, QToolBar,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from reader.core.record import Record
from reader.services.locations import resource_path


class Shortcut(Record):
    command: str
    keys: str


def action_label(action: QAction) -> str:
    """An action's text as a menu shows it, without the mnemonic ampersands."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(action: QAction) -> str:
    """An action's keys as its menu writes them (one per sequence, each once)."""
    texts = (sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts()
             if not sequence.isEmpty())
    return " / ".join(dict.fromkeys(texts))


def collect_shortcuts(window: QMainWindow, reader_label: str) -> list[tuple[str, list[Shortcut]]]:
    """(group, shortcuts) for every action of the window that has keys: the menus first, in menu-bar
    order, then actions that work in one place (a panel, a toolbar; else `reader_label`), grouped by
    that place."""
    groups: list[tuple[str, list[Shortcut]]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, found: list[Shortcut]) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), found)
            elif not action.isSeparator() and key_text(action) and id(action) not in seen:
                seen.add(id(action))
                found.append(Shortcut(action_label(action), key_text(action)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            found: list[Shortcut] = []
            walk(top.menu(), found)
            if found:
                groups.append((action_label(top), found))
    elsewhere: dict[str, list[Shortcut]] = {}
    for action in window.findChildren(QAction):
        if id(action) in seen or not key_text(action) or not action_label(action):
            continue
        seen.add(id(action))
        elsewhere.setdefault(_place(window, action, reader_label), []).append(Shortcut(action_label(action), key_text(action)))
    groups.extend(elsewhere.items())
    return groups


def _place(window: QMainWindow, action: QAction, reader_label: str) -> str:
    """Where an action outside the menus works: its panel's or toolbar's title, else the reader."""
    for owner in action.associatedObjects():
        widget = owner if isinstance(owner, QWidget) else None
        while widget is not None and widget is not window:
            if isinstance(widget, QDockWidget | QToolBar) and widget.windowTitle():
                return widget.windowTitle()
            widget = widget.parentWidget()
    return reader_label


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboardShortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("shortcutFilter")
        self.filter_edit.setPlaceholderText(self.tr("Find a command or a key…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        for group, shortcuts in collect_shortcuts(window, self.tr("Reader")):
            heading = QTreeWidgetItem(self.tree, [group])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for shortcut in shortcuts:
                # Written as the menus write them, in the interface's direction.
                item = QTreeWidgetItem(heading, [shortcut.command, shortcut.keys])
                item.setData(1, Qt.ItemDataRole.UserRole, shortcut.keys)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.resize(560, 640)

    def apply_filter(self, text: str) -> None:
        """Show only the commands whose name or keys contain `text` (case-insensitively)."""
        needle = text.strip().casefold()
        for group_row in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(group_row)
            visible = 0
            for row in range(heading.childCount()):
                item = heading.child(row)
                match = not needle or needle in item.text(0).casefold() or needle in str(
                    item.data(1, Qt.ItemDataRole.UserRole)).casefold()
                item.setHidden(not match)
                visible += match
            heading.setHidden(visible == 0)

    def visible_commands(self) -> list[str]:
        return [self.tree.topLevelItem(g).child(r).text(0)
                for g in range(self.tree.topLevelItemCount()) if not self.tree.topLevelItem(g).isHidden()
                for r in range(self.tree.topLevelItem(g).childCount())
                if not self.tree.topLevelItem(g).child(r).isHidden()]


def guide_path(language: str):
    """The user guide in `language` (Persian unless English was asked for)."""
    return resource_path("help", f"guide.{'en' if language == 'en' else 'fa'}.html")


class UserGuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Hashiya user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # offline: only the guide's own anchors
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 760)

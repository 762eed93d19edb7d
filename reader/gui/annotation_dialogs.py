"""The small dialogs the annotation panel opens: choosing an annotation's tags and editing its note.

Both are meant to be shown with `open()` (window-modal, not blocking), and read on `accepted`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.gui.errors import isolate
from reader.gui.icons import icon, tag_swatch
from reader.gui.text_direction import DirectionFollower
from reader.core.records import TagRecord

_TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# QTextDocument keeps paragraphs and Shift+Enter breaks as these; a note stores them as "\n".
_PARAGRAPH_SEPARATOR = "\u2029"
_LINE_SEPARATOR = "\u2028"
SAVE_KEYS_TEXT = "Ctrl+Enter"


class TagPickerDialog(QDialog):
    """Every tag as a checkable item with its colour; `checked_tag_ids()` after it was accepted."""

    def __init__(self, tags: Sequence[TagRecord], checked_ids: Iterable[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPicker")
        self.setWindowTitle(self.tr("Tags"))
        checked = set(checked_ids)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("tagPickerFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter tags…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.addAction(icon("filter"), QLineEdit.ActionPosition.LeadingPosition)
        self.tag_list = QListWidget(self)
        self.tag_list.setObjectName("tagPickerList")
        for tag in tags:
            item = QListWidgetItem(tag_swatch(tag.color), tag.name, self.tag_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag.id in checked else Qt.CheckState.Unchecked)
            item.setData(_TAG_ID_ROLE, tag.id)
        self.empty_label = QLabel(self.tr("There are no tags yet. Create them in the tag manager."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not tags)
        self.filter_box.setVisible(len(tags) > 8)  # a filter only helps once the list scrolls
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tag_list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.filter_box.textChanged.connect(self._filter)
        # Space or a click on the box toggles a tag; so does a double click on its name. (Not
        # itemActivated: Enter would toggle and then accept the dialog.)
        self.tag_list.itemDoubleClicked.connect(self._toggle)
        if self.tag_list.count():
            self.tag_list.setCurrentRow(0)
        self.tag_list.setFocus()
        self.resize(320, 380)

    def checked_tag_ids(self) -> list[int]:
        """The checked tags' ids, in the order the tags were given."""
        return [
            int(item.data(_TAG_ID_ROLE))
            for item in (self.tag_list.item(row) for row in range(self.tag_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, tag_id: int, checked: bool = True) -> None:
        """Check or uncheck one tag, as a click on its box would."""
        for row in range(self.tag_list.count()):
            item = self.tag_list.item(row)
            if item.data(_TAG_ID_ROLE) == tag_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.tag_list.count()):
            item = self.tag_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())


class NoteDialog(QDialog):
    """A plain-text note editor; `note()` gives the text exactly as typed, line breaks as "\\n"."""

    def __init__(self, note: str, parent: QWidget | None = None,
                 empty_direction: Qt.LayoutDirection = Qt.LayoutDirection.RightToLeft) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note"))
        self._original = note
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlainText(note)
        self.editor.setPlaceholderText(self.tr("Write a note about this passage…"))
        self.editor.setTabChangesFocus(True)
        # Persian is typed right-aligned with the cursor on the right, English left-aligned, whatever
        # the interface language; an empty note starts in the article's direction.
        self.direction = DirectionFollower(self.editor, empty_direction)
        self._loaded = self._text()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return)
        # Written out, not in Qt's words: Qt's Persian calls the Return key «بازگشت», "going back".
        hint = QLabel(self.tr("%1 saves the note.").replace("%1", isolate(SAVE_KEYS_TEXT)), self)
        hint.setEnabled(False)
        keypad = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), self)  # the keypad's Enter too
        keypad.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setShortcut(save_keys)
        self.editor.setFocus()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.resize(420, 300)

    def note(self) -> str:
        """The note; the very string that was given when nothing was edited."""
        text = self._text()
        return self._original if text == self._loaded else text

    def set_note(self, text: str) -> None:
        self.editor.setPlainText(text)

    def _text(self) -> str:
        # toPlainText() would also turn no-break spaces into plain spaces; the raw text keeps them.
        raw = self.editor.document().toRawText()
        return raw.replace(_PARAGRAPH_SEPARATOR, "\n").replace(_LINE_SEPARATOR, "\n")

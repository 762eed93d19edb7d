"""The article note under the date caption: shown small and tidy, edited in a little dialog.

`ArticleNoteArea` only shows a note; `ArticleNotes` reads and writes it through the library and
follows the change record (a merge or another window's edit refreshes it like any view).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget,
)

from reader.core.changes import Changes
from reader.core.records import ArticleNoteRecord
from reader.gui import icons
from reader.gui.operations import Operations

if TYPE_CHECKING:
    from reader.gui.reader_view import ReaderView


class ArticleNoteArea(QWidget):
    """A framed note under the caption; without a note, only a small button to write one."""

    edit_requested = Signal()
    """Fires when the user asks to write or change the note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleNote")
        self.frame = QWidget(self)
        self.frame.setObjectName("articleNoteFrame")
        self.frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.frame.setStyleSheet("#articleNoteFrame { background: palette(alternate-base); "
                                 "border: 1px solid palette(midlight); border-radius: 6px; }")
        self.label = QLabel(self.frame)
        self.label.setObjectName("articleNoteText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = icons.bind(QToolButton(self.frame), "note")
        self.edit_button.setObjectName("articleNoteEdit")
        self.edit_button.setAutoRaise(True)
        self.edit_button.setToolTip(self.tr("Edit the note on this article"))
        self.edit_button.clicked.connect(self.edit_requested)
        inside = QHBoxLayout(self.frame)
        inside.setContentsMargins(10, 6, 6, 6)
        inside.addWidget(self.label, 1)
        inside.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_button = icons.bind(QToolButton(self), "note")
        self.add_button.setObjectName("articleNoteAdd")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setText(self.tr("Note on this article"))
        self.add_button.clicked.connect(self.edit_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 2)
        layout.addWidget(self.frame)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.show_note(None)

    def show_note(self, note: ArticleNoteRecord | None) -> None:
        text = note.note.strip() if note is not None else ""
        self.label.setText(text)
        self.frame.setVisible(bool(text))
        self.add_button.setVisible(not text)
        self.label.setToolTip(self.tr("%1, %2").replace("%1", note.author or self.tr("(no name)"))
                              .replace("%2", note.modified[:10]) if text and note is not None else "")

    def set_reading_font(self, font: QFont, direction: Qt.LayoutDirection) -> None:
        """The note in the caption's family, a little smaller, and in the article's direction."""
        small = QFont(font)
        small.setPointSizeF(max(8.0, font.pointSizeF() * 0.8))
        self.label.setFont(small)
        self.setLayoutDirection(direction)


class ArticleNoteDialog(QDialog):
    """Write or change the note on an article."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleNoteDialog")
        self.setWindowTitle(self.tr("Note on this article"))
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setPlaceholderText(self.tr("What is worth knowing about the whole article: its source, "
                                               "its reliability, what to check"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def text(self) -> str:
        return self.editor.toPlainText()


class ArticleNotes(QObject):
    """Keeps the note area in step with the open article and the library."""

    def __init__(self, reader: ReaderView, ops: Operations, author: Callable[[], str]) -> None:
        super().__init__(reader)
        self._reader = reader
        self._ops = ops
        self._author = author
        self.area = reader.note_area
        self.area.edit_requested.connect(self.edit)
        reader.article_shown.connect(self.refresh)
        ops.changed.connect(self._changed)
        self.dialog: ArticleNoteDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        article = self._reader.article
        self.area.setVisible(article is not None)
        self.area.show_note(self._ops.library.notes.note(article.id) if article is not None else None)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        article = self._reader.article
        if article is not None and article.id in changes.article_notes:
            self.refresh()

    def edit(self) -> None:
        article = self._reader.article
        if article is None:
            return
        current = self._ops.library.notes.note(article.id)
        dialog = self.dialog = ArticleNoteDialog(current.note if current is not None else "", self._reader)
        article_id = article.id

        def save() -> None:
            text, author = dialog.text().strip(), self._author()
            self._ops.run(lambda library: library.notes.set_note(article_id, text, author), initiator=self)

        dialog.accepted.connect(save)
        dialog.open()

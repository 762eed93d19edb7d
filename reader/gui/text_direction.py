"""Editors whose direction follows what is typed in them: Persian right-aligned with the cursor on the
right, English left-aligned, whatever the interface language; an empty editor takes a default
(the article's direction, for a note on it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit

from reader.core.text import text_direction


class DirectionFollower(QObject):
    """Keeps `editor`'s direction and alignment on its content's side."""

    def __init__(self, editor: QPlainTextEdit, empty: Qt.LayoutDirection = Qt.LayoutDirection.RightToLeft) -> None:
        super().__init__(editor)
        self.editor = editor
        self.empty = empty
        self.direction: Qt.LayoutDirection | None = None
        editor.textChanged.connect(self.update)
        self.update()

    def update(self) -> None:
        text = self.editor.toPlainText()
        if text.strip():
            direction = Qt.LayoutDirection.RightToLeft if text_direction(text) == "rtl" else Qt.LayoutDirection.LeftToRight
        else:
            direction = self.empty
        if direction == self.direction:
            return
        self.direction = direction
        self.editor.setLayoutDirection(direction)
        document = self.editor.document()
        option = document.defaultTextOption()
        option.setTextDirection(direction)
        # Spelled out: a plain text editor's layout takes AlignLeading (= AlignLeft) literally.
        side = Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)

"""Ctrl+F: find in the current article, with the same spelling-blindness as search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.gui.icons import bind

FIND_DELAY_MS = 150


class FindBar(QWidget):
    query_changed = Signal(str)
    """Fires with the text to find (after a short typing pause, or at once on Enter)."""
    step_requested = Signal(int)
    """Fires with +1 (next hit) or -1 (previous hit)."""
    closed = Signal()
    """Fires when the user closes the bar (Esc or its close button)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findText")
        self.edit.setPlaceholderText(self.tr("Find in this article…"))
        self.edit.setClearButtonEnabled(True)
        self.forms = QCheckBox(self.tr("Word forms"), self)
        self.forms.setToolTip(self.tr("Also find longer forms of each word, e.g. کشور → کشورها"))
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        previous_button, next_button, close_button = QToolButton(self), QToolButton(self), QToolButton(self)
        bind(previous_button, "previous_article")
        previous_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        bind(next_button, "next_article")
        next_button.setToolTip(self.tr("Next hit (F3)"))
        bind(close_button, "cancel")
        close_button.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.forms)
        layout.addWidget(self.count)
        for button in (previous_button, next_button, close_button):
            button.setAutoRaise(True)
            layout.addWidget(button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIND_DELAY_MS)
        self._timer.timeout.connect(self._emit_query)
        self.edit.textChanged.connect(self._timer.start)
        self.forms.toggled.connect(self._emit_query)
        self.edit.returnPressed.connect(self._enter)
        previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
        next_button.clicked.connect(lambda: self.step_requested.emit(1))
        close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if total == 0:
            self.count.setText(self.tr("No hits") if self.edit.text().strip() else "")
        elif current == 0:
            self.count.setText(self.tr("%Ln hit(s)", "", total))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(current)).replace("%2", str(total)))

    def show_error(self, message: str) -> None:
        self.count.setText(message)

    def _emit_query(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.edit.text())

    def _enter(self) -> None:
        if self._timer.isActive():
            self._emit_query()
        self.step_requested.emit(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.matches(QKeySequence.StandardKey.FindNext):
            self.step_requested.emit(1)
            return
        if event.matches(QKeySequence.StandardKey.FindPrevious):
            self.step_requested.emit(-1)
            return
        super().keyPressEvent(event)

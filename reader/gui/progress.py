"""The progress dialog every long task shows: window-modal, after half a second, cancellable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


def open_progress(parent: QWidget, label: str, cancel_text: str, object_name: str) -> QProgressDialog:
    """A busy indicator until the task reports numbers; it stays open until `close_progress`."""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setObjectName(object_name)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def close_progress(dialog: QProgressDialog | None) -> None:
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()

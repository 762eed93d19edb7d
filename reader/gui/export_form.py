"""What the export dialogs share: the choice of a tag and an author, and the form with OK/Cancel."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from reader.core.records import TagRecord
from reader.gui.icons import tag_swatch

CONTEXT = "ExportForm"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tag_choice(parent: QWidget, tags: Iterable[TagRecord]) -> QComboBox:
    """All tags (None), then each tag by name."""
    combo = QComboBox(parent)
    combo.addItem(tr("All tags"), None)
    for tag in tags:
        combo.addItem(tag_swatch(tag.color), tag.name, tag.name)
    return combo


def author_choice(parent: QWidget, authors: Iterable[str]) -> QComboBox:
    """All authors (None), then each author by name."""
    combo = QComboBox(parent)
    combo.addItem(tr("All authors"), None)
    for author in authors:
        combo.addItem(author or tr("(no name)"), author)
    return combo


def form(dialog: QDialog, rows: Sequence[tuple[str, QWidget]]) -> QFormLayout:
    """The dialog's rows (label, field), then OK and Cancel."""
    layout = QFormLayout(dialog)
    for label, field in rows:
        layout.addRow(label, field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addRow(buttons)
    return layout


def format_label() -> str:
    return tr("&Format:")


def tag_label() -> str:
    return tr("&Tag:")


def author_label() -> str:
    return tr("&Author:")

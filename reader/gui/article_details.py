"""The dialog that corrects an article's date, outlet and collection (its text stays as imported:
annotations point into it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from reader.core.errors import HashiyaError
from reader.core.records import ArticleRecord, CollectionRecord
from reader.gui.date_text import date_style
from reader.services.organizer import normalized_date


class ArticleDetailsDialog(QDialog):
    def __init__(self, record: ArticleRecord, collections: list[CollectionRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDetails")
        self.setWindowTitle(self.tr("Article details"))
        self._record = record
        self._collection = next((c.name for c in collections if c.id == record.collection_id), "")
        title = QLabel(record.title, self)
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.date_edit = QLineEdit(record.date or "", self)
        self.date_edit.setObjectName("articleDate")
        self.date_edit.setPlaceholderText(self.tr("e.g. 2024-11-24 or ۴ قوس ۱۴۰۳"))
        self.date_edit.setClearButtonEnabled(True)
        self.date_preview = QLabel(self)
        self.date_preview.setObjectName("articleDatePreview")
        self.date_preview.setWordWrap(True)
        self.outlet_edit = QLineEdit(record.outlet or "", self)
        self.outlet_edit.setObjectName("articleOutlet")
        self.collection_box = QComboBox(self)
        self.collection_box.setObjectName("articleCollection")
        self.collection_box.setEditable(True)
        self.collection_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.collection_box.addItems([c.name for c in collections])
        self.collection_box.setCurrentText(self._collection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), title)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow("", self.date_preview)
        form.addRow(self.tr("Outlet:"), self.outlet_edit)
        form.addRow(self.tr("Collection:"), self.collection_box)
        if record.dateline:
            dateline = QLabel(record.dateline, self)
            dateline.setWordWrap(True)
            form.addRow(self.tr("As written:"), dateline)
        form.addRow(self.buttons)
        self.date_edit.textChanged.connect(self._check_date)
        self.collection_box.currentTextChanged.connect(self._check_date)
        self._check_date()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def _check_date(self) -> None:
        ok = True
        text = self.date_edit.text()
        try:
            stored = normalized_date(text)
        except HashiyaError:
            ok = False
            self.date_preview.setText(self.tr("Not a date this reader understands"))
        else:
            self.date_preview.setText(date_style().caption(stored, None) if stored else self.tr("No date"))
        ok = ok and bool(self.collection_box.currentText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str | None, str | None, str | None]:
        """(date, outlet, collection) as typed, each None when left as it was."""
        date = self.date_edit.text()
        outlet = self.outlet_edit.text()
        collection = " ".join(self.collection_box.currentText().split())
        return (date if date.strip() != (self._record.date or "") else None,
                outlet if outlet.strip() != (self._record.outlet or "") else None,
                collection if collection != self._collection else None)

"""Settling a disagreement by hand: the consensus spans of one stretch, edited before they are written.

The dialog starts from `AdjudicationService.proposal(…, Decision.EDIT)` (both coders' spans); the
user picks a span in the list to see it in the passage, selects words to add a span or to move the
chosen one there, and ticks its tags (the tags the comparison looked at). No span at all is a
decision too: nothing is tagged here. Shown with `open()`; read `spans()` on `accepted`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.records import TagRecord
from reader.gui.agreement_work import ArticleText
from reader.gui.excerpt_view import ExcerptView
from reader.gui.highlight_layers import AnnotationLayer
from reader.gui.icons import bind, tag_swatch
from reader.services.adjudication import ConsensusSpan
from reader.services.agreement import Disagreement

PASSAGE = 0


class AdjudicationDialog(QDialog):
    def __init__(self, disagreement: Disagreement, article: ArticleText, tags: Sequence[TagRecord],
                 proposal: Sequence[ConsensusSpan], font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudicationDialog")
        self.setWindowTitle(self.tr("Edit the consensus"))
        self._article = article
        self._disagreement = disagreement
        compared = set(disagreement.tag_ids)
        self.tags = [tag for tag in tags if tag.id in compared]
        self._spans: list[tuple[int, int, set[int]]] = [(s.start, s.end, set(s.tag_ids) & compared) for s in proposal]
        self._filling = False

        self.passage = ExcerptView(self)
        self.passage.setObjectName("consensusPassage")
        self.passage.show_passage(article.text, disagreement.start, disagreement.end, article.direction, font)
        self.passage.setMinimumHeight(120)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Passage"), *(tag.name for tag in self.tags)])
        for column, tag in enumerate(self.tags, start=1):
            self.model.horizontalHeaderItem(column).setIcon(tag_swatch(tag.color, 12))
        self.table = QTableView(self)
        self.table.setObjectName("consensusSpans")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(PASSAGE, QHeaderView.ResizeMode.Stretch)
        self.add_button = bind(QPushButton(self.tr("&Add the selection"), self), "tag_add")
        self.add_button.setObjectName("addSelection")
        self.move_button = bind(QPushButton(self.tr("&Set to the selection"), self), "edit")
        self.move_button.setObjectName("setToSelection")
        self.remove_button = bind(QPushButton(self.tr("&Remove"), self), "delete")
        self.remove_button.setObjectName("removeSpan")
        row = QHBoxLayout()
        for button in (self.add_button, self.move_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setObjectName("consensusHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passage, 3)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

        self.add_button.clicked.connect(self.add_selection)
        self.move_button.clicked.connect(self.set_to_selection)
        self.remove_button.clicked.connect(self.remove_current)
        self.model.itemChanged.connect(self._tag_toggled)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._refresh(keep_rows=True))
        self.passage.selectionChanged.connect(self._update_buttons)
        self._refresh()

    # What the user decided ------------------------------------------------------------------------
    def spans(self) -> list[ConsensusSpan]:
        order = {tag.id: position for position, tag in enumerate(self.tags)}
        return [ConsensusSpan(start, end, tuple(sorted(tags, key=order.__getitem__)))
                for start, end, tags in sorted(self._spans, key=lambda s: (s[0], s[1]))]

    # Editing ---------------------------------------------------------------------------------------
    def add_selection(self) -> None:
        span = self.passage.selected_span()
        if span is None:
            return
        current = self._current()
        tags = set(self._spans[current][2]) if current is not None else set()
        self._spans.append((span[0], span[1], tags))
        self._refresh(select=len(self._spans) - 1)

    def set_to_selection(self) -> None:
        span, current = self.passage.selected_span(), self._current()
        if span is None or current is None:
            return
        self._spans[current] = (span[0], span[1], self._spans[current][2])
        self._refresh(select=current)

    def remove_current(self) -> None:
        current = self._current()
        if current is not None:
            del self._spans[current]
            self._refresh(select=min(current, len(self._spans) - 1))

    def _tag_toggled(self, item: QStandardItem) -> None:
        if self._filling or item.column() == PASSAGE:
            return
        tags = self._spans[item.row()][2]
        tag_id = self.tags[item.column() - 1].id
        if item.checkState() == Qt.CheckState.Checked:
            tags.add(tag_id)
        else:
            tags.discard(tag_id)
        self._refresh(keep_rows=True)

    # Internals -------------------------------------------------------------------------------------
    def _current(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self._spans) else None

    def _refresh(self, select: int | None = None, keep_rows: bool = False) -> None:
        if not keep_rows:
            self._filling = True  # (not blockSignals: the table must hear of the new rows)
            self.model.setRowCount(0)
            text = self._article.text
            for start, end, tags in self._spans:
                quote = QStandardItem(" ".join(text[start:end].split()))
                quote.setToolTip(text[start:end])
                checks = []
                for tag in self.tags:
                    check = QStandardItem()
                    check.setCheckable(True)
                    check.setCheckState(Qt.CheckState.Checked if tag.id in tags else Qt.CheckState.Unchecked)
                    checks.append(check)
                self.model.appendRow([quote, *checks])
            self._filling = False
            if select is not None and 0 <= select < len(self._spans):
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(select, PASSAGE),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        colours = {tag.id: tag.color for tag in self.tags}
        marks = [self.passage.mark(str(i), start, end, tuple(colours[t] for t in colours if t in tags))
                 for i, (start, end, tags) in enumerate(self._spans)]
        self.passage.set_layer(AnnotationLayer([m for m in marks if m is not None]))
        current = self._current()
        self.passage.emphasize(AnnotationLayer.name, str(current) if current is not None else None)
        untagged = any(not tags for _, _, tags in self._spans)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not untagged)
        if untagged:
            self.hint.setText(self.tr("Each span needs at least one tag: tick one, or remove the span."))
        elif not self._spans:
            self.hint.setText(self.tr("No spans: the consensus is that nothing is tagged here."))
        else:
            self.hint.setText(self.tr("Select words in the passage to add a span, or to move the chosen span there."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.passage.selected_span() is not None
        self.add_button.setEnabled(selected)
        self.move_button.setEnabled(selected and self._current() is not None)
        self.remove_button.setEnabled(self._current() is not None)

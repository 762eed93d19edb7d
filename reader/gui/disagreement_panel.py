"""The disagreement list: every stretch where two coders differ, each coder's spans side by side in
their own colour and line, and the decisions a consensus can take on it.

The panel says what the user wants (open the stretch in the reader, accept one side or both, edit);
the agreement controller does it, through the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.disagreements import Kind
from reader.core.records import TagRecord
from reader.gui import icons
from reader.gui.agreement_models import count, say
from reader.gui.agreement_work import Comparison
from reader.gui.coder_layer import AGREE_COLOUR, AGREE_LINE, DIFFER_COLOUR, DIFFER_LINE, CoderSpansLayer, coder_colour, coder_line, line_sample
from reader.gui.disagreement_model import DisagreementFilter, DisagreementModel, Row
from reader.gui.excerpt_view import ExcerptView
from reader.gui.text_delegate import OwnDirectionDelegate
from reader.services.adjudication import Decision
from reader.services.agreement import Disagreement


class CoderPane(QWidget):
    """One coder's spans in a stretch: a header with the coder's line and name, and the passage."""

    def __init__(self, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = position
        self.header = QLabel(self)
        self.header.setObjectName(f"coderHeader{position}")
        self.sample = QLabel(self)
        self.sample.setPixmap(line_sample(coder_colour(position), coder_line(position)).pixmap(28, 12))
        self.view = ExcerptView(self)
        self.view.setObjectName(f"coderPassage{position}")
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as written
        self.header.setStyleSheet(f"color: {coder_colour(position)}; font-weight: bold;")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.sample)
        top.addWidget(self.header)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def show_spans(self, author: str, row: Row, spans, text: str, direction: str, font: QFont,
                   tags: dict[int, TagRecord]) -> None:
        d = row.disagreement
        self.header.setText(author)
        self.view.show_passage(text, d.start, d.end, direction, font)
        marks = []
        for span in spans:
            ordered = sorted((tags[t] for t in span.tags if t in tags), key=lambda tag: tag.position)
            mark = self.view.mark(str(span.key), span.start, span.end, tuple(tag.color for tag in ordered))
            if mark is not None:
                marks.append(mark)
        self.view.set_layer(CoderSpansLayer(marks, self.position))

    def clear(self) -> None:
        self.header.setText("")
        self.view.clear()


class DisagreementPanel(QWidget):
    open_requested = Signal(object)
    """Fires with a Disagreement the user wants to see in the reader (Enter, double-click)."""
    decision_requested = Signal(object, object)
    """Fires with a Disagreement and the Decision (accept first, second or both) the user took on it."""
    edit_requested = Signal(object)
    """Fires with a Disagreement the user wants to settle by editing the consensus spans."""
    selected = Signal(object)
    """Fires with the Disagreement now selected (None: none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.reading_font = QFont("Noto Sans Arabic", 13)
        self.model = DisagreementModel(self)
        self.proxy = DisagreementFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("disagreementKind")
        self.undecided_only = QCheckBox(self.tr("Undecided only"), self)
        self.undecided_only.setObjectName("undecidedOnly")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("disagreementCount")
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(QLabel(self.tr("Show:"), self))
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.undecided_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setObjectName("disagreementTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        delegate = OwnDirectionDelegate(self.table)
        for column in (DisagreementModel.ARTICLE, DisagreementModel.PASSAGE):
            self.table.setItemDelegateForColumn(column, delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DisagreementModel.PASSAGE, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((DisagreementModel.ARTICLE, 12 * em), (DisagreementModel.KIND, 9 * em),
                              (DisagreementModel.FIRST, 7 * em), (DisagreementModel.SECOND, 7 * em),
                              (DisagreementModel.CONSENSUS, 7 * em)):
            header.resizeSection(column, width)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.panes = (CoderPane(0, self), CoderPane(1, self))
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.setObjectName("sideBySide")
        for pane in self.panes:
            sides.addWidget(pane)
        self.legend = QWidget(self)
        self.legend.setObjectName("coderLegend")
        QHBoxLayout(self.legend).setContentsMargins(0, 0, 0, 0)

        self.consensus = QLineEdit(self)
        self.consensus.setObjectName("consensusAuthor")
        self.consensus.setToolTip(self.tr("Decisions are written as this author's annotations; "
                                          "the coders' own annotations are never changed"))
        self.consensus.setMaximumWidth(12 * em)
        self.accept_first_action = self._action("acceptFirst", "accept", self._accept_first, "Ctrl+1")
        self.accept_second_action = self._action("acceptSecond", "accept", self._accept_second, "Ctrl+2")
        self.accept_both_action = self._action("acceptBoth", "accept_both", self._accept_both, "Ctrl+3")
        self.accept_both_action.setText(self.tr("Accept both"))
        self.edit_action = self._action("editConsensus", "edit", self._edit, "Ctrl+4")
        self.edit_action.setText(self.tr("Edit…"))
        self.edit_action.setToolTip(self.tr("Draw the consensus yourself, starting from both coders' spans"))
        self.open_action = self._action("showInReader", "article", self._open, None)
        self.open_action.setText(self.tr("Show in reader"))
        self.open_action.setToolTip(self.tr("Open the article with both coders' layers (Enter)"))
        decide = QVBoxLayout()
        decide.setContentsMargins(0, 0, 0, 0)
        decide.setSpacing(2)
        decide.addWidget(QLabel(self.tr("Consensus author:"), self))
        decide.addWidget(self.consensus)
        for action in (self.accept_first_action, self.accept_second_action, self.accept_both_action,
                       self.edit_action, self.open_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setObjectName(f"{action.objectName()}Button")
            decide.addWidget(button)
        decide.addStretch(1)

        compared = QWidget(self)
        compared_layout = QVBoxLayout(compared)
        compared_layout.setContentsMargins(0, 0, 0, 0)
        compared_layout.addWidget(sides, 1)
        compared_layout.addWidget(self.legend)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(compared, 1)
        lower_layout.addLayout(decide)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self._fill_kinds()
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.undecided_only.toggled.connect(self._filter)
        self._update_actions()

    def _action(self, name: str, icon_name: str, slot, shortcut: str | None) -> QAction:
        action = icons.bind(QAction(self), icon_name)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # Contents ------------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None, decided_nothing) -> None:
        """Show the comparison's disagreements, keeping the selected stretch when it is still there."""
        kept = self.current_row().key if self.current_row() is not None else None
        self.comparison = comparison
        if comparison is None:
            self.model.set_rows([], [], {}, [])
        else:
            self.model.set_rows(comparison.disagreements, comparison.decisions, comparison.texts, comparison.tags,
                                decided_nothing)
        pair = comparison.request.pair if comparison is not None else None
        first, second = pair if pair is not None else ("", "")
        self.accept_first_action.setText(say(self.tr("Accept %1"), first) if first else self.tr("Accept first"))
        self.accept_second_action.setText(say(self.tr("Accept %1"), second) if second else self.tr("Accept second"))
        self._fill_legend(first, second)
        self._fill_kinds()
        self._update_count()
        if kept is None or not self.select_key(kept):
            self._show_current()
        self._update_actions()

    def select_key(self, key: tuple[int, int, int]) -> bool:
        position = self.model.position_of(key)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, DisagreementModel.PASSAGE))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def record_decision(self, spans: tuple) -> None:
        """What was just decided on the selected stretch: shown at once (the next comparison reads it from
        the library), and the next undecided stretch selected."""
        row = self.current_row()
        if row is None:
            return
        following = self._next_undecided(row.key)
        position = self.model.position_of(row.key)
        if position is not None:
            self.model.set_decision(position, spans)
        self._update_count()
        if following is None or not self.select_key(following):
            self._show_current()

    def _next_undecided(self, after: tuple[int, int, int]) -> tuple[int, int, int] | None:
        """The first undecided stretch after `after` in list order, wrapping round (None: every one is decided)."""
        rows = self.proxy.rowCount()
        keys = [self.model.row(self.proxy.mapToSource(self.proxy.index(i, 0)).row()) for i in range(rows)]
        start = next((i for i, row in enumerate(keys) if row is not None and row.key == after), -1)
        for step in range(1, rows + 1):
            row = keys[(start + step) % rows]
            if row is not None and row.decision is None and row.key != after:
                return row.key
        return None

    def current_row(self) -> Row | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    def current_disagreement(self) -> Disagreement | None:
        row = self.current_row()
        return row.disagreement if row is not None else None

    def consensus_name(self) -> str:
        return self.consensus.text().strip()

    # Internals ------------------------------------------------------------------------------------
    def _fill_kinds(self) -> None:
        kept = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("Every difference"), None)
        for kind in Kind:
            self.kind_filter.addItem(self.model.kind_name(kind), kind.value)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kept)))
        self.kind_filter.blockSignals(False)

    def _filter(self) -> None:
        self.proxy.set_filter(self.kind_filter.currentData(), self.undecided_only.isChecked())
        self._update_count()
        if self.current_row() is None:
            self._show_current()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        decided = sum(1 for i in range(total) if self.model.index(i, 0).data(DisagreementModel.DecidedRole))
        self.count_label.setText(say(self.tr("%1 of %2 shown · %3 decided"), count(shown), count(total), count(decided)))

    def _fill_legend(self, first: str, second: str) -> None:
        """How the reader draws the two coders' layers (their panes' headers carry the same lines)."""
        layout = self.legend.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not first:
            return
        layout.addWidget(QLabel(self.tr("In the reader:"), self.legend))
        for colour, line, text in ((coder_colour(0), coder_line(0), say(self.tr("only %1"), first)),
                                   (coder_colour(1), coder_line(1), say(self.tr("only %1"), second)),
                                   (AGREE_COLOUR, AGREE_LINE, self.tr("both, the same tags")),
                                   (DIFFER_COLOUR, DIFFER_LINE, self.tr("both, different tags"))):
            sample = QLabel(self.legend)
            sample.setPixmap(line_sample(colour, line).pixmap(28, 12))
            layout.addWidget(sample)
            label = QLabel(text, self.legend)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addStretch(1)

    def _current_changed(self, *_args) -> None:
        self._show_current()
        self._update_actions()
        self.selected.emit(self.current_disagreement())

    def _show_current(self) -> None:
        row = self.current_row()
        comparison = self.comparison
        if row is None or comparison is None or row.disagreement.article_id not in comparison.texts:
            for pane in self.panes:
                pane.clear()
            return
        article = comparison.texts[row.disagreement.article_id]
        tags = {tag.id: tag for tag in comparison.tags}
        d = row.disagreement
        for pane, author, spans in zip(self.panes, d.authors, (d.first, d.second), strict=True):
            pane.show_spans(author, row, spans, article.text, article.direction, self.reading_font, tags)

    def _update_actions(self) -> None:
        d = self.current_disagreement()
        for action in (self.accept_first_action, self.accept_second_action, self.accept_both_action,
                       self.edit_action, self.open_action):
            action.setEnabled(d is not None)
        if d is not None:
            self.accept_both_action.setEnabled(d.kind not in (Kind.FIRST_ONLY, Kind.SECOND_ONLY))

    def _activated(self, _index: QModelIndex) -> None:
        self._open()

    def _open(self) -> None:
        d = self.current_disagreement()
        if d is not None:
            self.open_requested.emit(d)

    def _decide(self, decision: Decision) -> None:
        d = self.current_disagreement()
        if d is not None:
            self.decision_requested.emit(d, decision)

    def _accept_first(self) -> None:
        self._decide(Decision.ACCEPT_FIRST)

    def _accept_second(self) -> None:
        self._decide(Decision.ACCEPT_SECOND)

    def _accept_both(self) -> None:
        self._decide(Decision.ACCEPT_BOTH)

    def _edit(self) -> None:
        d = self.current_disagreement()
        if d is not None:
            self.edit_requested.emit(d)


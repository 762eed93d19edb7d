"""The agreement view: whom and what to compare, and what came of it — the figures per tag with the
pairwise matrix, the articles sortable by agreement, two coders' confusion of claim/denial/none,
and the disagreement list.

It only shows and asks: the controller (agreement_controller.py) reads the library off the UI
thread and gives the view a `Comparison`; progress and Cancel are shown here, in place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.records import CollectionRecord, TagRecord
from reader.gui import icons
from reader.gui.agreement_models import (
    ArticleFiguresModel,
    ConfusionModel,
    PairMatrixModel,
    SortRole,
    TagSummaryModel,
    count,
    figure,
    say,
    share,
)
from reader.gui.agreement_work import Comparison, Request
from reader.gui.disagreement_panel import DisagreementPanel
from reader.gui.text_delegate import OwnDirectionDelegate

PROGRESS_AFTER_MS = 300
NameRole = Qt.ItemDataRole.UserRole + 1


def _table(parent: QWidget, name: str, model) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


class AgreementView(QWidget):
    compare_requested = Signal()
    """Fires when the user asks for the comparison with the choices as they now are."""
    pair_changed = Signal()
    """Fires when the user picks another pair of coders for the confusion and the disagreements."""
    cancel_requested = Signal()
    """Fires when the user cancels the comparison that is running."""
    article_requested = Signal(int)
    """Fires with an article id the user wants to read (a row of the article table)."""
    unblind_requested = Signal()
    """Fires when the user asks to turn blind coding off, to see the comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementView")
        self.comparison: Comparison | None = None
        self._filling = False

        # Choices ------------------------------------------------------------------------------
        self.author_model = QStandardItemModel(self)
        self.author_list = self._check_list("agreementAuthors", self.author_model)
        self.tag_model = QStandardItemModel(self)
        self.tag_list = self._check_list("agreementTags", self.tag_model)
        self.collection = QComboBox(self)
        self.collection.setObjectName("agreementCollection")
        self.first = QComboBox(self)
        self.first.setObjectName("pairFirst")
        self.second = QComboBox(self)
        self.second.setObjectName("pairSecond")
        self.compare_button = icons.bind(QPushButton(self.tr("&Compare"), self), "refresh")
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setToolTip(self.tr("Work out the agreement of the chosen coders"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("agreementProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.cancel_button = icons.bind(QToolButton(self), "cancel")
        self.cancel_button.setObjectName("agreementCancel")
        self.cancel_button.setToolTip(self.tr("Cancel"))
        self.cancel_button.setAutoRaise(True)
        busy = QHBoxLayout()
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self._busy = QWidget(self)
        self._busy.setLayout(busy)
        self._busy.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(PROGRESS_AFTER_MS)
        self._busy_timer.timeout.connect(self._busy.show)
        pair = QWidget(self)
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.addWidget(self.first, 1)
        pair_layout.addWidget(self.second, 1)
        choices = QWidget()
        form = QFormLayout(choices)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("C&oders:"), self.author_list)
        form.addRow(self.tr("&Tags:"), self.tag_list)
        form.addRow(self.tr("Co&llection:"), self.collection)
        form.addRow(self.tr("&Side by side:"), pair)
        form.labelForField(pair).setBuddy(self.first)
        form.addRow(self.compare_button)
        form.addRow(self._busy)
        # Scrolled when the dock is short, so that the choices never make the reading pane small.
        choices_area = QScrollArea(self)
        choices_area.setObjectName("agreementChoices")
        choices_area.setWidget(choices)
        choices_area.setWidgetResizable(True)
        choices_area.setFrameShape(QScrollArea.Shape.NoFrame)
        choices_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        choices_area.setFixedWidth(16 * self.fontMetrics().horizontalAdvance("M"))

        # Results ------------------------------------------------------------------------------
        self.summary = QLabel(self)
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tag_summary = TagSummaryModel(self)
        self.tag_table = _table(self, "tagFigures", self.tag_summary)
        self.tag_table.verticalHeader().hide()
        self.tag_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tag_table.horizontalHeader().setStretchLastSection(True)
        self.matrix = PairMatrixModel(self)
        self.matrix_view = _table(self, "pairMatrix", self.matrix)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix_title = QLabel(self)
        self.matrix_title.setObjectName("matrixTitle")
        self.matrix_title.setWordWrap(True)
        matrix_box = QWidget(self)
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.matrix_title)
        matrix_layout.addWidget(self.matrix_view, 1)
        figures_split = self.figures_split = QSplitter(Qt.Orientation.Horizontal, self)
        figures_split.addWidget(self.tag_table)
        figures_split.addWidget(matrix_box)
        figures_split.setStretchFactor(1, 2)
        figures_page = QWidget(self)
        figures_layout = QVBoxLayout(figures_page)
        figures_layout.setContentsMargins(0, 4, 0, 0)
        figures_layout.addWidget(self.summary)
        figures_layout.addWidget(figures_split, 1)

        self.articles = ArticleFiguresModel(self)
        self.article_proxy = QSortFilterProxyModel(self)
        self.article_proxy.setSourceModel(self.articles)
        self.article_proxy.setSortRole(SortRole)
        self.article_table = _table(self, "articleFigures", self.article_proxy)
        self.article_table.setSortingEnabled(True)
        self.article_table.sortByColumn(ArticleFiguresModel.AGREEMENT, Qt.SortOrder.AscendingOrder)
        self.article_table.verticalHeader().hide()
        self.article_table.setItemDelegateForColumn(ArticleFiguresModel.TITLE, OwnDirectionDelegate(self.article_table))
        self.article_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.article_table.horizontalHeader().setSectionResizeMode(ArticleFiguresModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.article_table.activated.connect(self._article_activated)

        self.confusion = ConfusionModel(self)
        self.confusion_view = _table(self, "confusionTable", self.confusion)
        self.confusion_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.confusion_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.confusion_title = QLabel(self)
        self.confusion_title.setObjectName("confusionTitle")
        self.confusion_title.setWordWrap(True)
        self.confusion_summary = QLabel(self)
        self.confusion_summary.setObjectName("confusionSummary")
        self.confusion_summary.setWordWrap(True)
        confusion_page = QWidget(self)
        confusion_layout = QVBoxLayout(confusion_page)
        confusion_layout.setContentsMargins(0, 4, 0, 0)
        confusion_layout.addWidget(self.confusion_title)
        confusion_layout.addWidget(self.confusion_view, 1)
        confusion_layout.addWidget(self.confusion_summary)

        self.disagreements = DisagreementPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("agreementTabs")
        self.tabs.setDocumentMode(True)
        icons.bind_tab(self.tabs, self.tabs.addTab(figures_page, self.tr("Figures")), "agreement")
        icons.bind_tab(self.tabs, self.tabs.addTab(self.article_table, self.tr("Articles")), "article")
        icons.bind_tab(self.tabs, self.tabs.addTab(confusion_page, self.tr("Claim, denial or none")), "tag")
        icons.bind_tab(self.tabs, self.tabs.addTab(self.disagreements, self.tr("Disagreements")), "disagreements")

        self.message = QLabel(self)
        self.message.setObjectName("agreementMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unblind_button = icons.bind(QPushButton(self.tr("Turn blind coding off"), self), "blind_coding")
        self.unblind_button.setObjectName("unblindButton")
        notice = QWidget(self)
        notice_layout = QVBoxLayout(notice)
        notice_layout.addStretch(1)
        notice_layout.addWidget(self.message)
        notice_layout.addWidget(self.unblind_button, 0, Qt.AlignmentFlag.AlignCenter)
        notice_layout.addStretch(1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(notice)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(choices_area)
        layout.addWidget(self.pages, 1)

        self.compare_button.clicked.connect(self.compare_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.unblind_button.clicked.connect(self.unblind_requested)
        self.first.currentIndexChanged.connect(self._pair_picked)
        self.second.currentIndexChanged.connect(self._pair_picked)
        self.author_model.itemChanged.connect(self._authors_checked)
        self.tag_table.selectionModel().currentRowChanged.connect(self._tag_picked)
        self.show_message(self.tr("Choose two coders or more and press Compare."))

    # Choices -------------------------------------------------------------------------------------
    def _check_list(self, name: str, model: QStandardItemModel) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        row = view.fontMetrics().height() + 8
        view.setMinimumHeight(2 * row)
        view.setMaximumHeight(5 * row)
        return view

    def set_choices(self, authors: Sequence[str], tags: Sequence[TagRecord], collections: Sequence[CollectionRecord],
                    consensus: str) -> None:
        """Offer these authors, tags and collections, keeping what was chosen; a new author is
        checked, unless it is the consensus author."""
        checked = {self.author_model.item(i).data(NameRole): self.author_model.item(i).checkState()
                   for i in range(self.author_model.rowCount())}
        self._filling = True  # (not blockSignals: the list view must hear of the new rows)
        self.author_model.clear()
        for author in authors:
            item = QStandardItem(author or self.tr("(no author)"))
            item.setData(author, NameRole)
            item.setCheckable(True)
            default = Qt.CheckState.Unchecked if author == consensus else Qt.CheckState.Checked
            item.setCheckState(checked.get(author, default))
            if author == consensus:
                item.setToolTip(self.tr("The consensus author: compare it with a coder to see how often their codes stood"))
            self.author_model.appendRow(item)
        self._filling = False
        tag_checks = {self.tag_model.item(i).data(NameRole): self.tag_model.item(i).checkState()
                      for i in range(self.tag_model.rowCount())}
        self.tag_model.clear()
        for tag in tags:
            item = QStandardItem(icons.tag_swatch(tag.color), tag.name)
            item.setData(tag.name, NameRole)
            item.setCheckable(True)
            item.setCheckState(tag_checks.get(tag.name, Qt.CheckState.Checked))
            self.tag_model.appendRow(item)
        kept = self.collection.currentData()
        self.collection.blockSignals(True)
        self.collection.clear()
        self.collection.addItem(self.tr("All collections"), None)
        for record in collections:
            self.collection.addItem(record.name, record.id)
        self.collection.setCurrentIndex(max(0, self.collection.findData(kept)) if kept is not None else 0)
        self.collection.blockSignals(False)
        self._fill_pair()

    def chosen_authors(self) -> list[str]:
        return [self.author_model.item(i).data(NameRole) for i in range(self.author_model.rowCount())
                if self.author_model.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_tags(self) -> list[str] | None:
        """The checked tags' names; None when every tag is checked (compare every tag the coders used)."""
        names = [self.tag_model.item(i).data(NameRole) for i in range(self.tag_model.rowCount())
                 if self.tag_model.item(i).checkState() == Qt.CheckState.Checked]
        return None if len(names) == self.tag_model.rowCount() else names

    def chosen_pair(self) -> tuple[str, str] | None:
        first, second = self.first.currentData(), self.second.currentData()
        if first is None or second is None or first == second:
            return None
        return first, second

    def request(self, consensus: str) -> Request:
        authors = self.chosen_authors()
        tags = self.chosen_tags()
        return Request(tuple(authors), tuple(tags) if tags is not None else None, self.collection.currentData(),
                       self.chosen_pair(), consensus)

    def _authors_checked(self, _item: QStandardItem) -> None:
        if not self._filling:
            self._fill_pair()

    def _fill_pair(self) -> None:
        authors = self.chosen_authors()
        kept = (self.first.currentData(), self.second.currentData())
        for combo, want, fallback in ((self.first, kept[0], 0), (self.second, kept[1], 1)):
            combo.blockSignals(True)
            combo.clear()
            for author in authors:
                combo.addItem(author or self.tr("(no author)"), author)
            found = combo.findData(want) if want is not None else -1
            combo.setCurrentIndex(found if found >= 0 else min(fallback, combo.count() - 1))
            combo.blockSignals(False)
        if self.first.currentData() == self.second.currentData() and self.second.count() > 1:
            self.second.setCurrentIndex(1 if self.first.currentIndex() == 0 else 0)

    def _pair_picked(self) -> None:
        if self.sender() is self.first and self.first.currentData() == self.second.currentData():
            self.second.blockSignals(True)
            self.second.setCurrentIndex(next(i for i in range(self.second.count()) if i != self.first.currentIndex()))
            self.second.blockSignals(False)
        elif self.sender() is self.second and self.first.currentData() == self.second.currentData():
            self.first.blockSignals(True)
            self.first.setCurrentIndex(next(i for i in range(self.first.count()) if i != self.second.currentIndex()))
            self.first.blockSignals(False)
        if self.chosen_pair() is not None:
            self.pair_changed.emit()

    # Progress and messages --------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        if busy:
            self.progress.setRange(0, 0)
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._busy.hide()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def show_message(self, text: str, blind: bool = False) -> None:
        """Instead of the results: why there are none (too few coders, blind coding, an error)."""
        self.message.setText(text)
        self.unblind_button.setVisible(blind)
        self.pages.setCurrentIndex(1)
        self.compare_button.setEnabled(not blind)

    # Results ---------------------------------------------------------------------------------------
    def show_comparison(self, comparison: Comparison, decided_nothing) -> None:
        self.comparison = comparison
        self.compare_button.setEnabled(True)
        report = comparison.report
        self.pages.setCurrentIndex(0)
        self.summary.setText(say(self.tr("%1 coders compared over %2 articles (those in which every one of them has "
                                         "an annotation): %3 units, each a character that is not white space."),
                                 count(len(report.authors)), count(len(report.articles)), count(report.units)))
        kept = self.tag_table.currentIndex().row()
        self.tag_summary.set_figures(list(report.tags.values()), comparison.tags)
        if self.tag_summary.rowCount():
            row = kept if 0 <= kept < self.tag_summary.rowCount() else 0
            self.tag_table.selectionModel().setCurrentIndex(
                self.tag_summary.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._tag_picked()
        self.tag_table.resizeColumnsToContents()
        wanted = sum(self.tag_table.columnWidth(c) for c in range(self.tag_summary.columnCount())) \
            + 2 * self.tag_table.frameWidth() + self.tag_table.verticalScrollBar().sizeHint().width()
        total = sum(self.figures_split.sizes())
        if total > wanted:
            self.figures_split.setSizes([wanted, total - wanted])
        self.articles.set_articles(report.per_article, list(report.tags))
        self._show_confusion(comparison)
        self.disagreements.set_comparison(comparison, decided_nothing)

    def _tag_picked(self, *_args) -> None:
        figures = self.tag_summary.figures(self.tag_table.currentIndex().row())
        self.matrix.set_figures(figures)
        if figures is None:
            self.matrix_title.setText(self.tr("No tag was used in the compared articles."))
            return
        self.matrix_title.setText(say(self.tr("«%1», α = %2. Above the diagonal: Cohen's κ of each pair. Below it: units "
                                              "both tagged (✓) and units only one of the two tagged (✗). On it: units "
                                              "each coder tagged."), figures.tag, figure(figures.alpha)))

    def _show_confusion(self, comparison: Comparison) -> None:
        table = comparison.confusion
        self.confusion.set_table(table)
        if table is None:
            self.confusion_title.setText(self.tr("Choose two coders to compare side by side."))
            self.confusion_summary.setText("")
            return
        first, second = table.authors
        self.confusion_title.setText(say(self.tr("Rows: what %1 said; columns: what %2 said, unit by unit."), first, second))
        self.confusion_summary.setText(say(
            self.tr("Where (one tagged, the other not; orange): %1 units. Which (both tagged, differently; red): %2 units. "
                    "Agreement %3, Cohen's κ over these categories %4."),
            count(table.where_units), count(table.which_units), share(table.agreement), figure(table.kappa)))

    def _article_activated(self, index: QModelIndex) -> None:
        article_id = index.data(ArticleFiguresModel.ArticleIdRole)
        if article_id is not None:
            self.article_requested.emit(int(article_id))

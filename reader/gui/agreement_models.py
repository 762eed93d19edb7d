"""The agreement view's tables, as item models: figures per tag, the pairwise matrix of one tag,
the per-article figures (sortable through a proxy by `SortRole`) and the confusion of two coders.

Numbers are written in the interface's locale (Persian digits in Persian); an undefined figure is
a dash whose tooltip says why. The disagreement list has its own module (disagreement_model.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from reader.core.errors import fill
from reader.core.records import TagRecord
from reader.gui.errors import isolate
from reader.gui.icons import tag_swatch
from reader.services.agreement import ArticleFigures, ConfusionTable, PairFigures, TagFigures

Index = QModelIndex | QPersistentModelIndex
Display = Qt.ItemDataRole.DisplayRole
SortRole = Qt.ItemDataRole.UserRole + 1
"""A number to sort by (an undefined figure sorts after every defined one)."""
UNDEFINED_SORTS_AS = 2.0  # above any κ or α: sorting by agreement, worst first, puts them last
DASH = "–"


def figure(value: float | None, decimals: int = 3) -> str:
    return DASH if value is None else QLocale().toString(value, "f", decimals)


def count(value: int) -> str:
    return QLocale().toString(value)


def share(value: float | None) -> str:
    return DASH if value is None else QLocale().toString(value * 100, "f", 1) + QLocale().percent()


def say(template: str, *arguments: str) -> str:
    """A translated template with its placeholders filled in one pass, each argument isolated (a
    Latin name keeps its place in a Persian sentence)."""
    return fill(template, arguments, wrap=isolate)


def undefined_tip() -> str:
    return QCoreApplication.translate("Agreement", "Undefined: the coders' marks leave nothing to compare "
                                                   "(everyone gave every unit the same value)")


def pair_tip(pair: PairFigures, tag: str) -> str:
    """Everything known about two coders on one tag, for a tooltip."""
    table = pair.table
    translate = QCoreApplication.translate
    return "\n".join((
        say(translate("Agreement", "%1 and %2 on «%3»"), *pair.authors, tag),
        say(translate("Agreement", "Units both tagged: %1 · only %2: %3 · only %4: %5 · neither: %6"),
            count(table.both), pair.authors[0], count(table.first_only), pair.authors[1], count(table.second_only),
            count(table.neither)),
        say(translate("Agreement", "Observed agreement %1 · Cohen's κ %2"), share(pair.agreement), figure(pair.kappa)),
        say(translate("Agreement", "Span F1: overlapping %1 · identical %2"), figure(pair.f1_overlap),
            figure(pair.f1_exact)),
    ))


class _Table(QAbstractTableModel):
    """Rows and columns that are replaced whole (a new comparison), never edited."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns()

    def _rows(self) -> int:
        raise NotImplementedError

    def _columns(self) -> int:
        raise NotImplementedError

    def _valid(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < self._rows() and 0 <= index.column() < self._columns()

    def _swatch(self, colour: str) -> QIcon:
        cache: dict[str, QIcon] = self.__dict__.setdefault("_swatches", {})
        if colour not in cache:
            cache[colour] = tag_swatch(colour, 12)
        return cache[colour]


class TagSummaryModel(_Table):
    """One row per compared tag: Krippendorff's α over all coders and how many units they marked."""

    TAG, ALPHA, ANY, ALL = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._figures: list[TagFigures] = []
        self._colours: dict[int, str] = {}

    def set_figures(self, figures: Sequence[TagFigures], tags: Sequence[TagRecord]) -> None:
        self.beginResetModel()
        self._figures = list(figures)
        self._colours = {tag.id: tag.color for tag in tags}
        self.endResetModel()

    def figures(self, row: int) -> TagFigures | None:
        return self._figures[row] if 0 <= row < len(self._figures) else None

    def _rows(self) -> int:
        return len(self._figures)

    def _columns(self) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 4:
            return None
        if role == Display:
            return (self.tr("Tag"), self.tr("α"), self.tr("Marked by anyone"), self.tr("Marked by all"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, self.tr("Krippendorff's α (nominal) over all compared coders, unit by unit"),
                    self.tr("Units at least one coder marked with the tag"),
                    self.tr("Units every compared coder marked with the tag"))[section]
        return None

    def data(self, index: Index, role: int = Display):
        if not self._valid(index):
            return None
        figures = self._figures[index.row()]
        column = index.column()
        everyone = (1 << len(figures.authors)) - 1
        if role == Display:
            if column == self.TAG:
                return figures.tag
            if column == self.ALPHA:
                return figure(figures.alpha)
            if column == self.ANY:
                return count(sum(units for mask, units in figures.histogram.items() if mask))
            return count(figures.histogram.get(everyone, 0))
        if role == Qt.ItemDataRole.DecorationRole and column == self.TAG:
            colour = self._colours.get(figures.tag_id)
            return self._swatch(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ALPHA and figures.alpha is None:
            return undefined_tip()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TAG:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PairMatrixModel(_Table):
    """One tag, coders × coders: Cohen's κ above the diagonal; below it, the units both marked and the
    units only one of the two marked; on it, the units each coder marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._figures: TagFigures | None = None

    def set_figures(self, figures: TagFigures | None) -> None:
        self.beginResetModel()
        self._figures = figures
        self.endResetModel()

    def _rows(self) -> int:
        return len(self._figures.authors) if self._figures is not None else 0

    def _columns(self) -> int:
        return self._rows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display):
        if self._figures is None or not 0 <= section < self._rows() or role != Display:
            return None
        return self._figures.authors[section]

    def data(self, index: Index, role: int = Display):
        if not self._valid(index) or self._figures is None:
            return None
        row, column = index.row(), index.column()
        authors = self._figures.authors
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if row == column:
            marked = sum(units for mask, units in self._figures.histogram.items() if mask >> row & 1)
            if role == Display:
                return count(marked)
            if role == Qt.ItemDataRole.ToolTipRole:
                return say(self.tr("%1 marked %2 units with «%3»"), authors[row], count(marked), self._figures.tag)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#808080")
            return None
        pair = self._figures.pair(authors[min(row, column)], authors[max(row, column)])
        if role == Display:
            if row < column:
                return figure(pair.kappa)
            # Digits only, not isolated: each mark stays beside its number in a right-to-left cell.
            return fill(self.tr("✓%1  ✗%2"), [count(pair.table.both), count(pair.table.first_only + pair.table.second_only)])
        if role == Qt.ItemDataRole.ToolTipRole:
            return pair_tip(pair, self._figures.tag)
        return None


class ArticleFiguresModel(_Table):
    """One row per compared article: its units, the share on which every coder gave the same tags,
    and each tag's α within it."""

    TITLE, UNITS, AGREEMENT = range(3)
    ArticleIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._articles: list[ArticleFigures] = []
        self._tags: list[str] = []

    def set_articles(self, articles: Sequence[ArticleFigures], tags: Sequence[str]) -> None:
        self.beginResetModel()
        self._articles = list(articles)
        self._tags = list(tags)
        self.endResetModel()

    def _rows(self) -> int:
        return len(self._articles)

    def _columns(self) -> int:
        return 3 + len(self._tags)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self._columns():
            return None
        if role == Display:
            if section >= 3:
                return say(self.tr("α «%1»"), self._tags[section - 3])
            return (self.tr("Article"), self.tr("Units"), self.tr("Agreement"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.AGREEMENT:
            return self.tr("The share of the article's units on which every compared coder gave the same tags")
        return None

    def data(self, index: Index, role: int = Display):
        if not self._valid(index):
            return None
        article = self._articles[index.row()]
        column = index.column()
        value: float | None = None
        if column == self.AGREEMENT:
            value = article.agreement
        elif column >= 3:
            value = article.tags[self._tags[column - 3]].alpha
        if role == Display:
            if column == self.TITLE:
                return " ".join(article.title.split())
            if column == self.UNITS:
                return count(article.units)
            return share(value) if column == self.AGREEMENT else figure(value)
        if role == SortRole:
            if column == self.TITLE:
                return article.title
            if column == self.UNITS:
                return article.units
            return UNDEFINED_SORTS_AS if value is None else value
        if role == self.ArticleIdRole:
            return article.article_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return article.title
            if column >= self.AGREEMENT and value is None:
                return undefined_tip()
        return None


class ConfusionModel(_Table):
    """Two coders' units by category: rows the first coder's, columns the second's (each compared tag,
    then none, then several). Off the diagonal, the none row and column are "where" disagreements;
    the rest, "which"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: ConfusionTable | None = None

    def set_table(self, table: ConfusionTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _rows(self) -> int:
        return len(self.table.counts) if self.table is not None else 0

    def _columns(self) -> int:
        return self._rows()

    def category(self, position: int) -> str:
        assert self.table is not None
        if position < len(self.table.tags):
            return self.table.tags[position]
        return self.tr("none") if position == self.table.none else self.tr("several")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display):
        if self.table is None or not 0 <= section < self._rows():
            return None
        if role == Display:
            return self.category(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            author = self.table.authors[0 if orientation == Qt.Orientation.Vertical else 1]
            if section == self.table.none:
                return say(self.tr("%1 gave none of the compared tags"), author)
            if section == self.table.several:
                return say(self.tr("%1 gave more than one of the compared tags"), author)
            return say(self.tr("%1 said «%2»"), author, self.category(section))
        return None

    def data(self, index: Index, role: int = Display):
        if not self._valid(index) or self.table is None:
            return None
        row, column = index.row(), index.column()
        if role == Display:
            return count(self.table.counts[row][column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row != column and self.table.counts[row][column]:
            where = self.table.none in (row, column)
            return QColor(255, 160, 0, 60) if where else QColor(220, 40, 40, 60)
        if role == Qt.ItemDataRole.ToolTipRole:
            first, second = self.table.authors
            return say(self.tr("%1 units: %2 said «%3», %4 said «%5»"), count(self.table.counts[row][column]),
                       first, self.category(row), second, self.category(column))
        return None

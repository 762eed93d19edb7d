"""The disagreement list as an item model: one row per stretch where two coders differ, with what
each coder said there and what the consensus author decided; a proxy filters it by kind and by
whether it is still undecided."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon

from reader.core.disagreements import CodedSpan, Kind
from reader.core.record import Record
from reader.core.records import TagRecord
from reader.gui.agreement_models import DASH, say
from reader.gui.agreement_work import ArticleText
from reader.gui.icons import tag_swatch
from reader.services.agreement import Disagreement

Index = QModelIndex | QPersistentModelIndex
Display = Qt.ItemDataRole.DisplayRole
TAG_SEPARATOR = "، "  # tag names are the users' own words, nearly always Persian
PASSAGE_LENGTH = 90


class Row(Record, frozen=False):
    disagreement: Disagreement
    title: str
    passage: str
    decision: tuple[CodedSpan, ...] | None  # None: undecided; (): decided that nothing is tagged there

    @property
    def key(self) -> tuple[int, int, int]:
        return self.disagreement.article_id, self.disagreement.start, self.disagreement.end


def passage_of(text: str, start: int, end: int) -> str:
    """The stretch's text on one line, cut in the middle when long."""
    words = " ".join(text[start:end].split())
    if len(words) <= PASSAGE_LENGTH:
        return words
    half = PASSAGE_LENGTH // 2
    return f"{words[:half]} … {words[-half:]}"


class DisagreementModel(QAbstractTableModel):
    ARTICLE, PASSAGE, KIND, FIRST, SECOND, CONSENSUS = range(6)
    DisagreementRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    DecidedRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._tags: dict[int, TagRecord] = {}
        self._swatches: dict[str, QIcon] = {}
        self.authors: tuple[str, str] = ("", "")

    def set_rows(self, disagreements: Sequence[Disagreement], decisions: Sequence[tuple[CodedSpan, ...]],
                 texts: dict[int, ArticleText], tags: Sequence[TagRecord],
                 decided_nothing: AbstractSet[tuple[int, int, int]] = frozenset()) -> None:
        """Show these stretches; a stretch in `decided_nothing` without consensus spans counts as
        decided (the user chose that nothing is tagged there)."""
        self.beginResetModel()
        self._tags = {tag.id: tag for tag in tags}
        self._rows = []
        for disagreement, decision in zip(disagreements, decisions, strict=True):
            text = texts.get(disagreement.article_id)
            row = Row(disagreement, text.title if text else "", passage_of(text.text, disagreement.start, disagreement.end)
                      if text else "", decision)
            if not decision and row.key not in decided_nothing:
                row.decision = None
            self._rows.append(row)
        self.authors = disagreements[0].authors if disagreements else ("", "")
        self.endResetModel()

    def row(self, position: int) -> Row | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def position_of(self, key: tuple[int, int, int]) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.key == key), None)

    def set_decision(self, position: int, spans: tuple[CodedSpan, ...]) -> None:
        """What was just decided on a row (before the next comparison brings it from the library)."""
        self._rows[position].decision = spans
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.CONSENSUS))

    def tag_names(self, spans: Sequence[CodedSpan]) -> str:
        ids = {tag for span in spans for tag in span.tags}
        ordered = sorted(ids, key=lambda t: (self._tags[t].position, t) if t in self._tags else (1 << 30, t))
        return TAG_SEPARATOR.join(self._tags[t].name for t in ordered if t in self._tags)

    def kind_name(self, kind: Kind) -> str:
        first, second = self.authors
        if kind == Kind.FIRST_ONLY:
            return say(self.tr("only %1"), first)
        if kind == Kind.SECOND_ONLY:
            return say(self.tr("only %1"), second)
        return self.tr("different tags") if kind == Kind.TAGS else self.tr("different boundaries")

    # Qt model interface --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display):
        if orientation != Qt.Orientation.Horizontal or role != Display or not 0 <= section < 6:
            return None
        first, second = self.authors
        return (self.tr("Article"), self.tr("Passage"), self.tr("Difference"), first or self.tr("First"),
                second or self.tr("Second"), self.tr("Consensus"))[section]

    def data(self, index: Index, role: int = Display):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 6:
            return None
        row = self._rows[index.row()]
        d = row.disagreement
        column = index.column()
        if role == Display:
            if column == self.ARTICLE:
                return " ".join(row.title.split())
            if column == self.PASSAGE:
                return row.passage
            if column == self.KIND:
                return self.kind_name(d.kind)
            if column in (self.FIRST, self.SECOND):
                return self.tag_names(d.first if column == self.FIRST else d.second) or DASH
            if row.decision is None:
                return DASH
            return self.tag_names(row.decision) or self.tr("nothing")
        if role == Qt.ItemDataRole.DecorationRole and column in (self.FIRST, self.SECOND, self.CONSENSUS):
            spans = d.first if column == self.FIRST else d.second if column == self.SECOND else row.decision or ()
            first_tag = min((self._tags[t] for s in spans for t in s.tags if t in self._tags),
                            key=lambda tag: tag.position, default=None)
            return self._swatch(first_tag.color) if first_tag is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ARTICLE:
                return row.title
            if column == self.CONSENSUS:
                return self.tr("Not decided yet") if row.decision is None else None
            return row.passage if column == self.PASSAGE else None
        if role == self.DisagreementRole:
            return d
        if role == self.KindRole:
            return d.kind.value
        if role == self.DecidedRole:
            return row.decision is not None
        return None

    def _swatch(self, colour: str) -> QIcon:
        if colour not in self._swatches:
            self._swatches[colour] = tag_swatch(colour, 12)
        return self._swatches[colour]


class DisagreementFilter(QSortFilterProxyModel):
    """Only one kind of disagreement, and only the undecided, when asked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind: str | None = None
        self.undecided_only = False

    def set_filter(self, kind: str | None, undecided_only: bool) -> None:
        self.beginFilterChange()
        self.kind, self.undecided_only = kind, undecided_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.kind is not None and index.data(DisagreementModel.KindRole) != self.kind:
            return False
        return not (self.undecided_only and index.data(DisagreementModel.DecidedRole))

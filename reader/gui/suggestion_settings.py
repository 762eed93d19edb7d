"""Settings → Suggestions: the cue lexicon, seen and edited.

One tab per role (claims, denials): whether it suggests at all, which tag it suggests, and its
cues — the words, what kind of cue each is, each on or off. «…» in a cue stands for up to three
words. OK saves through SuggestionService (the library keeps the lexicon; exports carry it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QTabWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from reader.core import cue_lexicon as lx
from reader.core.errors import HashiyaError
from reader.core.record import Record
from reader.core.records import TagRecord
from reader.gui import icons
from reader.gui.errors import show_error
from reader.gui.operations import Operations
from reader.services.suggestions import RoleSetting

def kind_names() -> dict[str, str]:
    """What each kind of cue does, in the interface language."""
    translate = QCoreApplication.translate
    return {
        lx.SAY: translate("SuggestionSettings", "verb of saying"),
        lx.SOURCE: translate("SuggestionSettings", "attribution"),
        lx.DENY: translate("SuggestionSettings", "denial verb"),
        lx.VERDICT: translate("SuggestionSettings", "verdict"),
        lx.REJECT: translate("SuggestionSettings", "rejection"),
        lx.CLAIM_WORD: translate("SuggestionSettings", "word for a claim"),
        lx.FALSE_WORD: translate("SuggestionSettings", "word for false"),
        lx.PROPOSAL_WORD: translate("SuggestionSettings", "word for a proposal"),
        lx.REACTION: translate("SuggestionSettings", "reaction"),
        lx.TRAP: translate("SuggestionSettings", "not a cue (trap)"),
    }


class RoleChoice(Record, frozen=False):
    role: str
    enabled: bool
    tag_id: int | None
    cues: list[lx.Cue]


class RoleTab(QWidget):
    ON, WORDS, KIND = range(3)

    def __init__(self, setting: RoleSetting, cues: list[lx.Cue], tags: list[TagRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = setting.role
        self.enabled = QCheckBox(self.tr("Suggest these passages"), self)
        self.enabled.setChecked(setting.enabled)
        self.tag_box = QComboBox(self)
        for tag in tags:
            self.tag_box.addItem(icons.tag_swatch(tag.color), tag.name, tag.id)
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(setting.tag_id)))
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Tag to suggest:"), self.tag_box)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName(f"cues_{self.role}")
        self.table.setHorizontalHeaderLabels([self.tr("On"), self.tr("Words"), self.tr("Kind")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(self.ON, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(self.ON, 56)
        header.setSectionResizeMode(self.WORDS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.KIND, QHeaderView.ResizeMode.ResizeToContents)
        for cue in cues:
            self.add_cue(cue)
        add = QPushButton(icons.icon("tag_add"), self.tr("&Add cue"), self)
        add.clicked.connect(self._add_new)
        remove = QPushButton(icons.icon("delete"), self.tr("Re&move cue"), self)
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("«…» in the words stands for up to three words."), self), 1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_cue(self, cue: lx.Cue) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        on = QTableWidgetItem()
        on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        on.setCheckState(Qt.CheckState.Checked if cue.enabled else Qt.CheckState.Unchecked)
        self.table.setItem(row, self.ON, on)
        self.table.setItem(row, self.WORDS, QTableWidgetItem(cue.phrase))
        kind = QComboBox(self.table)
        names = kind_names()
        for value in lx.KINDS_OF_ROLE[self.role]:
            kind.addItem(names[value], value)
        kind.setCurrentIndex(max(0, kind.findData(cue.kind)))
        self.table.setCellWidget(row, self.KIND, kind)
        return row

    def _add_new(self) -> None:
        row = self.add_cue(lx.Cue(self.role, lx.KINDS_OF_ROLE[self.role][0], ""))
        self.table.setCurrentCell(row, self.WORDS)
        self.table.editItem(self.table.item(row, self.WORDS))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def choice(self) -> RoleChoice:
        cues = []
        for row in range(self.table.rowCount()):
            phrase = self.table.item(row, self.WORDS).text().strip()
            if not phrase:
                continue  # an added row left empty
            kind = self.table.cellWidget(row, self.KIND).currentData()
            on = self.table.item(row, self.ON).checkState() == Qt.CheckState.Checked
            cues.append(lx.Cue(self.role, kind, phrase, on))
        return RoleChoice(self.role, self.enabled.isChecked(), self.tag_box.currentData(), cues)


class SuggestionSettingsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionSettings")
        self.setWindowTitle(self.tr("Suggestions"))
        self.ops = ops
        service = ops.library.suggestions
        lexicon = service.lexicon()
        tags = ops.library.annotations.tags()
        titles = {lx.CLAIM: self.tr("Claims"), lx.DENIAL: self.tr("Denials")}
        intro = QLabel(self.tr("Hashiya outlines the sentences these words point to; you decide. "
                               "Verbs count in every form («گفت» finds «می‌گویند»); a negated one does not."), self)
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.role_tabs: dict[str, RoleTab] = {}
        for setting in service.roles():
            tab = RoleTab(setting, [c for c in lexicon.cues if c.role == setting.role], tags, self.tabs)
            self.role_tabs[setting.role] = tab
            self.tabs.addTab(tab, titles.get(setting.role, setting.role))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def save(self) -> None:
        choices = [tab.choice() for tab in self.role_tabs.values()]

        def write(library) -> None:
            for choice in choices:
                library.suggestions.set_cues(choice.role, choice.cues)
                library.suggestions.set_role(choice.role, tag_id=choice.tag_id, enabled=choice.enabled)

        try:
            self.ops.run(write, initiator=self)
        except HashiyaError as error:
            show_error(self, self.windowTitle(), error)
            return
        self.accept()

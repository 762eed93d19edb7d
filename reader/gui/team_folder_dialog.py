"""Settings → Team folder…: which folder, under which name, and what is waiting or was refused.

The name is the same `Preferences.author` every annotation is signed with (a Preferences dialog may
show it too); the folder belongs to the library, so a library of another project never writes into
this team's folder.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from reader.core.errors import HashiyaError
from reader.gui.errors import isolate, message_for, show_error
from reader.gui.team_sync import TeamSync
from reader.services.team.report import SyncReport
from reader.services.team.sync import check_author


class TeamFolderDialog(QDialog):
    def __init__(self, sync: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamFolderDialog")
        self.setWindowTitle(self.tr("Team folder"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._sync = sync
        intro = QLabel(self.tr(
            "Hashiya writes your annotations into this folder and merges your colleagues' as their files "
            "arrive. Choose a folder that a sync engine you already use (Syncthing, Nextcloud, Dropbox, "
            "OneDrive, a network share) keeps in step between your computers."), self)
        intro.setWordWrap(True)
        self.folder = QLineEdit(sync.folder or "", self)
        self.folder.setObjectName("teamFolder")
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setObjectName("chooseTeamFolder")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.author = QLineEdit(sync.author or _default_author(), self)
        self.author.setObjectName("teamAuthor")
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), row)
        form.addRow(self.tr("Your &name:"), self.author)
        self.state = QLabel(self)
        self.state.setObjectName("teamState")
        self.state.setWordWrap(True)
        self.missing = QListWidget(self)
        self.missing.setObjectName("missingArticles")
        self.import_button = QPushButton(self.tr("&Bring in from shared texts"), self)
        self.import_button.setObjectName("importSharedTexts")
        self.import_button.setToolTip(self.tr(
            "Looks for the articles in REFI-QDA projects (.qdpx) that colleagues put in the team folder "
            "(File → Export annotations…)."))
        self.import_button.clicked.connect(sync.import_texts)
        self.notices = QListWidget(self)
        self.notices.setObjectName("teamNotices")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        stop = buttons.addButton(self.tr("&Stop syncing"), QDialogButtonBox.ButtonRole.ResetRole)
        stop.setObjectName("stopTeamSync")
        stop.setEnabled(sync.folder is not None)
        stop.clicked.connect(self._stop)
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.state)
        self.missing_label = QLabel(self.tr("Articles colleagues annotated that this library lacks:"), self)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.notices_label = QLabel(self.tr("Refused or unreadable:"), self)
        layout.addWidget(self.notices_label)
        layout.addWidget(self.notices)
        layout.addWidget(buttons)
        self.resize(620, 520)
        sync.synced.connect(self._show)
        self._show(sync.last_report)

    def _show(self, report: SyncReport | None) -> None:
        """What the last round found: the folder's state, the articles waited for, the refusals."""
        if self._sync.folder is None:
            self.state.setText(self.tr("Not syncing with a team folder."))
        elif report is not None and not report.available:
            self.state.setText(self.tr("The team folder cannot be reached now; Hashiya will keep trying."))
        else:
            self.state.setText(self.tr("Syncing with %1.").replace("%1", isolate(self._sync.folder)))
        self.missing.clear()
        for article in self._sync.missing_articles():
            self.missing.addItem(self.tr("%1 (%2): %Ln annotation(s)", "", article.annotations)
                                 .replace("%1", article.title).replace("%2", "، ".join(article.authors)))
        waiting = self.missing.count() > 0
        for widget in (self.missing_label, self.missing, self.import_button):
            widget.setVisible(waiting)
        self.notices.clear()
        self.notices.addItems([message_for(notice) for notice in reversed(self._sync.notices)])
        self.notices_label.setVisible(self.notices.count() > 0)
        self.notices.setVisible(self.notices.count() > 0)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Team folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _apply(self) -> None:
        folder, author = self.folder.text().strip(), self.author.text().strip()
        if not folder:
            self._stop()
            return
        if not os.path.isdir(folder):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Team folder"),
                              self.tr("%1 is not a folder (or cannot be reached now).").replace("%1", isolate(folder)),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("teamFolderRefused")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        try:
            check_author(author)
        except HashiyaError as error:
            show_error(self, self.tr("Team folder"), error)
            return
        self._sync.configure(os.path.abspath(folder), author)
        self.accept()

    def _stop(self) -> None:
        self._sync.configure(None, self.author.text().strip() or self._sync.author)
        self.accept()


def _default_author() -> str:
    from reader.services.locations import default_author

    return default_author()

"""Looking after the library from the window: the Library menu and the list's context menus, drag
and drop of articles onto collections, and the dialogs these ask through.

Every change goes through the library's organizer service as an undoable step on the window's undo
stack (Edit → Undo); the views refresh from the change record the operation reports.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMenu, QMessageBox, QWidget

from reader.core.errors import HashiyaError, fill
from reader.core.records import CollectionRecord
from reader.gui import icons
from reader.gui.annotation_controller import AnnotationController
from reader.gui.article_model import ARTICLE_IDS_MIME
from reader.gui.errors import show_error
from reader.gui.library_panel import LibraryPanel
from reader.services.library import Library


class Organizing(QObject):
    """The window's means to rename, merge and delete collections and to move, correct and delete
    articles."""

    def __init__(self, window: QWidget, panel: LibraryPanel, controller: AnnotationController,
                 status: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._panel = panel
        self._controller = controller
        self._status = status
        self.last_dialog: QWidget | None = None

        self.move_menu = QMenu(self.tr("&Move to collection"), window)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        icons.bind(self.move_menu, "collection")
        self.edit_action = self._action(self.tr("&Edit article details…"), "edit", self.edit_details)
        self.delete_articles_action = self._action(self.tr("&Delete articles…"), "delete", self.delete_articles)
        self.delete_articles_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_articles_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        panel.article_view.addAction(self.delete_articles_action)
        self.rename_action = self._action(self.tr("&Rename collection…"), None, self.rename_collection)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        panel.collection_view.addAction(self.rename_action)
        self.merge_menu = QMenu(self.tr("Mer&ge collection into"), window)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.delete_collection_action = self._action(self.tr("Delete c&ollection…"), "delete", self.delete_collection)

        self.menu = QMenu(self.tr("&Library"), window)
        self.menu.addMenu(self.move_menu)
        self.menu.addActions([self.edit_action, self.delete_articles_action])
        self.menu.addSeparator()
        self.menu.addAction(self.rename_action)
        self.menu.addMenu(self.merge_menu)
        self.menu.addAction(self.delete_collection_action)
        self.menu.aboutToShow.connect(self._update_actions)

        articles = panel.article_view
        articles.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        articles.setDragEnabled(True)
        articles.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        articles.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        articles.customContextMenuRequested.connect(self._article_menu)
        collections = panel.collection_view
        collections.setAcceptDrops(True)
        collections.setDropIndicatorShown(True)
        collections.viewport().installEventFilter(self)
        collections.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        collections.customContextMenuRequested.connect(self._collection_menu)
        articles.selectionModel().selectionChanged.connect(self._update_actions)
        articles.selectionModel().currentChanged.connect(self._update_actions)
        collections.selectionModel().currentChanged.connect(self._update_actions)
        self._update_actions()

    def _action(self, text: str, icon_name: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        if icon_name:
            icons.bind(action, icon_name)
        action.triggered.connect(slot)
        return action

    @property
    def _library(self) -> Library:
        return self._controller.ops.library

    # What the user has chosen -------------------------------------------------------------------------
    def selected_article_ids(self) -> list[int]:
        """The articles selected in the list (else the current one), in list order."""
        view = self._panel.article_view
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        ids = (self._panel.articles.article_id(row) for row in rows)
        return [article_id for article_id in ids if article_id is not None]

    def current_collection(self) -> CollectionRecord | None:
        """The collection chosen in the collections list (None for «All articles»)."""
        collection_id = self._panel.collections.collection_id(self._panel.collection_view.currentIndex().row())
        if collection_id is None:
            return None  # «All articles»: no need to count every collection's articles again
        return next((c for c in self._library.collections() if c.id == collection_id), None)

    def _update_actions(self) -> None:
        has_articles = bool(self.selected_article_ids())
        for item in (self.move_menu.menuAction(), self.edit_action, self.delete_articles_action):
            item.setEnabled(has_articles)
        has_collection = self.current_collection() is not None
        for item in (self.rename_action, self.merge_menu.menuAction(), self.delete_collection_action):
            item.setEnabled(has_collection)

    # Articles ----------------------------------------------------------------------------------------------
    def move_articles(self, article_ids: list[int], collection_name: str) -> bool:
        """Move the articles to the named collection (made if there is none); False when refused."""
        if not article_ids:
            return False
        done = self._perform(self.tr("Move articles"),
                             lambda lib: lib.organizer.move_articles(article_ids, collection_name),
                             lambda lib, moves: lib.organizer.undo_moves(moves))
        if done:
            self._status(self.tr("Moved %Ln article(s) to «%1».", "", len(article_ids)).replace("%1", collection_name))
        return done

    def delete_articles(self) -> None:
        """Ask, then delete the selected articles (their annotations become tombstones)."""
        ids = self.selected_article_ids()
        if not ids:
            return
        question = self.tr("Delete %Ln article(s)?", "", len(ids))
        self._confirm(self.tr("Delete articles"), question, self._annotations_note(ids),
                      lambda: self._delete_articles(ids))

    def _delete_articles(self, ids: list[int]) -> None:
        if self._perform(self.tr("Delete articles"), lambda lib: lib.organizer.delete_articles(ids),
                         lambda lib, removal: lib.organizer.restore(removal)):
            self._status(self.tr("Deleted %Ln article(s). Edit → Undo brings them back.", "", len(ids)))

    def _annotations_note(self, article_ids: list[int]) -> str:
        count = self._library.organizer.annotation_count(article_ids)
        if not count:
            return ""
        return self.tr("%Ln annotation(s) will be deleted too; an exported file will tell colleagues about the "
                       "deletion.", "", count)

    def edit_details(self) -> None:
        ids = self.selected_article_ids()
        if not ids:
            return
        record = self._library.article(ids[0])
        if record is None:
            return
        from reader.gui.article_details import ArticleDetailsDialog  # its date reader loads when first needed

        dialog = ArticleDetailsDialog(record, self._library.collections(), self._window)
        dialog.accepted.connect(lambda: self._save_details(record.id, dialog))
        self._keep(dialog)
        dialog.open()

    def _save_details(self, article_id: int, dialog) -> None:
        date, outlet, collection = dialog.values()
        self._perform(self.tr("Edit article details"),
                      lambda lib: lib.organizer.edit_article(article_id, date=date, outlet=outlet, collection=collection),
                      lambda lib, before: lib.organizer.restore_details(before))

    # Collections --------------------------------------------------------------------------------------------
    def rename_collection(self) -> None:
        """Ask for the chosen collection's new name, then rename it."""
        collection = self.current_collection()
        if collection is None:
            return

        def rename(name: str) -> None:
            if name.strip() and name.strip() != collection.name:
                self._perform(self.tr("Rename collection"),
                              lambda lib: lib.organizer.rename_collection_id(collection.id, name),
                              lambda lib, rename: lib.organizer.undo_rename(rename))

        self._ask_name(self.tr("Rename collection"), self.tr("New name:"), collection.name, rename)

    def merge_collection(self, source: CollectionRecord, target: CollectionRecord) -> bool:
        """Move every article of `source` into `target` and delete `source`; False when refused."""
        done = self._perform(self.tr("Merge collections"),
                             lambda lib: lib.organizer.merge_collections(source.id, target.id),
                             lambda lib, moves: lib.organizer.undo_moves(moves))
        if done:
            self._status(fill(self.tr("«%1» merged into «%2»."), [source.name, target.name]))
        return done

    def delete_collection(self) -> None:
        """Ask, then delete the chosen collection and its articles."""
        collection = self.current_collection()
        if collection is None:
            return
        ids = self._library.article_ids(collection.id)
        question = self.tr("Delete the collection «%1» and its %Ln article(s)?", "", len(ids)).replace("%1", collection.name)
        self._confirm(self.tr("Delete collection"), question, self._annotations_note(ids),
                      lambda: self._perform(self.tr("Delete collection"),
                                            lambda lib: lib.organizer.delete_collection_id(collection.id),
                                            lambda lib, removal: lib.organizer.restore(removal)))

    # Menus ------------------------------------------------------------------------------------------------------
    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        current = self._panel.collections.collection_id(self._panel.collection_view.currentIndex().row())
        for collection in self._library.collections():
            action = self.move_menu.addAction(collection.name)
            action.setEnabled(collection.id != current)
            action.triggered.connect(lambda _=False, name=collection.name: self.move_articles(self.selected_article_ids(), name))
        self.move_menu.addSeparator()
        self.move_menu.addAction(self.tr("New collection…"), self._move_to_new_collection)

    def _move_to_new_collection(self) -> None:
        ids = self.selected_article_ids()
        self._ask_name(self.tr("Move to a new collection"), self.tr("Collection name:"), "",
                       lambda name: self.move_articles(ids, name.strip()) if name.strip() else None)

    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        source = self.current_collection()
        if source is None:
            return
        for target in self._library.collections():
            if target.id != source.id:
                action = self.merge_menu.addAction(target.name)
                action.triggered.connect(lambda _=False, t=target: self.merge_collection(source, t))

    def _article_menu(self, position) -> None:
        self._update_actions()
        if not self.selected_article_ids():
            return
        menu = QMenu(self._window)
        menu.addMenu(self.move_menu)
        menu.addActions([self.edit_action, self.delete_articles_action])
        menu.exec(self._panel.article_view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _collection_menu(self, position) -> None:
        self._update_actions()
        if self.current_collection() is None:
            return
        menu = QMenu(self._window)
        menu.addAction(self.rename_action)
        menu.addMenu(self.merge_menu)
        menu.addAction(self.delete_collection_action)
        menu.exec(self._panel.collection_view.viewport().mapToGlobal(position))
        menu.deleteLater()

    # Dropping articles on a collection ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if self._drop_target(event) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            target = self._drop_target(event)
            if target is None:
                event.ignore()
                return True
            ids = [int(line) for line in bytes(event.mimeData().data(ARTICLE_IDS_MIME).data()).decode().split() if line]
            event.acceptProposedAction()
            self.move_articles(ids, target.name)
            return True
        return super().eventFilter(watched, event)

    def _drop_target(self, event: QDropEvent) -> CollectionRecord | None:
        """The collection under a drag of articles (not «All articles»), else None."""
        if not event.mimeData().hasFormat(ARTICLE_IDS_MIME):
            return None
        index: QModelIndex = self._panel.collection_view.indexAt(event.position().toPoint())
        collection_id = self._panel.collections.collection_id(index.row()) if index.isValid() else None
        if collection_id is None:
            return None
        return next((c for c in self._library.collections() if c.id == collection_id), None)

    # Internals -------------------------------------------------------------------------------------------------
    def _perform(self, text: str, do, undo) -> bool:
        try:
            self._controller.perform_undoable(text, do, undo)
        except HashiyaError as error:
            show_error(self._window, text, error)
            return False
        return True

    # Each box or input dialog stays alive (so tests and the user can still read it once it closed)
    # until the next one replaces it; none of them blocks.
    def _keep(self, dialog: QWidget) -> None:
        if self.last_dialog is not None and not self.last_dialog.isVisible():
            self.last_dialog.deleteLater()
        self.last_dialog = dialog

    def _confirm(self, title: str, question: str, detail: str, on_yes: Callable[[], object]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("confirmDeletion")
        if detail:
            box.setInformativeText(detail)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        delete.clicked.connect(lambda _=False: on_yes())
        self._keep(box)
        box.open()

    def _ask_name(self, title: str, label: str, text: str, on_name: Callable[[str], object]) -> None:
        dialog = QInputDialog(self._window)
        dialog.setObjectName("collectionName")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.textValueSelected.connect(on_name)
        self._keep(dialog)
        dialog.open()

"""The annotation dock: the open article's annotations, and every annotation in the library, filtered.

Every change goes through the `AnnotationController` (so it can be undone); the panel only reads
through the controller's service and the `Library`, and re-reads when the controller says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStatusTipEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.changes import Changes
from reader.gui.annotation_controller import AnnotationController
from reader.gui.errors import isolate
from reader.gui.text_delegate import OwnDirectionDelegate
from reader.gui.annotation_model import AnnotationTableModel
from reader.gui.date_text import date_style
from reader.gui.icons import bind, bind_tab, tag_swatch
from reader.services.annotations import AnnotationError
from reader.services.library import Library
from reader.core.records import AnnotationRecord

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AnnotationPanel(QWidget):
    THIS_ARTICLE_TAB, ALL_TAB = range(2)

    place_requested = Signal(str)
    """Fires with an orphan's uuid when the user asks to place it on the passage selected in the reader."""
    jump_requested = Signal(int, str)
    """Fires with an article id and an annotation uuid when the user clicks an annotation's row."""

    def __init__(self, library: Library, controller: AnnotationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._controller = controller
        self._article_id: int | None = None
        self._all_stale = True
        self.dialog: QDialog | None = None
        """The tag picker or note editor while one is open (there is at most one)."""
        self.context_menu: QMenu | None = None
        self.only_author: Callable[[], str | None] = lambda: None
        """The one author whose annotations are listed (blind coding), or None for every author."""

        # "This article" ------------------------------------------------------------------------
        self.article_model = AnnotationTableModel(show_article=False, parent=self)
        self.article_view = self._make_view("articleAnnotations", self.article_model)

        # "All annotations" -----------------------------------------------------------------------
        self.all_model = AnnotationTableModel(show_article=True, parent=self)
        self.all_view = self._make_view("allAnnotations", self.all_model)
        self.all_view.horizontalHeader().moveSection(AnnotationTableModel.ARTICLE, 0)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("annotationTagFilter")
        self.author_filter = QComboBox(self)
        self.author_filter.setObjectName("annotationAuthorFilter")
        self.collection_filter = QComboBox(self)
        self.collection_filter.setObjectName("annotationCollectionFilter")
        for combo in (self.tag_filter, self.author_filter, self.collection_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.orphans_only = QCheckBox(self.tr("Only orphans"), self)
        self.orphans_only.setObjectName("annotationOrphansOnly")
        self.orphans_only.setToolTip(self.tr("Only annotations whose passage could not be found after the article changed"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("annotationCount")
        filters = QFormLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addRow(self.tr("&Tag:"), self.tag_filter)
        filters.addRow(self.tr("A&uthor:"), self.author_filter)
        filters.addRow(self.tr("&Collection:"), self.collection_filter)
        checks = QHBoxLayout()
        checks.addWidget(self.orphans_only)
        checks.addStretch(1)
        checks.addWidget(self.count_label)
        filters.addRow(checks)
        all_page = QWidget(self)
        all_layout = QVBoxLayout(all_page)
        all_layout.setContentsMargins(0, 4, 0, 0)
        all_layout.addLayout(filters)
        all_layout.addWidget(self.all_view, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("annotationTabs")
        self.tabs.setDocumentMode(True)
        bind_tab(self.tabs, self.tabs.addTab(self.article_view, self.tr("This article")), "article")
        bind_tab(self.tabs, self.tabs.addTab(all_page, self.tr("All annotations")), "library")

        # Actions, shared by the buttons and the context menu ------------------------------------------
        self.show_action = self._action(self.tr("Show in text"), "find", self._show_selected)
        self.tags_action = self._action(self.tr("Tags…"), "tag", self.edit_tags)
        self.tags_action.setStatusTip(self.tr("Choose the tags of the selected annotation"))
        self.note_action = self._action(self.tr("Note…"), "note", self.edit_note, QKeySequence(Qt.Key.Key_Return))
        self.note_action.setStatusTip(self.tr("Write or change the note of the selected annotation"))
        self.delete_action = self._action(self.tr("Delete"), "delete", self.delete_selected,
                                          QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setStatusTip(
            self.tr("Delete the selected annotation; %1 brings it back").replace("%1", isolate(self._undo_keys()))
        )
        self.discard_action = self._action(self.tr("Discard"), "cancel", self.delete_selected)
        self.discard_action.setStatusTip(
            self.tr("Discard this annotation: its passage is no longer in the text; %1 brings it back").replace(
                "%1", self._undo_keys()
            )
        )
        self.place_action = self._action(self.tr("Place at selection"), "find", self._place_selected)
        self.place_action.setStatusTip(
            self.tr("Select the passage in the article, then place this annotation on it")
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.tags_button, self.note_button, self.delete_button, self.discard_button, self.place_button = (
            self._button(action, buttons)
            for action in (self.tags_action, self.note_action, self.delete_action, self.discard_action,
                           self.place_action)
        )
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self._populate_tag_filter()
        self._set_model_tags()
        self._update_actions()

        self.tabs.currentChanged.connect(self._tab_changed)
        for combo in (self.tag_filter, self.author_filter, self.collection_filter):
            combo.currentIndexChanged.connect(self._refresh_all)
        self.orphans_only.toggled.connect(self._refresh_all)
        self._connect_controller()

    # Public ----------------------------------------------------------------------------------------
    def show_article(self, article_id: int | None) -> None:
        """List this article's annotations in "This article" (None: no article is open)."""
        if article_id != self._article_id:
            self._article_id = article_id
            self.article_model.set_rows([])
        self._refresh_article()

    def select_annotation(self, uuid: str) -> bool:
        """Select and scroll to the annotation in "This article"; False when it is not listed there."""
        return self._select(self.article_view, uuid)

    def selected_uuid(self) -> str | None:
        """The annotation selected in the tab on show, if any."""
        return self._selected_uuid(self._current_view())

    def refresh(self) -> None:
        """Re-read everything: tags, both lists and the filter choices, keeping the selections."""
        self._set_model_tags()
        self._populate_tag_filter()
        self._refresh_article()
        self._refresh_all()

    # Editing ------------------------------------------------------------------------------------------
    def edit_tags(self) -> None:
        """Open the tag picker for the selected annotation; OK sets its tags (undoably)."""
        record = self._selected_record()
        if record is None or not self._close_dialog():
            return
        tags = self._controller.tags()
        from reader.gui.annotation_dialogs import TagPickerDialog

        dialog = TagPickerDialog(tags, record.tag_ids, self)
        known = {tag.id for tag in tags}

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                # Tags deleted while the dialog was open are left out rather than failing the change.
                chosen = [t for t in dialog.checked_tag_ids() if t in known and t in self._tag_ids()]
                current = self._fresh(record.uuid)
                if current is not None and not current.deleted and chosen != list(current.tag_ids):
                    self._controller.set_tags(record.uuid, chosen)
            self._dialog_done(dialog)

        self._open_dialog(dialog, finished)

    def edit_note(self) -> None:
        """Open the note editor for the selected annotation; OK stores the note exactly as written."""
        record = self._selected_record()
        if record is None or not self._close_dialog():
            return
        from reader.gui.annotation_dialogs import NoteDialog

        dialog = NoteDialog(record.note, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                current = self._fresh(record.uuid)
                if current is not None and not current.deleted:
                    self._controller.set_note(record.uuid, dialog.note())
            self._dialog_done(dialog)

        self._open_dialog(dialog, finished)

    def delete_selected(self) -> None:
        """Delete the selected annotation without asking: the undo stack brings it back."""
        view = self._current_view()
        uuid = self._selected_uuid(view)
        if uuid is None:
            return
        row = view.selectionModel().selectedRows()[0].row()
        try:
            self._controller.delete(uuid)
        except AnnotationError:
            return
        # The next row takes the deleted one's place, so Delete can be pressed again.
        model = view.model()
        assert isinstance(model, AnnotationTableModel)
        following = model.uuid(min(row, model.rowCount() - 1))
        if following is not None and self._selected_uuid(view) is None:
            self._select(view, following)
        message = self.tr("Deleted; %1 brings it back").replace("%1", isolate(self._undo_keys()))
        QApplication.sendEvent(self, QStatusTipEvent(message))

    # Qt -------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The keys are handled on the tables themselves, so Delete and Enter elsewhere (the reader,
        # the filter boxes) keep their own meaning, and Enter opens the note rather than activating.
        if watched in (self.article_view, self.all_view) and event.type() == QEvent.Type.KeyPress:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.NoModifier:
                if event.key() == Qt.Key.Key_Delete:
                    self.delete_selected()
                    return True
                if event.key() in _ENTER_KEYS:
                    self.edit_note()
                    return True
        return super().eventFilter(watched, event)

    # Internals: building ---------------------------------------------------------------------------------
    def _make_view(self, name: str, model: AnnotationTableModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        delegate = OwnDirectionDelegate(view)  # quotes and notes cut short in their own direction
        for column in (AnnotationTableModel.QUOTE, AnnotationTableModel.NOTE, AnnotationTableModel.ARTICLE):
            view.setItemDelegateForColumn(column, delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AnnotationTableModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        # Fixed starting widths (the dock is narrow), so the quote gets whatever is left.
        em = self.fontMetrics().horizontalAdvance("M")
        widths = {AnnotationTableModel.TAGS: 7 * em, AnnotationTableModel.NOTE: 7 * em, AnnotationTableModel.AUTHOR: 5 * em,
                  AnnotationTableModel.MODIFIED: self.fontMetrics().horizontalAdvance(self._sample_time()) + em,
                  AnnotationTableModel.ARTICLE: 9 * em}
        for column, width in widths.items():
            if column < model.columnCount():
                header.resizeSection(column, width)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        view.clicked.connect(self._row_clicked)
        view.selectionModel().selectionChanged.connect(self._update_actions)
        view.installEventFilter(self)
        return view

    def _action(self, text: str, icon_name: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = bind(QAction(text, self), icon_name)
        if shortcut is not None:
            # Shown in the menu; the keys are taken on the tables (see eventFilter), and the action
            # must not grab Delete or Enter for the whole window.
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(slot)
        return action

    def _button(self, action: QAction, row: QHBoxLayout) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        row.addWidget(button)
        return button

    def _connect_controller(self) -> None:
        self._controller.ops.changed.connect(self.apply_changes)

    # Internals: reading --------------------------------------------------------------------------------------
    def _refresh_article(self) -> None:
        records: list[AnnotationRecord] = []
        if self._article_id is not None:
            only = self.only_author()
            records = [r for r in self._controller.service.for_article(self._article_id) if only is None or r.author == only]
        self._reload(self.article_view, self.article_model, records)

    def _refresh_all(self) -> None:
        if self.tabs.currentIndex() != self.ALL_TAB:
            self._all_stale = True  # read when the tab is shown: a library-wide query per edit is waste
            self._update_actions()
            return
        self._all_stale = False
        self._populate_author_filter()
        self._populate_collection_filter()
        only = self.only_author()
        self.author_filter.setEnabled(only is None)
        rows = self._controller.service.list_rows(
            tag_id=self.tag_filter.currentData(),
            author=self.author_filter.currentData() if only is None else only,
            collection_id=self.collection_filter.currentData(),
            orphans_only=self.orphans_only.isChecked(),
        )
        self._reload(self.all_view, self.all_model, rows)
        self.count_label.setText(self.tr("%Ln annotation(s)", "", len(rows)))

    def _reload(self, view: QTableView, model: AnnotationTableModel, rows: Sequence) -> None:
        uuid = self._selected_uuid(view)
        scrolled = view.verticalScrollBar().value()
        model.set_rows(rows)
        view.verticalScrollBar().setValue(scrolled)
        if uuid is not None:
            self._select(view, uuid, scroll=False)
        self._update_actions()

    def _set_model_tags(self) -> None:
        tags = self._controller.tags()
        self.article_model.set_tags(tags)
        self.all_model.set_tags(tags)

    def _tag_ids(self) -> set[int]:
        return {tag.id for tag in self._controller.tags()}

    def _populate_tag_filter(self) -> None:
        choices = [(None, self.tr("All tags"), None)]
        choices += [(tag.id, tag.name, tag.color) for tag in self._controller.tags()]
        self._populate(self.tag_filter, choices)

    def _populate_author_filter(self) -> None:
        only = self.only_author()
        choices: list[tuple[object, str, str | None]] = [(only, only, None)] if only is not None else []
        if only is None and not self.author_filter.isEnabled():
            self.author_filter.blockSignals(True)
            self.author_filter.clear()  # blind coding ended: every author again, not the one listed
            self.author_filter.blockSignals(False)
        if only is None:
            choices.append((None, self.tr("All authors"), None))
            choices += [(author, author or self.tr("(no author)"), None) for author in self._controller.service.authors()]
        self._populate(self.author_filter, choices)

    def _populate_collection_filter(self) -> None:
        choices = [(None, self.tr("All collections"), None)]
        choices += [(c.id, c.name, None) for c in self._library.collections()]
        self._populate(self.collection_filter, choices)

    @staticmethod
    def _populate(combo: QComboBox, choices: list[tuple[object, str, str | None]]) -> None:
        """Refill a filter combo, keeping its choice when that is still offered (else the first: all)."""
        kept = combo.currentData() if combo.currentIndex() >= 0 else None
        combo.blockSignals(True)
        combo.clear()
        for data, text, color in choices:
            if color is None:
                combo.addItem(text, data)
            else:
                combo.addItem(tag_swatch(color), text, data)
        found = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _fresh(self, uuid: str) -> AnnotationRecord | None:
        try:
            return self._controller.service.get(uuid)
        except AnnotationError:
            return None

    # Internals: selection ----------------------------------------------------------------------------------
    def _current_view(self) -> QTableView:
        return self.all_view if self.tabs.currentIndex() == self.ALL_TAB else self.article_view

    @staticmethod
    def _selected_row(view: QTableView) -> int | None:
        # selectedIndexes, not selectedRows: a row counts as selected even with a column hidden.
        indexes = view.selectionModel().selectedIndexes()
        return indexes[0].row() if indexes else None

    @classmethod
    def _selected_uuid(cls, view: QTableView) -> str | None:
        row = cls._selected_row(view)
        return None if row is None else view.model().index(row, 0).data(AnnotationTableModel.UuidRole)

    def _selected_record(self) -> AnnotationRecord | None:
        view = self._current_view()
        row = self._selected_row(view)
        if row is None:
            return None
        model = view.model()
        assert isinstance(model, AnnotationTableModel)
        return model.record(row)

    def _select(self, view: QTableView, uuid: str, scroll: bool = True) -> bool:
        model = view.model()
        assert isinstance(model, AnnotationTableModel)
        row = model.row_of(uuid)
        if row is None:
            return False
        index = model.index(row, AnnotationTableModel.QUOTE)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if scroll:
            view.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        record = self._selected_record()
        for action in (self.show_action, self.tags_action, self.note_action, self.delete_action):
            action.setEnabled(record is not None)
        orphan = record is not None and record.orphan
        self.discard_action.setEnabled(orphan)
        self.place_action.setEnabled(orphan)
        # An orphan's passage is gone: "Discard" says what deleting it means, in place of "Delete".
        self.discard_button.setHidden(not orphan)
        self.place_button.setHidden(not orphan)
        self.delete_button.setHidden(orphan)

    # Internals: user actions ----------------------------------------------------------------------------------
    def _row_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._jump(index)

    def _show_selected(self) -> None:
        view = self._current_view()
        rows = view.selectionModel().selectedRows()
        if rows:
            self._jump(rows[0])

    def _jump(self, index: QModelIndex) -> None:
        article_id = index.data(AnnotationTableModel.ArticleIdRole)
        uuid = index.data(AnnotationTableModel.UuidRole)
        if article_id is not None and uuid:
            self.jump_requested.emit(int(article_id), str(uuid))

    def _place_selected(self) -> None:
        record = self._selected_record()
        if record is not None and record.orphan:
            self.place_requested.emit(record.uuid)

    def _context_menu(self, view: QTableView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        if self._selected_uuid(view) != index.data(AnnotationTableModel.UuidRole):
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        if self.context_menu is not None:
            self.context_menu.close()
            self.context_menu.deleteLater()
        menu = QMenu(self)
        menu.addAction(self.show_action)
        menu.addSeparator()
        menu.addAction(self.tags_action)
        menu.addAction(self.note_action)
        menu.addSeparator()
        if index.data(AnnotationTableModel.OrphanRole):
            menu.addAction(self.place_action)
            menu.addAction(self.discard_action)
        else:
            menu.addAction(self.delete_action)
        self.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    def _open_dialog(self, dialog: QDialog, finished) -> None:
        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    def _close_dialog(self) -> bool:
        """Make way for a new dialog; False (and the open one raised) while one is still open."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return False
        return True

    def _dialog_done(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    @staticmethod
    def _sample_time() -> str:
        return date_style().moment("2024-09-29T23:59:00+00:00")  # a long month name, two-digit day

    @staticmethod
    def _undo_keys() -> str:
        return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)

    # Internals: controller signals --------------------------------------------------------------------------------
    def apply_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Re-read what the change record names: tags, this article's list, the library-wide list."""
        if changes.tags:
            self._set_model_tags()
            self._populate_tag_filter()
        if self._article_id is not None and (changes.annotations_of(self._article_id)
                                             or changes.touches_article(self._article_id)):
            self._refresh_article()  # a tag reorder changes the order of every annotation's tags too
        if changes.tags or changes.annotations or changes.article_list:
            self._refresh_all()  # titles, collections and the filters' choices may have changed

    def _tab_changed(self, index: int) -> None:
        if index == self.ALL_TAB and self._all_stale:
            self._refresh_all()
        self._update_actions()

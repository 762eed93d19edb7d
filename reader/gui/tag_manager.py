"""Tools → Tags…: create, rename, recolour, give shortcuts to, reorder, merge and delete tags.

Every change goes through `AnnotationController`, so it lands on the undo stack, and the list is
rebuilt from the database whenever the controller says tags changed (an undo from elsewhere too).

Each user action is a method taking its input (`create(name)`, `rename_selected(name)`, …); the
buttons only open the small dialog that asks for that input, non-blocking, and call the method.
Messages are shown with `QMessageBox.open()` and kept on `last_message`, so nothing here blocks
in an event loop of its own and tests can read and answer them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QKeySequenceEdit,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.changes import Changes
from reader.core.errors import fill
from reader.gui import icons
from reader.gui.annotation_controller import AnnotationController
from reader.gui.errors import isolate, message_for
from reader.services.annotations import AnnotationError
from reader.core.records import TagRecord

TAG_ID_ROLE = Qt.ItemDataRole.UserRole
"""The item data role holding a row's tag id."""

_PORTABLE = QKeySequence.SequenceFormat.PortableText
_NATIVE = QKeySequence.SequenceFormat.NativeText

# Bidi isolates keep a Latin tag name or a shortcut such as "Ctrl+3" from reordering the
# punctuation around it in a right-to-left row, and an Arabic-script name in a left-to-right one.
_FSI, _LRI, _PDI = "\u2068", "\u2066", "\u2069"

_FAILED = object()
"""What `_attempt` returns when the change was refused (None is a valid result of some changes)."""


def normalized_shortcut(text: str | None) -> str | None:
    """`text` as a portable key sequence string ("Ctrl+3"), or None when it names no keys."""
    if not text or not text.strip():
        return None
    sequence = QKeySequence.fromString(text.strip(), _PORTABLE)
    if sequence.isEmpty():
        sequence = QKeySequence.fromString(text.strip(), _NATIVE)
    return sequence.toString(_PORTABLE) or None


class ShortcutDialog(QDialog):
    """Asks for one key combination for a tag; an empty one (Clear) removes the shortcut."""

    def __init__(self, tag_name: str, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagShortcutDialog")
        self.setWindowTitle(self.tr("Tag shortcut"))
        label = QLabel(self.tr("Press the keys that tag a passage as «%1»:").replace("%1", isolate(tag_name)), self)
        label.setWordWrap(True)
        self.editor = QKeySequenceEdit(self)
        self.editor.setObjectName("tagShortcutEdit")
        self.editor.setMaximumSequenceLength(1)
        if current:
            self.editor.setKeySequence(QKeySequence.fromString(current, _PORTABLE))
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.clear_button = buttons.addButton(self.tr("C&lear"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.setObjectName("tagShortcutClear")
        icons.bind(self.clear_button, "cancel")
        self.clear_button.clicked.connect(self.editor.clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def shortcut(self) -> str | None:
        """The chosen keys as portable text, or None for no shortcut."""
        return normalized_shortcut(self.editor.keySequence().toString(_PORTABLE))


class MergeDialog(QDialog):
    """Asks which tag the selected one should be merged into."""

    def __init__(self, source: TagRecord, targets: list[TagRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagMergeDialog")
        self.setWindowTitle(self.tr("Merge tags"))
        label = QLabel(self.tr("Merge the tag «%1» into:").replace("%1", isolate(source.name)), self)
        label.setWordWrap(True)
        self.targets = QComboBox(self)
        self.targets.setObjectName("tagMergeTarget")
        for tag in targets:
            self.targets.addItem(icons.tag_swatch(tag.color, 16), tag.name, tag.id)
        label.setBuddy(self.targets)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.targets)
        layout.addWidget(buttons)

    def target_id(self) -> int | None:
        value = self.targets.currentData()
        return int(value) if value is not None else None


class TagManagerDialog(QDialog):
    def __init__(self, controller: AnnotationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle(self.tr("Tags"))
        self.controller = controller
        self.last_message: QMessageBox | None = None
        """The message box shown last (an error or a confirmation); it never blocks."""
        self.last_input: QDialog | None = None
        """The input dialog a button opened last (name, colour, shortcut or merge target)."""
        self._selected_id: int | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("tagList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda _item: self.ask_rename())
        list_label = QLabel(self.tr("&Tags, in the order the tag bar shows them:"), self)
        list_label.setBuddy(self.list)

        self.new_button = self._button(self.tr("&New…"), "tag_add", self.ask_create, "tagNew")
        self.rename_button = self._button(self.tr("&Rename…"), "rename", self.ask_rename, "tagRename")
        self.color_button = self._button(self.tr("C&olour…"), None, self.ask_color, "tagColor")
        self.shortcut_button = self._button(self.tr("&Shortcut…"), "shortcut", self.ask_shortcut, "tagShortcut")
        self.up_button = self._button(self.tr("Move &up"), "move_up",
                                      lambda: self.move_selected(-1), "tagUp")
        self.down_button = self._button(self.tr("Move do&wn"), "move_down",
                                        lambda: self.move_selected(1), "tagDown")
        self.merge_button = self._button(self.tr("&Merge into…"), "merge", self.ask_merge, "tagMerge")
        self.delete_button = self._button(self.tr("&Delete…"), "delete", self.ask_delete, "tagDelete")

        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = close_box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        icons.bind(self.close_button, "cancel")
        self.close_button.setAutoDefault(False)
        close_box.rejected.connect(self.reject)

        # Keys that work while the list has focus; the buttons' mnemonics work everywhere.
        self._shortcut(QKeySequence(Qt.Key.Key_F2), self.ask_rename, self.list)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.ask_delete, self.list)
        self._shortcut(QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1), self.list)
        self._shortcut(QKeySequence("Ctrl+Down"), lambda: self.move_selected(1), self.list)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.New), self.ask_create, self)
        # The dialog is window-modal over the main window, whose Undo would not reach it.
        self.undo_action = controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.addActions([self.undo_action, self.redo_action])

        side = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.color_button, self.shortcut_button,
                       self.up_button, self.down_button, self.merge_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        main = QHBoxLayout()
        main.addWidget(self.list, 1)
        main.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(list_label)
        layout.addLayout(main, 1)
        layout.addWidget(close_box)

        controller.ops.changed.connect(self._apply_changes)
        self.refresh()  # selects the first tag
        self.list.setFocus()

    def _apply_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.tags:
            self.refresh()

    def _button(self, text: str, icon_name: str | None, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text, self)
        if icon_name:
            icons.bind(button, icon_name)
        button.setObjectName(name)
        # Enter in the list must not press whichever button had focus last.
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], object], widget: QWidget) -> None:
        action = QAction(widget)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        widget.addAction(action)

    # The list --------------------------------------------------------------------------------------
    def tags(self) -> list[TagRecord]:
        return self.controller.tags()

    def selected_tag(self) -> TagRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        tag_id = item.data(TAG_ID_ROLE)
        return next((t for t in self.tags() if t.id == tag_id), None)

    def select_tag(self, tag_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(TAG_ID_ROLE) == tag_id:
                self.list.setCurrentRow(row)
                return

    def refresh(self) -> None:
        """Rebuild the rows from the database, keeping the current tag (or its row) selected."""
        keep_id = self._selected_id
        keep_row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        usage = self.controller.service.tag_usage
        for tag in self.tags():
            item = QListWidgetItem(icons.tag_swatch(tag.color, 16), self._row_text(tag))
            item.setData(TAG_ID_ROLE, tag.id)
            item.setToolTip(self.tr("On %Ln annotation(s)", "", usage(tag.id)))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [self.list.item(row).data(TAG_ID_ROLE) for row in range(self.list.count())]
        if keep_id in ids:
            self.list.setCurrentRow(ids.index(keep_id))
        elif ids:
            self.list.setCurrentRow(min(max(keep_row, 0), len(ids) - 1))
        self._current_changed()

    def _row_text(self, tag: TagRecord) -> str:
        name = _FSI + tag.name + _PDI
        if not tag.shortcut:
            return name
        keys = QKeySequence.fromString(tag.shortcut, _PORTABLE).toString(_NATIVE) or tag.shortcut
        return fill(self.tr("%1 (%2)", "a tag's name and its keyboard shortcut"), [name, _LRI + keys + _PDI])

    def _current_changed(self, *_args: object) -> None:
        tag = self.selected_tag()
        self._selected_id = tag.id if tag is not None else None
        row, count = self.list.currentRow(), self.list.count()
        has = tag is not None
        for button in (self.rename_button, self.color_button, self.shortcut_button, self.delete_button):
            button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < count - 1)
        self.merge_button.setEnabled(has and count > 1)
        self.color_button.setIcon(icons.tag_swatch(tag.color, 16) if tag is not None else QIcon())

    # Actions, each taking its input --------------------------------------------------------------------
    def create(self, name: str) -> TagRecord | None:
        """A new tag named `name`, with the next palette colour; selected afterwards."""
        tag = self._attempt(lambda: self.controller.create_tag(name))
        if not isinstance(tag, TagRecord):
            return None
        self._selected_id = tag.id
        self.select_tag(tag.id)
        return tag

    def rename_selected(self, new_name: str) -> bool:
        tag = self.selected_tag()
        if tag is None:
            return False
        if new_name.strip() == tag.name:
            return True
        return self._attempt(lambda: self.controller.update_tag(tag.id, name=new_name)) is not _FAILED

    def recolor_selected(self, color: QColor) -> bool:
        tag = self.selected_tag()
        if tag is None or not color.isValid():
            return False
        value = color.name()
        if value.lower() == tag.color.lower():
            return True
        return self._attempt(lambda: self.controller.update_tag(tag.id, color=value)) is not _FAILED

    def set_shortcut_for_selected(self, seq: str | None) -> bool:
        """Give the selected tag the key sequence `seq` (portable text), or none for None/"".

        A shortcut another tag already has is refused with a message.
        """
        tag = self.selected_tag()
        if tag is None:
            return False
        shortcut = normalized_shortcut(seq)
        if shortcut == normalized_shortcut(tag.shortcut):
            return True
        if shortcut is not None and shortcut.isdigit():
            self._show_error(self.tr("Keys 1 to 9 already tag by position in this list. Choose a combination such as Ctrl+Shift+1."))
            return False
        if shortcut is None:
            return self._attempt(lambda: self.controller.update_tag(tag.id, clear_shortcut=True)) is not _FAILED
        owner = next((t for t in self.tags() if t.id != tag.id and normalized_shortcut(t.shortcut) == shortcut), None)
        if owner is not None:
            keys = QKeySequence.fromString(shortcut, _PORTABLE).toString(_NATIVE)
            self._show_error(fill(self.tr("The shortcut %1 already tags passages as «%2». Choose other keys, or clear that tag's shortcut first."), [_LRI + keys + _PDI, owner.name]))
            return False
        return self._attempt(lambda: self.controller.update_tag(tag.id, shortcut=shortcut)) is not _FAILED

    def move_selected(self, delta: int) -> bool:
        """Move the selected tag `delta` places down (negative: up) in the tag order."""
        tag = self.selected_tag()
        if tag is None or delta == 0:
            return False
        ids = [t.id for t in self.tags()]
        row = ids.index(tag.id)
        new_row = min(max(row + delta, 0), len(ids) - 1)
        if new_row == row:
            return False
        ids.insert(new_row, ids.pop(row))
        self._selected_id = tag.id
        return self._attempt(lambda: self.controller.reorder_tags(ids)) is not _FAILED

    def merge_selected_into(self, target_id: int, confirmed: bool = False) -> bool:
        """Merge the selected tag into `target_id`; unless `confirmed`, ask first (on `last_message`)."""
        source = self.selected_tag()
        target = next((t for t in self.tags() if t.id == target_id), None)
        if source is None:
            return False
        if target is None or target.id == source.id:
            self._show_error(self.tr("Choose another existing tag to merge «%1» into.").replace("%1", isolate(source.name)))
            return False
        if not confirmed:
            count = self.controller.service.tag_usage(source.id)
            text = fill(self.tr("Merge the tag «%1» into «%2»? %Ln annotation(s) tagged «%1» will carry «%2» instead, and «%1» will be removed.", "", count), [source.name, target.name])
            self._confirm(text, self.tr("&Merge"), lambda: self._merge(source.id, target.id))
            return False
        return self._merge(source.id, target.id)

    def delete_selected(self, confirmed: bool = False) -> bool:
        """Delete the selected tag; unless `confirmed`, ask first (on `last_message`)."""
        tag = self.selected_tag()
        if tag is None:
            return False
        if not confirmed:
            count = self.controller.service.tag_usage(tag.id)
            text = self.tr("Delete the tag «%1»? It is on %Ln annotation(s).", "", count).replace("%1", isolate(tag.name))
            self._confirm(text, self.tr("&Delete"), lambda: self._delete(tag.id))
            return False
        return self._delete(tag.id)

    def _merge(self, source_id: int, target_id: int) -> bool:
        ids = {t.id for t in self.tags()}
        if source_id not in ids or target_id not in ids:  # changed while the question was open
            return False
        self._selected_id = target_id
        return self._attempt(lambda: self.controller.merge_tags(source_id, target_id)) is not _FAILED

    def _delete(self, tag_id: int) -> bool:
        if tag_id not in {t.id for t in self.tags()}:
            return False
        return self._attempt(lambda: self.controller.delete_tag(tag_id)) is not _FAILED

    # Buttons: ask for the input, then call the action ----------------------------------------------------
    def ask_create(self) -> None:
        dialog = self._input_dialog(self.tr("New tag"), self.tr("Name of the new tag:"), "")
        dialog.textValueSelected.connect(self.create)
        dialog.open()

    def ask_rename(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        dialog = self._input_dialog(self.tr("Rename tag"), self.tr("New name for «%1»:").replace("%1", isolate(tag.name)), tag.name)
        dialog.textValueSelected.connect(lambda text, tag_id=tag.id: self._for_tag(tag_id, self.rename_selected, text))
        dialog.open()

    def ask_color(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        dialog = QColorDialog(QColor(tag.color), self)
        dialog.setObjectName("tagColorDialog")
        dialog.setWindowTitle(self.tr("Colour of «%1»").replace("%1", isolate(tag.name)))
        dialog.colorSelected.connect(lambda color, tag_id=tag.id: self._for_tag(tag_id, self.recolor_selected, color))
        self._set_input(dialog)
        dialog.open()

    def ask_shortcut(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        dialog = ShortcutDialog(tag.name, tag.shortcut, self)
        dialog.accepted.connect(lambda tag_id=tag.id: self._for_tag(tag_id, self.set_shortcut_for_selected, dialog.shortcut()))
        self._set_input(dialog)
        dialog.open()

    def ask_merge(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        targets = [t for t in self.tags() if t.id != tag.id]
        if not targets:
            return
        dialog = MergeDialog(tag, targets, self)

        def chosen(tag_id: int = tag.id) -> None:
            target = dialog.target_id()
            if target is not None:
                self._for_tag(tag_id, self.merge_selected_into, target)

        dialog.accepted.connect(chosen)
        self._set_input(dialog)
        dialog.open()

    def ask_delete(self) -> None:
        self.delete_selected(confirmed=False)

    def _input_dialog(self, title: str, label: str, text: str) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("tagNameDialog")
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        self._set_input(dialog)
        return dialog

    def _for_tag(self, tag_id: int, action: Callable[..., object], *args: object) -> None:
        """Run `action` on the tag a dialog was opened for, even if the selection moved meanwhile."""
        if tag_id not in {t.id for t in self.tags()}:
            return
        self.select_tag(tag_id)
        action(*args)

    # Messages -----------------------------------------------------------------------------------------
    def _attempt(self, change: Callable[[], object]) -> object:
        try:
            return change()
        except AnnotationError as exc:
            self._show_error(message_for(exc))
            return _FAILED

    def _show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Tags"), message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("tagManagerMessage")
        self._set_message(box)
        box.open()

    # Each box or input dialog stays alive (so `last_message` / `last_input` can still be read once it
    # closed) until the next one replaces it.
    def _set_message(self, box: QMessageBox) -> None:
        if self.last_message is not None and not self.last_message.isVisible():
            self.last_message.deleteLater()
        self.last_message = box

    def _set_input(self, dialog: QDialog) -> None:
        if self.last_input is not None and not self.last_input.isVisible():
            self.last_input.deleteLater()
        self.last_input = dialog

    def _confirm(self, text: str, verb: str, on_yes: Callable[[], object]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tags"), text, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("tagManagerConfirm")
        box.setInformativeText(self.tr("Edit → Undo reverses this."))
        yes = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        # The box connected its own handler first, so it has closed by the time this runs.
        yes.clicked.connect(lambda _=False: on_yes())
        self._set_message(box)
        box.open()

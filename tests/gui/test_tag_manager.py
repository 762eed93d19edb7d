"""The tag manager over a real library file: every action checked in the database, then undone and redone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QColorDialog, QInputDialog, QMessageBox, QPushButton, QWidget

from reader.gui.annotation_controller import AnnotationController
from reader.gui.operations import Operations
from reader.gui.tag_manager import TAG_ID_ROLE, MergeDialog, ShortcutDialog, TagManagerDialog
from reader.services.annotations import AnnotationService
from reader.services.library import Library

CLAIM, DENIAL = "ادعا", "تکذیب"

ARTICLE = """سخنگوی ولایت گفت

سخنگوی ولایت گفت که گزارش‌ها نادرست است و هیچ حمله‌ای رخ نداده است.

باشندگان محل اما می‌گویند که در شب گذشته صدای انفجار شنیده‌اند.
"""


@dataclass
class Env:
    library: Library
    service: AnnotationService
    controller: AnnotationController
    dialog: TagManagerDialog
    claim: int
    denial: int
    uuids: list[str]

    def tag(self, name: str):
        return self.service.tag_by_name(name)

    def order(self) -> list[int]:
        return [t.id for t in self.service.tags()]

    def tags_of(self, uuid: str) -> set[int]:
        return set(self.service.get(uuid).tag_ids)

    def state(self) -> tuple:
        """Everything the tag manager can change, as the database holds it."""
        return tuple(self.service.tags()), tuple(tuple(sorted(self.service.get(u).tag_ids)) for u in self.uuids)

    def select(self, name: str) -> None:
        self.dialog.select_tag(self.tag(name).id)
        assert self.dialog.selected_tag().name == name

    def row_ids(self) -> list[int]:
        return [self.dialog.list.item(r).data(TAG_ID_ROLE) for r in range(self.dialog.list.count())]


@pytest.fixture
def env(qtbot, tmp_path: Path) -> Iterator[Env]:
    folder = tmp_path / "خبرها"
    folder.mkdir()
    (folder / "گزارش.txt").write_text(ARTICLE, encoding="utf-8")
    library = Library(tmp_path / "l.sqlite")
    report = library.import_paths([folder])
    article_id = report.imported[0]
    service = library.annotations
    claim, denial = service.tag_by_name(CLAIM).id, service.tag_by_name(DENIAL).id
    uuids = [
        service.create(article_id, 0, 5, [claim]).uuid,
        service.create(article_id, 6, 12, [claim, denial]).uuid,
        service.create(article_id, 20, 30, [denial]).uuid,
    ]
    controller = AnnotationController(Operations(library, None))
    dialog = TagManagerDialog(controller)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    yield Env(library, service, controller, dialog, claim, denial, uuids)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not dialog and isinstance(widget, (QMessageBox, QInputDialog, QColorDialog,
                                                                             ShortcutDialog, MergeDialog)):
            widget.close()
    dialog.close()
    library.close()


def accept_button(box: QMessageBox) -> QPushButton:
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)


def visible_top_level(kind: type[QWidget]) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def assert_error_shown(env: Env, *fragments: str) -> None:
    box = env.dialog.last_message
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    for fragment in fragments:
        assert fragment in box.text()
    box.close()


def assert_undo_redo(env: Env, before: tuple, after: tuple, steps: int = 1) -> None:
    assert env.state() == after
    for _ in range(steps):
        env.controller.undo_stack.undo()
    assert env.state() == before
    for _ in range(steps):
        env.controller.undo_stack.redo()
    assert env.state() == after


# The list -------------------------------------------------------------------------------------------------
def test_lists_the_tags_in_order_with_colour_and_shortcut(env: Env) -> None:
    dialog = env.dialog
    assert env.row_ids() == [env.claim, env.denial]
    first = dialog.list.item(0)
    assert CLAIM in first.text()
    assert not first.icon().isNull()
    assert dialog.selected_tag().id == env.claim
    assert QLocale().toString(2) in first.toolTip()  # on two annotations
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()
    assert dialog.merge_button.isEnabled() and dialog.delete_button.isEnabled()
    for button in (dialog.new_button, dialog.rename_button, dialog.shortcut_button, dialog.up_button,
                   dialog.down_button, dialog.merge_button, dialog.delete_button, dialog.close_button):
        assert "&" in button.text()  # reachable from the keyboard
        assert not button.icon().isNull()


def test_follows_the_application_layout_direction(qtbot, env: Env) -> None:
    app = QApplication.instance()
    before = app.layoutDirection()
    try:
        for direction in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight):
            app.setLayoutDirection(direction)
            dialog = TagManagerDialog(env.controller)
            qtbot.addWidget(dialog)
            assert dialog.layoutDirection() == direction
            assert not dialog.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection)
    finally:
        app.setLayoutDirection(before)


def test_the_list_follows_changes_made_elsewhere_and_keeps_the_selection(env: Env) -> None:
    env.select(DENIAL)
    env.controller.update_tag(env.claim, name="ادعای رسمی")
    assert env.dialog.list.item(0).text().count("ادعای رسمی") == 1
    assert env.dialog.selected_tag().id == env.denial
    env.controller.undo_stack.undo()
    assert CLAIM in env.dialog.list.item(0).text()
    assert env.dialog.selected_tag().id == env.denial


# Create --------------------------------------------------------------------------------------------------
def test_create_selects_the_new_tag_and_undoes(env: Env) -> None:
    before = env.state()
    tag = env.dialog.create("  گزارش نادرست ")
    assert tag is not None
    stored = env.tag("گزارش نادرست")
    assert stored is not None and stored.id == tag.id and stored.color.startswith("#")
    assert env.order()[-1] == tag.id
    assert env.dialog.selected_tag().id == tag.id
    assert_undo_redo(env, before, env.state())


def test_a_duplicate_or_empty_name_is_refused_with_a_message(env: Env) -> None:
    before, count = env.state(), env.controller.undo_stack.count()
    assert env.dialog.create(CLAIM) is None
    assert_error_shown(env, CLAIM)
    assert env.dialog.create("   ") is None
    assert_error_shown(env)
    assert env.state() == before and env.controller.undo_stack.count() == count


# Rename ------------------------------------------------------------------------------------------------
def test_rename_and_a_refused_duplicate(env: Env) -> None:
    env.select(CLAIM)
    before = env.state()
    assert env.dialog.rename_selected("ادعای مقامات")
    assert env.service.tag(env.claim).name == "ادعای مقامات"
    assert env.dialog.selected_tag().id == env.claim
    after = env.state()
    assert not env.dialog.rename_selected(DENIAL)
    assert_error_shown(env, DENIAL)
    assert env.state() == after
    assert_undo_redo(env, before, after)


# Colour ------------------------------------------------------------------------------------------------
def test_recolour(env: Env) -> None:
    env.select(DENIAL)
    before = env.state()
    assert env.dialog.recolor_selected(QColor("#123456"))
    assert env.service.tag(env.denial).color == "#123456"
    assert env.dialog.selected_tag().id == env.denial
    assert_undo_redo(env, before, env.state())


# Shortcut ----------------------------------------------------------------------------------------------
def test_shortcut_set_clear_and_a_refused_duplicate(env: Env) -> None:
    env.service.update_tag(env.denial, shortcut="Ctrl+8")
    env.dialog.refresh()
    env.select(CLAIM)
    original = env.state()
    assert env.dialog.set_shortcut_for_selected("Ctrl+7")
    assert env.service.tag(env.claim).shortcut == "Ctrl+7"
    row_text = env.dialog.list.item(0).text()
    assert QKeySequence("Ctrl+7").toString(QKeySequence.SequenceFormat.NativeText) in row_text
    with_seven = env.state()

    assert not env.dialog.set_shortcut_for_selected("2")  # digits tag by position already
    assert "1 to 9" in env.dialog.last_message.text()
    env.dialog.last_message.close()
    assert not env.dialog.set_shortcut_for_selected("Ctrl+8")  # the denial tag's keys
    assert_error_shown(env, DENIAL, QKeySequence("Ctrl+8").toString(QKeySequence.SequenceFormat.NativeText))
    assert env.state() == with_seven

    assert env.dialog.set_shortcut_for_selected(None)
    assert env.service.tag(env.claim).shortcut is None
    assert env.dialog.list.item(0).text().strip("\u2068\u2069") == CLAIM
    cleared = env.state()

    env.controller.undo_stack.undo()
    assert env.state() == with_seven
    env.controller.undo_stack.undo()
    assert env.state() == original
    env.controller.undo_stack.redo()
    env.controller.undo_stack.redo()
    assert env.state() == cleared


# Order -------------------------------------------------------------------------------------------------
def test_move_up_and_down(env: Env) -> None:
    env.select(DENIAL)
    assert env.dialog.move_selected(-1)
    assert env.order() == [env.denial, env.claim]
    assert env.row_ids() == [env.denial, env.claim]
    assert env.dialog.selected_tag().id == env.denial
    assert not env.dialog.up_button.isEnabled() and env.dialog.down_button.isEnabled()
    assert not env.dialog.move_selected(-1)  # already first: nothing to undo
    assert env.controller.undo_stack.count() == 1
    assert env.dialog.move_selected(1)
    assert env.order() == [env.claim, env.denial]
    assert env.dialog.selected_tag().id == env.denial
    env.controller.undo_stack.undo()
    assert env.order() == [env.denial, env.claim]
    env.controller.undo_stack.undo()
    assert env.order() == [env.claim, env.denial]
    env.controller.undo_stack.redo()
    assert env.order() == [env.denial, env.claim]
    assert env.dialog.selected_tag().id == env.denial


# Merge -------------------------------------------------------------------------------------------------
def test_merge_asks_with_the_count_then_moves_the_annotations(qtbot, env: Env) -> None:
    env.select(CLAIM)
    before = env.state()
    usage = env.service.tag_usage(env.claim)
    assert usage == 2
    assert not env.dialog.merge_selected_into(env.denial)
    box = env.dialog.last_message
    assert box.isVisible() and QLocale().toString(usage) in box.text()
    assert CLAIM in box.text() and DENIAL in box.text()
    assert env.state() == before  # nothing happens before the answer

    qtbot.mouseClick(accept_button(box), Qt.MouseButton.LeftButton)
    assert env.tag(CLAIM) is None
    assert all(env.tags_of(u) == {env.denial} for u in env.uuids)
    assert env.service.tag_usage(env.denial) == 3
    assert env.dialog.selected_tag().id == env.denial
    assert env.row_ids() == [env.denial]
    assert not env.dialog.merge_button.isEnabled()
    assert_undo_redo(env, before, env.state())


def test_merge_into_a_missing_tag_is_refused(env: Env) -> None:
    env.select(CLAIM)
    before = env.state()
    assert not env.dialog.merge_selected_into(env.claim, confirmed=True)
    assert_error_shown(env, CLAIM)
    assert not env.dialog.merge_selected_into(999, confirmed=True)
    assert_error_shown(env)
    assert env.state() == before and env.controller.undo_stack.count() == 0


# Delete ------------------------------------------------------------------------------------------------
def test_delete_asks_with_the_count_and_can_be_cancelled(qtbot, env: Env) -> None:
    env.select(DENIAL)
    before = env.state()
    env.dialog.delete_selected()
    box = env.dialog.last_message
    assert box.isVisible()
    assert DENIAL in box.text() and QLocale().toString(env.service.tag_usage(env.denial)) in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert env.state() == before and env.controller.undo_stack.count() == 0

    env.dialog.delete_selected()
    qtbot.mouseClick(accept_button(env.dialog.last_message), Qt.MouseButton.LeftButton)
    assert env.tag(DENIAL) is None
    assert [env.tags_of(u) for u in env.uuids] == [{env.claim}, {env.claim}, set()]
    assert env.dialog.selected_tag().id == env.claim  # the row that took its place
    assert_undo_redo(env, before, env.state())


def test_delete_confirmed_directly(env: Env) -> None:
    env.select(CLAIM)
    before = env.state()
    assert env.dialog.delete_selected(confirmed=True)
    assert env.tag(CLAIM) is None
    assert_undo_redo(env, before, env.state())


# The real buttons and their dialogs -------------------------------------------------------------------------
def test_new_button_opens_a_name_dialog(qtbot, env: Env) -> None:
    qtbot.mouseClick(env.dialog.new_button, Qt.MouseButton.LeftButton)
    dialog = visible_top_level(QInputDialog)
    dialog.setTextValue("شایعه")
    dialog.accept()
    new = env.tag("شایعه")
    assert new is not None and env.dialog.selected_tag().id == new.id
    env.controller.undo_stack.undo()
    assert env.tag("شایعه") is None


def test_rename_button_and_a_duplicate_through_the_dialog(qtbot, env: Env) -> None:
    env.select(CLAIM)
    qtbot.mouseClick(env.dialog.rename_button, Qt.MouseButton.LeftButton)
    dialog = visible_top_level(QInputDialog)
    assert dialog.textValue() == CLAIM
    dialog.setTextValue(DENIAL)
    dialog.accept()
    assert_error_shown(env, DENIAL)
    assert env.service.tag(env.claim).name == CLAIM

    qtbot.mouseClick(env.dialog.rename_button, Qt.MouseButton.LeftButton)
    dialog = visible_top_level(QInputDialog)
    dialog.setTextValue("ادعای تازه")
    dialog.reject()  # cancelling changes nothing
    assert env.service.tag(env.claim).name == CLAIM
    assert env.controller.undo_stack.count() == 0


def test_colour_button_opens_a_colour_dialog(qtbot, env: Env) -> None:
    env.select(DENIAL)
    qtbot.mouseClick(env.dialog.color_button, Qt.MouseButton.LeftButton)
    dialog = visible_top_level(QColorDialog)
    assert dialog.currentColor().name() == env.service.tag(env.denial).color
    dialog.setCurrentColor(QColor("#aa2200"))
    dialog.accept()
    assert env.service.tag(env.denial).color == "#aa2200"


def test_shortcut_button_sets_and_clears(qtbot, env: Env) -> None:
    env.service.update_tag(env.denial, shortcut="Ctrl+Shift+2")
    env.dialog.refresh()
    env.select(DENIAL)
    qtbot.mouseClick(env.dialog.shortcut_button, Qt.MouseButton.LeftButton)
    dialog = visible_top_level(ShortcutDialog)
    assert dialog.shortcut() == "Ctrl+Shift+2"
    dialog.editor.setKeySequence(QKeySequence("Ctrl+Shift+D"))
    dialog.accept()
    assert env.service.tag(env.denial).shortcut == "Ctrl+Shift+D"

    qtbot.mouseClick(env.dialog.shortcut_button, Qt.MouseButton.LeftButton)
    dialog = visible_top_level(ShortcutDialog)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.shortcut() is None
    dialog.accept()
    assert env.service.tag(env.denial).shortcut is None

    qtbot.mouseClick(env.dialog.shortcut_button, Qt.MouseButton.LeftButton)
    dialog = visible_top_level(ShortcutDialog)
    dialog.editor.setKeySequence(QKeySequence("1"))  # digits tag by position
    dialog.accept()
    assert_error_shown(env, "1 to 9")
    assert env.service.tag(env.denial).shortcut is None


def test_move_buttons(qtbot, env: Env) -> None:
    env.select(CLAIM)
    qtbot.mouseClick(env.dialog.down_button, Qt.MouseButton.LeftButton)
    assert env.order() == [env.denial, env.claim]
    qtbot.mouseClick(env.dialog.up_button, Qt.MouseButton.LeftButton)
    assert env.order() == [env.claim, env.denial]


def test_merge_button_chooses_the_target_in_a_combo(qtbot, env: Env) -> None:
    env.select(DENIAL)
    qtbot.mouseClick(env.dialog.merge_button, Qt.MouseButton.LeftButton)
    dialog = visible_top_level(MergeDialog)
    assert dialog.targets.count() == 1 and dialog.targets.itemText(0) == CLAIM
    dialog.accept()
    box = env.dialog.last_message
    assert box.isVisible() and QLocale().toString(env.service.tag_usage(env.denial)) in box.text()
    qtbot.mouseClick(accept_button(box), Qt.MouseButton.LeftButton)
    assert env.tag(DENIAL) is None
    assert all(env.tags_of(u) == {env.claim} for u in env.uuids)


def test_delete_button_asks_first(qtbot, env: Env) -> None:
    env.select(CLAIM)
    qtbot.mouseClick(env.dialog.delete_button, Qt.MouseButton.LeftButton)
    box = env.dialog.last_message
    assert box.isVisible() and CLAIM in box.text()
    qtbot.mouseClick(accept_button(box), Qt.MouseButton.LeftButton)
    assert env.tag(CLAIM) is None


def test_keys_in_the_list(qtbot, env: Env) -> None:
    with qtbot.waitActive(env.dialog):
        env.dialog.activateWindow()
    env.dialog.list.setFocus()
    env.select(CLAIM)
    qtbot.keyClick(env.dialog.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert env.order() == [env.denial, env.claim]
    qtbot.keyClick(env.dialog.list, Qt.Key.Key_F2)
    dialog = visible_top_level(QInputDialog)
    assert dialog.textValue() == CLAIM
    dialog.reject()
    qtbot.keyClick(env.dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo inside the dialog
    assert env.order() == [env.claim, env.denial]

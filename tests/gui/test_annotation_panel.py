"""The annotation dock over a real library: listing, jumping, editing through dialogs, deleting, filtering."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTableView

from reader.gui.annotation_controller import AnnotationController
from reader.gui.operations import Operations
from reader.gui.annotation_dialogs import NoteDialog, TagPickerDialog
from reader.gui.annotation_model import TAG_SEPARATOR, AnnotationTableModel
from reader.gui.annotation_panel import AnnotationPanel
from reader.services.annotations import AnnotationService
from reader.services.library import Library
from reader.storage import annotations_repo
from reader.storage.database import transaction
from reader.core.records import AnnotationRecord, TagRecord
from reader.storage.schema import now_iso

KABUL = (
    "نشست وزیران در کابل\n\n"
    "وزیران امروز در کابل دیدار کردند و درباره آب گفتگو کردند.\n\n"
    "آنها گفتند که همکاری ادامه دارد.\n"
)
TEHRAN = "بازار تهران\n\nقیمت‌ها در بازار تهران بالا رفت و فروشندگان نگران‌اند.\n"
HERAT = "باران در هرات\n\nباران سنگین دیشب در هرات راه‌ها را بست.\n"
NOTE = "سطر نخست یادداشت\nسطر دوم با شکلک 🌱\n\n  سطر چهارم، تورفته"


@dataclass
class Env:
    library: Library
    service: AnnotationService
    controller: AnnotationController
    panel: AnnotationPanel
    window: QMainWindow
    kabul: int
    tehran: int
    herat: int
    news: int  # the collection of the first two articles
    other: int  # the collection of the third


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.fixture
def env(qtbot, tmp_path: Path):
    news_folder = tmp_path / "خبرها"
    news_folder.mkdir()
    (news_folder / "kabul.txt").write_text(KABUL, encoding="utf-8")
    (news_folder / "tehran.txt").write_text(TEHRAN, encoding="utf-8")
    other_folder = tmp_path / "هرات"
    other_folder.mkdir()
    (other_folder / "herat.txt").write_text(HERAT, encoding="utf-8")

    library = Library(tmp_path / "l.sqlite")
    first = library.import_paths([news_folder])
    second = library.import_paths([other_folder])
    assert len(first.imported) == 2 and len(second.imported) == 1
    ids = {library.article(i).title: i for i in first.imported + second.imported}
    service = library.annotations
    controller = AnnotationController(Operations(library, None))
    window = QMainWindow()
    window.statusBar()
    dock = QDockWidget("annotations", window)
    panel = AnnotationPanel(library, controller, dock)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(900, 600)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    collections = {c.name: c.id for c in library.collections()}
    yield Env(library, service, controller, panel, window, ids["نشست وزیران در کابل"], ids["بازار تهران"],
              ids["باران در هرات"], collections["خبرها"], collections["هرات"])
    window.close()
    library.close()


@pytest.fixture
def annotated(env: Env):
    """Three annotations on the Kabul article, made out of text order, and a tagged one on Tehran."""
    c = env.controller
    tags = {name: env.service.tag_by_name(name) for name in ("ادعا", "تکذیب")}  # a new library's own
    tags |= {name: c.create_tag(name) for name in ("منبع", "مکان")}
    text = env.library.article(env.kabul).text
    later = c.annotate(env.kabul, *_span(text, "همکاری ادامه دارد"), [tags["مکان"].id], "علی")
    wide = c.annotate(env.kabul, *_span(text, "وزیران امروز در کابل دیدار"), [tags["ادعا"].id, tags["منبع"].id], "علی", NOTE)
    inner = c.annotate(env.kabul, *_span(text, "کابل دیدار کردند"), [], "علی")  # overlaps `wide`
    tehran_text = env.library.article(env.tehran).text
    tehran = c.annotate(env.tehran, *_span(tehran_text, "بازار تهران بالا"), [tags["ادعا"].id], "علی")
    env.panel.show_article(env.kabul)
    return {"tags": tags, "later": later, "wide": wide, "inner": inner, "tehran": tehran}


def _click_row(qtbot, view: QTableView, row: int, column: int = AnnotationTableModel.QUOTE) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _column(model: AnnotationTableModel, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def _show_all_tab(env: Env) -> AnnotationTableModel:
    env.panel.tabs.setCurrentIndex(AnnotationPanel.ALL_TAB)
    return env.panel.all_model


def test_this_article_lists_annotations_in_text_order(env: Env, annotated) -> None:
    model = env.panel.article_model
    assert _column(model, 0, AnnotationTableModel.UuidRole) == [
        annotated["wide"].uuid, annotated["inner"].uuid, annotated["later"].uuid
    ]
    assert _column(model, AnnotationTableModel.QUOTE) == ["وزیران امروز در کابل دیدار", "کابل دیدار کردند", "همکاری ادامه دارد"]
    assert _column(model, AnnotationTableModel.TAGS) == [f"ادعا{TAG_SEPARATOR}منبع", "", "مکان"]
    assert _column(model, AnnotationTableModel.NOTE) == ["سطر نخست یادداشت…", "", ""]
    assert _column(model, AnnotationTableModel.AUTHOR) == ["علی"] * 3
    assert all(_column(model, AnnotationTableModel.MODIFIED))
    assert set(_column(model, 0, AnnotationTableModel.ArticleIdRole)) == {env.kabul}
    assert model.columnCount() == 5  # no Article column for one article
    tooltip = model.data(model.index(0, AnnotationTableModel.NOTE), Qt.ItemDataRole.ToolTipRole)
    assert "وزیران امروز در کابل دیدار" in tooltip and "🌱" in tooltip and "سطر چهارم" in tooltip
    assert model.data(model.index(0, AnnotationTableModel.TAGS), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(1, AnnotationTableModel.TAGS), Qt.ItemDataRole.DecorationRole) is None

    env.panel.show_article(env.tehran)
    assert _column(model, 0, AnnotationTableModel.UuidRole) == [annotated["tehran"].uuid]
    env.panel.show_article(None)
    assert model.rowCount() == 0


def test_models_pass_the_model_tester(qtmodeltester, env: Env, annotated) -> None:
    qtmodeltester.check(env.panel.article_model, force_py=True)
    all_model = _show_all_tab(env)
    assert all_model.rowCount() == 4 and all_model.columnCount() == 6
    qtmodeltester.check(all_model, force_py=True)
    empty = AnnotationTableModel(show_article=True)
    qtmodeltester.check(empty, force_py=True)


def test_clicking_a_row_asks_to_jump_to_it(qtbot, env: Env, annotated) -> None:
    view = env.panel.article_view
    with qtbot.waitSignal(env.panel.jump_requested, timeout=2000) as jump:
        _click_row(qtbot, view, 1)
    assert jump.args == [env.kabul, annotated["inner"].uuid]

    all_model = _show_all_tab(env)
    row = all_model.row_of(annotated["tehran"].uuid)
    with qtbot.waitSignal(env.panel.jump_requested, timeout=2000) as jump:
        _click_row(qtbot, env.panel.all_view, row, AnnotationTableModel.ARTICLE)
    assert jump.args == [env.tehran, annotated["tehran"].uuid]


def test_select_annotation_selects_and_survives_a_refresh(env: Env, annotated) -> None:
    panel = env.panel
    assert panel.select_annotation(annotated["later"].uuid)
    assert panel.selected_uuid() == annotated["later"].uuid
    env.controller.set_note(annotated["wide"].uuid, "دیگر")  # refreshes the list
    assert panel.selected_uuid() == annotated["later"].uuid
    assert not panel.select_annotation(annotated["tehran"].uuid)  # not in this article


def test_tag_picker_changes_the_tags_in_the_database(qtbot, env: Env, annotated) -> None:
    panel, tags = env.panel, annotated["tags"]
    uuid = annotated["inner"].uuid
    panel.select_annotation(uuid)
    qtbot.mouseClick(panel.tags_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, TagPickerDialog) and dialog.isVisible()
    assert dialog.tag_list.count() == 4 and dialog.checked_tag_ids() == []
    row = next(r for r in range(dialog.tag_list.count()) if dialog.tag_list.item(r).text() == "منبع")
    dialog.tag_list.setFocus()
    dialog.tag_list.setCurrentRow(row)
    qtbot.keyClick(dialog.tag_list, Qt.Key.Key_Space)  # checks the box, as a user would
    assert dialog.checked_tag_ids() == [tags["منبع"].id]
    dialog.accept()

    assert env.service.get(uuid).tag_ids == (tags["منبع"].id,)
    row = panel.article_model.row_of(uuid)
    assert panel.article_model.data(panel.article_model.index(row, AnnotationTableModel.TAGS)) == "منبع"
    assert panel.dialog is None

    # Cancel changes nothing; undo restores the tags the picker replaced.
    panel.edit_tags()
    assert isinstance(panel.dialog, TagPickerDialog)
    panel.dialog.set_checked(tags["ادعا"].id)
    panel.dialog.reject()
    assert env.service.get(uuid).tag_ids == (tags["منبع"].id,)
    env.controller.undo_stack.undo()
    assert env.service.get(uuid).tag_ids == ()


def test_note_editor_stores_multi_line_notes_exactly(qtbot, env: Env, annotated) -> None:
    panel = env.panel
    uuid = annotated["wide"].uuid
    panel.select_annotation(uuid)
    panel.article_view.setFocus()
    qtbot.keyClick(panel.article_view, Qt.Key.Key_Return)  # Enter opens the note editor
    dialog = panel.dialog
    assert isinstance(dialog, NoteDialog) and dialog.isVisible()
    assert dialog.note() == NOTE
    new_note = "یک\nدو\u00a0سه 🌍\n\n\tچهار  \n"
    dialog.set_note(new_note)
    dialog.accept()
    assert env.service.get(uuid).note == new_note

    qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    assert isinstance(panel.dialog, NoteDialog)
    panel.dialog.accept()  # unchanged: no new undo step
    assert env.controller.undo_stack.undoText() == env.controller.tr("Edit note")
    env.controller.undo_stack.undo()
    assert env.service.get(uuid).note == NOTE


def test_delete_key_deletes_and_undo_brings_it_back(qtbot, env: Env, annotated) -> None:
    panel, model = env.panel, env.panel.article_model
    uuid = annotated["inner"].uuid
    panel.select_annotation(uuid)
    panel.article_view.setFocus()
    qtbot.keyClick(panel.article_view, Qt.Key.Key_Delete)
    assert env.service.get(uuid).deleted is True
    assert model.row_of(uuid) is None and model.rowCount() == 2
    assert "Deleted" in env.window.statusBar().currentMessage()
    assert panel.selected_uuid() == annotated["later"].uuid  # the next row took its place

    env.controller.undo_stack.undo()
    assert env.service.get(uuid).deleted is False
    assert model.row_of(uuid) == 1


def test_all_annotations_filters_by_tag_author_collection_and_orphans(env: Env, annotated) -> None:
    panel, tags = env.panel, annotated["tags"]
    herat_text = env.library.article(env.herat).text
    maryam = env.controller.annotate(env.herat, *_span(herat_text, "راه‌ها را بست"), [tags["مکان"].id], "مریم")
    model = _show_all_tab(env)
    everyone = {annotated[k].uuid for k in ("later", "wide", "inner", "tehran")} | {maryam.uuid}

    def shown() -> set[str]:
        return set(_column(model, 0, AnnotationTableModel.UuidRole))

    assert shown() == everyone
    titles = set(_column(model, AnnotationTableModel.ARTICLE))
    assert titles == {"نشست وزیران در کابل", "بازار تهران", "باران در هرات"}
    assert panel.count_label.text()

    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData(tags["ادعا"].id))
    assert shown() == {annotated["wide"].uuid, annotated["tehran"].uuid}
    panel.tag_filter.setCurrentIndex(0)

    assert panel.author_filter.count() == 3  # all, علی, مریم
    panel.author_filter.setCurrentIndex(panel.author_filter.findData("مریم"))
    assert shown() == {maryam.uuid}
    panel.author_filter.setCurrentIndex(0)

    panel.collection_filter.setCurrentIndex(panel.collection_filter.findData(env.news))
    assert shown() == everyone - {maryam.uuid}
    panel.collection_filter.setCurrentIndex(panel.collection_filter.findData(env.other))
    assert shown() == {maryam.uuid}
    panel.collection_filter.setCurrentIndex(0)

    # No public call makes an orphan (re-anchoring does, on import); the storage layer does it here.
    record = env.service.get(annotated["later"].uuid)
    with transaction(env.service.db):
        annotations_repo.update(env.service.db, record.id, now_iso(), orphan=True)
    panel.refresh()
    panel.orphans_only.setChecked(True)
    assert shown() == {record.uuid}
    index = model.index(0, AnnotationTableModel.QUOTE)
    font = model.data(index, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert "Could not be placed in the changed text" in model.data(index, Qt.ItemDataRole.ToolTipRole)

    # An orphan offers Discard in place of Delete; discarding deletes it (undoably).
    # Not QTableView.selectRow: in a right-to-left layout Qt 6.12's selectRow selects nothing.
    panel.all_view.selectionModel().select(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert not panel.discard_button.isHidden() and panel.delete_button.isHidden()
    panel.discard_action.trigger()
    assert env.service.get(record.uuid).deleted is True
    assert model.rowCount() == 0
    env.controller.undo_stack.undo()
    assert shown() == {record.uuid}


def test_filters_keep_their_choice_and_follow_tag_changes(env: Env, annotated) -> None:
    panel, tags = env.panel, annotated["tags"]
    model = _show_all_tab(env)
    assert panel.tag_filter.count() == 5  # all tags + four
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData(tags["مکان"].id))
    new = env.controller.create_tag("تازه")
    assert panel.tag_filter.count() == 6 and panel.tag_filter.findData(new.id) >= 0
    assert panel.tag_filter.currentData() == tags["مکان"].id  # the choice survived the repopulation

    env.controller.update_tag(tags["مکان"].id, name="جا")
    assert "جا" in _column(model, AnnotationTableModel.TAGS)
    assert "جا" in _column(panel.article_model, AnnotationTableModel.TAGS)

    env.controller.delete_tag(tags["مکان"].id)
    assert panel.tag_filter.currentIndex() == 0  # back to all tags
    assert model.rowCount() == 4


def test_changes_elsewhere_refresh_the_all_tab_when_shown(env: Env, annotated) -> None:
    panel = env.panel
    model = _show_all_tab(env)
    panel.tabs.setCurrentIndex(AnnotationPanel.THIS_ARTICLE_TAB)
    env.controller.delete(annotated["tehran"].uuid)
    panel.tabs.setCurrentIndex(AnnotationPanel.ALL_TAB)
    assert model.row_of(annotated["tehran"].uuid) is None and model.rowCount() == 3


def test_context_menu_offers_the_row_actions(qtbot, env: Env, annotated) -> None:
    panel, view = env.panel, env.panel.article_view
    rect = view.visualRect(panel.article_model.index(2, AnnotationTableModel.QUOTE))
    view.customContextMenuRequested.emit(rect.center())
    menu = panel.context_menu
    assert menu is not None and menu.isVisible()
    assert panel.selected_uuid() == annotated["later"].uuid
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [panel.show_action.text(), panel.tags_action.text(), panel.note_action.text(), panel.delete_action.text()]
    with qtbot.waitSignal(panel.jump_requested, timeout=2000) as jump:
        panel.show_action.trigger()
    assert jump.args == [env.kabul, annotated["later"].uuid]
    menu.close()


def test_dialogs_on_their_own(qtbot) -> None:
    tags = [TagRecord(1, "ادعا", "#e0a21b", 0, None), TagRecord(2, "منبع", "#3b7dd8", 1, None)]
    picker = TagPickerDialog(tags, [2], None)
    qtbot.addWidget(picker)
    picker.open()
    assert picker.checked_tag_ids() == [2]
    picker.set_checked(1)
    picker.set_checked(2, False)
    assert picker.checked_tag_ids() == [1]
    item = picker.tag_list.item(1)  # a double click on the name toggles, as a click on the box does
    name = picker.tag_list.visualItemRect(item).center()
    qtbot.mouseClick(picker.tag_list.viewport(), Qt.MouseButton.LeftButton, pos=name)  # a real double click starts so
    qtbot.mouseDClick(picker.tag_list.viewport(), Qt.MouseButton.LeftButton, pos=name)
    picker.accept()
    assert picker.checked_tag_ids() == [1, 2]

    original = "خط\r\nدوم\u00a0"
    note = NoteDialog(original, None)
    qtbot.addWidget(note)
    note.open()
    assert note.note() == original  # untouched: the very same string
    note.set_note("الف\nب\u00a0پ")
    note.accept()
    assert note.note() == "الف\nب\u00a0پ"


def test_model_handles_plain_records_and_bad_indexes() -> None:
    record = AnnotationRecord(1, "u-1", 7, 0, 4, "متن\nدو", "", "", "h", "", "", "2025-01-02T03:04:05.000+00:00",
                              "not a time", False, False, (99,))
    model = AnnotationTableModel()
    model.set_rows([record])
    assert model.data(model.index(0, AnnotationTableModel.QUOTE)) == "متن دو"
    assert model.data(model.index(0, AnnotationTableModel.TAGS)) == ""  # an unknown tag id is skipped
    assert model.data(model.index(0, AnnotationTableModel.MODIFIED)) == "not a time"
    assert model.data(QModelIndex()) is None
    assert model.headerData(5, Qt.Orientation.Horizontal) is None  # no Article column here

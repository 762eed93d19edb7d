"""Looking after the library in the window: deleting articles (and undoing it), moving them by menu
and by drag and drop, correcting their details, and renaming, merging and deleting collections."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox

from reader.gui.article_details import ArticleDetailsDialog
from reader.gui.article_model import ArticleListModel


def _confirm(window) -> None:
    box = window.organizing.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    delete = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    delete.click()


def _answer(window, text: str) -> None:
    dialog = window.organizing.last_dialog
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    dialog.setTextValue(text)
    dialog.accept()


def _select_rows(window, rows: list[int]) -> list[int]:
    view = window.panel.article_view
    model = window.panel.articles
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for row in rows:
        view.selectionModel().select(model.index(row, ArticleListModel.TITLE), flags)
    return [model.article_id(row) for row in rows]


def _select_collection(window, name: str) -> None:
    model = window.panel.collections
    for row in range(model.rowCount()):
        if model.collection_id(row) is not None and model.index(row).data().startswith(name + " ("):
            window.panel.collection_view.setCurrentIndex(model.index(row))
            return
    raise AssertionError(f"no collection {name!r} in the list")


def _annotate_open_article(window) -> str:
    article = window.reader.article
    text = article.text
    start = text.index(text.split("\n\n")[1])
    return window.controller.annotate(article.id, start, start + 12, [window.controller.tags()[0].id], "Parwana").uuid


def test_deleting_articles_says_what_goes_and_undo_brings_it_all_back(qtbot, make_window) -> None:
    window = make_window()
    library = window.library
    uuid = _annotate_open_article(window)
    open_id = window.reader.article.id
    ids = _select_rows(window, [window.panel.articles.row_of(open_id), 0 if window.panel.articles.row_of(open_id) else 1])
    assert sorted(window.organizing.selected_article_ids()) == sorted(ids)

    window.organizing.delete_articles()
    box = window.organizing.last_dialog
    # Two articles, one annotation goes with them (the window is in Persian, with Persian digits).
    assert "۲ مقاله" in box.text() and "۱ حاشیه‌نویسی" in box.informativeText()
    _confirm(window)

    assert all(window.panel.articles.row_of(i) is None for i in ids) and window.panel.articles.rowCount() == 11
    assert window.reader.article is None or window.reader.article.id not in ids
    assert library.annotations.list_rows() == [] and window.annotation_panel.article_model.rowCount() == 0
    assert "۱۱" in window.status_count.text()

    window.annotating.undo_action.trigger()

    assert all(window.panel.articles.row_of(i) is not None for i in ids) and window.panel.articles.rowCount() == 13
    assert library.annotations.get(uuid).deleted is False
    window.panel.select_article(open_id)
    assert window.annotation_panel.article_model.rowCount() == 1
    window.annotating.redo_action.trigger()  # and the deletion can be made again
    assert window.panel.articles.rowCount() == 11


def test_the_delete_key_in_the_list_asks_and_cancel_keeps_everything(qtbot, make_window) -> None:
    window = make_window()
    view = window.panel.article_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = window.organizing.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.panel.articles.rowCount() == 13


def test_move_to_a_new_collection_then_drag_an_article_onto_it(qtbot, make_window) -> None:
    window = make_window()
    first, second = _select_rows(window, [0, 1])
    window.organizing._fill_move_menu()
    new = window.organizing.move_menu.actions()[-1]
    assert new.text() == "مجموعهٔ تازه…"
    new.trigger()
    _answer(window, "برگزیده")
    chosen = window.library.collection_id("برگزیده")
    assert window.library.article_ids(chosen) and sorted(window.library.article_ids(chosen)) == sorted([first, second])

    # Drag the fourth article of the list onto «برگزیده».
    model = window.panel.articles
    third = model.article_id(3)
    data = model.mimeData([model.index(3, ArticleListModel.TITLE)])
    collections = window.panel.collection_view
    target_row = next(r for r in range(window.panel.collections.rowCount())
                      if window.panel.collections.collection_id(r) == chosen)
    point = QPointF(collections.visualRect(window.panel.collections.index(target_row)).center())
    viewport = collections.viewport()
    action = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    # «All articles» is no place to drop on.
    all_point = QPointF(collections.visualRect(window.panel.collections.index(0)).center())
    refused = QDragMoveEvent(all_point, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, refused)
    assert not refused.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(point, action, data, Qt.MouseButton.LeftButton,
                                                Qt.KeyboardModifier.NoModifier))
    assert third in window.library.article_ids(chosen)
    window.annotating.undo_action.trigger()
    assert third not in window.library.article_ids(chosen)


def test_edit_article_details_checks_the_date_and_undo_puts_them_back(qtbot, make_window) -> None:
    window = make_window()
    article_id = window.reader.article.id
    before = window.library.article(article_id)
    window.organizing.edit_details()
    dialog = window.organizing.last_dialog
    assert isinstance(dialog, ArticleDetailsDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.date_edit.setText("not a date")
    assert not ok.isEnabled()
    dialog.date_edit.setText("۴ قوس ۱۴۰۳")
    assert ok.isEnabled() and dialog.date_preview.text() == "یکشنبه\u00a0۴\u00a0قوس\u00a0۱۴۰۳"
    dialog.outlet_edit.setText("طلوع نیوز")
    dialog.collection_box.setCurrentText("اصلاح‌شده")
    ok.click()

    record = window.library.article(article_id)
    assert (record.date, record.outlet) == ("2024-11-24", "طلوع نیوز")
    assert record.collection_id == window.library.collection_id("اصلاح‌شده")
    assert "۴\u00a0قوس\u00a0۱۴۰۳" in window.reader.caption.text()  # the open article follows
    window.annotating.undo_action.trigger()
    record = window.library.article(article_id)
    assert (record.date, record.outlet, record.collection_id) == (before.date, before.outlet, before.collection_id)


def test_rename_merge_and_delete_collections_from_the_menu(qtbot, make_window) -> None:
    window = make_window()
    window.organizing.move_articles(window.library.article_ids()[:3], "کابل")
    _select_collection(window, "sample")
    window.organizing._update_actions()
    assert window.organizing.rename_action.isEnabled()

    window.organizing.rename_action.trigger()
    _answer(window, "نمونه")
    assert {c.name for c in window.library.collections()} == {"کابل", "نمونه"}
    assert window.organizing.current_collection().name == "نمونه"  # still chosen, though now sorted after «کابل»
    window.annotating.undo_action.trigger()
    assert {c.name for c in window.library.collections()} == {"sample", "کابل"}

    _select_collection(window, "کابل")
    window.organizing._fill_merge_menu()
    (into_sample,) = window.organizing.merge_menu.actions()
    into_sample.trigger()
    assert [(c.name, c.article_count) for c in window.library.collections()] == [("sample", 13)]
    window.annotating.undo_action.trigger()
    assert {c.name for c in window.library.collections()} == {"sample", "کابل"}

    _select_collection(window, "کابل")
    window.organizing.delete_collection()
    _confirm(window)
    assert [c.name for c in window.library.collections()] == ["sample"] and window.panel.articles.rowCount() == 10
    window.annotating.undo_action.trigger()
    assert window.library.article_count() == 13 and len(window.library.collections()) == 2
    assert window.panel.collections.rowCount() == 3


def test_a_refused_move_is_shown_and_nothing_is_pushed(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    from reader.services.locations import sample_collection_path

    window.library.import_paths([sample_collection_path()], collection="copy")
    window.ops.broadcast()
    copy_id = window.library.article_ids(window.library.collection_id("copy"))[0]
    steps = window.controller.undo_stack.count()
    assert not window.organizing.move_articles([copy_id], "sample")
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "از همین فایل" in box.text()
    box.close()
    assert window.controller.undo_stack.count() == steps


def test_context_menus_offer_the_actions(qtbot, make_window) -> None:
    window = make_window()
    _select_rows(window, [2])
    window.organizing._update_actions()
    assert window.organizing.delete_articles_action.isEnabled() and window.organizing.edit_action.isEnabled()
    window.panel.collection_view.setCurrentIndex(window.panel.collections.index(0))  # «All articles»
    window.organizing._update_actions()
    assert not window.organizing.rename_action.isEnabled() and not window.organizing.delete_collection_action.isEnabled()
    window.organizing._fill_move_menu()
    names = [a.text() for a in window.organizing.move_menu.actions() if not a.isSeparator()]
    assert names == ["sample", "مجموعهٔ تازه…"]
    assert window.organizing.menu.title() and window.organizing.menu in [a.menu() for a in window.menuBar().actions()]

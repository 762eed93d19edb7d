"""The margin through the real window: cards beside the passages, click, edit in place, keys,
the View toggle, crowded stretches as one marker."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from reader.services.library import Library


def window_with_notes(make_window, app_paths, count: int = 3, notes: bool = True, language: str = "fa"):
    app_paths["settings"].write_text(f"[preferences]\nauthor=Parwana\nlanguage={language}\n", encoding="utf-8")
    window = make_window()
    text = window.reader.article.text
    claim, denial = window.controller.tags()[:2]
    paragraphs = text.split("\n\n")
    made = []
    for n in range(count):
        paragraph = paragraphs[1 + n]
        start = text.index(paragraph) + 3
        made.append(window.controller.annotate(window.reader.article.id, start, start + 15,
                                               [claim.id if n % 2 == 0 else denial.id], "Parwana",
                                               f"یادداشت شماره {n}" if notes else ""))
    return window, made


def margin(window):
    return window.margin.margin


def test_cards_sit_beside_their_passages_on_the_texts_end_side(qtbot, make_window, app_paths) -> None:
    window, made = window_with_notes(make_window, app_paths)
    notes = margin(window)
    view = window.reader.text_view
    qtbot.waitUntil(lambda: len(notes.notes) == 3)
    notes.repaint()
    assert [p.keys for p in notes.placed] == [(m.uuid,) for m in made]
    assert notes.isVisible() and notes.geometry().right() < view.viewport().geometry().left()  # left of Persian text
    for record, placed in zip(made, notes.placed):
        line = notes._line_rect(window.reader.display.to_display(record.start))
        assert placed.anchor == line.top() and placed.y >= placed.anchor
    for upper, lower in zip(notes.placed, notes.placed[1:]):
        assert lower.y >= upper.bottom


def test_cards_follow_zoom_and_theme_at_once(qtbot, make_window, app_paths) -> None:
    window, made = window_with_notes(make_window, app_paths)
    notes = margin(window)
    notes.repaint()
    before = [p.anchor for p in notes.placed]
    window.zoom(3)
    notes.repaint()
    after = [p.anchor for p in notes.placed]
    assert after != before and all(a > b for a, b in zip(after, before))  # a larger font: passages lower
    line = notes._line_rect(window.reader.display.to_display(made[0].start))
    assert notes.placed[0].anchor == line.top()
    window.reader.text_view.verticalScrollBar().setValue(round(notes.placed[0].y) - 20)  # the first card on screen
    image_before = notes.grab().toImage()
    window.set_theme("dark")
    QApplication.processEvents()
    assert notes.grab().toImage() != image_before
    window.set_theme("light")


def test_click_selects_the_passage_and_the_panel_row(qtbot, make_window, app_paths) -> None:
    window, made = window_with_notes(make_window, app_paths)
    notes = margin(window)
    notes.repaint()
    target = made[2]
    rect = notes.card_rect(target.uuid)
    qtbot.mouseClick(notes, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.reader.selection_offsets() == (target.start, target.end)
    assert notes.current == target.uuid
    assert window.annotation_panel.selected_uuid() == target.uuid


def test_double_click_edits_the_note_in_place_and_undo_restores_it(qtbot, make_window, app_paths) -> None:
    window, made = window_with_notes(make_window, app_paths)
    notes = margin(window)
    notes.repaint()
    target = made[0]
    qtbot.mouseDClick(notes, Qt.MouseButton.LeftButton, pos=notes.card_rect(target.uuid).center().toPoint())
    editor = notes.editor
    assert editor is not None and editor.toPlainText() == "یادداشت شماره 0"
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    editor.selectAll()
    qtbot.keyClicks(editor, "Checked against the ministry's statement")
    assert editor.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the direction follows the content
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert notes.editor is None
    assert window.controller.service.get(target.uuid).note == "Checked against the ministry's statement"
    qtbot.waitUntil(lambda: notes._by_uuid[target.uuid].note.startswith("Checked"))
    window.annotating.undo_action.trigger()
    assert window.controller.service.get(target.uuid).note == "یادداشت شماره 0"
    # Escape leaves the note as it was.
    notes.repaint()
    notes.edit(target.uuid)
    qtbot.keyClicks(notes.editor, "xyz")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Escape)
    assert window.controller.service.get(target.uuid).note == "یادداشت شماره 0"


def test_f8_steps_through_the_annotations_in_reading_order(qtbot, make_window, app_paths) -> None:
    window, made = window_with_notes(make_window, app_paths)
    window.reader.text_view.verticalScrollBar().setValue(0)
    window.margin.next_action.trigger()
    assert margin(window).current == made[0].uuid
    window.margin.next_action.trigger()
    assert margin(window).current == made[1].uuid
    assert window.reader.selection_offsets() == (made[1].start, made[1].end)
    window.margin.previous_action.trigger()
    assert margin(window).current == made[0].uuid
    notes = margin(window)
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Down)
    assert notes.current == made[1].uuid


def test_the_view_toggle_hides_the_margin_and_is_remembered(qtbot, make_window, app_paths) -> None:
    window, _made = window_with_notes(make_window, app_paths)
    view = window.reader.text_view
    with_margin = view.viewport().width()
    window.margin.toggle_action.trigger()
    assert not margin(window).isVisible() and window.preferences.margin_notes is False
    assert view.viewport().width() > with_margin  # the text takes the room back
    window.close()
    again = make_window()
    assert not again.margin.toggle_action.isChecked() and not margin(again).isVisible()


def test_a_crowded_stretch_folds_into_one_marker_that_lists_its_notes(qtbot, make_window, app_paths) -> None:
    window, _ = window_with_notes(make_window, app_paths, count=0)
    text = window.reader.article.text
    start = text.index(text.split("\n\n")[1])
    claim = window.controller.tags()[0]
    crowd = [window.controller.annotate(window.reader.article.id, start + i * 3, start + i * 3 + 10, [claim.id],
                                        "Parwana", f"نکته {i}") for i in range(6)]
    notes = margin(window)
    notes.repaint()
    groups = [p for p in notes.placed if p.is_group]
    assert len(groups) == 1 and set(groups[0].keys) == {a.uuid for a in crowd}
    # The marker is clicked: a menu lists its notes.
    y = groups[0].y - notes._offset() + groups[0].height / 2
    qtbot.mouseClick(notes, Qt.MouseButton.LeftButton, pos=QPoint(notes.width() // 2, round(y)))
    menu = notes.group_menu
    assert isinstance(menu, QMenu) and len(menu.actions()) == 6
    menu.actions()[3].trigger()
    assert notes.current == crowd[3].uuid and window.reader.selection_offsets() == (crowd[3].start, crowd[3].end)
    menu.close()


def test_an_english_article_has_its_margin_on_the_right(qtbot, make_window, app_paths, tmp_path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "story.txt").write_text("Water talks stall\n\nThe ministry denied the claim on Saturday.\n\n"
                                      "Officials said the gates were open.\n", encoding="utf-8")
    with Library(app_paths["library"]) as library:
        library.import_paths([folder])
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\nlanguage=en\n", encoding="utf-8")
    window = make_window()
    english = next(i for i in window.library.article_ids() if window.library.article(i).language == "en")
    window.panel.select_article(english)
    view = window.reader.text_view
    qtbot.waitUntil(lambda: window.reader.article.id == english)
    assert margin(window).geometry().left() > view.viewport().geometry().right()
    QApplication.processEvents()

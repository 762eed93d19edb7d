"""Tagging through the real reader: selection, palette, keys, context menu, overlaps, undo, kill."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from tests.conftest import REPO


def select(window, start: int, end: int) -> None:
    """Select source offsets [start, end) in the reader through its text cursor, as a drag would."""
    view = window.reader.text_view
    a, b = window.reader.display.span_to_display(start, end)
    cursor = view.textCursor()
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def live(window) -> list:
    return window.controller.service.for_article(window.reader.article.id)


def named_window(make_window, app_paths):
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    return make_window()


def test_tag_with_palette_key_and_context_menu(qtbot, make_window, app_paths) -> None:
    window = named_window(make_window, app_paths)
    text = window.reader.article.text
    claim, denial = window.controller.tags()[:2]
    start = text.index(" ", 40) + 1
    select(window, start, start + 12)
    button = window.annotating.palette.widgetForAction(window.annotating.tag_actions[0])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (first,) = live(window)
    assert first.tag_ids == (claim.id,) and first.author == "Parwana"
    assert text[first.start:first.end] == first.quote
    # Key 2 tags an overlapping selection as a denial.
    select(window, start + 5, start + 30)
    window.reader.text_view.setFocus()
    qtbot.keyClick(window.reader.text_view, Qt.Key.Key_2)
    assert len(live(window)) == 2
    second = next(a for a in live(window) if a.uuid != first.uuid)
    assert second.tag_ids == (denial.id,) and second.start < first.end  # they overlap
    # Both are painted, as two highlights over the shared characters (each a paragraph at a time).
    painted = window.reader.text_view.extraSelections()
    shared = window.reader.display.to_display(first.end - 1)
    over_shared = {s.format.background().color().name() for s in painted
                   if s.cursor.selectionStart() <= shared < s.cursor.selectionEnd()}
    assert len(over_shared) == 2
    # The context menu's "Tag as" adds a tag to the exact same span instead of a duplicate.
    select(window, first.start, first.end)
    window.reader.text_view.customContextMenuRequested.emit(QPoint(10, 10))
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    tag_menu = next(a.menu() for a in menu.actions() if a.menu())
    next(a for a in tag_menu.actions() if a.text() == denial.name).trigger()
    menu.close()
    assert len(live(window)) == 2
    assert window.controller.service.get(first.uuid).tag_ids == (claim.id, denial.id)


def test_selection_snaps_to_whole_words_unless_alt(qtbot, make_window, app_paths) -> None:
    window = named_window(make_window, app_paths)
    view = window.reader.text_view
    text = window.reader.article.text
    body = text.index("\n\n") + 2
    first, second = list(re.finditer(r"[\u0620-\u064a\u067e-\u06cc]{5,}", text[body:]))[:2]
    word_start, next_end = body + first.start(), body + second.end()
    # Drag from the middle of one long word into the middle of a later one.
    a = window.reader.display.to_display(word_start + 2)
    b = window.reader.display.to_display(body + second.start() + 2)
    rect_a, rect_b = _cursor_point(view, a), _cursor_point(view, b)
    drag(view.viewport(), rect_a, rect_b)
    assert window.reader.selection_offsets() == (word_start, next_end)
    # With Alt held, the selection stays exactly where the mouse left it. (Clear the selection first:
    # a press inside a selection would start dragging the selected text.)
    view.setTextCursor(view.cursorForPosition(QPoint(1, 1)))
    drag(view.viewport(), rect_a, rect_b, Qt.KeyboardModifier.AltModifier)
    start, end = window.reader.selection_offsets()
    assert word_start < start <= word_start + 3 and end < next_end


def drag(widget, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A real press-move-release with the button held (QTest's mouseMove carries no buttons)."""
    left = Qt.MouseButton.LeftButton
    for kind, point, buttons in (
        (QEvent.Type.MouseButtonPress, start, left),
        (QEvent.Type.MouseMove, (start + end) / 2, left),
        (QEvent.Type.MouseMove, end, left),
        (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton),
    ):
        local = QPointF(point)
        event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(point)), left, buttons, modifiers)
        QApplication.sendEvent(widget, event)


def _cursor_point(view, position: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return view.cursorRect(cursor).center()


def test_undo_redo_note_and_delete(qtbot, make_window, app_paths) -> None:
    window = named_window(make_window, app_paths)
    select(window, 0, 8)
    window.annotating.tag_selection(window.controller.tags()[0].id)
    (record,) = live(window)
    window.controller.set_note(record.uuid, "خط یک\nخط دو")
    assert window.controller.service.get(record.uuid).note == "خط یک\nخط دو"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.service.get(record.uuid).note == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.controller.service.get(record.uuid).note == "خط یک\nخط دو"
    select(window, 2, 4)
    window.annotating.delete_at_selection()
    assert live(window) == [] and window.reader.text_view.extraSelections() == []
    window.annotating.undo_action.trigger()
    assert [a.uuid for a in live(window)] == [record.uuid]
    window.annotating.undo_action.trigger()  # the note
    window.annotating.undo_action.trigger()  # the annotation itself
    assert live(window) == []
    window.annotating.redo_action.trigger()
    assert [a.uuid for a in live(window)] == [record.uuid]


def test_edit_note_from_the_text_keeps_what_was_typed(qtbot, make_window, app_paths) -> None:
    window = named_window(make_window, app_paths)
    select(window, 0, 8)
    window.annotating.tag_selection(window.controller.tags()[0].id)
    (record,) = live(window)
    select(window, 2, 4)
    window.annotating.note_action.trigger()
    dialog = window.annotating.note_dialog
    assert dialog is not None and dialog.isVisible() and record.quote[:5] in dialog.windowTitle()
    typed = "۳\u00a0درصد\u200cها\nسطر دو"  # a no-break space and a ZWNJ must survive
    dialog.editor.setPlainText(typed)
    dialog.accept()
    assert window.controller.service.get(record.uuid).note == typed
    window.annotating.undo_action.trigger()
    assert window.controller.service.get(record.uuid).note == ""


def test_author_is_asked_once(qtbot, make_window) -> None:
    window = make_window()
    select(window, 0, 8)
    answered = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
        dialog.setTextValue("Nasrin")
        answered.append(True)
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, answer)
    window.annotating.tag_selection(window.controller.tags()[0].id)
    assert answered and live(window)[0].author == "Nasrin" and window.preferences.author == "Nasrin"
    select(window, 10, 14)
    window.annotating.tag_selection(window.controller.tags()[1].id)  # no second question
    assert {a.author for a in live(window)} == {"Nasrin"}


KILL_PROBE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from reader.app import create_main_window
app, window = create_main_window(Path(sys.argv[1]), Path(sys.argv[2]))
window.show()
window.open_initial_article()
app.processEvents()
while window.starting_sample:  # a first start: the sample comes in after the first paint
    app.processEvents()
    time.sleep(0.01)
app.processEvents()
view = window.reader.text_view
cursor = view.textCursor()
cursor.setPosition(0)
cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
view.setTextCursor(cursor)
view.setFocus()
window.activateWindow()
app.processEvents()
QTest.keyClick(view, Qt.Key.Key_1)
print("TAGGED", len(window.controller.service.for_article(window.reader.article.id)), flush=True)
time.sleep(120)
"""


def test_annotation_survives_sigkill_right_after_tagging(tmp_path) -> None:
    library, settings = tmp_path / "lib.sqlite", tmp_path / "settings.ini"
    settings.write_text("[preferences]\nauthor=Kill Test\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    process = subprocess.Popen([sys.executable, "-c", KILL_PROBE, str(library), str(settings)], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = process.stdout.readline()
        assert line.split() == ["TAGGED", "1"]
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    conn = sqlite3.connect(library)
    rows = conn.execute('SELECT author, start, "end", deleted FROM annotations').fetchall()
    conn.close()
    assert rows == [("Kill Test", 0, 10, 0)]
    time.sleep(0)  # nothing else to wait for: the row was committed before the kill


def test_click_on_a_highlight_selects_it_and_orphans_can_be_placed(qtbot, make_window, app_paths) -> None:
    from reader.storage import annotations_repo
    from reader.storage.database import transaction
    from reader.storage.schema import now_iso

    window = named_window(make_window, app_paths)
    claim = window.controller.tags()[0]
    select(window, 20, 40)
    window.annotating.tag_selection(claim.id)
    (record,) = live(window)
    view = window.reader.text_view
    view.setTextCursor(view.cursorForPosition(QPoint(1, 1)))  # nothing selected
    point = _cursor_point(view, window.reader.display.to_display(30))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.annotation_panel.selected_uuid() == record.uuid
    # Make it an orphan (as a re-import that lost its passage would), then place it again.
    service = window.controller.service
    with transaction(service.db):
        annotations_repo.update(service.db, record.id, now_iso(), orphan=True)
    window.annotation_panel.refresh()
    window.annotation_panel.select_annotation(record.uuid)
    select(window, 50, 60)
    window.annotation_panel.place_action.trigger()
    placed = service.get(record.uuid)
    assert not placed.orphan and (placed.start, placed.end) == (50, 60)
    assert placed.quote == window.reader.article.text[50:60]
    window.annotating.undo_action.trigger()
    assert service.get(record.uuid).orphan

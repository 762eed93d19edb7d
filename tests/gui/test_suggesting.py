"""Suggested claims and denials in the real window: outlines, click/Enter/Delete, undo, the review
queue, Settings → Suggestions."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from reader.core import cue_lexicon as lx
from reader.gui.highlight_layers import SuggestionLayer


def suggesting_window(qtbot, make_window, app_paths):
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    # The first start brings in the sample collection, whose first article denies a report.
    qtbot.waitUntil(lambda: len(window.suggesting.suggestions) > 0, timeout=20000)
    return window


def click_at(qtbot, window, source_offset: int) -> None:
    view = window.reader.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(window.reader.display.to_display(source_offset))
    view.setFocus()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())


def middle(suggestion) -> int:
    return (suggestion.start + suggestion.end) // 2


def outline_pixels(view, mark) -> int:
    """Pixels in the mark's colour along the top edge of its first line's outline, as painted."""
    view.verticalScrollBar().setValue(0)
    image = view.viewport().grab().toImage()
    rect = view.span_rects(mark.start, mark.end)[0].translated(0, -view.verticalScrollBar().value())
    colour, base = QColor(mark.colors[0]), view.palette().base().color()
    found = 0
    for y in range(int(rect.top()), int(rect.top()) + 4):
        for x in range(int(rect.left()) + 4, int(rect.right()) - 4):
            pixel = image.pixelColor(x, y)
            if distance(pixel, colour) < distance(pixel, base):  # antialiased, but nearer the tag's colour
                found += 1
    return found


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def annotations(window) -> list:
    return window.controller.service.for_article(window.reader.article.id)


def test_suggestions_are_outlined_and_never_annotations(qtbot, make_window, app_paths) -> None:
    window = suggesting_window(qtbot, make_window, app_paths)
    view = window.reader.text_view
    marks = view.marks(SuggestionLayer.name)
    assert len(marks) == len(window.suggesting.suggestions)
    tags = {t.id: t.color for t in window.controller.tags()}
    first = window.suggesting.suggestions[0]
    assert marks[0].colors == (tags[first.tag_id],)
    assert view.span_rects(marks[0].start, marks[0].end)  # outlined line by line
    assert annotations(window) == []
    assert view.extraSelections() == []  # an outline is drawn, not a fill
    assert outline_pixels(view, marks[0]) > 5  # the outline is really painted, in the tag's colour
    # Hiding them clears the layer; showing them brings them back.
    window.suggesting.show_action.setChecked(False)
    assert view.marks(SuggestionLayer.name) == []
    assert outline_pixels(view, marks[0]) == 0
    window.suggesting.show_action.setChecked(True)
    qtbot.waitUntil(lambda: len(view.marks(SuggestionLayer.name)) == len(marks), timeout=10000)


def test_click_chooses_a_second_click_or_enter_accepts_undoably(qtbot, make_window, app_paths) -> None:
    window = suggesting_window(qtbot, make_window, app_paths)
    suggesting = window.suggesting
    first, second = suggesting.suggestions[:2]
    click_at(qtbot, window, middle(first))
    assert suggesting.current == first and annotations(window) == []
    message = window.statusBar().currentMessage()
    assert "Enter" in message and "Delete" in message and first.tag in message
    click_at(qtbot, window, middle(first))  # the second click accepts
    (record,) = annotations(window)
    assert (record.start, record.end, record.tag_ids) == (first.start, first.end, (first.tag_id,))
    assert record.author == "Parwana"
    assert first not in suggesting.suggestions
    qtbot.waitUntil(lambda: first not in window.library.suggestions.for_article(window.reader.article.id))
    # Enter accepts the suggestion under the cursor.
    click_at(qtbot, window, middle(second))
    qtbot.keyClick(window.reader.text_view, Qt.Key.Key_Return)
    assert len(annotations(window)) == 2
    # Ctrl+Z takes the annotation back and the suggestion returns.
    window.annotating.undo_action.trigger()
    assert len(annotations(window)) == 1
    qtbot.waitUntil(lambda: second in suggesting.suggestions, timeout=10000)


def test_delete_rejects_for_good_and_undo_brings_it_back(qtbot, make_window, app_paths) -> None:
    window = suggesting_window(qtbot, make_window, app_paths)
    suggesting = window.suggesting
    first = suggesting.suggestions[0]
    click_at(qtbot, window, middle(first))
    qtbot.keyClick(window.reader.text_view, Qt.Key.Key_Delete)
    assert first not in suggesting.suggestions and annotations(window) == []
    assert first not in window.library.suggestions.for_article(first.article_id)
    # Another article and back: still not suggested.
    window.panel.step(1)
    window.panel.step(-1)
    qtbot.waitUntil(lambda: len(suggesting.suggestions) > 0, timeout=10000)
    assert first not in suggesting.suggestions
    window.annotating.undo_action.trigger()
    qtbot.waitUntil(lambda: first in suggesting.suggestions, timeout=10000)


def test_the_context_menu_offers_accept_and_reject_over_a_suggestion(qtbot, make_window, app_paths) -> None:
    window = suggesting_window(qtbot, make_window, app_paths)
    first = window.suggesting.suggestions[0]
    click_at(qtbot, window, middle(first))
    window.reader.text_view.customContextMenuRequested.emit(QPoint(10, 10))
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    assert window.suggesting.accept_action in menu.actions() and window.suggesting.reject_action in menu.actions()
    menu.close()


def test_the_review_queue_is_driven_by_the_keyboard_and_counts(qtbot, make_window, app_paths) -> None:
    window = suggesting_window(qtbot, make_window, app_paths)
    window.review_action.trigger()
    review = window.suggestion_review
    assert review.isVisible()
    review.find()
    qtbot.waitUntil(lambda: not window.ops.is_running() and bool(review.queue), timeout=60000)
    total = len(review.queue)
    assert total >= 10 and len({s.article_id for s in review.queue}) > 1
    assert review.model.rowCount() == total
    first, second = review.queue[:2]
    assert window.reader.article.id == first.article_id  # the first is shown in the reader
    qtbot.keyClick(review.table, Qt.Key.Key_Return)
    qtbot.keyClick(review.table, Qt.Key.Key_Delete)
    assert len(review.queue) == total - 2 and review.model.rowCount() == total - 2
    assert review.accepted == 1 and review.rejected == 1
    n = QLocale().toString
    assert review.counts.text() == review.tr("%1 to review · %2 accepted · %3 rejected").replace(
        "%1", n(total - 2)).replace("%2", n(1)).replace("%3", n(1)).join("\u2068\u2069")
    made = window.controller.service.for_article(first.article_id)
    assert any((a.start, a.end) == (first.start, first.end) and a.tag_ids == (first.tag_id,) for a in made)
    assert second not in window.library.suggestions.for_article(second.article_id)
    # A suggestion decided meanwhile in the reader is taken off the queue, not decided twice.
    third = review.queue[review.table.currentIndex().row()]
    window.suggesting.accept(third)
    qtbot.keyClick(review.table, Qt.Key.Key_Return)
    assert third not in review.queue and review.accepted == 1 and len(review.queue) == total - 3
    made = window.controller.service.for_article(third.article_id)
    assert sum((a.start, a.end) == (third.start, third.end) for a in made) == 1
    # Down moves on and shows that suggestion's article.
    qtbot.keyClick(review.table, Qt.Key.Key_Down)
    shown = review.queue[review.table.currentIndex().row()]
    assert window.reader.article.id == shown.article_id
    review.close()


def test_settings_show_and_edit_the_lexicon(qtbot, make_window, app_paths) -> None:
    window = suggesting_window(qtbot, make_window, app_paths)
    window.suggestion_settings_action.trigger()
    dialog = window.suggestion_settings_dialog
    denial = dialog.role_tabs[lx.DENIAL]
    phrases = [denial.table.item(row, denial.WORDS).text() for row in range(denial.table.rowCount())]
    assert "تکذیب کرد" in phrases
    # Switch «صحت ندارد» off, add a cue of our own, point the claims at the denial tag and switch them off.
    row = phrases.index("صحت ندارد")
    denial.table.item(row, denial.ON).setCheckState(Qt.CheckState.Unchecked)
    added = denial.add_cue(lx.Cue(lx.DENIAL, lx.DENY, ""))
    denial.table.item(added, denial.WORDS).setText("نفی کرد")
    claim = dialog.role_tabs[lx.CLAIM]
    claim.enabled.setChecked(False)
    dialog.save()
    assert not dialog.isVisible()
    lexicon = window.library.suggestions.lexicon()
    found = {c.phrase: c for c in lexicon.cues if c.role == lx.DENIAL}
    assert not found["صحت ندارد"].enabled and found["نفی کرد"].kind == lx.DENY
    roles = {r.role: r for r in window.library.suggestions.roles()}
    assert not roles[lx.CLAIM].enabled and roles[lx.DENIAL].enabled
    # The reader follows: no claim is suggested any more.
    qtbot.waitUntil(lambda: bool(window.suggesting.suggestions)
                    and all(s.role == lx.DENIAL for s in window.suggesting.suggestions), timeout=10000)

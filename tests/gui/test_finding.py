"""Search results open in the reader with hits marked; Ctrl+F and F3 step through them."""

from __future__ import annotations

from PySide6.QtCore import Qt


def marked(window) -> list[str]:
    display = window.reader.display
    text = window.reader.article.text
    return [text[slice(*display.span_to_source(s, e))] for s, e in window.reader.text_view.find_hits]


def test_search_result_opens_with_hits_and_f3_steps(qtbot, make_window) -> None:
    window = make_window()
    panel = window.finding.panel
    window.finding.search_action.trigger()
    assert panel.query_edit.hasFocus()
    panel.query_edit.setText("كمك")  # Arabic kaf; the sample writes کمک
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.results_model.rowCount() >= 1
    with qtbot.waitSignal(panel.result_activated):
        index = panel.results_model.index(0, 0)
        rect = panel.results_view.visualRect(index)
        qtbot.mouseClick(panel.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    hits = marked(window)
    assert hits and all(h.startswith("کمک") for h in hits)
    assert window.reader.find_position() == (1, len(hits))
    selected = window.reader.selection_offsets()
    assert window.reader.article.text[selected[0]:selected[1]].startswith("کمک")  # ready to tag
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.reader.find_position()[0] == (2 if len(hits) > 1 else 1)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.find_position()[0] == 1


def test_ctrl_f_finds_in_the_article_with_the_same_normalization(qtbot, make_window) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    title_word = window.reader.article.title.split()[0]
    bar.edit.setText(title_word.replace("ی", "ي").replace("ک", "ك"))
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert marked(window) and marked(window)[0] == title_word
    assert bar.count.text()
    bar.edit.setText('"')
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert window.reader.text_view.find_hits == [] and bar.count.text()  # the message, not a crash
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.reader.text_view.find_hits == []

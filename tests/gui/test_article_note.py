"""The article note under the caption, the export options and the merge preview's position report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reader.gui.exchange_controller import ExportDialog
from tests.conftest import FIXTURES


def test_the_note_shows_under_the_caption_and_is_edited_in_place(qtbot, make_window, app_paths) -> None:
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    area = window.reader.note_area
    article = window.reader.article
    assert area.isVisible() and area.add_button.isVisible() and not area.frame.isVisible()
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = window.article_notes.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.editor.setPlainText("  منبع: رادیو آزادی  ")
    with qtbot.waitSignal(window.ops.changed, timeout=5000):
        dialog.accept()
    record = window.library.notes.note(article.id)
    assert (record.note, record.author) == ("منبع: رادیو آزادی", "Parwana")
    assert area.frame.isVisible() and not area.add_button.isVisible()
    assert area.label.text() == "منبع: رادیو آزادی"
    layout = window.reader.layout()
    assert layout.indexOf(area) == layout.indexOf(window.reader.caption) + 1   # right under the caption


def test_a_note_changed_elsewhere_refreshes_the_area(qtbot, make_window) -> None:
    window = make_window()
    article = window.reader.article
    with qtbot.waitSignal(window.ops.changed, timeout=5000):
        window.ops.run(lambda library: library.notes.set_note(article.id, "از همکار", "Farid"), initiator=object())
    assert window.reader.note_area.label.text() == "از همکار"
    ids = sorted(window.library.article_ids())
    window.open_article(next(i for i in ids if i != article.id))
    assert not window.reader.note_area.frame.isVisible()


def test_the_export_dialog_offers_every_article_and_provenance(make_window) -> None:
    window = make_window()
    dialog = ExportDialog(window.library, window)
    assert dialog.options() == {"all_articles": False, "provenance": False}
    dialog.all_articles.setChecked(True)
    dialog.provenance.setChecked(True)
    assert dialog.options() == {"all_articles": True, "provenance": True}


def test_the_merge_preview_says_how_positions_were_read(qtbot, make_window) -> None:
    window = make_window()
    window.exchange.preview_merge([FIXTURES / "qualcoder" / "qc_emoji.qdpx"])
    qtbot.waitUntil(lambda: window.exchange.preview is not None and window.exchange.preview.isVisible(), timeout=20000)
    box = window.exchange.preview
    text = box.informativeText()
    assert "qc_emoji.qdpx" in text and "UTF-16" in text
    assert any(("Selections would move" in line or "گزینش" in line) and "7" in line.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
               for line in text.splitlines())
    merge = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(window.ops.changed, timeout=20000):
        merge.click()
    assert any(window.library.notes.note(i) for i in window.library.article_ids())


"""What a new user ran into: keys, the theme button, icons in dark mode, typing Persian in notes,
titles cut on their own side, the default window, centred hits, the empty library, Qt's own words."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem, QToolButton

from reader.gui.annotation_dialogs import NoteDialog
from reader.gui.text_delegate import OwnDirectionDelegate


def test_no_key_is_bound_twice_and_redo_answers_both_keys(qtbot, make_window, app_paths) -> None:
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    keys = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut and action.isEnabled():
            for key in action.shortcuts():
                keys[key.toString()] += 1
    assert [k for k, n in keys.items() if n > 1] == []
    claim = window.controller.tags()[0]
    made = window.controller.annotate(window.reader.article.id, 0, 8, [claim.id], "Parwana")
    service = window.controller.service
    for key, modifiers in ((Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
                           (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert service.get(made.uuid).deleted
        qtbot.keyClick(window, key, modifiers)
        assert not service.get(made.uuid).deleted


def test_the_theme_button_cycles_and_shows_the_theme_and_the_filter_icon_follows(qtbot, make_window) -> None:
    window = make_window()
    button = window.findChild(QToolButton, "themeButton")
    assert window.preferences.theme == "light" and button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup
    # A click on the button itself (away from its ▾, which sits on the left in a right-to-left window).
    rtl = button.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=QPoint(button.width() * 3 // 4 if rtl else button.width() // 4, button.height() // 2))
    assert window.preferences.theme == "sepia"
    window.next_theme()
    assert window.preferences.theme == "dark"
    assert window.theme_button_action.property("icon_name") == "theme_dark"
    filter_action = window.panel.filter_box.actions()[0]
    assert filter_action.property("icon_name") == "filter"
    image = filter_action.icon().pixmap(16, 16).toImage()
    lightest = max(QColor(image.pixel(x, y)).lightness() for x in range(16) for y in range(16)
                   if QColor.fromRgba(image.pixel(x, y)).alpha() > 200)
    assert lightest > 180  # a light glyph on the dark field
    window.set_theme("light")


def test_the_note_editor_follows_what_is_typed(qtbot) -> None:
    dialog = NoteDialog("")
    qtbot.addWidget(dialog)
    assert dialog.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft  # empty: the article's direction
    qtbot.keyClicks(dialog.editor, "checked")
    assert dialog.editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog.editor.setPlainText("این ادعا تکذیب شد")
    assert dialog.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.editor.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    dialog.resize(420, 300)
    dialog.show()
    image = dialog.editor.viewport().grab().toImage()
    ink = [x for x in range(image.width()) for y in range(40) if QColor(image.pixel(x, y)).lightness() < 100]
    assert ink and min(ink) > image.width() / 2  # right-aligned, as Persian is written
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Ctrl+Enter" in hint for hint in hints)


def test_titles_are_cut_on_their_own_side() -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the English interface
    model = QStandardItemModel()
    model.appendRow([QStandardItem("وزارت انرژی و آب: ادعای ایران بی‌اساس است")])
    model.appendRow([QStandardItem("Water talks stall again")])
    delegate = OwnDirectionDelegate()
    persian, english = QStyleOptionViewItem(), QStyleOptionViewItem()
    delegate.initStyleOption(persian, model.index(0, 0))
    delegate.initStyleOption(english, model.index(1, 0))
    assert persian.direction == Qt.LayoutDirection.RightToLeft and english.direction == Qt.LayoutDirection.LeftToRight
    assert persian.textElideMode == Qt.TextElideMode.ElideRight  # the title's logical end: its left, for Persian
    assert persian.displayAlignment & Qt.AlignmentFlag.AlignLeft and persian.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def test_the_default_window_gives_the_text_its_share(make_window) -> None:
    window = make_window()
    assert (window.width(), window.height()) == (1280, 820)
    view = window.reader.text_view
    assert view.viewport().width() >= 600 and window.margin.margin.isVisible()
    assert window.dock.width() <= 360
    assert window.dock.widget().minimumWidth() <= 60  # a dock can be dragged down to a narrow strip


def test_a_hit_is_centred_on_the_screen(qtbot, make_window) -> None:
    window = make_window()
    text = window.reader.article.text
    last_word = text.split()[-3]
    window.finding.find_action.trigger()
    window.reader.find_bar.edit.setText(last_word)
    qtbot.keyClick(window.reader.find_bar.edit, Qt.Key.Key_Return)
    view = window.reader.text_view
    rect = view.cursorRect()
    bar = view.verticalScrollBar()
    if 0 < bar.value() < bar.maximum():  # room to centre it
        assert abs(rect.center().y() - view.viewport().height() / 2) < view.viewport().height() / 6


def test_an_empty_library_says_how_to_import(qtbot, make_window, app_paths) -> None:
    from reader.services.library import Library

    Library(app_paths["library"]).close()  # an existing, empty library: no sample on first start
    app_paths["settings"].write_text(f"[session]\nlibrary_path={app_paths['library']}\n", encoding="utf-8")
    window = make_window()
    assert window.reader.article is None and window.reader.library_empty
    hint = window.reader.text_view.document().toPlainText()
    keys = QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)
    assert keys in hint and "Choose an article" not in hint


def test_qts_own_dialogs_speak_persian(make_window) -> None:
    make_window()
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"

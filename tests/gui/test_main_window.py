"""The reading window driven the way a reader drives it: clicks, keys, the wheel, a restart."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolButton

from reader.gui.article_model import ArticleListModel
from reader.gui.settings import FONT_PRESETS
from reader.gui.theme import THEMES


def click_row(qtbot, window, row: int) -> None:
    view = window.panel.article_view
    rect = view.visualRect(view.model().index(row, ArticleListModel.TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_first_start_shows_the_sample_right_to_left(make_window) -> None:
    window = make_window()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.panel.article_view.isRightToLeft()
    assert window.panel.articles.rowCount() == 13
    article = window.reader.article
    assert article is not None and article.id == window.panel.current_article_id()
    assert window.reader.text_view.toPlainText().replace("\u2066", "").replace("\u2069", "") == article.text
    assert window.reader.caption.isVisible() and window.reader.caption.text()
    assert window.status_date.text() == window.reader.caption.text()


def test_font_preset_buttons_change_the_rendered_size(qtbot, make_window) -> None:
    window = make_window()
    for preset, points in FONT_PRESETS.items():
        button = window.toolbar.findChild(QToolButton, f"presetButton{preset}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.reader.font_point_size() == points
        body = window.reader.text_view.document().findBlockByNumber(2)
        assert body.charFormat().font().pointSizeF() in (0, points) or body.layout().lineCount() > 0
        title_size = window.reader.text_view.document().firstBlock().begin().fragment().charFormat().fontPointSize()
        assert abs(title_size - points * 1.55) < 0.01
        assert window.preferences.font_preset == preset


def test_zoom_keys_and_ctrl_wheel(qtbot, make_window) -> None:
    window = make_window()
    base = window.reader.font_point_size()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font_point_size() == base + 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font_point_size() == base + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font_point_size() == base
    viewport = window.reader.text_view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert window.reader.font_point_size() == base + 1


def test_theme_switch_recolours_the_reader(qtbot, make_window) -> None:
    window = make_window()
    for name, theme in THEMES.items():
        window.theme_actions[name].trigger()
        assert window.preferences.theme == name
        viewport = window.reader.text_view.viewport()
        qtbot.waitUntil(lambda v=viewport, t=theme: v.palette().color(v.backgroundRole()).name() == t.base, timeout=2000)
        assert window.reader.text_view.palette().color(window.reader.text_view.foregroundRole()).name() == theme.text
        pixel = viewport.grab().toImage().pixelColor(viewport.width() // 2, 2)
        assert pixel.name() == theme.base  # what is really painted, not only what is set


def test_open_articles_from_the_list(qtbot, make_window) -> None:
    window = make_window()
    for row in (3, 0, 7):
        click_row(qtbot, window, row)
        expected = window.panel.articles.article_id(row)
        assert window.reader.article is not None and window.reader.article.id == expected
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.article.id == window.panel.articles.article_id(8)


def test_filter_box_sees_through_spelling_variants(qtbot, make_window) -> None:
    window = make_window()
    window.panel.filter_box.insert("ترانزيت")  # typed text; QTest cannot synthesize Persian key presses
    qtbot.keyClick(window.panel.filter_box, Qt.Key.Key_Return)
    assert window.panel.articles.rowCount() == 1
    window.panel.filter_box.clear()
    window.panel.filter_box.insert("کمک")  # a prefix: کمک‌ها, کمک‌های …
    qtbot.waitUntil(lambda: window.panel.articles.rowCount() == 2, timeout=2000)  # after the typing pause
    titles = [window.panel.articles.data(window.panel.articles.index(r, 0)) for r in range(window.panel.articles.rowCount())]
    assert all("کمک" in t for t in titles), titles
    window.panel.filter_box.clear()
    qtbot.waitUntil(lambda: window.panel.articles.rowCount() == 13, timeout=2000)


def test_restart_restores_article_scroll_and_preferences(qtbot, make_window) -> None:
    first = make_window()
    click_row(qtbot, first, 4)
    article_id = first.reader.article.id
    first.preset_actions["LG"].trigger()
    first.theme_actions["sepia"].trigger()
    bar = first.reader.text_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    first.close()
    second = make_window()
    assert second.reader.article.id == article_id
    assert second.preferences.font_preset == "LG" and second.reader.font_point_size() == FONT_PRESETS["LG"]
    assert second.theme_actions["sepia"].isChecked()
    assert second.panel.current_article_id() == article_id
    qtbot.waitUntil(lambda: abs(second.reader.scroll_fraction() - 0.5) < 0.05, timeout=2000)


def test_theme_switch_redraws_every_icon(make_window) -> None:
    """Icons keep the colour they were drawn in; every one the window shows must be redrawn."""
    from reader.gui import icons

    window = make_window()
    annotations_tabs = window.annotation_panel.tabs
    bar = window.reader.find_bar
    find_buttons = [button for button in bar.findChildren(QToolButton) if button.parent() is bar]  # not the edit's own
    assert len(find_buttons) == 3
    for name in ("dark", "light"):
        window.theme_actions[name].trigger()
        bound = [o for o in window.findChildren(QObject) if o.property(icons.ICON_PROPERTY)]
        # Among them the ones outside the window's own actions: undo, notes, panel actions, find bar.
        assert {window.annotating.undo_action, window.annotating.note_action, *find_buttons} <= set(bound)
        for target in bound:
            drawn = icons.icon(target.property(icons.ICON_PROPERTY)).cacheKey()
            assert target.icon().cacheKey() == drawn, (name, target.property(icons.ICON_PROPERTY))
        assert annotations_tabs.tabIcon(1).cacheKey() == icons.icon("library").cacheKey()

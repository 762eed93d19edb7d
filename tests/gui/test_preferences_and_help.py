"""Settings → Preferences…, one date format everywhere, and the Help menu's shortcuts and guide."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox

from reader.gui.annotation_model import AnnotationTableModel
from reader.gui.article_model import ArticleListModel
from reader.gui.help import ShortcutsDialog, UserGuideDialog, collect_shortcuts, guide_path, key_text
from reader.gui.preferences_dialog import PreferencesDialog
from reader.gui.search_model import SearchResultsModel
from reader.gui.settings import Preferences, open_settings
from tests.conftest import REPO

PERSIAN_DIGIT = re.compile("[۰-۹]")
LATIN_DIGIT = re.compile("[0-9]")
IRANIAN_MONTHS = "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"


def _choose(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(box.findData(value))
    box.activated.emit(box.currentIndex())  # as a user's pick does


def _open_preferences(window) -> PreferencesDialog:
    window.show_preferences()
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    return dialog


def test_preferences_set_the_author_calendar_and_reading_defaults(qtbot, make_window, app_paths) -> None:
    window = make_window()
    dialog = _open_preferences(window)
    assert dialog.author_edit.text() == "" and dialog.calendar_box.currentData() == "afghan"
    dialog.author_edit.setText("  پروانه احمدی ")
    _choose(dialog.calendar_box, "iranian")
    assert re.search(IRANIAN_MONTHS, dialog.calendar_example.text())
    _choose(dialog.preset_box, "LG")
    _choose(dialog.theme_box, "dark")
    dialog.accept()

    stored = Preferences(open_settings(str(app_paths["settings"])))
    assert (stored.author, stored.calendar, stored.font_preset, stored.theme) == ("پروانه احمدی", "iranian", "LG", "dark")
    assert window.reader.font_point_size() == 21 and window.theme_actions["dark"].isChecked()
    # The tagging author is the preference: no question asked.
    assert window.annotating.ensure_author() == "پروانه احمدی"


def test_one_date_format_everywhere_follows_the_calendar(qtbot, make_window) -> None:
    window = make_window()
    article = window.reader.article
    text = article.text
    start = text.index(text.split("\n\n")[1])
    window.controller.annotate(article.id, start, start + 10, [window.controller.tags()[0].id], "Parwana")
    window.finding.panel.query_edit.setText("کابل")
    window.finding.panel.query_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: window.finding.panel.results_model.rowCount() > 0, timeout=10000)

    def shown() -> dict[str, str]:
        articles = window.panel.articles
        row = articles.row_of(article.id)
        results = window.finding.panel.results_model
        dated = next(r for r in range(results.rowCount()) if results.index(r).data(SearchResultsModel.DateRole))
        return {
            "list": articles.index(row, ArticleListModel.DATE).data(),
            "caption": window.reader.caption.text(),
            "status": window.status_date.text(),
            "search": results.index(dated).data(SearchResultsModel.DateRole),
            "annotation": window.annotation_panel.article_model.index(0, AnnotationTableModel.MODIFIED).data(),
        }

    for calendar, month_names in (("iranian", IRANIAN_MONTHS),
                                  ("gregorian", "جنوری|فبروری|مارچ|اپریل|می|جون|جولای|اگست|سپتمبر|اکتوبر|نوامبر|دسمبر"),
                                  ("afghan", "حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت")):
        window.preferences.calendar = calendar
        window.apply_preferences()
        for place, value in shown().items():
            assert re.search(month_names, value), (calendar, place, value)
            assert PERSIAN_DIGIT.search(value) and not LATIN_DIGIT.search(value), (place, value)
        assert "\u00a0" in shown()["list"]  # the day never splits from its month


def test_the_shortcuts_window_lists_every_action_with_keys_and_cannot_go_stale(qtbot, make_window) -> None:
    window = make_window()
    extra = QAction("A command added later", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+Shift+K"))
    window.addAction(extra)
    listed = {(s.command, s.keys) for _group, shortcuts in collect_shortcuts(window, "Reader") for s in shortcuts}
    with_keys = [a for a in window.findChildren(QAction) if key_text(a) and a.text()]
    assert with_keys and all(any(keys == key_text(a) for _c, keys in listed) for a in with_keys)
    assert ("A command added later", key_text(extra)) in listed
    groups = [group for group, _s in collect_shortcuts(window, "Reader")]
    assert groups[0] == "فایل" and len(groups) == len(set(groups))

    window.show_shortcuts()
    dialog = window.help_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    everything = dialog.visible_commands()
    dialog.filter_edit.setText("F3")
    found = dialog.visible_commands()
    assert 0 < len(found) < len(everything)
    dialog.filter_edit.setText("")
    assert dialog.visible_commands() == everything


def test_the_user_guide_is_bundled_offline_in_both_languages(qtbot, make_window) -> None:
    for language, title in (("fa", "راهنمای حاشیه"), ("en", "Hashiya user guide")):
        path = guide_path(language)
        html = path.read_text(encoding="utf-8")
        assert f"<title>{title}</title>" in html and "http" not in html  # nothing to fetch
        anchors = set(re.findall(r'id="([^"]+)"', html))
        assert anchors and set(re.findall(r'href="#([^"]+)"', html)) <= anchors
    assert re.search(r'str\(ROOT / "resources"\), "resources"', (REPO / "build_app.spec").read_text(encoding="utf-8"))
    window = make_window()
    window.guide_action.trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, UserGuideDialog) and dialog.isVisible()
    assert dialog.browser.document().toPlainText().startswith("راهنمای حاشیه")

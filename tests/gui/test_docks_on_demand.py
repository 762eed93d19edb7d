"""The search, annotation and agreement docks are there from the start (tabs, menu entries, shortcuts,
their place in the saved layout) and make their contents when first shown."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from tests.gui.test_annotating import live, select


def test_the_docks_are_empty_until_shown_and_filled_when_shown(qtbot, make_window) -> None:
    window = make_window()
    docks = {"search": window.finding.dock, "annotations": window.annotation_dock, "agreement": window.agreement_dock}
    assert not any(dock.filled for dock in docks.values())
    placeholders = [dock.widget() for dock in docks.values()]
    assert all(type(placeholder) is QWidget for placeholder in placeholders)
    window.finding.search_action.trigger()  # Ctrl+Shift+F
    assert docks["search"].filled and docks["search"].widget() is window.finding.panel
    assert window.finding.panel.query_edit.hasFocus() or window.finding.panel.query_edit.isVisible()
    window.annotation_dock.toggleViewAction().trigger() if not window.annotation_dock.isVisible() else None
    window.annotation_dock.raise_()
    qtbot.waitUntil(lambda: docks["annotations"].filled)
    assert docks["annotations"].widget() is window.annotation_panel
    window.agreement_dock.toggleViewAction().trigger()  # Ctrl+Shift+A
    assert docks["agreement"].filled and docks["agreement"].widget() is window.agreement.view
    assert window.agreement_dock.isVisible()
    assert window.annotation_panel.minimumWidth() == window.finding.panel.minimumWidth() == 56  # as the window asked
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not any(shiboken6.isValid(placeholder) for placeholder in placeholders)  # not left behind, hidden


def test_the_annotation_table_made_late_lists_the_open_article_and_what_was_made_before(qtbot, make_window) -> None:
    window = make_window()
    window.preferences.author = "Nasrin"
    select(window, 0, 12)
    window.annotating.tag_selection(window.controller.tags()[0].id)
    assert len(live(window)) == 1 and not window.annotation_dock.filled
    window.annotation_dock.raise_()
    qtbot.waitUntil(lambda: window.annotation_dock.filled)
    assert window.annotation_panel.article_model.rowCount() == 1
    select(window, 20, 30)
    window.annotating.tag_selection(window.controller.tags()[0].id)  # once made, it follows every change
    assert window.annotation_panel.article_model.rowCount() == 2
    window.panel.step(1)
    assert window.annotation_panel.article_model.rowCount() == 0  # the next article has none


def test_a_dock_open_at_the_last_close_is_open_and_filled_at_the_next_start(qtbot, make_window) -> None:
    window = make_window()
    window.agreement_dock.toggleViewAction().trigger()
    window.finding.focus_search()
    assert window.agreement_dock.isVisible()
    window.close()
    again = make_window()
    assert again.agreement_dock.isVisible() and again.agreement_dock.filled
    assert again.finding.dock.isVisible() and again.finding.dock.filled
    assert not again.annotation_dock.filled  # a tab behind the search one: still not shown

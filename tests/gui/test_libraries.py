"""Which library the window opens, and switching libraries and languages without a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def hosts(qtbot, app_paths):
    """Build window hosts the way `python main.py [--library FILE]` does; closes everything after."""
    from reader.app import create_host

    made = []

    def make(library: Path | None = None, show: bool = True):
        _app, host = create_host(library, app_paths["settings"])
        made.append(host)
        if show:
            host.window.show()
            host.window.open_initial_article()
        else:
            host.window.start_sample_import()
        qtbot.waitUntil(lambda: not host.window.starting_sample, timeout=60_000)
        return host

    yield make
    for host in made:
        host.window.close()
        host.window.library.close()


def _remembered(app_paths) -> str:
    from reader.gui.settings import SessionState, open_settings

    return SessionState(open_settings(str(app_paths["settings"]))).library_path


def test_a_one_off_library_is_not_remembered(hosts, app_paths, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("HASHIYA_LIBRARY", raising=False)
    default = Path(app_paths["library"]).parent / "data" / "Hashiya" / "library.hashiya.sqlite"
    first = hosts()  # the first start: the per-user library, with the sample in it
    assert first.window.library.path == default and first.window.library.article_count() == 13
    first.window.close()

    other = tmp_path / "typo.sqlite"
    once = hosts(other)
    assert once.window.library.path == other and once.window.library.article_count() == 0  # no sample
    once.window.close()
    assert _remembered(app_paths) == ""

    monkeypatch.setenv("HASHIYA_LIBRARY", str(tmp_path / "env.sqlite"))
    from_env = hosts()
    assert from_env.window.library.path == tmp_path / "env.sqlite"
    from_env.window.close()
    monkeypatch.delenv("HASHIYA_LIBRARY")

    again = hosts()
    assert again.window.library.path == default and again.window.library.article_count() == 13


def test_a_typo_on_the_very_first_start_leaves_the_sample_for_the_real_library(hosts, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("HASHIYA_LIBRARY", raising=False)
    typo = hosts(tmp_path / "tpyo.sqlite")
    assert typo.window.library.article_count() == 13  # the very first start gets the sample, wherever it is
    typo.window.close()
    plain = hosts()
    assert plain.window.library.path.name == "library.hashiya.sqlite" and plain.window.library.article_count() == 13


def test_opening_a_library_from_the_menu_switches_and_is_remembered(qtbot, hosts, app_paths, tmp_path) -> None:
    host = hosts(app_paths["library"])
    old_window = host.window
    assert old_window.windowTitle() == "library — حاشیه"
    assert old_window.status_library.toolTip() == str(app_paths["library"])
    project = tmp_path / "kabul-2024.hashiya.sqlite"

    with qtbot.waitSignal(host.window_replaced):
        old_window.library_files.make(str(project.with_name("kabul-2024")))  # File → New library…, no suffix typed
    window = host.window
    assert window is not old_window and window.isVisible() and not old_window.isVisible()
    assert window.library.path == project and project.exists()
    assert window.windowTitle() == "kabul-2024 — حاشیه" and window.panel.articles.rowCount() == 0
    assert _remembered(app_paths) == str(project)
    assert host.session.recent_libraries == [str(project)]

    # Open recent ▸ lists it; the first library, opened again from the menu, comes first.
    with qtbot.waitSignal(host.window_replaced):
        window.library_files.open_requested.emit(str(app_paths["library"]))
    window = host.window
    assert window.panel.articles.rowCount() == 13
    window.library_files.fill_recent_menu()
    labels = [a.text() for a in window.library_files.recent_menu.actions() if not a.isSeparator()]
    assert labels[:2] == ["&1 library", "&2 kabul-2024"]
    assert window.library_files.recent_menu.actions()[0].isChecked()

    # A new library over an existing file is refused: the file is never overwritten.
    window.library_files.make(str(project))
    assert window.library_files.last_message.isVisible() and host.window is window
    window.library_files.last_message.close()


def test_a_file_that_is_not_a_library_is_refused_and_the_window_stays(hosts, app_paths, tmp_path) -> None:
    host = hosts(app_paths["library"])
    window = host.window
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"these are not the bytes of a database" * 100)
    assert not host.open_library(str(junk))
    assert host.window is window and window.library.article_count() == 13
    assert isinstance(host.last_message, QMessageBox) and "notes.sqlite" in host.last_message.text()
    host.last_message.close()
    assert _remembered(app_paths) == ""


def test_the_language_changes_without_a_restart_at_the_same_article(qtbot, hosts, app_paths) -> None:
    host = hosts(app_paths["library"])
    window = host.window
    article = window.panel.articles.article_id(4)
    window.panel.select_article(article)
    assert window.menuBar().actions()[0].text() == "&فایل"

    with qtbot.waitSignal(host.window_replaced):
        window.language_actions["en"].trigger()
    english = host.window
    assert english is not window and QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert english.menuBar().actions()[0].text() == "&File" and english.windowTitle() == "library — Hashiya"
    assert english.reader.article.id == article and english.preferences.language == "en"
    assert english.language_actions["en"].isChecked()
    # Dates follow: the interface's calendar (Gregorian in English unless chosen) and Latin digits.
    caption = english.reader.caption.text()
    assert any(month in caption for month in ("January", "February", "March", "April", "May", "June", "July",
                                              "August", "September", "October", "November", "December"))
    assert not any("\u06f0" <= c <= "\u06f9" for c in caption)

    with qtbot.waitSignal(host.window_replaced):
        english.language_actions["fa"].trigger()
    assert host.window.menuBar().actions()[0].text() == "&فایل"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_preferences_dialog_applies_a_new_language_at_once(qtbot, hosts, app_paths) -> None:
    host = hosts(app_paths["library"])
    host.window.show_preferences()
    dialog = host.window.preferences_dialog
    assert dialog.calendar_box.currentData() == "afghan"  # what Persian suggests, until the user picks one
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert dialog.calendar_box.currentData() == "gregorian"  # still following the language
    with qtbot.waitSignal(host.window_replaced):
        dialog.accept()
    assert host.window.preferences.language == "en" and host.window.preferences.calendar == "auto"
    assert host.window.menuBar().actions()[0].text() == "&File"

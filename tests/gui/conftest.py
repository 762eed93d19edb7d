"""A real main window over a real library file and a real settings file, per test."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def app_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return {"library": tmp_path / "library.sqlite", "settings": tmp_path / "settings.ini"}


@pytest.fixture
def make_window(qtbot, app_paths):
    """Build (and show) a main window the way `python main.py` does; closes them all afterwards."""
    from reader.app import create_main_window

    windows = []

    def make(show: bool = True):
        _app, window = create_main_window(app_paths["library"], app_paths["settings"])
        qtbot.addWidget(window)
        windows.append(window)
        if show:
            with qtbot.waitExposed(window):
                window.show()
            with qtbot.waitActive(window):
                window.activateWindow()
            window.open_initial_article()
        else:
            window.start_sample_import()  # a shown window starts it after its first paint
        qtbot.waitUntil(lambda: not window.starting_sample, timeout=60_000)  # a first start's sample is in
        if show and not window.isActiveWindow():  # the import's progress window took the focus with it
            with qtbot.waitActive(window):
                window.activateWindow()
        return window

    yield make
    for window in windows:
        window.close()  # a hidden window gets its close event too: it stops background work
        window.library.close()


@pytest.fixture(autouse=True)
def neutral_application(qapp):
    """Each test starts with no translators and a left-to-right, English application.

    A main window installs the Persian translators on the shared QApplication; without this, a
    widget test that runs after one would see Persian strings and a right-to-left layout.
    """
    yield
    from PySide6.QtCore import QLocale, Qt, QTranslator

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setProperty("hashiya_language", None)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    from reader.gui.date_text import date_style

    date_style().configure("gregorian", "en")

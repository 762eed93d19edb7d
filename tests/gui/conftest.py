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
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        window.library.close()

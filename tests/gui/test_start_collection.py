"""The garbage collector waits for the window's first paint (issue 22), and never longer than that."""

from __future__ import annotations

import gc

from reader.app import collect_after_first_paint, pause_collection


def test_the_collector_is_back_once_the_reading_pane_is_painted(make_window, qtbot) -> None:
    window = make_window(show=False)
    pause_collection()
    try:
        collect_after_first_paint(window, at_the_latest_ms=60_000)
        qtbot.wait(50)
        assert not gc.isenabled()  # nothing painted yet
        window.show()
        window.open_initial_article()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
    finally:
        gc.enable()


def test_a_window_that_is_never_painted_gets_the_collector_back_in_time(make_window, qtbot) -> None:
    window = make_window(show=False)
    pause_collection()
    try:
        collect_after_first_paint(window, at_the_latest_ms=100)
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        assert not window.isVisible()
    finally:
        gc.enable()

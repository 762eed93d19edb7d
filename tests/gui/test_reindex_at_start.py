"""A library from before the word-forms index is re-indexed at start, behind a progress dialog."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from reader.services import search_index
from tests.services.test_search_index import version_4_library


def _watch_the_dialog(seen: list[QProgressDialog], click_later: bool = False) -> QTimer:
    """Look for the progress dialog while the start-up's own event loop runs."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.objectName() == "reindexProgress" and widget.isVisible():
                if widget not in seen:
                    seen.append(widget)
                if click_later:
                    widget.findChild(QPushButton).click()

    timer = QTimer(interval=20)
    timer.timeout.connect(look)
    timer.start()
    return timer


def test_the_reindex_runs_behind_a_progress_dialog_before_the_window(make_window, app_paths) -> None:
    version_4_library(app_paths["library"], 30)
    seen: list[QProgressDialog] = []
    timer = _watch_the_dialog(seen)
    window = make_window()
    timer.stop()
    assert seen, "no progress dialog was shown"
    assert window.library.search_index_status().complete
    assert window.library.search.search("مسوولان").total == 10


def test_later_opens_the_window_and_the_rest_waits_for_the_next_start(make_window, app_paths, monkeypatch) -> None:
    monkeypatch.setattr(search_index, "BATCH", 1)
    version_4_library(app_paths["library"], 300)
    seen: list[QProgressDialog] = []
    timer = _watch_the_dialog(seen, click_later=True)
    window = make_window()
    timer.stop()
    status = window.library.search_index_status()
    assert seen and not status.complete and 0 < status.pending < 300
    assert window.library.search.search("خبر").unindexed == status.pending
    window.close()
    monkeypatch.setattr(search_index, "BATCH", 500)
    assert make_window(show=False).library.search_index_status().complete

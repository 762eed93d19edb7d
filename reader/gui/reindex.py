"""The one-off re-index after an update that changed the search index, behind a progress dialog."""

from __future__ import annotations

from pathlib import Path


def reindex_with_progress(library_path: Path) -> None:
    """After an update that changed the search index, every article is indexed once, before the
    window opens: on a thread of its own (with its own connection), behind a progress dialog.
    "Later" stops after the batch being written; what is done stays, the rest is indexed at the
    next start, and until then searches do not find those articles."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    from reader.services.library import Library

    done = {"done": 0, "total": 0}
    failure: list[BaseException] = []
    stop = threading.Event()

    def work() -> None:
        try:
            with Library(library_path) as library:
                library.reindex_search(lambda p: done.update(done=p.done, total=p.total), stop.is_set)
        except BaseException as exc:  # handed to the main thread, which raises it
            failure.append(exc)

    dialog = QProgressDialog(
        QCoreApplication.translate("App", "Hashiya is indexing your articles for search. This happens once, after an update."),
        QCoreApplication.translate("App", "Later"), 0, 0)
    dialog.setObjectName("reindexProgress")
    dialog.setWindowTitle(QCoreApplication.translate("App", "Hashiya"))
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)
    thread = threading.Thread(target=work, name="hashiya-reindex", daemon=True)
    loop = QEventLoop()
    timer = QTimer(interval=100)

    def tick() -> None:
        if done["total"]:
            dialog.setMaximum(done["total"])
            dialog.setValue(done["done"])
        if not thread.is_alive():
            timer.stop()
            loop.quit()

    timer.timeout.connect(tick)
    thread.start()
    timer.start()
    dialog.show()
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if failure:
        raise failure[0]

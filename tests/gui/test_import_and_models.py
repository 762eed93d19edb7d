"""Import through the window (finish and cancel), the item models, errors, and start-up weight."""

from __future__ import annotations

import logging
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from reader.gui.article_model import ArticleListModel
from reader.gui.collection_model import CollectionListModel
from tests.conftest import REPO
from tests.services.helpers import dari_page


def test_import_through_the_window_updates_list_and_summary(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    folder = tmp_path / "تازه"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(dari_page(100 + n), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as finished:
        window.importer.start([folder])
    report = finished.args[0]
    assert len(report.imported) == 5 and len(report.failed) == 1
    assert window.panel.articles.rowCount() == 18
    assert window.panel.collections.rowCount() == 3  # all, sample, تازه
    summary = window.importer.last_summary
    assert summary is not None and summary.isVisible()
    assert "broken.txt" in summary.detailedText() and "فایل خالی است" in summary.detailedText()  # translated
    assert window.status_count.text()  # the count in the status bar followed
    summary.close()


def test_cancel_an_import_from_its_progress_dialog(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    window.importer.show_summary = False
    folder = tmp_path / "big"
    folder.mkdir()
    for n in range(2500):
        (folder / f"{n:05}.txt").write_text(dari_page(n), encoding="utf-8")
    before = window.library.article_count()
    with qtbot.waitSignal(window.importer.finished, timeout=60000) as finished:
        window.importer.start([folder])
        qtbot.waitUntil(lambda: _progress(window) is not None and _progress(window).isVisible(), timeout=5000)
        assert window.isEnabled()  # the window stays responsive while files are read
        cancel = _progress(window).findChild(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report.cancelled and report.imported == []
    assert window.library.article_count() == before
    qtbot.waitUntil(lambda: _progress(window) is None)
    assert not window.importer.is_running()


def _progress(window) -> QProgressDialog | None:
    found = [d for d in window.findChildren(QProgressDialog, "importProgress") if d.isVisible()]
    return found[0] if found else None


def test_article_model_passes_the_model_tester(qtmodeltester, make_window) -> None:
    window = make_window(show=False)
    model = ArticleListModel(window.library)
    qtmodeltester.check(model, force_py=True)
    model.sort(ArticleListModel.TITLE, Qt.SortOrder.AscendingOrder)
    model.set_filter("کمک")
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(0, Qt.Orientation.Horizontal) and model.data(model.index(0, 0), ArticleListModel.ArticleIdRole)


def test_collection_model_passes_the_model_tester(qtmodeltester, make_window) -> None:
    window = make_window(show=False)
    model = CollectionListModel(window.library)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2 and model.collection_id(0) is None and model.collection_id(1) is not None


def test_isolates_fix_the_visual_order_of_latin_runs(make_window) -> None:
    """In the RTL reader, `USA-SECURITY/` must read left to right with the slash at its right end."""
    window = make_window()
    from reader.core.records import ArticleRecord

    text = "عنوان\n\nمقام USA-SECURITY/ گفت که با شماره +93 700 000 000 تماس بگیرید."
    record = ArticleRecord(0, 0, "x.txt", 1, "عنوان", None, None, "fa-AF", "rtl", "txt", None, text, "")
    window.reader.show_article(record)
    document = window.reader.text_view.document()
    display = window.reader.display
    block = document.findBlockByNumber(2)
    window.reader.text_view.viewport().grab()  # paints, so the block is laid out
    flags = QTextLayout.GlyphRunRetrievalFlag
    x_at: dict[int, float] = {}
    layout = block.layout()
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        for run in line.glyphRuns(-1, -1, flags.RetrieveStringIndexes | flags.RetrieveGlyphPositions):
            for index, point in zip(run.stringIndexes(), run.positions(), strict=True):
                x_at[index] = point.x() + 100_000 * number  # later lines sort after earlier ones

    def x_of(offset: int) -> float:
        """Where the glyph of the character at `offset` is drawn."""
        return x_at[display.to_display(offset) - block.position()]

    # Left to right on screen, as written: U … / and + 9 3 … 7 0 0 … 0 0 0.
    assert x_of(text.index("U")) < x_of(text.index("-")) < x_of(text.index("/"))
    plus = text.index("+93")
    assert x_of(plus) < x_of(plus + 1) < x_of(text.index("700")) < x_of(text.rindex("000"))
    # Without the isolates, standard bidi puts the slash on the left: the fix is what the test sees.
    plain = QTextLayout(text.split("\n")[-1], document.defaultFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    plain.setTextOption(option)
    plain.beginLayout()
    plain.createLine().setLineWidth(2000)
    plain.endLayout()
    plain_x = {i: p.x() for r in plain.glyphRuns(-1, -1, flags.RetrieveStringIndexes | flags.RetrieveGlyphPositions)
               for i, p in zip(r.stringIndexes(), r.positions(), strict=True)}
    line_text = text.split("\n")[-1]
    assert plain_x[line_text.index("/")] < plain_x[line_text.index("U")]


def _through_the_excepthook(error: BaseException, log_path) -> list[QMessageBox]:
    """Raise `error` where nobody catches it (the excepthook gets it); the message boxes shown."""
    from reader.app import install_excepthook

    handler = logging.FileHandler(log_path, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    old = sys.excepthook
    try:
        install_excepthook()
        try:
            raise error
        except type(error):
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
        logging.getLogger().removeHandler(handler)
        handler.close()
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_unexpected_errors_are_logged_and_reported(qtbot, make_window, tmp_path) -> None:
    from reader.services.locations import log_file_path

    make_window()
    log_path = tmp_path / "hashiya.log"
    (box,) = _through_the_excepthook(RuntimeError("database exploded"), log_path)
    assert "database exploded" in log_path.read_text(encoding="utf-8")
    assert box.objectName() == "unexpectedError" and str(log_file_path()) in box.text()
    box.close()


def test_an_expected_error_nobody_caught_is_shown_translated_without_a_traceback(qtbot, make_window, tmp_path) -> None:
    from reader.core import messages
    from reader.core.errors import UnknownNameError

    make_window()  # Persian interface
    log_path = tmp_path / "hashiya.log"
    (box,) = _through_the_excepthook(UnknownNameError(messages.NO_SUCH_COLLECTION, "Kabul/2024"), log_path)
    assert box.objectName() == "expectedError" and "\u2068Kabul/2024\u2069" in box.text()
    assert "collection" not in box.text()  # Persian, not the English template
    assert "Traceback" not in log_path.read_text(encoding="utf-8")
    box.close()


def test_window_starts_without_hazm(tmp_path) -> None:
    """A first start: the window is painted before anything imports hazm; the sample (whose search
    lexicon needs hazm) comes in after it, and its first article opens."""
    probe = (
        "import sys, pathlib, time\n"
        "from reader.app import create_main_window\n"
        "from reader.gui.first_paint import after_first_paint\n"
        f"app, w = create_main_window(pathlib.Path({str(tmp_path / 'l.sqlite')!r}), pathlib.Path({str(tmp_path / 's.ini')!r}))\n"
        "after_first_paint(w.reader.text_view.viewport(), lambda: print('hazm' in sys.modules, w.starting_sample,"
        " w.reader.article is None, 'نمونه' in w.reader.text_view.toPlainText(), flush=True))\n"
        "w.show(); w.open_initial_article()\n"
        "deadline = time.monotonic() + 50\n"
        "app.processEvents()\n"
        "while (w.starting_sample or w.reader.article is None) and time.monotonic() < deadline:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print(w.reader.article is not None, w.panel.articles.rowCount())\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, env=env, timeout=60)
    assert result.stdout.split() == ["False", "True", "True", "True", "True", "13"], result.stderr

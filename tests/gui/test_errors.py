"""Expected errors reach the Persian window translated, each argument isolated, numbers in Persian digits.

The window (and so its translators) is Persian by default; `neutral_application` (conftest)
puts the application back to untranslated English after each test.
"""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core import messages
from reader.core.errors import BadInputError, HashiyaError, Message
from reader.core.text import decode_bytes
from reader.gui.errors import FSI, PDI, message_for, show_error
from reader.services import importer
from reader.services.sources import ImportFailure
from tests.services.helpers import dari_page


def isolated(text: str) -> str:
    return FSI + text + PDI


@pytest.fixture
def persian(qapp):
    """The Persian translation and Afghan locale, as the window installs them."""
    from reader.services.locations import translations_path

    locale = QLocale(QLocale.Language.Persian, QLocale.Country.Afghanistan)
    translator = QTranslator(qapp)
    assert translator.load(locale, "hashiya", "_", str(translations_path()))
    qapp.installTranslator(translator)
    QLocale.setDefault(locale)
    return qapp


def test_message_for_translates_isolates_and_writes_persian_digits(persian) -> None:
    error = BadInputError(messages.FILE_DAMAGED_UTF8, "news/Kabul report.txt", 1234)
    assert message_for(error) == (f"{isolated('news/Kabul report.txt')}: در بایت {isolated('۱٬۲۳۴')} "
                                  "بایت‌هایی هست که خوانده نمی‌شود (UTF-8 آسیب‌دیده)")
    assert str(error) == "news/Kabul report.txt: undecodable bytes at byte 1,234 (damaged UTF-8)"  # the CLI's English


def test_an_unexpected_error_is_shown_as_it_is(persian) -> None:
    assert message_for(OSError(28, "No space left on device")) == "[Errno 28] No space left on device"
    assert message_for(RuntimeError()) == "RuntimeError"


def test_untranslated_english_is_the_catalogue_text_with_isolated_arguments(qapp) -> None:
    error = HashiyaError(messages.NO_SUCH_TAG, "تکذیب")
    assert message_for(error) == f"There is no tag named «{isolated('تکذیب')}»"


def test_an_argument_cannot_break_out_of_its_isolate(qapp) -> None:
    # A stray PDI would end the isolate early and an override would reverse what follows.
    error = HashiyaError(messages.NO_SUCH_TAG, "gnp\u2069.exe\u202e")
    assert message_for(error) == f"There is no tag named «{FSI}gnp<U+2069>.exe<U+202E>{PDI}»"


def test_show_error_opens_a_box_with_the_message_as_plain_text(qtbot, persian) -> None:
    box = show_error(None, "حاشیه", HashiyaError(messages.FILE_EMPTY, "<b>bold</b>.txt"))
    qtbot.addWidget(box)
    assert box.isVisible() and box.text() == f"{isolated('<b>bold</b>.txt')}: فایل خالی است"
    assert box.icon() == QMessageBox.Icon.Warning and box.textFormat() == Qt.TextFormat.PlainText
    box.close()


# --- the window ----------------------------------------------------------------------------------


def test_a_failed_export_is_shown_in_persian_with_the_path_isolated(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    blocker = tmp_path / "گزارش.txt"
    blocker.write_text("a file where the export wants a folder", encoding="utf-8")
    out = blocker / "team.jsonld"
    window.exchange.export("jsonld", out)
    def shown() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if w.objectName() == "expectedError" and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=20000)
    box = shown()[0]
    text = box.text()
    # The folder the export was to go into is a file: said so, and nothing is created.
    assert text == (f"{isolated(str(out))} نوشته نمی‌شود: پوشهٔ {isolated(str(blocker))} وجود ندارد "
                    "(صدور، پوشه نمی‌سازد)؛ هیچ چیزی صادر نشد"), text
    box.close()


def test_the_import_summary_lists_failures_in_persian(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(dari_page(1), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.importer.start([folder])
    summary = window.importer.last_summary
    assert summary is not None and summary.isVisible()
    assert summary.detailedText() == f"{isolated('news/empty.txt')}: فایل خالی است"
    summary.close()


def test_search_and_find_bar_show_query_errors_in_persian(qtbot, make_window) -> None:
    window = make_window()
    too_deep = "(" * 9 + "کابل" + ")" * 9
    expected = f"پرانتزهای تودرتو بیش از حد است (حداکثر {isolated('۸')})"
    panel = window.finding.panel
    panel.query_edit.setText(too_deep)
    panel.run_search()
    assert panel.status_label.text() == expected
    window.finding.find_in_article(too_deep)
    assert window.reader.find_bar.count.text() == expected


# --- across processes ----------------------------------------------------------------------------


def test_an_error_raised_in_a_worker_process_arrives_whole() -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        with pytest.raises(BadInputError) as caught:
            pool.submit(decode_bytes, b"", "news/empty.txt").result()
    assert caught.value.template is not None and isinstance(caught.value.template, Message)
    assert (caught.value.template, caught.value.arguments) == (messages.FILE_EMPTY, ("news/empty.txt",))


def test_import_failures_from_the_worker_pool_render_in_persian(persian, db, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "PARALLEL_THRESHOLD", 4)  # the real spawned pool, for a few files
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_text(dari_page(n), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    damaged = bytearray(dari_page(9).encode("utf-8"))
    damaged[40] = 0xFF
    (folder / "damaged.txt").write_bytes(bytes(damaged))
    report = importer.import_paths(db, [folder], workers=2)
    assert len(report.imported) == 4
    failures = {failure.source: failure for failure in report.failed}
    assert set(failures) == {"news/empty.txt", "news/damaged.txt"}
    for failure in failures.values():
        assert type(failure) is ImportFailure and isinstance(failure.template, Message)
        assert pickle.loads(pickle.dumps(failure)) == failure
    assert failures["news/damaged.txt"].arguments == ("news/damaged.txt", 40)  # still a number
    assert message_for(failures["news/empty.txt"]) == f"{isolated('news/empty.txt')}: فایل خالی است"
    assert message_for(failures["news/damaged.txt"]) == (
        f"{isolated('news/damaged.txt')}: در بایت {isolated('۴۰')} بایت‌هایی هست که خوانده نمی‌شود (UTF-8 آسیب‌دیده)")

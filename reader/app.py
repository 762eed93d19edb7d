"""Composition root: the command line, or the app with its logging, translations, fonts,
settings, library and main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

CLI_COMMANDS = {"import", "articles", "annotations", "annotate", "search", "export", "merge", "desktop-entry"}
log = logging.getLogger("reader")


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    if "--self-test" in argv:
        from reader.self_test import run_self_test

        return run_self_test()
    if argv and (argv[0] in CLI_COMMANDS or argv[0] in {"-h", "--help", "--version"}):
        from reader import cli

        return cli.main(argv)
    return run_gui(argv)


def _gui_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hashiya")
    parser.add_argument("--library", type=Path, help="library file to open")
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)  # an INI file: tests, benchmarks
    args, _qt_args = parser.parse_known_args(argv)
    return args


def setup_logging() -> Path:
    """One rotating log file in the user data folder; returns its path."""
    from reader.services.locations import user_data_dir

    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hashiya.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _visible_window():
    from PySide6.QtWidgets import QApplication

    window = QApplication.activeWindow()
    return window if window is not None and window.isVisible() else None


def install_excepthook(log_path: Path) -> None:
    """Unexpected exceptions are logged, and the user is told where the details are."""

    def hook(kind, value, tb) -> None:
        log.critical("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "Unexpected error"),
                          QApplication.translate("App", "Something went wrong: %1\n\nThe details were written to %2")
                          .replace("%1", str(value) or kind.__name__)
                          .replace("%2", str(log_path)),
                          QMessageBox.StandardButton.Close, _visible_window())
        box.setObjectName("unexpectedError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): an error inside a nested event loop must not stack modal loops

    from PySide6.QtCore import Qt

    sys.excepthook = hook


def create_application(argv: Sequence[str], language: str):
    """The QApplication with our fonts, translations and layout direction."""
    from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
    from PySide6.QtGui import QFont, QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    from reader.services.desktop_entry import DESKTOP_FILE_NAME
    from reader.services.locations import resource_path, translations_path
    from reader.gui.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    if app.property("hashiya_language") == language:
        return app  # already set up (tests and benchmarks build several windows in one process)
    app.setProperty("hashiya_language", language)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # Wayland matches the window to hashiya.desktop
    app.setWindowIcon(QIcon(str(resource_path("icons", "hashiya.svg"))))
    app.setStyle("Fusion")
    import fontpkg_noto_sans_arabic

    for font_file in sorted((fontpkg_noto_sans_arabic.ROOT / "files").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    ui_font = QFont(fontpkg_noto_sans_arabic.FAMILY, 10)
    app.setFont(ui_font)
    locale = QLocale(QLocale.Language.Persian, QLocale.Country.Afghanistan) if language == "fa" else QLocale(QLocale.Language.English)
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    for folder, name in ((translations_path(), "hashiya"), (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase")):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight)
    return app


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


def create_main_window(library_path: Path | None = None, settings_path: Path | None = None):
    """Everything `python main.py` shows, built but not yet shown (tests and benchmarks use this)."""
    from reader.core import lexicon
    from reader.gui.main_window import MainWindow
    from reader.gui.settings import Preferences, SessionState, open_settings
    from reader.gui.theme import apply_theme
    from reader.services.library import Library
    from reader.services.locations import default_library_path, sample_collection_path, user_cache_dir

    qsettings = open_settings(str(settings_path) if settings_path else None)
    preferences, session = Preferences(qsettings), SessionState(qsettings)
    app = create_application([], preferences.language)
    apply_theme(app, preferences.theme)
    first_start = not session.library_path
    path = library_path or (Path(session.library_path) if session.library_path else default_library_path())
    lexicon.use_cache_dir(user_cache_dir())
    library = Library(path)
    if not library.search_index_status().complete:
        reindex_with_progress(path)
    session.library_path = str(path)
    if first_start and library.article_count() == 0:
        # First start: a library with something real to read and annotate.
        library.import_paths([sample_collection_path()])
    window = MainWindow(library, preferences, session)
    return app, window


def run_gui(argv: list[str]) -> int:
    args = _gui_arguments(argv)
    log_path = setup_logging()
    install_excepthook(log_path)
    from reader.core.errors import HashiyaError

    try:
        app, window = create_main_window(args.library, args.settings)
    except HashiyaError as exc:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication([sys.argv[0]])  # a message box needs an application
        QMessageBox.critical(None, app.translate("App", "Hashiya"), str(exc))
        return 1
    window.show()
    window.open_initial_article()
    return app.exec()

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

CLI_COMMANDS = {"import", "articles", "annotations", "annotate", "search", "export", "merge", "agreement", "suggest",
                "team", "desktop-entry"}
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
    from reader.services.locations import log_file_path

    path = log_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
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


_library_path: Path | None = None  # the window's library, for explaining SQLite's own failures


def install_excepthook() -> None:
    """An exception nobody caught: an expected one (HashiyaError) is shown translated; anything else
    is logged, and the user is told where the details are. Never a traceback on screen."""

    def hook(kind, value, tb) -> None:
        from reader.core.errors import HashiyaError
        from reader.services.library import explain_failure

        if not isinstance(value, HashiyaError) and _library_path is not None:
            value = explain_failure(value, _library_path) or value  # SQLite's failures, told plainly
        expected = isinstance(value, HashiyaError)
        if expected:
            log.warning("refused: %s", value)
        else:
            log.critical("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        from reader.gui.errors import show_error

        title = QApplication.translate("App", "Hashiya") if expected else QApplication.translate("App", "Unexpected error")
        box = show_error(_visible_window(), title, value, unexpected=not expected)
        from PySide6.QtCore import Qt

        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

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


def create_main_window(library_path: Path | None = None, settings_path: Path | None = None):
    """Everything `python main.py` shows, built but not yet shown (tests and benchmarks use this)."""
    from reader.gui.main_window import MainWindow
    from reader.gui.settings import Preferences, SessionState, open_settings
    from reader.gui.theme import apply_theme
    from reader.services.library import Library
    from reader.services.locations import default_library_path, sample_collection_path

    qsettings = open_settings(str(settings_path) if settings_path else None)
    preferences, session = Preferences(qsettings), SessionState(qsettings)
    app = create_application([], preferences.language)
    apply_theme(app, preferences.theme)
    first_start = not session.library_path
    path = library_path or (Path(session.library_path) if session.library_path else default_library_path())
    library = Library(path)
    global _library_path
    _library_path = library.path
    session.library_path = str(path)
    if first_start and library.article_count() == 0:
        # First start: a library with something real to read and annotate.
        library.import_paths([sample_collection_path()])
    window = MainWindow(library, preferences, session)
    return app, window


def run_gui(argv: list[str]) -> int:
    args = _gui_arguments(argv)
    setup_logging()
    install_excepthook()
    from reader.core.errors import HashiyaError

    try:
        app, window = create_main_window(args.library, args.settings)
    except HashiyaError as exc:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from reader.gui.errors import message_for

        app = QApplication.instance() or QApplication([sys.argv[0]])  # a message box needs an application
        QMessageBox.critical(None, app.translate("App", "Hashiya"), message_for(exc))
        return 1
    window.show()
    window.open_initial_article()
    return app.exec()

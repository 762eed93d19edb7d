"""Composition root: the command line, or the app with its logging, translations, fonts,
settings, library and main window."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

CLI_COMMANDS = {"import", "articles", "annotations", "annotate", "search", "export", "merge", "agreement", "suggest", "report",
                "collections", "collection", "article", "outlets", "export-article", "team",
                "desktop-entry"}
log = logging.getLogger("reader")


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    if "--self-test" in argv:
        from reader.self_test import run_self_test

        return run_self_test()
    if argv and (argv[0] in CLI_COMMANDS or argv[0] in {"-h", "--help", "--version"} or not argv[0].startswith("-")):
        # A word that is not a command (a typo) is the command line's to refuse, never the window's.
        from reader import cli

        return cli.main(argv)
    return run_gui(argv)


def _gui_arguments(argv: list[str]) -> argparse.Namespace:
    """The window's options, strictly: anything else is a usage error (exit 2), not a window."""
    parser = argparse.ArgumentParser(prog="hashiya", description="Without a command, the reading window opens.")
    parser.add_argument("--library", type=Path, metavar="FILE",
                        help="the library for this run only (the remembered one stays as it is)")
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)  # an INI file: tests, benchmarks
    return parser.parse_args(argv)


def setup_logging() -> Path:
    """One rotating log file in the user data folder; returns its path."""
    from reader.services.locations import log_file_path
    from reader.services.log_file import open_log

    path = log_file_path()
    root = logging.getLogger()
    root.addHandler(open_log(path))
    root.setLevel(logging.INFO)
    return path


def _visible_window():
    from PySide6.QtWidgets import QApplication

    window = QApplication.activeWindow()
    return window if window is not None and window.isVisible() else None


def _open_library_path() -> Path | None:
    """The library of the main window, for explaining SQLite's own failures."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets() if QApplication.instance() is not None else ():
        library = getattr(widget, "library", None) if widget.objectName() == "mainWindow" else None
        if library is not None:
            return library.path
    return None


def install_excepthook() -> None:
    """An exception nobody caught: an expected one (HashiyaError) is shown translated; anything else
    is logged, and the user is told where the details are. Never a traceback on screen."""

    def hook(kind, value, tb) -> None:
        from reader.core.errors import HashiyaError
        from reader.services.library import explain_failure

        path = _open_library_path() if not isinstance(value, HashiyaError) else None
        if path is not None:
            value = explain_failure(value, path) or value  # SQLite's failures, told plainly
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
    from PySide6.QtGui import QFont, QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    from reader.gui.language import install_language
    from reader.services.locations import resource_path
    from reader.services.user_settings import APPLICATION, DESKTOP_FILE_NAME, ORGANIZATION

    app = QApplication.instance()
    if app is None:
        # Fusion on every platform. Named on the command line, Qt makes the style without handing it
        # to Python, which would build QStyle's dozen enums (4–5 ms of the first paint).
        app = QApplication([sys.argv[0], "-style", "Fusion", *argv])
    elif app.property("hashiya_language") == language:
        return app  # already set up (tests and benchmarks build several windows in one process)
    else:
        app.setStyle("Fusion")
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # Wayland matches the window to hashiya.desktop
    app.setWindowIcon(QIcon(str(resource_path("icons", "hashiya.svg"))))
    import fontpkg_noto_sans_arabic

    for font_file in sorted((fontpkg_noto_sans_arabic.ROOT / "files").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    ui_font = QFont(fontpkg_noto_sans_arabic.FAMILY, 10)
    app.setFont(ui_font)
    install_language(app, language)
    return app


def create_host(library_path: Path | None = None, settings_path: Path | None = None):
    """The application and the window host with its window built over the library for this run
    (`--library`, else $HASHIYA_LIBRARY, else the one last opened from the menu, else the default)."""
    # The Qt-free layers the window reads through, loaded before PySide6 so that its import hook need
    # not read their sources (reader/gui/import_scan.py: 10 ms of the first paint).
    from reader.core import date_format, display, lexicon, margin_layout, untrusted, words  # noqa: F401
    from reader.services import annotations, article_listing, article_notes, search_index  # noqa: F401
    from reader.services.library import Library
    from reader.gui.import_scan import spare_loaded_modules

    spare_loaded_modules()
    from reader.gui.reindex import reindex_with_progress
    from reader.gui.settings import Preferences, SessionState, open_settings
    from reader.gui.theme import apply_theme
    from reader.gui.window_host import WindowHost
    from reader.services.locations import default_library_path, library_for_run, sample_collection_path, user_cache_dir

    qsettings = open_settings(str(settings_path) if settings_path else None)
    preferences, session = Preferences(qsettings), SessionState(qsettings)
    app = create_application([], preferences.language)
    apply_theme(app, preferences.theme)
    path = library_for_run(library_path, session.library_path)
    new = not path.exists()
    lexicon.use_cache_dir(user_cache_dir())
    library = Library(path)
    if not library.search_index_complete():
        reindex_with_progress(path)
    first_start = not session.first_start_done and not session.library_path  # (an older Hashiya kept only the path)
    session.first_start_done = True
    host = WindowHost(library, preferences, session)
    if new and (first_start or path == default_library_path()):
        # A first start, or the per-user library made afresh: something real to read and annotate.
        host.window.import_sample_when_painted(sample_collection_path())
    return app, host


def create_main_window(library_path: Path | None = None, settings_path: Path | None = None):
    """Everything `python main.py` shows, built but not yet shown (tests and benchmarks use this)."""
    app, host = create_host(library_path, settings_path)
    return app, host.window


def pause_collection() -> None:
    """No cyclic garbage collection until the window is first painted (`collect_after_first_paint`):
    a start makes some 40,000 tracked objects that nearly all live on, and the collector's 70 or so
    passes over them cost 5–15 ms of the first paint. Reference counting frees the rest as usual."""
    gc.disable()


def collect_after_first_paint(window, at_the_latest_ms: int = 3000) -> None:
    """The collector back on once `window`'s reading pane has been painted, or `at_the_latest_ms`
    from now where it is not (a window started minimised or on another desktop waits for its paint)."""
    from PySide6.QtCore import QTimer

    from reader.gui.first_paint import after_first_paint

    after_first_paint(window.reader.text_view.viewport(), gc.enable)
    QTimer.singleShot(at_the_latest_ms, gc.enable)


def run_gui(argv: list[str]) -> int:
    args = _gui_arguments(argv)
    pause_collection()
    setup_logging()
    install_excepthook()
    from reader.core.errors import HashiyaError

    try:
        app, host = create_host(args.library, args.settings)
    except BaseException as exc:
        gc.enable()  # no window will be painted
        if not isinstance(exc, HashiyaError):
            raise
        from PySide6.QtWidgets import QApplication, QMessageBox

        from reader.gui.errors import message_for

        app = QApplication.instance() or QApplication([sys.argv[0]])  # a message box needs an application
        QMessageBox.critical(None, app.translate("App", "Hashiya"), message_for(exc))
        return 1
    host.window.show()
    host.window.open_initial_article()
    collect_after_first_paint(host.window)
    return app.exec()

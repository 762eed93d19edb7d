"""The interface language: translators, the default locale and the layout direction, installed on
the application at start and again when the user picks another language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from reader.services.locations import translations_path

# The translators installed by `install_language`, to be replaced by the next language's. (Asking the
# application for its QTranslator children would make Python wrappers for all of them, its style
# among them, whose enums take 4 ms to build.)
_installed: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> None:
    """Our translation and Qt's own (dialog buttons, file dialogs) for `language`, which also sets
    the direction every widget made from now on is laid out in."""
    locale = QLocale(QLocale.Language.Persian, QLocale.Country.Afghanistan) if language == "fa" else QLocale(QLocale.Language.English)
    QLocale.setDefault(locale)
    while _installed:
        old = _installed.pop()
        if isValid(old):  # (unless someone else deleted it: tests reset the application's translators)
            app.removeTranslator(old)
            old.deleteLater()
    for folder, name in ((translations_path(), "hashiya"), (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase")):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight)
    app.setProperty("hashiya_language", language)

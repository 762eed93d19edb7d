"""Expected errors as the user reads them: translated, with each argument's direction isolated.

`reader.core.errors.HashiyaError` carries a catalogue template (English) and its arguments; here the
template goes through Qt Linguist (context "Errors") and every argument is wrapped in FIRST STRONG
ISOLATE … POP DIRECTIONAL ISOLATE, so a path or a Latin name inside a Persian sentence stays whole
and in order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.errors import HashiyaError
from reader.core.messages import CONTEXT

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """`text` as one directional unit inside a sentence of either direction."""
    return FSI + text + PDI


def message_for(error: BaseException) -> str:
    """The error's message in the interface language (its English text when it is not one of ours)."""
    if isinstance(error, HashiyaError):
        return error.render(lambda template: QCoreApplication.translate(CONTEXT, template), isolate)
    return str(error) or type(error).__name__


def show_error(parent: QWidget | None, title: str, error: BaseException, unexpected: bool = False) -> QMessageBox:
    """A window-modal message box with the error (not blocking: a nested event loop must not stack)."""
    text = message_for(error)
    if unexpected:
        from reader.services.locations import log_file_path

        text = QCoreApplication.translate("App", "Something went wrong: %1\n\nThe details were written to %2") \
            .replace("%1", text).replace("%2", isolate(str(log_file_path())))
    box = QMessageBox(QMessageBox.Icon.Critical if unexpected else QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("unexpectedError" if unexpected else "expectedError")
    box.open()
    return box

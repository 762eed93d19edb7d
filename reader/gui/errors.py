"""Expected errors as the window shows them: in the interface language, arguments kept whole.

`message_for` renders a `HashiyaError` (or a `Notice`: an import's failed file, a merge's skipped
annotation) from its catalogue template (reader/core/messages.py), translated in the "Errors"
context. Each argument is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so a path,
a Latin file name or a number inside a Persian sentence keeps its own direction and does not drag
the punctuation around it; whole numbers are written with the interface's digits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core import messages
from reader.core.errors import Explained, HashiyaError, render
from reader.core.untrusted import neutralise_bidi

FSI = "\u2068"  # FIRST STRONG ISOLATE: the argument takes the direction of its first strong letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE


def isolate(text: str) -> str:
    """`text` as one unit in the sentence around it, laid out in its own direction. A name or a
    note from someone's file could hold an override or a stray PDI that would end the isolate
    early: those are shown, not obeyed (`neutralise_bidi`)."""
    return FSI + neutralise_bidi(text) + PDI


def translate(template: str) -> str:
    """A catalogue template in the interface language (the English template when untranslated)."""
    return QCoreApplication.translate(messages.CONTEXT, template)


def message_for(error: BaseException | Explained) -> str:
    """What the user reads about `error`: an expected error's (or a Notice's) message in the
    interface language, arguments isolated; any other exception's own text (a bug: the caller or
    the excepthook says so and where the log is)."""
    if isinstance(error, BaseException) and not isinstance(error, HashiyaError):
        return str(error) or type(error).__name__
    return render(error, translate, isolate, QLocale().toString)


def show_error(parent: QWidget | None, title: str, error: BaseException | Explained,
               unexpected: bool = False) -> QMessageBox:
    """A box about `error`, opened without blocking (no nested event loop); returned so the caller can
    keep it or name it. `unexpected` (a bug): also where the details were logged."""
    text = message_for(error)
    if unexpected:
        from reader.services.locations import log_file_path

        text = QCoreApplication.translate("App", "Something went wrong: %1\n\nThe details were written to %2") \
            .replace("%1", text).replace("%2", isolate(str(log_file_path())))
    box = QMessageBox(QMessageBox.Icon.Critical if unexpected else QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("unexpectedError" if unexpected else "expectedError")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name such as "<b>.txt" is shown as it is
    box.open()
    return box

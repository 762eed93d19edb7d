"""The catalogue of every message an expected error carries (English, with %1 … %9 placeholders).

One catalogue for the command line and the window: `HashiyaError(template, *arguments)` takes a
template from here, `str(error)` is the English text, and the window shows the Persian (or English)
translation from translations/hashiya_*.ts, context "Errors". Qt Linguist finds the templates by the
name QT_TRANSLATE_NOOP, so each is written as such a call (this module does not import Qt).

Arguments are filled in after translation, in one place (`reader.core.errors.fill`); the window
isolates each argument's direction, so a path or a Latin name inside a Persian sentence stays whole.
"""

from __future__ import annotations

from reader.core.errors import Message

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 - the name Qt Linguist looks for
    """Mark `text` as a catalogue template (Qt Linguist extracts it into the .ts files)."""
    assert context == CONTEXT, "every error template lives in the one context"
    return Message(text)


# Library files -------------------------------------------------------------------------------------
NOT_A_LIBRARY = QT_TRANSLATE_NOOP("Errors", "%1 is not a Hashiya library (%2); it was left untouched")
NOT_A_LIBRARY_FOREIGN = QT_TRANSLATE_NOOP(
    "Errors", "%1 is not a Hashiya library (it is another program's database); it was left untouched")
LIBRARY_IS_A_FOLDER = QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a library file")
LIBRARY_MISSING = QT_TRANSLATE_NOOP("Errors", "There is no library at %1")
LIBRARY_CANNOT_CREATE = QT_TRANSLATE_NOOP("Errors", "Cannot create a library at %1 (%2)")
LIBRARY_BUSY = QT_TRANSLATE_NOOP(
    "Errors", "Another program is writing to the library %1 and did not finish within a minute; nothing was "
    "changed. Close the other Hashiya window or command that uses it, then try again")
LIBRARY_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk holding the library %1 is full: nothing of this change was written. Free some space, "
    "then try again")
LIBRARY_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "The library %1 is read-only: you can read and search it, but not change it. To work in it, "
    "copy it to a folder you can write to")
LIBRARY_READ_ONLY_OLDER = QT_TRANSLATE_NOOP(
    "Errors", "The library %1 is read-only and was made by an older Hashiya, which this version must update "
    "before reading it. Copy it to a folder you can write to and open the copy")
LIBRARY_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "The library %1 is damaged (%2). Hashiya will not write into it, so it gets no worse. Restore "
    "your last copy of the file, or save what it still holds with: sqlite3 OLD.sqlite \".recover\" | "
    "sqlite3 NEW.sqlite, then open NEW.sqlite")
LIBRARY_IO_ERROR = QT_TRANSLATE_NOOP("Errors", "The library %1 could not be read or written (%2)")
NEWER_LIBRARY = QT_TRANSLATE_NOOP(
    "Errors", "%1 was made by a newer Hashiya (schema %2; this version knows %3): please update Hashiya")

# Names the user gave ---------------------------------------------------------------------------------
NO_SUCH_COLLECTION = QT_TRANSLATE_NOOP("Errors", "There is no collection named «%1»")
NO_SUCH_ARTICLE = QT_TRANSLATE_NOOP("Errors", "There is no article with id %1")
NO_SUCH_TAG = QT_TRANSLATE_NOOP("Errors", "There is no tag named «%1»")
QUOTE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The quote does not occur in article %1")
QUOTE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Errors", "The quote occurs %1 times in article %2; choose one with --occurrence N")
OCCURRENCE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "--occurrence must be between 1 and %1")

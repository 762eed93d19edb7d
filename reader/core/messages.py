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

# Looking after collections and articles --------------------------------------------------------------
COLLECTION_NAME_EMPTY = QT_TRANSLATE_NOOP("Errors", "A collection needs a name")
COLLECTION_EXISTS = QT_TRANSLATE_NOOP(
    "Errors", "There is already a collection named «%1» (to put the two together, merge them)")
COLLECTION_GONE = QT_TRANSLATE_NOOP("Errors", "That collection is no longer in the library")
COLLECTION_NAME_TAKEN_AGAIN = QT_TRANSLATE_NOOP(
    "Errors", "The collection «%1» cannot come back: another collection has that name now")
MERGE_INTO_ITSELF = QT_TRANSLATE_NOOP("Errors", "A collection cannot be merged into itself")
SAME_FILE_IN_COLLECTION = QT_TRANSLATE_NOOP(
    "Errors", "«%1» cannot go into «%2»: that collection already holds an article from the same file (%3)")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Errors", "«%1» is not a date; write it as 2024-11-24 (ISO 8601, a time may follow: 2024-11-24T09:30+04:30) "
    "or as a dated line such as «۴ قوس ۱۴۰۳»")
NOTHING_TO_EDIT = QT_TRANSLATE_NOOP("Errors", "Say what to change: --date, --outlet or --collection")

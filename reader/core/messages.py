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

# Suggested claims and denials -------------------------------------------------------------------
NO_ARTICLE = QT_TRANSLATE_NOOP("Errors", "there is no article with id %1")
NO_COLLECTION = QT_TRANSLATE_NOOP("Errors", "there is no collection named «%1»")
NO_TAG_ID = QT_TRANSLATE_NOOP("Errors", "there is no tag with id %1")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Errors", "«%1» is not a suggestion role (expected one of: %2)")
BAD_CUE = QT_TRANSLATE_NOOP("Errors", "the cue «%1» of kind %2 does not fit the role %3")
SUGGESTION_STALE = QT_TRANSLATE_NOOP(
    "Errors", "the text of article %1 changed since this suggestion was made; suggest again")

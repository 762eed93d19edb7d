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

# Agreement and adjudication ------------------------------------------------------------------------
AGREEMENT_TOO_FEW_AUTHORS = QT_TRANSLATE_NOOP(
    "Errors", "agreement needs at least two authors to compare; %1 given")
AGREEMENT_UNKNOWN_AUTHOR = QT_TRANSLATE_NOOP("Errors", "no live annotations by an author named %1")
AGREEMENT_UNKNOWN_TAG = QT_TRANSLATE_NOOP("Errors", "no tag named %1")
AGREEMENT_UNKNOWN_COLLECTION = QT_TRANSLATE_NOOP("Errors", "no collection named %1")
CONSENSUS_WITHOUT_NAME = QT_TRANSLATE_NOOP("Errors", "the consensus author needs a name")
CONSENSUS_IS_A_CODER = QT_TRANSLATE_NOOP(
    "Errors", "%1 is one of the coders being compared; the consensus must be written under another name")
ADJUDICATED_ARTICLE_GONE = QT_TRANSLATE_NOOP("Errors", "article %1 no longer exists")
ADJUDICATED_SPAN_OUTSIDE = QT_TRANSLATE_NOOP("Errors", "the span %1–%2 is not inside article %3")
ADJUDICATED_SPAN_WITHOUT_TAGS = QT_TRANSLATE_NOOP("Errors", "the span %1–%2 carries no tag")
ADJUDICATED_TAG_GONE = QT_TRANSLATE_NOOP("Errors", "tag %1 no longer exists")

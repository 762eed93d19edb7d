"""The words an exported page adds to the article (headings, the legend), as Qt Linguist templates.

The page is written in the reader's language: the window translates these with its own translator,
the command line with the one for the article's language. This module does not import Qt; Qt
Linguist finds the texts by the name QT_TRANSLATE_NOOP (context "Export").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.core.digits import to_persian_digits
from reader.core.record import Record

CONTEXT = "Export"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt Linguist looks for
    assert context == CONTEXT
    return text


NOTES = QT_TRANSLATE_NOOP("Export", "Notes")
TAGS = QT_TRANSLATE_NOOP("Export", "Tags")
UNPLACED = QT_TRANSLATE_NOOP("Export", "Annotations whose passage is not in this version of the article")
NO_TAG = QT_TRANSLATE_NOOP("Export", "(no tag)")


class Labels(Record):
    """The page's own words, and how it writes numbers."""

    notes: str = NOTES
    tags: str = TAGS
    unplaced: str = UNPLACED
    no_tag: str = NO_TAG
    persian: bool = False  # Persian digits and comma

    def number(self, value: int) -> str:
        text = str(value)
        return to_persian_digits(text) if self.persian else text

    def join(self, names: Sequence[str]) -> str:
        return ("، " if self.persian else ", ").join(names)

    @classmethod
    def translated(cls, translate: Callable[[str], str], persian: bool) -> Labels:
        return cls(translate(NOTES), translate(TAGS), translate(UNPLACED), translate(NO_TAG), persian)


ENGLISH = Labels()

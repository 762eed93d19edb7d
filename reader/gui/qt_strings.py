"""Qt's own words that its Persian translation (qtbase_fa) lacks, translated in ours.

Qt 6 gave these labels a mnemonic (`&Look in:`), and qtbase_fa still knows them only without one,
so the file dialog came out half English. Qt asks every installed translator in turn, so the
Persian for these comes from hashiya_fa.ts, context as Qt names it. Qt Linguist finds the texts by
the name QT_TRANSLATE_NOOP; nothing here runs.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt Linguist looks for
    return text


QT_OWN_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&HTML:"),
)

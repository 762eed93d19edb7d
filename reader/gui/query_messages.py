"""The search language's error messages, translatable: `core` raises them in English.

Listed here so Qt Linguist extracts them; `tests/gui/test_query_messages.py` keeps this list equal
to `reader.core.search_query.MESSAGES`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "QueryError"

MESSAGES = (
    QT_TRANSLATE_NOOP("QueryError", 'Unbalanced quotation mark: close the phrase with another "'),
    QT_TRANSLATE_NOOP("QueryError", "Unbalanced parenthesis: a '(' is never closed"),
    QT_TRANSLATE_NOOP("QueryError", "Unbalanced parenthesis: a ')' has no matching '('"),
    QT_TRANSLATE_NOOP("QueryError", 'OR needs a word on each side'),
    QT_TRANSLATE_NOOP("QueryError", '"*" must follow at least two letters, as in دانش*'),
    QT_TRANSLATE_NOOP("QueryError", '"*" can only end a word, as in دانش*'),
    QT_TRANSLATE_NOOP("QueryError", 'NEAR(...) holds words or quoted phrases and an optional distance, as in NEAR(کابل هرات, 10)'),
    QT_TRANSLATE_NOOP("QueryError", 'The quotation marks hold no word to search for'),
    QT_TRANSLATE_NOOP("QueryError", 'AND needs a word on each side'),
    QT_TRANSLATE_NOOP("QueryError", 'NOT needs a word after it'),
    QT_TRANSLATE_NOOP("QueryError", '"-" needs a word after it'),
    QT_TRANSLATE_NOOP("QueryError", 'There is nothing to search for'),
    QT_TRANSLATE_NOOP("QueryError", 'A search cannot consist only of excluded words (NOT or -): add a word to search for'),
    QT_TRANSLATE_NOOP("QueryError", 'Empty parentheses: put a word inside them'),
    QT_TRANSLATE_NOOP("QueryError", 'NEAR needs at least two words, as in NEAR(کابل هرات, 10)'),
    QT_TRANSLATE_NOOP("QueryError", 'Type a word to search for'),
    QT_TRANSLATE_NOOP("QueryError", 'The search has no letters or digits to look for'),
    QT_TRANSLATE_NOOP("QueryError", 'Too many nested parentheses (at most 8)'),
    QT_TRANSLATE_NOOP("QueryError", 'This search cannot be run; try fewer or simpler words'),
    QT_TRANSLATE_NOOP("QueryError", 'The NEAR distance must be a whole number up to 100000, as in NEAR(کابل هرات, 10)'),
)


def translated(error: Exception) -> str:
    """The message of a QueryError in the interface language (as is, when not one of ours)."""
    return QCoreApplication.translate(CONTEXT, str(error))

"""How long the short texts a user or a colleague's file gives may be: tag names, authors, notes.

Checked where they come in (typing a tag, `annotate`, a merge); what is stored is never cut or
rewritten. A tag name is one line (it is a button label and a column of tab-separated output):
no line breaks, tabs or other control characters.
"""

from __future__ import annotations

import enum
import re

MAX_TAG_NAME = 100       # characters; the longest tag in the sample set has 20
MAX_AUTHOR = 200         # characters
MAX_NOTE = 100_000       # characters: some 50 pages of memo on one passage

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class Problem(enum.Enum):
    EMPTY = "empty"
    TOO_LONG = "too long"
    CONTROL = "control character"


def tag_name_problem(name: str) -> Problem | None:
    """What is wrong with `name` (already stripped) as a tag name, or None."""
    if not name:
        return Problem.EMPTY
    if len(name) > MAX_TAG_NAME:
        return Problem.TOO_LONG
    if _CONTROL.search(name):
        return Problem.CONTROL
    return None

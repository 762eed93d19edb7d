"""The text Qt displays for an article, and the one place positions cross over to it.

Annotations point into the article string by code point. Qt counts UTF-16 code units, and
in right-to-left articles we also hand it extra characters: directional isolates around
left-to-right runs, because the plain bidi algorithm turns `USA-SECURITY/` into
`/USA-SECURITY` and a phone number `+93 700 000 000` into `000 000 700 93+`. Every
conversion between the two coordinate systems goes through DisplayText so the rules for
isolate boundaries and surrogate pairs live in exactly one module.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import field

from reader.core.record import Record

LRI = "\u2066"
PDI = "\u2069"

# Latin letters (ASCII, Latin-1, Extended-A/B, Extended Additional) and ASCII digits only:
# Persian and Arabic-Indic digits are right-to-left material and must stay outside runs.
_WORD = r"[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"
# U+2019 is here next to the ASCII apostrophe because news copy writes "Taliban’s" with it,
# and splitting the word at it would show the two halves in swapped order.
_NEUTRAL = r"[-_/.:,'\u2019&%+#@()]"
# A run is `(?:[+#@](?=[A-Za-z0-9]))?{_WORD}+(?:(?:{_NEUTRAL}| (?! ))+{_WORD}+)*[/%]?`: an optional
# +, # or @ before a Latin letter or digit, words joined by neutral characters or single spaces (a
# double space is a visual break, not part of a name or number), and a closing / or %. It is written
# to begin with a character class, so that the regex engine skips from one Latin character to the
# next instead of trying the pattern at every Persian letter (60,000 characters: 0.4 ms, not 2.9).
# Word chunks and gap characters are disjoint classes, so the pattern cannot backtrack badly.
_RUN = re.compile(
    rf"[+#@A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"
    rf"(?:(?<=[+#@])(?=[A-Za-z0-9]){_WORD}+|(?<![+#@]){_WORD}*)"
    rf"(?:(?:{_NEUTRAL}| (?! ))+{_WORD}+)*[/%]?"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

# Order of extra display units that share a source key (see _index): a PDI closing a run
# that ends at k-1 precedes the astral character at k-1, which precedes an LRI opening at k.
_PDI_RANK, _ASTRAL_RANK, _LRI_RANK = 0, 1, 2


def utf16_len(s: str) -> int:
    """Length of s in UTF-16 code units, the unit Qt positions count in."""
    return len(s.encode("utf-16-le")) // 2


class DisplayText(Record):
    """An article string and the text Qt shows for it, with conversions between them.

    Made by build_display_text. The indexes are derived once, at construction, so that
    each conversion is a binary search.
    """

    source: str
    text: str
    _runs: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # Source offsets o at which one more extra display unit lies before to_display(o).
    _source_keys: tuple[int, ...] = field(init=False, repr=False, compare=False)
    # Display positions p from which one more extra unit lies before p, for to_source.
    _display_thresholds: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys, thresholds = _index(self.source, self._runs)
        # Frozen, so the derived indexes are set the way dataclasses itself sets fields.
        object.__setattr__(self, "_source_keys", keys)
        object.__setattr__(self, "_display_thresholds", thresholds)

    @property
    def isolated_runs(self) -> tuple[tuple[int, int], ...]:
        return self._runs

    def to_display(self, offset: int) -> int:
        """Code-point offset in source -> UTF-16 position in text.

        A run's start lands just after its LRI and its end just before its PDI, so an
        annotation covering exactly the run covers only its visible characters.
        """
        if not 0 <= offset <= len(self.source):
            raise ValueError(f"source offset {offset} outside 0..{len(self.source)}")
        return offset + bisect_right(self._source_keys, offset)

    def to_source(self, position: int) -> int:
        """UTF-16 position in text -> code-point offset in source.

        Positions beside an isolate snap to the adjacent source offset; a position inside a
        surrogate pair rounds down to the start of that character.
        """
        length = len(self.source) + len(self._source_keys)
        if not 0 <= position <= length:
            raise ValueError(f"display position {position} outside 0..{length}")
        return position - bisect_right(self._display_thresholds, position)

    def span_to_display(self, start: int, end: int) -> tuple[int, int]:
        """Source span -> display span; the order is normalized like span_to_source's."""
        if end < start:
            start, end = end, start
        return self.to_display(start), self.to_display(end)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Display span -> source span with start <= end; Qt reports backward selections reversed."""
        if end < start:
            start, end = end, start
        return self.to_source(start), self.to_source(end)


def build_display_text(source: str, direction: str) -> DisplayText:
    """Prepare source for display; direction is the article's, "rtl" or "ltr"."""
    if direction == "rtl":
        runs = _find_runs(source)
    elif direction == "ltr":
        # A left-to-right paragraph already lays out Latin runs correctly.
        runs = ()
    else:
        raise ValueError(f"direction must be 'rtl' or 'ltr', not {direction!r}")
    pieces: list[str] = []
    previous = 0
    for start, end in runs:
        pieces += (source[previous:start], LRI, source[start:end], PDI)
        previous = end
    pieces.append(source[previous:])
    return DisplayText(source=source, text="".join(pieces), _runs=runs)


def _find_runs(source: str) -> tuple[tuple[int, int], ...]:
    runs: list[tuple[int, int]] = []
    for match in _RUN.finditer(source):
        start, end = match.span()
        # A closing bracket left outside its run is resolved right-to-left and drawn
        # mirrored on the wrong side ("Reuters (UK" + ")" shows as "(Reuters (UK"), so an
        # unbalanced bracket pulls its partner in from directly beside the run.
        opened = source.count("(", start, end) - source.count(")", start, end)
        while opened > 0 and end < len(source) and source[end] == ")":
            end += 1
            opened -= 1
        while opened < 0 and start > 0 and source[start - 1] == "(":
            start -= 1
            opened += 1
        if runs and runs[-1][1] >= start:
            # Touching runs would give one offset two display positions; keep one isolate.
            start = runs.pop()[0]
        runs.append((start, end))
    return tuple(runs)


def _index(
    source: str, runs: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sorted source keys and display thresholds of every extra display unit.

    Extra units are isolates and the second half of each surrogate pair. An LRI at run
    start s is before to_display(o) for o >= s; a PDI at run end e only for o > e; the low
    surrogate of an astral character at a only for o > a.
    """
    events: list[tuple[int, int, int]] = [
        (match.start() + 1, _ASTRAL_RANK, match.start()) for match in _ASTRAL.finditer(source)
    ]
    for start, end in runs:
        events.append((start, _LRI_RANK, start))
        events.append((end + 1, _PDI_RANK, end))
    events.sort()
    keys: list[int] = []
    thresholds: list[int] = []
    for extras_before, (key, _rank, offset) in enumerate(events):
        keys.append(key)
        # The unit starting at display position offset + extras_before is an isolate or an
        # astral character; positions from one past its start count it as extra, which
        # snaps positions after an isolate and inside a surrogate pair downward.
        thresholds.append(offset + extras_before + 1)
    return tuple(keys), tuple(thresholds)

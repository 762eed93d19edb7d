"""Where a REFI-QDA selection really is: trust the standard's positions, then verify them.

The standard counts positions in Unicode code points of the plain text, end exclusive; a
byte-order mark is an encoding mark, not text, and a CR LF is two characters. Writers differ
(docs/INTEROP.md keeps the list): QualCoder counts UTF-16 units (an emoji is two, a flag four)
and leaves its BOM out; a writer that reads the file back with the BOM counts it; one that
counted the text before adding CR LF line ends (QualCoder's "MAXQDA line endings") counts each
as one. A `Convention` is one choice on each of those three axes.

A file says what each selection holds when its writer fills `PlainTextSelection/@name` with the
selected text (QualCoder does). So every convention is tried on every selection of the file, and
the one under which the names agree is taken — the standard whenever it agrees. Without usable
names, the quote's neighbourhood decides: coders select words, so the convention whose spans
start and end on word boundaries clearly more often than the standard's wins; otherwise the
standard stands. A selection that the chosen convention cannot place on the words its name
states is tried under the others, then left as an orphan for the user: never a highlight on
the wrong words, and never a refusal of the whole file.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence

from reader.core.exchange.source_text import SourceText
from reader.core.record import Record


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt Linguist looks for
    """Mark `text` for translation in `context` (the window translates it; the command line prints it)."""
    return text


class Convention(Record):
    """How a writer counted positions."""

    utf16: bool = False         # UTF-16 code units instead of code points
    bom_counted: bool = False   # a leading byte-order mark takes position 0
    crlf_as_one: bool = False   # a CR LF line end is one position

    @property
    def description(self) -> str:
        """What the convention is, in English (translated by the window, context "Positions")."""
        return _DESCRIPTIONS[self]


STANDARD = Convention()
QUALCODER = Convention(utf16=True)
# Preferred in this order when the evidence is even: the standard, then the conventions of known
# writers, then the rest.
CONVENTIONS = (
    STANDARD, QUALCODER, Convention(bom_counted=True), Convention(crlf_as_one=True),
    Convention(utf16=True, crlf_as_one=True), Convention(utf16=True, bom_counted=True),
    Convention(bom_counted=True, crlf_as_one=True), Convention(utf16=True, bom_counted=True, crlf_as_one=True),
)
_DESCRIPTIONS = {
    STANDARD: QT_TRANSLATE_NOOP("Positions", "code points, byte-order mark not counted (as the standard says)"),
    QUALCODER: QT_TRANSLATE_NOOP("Positions", "UTF-16 units, byte-order mark not counted"),
    CONVENTIONS[2]: QT_TRANSLATE_NOOP("Positions", "code points, byte-order mark counted"),
    CONVENTIONS[3]: QT_TRANSLATE_NOOP("Positions", "code points, CR LF counted as one"),
    CONVENTIONS[4]: QT_TRANSLATE_NOOP("Positions", "UTF-16 units, CR LF counted as one"),
    CONVENTIONS[5]: QT_TRANSLATE_NOOP("Positions", "UTF-16 units, byte-order mark counted"),
    CONVENTIONS[6]: QT_TRANSLATE_NOOP("Positions", "code points, byte-order mark counted, CR LF counted as one"),
    CONVENTIONS[7]: QT_TRANSLATE_NOOP("Positions", "UTF-16 units, byte-order mark counted, CR LF counted as one"),
}

# What the choice of convention rests on.
BY_NAMES = "names"                  # the selections' stated text
BY_NEIGHBOURHOOD = "neighbourhood"  # word boundaries around the spans
UNCHECKED = "unchecked"             # nothing to check against: the standard is trusted

# Where two readings differ, the neighbourhood must favour the other one by this many span ends
# (and by half of the differing selections' ends) before the standard is set aside: a coder may
# well select half a word.
_NEIGHBOURHOOD_MARGIN = 2
_ELLIPSES = ("…", "...")
_MIN_TRUNCATED = 8  # a name cut short ("first words…") must keep this many characters to count
_SPACE = re.compile(r"\s")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 units each
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class PositionMap:
    """A writer's positions in one source text, under one convention, as offsets into `text`."""

    def __init__(self, source: SourceText, convention: Convention) -> None:
        self.length = len(source.text)
        self.lead = 1 if source.has_bom and convention.bom_counted else 0
        wide: list[int] = []  # offsets of the characters that take two positions
        if convention.utf16:
            wide.extend(match.start() for match in _ASTRAL.finditer(source.text))
        self.line_ends = frozenset(() if convention.crlf_as_one else source.crlf)
        wide.extend(self.line_ends)
        self.wide = sorted(wide)
        # The writer's position of each wide character: its offset, the lead, one per wide one before.
        self.wide_positions = [self.lead + offset + count for count, offset in enumerate(self.wide)]

    def offset(self, position: int) -> int | None:
        """The offset of a writer's position; None when the position cannot be one (past the end,
        or between the two halves of a surrogate pair)."""
        if position <= self.lead:
            return 0 if position >= 0 else None
        before = bisect_left(self.wide_positions, position)  # wide characters starting before it
        if before and self.wide_positions[before - 1] + 1 == position:
            # Inside the wide character: between a CR and its LF is the line end; inside an
            # emoji is no place at all.
            inside = self.wide[before - 1]
            return inside if inside in self.line_ends else None
        offset = position - self.lead - before
        return offset if offset <= self.length else None


class RawSelection(Record):
    """A selection as the file states it."""

    start: int
    end: int
    name: str = ""   # the writer's name for it, often the selected text


class Placement(Record):
    start: int
    end: int
    placed: bool       # False: an orphan (start/end then hold the standard reading, clamped)
    adjusted: bool     # placed somewhere else than the standard reading says


class PositionReport(Record):
    """What reading one file's positions found."""

    file: str
    convention: Convention
    evidence: str       # BY_NAMES, BY_NEIGHBOURHOOD or UNCHECKED
    selections: int
    adjusted: int
    orphaned: int


def same_passage(stated: str, actual: str) -> bool:
    """Whether a selection's stated text names `actual`: equal but for the kind of each whitespace
    character, or its start when the name is cut with an ellipsis."""
    said, found = _folded(stated), _folded(actual)
    if said == found:
        return bool(found.strip())
    for ellipsis in _ELLIPSES:
        if said.endswith(ellipsis):
            cut = said[: -len(ellipsis)].rstrip()
            return len(cut) >= _MIN_TRUNCATED and found.startswith(cut)
    return False


def _folded(text: str) -> str:
    # Each whitespace character a space, one for one (XML writes line ends in attributes as spaces,
    # Qt as U+2029), a CR LF one space; without the code points XML cannot carry at all.
    text = _NOT_XML.sub("", unicodedata.normalize("NFC", text)).replace("\r\n", "\n")
    return _SPACE.sub(" ", text)


def _evidence(name: str) -> str:
    """The name when it can say anything about the selection (a blank one cannot)."""
    return name if _folded(name).strip() else ""


def _word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _neighbourhood(text: str, start: int, end: int) -> int:
    """How many ends of a span sit where a coder's selection would (0–2): a start right after a
    word, not inside one, and not on a space; an end likewise. A misread position falls inside a
    word or onto the space beside it."""
    good_start = start == 0 or (not _word_char(text[start - 1]) and not text[start].isspace())
    good_end = end == len(text) or (not _word_char(text[end]) and not text[end - 1].isspace())
    return good_start + good_end


class _Trial:
    """Every selection of a file read under one convention."""

    def __init__(self, convention: Convention, sources: Sequence[tuple[SourceText, Sequence[RawSelection]]],
                 maps: Sequence[PositionMap]) -> None:
        self.convention = convention
        self.spans: list[list[tuple[int, int] | None]] = []
        self.scores: list[int] = []  # per selection, in file order: its neighbourhood (unnamed ones)
        self.agree = self.disagree = self.invalid = 0
        for (source, selections), mapping in zip(sources, maps, strict=True):
            spans: list[tuple[int, int] | None] = []
            for selection in selections:
                span = _span(mapping, selection)
                spans.append(span)
                score = 0
                if span is None:
                    self.invalid += 1
                elif selection.name:
                    if same_passage(selection.name, source.text[span[0]:span[1]]):
                        self.agree += 1
                    else:
                        self.disagree += 1
                else:
                    score = _neighbourhood(source.text, *span)
                self.scores.append(score)
            self.spans.append(spans)

    def flat(self) -> list[tuple[int, int] | None]:
        return [span for spans in self.spans for span in spans]

    @property
    def confirmed(self) -> bool:
        """Every selection names its text, and this reading finds it there."""
        return bool(self.agree) and not self.disagree and not self.invalid


def _trials(sources: Sequence[tuple[SourceText, Sequence[RawSelection]]]) -> list[_Trial]:
    """The file read under each convention that reads it differently (a convention differs from
    another only where the file has what it counts: characters beyond U+FFFF, a BOM, CR LF);
    only the standard when the selections' names confirm it."""
    trials: list[_Trial] = []
    seen: set[tuple] = set()
    for convention in CONVENTIONS:
        maps = [PositionMap(source, convention) for source, _selections in sources]
        signature = tuple((mapping.lead, tuple(mapping.wide)) for mapping in maps)
        if signature in seen:
            continue
        seen.add(signature)
        trials.append(_Trial(convention, sources, maps))
        if trials[0].confirmed:
            break
    return trials


def _span(mapping: PositionMap, selection: RawSelection) -> tuple[int, int] | None:
    start, end = mapping.offset(selection.start), mapping.offset(selection.end)
    if start is None or end is None or start >= end:
        return None
    return start, end


def place(file: str, sources: Sequence[tuple[SourceText, Sequence[RawSelection]]]
          ) -> tuple[list[list[Placement]], PositionReport]:
    """Where every selection of each source goes, and the report for the file."""
    sources = [(source, [RawSelection(s.start, s.end, _evidence(s.name)) for s in selections])
               for source, selections in sources]
    trials = _trials(sources)
    if not any(trial.agree for trial in trials):
        # Names that agree under no convention are labels ("Quotation 3"), not the selected text.
        sources = [(source, [RawSelection(s.start, s.end) for s in selections]) for source, selections in sources]
        trials = _trials(sources)
    standard = trials[0]
    chosen, evidence = _choose(trials)
    placements: list[list[Placement]] = []
    adjusted = orphaned = count = 0
    for index, (source, selections) in enumerate(sources):
        row: list[Placement] = []
        for number, selection in enumerate(selections):
            count += 1
            span = _verified(trials, chosen, index, number, source, selection)
            reading = standard.spans[index][number]
            if span is None:
                orphaned += 1
                start = min(max(selection.start, 0), len(source.text))
                end = min(max(selection.end, start), len(source.text))
                row.append(Placement(*(reading or (start, end)), placed=False, adjusted=False))
                continue
            moved = span != reading
            adjusted += moved
            row.append(Placement(*span, placed=True, adjusted=moved))
        placements.append(row)
    return placements, PositionReport(file, chosen.convention, evidence, count, adjusted, orphaned)


def _choose(trials: list[_Trial]) -> tuple[_Trial, str]:
    standard = trials[0]
    if any(trial.agree for trial in trials):
        if standard.confirmed:
            return standard, BY_NAMES
        # Most names agreeing, then fewest positions impossible; ties go to the earlier convention.
        best = max(trials, key=lambda trial: (trial.agree, -trial.invalid, -trials.index(trial)))
        return best, BY_NAMES
    if not standard.scores:
        return standard, UNCHECKED
    # Compared only where the two readings differ: elsewhere they say the same.
    standard_spans = standard.flat()

    def lead(trial: _Trial) -> int:
        differing = [i for i, span in enumerate(trial.flat()) if span != standard_spans[i]]
        gain = sum(trial.scores[i] - standard.scores[i] for i in differing)
        return gain if gain >= max(_NEIGHBOURHOOD_MARGIN, len(differing)) else 0

    rivals = [(trial, lead(trial)) for trial in trials[1:]]
    rivals = [(trial, gain) for trial, gain in rivals
              if trial.invalid < standard.invalid or (trial.invalid == standard.invalid and gain)]
    if not rivals:
        return standard, BY_NEIGHBOURHOOD
    best = max(rivals, key=lambda rival: (-rival[0].invalid, rival[1], -trials.index(rival[0])))
    return best[0], BY_NEIGHBOURHOOD


def _verified(trials: list[_Trial], chosen: _Trial, index: int, number: int, source: SourceText,
              selection: RawSelection) -> tuple[int, int] | None:
    """The selection's span under the chosen convention, or under another one when only that one
    gives the words its name states; None when nothing can be trusted."""
    span = chosen.spans[index][number]
    if not selection.name:
        return span
    if span is not None and same_passage(selection.name, source.text[span[0]:span[1]]):
        return span
    for trial in trials:
        other = trial.spans[index][number]
        if other is not None and same_passage(selection.name, source.text[other[0]:other[1]]):
            return other
    return None


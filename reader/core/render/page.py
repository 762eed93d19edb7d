"""An article with its annotations, laid out as a page: blocks of runs, each run knowing which
highlights cover it, the notes numbered in reading order, and a legend of the tags used.

The one model behind every rendering of an annotated article (the HTML export, the PDF, and the
coded-passages report): writers walk it and never do offset arithmetic of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.core.article import PARAGRAPH_SEPARATOR
from reader.core.record import Record
from reader.core.records import AnnotationRecord, ArticleRecord, TagRecord

NO_TAG_COLOUR = "#999999"


class Run(Record):
    """A stretch of text covered by the same highlights."""

    text: str
    marks: tuple[int, ...] = ()
    """Numbers of the highlights covering it, outermost (earliest, then longest) first."""
    ends: tuple[int, ...] = ()
    """Numbers of the highlights that end with this run: their note reference follows it."""


class Block(Record):
    """The title or one paragraph; `notes` are the highlights that begin in it (the margin beside it)."""

    start: int
    runs: tuple[Run, ...]
    notes: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


class PageNote(Record):
    """One annotation as the page shows it: numbered when its passage is on the page."""

    number: int
    uuid: str
    quote: str
    tags: tuple[str, ...]
    colors: tuple[str, ...]
    note: str
    author: str
    placed: bool

    @property
    def color(self) -> str:
        """The colour its highlight is drawn in (its first tag's)."""
        return self.colors[0] if self.colors else NO_TAG_COLOUR


class LegendEntry(Record):
    name: str
    color: str
    count: int


class Page(Record):
    language: str
    direction: str
    title: Block
    paragraphs: tuple[Block, ...]
    notes: tuple[PageNote, ...]
    """Placed annotations numbered 1… in reading order, then the unplaced (their passage not found)."""
    legend: tuple[LegendEntry, ...]
    caption: tuple[str, ...] = ()
    """Dateline as written, the other calendar, outlet, source: each a piece of its own."""

    def note(self, number: int) -> PageNote:
        return self.notes[number - 1]

    @property
    def placed(self) -> tuple[PageNote, ...]:
        return tuple(n for n in self.notes if n.placed)

    @property
    def unplaced(self) -> tuple[PageNote, ...]:
        return tuple(n for n in self.notes if not n.placed)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return (self.title, *self.paragraphs)


def build_page(article: ArticleRecord, annotations: Sequence[AnnotationRecord], tags: Sequence[TagRecord],
               caption: Sequence[str] = ()) -> Page:
    """The page for `article` with `annotations` (live ones; any order) in their tags' colours."""
    by_id = {tag.id: tag for tag in tags}
    text = article.text
    live = [a for a in annotations if not a.deleted]
    placed = sorted((a for a in live if not a.orphan and 0 <= a.start < a.end <= len(text)),
                    key=lambda a: (a.start, -a.end, a.uuid))
    placed_ids = {a.uuid for a in placed}
    unplaced = sorted((a for a in live if a.uuid not in placed_ids), key=lambda a: (a.created, a.uuid))
    notes = tuple(_page_note(number, a, by_id, a.uuid in placed_ids)
                  for number, a in enumerate([*placed, *unplaced], start=1))
    spans = [(a.start, a.end, number) for number, a in enumerate(placed, start=1)]
    blocks = _blocks(text, spans)
    used = Counter(tag_id for a in live for tag_id in a.tag_ids if tag_id in by_id)
    legend = tuple(LegendEntry(by_id[t].name, by_id[t].color, used[t])
                   for t in sorted(used, key=lambda t: (by_id[t].position, by_id[t].name)))
    return Page(
        language=article.language or "fa",
        direction="ltr" if article.direction == "ltr" else "rtl",
        title=blocks[0],
        paragraphs=tuple(blocks[1:]),
        notes=notes,
        legend=legend,
        caption=tuple(part for part in caption if part),
    )


def _page_note(number: int, a: AnnotationRecord, tags: dict[int, TagRecord], placed: bool) -> PageNote:
    known = [tags[t] for t in a.tag_ids if t in tags]
    return PageNote(number, a.uuid, a.quote, tuple(t.name for t in known), tuple(t.color for t in known),
                    a.note, a.author, placed)


def _blocks(text: str, spans: list[tuple[int, int, int]]) -> list[Block]:
    """Cut the text at paragraph breaks, at every highlight boundary and where each note number goes
    (one sweep over the spans)."""
    refs_at: dict[int, list[int]] = {}
    for _, end, number in spans:
        refs_at.setdefault(_word_end(text, end), []).append(number)
    edges = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans), *refs_at})
    starts_at: dict[int, list[tuple[int, int, int]]] = {}
    for span in spans:
        starts_at.setdefault(span[0], []).append(span)
    ends_at: dict[int, list[int]] = {}
    for _, end, number in spans:
        ends_at.setdefault(end, []).append(number)
    active: list[tuple[int, int, int]] = []  # (start, -end, number): sorted, the outermost first
    pieces: list[tuple[int, int, tuple[int, ...]]] = []
    for left, right in zip(edges, edges[1:]):
        if left in ends_at:
            gone = set(ends_at[left])
            active = [a for a in active if a[2] not in gone]
        for start, end, number in starts_at.get(left, ()):
            active.append((start, -end, number))
        active.sort()
        pieces.append((left, right, tuple(a[2] for a in active)))
    blocks: list[Block] = []
    position = 0
    for paragraph in text.split(PARAGRAPH_SEPARATOR):
        end = position + len(paragraph)
        runs = []
        for left, right, marks in pieces:
            if right <= position or left >= end:
                continue
            cut_left, cut_right = max(left, position), min(right, end)
            ending = tuple(refs_at.get(cut_right, ()))
            if cut_right == end:  # the block's last run also takes the numbers of highlights ending in the break
                ending += tuple(n for at in range(end + 1, end + len(PARAGRAPH_SEPARATOR) + 1) for n in refs_at.get(at, ()))
            runs.append(Run(text[cut_left:cut_right], marks, ending))
        # A highlight starting in the break after a paragraph gets its card beside that paragraph.
        starting = tuple(number for start, _, number in spans
                         if position <= start < end + len(PARAGRAPH_SEPARATOR))
        blocks.append(Block(position, tuple(runs), starting))
        position = end + len(PARAGRAPH_SEPARATOR)
    return blocks


def _word_end(text: str, position: int) -> int:
    """Where a highlight's note number goes: its end, or the end of the word it stops inside (a mark
    in the middle of a word would break the letters' joining)."""
    while 0 < position < len(text) and _in_word(text[position - 1]) and _in_word(text[position]):
        position += 1
    return position


def _in_word(character: str) -> bool:
    return character.isalnum() or character in "\u200c\u200d\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"

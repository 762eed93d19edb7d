"""How far coders agree: the figures of issue 17, over a library, exactly as defined there.

- Compared authors: those named (two or more), else every author with live annotations.
- Compared articles: those in which every compared author has at least one live, placed
  annotation (within the collection, when one is given).
- Units: every code point of those articles' texts that is not whitespace.
- For tag t and author a, a unit is 1 when it lies inside at least one live, placed annotation by
  a carrying t, else 0.
- Per tag and pair of authors: the observed agreement, Cohen's κ, and span F1 (overlap, exact);
  per tag, Krippendorff's α over all compared authors (`reader.core.agreement`).
- Tags: every tag the compared authors used in the compared articles, or those named.

`report` gives the whole-library figures, per-article figures (for a table sortable by
agreement) and the JSON shape the command line prints; `confusion` tells "where" from "which"
disagreements between two authors; `disagreements` lists the stretches where two authors differ.
Writing a consensus is `reader.services.adjudication`.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import field
from functools import cached_property
from itertools import combinations
from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.agreement import (
    PairTable,
    SpanCounts,
    SpanIndex,
    binary_alpha,
    cohen_kappa,
    match_spans,
    observed_agreement,
    pair_table,
)
from reader.core.coding_layers import ArticleLayers
from reader.core.disagreements import CodedSpan, Kind, stretches
from reader.core.errors import InvalidRequestError
from reader.core.record import Record
from reader.core.records import TagRecord
from reader.storage import agreement_repo, tags_repo
from reader.storage.agreement_repo import CodingRow

if TYPE_CHECKING:
    import sqlite_utils


NO_SPANS = SpanIndex(())


@contextmanager
def _no_cyclic_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector. A comparison makes ~100,000 small objects that all
    live until it returns; the collector would scan them again and again (a fifth of the time of a
    1,000-article report) and could free none of them. Reference counting still frees the rest."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class AgreementError(InvalidRequestError):
    """A comparison that cannot be made as asked (unknown author or tag, too few authors)."""


class PairFigures(Record):
    """Two authors on one tag: their units table and their spans matched both ways."""

    authors: tuple[str, str]
    table: PairTable
    overlap: SpanCounts
    exact: SpanCounts

    @property
    def agreement(self) -> float | None:
        return self.table.agreement

    @property
    def kappa(self) -> float | None:
        return self.table.kappa

    @property
    def f1_overlap(self) -> float | None:
        return self.overlap.f1

    @property
    def f1_exact(self) -> float | None:
        return self.exact.f1

    def as_json(self) -> dict[str, object]:
        return {"authors": list(self.authors), "agreement": self.agreement, "kappa": self.kappa,
                "f1_overlap": self.f1_overlap, "f1_exact": self.f1_exact}


class TagFigures(Record):
    """The compared authors on one tag: what was counted, and the figures worked out from it when
    first asked (a per-article table of 1,000 rows costs nothing until a row is shown)."""

    tag_id: int
    tag: str
    authors: tuple[str, ...]
    histogram: Mapping[int, int]  # coder mask → units (bit i set: authors[i] marked the unit with the tag)
    span_matches: tuple[tuple[SpanCounts, SpanCounts], ...]  # per pair, in `pairs` order: (overlap, exact)

    @cached_property
    def alpha(self) -> float | None:
        """Krippendorff's α over all compared authors."""
        return binary_alpha(self.histogram, len(self.authors))

    @cached_property
    def pairs(self) -> tuple[PairFigures, ...]:
        """Every pair of compared authors, in the order the authors are compared."""
        return tuple(
            PairFigures((self.authors[first], self.authors[second]), pair_table(self.histogram, first, second),
                        overlap, exact)
            for (first, second), (overlap, exact) in zip(
                combinations(range(len(self.authors)), 2), self.span_matches, strict=True)
        )

    def pair(self, first: str, second: str) -> PairFigures:
        """The figures of two authors, in the order they were compared (either order may be asked)."""
        for figures in self.pairs:
            if set(figures.authors) == {first, second} and first != second:
                return figures
        raise KeyError((first, second))

    def as_json(self) -> dict[str, object]:
        return {"alpha": self.alpha, "pairs": [pair.as_json() for pair in self.pairs]}


class ArticleFigures(Record):
    """One compared article: its units, the share on which all authors gave the same tags, and the
    figures of every compared tag within it alone."""

    article_id: int
    title: str
    units: int
    agreement: float | None
    tags: dict[str, TagFigures]


class AgreementReport(Record):
    authors: tuple[str, ...]
    articles: tuple[int, ...]
    units: int
    tags: dict[str, TagFigures]  # in tag order
    per_article: tuple[ArticleFigures, ...] = field(default=(), repr=False)

    def as_json(self) -> dict[str, object]:
        """The command line's JSON object (issue 17), nothing more."""
        return {"authors": list(self.authors), "articles": list(self.articles), "units": self.units,
                "tags": {name: figures.as_json() for name, figures in self.tags.items()}}


class ConfusionTable(Record):
    """Units by the category two authors gave them: each tag of `tags`, then none, then several
    (more than one of `tags`). `counts[i][j]`: the first author said i, the second j."""

    authors: tuple[str, str]
    tags: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    @property
    def none(self) -> int:
        """The index of the category "no tag of `tags`"."""
        return len(self.tags)

    @property
    def several(self) -> int:
        """The index of the category "more than one tag of `tags`"."""
        return len(self.tags) + 1

    @property
    def units(self) -> int:
        return sum(map(sum, self.counts))

    @property
    def agreement(self) -> float | None:
        return observed_agreement(self.counts)

    @property
    def kappa(self) -> float | None:
        """Cohen's κ over all the categories."""
        return cohen_kappa(self.counts)

    @property
    def where_units(self) -> int:
        """Units one author tagged and the other did not ("where" disagreements)."""
        none = self.none
        return sum(self.counts[none][j] + self.counts[j][none] for j in range(len(self.counts)) if j != none)

    @property
    def which_units(self) -> int:
        """Units both tagged, in different categories ("which" disagreements)."""
        none = self.none
        return sum(self.counts[i][j] for i in range(len(self.counts)) for j in range(len(self.counts))
                   if i != j and none not in (i, j))


class Disagreement(Record):
    """A stretch of one article where two authors differ (`reader.core.disagreements`); the spans'
    tags are tag ids, their keys annotation uuids."""

    article_id: int
    start: int
    end: int
    kind: Kind
    authors: tuple[str, str]
    first: tuple[CodedSpan, ...]
    second: tuple[CodedSpan, ...]
    tag_ids: tuple[int, ...]  # the tags the comparison looked at


class _Material(Record, frozen=False):
    """What a comparison reads: the authors, the tags, and per compared article its codings."""

    authors: tuple[str, ...]
    tags: list[TagRecord]
    rows: dict[int, list[CodingRow]]  # compared article id → its rows with a compared tag


def coded_spans(rows: Iterable[CodingRow], tag_ids: Iterable[int] | None = None) -> dict[tuple[int, int], list[CodedSpan]]:
    """(coder, article id) → that coder's spans in the article, one per annotation (rows come once
    per tag) with its tags (only those of `tag_ids`, when given; spans left without tags are left
    out), in text order."""
    wanted = None if tag_ids is None else set(tag_ids)
    tags: dict[str, set[int]] = defaultdict(set)
    first: dict[str, CodingRow] = {}
    for row in rows:
        if row.tag_id is not None and (wanted is None or row.tag_id in wanted):
            tags[row.uuid].add(row.tag_id)
            first.setdefault(row.uuid, row)
    spans: dict[tuple[int, int], list[CodedSpan]] = defaultdict(list)
    for uuid, row in first.items():
        spans[row.coder, row.article_id].append(CodedSpan(row.start, row.end, frozenset(tags[uuid]), uuid))
    for found in spans.values():
        found.sort(key=lambda span: (span.start, span.end, span.key))
    return dict(spans)


class AgreementService:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def authors(self, collection_id: int | None = None) -> list[str]:
        """Every author with live annotations: the authors compared when none are named."""
        return agreement_repo.live_authors(self.db, collection_id)

    @_no_cyclic_collection()
    def report(self, authors: Sequence[str] | None = None, tags: Sequence[str] | None = None,
               collection_id: int | None = None,
               progress: Callable[[int, int], None] | None = None) -> AgreementReport:
        """The figures for `authors` (default: every author with live annotations) on `tags`
        (default: every tag they used in the articles compared), within a collection if given.

        `progress(done, total)` hears every 100 articles; to cancel, raise from it (nothing is written).
        """
        material = self._material(authors, tags, collection_id)
        pairs = list(combinations(range(len(material.authors)), 2))
        tag_ids = [tag.id for tag in material.tags]
        histograms: dict[int, dict[int, int]] = {tag.id: {} for tag in material.tags}
        matches = {(tag.id, pair): (SpanCounts(), SpanCounts()) for tag in material.tags for pair in pairs}
        per_article = []
        for done, (article_id, title, text) in enumerate(agreement_repo.texts(self.db, list(material.rows))):
            if progress is not None and done % 100 == 0:
                progress(done, len(material.rows))
            layers, spans = self._layers(text, material.rows[article_id])
            figures = {}
            for tag in material.tags:
                histogram = layers.histogram(tag.id)
                total = histograms[tag.id]
                for mask, units in histogram.items():
                    total[mask] = total.get(mask, 0) + units
                article_matches = []
                for first, second in pairs:
                    overlap, exact = match_spans(spans.get((tag.id, first), NO_SPANS),
                                                 spans.get((tag.id, second), NO_SPANS))
                    summed = matches[tag.id, (first, second)]
                    matches[tag.id, (first, second)] = (summed[0] + overlap, summed[1] + exact)
                    article_matches.append((overlap, exact))
                figures[tag.name] = TagFigures(tag.id, tag.name, material.authors, histogram, tuple(article_matches))
            all_agree = layers.units_all_agree(len(material.authors), tag_ids)
            per_article.append(ArticleFigures(article_id, title, layers.units,
                                              all_agree / layers.units if layers.units else None, figures))
        if progress is not None:
            progress(len(material.rows), len(material.rows))
        tag_figures = {
            tag.name: TagFigures(tag.id, tag.name, material.authors, histograms[tag.id],
                                 tuple(matches[tag.id, pair] for pair in pairs))
            for tag in material.tags
        }
        return AgreementReport(material.authors, tuple(a.article_id for a in per_article),
                               sum(a.units for a in per_article), tag_figures, tuple(per_article))

    @_no_cyclic_collection()
    def confusion(self, first: str, second: str, tags: Sequence[str], collection_id: int | None = None,
                  article_ids: Sequence[int] | None = None) -> ConfusionTable:
        """Two authors' units by category over `tags` (e.g. claim, denial): where they differ on
        whether something is tagged, and where on which tag."""
        material = self._material([first, second], tags, collection_id, article_ids)
        order = [tag.id for tag in material.tags]
        size = len(order) + 2
        counts = [[0] * size for _ in range(size)]
        for article_id, _title, text in agreement_repo.texts(self.db, list(material.rows)):
            layers, _spans = self._layers(text, material.rows[article_id])
            table = layers.confusion(0, 1, order)
            for i in range(size):
                for j in range(size):
                    counts[i][j] += table[i][j]
        return ConfusionTable((first, second), tuple(tag.name for tag in material.tags),
                              tuple(tuple(row) for row in counts))

    @_no_cyclic_collection()
    def disagreements(self, first: str, second: str, tags: Sequence[str] | None = None,
                      collection_id: int | None = None, article_ids: Sequence[int] | None = None) -> list[Disagreement]:
        """Every stretch of the compared articles where the two authors differ, in article and text order."""
        material = self._material([first, second], tags, collection_id, article_ids)
        tag_ids = tuple(tag.id for tag in material.tags)
        found = []
        for article_id, rows in material.rows.items():
            spans = coded_spans(rows)
            for stretch in stretches(spans.get((0, article_id), ()), spans.get((1, article_id), ())):
                found.append(Disagreement(article_id, stretch.start, stretch.end, stretch.kind, (first, second),
                                          stretch.first, stretch.second, tag_ids))
        return found

    def spans_of(self, article_id: int, authors: Sequence[str], tag_ids: Sequence[int] | None = None
                 ) -> tuple[tuple[CodedSpan, ...], ...]:
        """Each author's live, placed spans in one article (tags: tag ids, those of `tag_ids` only when
        given; keys: annotation uuids), in text order: the layers a reader draws for a comparison."""
        spans = coded_spans(agreement_repo.codings(self.db, list(authors), article_ids=[article_id]), tag_ids)
        return tuple(tuple(spans.get((coder, article_id), ())) for coder in range(len(authors)))

    # ------------------------------------------------------------------------------------------
    def _material(self, authors: Sequence[str] | None, tags: Sequence[str] | None, collection_id: int | None,
                  article_ids: Sequence[int] | None = None) -> _Material:
        if authors is None:
            compared = tuple(self.authors(collection_id))
        else:
            compared = tuple(dict.fromkeys(authors))
            known = set(agreement_repo.live_authors(self.db))
            for author in compared:
                if author not in known:
                    raise AgreementError(messages.AGREEMENT_UNKNOWN_AUTHOR, author)
        if len(compared) < 2:
            raise AgreementError(messages.AGREEMENT_TOO_FEW_AUTHORS, len(compared))
        every_tag = tags_repo.list_all(self.db)
        chosen = None
        if tags is not None:
            by_name = {tag.name: tag for tag in every_tag}
            for name in tags:
                if name not in by_name:
                    raise AgreementError(messages.NO_SUCH_TAG, name)
            chosen = {by_name[name].id for name in tags}
        coded: dict[int, list[CodingRow]] = {}
        coders: dict[int, set[int]] = {}
        for row in agreement_repo.codings(self.db, compared, collection_id, article_ids):
            coders.setdefault(row.article_id, set()).add(row.coder)
            if row.tag_id is not None and (chosen is None or row.tag_id in chosen):
                coded.setdefault(row.article_id, []).append(row)
        rows = {article_id: coded.get(article_id, []) for article_id, present in sorted(coders.items())
                if len(present) == len(compared)}
        if chosen is None:
            chosen = {row.tag_id for article_rows in rows.values() for row in article_rows}
        ordered = [tag for tag in every_tag if tag.id in chosen]  # the tags' own order, unless named
        if tags is not None:
            ordered.sort(key=lambda tag: list(tags).index(tag.name))
        return _Material(compared, ordered, rows)

    @staticmethod
    def _layers(text: str, rows: list[CodingRow]) -> tuple[ArticleLayers, dict[tuple[int, int], SpanIndex]]:
        """One article's layers, and each (tag, coder)'s spans indexed for matching."""
        spans: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for row in rows:
            spans[row.tag_id, row.coder].append((row.start, row.end))
        return ArticleLayers(text, [row[:4] for row in rows]), {key: SpanIndex(found) for key, found in spans.items()}

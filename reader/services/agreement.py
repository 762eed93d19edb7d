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

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

import sqlite_utils

from reader.core import messages
from reader.core.agreement import PairTable, SpanCounts, binary_alpha, cohen_kappa, observed_agreement, pair_table
from reader.core.agreement import span_counts
from reader.core.coding_layers import ArticleLayers, Coding
from reader.core.disagreements import CodedSpan, Kind, stretches
from reader.core.errors import HashiyaError
from reader.storage import agreement_repo, tags_repo
from reader.storage.agreement_repo import CodingRow
from reader.storage.records import TagRecord


class AgreementError(HashiyaError):
    """A comparison that cannot be made as asked (unknown author or tag, too few authors)."""


@dataclass(frozen=True)
class PairFigures:
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


@dataclass(frozen=True)
class TagFigures:
    tag_id: int
    tag: str
    alpha: float | None
    pairs: tuple[PairFigures, ...]  # every pair of compared authors, in the order the authors are compared

    def pair(self, first: str, second: str) -> PairFigures:
        """The figures of two authors, in the order they were compared (either order may be asked)."""
        for figures in self.pairs:
            if set(figures.authors) == {first, second} and first != second:
                return figures
        raise KeyError((first, second))

    def as_json(self) -> dict[str, object]:
        return {"alpha": self.alpha, "pairs": [pair.as_json() for pair in self.pairs]}


@dataclass(frozen=True)
class ArticleFigures:
    """One compared article: its units, the share on which all authors gave the same tags, and the
    figures of every compared tag within it alone."""

    article_id: int
    title: str
    units: int
    agreement: float | None
    tags: dict[str, TagFigures]


@dataclass(frozen=True)
class AgreementReport:
    authors: tuple[str, ...]
    articles: tuple[int, ...]
    units: int
    tags: dict[str, TagFigures]  # in tag order
    per_article: tuple[ArticleFigures, ...] = field(default=(), repr=False)

    def as_json(self) -> dict[str, object]:
        """The command line's JSON object (issue 17), nothing more."""
        return {"authors": list(self.authors), "articles": list(self.articles), "units": self.units,
                "tags": {name: figures.as_json() for name, figures in self.tags.items()}}


@dataclass(frozen=True)
class ConfusionTable:
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


@dataclass(frozen=True)
class Disagreement:
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


@dataclass
class _Material:
    """What a comparison reads: the authors, the tags, and per compared article its codings."""

    authors: tuple[str, ...]
    tags: list[TagRecord]
    rows: dict[int, list[CodingRow]]  # compared article id → its rows with a compared tag


class AgreementService:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def authors(self, collection_id: int | None = None) -> list[str]:
        """Every author with live annotations: the authors compared when none are named."""
        return agreement_repo.live_authors(self.db, collection_id)

    def report(self, authors: Sequence[str] | None = None, tags: Sequence[str] | None = None,
               collection_id: int | None = None) -> AgreementReport:
        material = self._material(authors, tags, collection_id)
        coders = len(material.authors)
        pairs = list(combinations(range(coders), 2))
        totals = {tag.id: defaultdict(int) for tag in material.tags}
        span_totals = {(tag.id, pair): (SpanCounts(), SpanCounts()) for tag in material.tags for pair in pairs}
        per_article = []
        for article_id, title, text in agreement_repo.texts(self.db, list(material.rows)):
            layers, spans = self._layers(material, text, material.rows[article_id])
            figures = {}
            for tag in material.tags:
                histogram = layers.histogram(tag.id)
                for mask, units in histogram.items():
                    totals[tag.id][mask] += units
                article_pairs = []
                for pair in pairs:
                    first, second = (spans.get((tag.id, coder), set()) for coder in pair)
                    overlap, exact = span_counts(first, second), span_counts(first, second, exact=True)
                    summed = span_totals[tag.id, pair]
                    span_totals[tag.id, pair] = (summed[0] + overlap, summed[1] + exact)
                    article_pairs.append(self._pair(material, pair, histogram, overlap, exact))
                figures[tag.name] = TagFigures(tag.id, tag.name, binary_alpha(histogram, coders), tuple(article_pairs))
            all_agree = layers.units_all_agree(coders, [tag.id for tag in material.tags])
            per_article.append(ArticleFigures(article_id, title, layers.units,
                                              all_agree / layers.units if layers.units else None, figures))
        tag_figures = {
            tag.name: TagFigures(tag.id, tag.name, binary_alpha(totals[tag.id], coders), tuple(
                self._pair(material, pair, totals[tag.id], *span_totals[tag.id, pair]) for pair in pairs))
            for tag in material.tags
        }
        return AgreementReport(material.authors, tuple(a.article_id for a in per_article),
                               sum(a.units for a in per_article), tag_figures, tuple(per_article))

    def confusion(self, first: str, second: str, tags: Sequence[str], collection_id: int | None = None,
                  article_ids: Sequence[int] | None = None) -> ConfusionTable:
        """Two authors' units by category over `tags` (e.g. claim, denial): where they differ on
        whether something is tagged, and where on which tag."""
        material = self._material([first, second], tags, collection_id, article_ids)
        order = [tag.id for tag in material.tags]
        size = len(order) + 2
        counts = [[0] * size for _ in range(size)]
        for article_id, _title, text in agreement_repo.texts(self.db, list(material.rows)):
            layers, _spans = self._layers(material, text, material.rows[article_id])
            table = layers.confusion(0, 1, order)
            for i in range(size):
                for j in range(size):
                    counts[i][j] += table[i][j]
        return ConfusionTable((first, second), tuple(tag.name for tag in material.tags),
                              tuple(tuple(row) for row in counts))

    def disagreements(self, first: str, second: str, tags: Sequence[str] | None = None,
                      collection_id: int | None = None, article_ids: Sequence[int] | None = None) -> list[Disagreement]:
        """Every stretch of the compared articles where the two authors differ, in article and text order."""
        material = self._material([first, second], tags, collection_id, article_ids)
        tag_ids = tuple(tag.id for tag in material.tags)
        found = []
        for article_id, rows in material.rows.items():
            spans: dict[str, dict[str, CodedSpan]] = {first: {}, second: {}}
            for row in rows:
                known = spans[row.author].get(row.uuid)
                tags_so_far = known.tags if known else frozenset()
                spans[row.author][row.uuid] = CodedSpan(row.start, row.end, tags_so_far | {row.tag_id}, row.uuid)
            for stretch in stretches(spans[first].values(), spans[second].values()):
                found.append(Disagreement(article_id, stretch.start, stretch.end, stretch.kind, (first, second),
                                          stretch.first, stretch.second, tag_ids))
        return found

    # ------------------------------------------------------------------------------------------
    def _material(self, authors: Sequence[str] | None, tags: Sequence[str] | None, collection_id: int | None,
                  article_ids: Sequence[int] | None = None) -> _Material:
        known = agreement_repo.live_authors(self.db)
        compared = tuple(dict.fromkeys(authors)) if authors is not None else tuple(self.authors(collection_id))
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
                    raise AgreementError(messages.AGREEMENT_UNKNOWN_TAG, name)
            chosen = {by_name[name].id for name in tags}
        by_article: dict[int, list[CodingRow]] = defaultdict(list)
        for row in agreement_repo.codings(self.db, compared, collection_id, article_ids):
            by_article[row.article_id].append(row)
        everyone = set(compared)
        rows = {article_id: article_rows for article_id, article_rows in by_article.items()
                if {row.author for row in article_rows} == everyone}
        if chosen is None:
            chosen = {row.tag_id for article_rows in rows.values() for row in article_rows if row.tag_id is not None}
        ordered = [tag for tag in every_tag if tag.id in chosen]  # the tags' own order, unless named
        if tags is not None:
            ordered.sort(key=lambda tag: list(tags).index(tag.name))
        rows = {article_id: [row for row in article_rows if row.tag_id in chosen]
                for article_id, article_rows in rows.items()}
        return _Material(compared, ordered, rows)

    @staticmethod
    def _layers(material: _Material, text: str,
                rows: list[CodingRow]) -> tuple[ArticleLayers, dict[tuple[int, int], set[tuple[int, int]]]]:
        coder = {author: i for i, author in enumerate(material.authors)}
        codings = [Coding(coder[row.author], row.tag_id, row.start, row.end) for row in rows]
        spans: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
        for coding in codings:
            spans[coding.tag, coding.coder].add((coding.start, coding.end))
        return ArticleLayers(text, codings), spans

    @staticmethod
    def _pair(material: _Material, pair: tuple[int, int], histogram: dict[int, int], overlap: SpanCounts,
              exact: SpanCounts) -> PairFigures:
        first, second = pair
        return PairFigures((material.authors[first], material.authors[second]),
                           pair_table(histogram, first, second), overlap, exact)

"""Search: articles by what they say (spelling-blind), and annotations by quote, note, tag, author."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import field
from functools import cached_property
from typing import TYPE_CHECKING

from reader.core import hit_locator, lexicon
from reader.core.record import Record
from reader.core.search_query import ParsedQuery, QueryError, Term, parse_query
from reader.core.search_text import index_text
from reader.storage import annotations_repo, search_index_repo, search_repo
from reader.storage.database import database_file
from reader.storage.ranking import TITLE_GROUP_CAP, ShardedRanker, default_shards, title_first_group
from reader.core.records import AnnotationListRow

if TYPE_CHECKING:
    import sqlite_utils

SNIPPET_CONTEXT = 70
SNIPPET_SLACK = 15  # how much further a snippet's edge may move to fall between words
__all__ = ["RANKED_EXACTLY", "RANKED_TITLE_FIRST", "QueryError", "SearchHit", "SearchResults", "SearchService",
           "snippet"]


class SearchHit(Record):
    article_id: int
    collection_id: int
    title: str
    date: str | None
    snippet: str                            # a piece of the text around the first hit
    snippet_spans: tuple[tuple[int, int], ...]  # the hits inside `snippet`, offsets into it
    text: str = field(repr=False, compare=False, default="")
    query: ParsedQuery | None = field(repr=False, compare=False, default=None)

    @cached_property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Every hit, code points into the article's text (worked out when first asked for: a
        result list shows only snippets, and tokenizing 20 whole articles would double its time)."""
        return tuple(self.query.matches(self.text)) if self.query is not None else ()

    @cached_property
    def forms(self) -> Counter[str]:
        """With word forms on: which forms of the words matched in this article, as written, and
        how often («می‌روند»: 2, «رفتند»: 1); empty otherwise."""
        return self.query.forms_found(self.text) if self.query is not None else Counter()


class SearchResults(Record):
    query: ParsedQuery
    total: int
    hits: list[SearchHit]
    unindexed: int = 0  # current articles the index does not hold yet (a re-index is pending)
    # RANKED_EXACTLY: every match by bm25. RANKED_TITLE_FIRST (a broad search by relevance): the
    # matches with a query term in the title first (the newest TITLE_GROUP_CAP of them at most),
    # each part by bm25; its total may be an estimate (`estimated`).
    ranking: str = "exact"
    estimated: bool = False  # `total` is an estimate from a sample of the library (a broad search)

    def forms(self) -> list[tuple[str, int]]:
        """With word forms on: the forms that matched in the hits listed, most frequent first (for a
        line such as «رفتند ۱۲، می‌روند ۳، برود ۱»). Works out every hit's spans: call it when shown."""
        total: Counter[str] = Counter()
        for hit in self.hits:
            total.update(hit.forms)
        return total.most_common()


def snippet_hits(query: ParsedQuery, text: str) -> tuple[tuple[int, int], ...]:
    """The hits a snippet of `text` shows (`hit_locator`: the first one found by a pattern over the
    text, and only its neighbourhood tokenized); the long road for what that cannot answer."""
    found = hit_locator.snippet_hits(query, text, SNIPPET_CONTEXT + SNIPPET_SLACK)
    return first_paragraph_hits(query, text) if found is None else found


def first_paragraph_hits(query: ParsedQuery, text: str) -> tuple[tuple[int, int], ...]:
    """The hits of the first paragraph that has any, as spans of `text`: enough for a snippet. The
    long road (every paragraph before it folded, it tokenized whole), for word forms and for texts
    `hit_locator` cannot read, and the measure its answers are held to."""
    start = 0
    while start <= len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        paragraph = text[start:end]
        # Rare words sit deep in an article: the paragraphs before are looked at the quick way.
        found = query.matches(paragraph) if query.may_match(paragraph) else None
        if found:
            return tuple((s + start, e + start) for s, e in found)
        start = end + 2
    return ()


def snippet(text: str, spans: tuple[tuple[int, int], ...], context: int = SNIPPET_CONTEXT) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text around the first hit, cut at word boundaries, with the hits inside it."""
    if not spans:
        piece = text[: 2 * context].split("\n\n")[0]
        return piece, ()
    first = spans[0][0]
    # Within the hit's own paragraph: a hit in the body should not drag the title into its snippet.
    paragraph_start = text.rfind("\n\n", 0, first) + 2 if text.rfind("\n\n", 0, first) >= 0 else 0
    paragraph_end = text.find("\n\n", spans[0][1])
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    start = max(paragraph_start, first - context)
    end = min(paragraph_end, spans[0][1] + context)
    while start > paragraph_start and not text[start - 1].isspace() and first - start < context + SNIPPET_SLACK:
        start -= 1
    while end < paragraph_end and not text[end].isspace() and end - spans[0][1] < context + SNIPPET_SLACK:
        end += 1
    piece = text[start:end]
    inside = tuple((s - start, e - start) for s, e in spans if s >= start and e <= end)
    prefix = "…" if start > paragraph_start else ""
    suffix = "…" if end < paragraph_end else ""
    shift = len(prefix)
    flat = (prefix + piece + suffix).replace("\n", " ")
    return flat, tuple((s + shift, e + shift) for s, e in inside)


RANKED_EXACTLY = "exact"
RANKED_TITLE_FIRST = "title first"
# From this many matches on, a search by relevance is ranked title first (`ranking.title_group`):
# ranking every match costs ~1 µs of CPU per match in FTS5 (bm25 reads each article's length),
# 50-200 ms for a word in most articles; the title group costs a few thousand.
TITLE_FIRST_FROM = 20_000
# A query of several terms makes its title group from its rarest term's title, unless fewer than
# this many articles have it there: then from every term's.
TITLE_GROUP_MIN = 200

# A broad search's total is estimated from this many stretches of ids spread over the library,
# together 1/ESTIMATE_SHARE of it: counting every match of a phrase of two common words («است که»)
# takes ~25 ms, as long as the whole rest of the search.
ESTIMATE_WINDOWS = 8
ESTIMATE_SHARE = 8
# Two of the windows (the first and the middle one) are counted first: when they promise fewer
# than 1/NARROW_SHARE of TITLE_FIRST_FROM, the search is narrow and the other six are not counted
# (each costs a fraction of a millisecond even for a rare word; for a phrase of a common word, 1.5 ms
# together). A word found only in the newest articles may be taken for narrow: it is then counted
# and ranked exactly, slower but right.
NARROW_SHARE = 4


def sample_windows(low: int, high: int, windows: int = ESTIMATE_WINDOWS, share: int = ESTIMATE_SHARE) -> list[tuple[int, int]]:
    """Id ranges spread evenly over [low, high], together about 1/share of it (none when it is
    too small to sample)."""
    size = high - low + 1
    width = size // (windows * share)
    if width < 1:
        return []
    step = size // windows
    return [(low + k * step, low + k * step + width - 1) for k in range(windows)]


def rounded_estimate(value: float) -> int:
    """An estimate to two significant digits (64,774 -> 65,000): it should not look exact."""
    if value < 100:
        return round(value)
    digits = len(str(int(value))) - 2
    return int(round(value, -digits))


_QUOTED = re.compile(r'"((?:[^"]|"")*)"')  # every quoted phrase of an expression, left to right


def _has_word_forms(parsed: ParsedQuery) -> bool:
    return any(term.lemmas for term in parsed.terms)


def _positional(parsed: ParsedQuery) -> bool:
    """Whether the query has a phrase or a NEAR (excluded ones too: «-"این که"»): FTS5 must look
    at word positions to find it."""
    return "NEAR(" in parsed.fts or any(" " in phrase for phrase in _QUOTED.findall(parsed.fts))


# Ranking this many matches or more is shared out between the cores (`ShardedRanker`); below it,
# handing work to threads costs more than it saves.
SHARDED_RANKING_FROM = 20_000


class SearchService:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._ranker: ShardedRanker | None = None
        self.title_first_from = TITLE_FIRST_FROM
        self.title_group_cap = TITLE_GROUP_CAP
        self.title_group_min = TITLE_GROUP_MIN

    def close(self) -> None:
        """Close the extra read connections a large ranking opened (the library's stays open)."""
        if self._ranker is not None:
            self._ranker.close()
            self._ranker = None

    def _sharded_ranker(self) -> ShardedRanker | None:
        if self._ranker is None and default_shards() > 1:
            path = database_file(self.db)
            if path is not None:
                self._ranker = ShardedRanker(path)
        return self._ranker

    def search(self, query: str, limit: int = 50, offset: int = 0, order: str = "relevance", word_forms: bool = False,
               collection_id: int | None = None, tag_id: int | None = None, author: str | None = None) -> SearchResults:
        """Articles matching `query`; raises QueryError with a message for a query that cannot run.

        `tag_id`/`author` keep only articles holding a live annotation with that tag / by that
        author: "articles with a denial that mention طالبان".
        """
        parsed = parse_query(query, word_forms, lexicon.shared())
        unfiltered = order != "date" and collection_id is None and tag_id is None and author is None
        ranking, estimated = RANKED_EXACTLY, False
        estimate = self._broad_estimate(parsed) if unfiltered else None
        if estimate is not None:
            ranking, estimated, total = RANKED_TITLE_FIRST, True, estimate
            ids = self._title_first(parsed, limit, offset, total)
        elif unfiltered and _positional(parsed):
            # Finding a phrase or NEAR costs a pass over every position of its words: count and
            # rank in the same pass (~30 ms less for «"است که به"»; for words it costs more).
            ids, counted = search_repo.search_counted(self.db, parsed.fts, limit, offset)
            total = counted if counted is not None else search_repo.count(self.db, parsed.fts)
        else:
            # Counting first tells how to rank (a few ms for 100,000 matches of a word).
            total = search_repo.count(self.db, parsed.fts, collection_id, tag_id, author)
            if total == 0:
                ids = []
            elif unfiltered and total >= self.title_first_from:
                ranking = RANKED_TITLE_FIRST
                ids = self._title_first(parsed, limit, offset, total)
            elif unfiltered:
                ids = self._ranked(parsed.fts, limit, offset, total)
            else:
                ids = search_repo.search(self.db, parsed.fts, limit, offset, order, collection_id, tag_id, author)
        texts = search_repo.texts(self.db, ids)
        hits = []
        for article_id in ids:
            title, date, text, collection = texts[article_id]
            piece, piece_spans = snippet(text, snippet_hits(parsed, text))
            hits.append(SearchHit(article_id, collection, title, date, piece, piece_spans, text, parsed))
        return SearchResults(parsed, total, hits, search_index_repo.pending_count(self.db), ranking, estimated)

    def _broad_estimate(self, parsed: ParsedQuery) -> int | None:
        """How many articles match, estimated from a sample of the library, when that promises a
        broad search (title first); None when it does not (then every match is counted)."""
        span = search_repo.id_range(self.db.conn)
        # Not for a prefix: FTS5 gathers all the words it starts for every count, whatever the
        # ids asked for, so eight small counts cost eight times one whole count.
        if span is None or any(term.prefix for term in parsed.terms):
            return None
        windows = sample_windows(*span)
        if not windows:
            return None
        size = span[1] - span[0] + 1
        first_look = [windows[0], windows[len(windows) // 2]]
        sampled, covered = self._sampled(parsed, first_look)
        if sampled * size / covered < self.title_first_from / NARROW_SHARE:
            return None   # narrow: the other windows are not counted
        more, more_covered = self._sampled(parsed, [window for window in windows if window not in first_look])
        estimate = (sampled + more) * size / (covered + more_covered)
        return rounded_estimate(estimate) if estimate >= self.title_first_from else None

    def _sampled(self, parsed: ParsedQuery, windows: list[tuple[int, int]]) -> tuple[int, int]:
        """The matches in some id windows, and how many ids they span."""
        found = sum(search_repo.count_between(self.db.conn, parsed.fts, low, high) for low, high in windows)
        return found, sum(high - low + 1 for low, high in windows)

    def _ranked(self, match: str, limit: int, offset: int, total: int) -> list[int]:
        """Ids of every match by bm25: on every core when there are many."""
        ranker = self._sharded_ranker() if total >= SHARDED_RANKING_FROM else None
        if ranker is not None:
            return ranker.rank(match, limit, offset)
        return search_repo.search(self.db, match, limit, offset)

    def _title_first(self, parsed: ParsedQuery, limit: int, offset: int, total: int) -> list[int]:
        """A page of the title-first order: the title group, then the other matches by bm25."""
        terms = list(parsed.terms)
        if len(terms) > 1:
            # The rarest term weighs most in bm25 (idf), and its title is the smallest group: the
            # title of a common word would fill the capped group with articles about anything.
            # Unless few titles have it («rare OR common»: most matches have only the common
            # word): then any term's title counts.
            rarest = min(terms, key=lambda term: search_repo.count(self.db, term.typed_fts()))
            if search_repo.count(self.db, self._title_condition(parsed, [rarest])) >= self.title_group_min:
                terms = [rarest]
        group = self._title_group(parsed, terms)
        wanted = limit + offset
        if wanted <= len(group):
            return group[offset:wanted]
        # Past the title group: the others by bm25. Among the best `wanted` matches at most
        # len(group) are in the group, so the others' first `wanted - len(group)` are there.
        in_group = set(group)
        others = [i for i in self._ranked(parsed.fts, wanted, 0, total) if i not in in_group]
        return group[offset:] + others[max(0, offset - len(group)) : wanted - len(group)]

    @staticmethod
    def _title_forms(terms: list[Term]) -> list[str]:
        return [term.forms_fts(lexicon.shared().lemma) for term in terms]

    @classmethod
    def _title_condition(cls, parsed: ParsedQuery, terms: list[Term]) -> str:
        """"One of `terms` in the title": a form of it in the title's lemma column, or, when the
        query has word forms (its own phrases are in that column), the term itself."""
        if not _has_word_forms(parsed):
            return search_repo.title_forms_expression(cls._title_forms(terms))
        return search_repo.title_expression([term.fts() for term in terms])

    def _title_group(self, parsed: ParsedQuery, terms: list[Term]) -> list[int]:
        """The matches with one of `terms` in the title, best first by their exact score."""
        if not _has_word_forms(parsed):
            # One pass: the lemma column weighs nothing in the score.
            return search_repo.title_forms_group(self.db.conn, parsed.fts, self._title_forms(terms),
                                                 self.title_group_cap)
        # Two passes side by side (`ranking.title_first_group`).
        title_match = self._title_condition(parsed, terms)
        ranker = self._sharded_ranker()
        if ranker is not None:
            return ranker.title_group(parsed.fts, title_match, self.title_group_cap)
        return title_first_group([self.db.conn], None, parsed.fts, title_match, self.title_group_cap)

    def find_in_text(self, query: str, text: str, word_forms: bool = False) -> list[tuple[int, int]]:
        """Ctrl+F: the spans of `text` matching `query`, with the same spelling-blindness as search."""
        return list(parse_query(query, word_forms, lexicon.shared()).matches(text))

    def search_annotations(self, query: str = "", tag_id: int | None = None, author: str | None = None,
                           collection_id: int | None = None, word_forms: bool = False) -> list[AnnotationListRow]:
        """Annotations whose quote or note matches `query` (all of them when it is empty), filtered."""
        rows = annotations_repo.list_rows(self.db, tag_id, author, collection_id)
        if not query.strip():
            return rows
        words = lexicon.shared()
        parsed = parse_query(query, word_forms, words)
        texts = []
        for row in rows:
            tokens = index_text(row.annotation.quote + "\n\n" + row.annotation.note)
            texts.append((tokens, words.lemma_text(tokens)))
        return [row for row, hit in zip(rows, search_repo.matching(texts, parsed.fts), strict=True) if hit]

"""The query language of full-text search, and mapping hits back to the original text.

Query language (`parse_query`): words are all required; "double quotes" (or “ ”) make a phrase;
«word*» is a prefix (two letters at least); AND, OR, NOT (upper case) and «-word»; NEAR(a b, 10)
with 10 as the default distance; parentheses group, at most 8 deep (FTS5's parser stack runs out
not far beyond). A word that holds punctuation ("3.5", "COVID-19") is the phrase of its parts.
Spacing inside the query is read like spacing in text, so the plain query «راه های» is the
single word «راههای». Every term is double-quoted in the FTS5 expression and the expression is
built here, so FTS5 never sees user syntax: anything it could reject raises QueryError first.

With a lexicon (`reader.core.lexicon`), a compound is looked for in every spelling: «سهمیه‌بندی»
(or «سهمیهبندی») also finds «سهمیه بندی», and the plain words «سهمیه بندی» find either the two
words or the one; word forms (`word_forms`) find every token whose lemma is the word's
(«رفت» finds «رفتند», «می‌روند», «برود»), never a longer word that merely starts alike.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.errors import HashiyaError
from reader.core.record import Record
from reader.core.search_terms import ParsedQuery, Term, near_fts
from reader.core.search_text import Token, canonical_word, joins_across_space, tokens
from reader.core.text import ZWNJ

if TYPE_CHECKING:
    from reader.core.lexicon import Lexicon

__all__ = ["DEFAULT_NEAR", "ParsedQuery", "QueryError", "Term", "parse_query"]

# ---------------------------------------------------------------------------------------------
# Queries


class QueryError(HashiyaError, ValueError):
    """A search that cannot be run; the message tells the user what to change. (Also a ValueError,
    as it was before it became a HashiyaError: callers may catch either.)"""


# --- lexing -----------------------------------------------------------------------------------

_QUOTES = frozenset('"\u201c\u201d')  # macOS and Word turn " into “ ”
_OPERATORS = frozenset(("AND", "OR", "NOT"))
_NEAR_SEPARATORS = frozenset(",\u060c")  # "," or the Persian comma «،» before the distance
DEFAULT_NEAR = 10
_MAX_NEAR = 100_000
_MIN_PREFIX = 2
_MAX_NESTING = 8


class _Lexeme(Record):
    kind: str  # "word", "phrase", "(", ")", "AND", "OR", "NOT", "-", "NEAR", "distance"
    start: int
    end: int  # for a starred word, the end before the "*"
    prefix: bool = False


class _Lexer:
    """Cuts the query into words, phrases, operators and parentheses, keeping their offsets."""

    def __init__(self, query: str) -> None:
        self.query = query
        self.i = 0
        self.out: list[_Lexeme] = []
        self.in_near = False  # inside NEAR( ... ), where a comma introduces the distance

    def run(self) -> list[_Lexeme]:
        query = self.query
        while self.i < len(query):
            ch = query[self.i]
            if ch.isspace():
                self.i += 1
            elif ch in _QUOTES:
                self._phrase()
            elif ch in "()":
                self._paren(ch)
            elif self.in_near and ch in _NEAR_SEPARATORS:
                self._distance()
            else:
                self._chunk()
        return self.out

    def _phrase(self) -> None:
        query, start = self.query, self.i
        close = next((j for j in range(start + 1, len(query)) if query[j] in _QUOTES), -1)
        if close < 0:
            raise QueryError(messages.QUERY_QUOTE)
        self.i = close + 1
        prefix = self.i < len(query) and query[self.i] == "*"
        if prefix:
            self.i += 1
        self.out.append(_Lexeme("phrase", start + 1, close, prefix))

    def _paren(self, ch: str) -> None:
        if ch == "(" and self.out and self.out[-1].kind == "NEAR":
            self.in_near = True
        elif ch == ")":
            self.in_near = False
        self.out.append(_Lexeme(ch, self.i, self.i + 1))
        self.i += 1

    def _chunk_end(self, start: int) -> int:
        query, j = self.query, start
        while j < len(query):
            ch = query[j]
            if ch.isspace() or ch in _QUOTES or ch in "()" or (self.in_near and ch in _NEAR_SEPARATORS):
                break
            j += 1
        return j

    def _distance(self) -> None:
        query = self.query
        start = self.i + 1
        while start < len(query) and query[start].isspace():
            start += 1
        end = self._chunk_end(start)
        self.out.append(_Lexeme("distance", start, end))
        self.i = end

    def _chunk(self) -> None:
        query, start = self.query, self.i
        end = self._chunk_end(start)
        chunk = query[start:end]
        self.i = end
        if chunk in _OPERATORS:
            self.out.append(_Lexeme(chunk, start, end))
        elif chunk == "NEAR" and query[end:].lstrip().startswith("("):
            self.out.append(_Lexeme("NEAR", start, end))
        elif chunk == "-NEAR" and query[end:].lstrip().startswith("("):
            self.out.append(_Lexeme("-", start, start + 1))
            self.out.append(_Lexeme("NEAR", start + 1, end))
        elif chunk.startswith("-") and (len(chunk) > 1 or query[end : end + 1] in {"(", *_QUOTES}):
            # "-word", '-"a phrase"', "-(a OR b)"; a lone dash between words is punctuation.
            self.out.append(_Lexeme("-", start, start + 1))
            if len(chunk) > 1:
                self._word(start + 1, end)
        else:
            self._word(start, end)

    def _word(self, start: int, end: int) -> None:
        chunk = self.query[start:end]
        prefix = chunk.endswith("*")
        if "*" in (chunk[:-1] if prefix else chunk):
            raise QueryError(messages.QUERY_STAR if chunk.strip("*") == "" else messages.QUERY_STAR_PLACE)
        self.out.append(_Lexeme("word", start, end - 1 if prefix else end, prefix))


# --- terms ------------------------------------------------------------------------------------


class _Item(Record):
    """A parser input: a term (or, for plain words that may be one compound, a ready node), or a
    piece of syntax (kind as in _Lexeme)."""

    kind: str
    term: Term | None = None
    distance: int = DEFAULT_NEAR
    node: _Node | None = None


_MAX_SPELLINGS = 8  # other spellings of one term beyond this are not looked for


class _Terms:
    """Makes terms from canonical words: the other spellings of their compounds, and their lemmas
    when word forms are on. Without a lexicon, a term is its words as typed."""

    def __init__(self, word_forms: bool, lexicon: Lexicon | None) -> None:
        if word_forms and lexicon is None:
            raise ValueError("word forms need a lexicon")
        self.word_forms = word_forms
        self.lexicon = lexicon

    def term(self, words: tuple[str, ...], prefix: bool, typed_cuts: tuple[tuple[int, ...], ...] = (),
             plain: bool = False, apart: tuple[str, ...] = ()) -> Term:
        """`typed_cuts`: where the user put ZWNJ inside each word; `plain`: an unquoted word,
        which word forms widen; `apart`: a spelling not to look for (the caller has it already)."""
        spellings = tuple(s for s in self._spellings(words, typed_cuts or ((),) * len(words)) if s != apart)
        lexicon = self.lexicon
        word = words[0]
        if plain and self.word_forms and lexicon is not None and not prefix and len(words) == 1 \
                and len(word) >= _MIN_PREFIX and any(ch.isalpha() for ch in word):
            lemma_spellings = tuple(tuple(lexicon.lemma(part) for part in spelling) for spelling in spellings)
            return Term(words, False, lemma_spellings, lexicon.lemmas(word))
        return Term(words, prefix, spellings)

    def _spellings(self, words: tuple[str, ...], typed_cuts: tuple[tuple[int, ...], ...]) -> tuple[tuple[str, ...], ...]:
        """Other token sequences for `words`: a compound cut where ZWNJ was typed or where hazm
        writes it, and two neighbours that together are one listed word, joined."""
        if self.lexicon is None:
            return ()  # words as typed
        options = [[(word,), *self._cuts(word, cuts)] for word, cuts in zip(words, typed_cuts)]
        found: list[tuple[str, ...]] = []

        def expand(i: int, done: tuple[str, ...]) -> None:
            if len(found) > _MAX_SPELLINGS:
                return
            if i == len(words):
                found.append(done)
                return
            for option in options[i]:
                expand(i + 1, done + option)
            if i + 1 < len(words) and self.lexicon is not None and self.lexicon.joins(words[i], words[i + 1]):
                expand(i + 2, done + (words[i] + words[i + 1],))

        expand(0, ())
        return tuple(spelling for spelling in dict.fromkeys(found[1 : _MAX_SPELLINGS + 1]) if spelling != words)

    def _cuts(self, word: str, typed: tuple[int, ...]) -> list[tuple[str, ...]]:
        cut_sets = {combo for size in range(1, min(len(typed), 3) + 1) for combo in itertools.combinations(typed, size)}
        if self.lexicon is not None:
            cut_sets.update(self.lexicon.splits(word))
        out = []
        for cuts in sorted(cut_sets):
            bounds = (0, *cuts, len(word))
            parts = tuple(word[a:b] for a, b in zip(bounds, bounds[1:]))
            if all(parts) and not any(joins_across_space(a, b) for a, b in zip(parts, parts[1:])):
                out.append(parts)
        return out


def _typed_cuts(written: str, word: str) -> tuple[int, ...]:
    """Where ZWNJ stands inside a word as the user typed it («سهمیه‌بندی» -> (5,)), in the
    canonical word's offsets."""
    if ZWNJ not in written:
        return ()
    parts = [canonical_word(part) for part in written.split(ZWNJ)]
    if any(not part or " " in part for part in parts) or "".join(parts) != word:
        return ()
    return tuple(itertools.accumulate(len(part) for part in parts[:-1]))


def _split_groups(text: str, found: list[Token]) -> list[list[Token]]:
    """Tokens of one stretch of query, grouped where whitespace separates them: "3.5" or
    "COVID-19" stay together as a phrase, «راه های» is already one token."""
    groups: list[list[Token]] = []
    for token in found:
        if groups and not any(ch.isspace() for ch in text[groups[-1][-1].end : token.start]):
            groups[-1].append(token)
        else:
            groups.append([token])
    return groups


def _run_items(query: str, run: list[_Lexeme], make: _Terms, in_near: bool) -> list[_Item]:
    """Terms of consecutive plain words, tokenized together so spacing joins them as in text.
    Two neighbouring words that may be one compound («سهمیه بندی») become «both, or the one»."""
    start, end = run[0].start, run[-1].end
    stretch = query[start:end]
    groups = _split_groups(stretch, tokens(stretch))
    starred = run[-1].prefix
    if starred and (not groups or groups[-1][-1].end + start <= run[-1].start):
        raise QueryError(messages.QUERY_STAR)  # the starred word itself was only punctuation
    if starred and len(groups[-1][-1].text) < _MIN_PREFIX:
        raise QueryError(messages.QUERY_STAR)
    terms = []
    for k, group in enumerate(groups):
        words = tuple(token.text for token in group)
        cuts = tuple(_typed_cuts(stretch[token.start : token.end], token.text) for token in group)
        terms.append(make.term(words, starred and k == len(groups) - 1, cuts, plain=True))
    items: list[_Item] = []
    k = 0
    while k < len(terms):
        first = terms[k]
        second = terms[k + 1] if k + 1 < len(terms) else None
        if (second is not None and not in_near and make.lexicon is not None and not second.prefix
                and len(first.words) == len(second.words) == 1
                and make.lexicon.joins(first.words[0], second.words[0])):
            joined = make.term((first.words[0] + second.words[0],), False, plain=True,
                               apart=(first.words[0], second.words[0]))
            both = _All((_TermNode(first), _TermNode(second)), ())
            items.append(_Item("term", node=_Any((both, _TermNode(joined)))))
            k += 2
        else:
            items.append(_Item("term", first))
            k += 1
    return items


def _phrase_term(query: str, lexeme: _Lexeme, make: _Terms) -> Term:
    content = query[lexeme.start : lexeme.end]
    prefix = lexeme.prefix
    if content.rstrip().endswith("*"):
        prefix, content = True, content.rstrip()[:-1]
    found = tokens(content)
    words = tuple(token.text for token in found)
    if not words:
        raise QueryError(messages.QUERY_NO_WORD_IN_QUOTES)
    if prefix and len(words[-1]) < _MIN_PREFIX:
        raise QueryError(messages.QUERY_STAR)
    cuts = tuple(_typed_cuts(content[token.start : token.end], token.text) for token in found)
    return make.term(words, prefix, cuts)


def _distance(query: str, lexeme: _Lexeme) -> int:
    text = query[lexeme.start : lexeme.end]
    # int() reads Persian and Arabic-Indic digits too; the length check comes first because
    # int() refuses digit strings longer than 4300 with a plain ValueError.
    if not text.isdecimal() or len(text) > len(str(_MAX_NEAR)) or int(text) > _MAX_NEAR:
        raise QueryError(messages.QUERY_NEAR_DISTANCE, _MAX_NEAR)
    return int(text)


def _items(query: str, lexemes: list[_Lexeme], make: _Terms) -> list[_Item]:
    items: list[_Item] = []
    run: list[_Lexeme] = []
    in_near = False

    def flush() -> None:
        if run:
            items.extend(_run_items(query, run, make, in_near))
            run.clear()

    for lexeme in lexemes:
        if lexeme.kind == "NEAR":
            in_near = True
        elif lexeme.kind == ")":
            in_near = False
        if lexeme.kind == "word":
            run.append(lexeme)
            # A prefix ends its run; a negated word is a run of its own.
            if lexeme.prefix or (len(items) and items[-1].kind == "-" and len(run) == 1):
                flush()
            continue
        flush()
        if lexeme.kind == "phrase":
            items.append(_Item("term", _phrase_term(query, lexeme, make)))
        elif lexeme.kind == "distance":
            items.append(_Item("distance", distance=_distance(query, lexeme)))
        else:
            items.append(_Item(lexeme.kind))
    flush()
    # "-" before punctuation only ("-،") negates nothing; it goes with what it negated.
    return [item for k, item in enumerate(items) if item.kind != "-" or _negates(items, k)]


def _negates(items: list[_Item], k: int) -> bool:
    return k + 1 < len(items) and items[k + 1].kind in ("term", "(", "NEAR")


# --- parsing ----------------------------------------------------------------------------------


class _TermNode(Record):
    term: Term


class _All(Record):
    required: tuple[_Node, ...]
    excluded: tuple[_Node, ...]


class _Any(Record):
    options: tuple[_Node, ...]


class _Near(Record):
    terms: tuple[Term, ...]
    distance: int


_Node = _TermNode | _All | _Any | _Near


class _Parser:
    """Recursive descent: OR binds loosest, then AND (written or implied), then NOT / "-"."""

    def __init__(self, items: list[_Item]) -> None:
        self.items = items
        self.i = 0
        self.depth = 0  # open parentheses

    def peek(self) -> str | None:
        return self.items[self.i].kind if self.i < len(self.items) else None

    def take(self) -> _Item:
        item = self.items[self.i]
        self.i += 1
        return item

    def parse(self) -> _Node:
        node = self.any_of()
        if self.peek() is not None:
            raise QueryError(messages.QUERY_CLOSE)  # any_of stops early only at an unmatched ")"
        return node

    def any_of(self) -> _Node:
        if self.peek() == "OR":
            raise QueryError(messages.QUERY_OR)
        options = [self.all_of()]
        while self.peek() == "OR":
            self.take()
            if self.peek() in (None, ")", "OR", "AND"):
                raise QueryError(messages.QUERY_OR)
            options.append(self.all_of())
        return options[0] if len(options) == 1 else _Any(tuple(options))

    def all_of(self) -> _Node:
        required: list[_Node] = []
        excluded: list[_Node] = []
        while (kind := self.peek()) not in (None, ")", "OR"):
            if kind == "AND":
                self.take()
                if not (required or excluded) or self.peek() in (None, ")", "OR", "AND"):
                    raise QueryError(messages.QUERY_AND)
            elif kind in ("NOT", "-"):
                self.take()
                if self.peek() in (None, ")", "OR", "AND", "NOT", "-"):
                    raise QueryError(messages.QUERY_NOT if kind == "NOT" else messages.QUERY_MINUS)
                excluded.append(self.primary())
            else:
                required.append(self.primary())
        if not (required or excluded):
            if self.peek() == ")":
                raise QueryError(messages.QUERY_CLOSE)
            raise QueryError(messages.QUERY_OPEN if self.depth else messages.QUERY_NOTHING)
        if not required:
            raise QueryError(messages.QUERY_ONLY_EXCLUDED)
        if not excluded and len(required) == 1:
            return required[0]
        return _All(tuple(required), tuple(excluded))

    def primary(self) -> _Node:
        item = self.take()
        if item.kind == "term":
            return item.node if item.node is not None else _TermNode(item.term)
        if item.kind == "(":
            if self.peek() == ")":
                raise QueryError(messages.QUERY_EMPTY_PARENTHESES)
            if self.depth >= _MAX_NESTING:  # also keeps Python's and FTS5's recursion limits away
                raise QueryError(messages.QUERY_NESTING, _MAX_NESTING)
            self.depth += 1
            node = self.any_of()
            if self.peek() != ")":
                raise QueryError(messages.QUERY_OPEN)
            self.take()
            self.depth -= 1
            return node
        if item.kind == "NEAR":
            return self.near()
        if item.kind == ")":
            raise QueryError(messages.QUERY_CLOSE)
        raise QueryError(messages.QUERY_NEAR)  # a distance is lexed only inside NEAR(...)

    def near(self) -> _Node:
        self.take()  # "(": the lexer emits NEAR only before one
        terms: list[Term] = []
        distance = DEFAULT_NEAR
        while True:
            if self.peek() is None:
                raise QueryError(messages.QUERY_OPEN)
            item = self.take()
            if item.kind == ")":
                break
            if item.kind == "term" and item.term is not None:
                terms.append(item.term)
            elif item.kind == "distance" and self.peek() == ")":
                distance = item.distance  # one distance, and only last
            else:
                raise QueryError(messages.QUERY_NEAR)
        if len(terms) < 2:
            raise QueryError(messages.QUERY_NEAR_TWO)
        return _Near(tuple(terms), distance)


# --- output -----------------------------------------------------------------------------------


def _fts(node: _Node) -> str:
    """An FTS5 expression, fully parenthesized so FTS5's own precedence never matters."""
    if isinstance(node, _TermNode):
        return node.term.fts()
    if isinstance(node, _Any):
        return "(" + " OR ".join(_fts(option) for option in node.options) + ")"
    if isinstance(node, _Near):
        return near_fts(node.terms, node.distance)
    required = " AND ".join(_fts(part) for part in node.required)
    if len(node.required) > 1:
        required = f"({required})"
    if not node.excluded:
        return required
    excluded = " OR ".join(_fts(part) for part in node.excluded)
    if len(node.excluded) > 1:
        excluded = f"({excluded})"
    return f"({required} NOT {excluded})"


def _positive_terms(node: _Node) -> Iterator[Term]:
    if isinstance(node, _TermNode):
        yield node.term
    elif isinstance(node, _Near):
        yield from node.terms
    elif isinstance(node, _Any):
        for option in node.options:
            yield from _positive_terms(option)
    else:
        for part in node.required:  # excluded parts are never highlighted
            yield from _positive_terms(part)


def parse_query(query: str, word_forms: bool = False, lexicon: Lexicon | None = None) -> ParsedQuery:
    """Turn what the user typed into an FTS5 expression and the terms to highlight.

    With `lexicon`, compounds are looked for in all their spellings. `word_forms` (which needs
    the lexicon) makes every plain (unquoted, unstarred) word of two letters or more find its
    forms by lemma: «کشور» then finds «کشورها» and «کشورهای», not «کشورداری». Quote a word to
    keep it exact.
    """
    if not query.strip():
        raise QueryError(messages.QUERY_TYPE_A_WORD)
    items = _items(query, _Lexer(query).run(), _Terms(word_forms, lexicon))
    if not any(item.kind == "term" for item in items):
        if any(item.kind in ("AND", "OR", "NOT", "-", "NEAR", "(", ")") for item in items):
            _Parser(items).parse()  # reports the misplaced operator or parenthesis
        raise QueryError(messages.QUERY_NO_LETTERS)
    node = _Parser(items).parse()
    lemma = lexicon.lemma if lexicon is not None and word_forms else None
    return ParsedQuery(_fts(node), tuple(dict.fromkeys(_positive_terms(node))), lemma)

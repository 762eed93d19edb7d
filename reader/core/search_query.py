"""The query language of full-text search, and mapping hits back to the original text.

Query language (`parse_query`): words are all required; "double quotes" (or “ ”) make a phrase;
«word*» is a prefix (two letters at least); AND, OR, NOT (upper case) and «-word»; NEAR(a b, 10)
with 10 as the default distance; parentheses group, at most 8 deep (FTS5's parser stack runs out
not far beyond). A word that holds punctuation ("3.5", "COVID-19") is the phrase of its parts.
Spacing inside the query is read like spacing in text, so the plain query «راه های» is the
single word «راههای». Every term is double-quoted in the FTS5 expression and the expression is
built here, so FTS5 never sees user syntax: anything it could reject raises QueryError first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reader.core import messages
from reader.core.errors import HashiyaError
from reader.core.search_text import Token, tokens

# ---------------------------------------------------------------------------------------------
# Queries


class QueryError(HashiyaError, ValueError):
    """A search that cannot be run; the message tells the user what to change. (Also a ValueError,
    as it was before it became a HashiyaError: callers may catch either.)"""


@dataclass(frozen=True)
class Term:
    """What one query term finds: a word (one entry) or a phrase (several), in canonical form."""

    words: tuple[str, ...]
    prefix: bool  # the last word matches every token that starts with it


def _quoted(term: Term) -> str:
    # Canonical words hold only letters and digits, but doubling quotes keeps this safe whatever
    # they contain; quoting stops FTS5 from reading a word as AND, NEAR, a column name, ...
    quoted = '"' + " ".join(term.words).replace('"', '""') + '"'
    return quoted + "*" if term.prefix else quoted


def _occurrences(term: Term, texts: list[str], found: list[Token]) -> Iterator[tuple[int, int]]:
    """Original-text spans of every occurrence of `term` in a text with these tokens."""
    first, size = term.words[0], len(term.words)
    if size == 1 and term.prefix:
        starts = [i for i, text in enumerate(texts) if text.startswith(first)]
    else:
        starts = [i for i, text in enumerate(texts) if text == first]
    for i in starts:
        end = i + size - 1
        if end >= len(texts) or texts[i + 1 : end] != list(term.words[1:-1]):
            continue
        last = texts[end]
        if size == 1 or last == term.words[-1] or (term.prefix and last.startswith(term.words[-1])):
            yield found[i].start, found[end].end


@dataclass(frozen=True)
class ParsedQuery:
    fts: str  # FTS5 MATCH expression over the canonical tokens
    terms: tuple[Term, ...]  # positive terms, to highlight (excluded ones are not)

    def matches(self, text: str) -> list[tuple[int, int]]:
        """Sorted, non-overlapping spans of `text` covered by any positive term."""
        found = tokens(text)
        texts = [token.text for token in found]
        spans = sorted(span for term in self.terms for span in _occurrences(term, texts, found))
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged


# --- lexing -----------------------------------------------------------------------------------

_QUOTES = frozenset('"\u201c\u201d')  # macOS and Word turn " into “ ”
_OPERATORS = frozenset(("AND", "OR", "NOT"))
_NEAR_SEPARATORS = frozenset(",\u060c")  # "," or the Persian comma «،» before the distance
DEFAULT_NEAR = 10
_MAX_NEAR = 100_000
_MIN_PREFIX = 2
_MAX_NESTING = 8


@dataclass(frozen=True)
class _Lexeme:
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


@dataclass(frozen=True)
class _Item:
    """A parser input: a term, or a piece of syntax (kind as in _Lexeme)."""

    kind: str
    term: Term | None = None
    distance: int = DEFAULT_NEAR


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


def _run_terms(query: str, run: list[_Lexeme], word_forms: bool) -> list[Term]:
    """Terms of consecutive plain words, tokenized together so spacing joins them as in text."""
    start, end = run[0].start, run[-1].end
    stretch = query[start:end]
    groups = _split_groups(stretch, tokens(stretch))
    starred = run[-1].prefix
    if starred and (not groups or groups[-1][-1].end + start <= run[-1].start):
        raise QueryError(messages.QUERY_STAR)  # the starred word itself was only punctuation
    terms = []
    for group in groups:
        words = tuple(token.text for token in group)
        expand = word_forms and len(words) == 1 and len(words[0]) >= _MIN_PREFIX
        terms.append(Term(words, expand))
    if starred:
        if len(terms[-1].words[-1]) < _MIN_PREFIX:
            raise QueryError(messages.QUERY_STAR)
        terms[-1] = Term(terms[-1].words, True)
    return terms


def _phrase_term(query: str, lexeme: _Lexeme) -> Term:
    content = query[lexeme.start : lexeme.end]
    prefix = lexeme.prefix
    if content.rstrip().endswith("*"):
        prefix, content = True, content.rstrip()[:-1]
    words = tuple(token.text for token in tokens(content))
    if not words:
        raise QueryError(messages.QUERY_NO_WORD_IN_QUOTES)
    if prefix and len(words[-1]) < _MIN_PREFIX:
        raise QueryError(messages.QUERY_STAR)
    return Term(words, prefix)


def _distance(query: str, lexeme: _Lexeme) -> int:
    text = query[lexeme.start : lexeme.end]
    # int() reads Persian and Arabic-Indic digits too; the length check comes first because
    # int() refuses digit strings longer than 4300 with a plain ValueError.
    if not text.isdecimal() or len(text) > len(str(_MAX_NEAR)) or int(text) > _MAX_NEAR:
        raise QueryError(messages.QUERY_NEAR_DISTANCE, _MAX_NEAR)
    return int(text)


def _items(query: str, lexemes: list[_Lexeme], word_forms: bool) -> list[_Item]:
    items: list[_Item] = []
    run: list[_Lexeme] = []

    def flush() -> None:
        if run:
            items.extend(_Item("term", term) for term in _run_terms(query, run, word_forms))
            run.clear()

    for lexeme in lexemes:
        if lexeme.kind == "word":
            run.append(lexeme)
            # A prefix ends its run; a negated word is a run of its own.
            if lexeme.prefix or (len(items) and items[-1].kind == "-" and len(run) == 1):
                flush()
            continue
        flush()
        if lexeme.kind == "phrase":
            items.append(_Item("term", _phrase_term(query, lexeme)))
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


@dataclass(frozen=True)
class _TermNode:
    term: Term


@dataclass(frozen=True)
class _All:
    required: tuple[_Node, ...]
    excluded: tuple[_Node, ...]


@dataclass(frozen=True)
class _Any:
    options: tuple[_Node, ...]


@dataclass(frozen=True)
class _Near:
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
        if item.kind == "term" and item.term is not None:
            return _TermNode(item.term)
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
        return _quoted(node.term)
    if isinstance(node, _Any):
        return "(" + " OR ".join(_fts(option) for option in node.options) + ")"
    if isinstance(node, _Near):
        return "NEAR(" + " ".join(_quoted(term) for term in node.terms) + f", {node.distance})"
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


def parse_query(query: str, word_forms: bool = False) -> ParsedQuery:
    """Turn what the user typed into an FTS5 expression and the terms to highlight.

    `word_forms` widens every plain (unquoted, unstarred) word of two letters or more to a
    prefix: «کشور» then finds «کشورها» and «کشوری», but also «کشورداری». Quote a word to keep
    it exact.
    """
    if not query.strip():
        raise QueryError(messages.QUERY_TYPE_A_WORD)
    items = _items(query, _Lexer(query).run(), word_forms)
    if not any(item.kind == "term" for item in items):
        if any(item.kind in ("AND", "OR", "NOT", "-", "NEAR", "(", ")") for item in items):
            _Parser(items).parse()  # reports the misplaced operator or parenthesis
        raise QueryError(messages.QUERY_NO_LETTERS)
    node = _Parser(items).parse()
    return ParsedQuery(_fts(node), tuple(dict.fromkeys(_positive_terms(node))))

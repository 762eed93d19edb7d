"""The text side of full-text search: one canonical form for articles and queries, and tokens
that remember their spans in the original text. The query language is in `search_query`.

SQLite's FTS5 (tokenizer `unicode61 remove_diacritics 0`) indexes `index_text(article)` and is
queried with `parse_query(query).fts`. Both come from the same canonicalization, so a spelling
variant typed in the query finds the other variant in the text («كشور» finds «کشور»). FTS5 is
only told which articles match; `ParsedQuery.matches` then re-tokenizes the article here and
returns code-point spans of the ORIGINAL text, which the reader highlights.

Canonical form of a word (`tokens`, `index_text`, `canonical_word`):

* Letters: ي ى -> ی, ك -> ک, ة ۀ -> ه, أ إ آ ٱ -> ا, ؤ -> و. Arabic diacritics (harakat,
  shadda, sukun, hamza above/below, superscript alef, Quranic marks) and tatweel disappear, so
  «هٔ» is «ه» and «مُحَمَّد» is «محمد». آ folds to ا on purpose: people type «اب» for «آب»,
  at the price of «آب» also matching the rarer «اب».
* Hamza seats: «ئ» is written where other spellings have ی, و or ا, and which one depends on
  the word; the neighbours decide (`_fold_hamza`): before و it goes (مسئول = مسؤول = مسوول =
  مسول, سئوال = سؤال = سوال), after ا or و and before ی it is ی (مسائل = مسایل, ژوئن = ژوین,
  رئیس = رییس), before ت or ل it is ا (هیئت = هیأت = هیات, مسئله = مسأله = مساله), elsewhere ی
  (مطمئن = مطمین). A doubled و is one (داوود = داود), and a hamza after a final ا goes
  (اجزاء = اجزا).
* Every decimal digit set becomes 0-9 (۲۰۲۴ = ٢٠٢٤ = 2024). Latin (and other cased) letters
  are casefolded. Arabic presentation forms and full-width characters get their NFKC letter.
  Any other combining mark is composed (NFC) and then dropped, so tokens hold only characters
  that unicode61 itself treats as word characters (and the decimal separator, see below).
* ZWJ, LRM, RLM, ALM, the bidi embedding/isolate controls, soft hyphen and BOM are invisible:
  inside a word they vanish, between words they count as nothing.
* Words are runs of letters and combining marks, numbers are runs of digits; everything else
  separates them, and so does the change from digits to letters: «۲۰درصد» is «20» «درصد»,
  «مدت۲۰دقیقه» is «مدت» «20» «دقیقه». A decimal — two digit groups joined by one «.», «/» or
  «٫», not part of a longer chain such as a date 1403/05/12 — is one token written with «٫»:
  3.5 = ۳٫۵ = 3/5 -> «3٫5», which is not «3 5» and not «1+5». Thousands separators split:
  the query "1000" does not find «۱٬۰۰۰».

Joining (decided only from a word, the gap after it and the next word, so that a phrase in a
query canonicalizes exactly like the same words in an article):

* A ZWNJ between two words always joins them ("one word" in Persian): «راه‌های» -> «راههای»,
  «بین‌المللی» -> «بینالمللی», «خانه‌ای» -> «خانهای», «خانه‌ی» -> «خانهی».
* A single space joins a bound plural/comparative suffix to the word before it (ها های هایی
  هایم هایت هایش هایمان هایتان هایشان تر ترین ترها) and the verbal prefix می / نمی to a following
  word that starts with a letter. «ان», «ای», «ی» ... are never joined across a space: they are
  also words of their own. «تر» and «ها» are words too, rarely: «خشک و تر» becomes «خشک وتر».
* Nothing joins a number: «گذشت‌۱۴۰۰» is «گذشت» «1400», «۱۳۹۰ ها» is «1390» «ها».

So these written forms are one token and each finds the others, in both directions:

    راههای  = راه‌های  = راه های      (all -> راههای; likewise کتابها, کشورها ...)
    بزرگتر  = بزرگ‌تر  = بزرگ تر      (also ترین, ترها)
    میشود   = می‌شود   = می شود       (also نمی)
    خانهای  = خانه‌ای                 «خانه ای» is two tokens
    بینالمللی = بین‌المللی            «بین المللی» is two tokens
    خانه = خانهٔ = خانۀ              but «خانه‌ی» is «خانهی», which «خانه» does not find

Compounds written with a space («بین المللی», «سهمیه بندی») stay two tokens in the index; the
query side (`search_query`, with the lexicon's compounds) looks for both spellings.

A query word matches whole tokens only: «راه» does not find «راه‌های» and «شود» does not find
«می‌شود». «راه*» widens a word to every token starting with it; word forms (by lemma) are
`lexicon`'s business.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import NamedTuple

from reader.core.lazy_pattern import lazy_compile
from reader.core.spelling import LETTER_VARIANTS
from reader.core.text import ZWNJ


# ---------------------------------------------------------------------------------------------
# Characters

# How a character behaves when words are cut out of text.
_WORD = 0  # letter with a non-empty canonical form
_SILENT = 1  # word character whose canonical form is empty (tatweel, Arabic diacritics)
_MARK = 2  # any other combining mark: composed with NFC, then dropped, per word
_INVISIBLE = 3  # format controls that neither make nor break a word
_ZWNJ = 4
_SPACE = 5  # one horizontal space (Unicode Zs)
_OTHER = 6  # punctuation, symbols, line breaks, ...
_DIGIT = 7  # a decimal digit of any script
_DECIMAL = 8  # «.», «/», «٫»: between two digit groups a decimal point, elsewhere punctuation

DECIMAL_POINT = "\u066b"  # «٫», how a decimal is written in a token («3٫5»)
LEMMA_MARK = "_"  # starts every token of the word-forms columns (`lexicon`); never in a word token
# What FTS5 must be told so that it cuts exactly our tokens: unicode61 sees every character of a
# canonical token as a word character except the decimal point, and "_", which marks the
# lemma tokens of the word-forms columns (`lexicon`).
FTS_TOKENIZER = f"unicode61 remove_diacritics 0 tokenchars '{DECIMAL_POINT}_'"

_LETTER_FOLDS: dict[str, str] = {
    **LETTER_VARIANTS,
    "ئ": "ئ",  # its seat depends on the letters around it: see _fold_hamza
    "\u0640": "",  # tatweel only stretches a word
}
_SILENT_RANGES = (
    (0x0610, 0x061A),  # honorific and Quranic signs above letters
    (0x064B, 0x065F),  # harakat, shadda, sukun, hamza above/below, ...
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06DC),  # Quranic annotation marks
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
)
for _low, _high in _SILENT_RANGES:
    _LETTER_FOLDS.update({chr(code): "" for code in range(_low, _high + 1)})

_INVISIBLES = frozenset(
    "\u200d\u200e\u200f\u061c\u00ad\ufeff\u2060"  # ZWJ, LRM, RLM, ALM, soft hyphen, BOM, word joiner
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi embeddings and isolates
)
_DECIMAL_SEPARATORS = frozenset("./" + DECIMAL_POINT)
# Only these blocks get NFKC: elsewhere it would turn "½" or "²" into several tokens.
_COMPATIBILITY_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFF00, 0xFFEF))

# Articles use a few hundred distinct characters; each is classified once per process.
_chars: dict[str, tuple[int, str]] = {}


def _char(ch: str) -> tuple[int, str]:
    """(kind, canonical form) of one character."""
    found = _chars.get(ch)
    if found is None:
        found = _chars[ch] = _classify(ch)
    return found


def _classify(ch: str) -> tuple[int, str]:
    if ch == ZWNJ:
        return _ZWNJ, ""
    if ch in _INVISIBLES:
        return _INVISIBLE, ""
    if ch in _DECIMAL_SEPARATORS:
        return _DECIMAL, DECIMAL_POINT
    if ch in _LETTER_FOLDS:
        folded = _LETTER_FOLDS[ch]
        return (_WORD if folded else _SILENT), folded
    category = unicodedata.category(ch)
    if category == "Zs":
        return _SPACE, ""
    if category[0] == "M":
        return _MARK, ch
    if category[0] not in "LN" and category != "Co":
        return _OTHER, ""
    if category == "Nd":
        return _DIGIT, str(unicodedata.decimal(ch))
    compatible = _compatibility_form(ch)
    if compatible is not None:
        return compatible
    return _WORD, ch.casefold()


def _compatibility_form(ch: str) -> tuple[int, str] | None:
    """The canonical form of a presentation-form or full-width character, if it is a letter."""
    code = ord(ch)
    if not any(low <= code <= high for low, high in _COMPATIBILITY_RANGES):
        return None
    # The isolated forms of diacritics decompose to a space plus the mark.
    decomposed = unicodedata.normalize("NFKC", ch).lstrip(" ")
    if decomposed == ch or not decomposed:
        return None
    parts = [_char(c) for c in decomposed]
    if any(kind not in (_WORD, _SILENT, _MARK) for kind, _ in parts):
        return None  # e.g. ﷺ, a whole sentence: better one odd token than a glued one
    folded = "".join(text for _, text in parts)
    if any(kind == _MARK for kind, _ in parts):
        folded = _drop_marks(folded)
    return (_WORD if folded else _SILENT), folded


def _drop_marks(text: str) -> str:
    # Compose first so that e + U+0301 keeps its accent as é; what cannot compose goes, because
    # unicode61 would cut the word at an Arabic mark and we want FTS to see the same tokens.
    composed = unicodedata.normalize("NFC", text)
    return "".join(c for c in composed if not unicodedata.category(c).startswith("M"))


# Hamza seats, on folded text (both roads): pieces of words are separated there by gap
# characters, NUL or digits, so "not a letter" means "the word ends here".
_LETTER = f"[^ \n{ZWNJ}\0{DECIMAL_POINT}0-9]"
_HAMZA_HINT = lazy_compile("[ئء]|وو")
_HAMZA_FOLDS = (
    (lazy_compile("ئ(?=[وا])"), ""),  # مسئول = مسؤول = مسوول, سئوال = سوال; تئاتر = تآتر, رئال ≠ ریال
    (lazy_compile("(?<=[او])ئ"), "ی"),  # مسائل = مسایل, ارائه = ارایه, ژوئن = ژوین
    (lazy_compile("ئ(?=[تل])"), "ا"),  # هیئت = هیأت = هیات, مسئله = مسأله = مساله, جرئت = جرأت
    (lazy_compile("ئ"), "ی"),  # رئیس = رییس, مطمئن = مطمین, توطئه = توطیه
    (lazy_compile(f"(?<=ا)ء(?!{_LETTER})"), ""),  # اجزاء = اجزا, ارتقاء = ارتقا
    (lazy_compile("وو+"), "و"),  # داوود = داود, and the مسوول above
)


def _fold_hamza(folded: str) -> str:
    for pattern, replacement in _HAMZA_FOLDS:
        folded = pattern.sub(replacement, folded)
    return folded


_hamza_words: dict[str, str] = {}  # a text's hamza words are few and recur: each is folded once


def _fold_hamza_word(word: str) -> str:
    found = _hamza_words.get(word)
    if found is None:
        if len(_hamza_words) > 100_000:
            _hamza_words.clear()
        found = _hamza_words[word] = _fold_hamza(word)
    return found


_NOT_LETTERS = frozenset(f" \n{ZWNJ}\0{DECIMAL_POINT}0123456789")


def _fold_hamza_in_words(folded: str) -> str:
    """`_fold_hamza` on each word that needs it, not on the whole text: the rules look one letter
    either side, so a word folds alone as it does in place."""
    out: list[str] = []
    done = 0
    for match in _HAMZA_HINT.finditer(folded):
        if match.start() < done:
            continue
        start, end = match.start(), match.end()
        while start > done and folded[start - 1] not in _NOT_LETTERS:
            start -= 1
        while end < len(folded) and folded[end] not in _NOT_LETTERS:
            end += 1
        out += (folded[done:start], _fold_hamza_word(folded[start:end]))
        done = end
    out.append(folded[done:])
    return "".join(out)


# One character for each: a folded copy of a text that keeps its positions (`hit_locator`).
POSITIONAL_SKIP = "\x01"   # silent or invisible: inside a word it is nothing
POSITIONAL_BAIL = "\x00"   # does not fold to exactly one character (a composed mark, a ligature, «ß»)
POSITIONAL_BREAK = "\n"    # ends any word: punctuation, symbols, line breaks
_POSITIONAL_KINDS = {_SILENT: POSITIONAL_SKIP, _INVISIBLE: POSITIONAL_SKIP, _ZWNJ: ZWNJ, _SPACE: " ",
                     _OTHER: POSITIONAL_BREAK, _DECIMAL: DECIMAL_POINT, _MARK: POSITIONAL_BAIL}


def positional_fold(ch: str) -> str:
    """The one character standing for `ch` in a folded copy of a text that keeps positions: a
    letter's or digit's canonical form, " " for a space, ZWNJ, «٫» for «.», «/» and «٫», or one
    of the POSITIONAL_ marks."""
    if ch == "\0":
        return POSITIONAL_BAIL   # the tokenizer's own separator
    kind, folded = _char(ch)
    if kind in (_WORD, _DIGIT):
        return folded if len(folded) == 1 else POSITIONAL_BAIL
    return _POSITIONAL_KINDS[kind]


# ---------------------------------------------------------------------------------------------
# Tokens


class Token(NamedTuple):
    """One canonical word and the span of the ORIGINAL text it came from (a tuple: snippets make
    thousands a search).

    For a joined compound («راه های») the span runs from the first part's start to the last
    part's end, gap included; for a decimal («۳٫۵») from its first digit to its last.
    """

    text: str
    start: int
    end: int


# Gaps between pieces.
_GAP_ZWNJ, _GAP_SPACE, _GAP_OTHER = range(3)

_SPACE_SUFFIXES = frozenset(
    ("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر", "ترین", "ترها")
)
_VERB_PREFIXES = frozenset(("می", "نمی"))
_ASCII_DIGITS = frozenset("0123456789")


class _Lazy(dict[int, str]):
    """A str.translate table that fills itself in on first sight of each character.

    Translating whole texts through these tables keeps the per-character work in C; Python runs
    only for characters never seen before.
    """

    def __init__(self, column: int) -> None:
        super().__init__()
        self.column = column

    def __missing__(self, code: int) -> str:
        kind, folded = _char(chr(code))
        value = self[code] = _KIND_LETTERS[kind] if self.column == 0 else folded
        return value


# One letter per kind, in the order of the kind numbers, for the kind string of a text.
_KIND_LETTERS = "wsmiz _nd"
_KINDS = _Lazy(0)
_FOLDS = _Lazy(1)
_FOLDS[0] = "\0"  # kept: it separates pieces folded together (see _pieces)
# A piece: letters (invisibles allowed only between them), or digits (tatweel too).
_PIECE = lazy_compile(r"[wsm](?:i*[wsm])*|n(?:[is]*n)*")
_NOT_IN_DECIMAL = str.maketrans("", "", "ism")  # what may sit unseen between a digit and the point


def _pieces(text: str, kinds: str) -> list[tuple[str, int, int]]:
    """(canonical text, start, end) of each maximal run of letters or of digits, skipping runs
    whose canonical form is empty (a lone diacritic or tatweel)."""
    spans = [match.span() for match in _PIECE.finditer(kinds)]
    # One translate over all pieces, NUL-separated (pieces never hold NUL), costs far less
    # than one call per piece.
    joined = "\0".join([text[start:end] for start, end in spans]).translate(_FOLDS)
    if "m" in kinds:  # rare: combining marks other than Arabic diacritics
        folded = joined.split("\0")
        joined = "\0".join(_drop_marks(f) if "m" in kinds[s:e] else f for f, (s, e) in zip(folded, spans))
    if _HAMZA_HINT.search(joined):
        joined = _fold_hamza(joined)
    return [(f, start, end) for f, (start, end) in zip(joined.split("\0"), spans) if f]


def _decimals(pieces: list[tuple[str, int, int]], kinds: str) -> list[tuple[str, int, int]]:
    """Two digit groups joined by one decimal point, and no more groups chained on, become one
    piece «3٫5»; longer chains (dates, versions) stay apart."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(pieces):
        j = i
        while (j + 1 < len(pieces) and kinds[pieces[j][1]] == "n" and kinds[pieces[j + 1][1]] == "n"
               and kinds[pieces[j][2] : pieces[j + 1][1]].translate(_NOT_IN_DECIMAL) == "d"):
            j += 1
        if j == i + 1:
            out.append((pieces[i][0] + DECIMAL_POINT + pieces[j][0], pieces[i][1], pieces[j][2]))
        else:
            out.extend(pieces[i : j + 1])
        i = j + 1
    return out


def _gap(kinds: str) -> int:
    """What separates two pieces (their kind letters in between); silent pieces (lone
    diacritics) and invisibles do not count."""
    if kinds == " ":
        return _GAP_SPACE  # by far the most common gap
    if "_" in kinds or "d" in kinds:
        return _GAP_OTHER
    spaces = kinds.count(" ")
    if spaces == 1:
        return _GAP_SPACE  # a ZWNJ next to the space changes nothing: "راه‌ های" is a typo
    if spaces == 0 and "z" in kinds:
        return _GAP_ZWNJ
    return _GAP_OTHER


def _joins(before: str, gap: int, after: str) -> bool:
    if before[-1] in _ASCII_DIGITS or after[0] in _ASCII_DIGITS:
        return False  # nothing joins a number (canonical digits are 0-9; "²" is a letter here)
    if gap == _GAP_ZWNJ:
        return True  # ZWNJ always means "one word" in Persian
    if gap != _GAP_SPACE:
        return False
    return after in _SPACE_SUFFIXES or (before in _VERB_PREFIXES and after[0].isalpha())


def joins_across_space(before: str, after: str) -> bool:
    """Whether the canonical words «before after», written with one space, are one token."""
    return _joins(before, _GAP_SPACE, after)


def _token_spans(text: str) -> list[tuple[str, int, int]]:
    """(canonical text, start, end) of each token: `tokens` without the objects, for indexing."""
    kinds = text.translate(_KINDS)  # same length as text: one kind letter per character
    pieces = _pieces(text, kinds)
    if "d" in kinds and "n" in kinds:
        pieces = _decimals(pieces, kinds)
    result: list[tuple[str, int, int]] = []
    parts: list[str] = []
    start = end = 0
    previous = ""
    for piece, piece_start, piece_end in pieces:
        gap = kinds[end:piece_start]
        # The common case first: one space before a piece that is no bound suffix, after a word
        # that is no verbal prefix, starts a new token without asking _joins.
        if parts and (gap != " " or piece in _SPACE_SUFFIXES or previous in _VERB_PREFIXES) \
                and _joins(previous, _gap(gap), piece):
            parts.append(piece)
        else:
            if parts:
                result.append((_joined(parts), start, end))
            parts = [piece]
            start = piece_start
        end = piece_end
        previous = piece
    if parts:
        result.append((_joined(parts), start, end))
    return result


def _joined(parts: list[str]) -> str:
    """One token made of pieces. The hamza rules look at the letters either side, so a join can
    make a seat they fold that neither piece had alone (و‌و is the token و, as «وو» typed is)."""
    if len(parts) == 1:
        return parts[0]
    token = "".join(parts)
    return _fold_hamza_word(token) if _HAMZA_HINT.search(token) else token


def tokens(text: str) -> list[Token]:
    """The canonical tokens of `text`, in order, with their spans in `text`."""
    return list(itertools.starmap(Token, _token_spans(text)))


def tokens_between(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end], with their spans in `text`: the tokens the whole text has
    there when both ends are characters that end a word (or the text's ends)."""
    return [Token(word, first + start, last + start) for word, first, last in _token_spans(text[start:end])]


# ---------------------------------------------------------------------------------------------
# The index form, without spans
#
# Importing spends most of its CPU here, so `index_text` takes a shorter road to the same words
# as `_token_spans`: one translate folds every word character and turns each gap character into
# a gap letter (space " ", ZWNJ, anything else "\n"); hamza seats are settled; every number is
# set apart by "\n" (a decimal keeps its point, any other point becomes "\n"); three regular
# expressions then remove the gaps that join (a suffix after one space, one space after می/نمی,
# ZWNJ alone), and what is left splits into tokens. Text with other combining marks goes the
# long way. A property test holds both roads to the same tokens.


class _IndexFolds(dict[int, str]):
    """A str.translate table: canonical form of word characters, gap letters for the rest."""

    def __missing__(self, code: int) -> str:
        kind, folded = _char(chr(code))
        value = self[code] = _INDEX_LETTERS.get(kind, folded)
        return value


_INDEX_LETTERS = {_SILENT: "", _INVISIBLE: "", _ZWNJ: ZWNJ, _SPACE: " ", _MARK: "\0", _OTHER: "\n"}
_INDEX_FOLDS = _IndexFolds()
_IN_WORD = "[^ \n\u200c]"
_ONE_SPACE = "\u200c* \u200c*"  # a ZWNJ beside the space changes nothing (see _gap)
_SUFFIX_ALTERNATIVES = "|".join(sorted(_SPACE_SUFFIXES, key=len, reverse=True))
_SUFFIX_GAP = lazy_compile(f"(?<={_IN_WORD}){_ONE_SPACE}(?=(?:{_SUFFIX_ALTERNATIVES})(?!{_IN_WORD}))")
_VERB_PREFIX_GAP = lazy_compile(f"(?<!{_IN_WORD})(ن?می){_ONE_SPACE}(?={_IN_WORD})")
_ZWNJ_GAP = lazy_compile(f"(?<={_IN_WORD})\u200c+(?={_IN_WORD})")
_NUMBER = lazy_compile(f"[0-9]+(?:{DECIMAL_POINT}[0-9]+)*")
_NUMBER_CHAIN = lazy_compile(f"[0-9]+{DECIMAL_POINT}[0-9]+(?:{DECIMAL_POINT}[0-9]+)+")
_LONE_POINT = lazy_compile(f"(?<![0-9]){DECIMAL_POINT}|{DECIMAL_POINT}(?![0-9])")
_DIGITS_AROUND_POINT = lazy_compile(f"[0-9]{DECIMAL_POINT}[0-9]")


def _join_verb_prefix(match: re.Match[str]) -> str:
    return match.group(1) if match.string[match.end()].isalpha() else match.group(0)


def _split_chain(match: re.Match[str]) -> str:
    return match.group(0).replace(DECIMAL_POINT, "\n")  # a chain such as 1403/05/12: numbers apart


def index_text(text: str) -> str:
    """What FTS5 indexes for `text`: its canonical tokens separated by single spaces."""
    folded = text.translate(_INDEX_FOLDS)
    if "\0" in folded:  # a combining mark to compose away: rare, and only _pieces knows how
        return " ".join([span[0] for span in _token_spans(text)])
    if _HAMZA_HINT.search(folded):
        folded = _fold_hamza_in_words(folded)
    if DECIMAL_POINT in folded:
        if _DIGITS_AROUND_POINT.search(folded):
            folded = _NUMBER_CHAIN.sub(_split_chain, folded)
            folded = _LONE_POINT.sub("\n", folded)  # what is left between two digits is a decimal point
        else:
            folded = folded.replace(DECIMAL_POINT, "\n")  # full stops, slashes: punctuation
    folded = _NUMBER.sub("\n\\g<0>\n", folded)  # a number stands apart: no letter or join touches it
    if " " in folded:
        folded = _SUFFIX_GAP.sub("", folded)
        if "می" in folded:
            folded = _VERB_PREFIX_GAP.sub(_join_verb_prefix, folded)
    if ZWNJ in folded:
        folded = _ZWNJ_GAP.sub("", folded).replace(ZWNJ, " ")
    if _HAMZA_HINT.search(folded):  # a join made a seat the hamza rules fold (see _joined); folded words stay
        folded = _fold_hamza_in_words(folded)
    return " ".join(folded.split())


def canonical_word(word: str) -> str:
    """The canonical form of a word as a user typed it («كتاب‌ها» -> «کتابها»).

    Punctuation around it is dropped; input that holds several words gives them separated by
    single spaces, exactly as `index_text` does.
    """
    return index_text(word)

"""Showing text that came from someone else — notes, tag names, authors, titles, file names — where
a few invisible characters could make it read as something else.

The bidirectional formatting characters reorder what follows them: U+202E RIGHT-TO-LEFT OVERRIDE
turns `gnp.exe` into what reads `exe.png`, and an opener left unclosed spills into the next column
of a terminal line. Control characters drive a terminal (ESC starts its commands). What is stored
is never changed — a note is the user's data — only how it is shown, here:

- `neutralise_bidi` (spreadsheet cells of a CSV export, the command line, the window's messages):
  the embeddings and overrides U+202A–U+202E are always shown as a visible `<U+202E>`; the isolates
  U+2066–U+2068 and U+2069 stay when they pair up within a line (Persian text uses them to keep a
  Latin name in place) and are shown when one has no partner there. The marks (U+200E, U+200F,
  U+061C) reorder nothing beyond neutral characters and stay.
- `terminal_text` (plain command-line output): also every control character, `<U+001B>`, and a
  file name's bytes that are not UTF-8 (`printable_name`: `\xe9`).
- `json_text` (`--json` output, the JSON-LD export): JSON can say the same character as an escape,
  so nothing is shown differently to a program — `\\u202e` in the text, U+202E once parsed — while a
  person reading the file sees the escape. Covers the nine bidi controls, DEL, the C1 controls and
  U+2028/U+2029 (JSON already escapes the C0 controls).
"""

from __future__ import annotations

from reader.core.lazy_pattern import lazy_compile

_EMBEDDINGS = frozenset("\u202a\u202b\u202c\u202d\u202e")  # LRE RLE PDF LRO RLO
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI
_PDI = "\u2069"
# Where the Unicode bidi algorithm starts a new paragraph: nothing carries over it.
_PARAGRAPH_ENDS = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")
_BIDI = lazy_compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROL = lazy_compile(r"[\x00-\x1f\x7f-\x9f]")
_SURROGATE = lazy_compile("[\ud800-\udfff]")
_JSON_ESCAPED = lazy_compile("[\u202a-\u202e\u2066-\u2069\x7f-\x9f\u2028\u2029]")


def printable_name(name: str) -> str:
    """`name` with the bytes that are not UTF-8 shown as \\xNN escapes.

    Python hands undecodable bytes of a file name over as lone surrogates, which nothing can
    encode, print or store; the escaped form is stable (the same file gets the same name in every
    import) and shows the user which file is meant."""
    if not _SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from a file name
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def visible(character: str) -> str:
    """How an invisible character is shown: `<U+202E>`."""
    return f"<U+{ord(character):04X}>"


def neutralise_bidi(text: str) -> str:
    """`text` with every embedding or override, and every isolate without its partner in the same
    line, shown as `<U+XXXX>`; everything else as it is."""
    if not _BIDI.search(text):
        return text
    out: list[str] = []
    open_isolates: list[int] = []  # where in `out` the isolates still waiting for their PDI are
    for character in text:
        if character in _EMBEDDINGS:
            out.append(visible(character))
            continue
        if character in _ISOLATE_OPENERS:
            open_isolates.append(len(out))
        elif character == _PDI:
            if not open_isolates:
                out.append(visible(character))
                continue
            open_isolates.pop()
        elif character in _PARAGRAPH_ENDS:
            _unpaired(out, open_isolates)
        out.append(character)
    _unpaired(out, open_isolates)
    return "".join(out)


def _unpaired(out: list[str], open_isolates: list[int]) -> None:
    for index in open_isolates:
        out[index] = visible(out[index])
    open_isolates.clear()


def terminal_text(text: str) -> str:
    """One field of plain command-line output: bidi neutralised, control characters shown, bytes of
    a file name that are not UTF-8 escaped."""
    return _CONTROL.sub(lambda match: visible(match.group()), neutralise_bidi(printable_name(text)))


def json_text(serialised: str) -> str:
    """JSON text (from json.dumps with ensure_ascii=False) with the characters that could disguise
    it written as \\u escapes: the same JSON to a parser. (They only occur inside strings.)"""
    return _JSON_ESCAPED.sub(lambda match: f"\\u{ord(match.group()):04x}", serialised)

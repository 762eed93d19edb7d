"""A QDA source text in Hashiya's form, with the map from the tool's offsets to ours.

REFI-QDA offsets count the code points of the source text as the tool saw it. We take that to be
the text file as stored, decoded: a leading byte-order mark is one code point (U+FEFF) and CRLF is
two. Hashiya's texts have no BOM and LF line ends (and the content hash is computed on that form),
so we drop the BOM and the CR of every CRLF and move each offset left by the number of dropped
code points before it. An offset between a CR and its LF lands on the LF. A lone CR becomes LF,
which moves nothing. Nothing else is normalized (NFC would move offsets in ways a map of dropped
characters cannot express; imported texts are NFC in practice).

Text inline in `PlainTextContent` has already had its CRLFs folded by the XML parser, except those
written as `&#13;`; the same map handles what is left.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from reader.core.text import normalize_newlines

BOM = "\ufeff"


@dataclass(frozen=True)
class SourceText:
    text: str                      # Hashiya's form: no BOM, LF line ends
    raw_length: int                # code points in the tool's form
    dropped: tuple[int, ...]       # indices in the tool's form of the code points we dropped, ascending

    def position(self, raw_offset: int) -> int:
        """The offset in `text` of an offset into the tool's form (0 ≤ raw_offset ≤ raw_length)."""
        return raw_offset - bisect_left(self.dropped, raw_offset)


def normalize_source(raw: str) -> SourceText:
    dropped: list[int] = []
    if raw.startswith(BOM):
        dropped.append(0)
    index = raw.find("\r\n")
    while index != -1:
        dropped.append(index)
        index = raw.find("\r\n", index + 2)
    kept = raw[1:] if raw.startswith(BOM) else raw
    text = normalize_newlines(kept)
    return SourceText(text=text, raw_length=len(raw), dropped=tuple(dropped))


def decode_source(data: bytes) -> str:
    """The tool's form of a source file: UTF-8 (BOM kept as U+FEFF), or UTF-16 when it says so.

    Raises UnicodeDecodeError; the caller names the file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # The UTF-16 BOM is an encoding mark; Python's codec drops it, we keep it as a code point
        # so that it is counted and dropped like a UTF-8 one.
        return BOM + data.decode("utf-16")
    return data.decode("utf-8")

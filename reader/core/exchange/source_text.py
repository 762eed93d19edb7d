"""A QDA source text in Hashiya's form, and what the file said about it before we normalized it.

Hashiya's texts have no byte-order mark and LF line ends (the content hash is computed on that
form), so a source file loses its BOM, every CRLF becomes LF and a lone CR becomes LF. Nothing
else is normalized: NFC would move offsets in ways no writer's convention can express (imported
texts are NFC in practice).

What was dropped is remembered — whether the file began with a BOM, which LFs were CRLFs — because
writers disagree on whether those count in a selection's positions; `positions.py` maps a
writer's positions onto this text under each convention.

Text inline in `PlainTextContent` has already had its CRLFs folded by the XML parser, except those
written as `&#13;`; the same bookkeeping handles what is left.
"""

from __future__ import annotations

from reader.core.record import Record


BOM = "\ufeff"


class SourceText(Record):
    text: str                      # Hashiya's form: no BOM, LF line ends
    has_bom: bool = False          # the file began with a byte-order mark
    crlf: tuple[int, ...] = ()     # offsets in `text` of each LF that was a CR LF in the file, ascending


def normalize_source(raw: str) -> SourceText:
    """The file's decoded text (a leading U+FEFF is its BOM) in Hashiya's form."""
    has_bom = raw.startswith(BOM)
    if has_bom:
        raw = raw[1:]
    parts: list[str] = []
    crlf: list[int] = []
    length = 0
    for line in raw.split("\r"):
        if parts:
            # Each piece after the first followed a CR: a CR LF keeps its LF, a lone CR becomes one.
            if line.startswith("\n"):
                crlf.append(length)
                line = line[1:]
            parts.append("\n")
            length += 1
        parts.append(line)
        length += len(line)
    return SourceText(text="".join(parts), has_bom=has_bom, crlf=tuple(crlf))


def decode_source(data: bytes) -> str:
    """The tool's form of a source file: UTF-8 (BOM kept as U+FEFF), or UTF-16 when it says so.

    Raises UnicodeDecodeError; the caller names the file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # The UTF-16 BOM is an encoding mark; Python's codec drops it, we keep it as a code point
        # so that it is treated like a UTF-8 one.
        return BOM + data.decode("utf-16")
    return data.decode("utf-8")

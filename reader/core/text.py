"""Turning saved bytes into the one immutable string an article is made of.

Decoding, line-ending and Unicode normalization happen here once, at import; nothing later
rewrites an article's text, because annotations point into it by code-point offset.
"""

from __future__ import annotations

import re
import unicodedata

from reader.core import messages
from reader.core.errors import BadInputError
from reader.core.lazy_pattern import lazy_compile

ZWNJ = "\u200c"
_RTL_LETTER = lazy_compile(r"[\u0590-\u05ff\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_LTR_LETTER = lazy_compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
# C0 and C1 controls that never occur in text (tab, newlines, form feed and ESC can).
_BINARY_CONTROL = lazy_compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_HEBREW_RANGE = (0x0590, 0x05FF)


def is_rtl_letter(ch: str) -> bool:
    code = ord(ch)
    if _HEBREW_RANGE[0] <= code <= _HEBREW_RANGE[1]:
        return True
    return any(lo <= code <= hi for lo, hi in _ARABIC_RANGES) and ch.isalpha()


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a saved page: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256."""
    if not data.strip():
        raise BadInputError(messages.FILE_EMPTY, name)
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    if b"\x00" in data:
        raise BadInputError(messages.FILE_BINARY, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_legacy(data, name, exc)
    _reject_binary_looking(text, name)
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInputError(messages.FILE_BAD_BYTES_FOR_BOM, name, exc.start, encoding.upper()) from None
    if not text.strip():
        raise BadInputError(messages.FILE_EMPTY, name)
    return text


# Every byte of a file that is not ASCII, and every stray byte of a lenient decoding (below).
_HIGH_BYTES = bytes(range(0x80, 0x100))
_STRAYS = lazy_compile("[\udc80-\udcff]+")
# A word of three or more Arabic-script letters in UTF-8 ...
_UTF8_WORD = lazy_compile("[\u0600-\u06ff]{3,}")
# ... and in Windows-1256: three or more stray bytes that are letters there.
_CP1256_WORD = lazy_compile(
    "[\udc81\udc8a\udc8d-\udc90\udc98\udc9a\udc9f\udcaa\udcc0-\udcd6\udcd8-\udcdf\udce1\udce3-\udce6"
    "\udcec\udced\udcff]{3,}")
_LETTERS = lazy_compile(r"[^\W\d_]+")
_RTL_LETTERS = lazy_compile(_RTL_LETTER.pattern + "+")


def _lenient(data: bytes) -> str:
    """`data` as UTF-8 where it is well-formed, each stray byte kept as a lone surrogate (U+DC80 +
    the byte): one pass in C, however large the file."""
    return data.decode("utf-8", "surrogateescape")


def _utf8_coverage(data: bytes, lenient: str) -> float:
    """Share of the bytes >= 0x80 that sit in well-formed UTF-8 sequences (1.0 for clean UTF-8)."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    strays = _count(_STRAYS, lenient)
    return (high - strays) / high if high else 0.0


def _mixes_encodings(lenient: str) -> bool:
    """Whether the file holds Persian words in UTF-8 and others in Windows-1256 (two files pasted
    together, or an editor that saved part of a file in the other encoding). One word of each is
    enough: on 1,500 real articles, no text in one encoding had a word that read as the other."""
    return _UTF8_WORD.search(lenient) is not None and _CP1256_WORD.search(lenient) is not None


def _count(runs: re.Pattern[str], text: str) -> int:
    """How many characters of `text` the pattern's runs cover (counted in C, however long the text)."""
    return len(text) - len(runs.sub("", text))


def _decode_legacy(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> str:
    lenient = _lenient(data)
    if _mixes_encodings(lenient):
        # Either reading garbles half of the text, and an article's text is never rewritten once
        # imported (annotations point into it): refused, so the user can convert the file first.
        raise BadInputError(messages.FILE_MIXED_ENCODINGS, name, utf8_error.start)
    if _utf8_coverage(data, lenient) >= 0.8:
        # Mostly well-formed UTF-8 with a few bad bytes: a damaged file, not another encoding.
        raise BadInputError(messages.FILE_DAMAGED_UTF8, name, utf8_error.start)
    del lenient
    text = data.decode("cp1256", errors="replace")
    sample = text[:200_000]  # plenty to tell Persian from something else
    letters = _count(_LETTERS, sample)
    arabic = _count(_RTL_LETTERS, sample)
    if letters and arabic / letters >= 0.5 and "\ufffd" not in text:
        return text
    from charset_normalizer import from_bytes  # only for the rare file that is neither

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BadInputError(messages.FILE_UNKNOWN_ENCODING, name)
    return str(best)


def _reject_binary_looking(text: str, name: str) -> None:
    sample = text[:20000]
    controls = len(_BINARY_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise BadInputError(messages.FILE_BINARY, name)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str) -> str:
    """The fixed form of imported text: LF line endings, NFC, no byte-order marks."""
    text = normalize_newlines(text).replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def content_hash(text: str) -> str:
    import hashlib  # here: hashlib loads OpenSSL (3 ms), and the window's first paint hashes nothing

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_direction(text: str) -> str:
    """'rtl' when right-to-left letters outnumber left-to-right ones, else 'ltr'."""
    sample = text[:4000]
    rtl = len(_RTL_LETTER.findall(sample))
    ltr = len(_LTR_LETTER.findall(sample))
    return "rtl" if rtl >= ltr and rtl > 0 else "ltr"

"""Turning saved bytes into the one immutable string an article is made of.

Decoding, line-ending and Unicode normalization happen here once, at import; nothing later
rewrites an article's text, because annotations point into it by code-point offset.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from reader.core import messages
from reader.core.errors import BadInputError

ZWNJ = "\u200c"
_RTL_LETTER = re.compile(r"[\u0590-\u05ff\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_LTR_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
# C0 and C1 controls that never occur in text (tab, newlines, form feed and ESC can).
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
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


def _utf8_coverage(data: bytes) -> float:
    """Share of the bytes >= 0x80 that sit in well-formed UTF-8 sequences (1.0 for clean UTF-8)."""
    covered = high = 0
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        high += 1
        width = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        if width and i + width <= n and all(0x80 <= c <= 0xBF for c in data[i + 1 : i + width]):
            covered += width
            high += width - 1
            i += width
        else:
            i += 1
    return covered / high if high else 0.0


# A word of three or more Arabic-script letters in UTF-8 (U+0600–U+06FF, two bytes each) ...
_UTF8_WORD = re.compile(rb"(?:[\xd8-\xdb][\x80-\xbf]){3,}")
# ... and in Windows-1256, once the well-formed UTF-8 sequences are taken out (the bytes of a
# UTF-8 letter can read as two Windows-1256 letters: ف is D9 81, "ظپ").
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1256_WORD = re.compile(
    rb"[\x81\x8a\x8d-\x90\x98\x9a\x9f\xaa\xc0-\xd6\xd8-\xdf\xe1\xe3-\xe6\xec\xed\xff]{3,}")
_MIXED_MIN_WORDS = 1  # measured on 1,500 real articles: no pure Windows-1256 text has one


def _mixes_encodings(data: bytes) -> bool:
    """Whether `data` holds Persian words in UTF-8 and others in Windows-1256 (two files pasted
    together, or an editor that saved part of a file in the other encoding)."""
    if len(_UTF8_WORD.findall(data)) < _MIXED_MIN_WORDS:
        return False
    return len(_CP1256_WORD.findall(_UTF8_SEQUENCE.sub(b" ", data))) >= _MIXED_MIN_WORDS


def _decode_legacy(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> str:
    if _mixes_encodings(data):
        # Either reading garbles half of the text, and an article's text is never rewritten once
        # imported (annotations point into it): refused, so the user can convert the file first.
        raise BadInputError(messages.FILE_MIXED_ENCODINGS, name, utf8_error.start)
    if _utf8_coverage(data) >= 0.8:
        # Mostly well-formed UTF-8 with a few bad bytes: a damaged file, not another encoding.
        raise BadInputError(messages.FILE_DAMAGED_UTF8, name, utf8_error.start)
    text = data.decode("cp1256", errors="replace")
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if is_rtl_letter(ch))
    if letters and arabic / len(letters) >= 0.5 and "\ufffd" not in text:
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
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_direction(text: str) -> str:
    """'rtl' when right-to-left letters outnumber left-to-right ones, else 'ltr'."""
    sample = text[:4000]
    rtl = len(_RTL_LETTER.findall(sample))
    ltr = len(_LTR_LETTER.findall(sample))
    return "rtl" if rtl >= ltr and rtl > 0 else "ltr"

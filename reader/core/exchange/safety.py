"""Guards for files that come from other people: size, nesting, XML entities and zip archives.

Every refusal is an ExchangeFormatError that names the file and says what is wrong with it, so
the user can tell a colleague "your export is damaged" rather than see a crash.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from typing import BinaryIO

from lxml import etree

from reader.core import messages
from reader.core.exchange.common import ReadLimits
from reader.core.exchange.model import ExchangeFormatError
from reader.core.files import open_regular

# One token per JSON string (the unrolled form is fast on long strings) or per bracket; brackets
# inside strings are swallowed by the string token, so only structural ones are counted.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 1024 * 1024


def decode_json_text(data: str | bytes, name: str, limits: ReadLimits) -> str:
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if size > limits.max_file_bytes:
        raise ExchangeFormatError(messages.EXCHANGE_TOO_LARGE, name, size, limits.max_file_bytes)
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExchangeFormatError(messages.EXCHANGE_NOT_UTF8, name, error.start) from None


def check_json_depth(text: str, name: str, max_depth: int) -> None:
    """Refuse deep nesting before json.loads, whose recursive parser would hit RecursionError."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise ExchangeFormatError(messages.JSON_TOO_DEEP, name, max_depth)
        elif token in "]}":
            depth -= 1


# --- XML ---------------------------------------------------------------------------------------


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse XML that may be hostile: no DTD, no entities, no network, no huge trees."""
    if _DECLARATION.search(_ascii_view(data)):
        raise ExchangeFormatError(messages.XML_DECLARATIONS, name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             dtd_validation=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ExchangeFormatError(messages.XML_MALFORMED, name, error.msg) from None
    # Backstop for encodings the byte scan cannot read: the parser still reports a DOCTYPE.
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise ExchangeFormatError(messages.XML_DECLARATIONS, name)
    return root


def _ascii_view(data: bytes) -> bytes:
    # In UTF-16 and UTF-32 (with or without a BOM) every ASCII character comes with NUL bytes, which
    # would hide "<!DOCTYPE" from a byte search; without them the markup reads as ASCII again.
    return data.replace(b"\x00", b"")


# --- zip ---------------------------------------------------------------------------------------


class SafeZip:
    """A zip archive read in memory, every member name and size checked before anything is read."""

    def __init__(self, source: str | os.PathLike[str] | bytes | BinaryIO, name: str, limits: ReadLimits) -> None:
        self.name = name
        self.limits = limits
        self._read_total = 0
        self._own: BinaryIO | None = None  # a file this object opened, and so closes
        stream = self._open_stream(source)
        try:
            self._zip = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            self._close_own()
            raise ExchangeFormatError(messages.ZIP_UNREADABLE, name, error) from None
        self._members: dict[str, zipfile.ZipInfo] = {}
        try:
            self._check_members()
        except ExchangeFormatError:
            self.close()
            raise

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()
        self._close_own()

    def _close_own(self) -> None:
        if self._own is not None:
            self._own.close()
            self._own = None

    def _open_stream(self, source: str | os.PathLike[str] | bytes | BinaryIO) -> BinaryIO:
        if isinstance(source, (bytes, bytearray)):
            size = len(source)
            stream: BinaryIO = io.BytesIO(source)
        elif isinstance(source, (str, os.PathLike)):
            try:  # a regular file only (a named pipe would block), its size checked before reading
                stream = self._own = open_regular(source, self.name, ExchangeFormatError)
                size = os.fstat(stream.fileno()).st_size
            except OSError as error:
                raise ExchangeFormatError(messages.FILE_UNREADABLE, self.name, error.strerror or error) from None
        else:
            stream = source
            stream.seek(0, io.SEEK_END)
            size = stream.tell()
            stream.seek(0)
        if size > self.limits.max_file_bytes:
            self._close_own()
            raise ExchangeFormatError(messages.ZIP_TOO_LARGE, self.name, size, self.limits.max_file_bytes)
        return stream

    def _check_members(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            raise ExchangeFormatError(messages.ZIP_TOO_MANY_MEMBERS, self.name, len(infos), self.limits.max_members)
        declared_total = 0
        for info in infos:
            member = safe_member_name(info.filename, self.name)
            if member.lower() in self._members:
                raise ExchangeFormatError(messages.ZIP_MEMBER_TWICE, self.name, repr(info.filename))
            self._members[member.lower()] = info
            if info.flag_bits & 0x1:
                raise ExchangeFormatError(messages.ZIP_MEMBER_ENCRYPTED, self.name, repr(info.filename))
            self._check_size(info.filename, info.file_size, info.compress_size)
            declared_total += info.file_size
            if declared_total > self.limits.max_total_bytes:
                raise ExchangeFormatError(messages.ZIP_UNPACKS_TOO_MUCH, self.name, self.limits.max_total_bytes)

    def _check_size(self, member: str, size: int, compressed: int) -> None:
        if size > self.limits.max_member_bytes:
            raise ExchangeFormatError(messages.ZIP_MEMBER_TOO_LARGE, self.name, repr(member), size,
                                      self.limits.max_member_bytes)
        if size > self.limits.ratio_floor_bytes and size > self.limits.max_ratio * max(compressed, 1):
            raise ExchangeFormatError(messages.ZIP_MEMBER_BOMB, self.name, repr(member), round(size / max(compressed, 1)))

    def find(self, member: str) -> str | None:
        """The archive's own spelling of member, matched without regard to case (tools differ)."""
        info = self._members.get(member.replace("\\", "/").lower())
        return info.filename if info is not None else None

    def read(self, member: str) -> bytes:
        """The member's bytes, counted while they are inflated: declared sizes can lie."""
        info = self._members.get(member.replace("\\", "/").lower())
        if info is None:
            raise ExchangeFormatError(messages.ZIP_MEMBER_MISSING, self.name, repr(member))
        limit = min(info.file_size, self.limits.max_member_bytes)
        data = bytearray()
        count = 0
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    count += len(chunk)
                    if count > limit:
                        raise ExchangeFormatError(messages.ZIP_MEMBER_LIES, self.name, repr(info.filename))
                    self._check_size(info.filename, count, info.compress_size)
                    data += chunk
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
            raise ExchangeFormatError(messages.ZIP_MEMBER_DAMAGED, self.name, repr(info.filename), error) from None
        self._read_total += count
        if self._read_total > self.limits.max_total_bytes:
            raise ExchangeFormatError(messages.ZIP_UNPACKS_TOO_MUCH, self.name, self.limits.max_total_bytes)
        return bytes(data)


def safe_member_name(filename: str, archive: str) -> str:
    """filename with / separators, or a refusal when it could point outside the archive's folder.

    Backslashes are read as separators (some Windows zippers write them) so that `..\\x` is
    caught; we never extract to disk, but a name like that only comes from a hostile archive.
    """
    member = filename.replace("\\", "/")
    parts = member.split("/")
    if member.startswith("/") or re.match(r"[A-Za-z]:", member) or "\x00" in member:
        raise ExchangeFormatError(messages.ZIP_MEMBER_ABSOLUTE, archive, repr(filename))
    if ".." in parts:
        raise ExchangeFormatError(messages.ZIP_MEMBER_OUTSIDE, archive, repr(filename))
    return member

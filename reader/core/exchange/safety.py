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

from reader.core.exchange.common import ReadLimits
from reader.core.exchange.model import ExchangeFormatError

# One token per JSON string (the unrolled form is fast on long strings) or per bracket; brackets
# inside strings are swallowed by the string token, so only structural ones are counted.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 1024 * 1024


def decode_json_text(data: str | bytes, name: str, limits: ReadLimits) -> str:
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if size > limits.max_file_bytes:
        raise ExchangeFormatError(f"{name}: the file is {size:,} bytes, more than the "
                                  f"{limits.max_file_bytes:,} an annotation file may have")
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExchangeFormatError(f"{name}: not UTF-8 text (bad byte at {error.start})") from None


def check_json_depth(text: str, name: str, max_depth: int) -> None:
    """Refuse deep nesting before json.loads, whose recursive parser would hit RecursionError."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise ExchangeFormatError(f"{name}: JSON nested more than {max_depth} levels deep")
        elif token in "]}":
            depth -= 1


# --- XML ---------------------------------------------------------------------------------------


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse XML that may be hostile: no DTD, no entities, no network, no huge trees."""
    if _DECLARATION.search(_ascii_view(data)):
        raise ExchangeFormatError(f"{name}: DOCTYPE and ENTITY declarations are not allowed "
                                  "(they can expand to gigabytes or read local files)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             dtd_validation=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ExchangeFormatError(f"{name}: not well-formed XML ({error.msg})") from None
    # Backstop for encodings the byte scan cannot read: the parser still reports a DOCTYPE.
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise ExchangeFormatError(f"{name}: DOCTYPE and ENTITY declarations are not allowed")
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
        stream = self._open_stream(source)
        try:
            self._zip = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise ExchangeFormatError(f"{name}: not a zip archive ({error})") from None
        self._members: dict[str, zipfile.ZipInfo] = {}
        try:
            self._check_members()
        except ExchangeFormatError:
            self._zip.close()
            raise

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self._zip.close()

    def _open_stream(self, source: str | os.PathLike[str] | bytes | BinaryIO) -> str | os.PathLike[str] | BinaryIO:
        if isinstance(source, (bytes, bytearray)):
            size = len(source)
            stream: str | os.PathLike[str] | BinaryIO = io.BytesIO(source)
        elif isinstance(source, (str, os.PathLike)):
            try:
                size = os.path.getsize(source)
            except OSError as error:
                raise ExchangeFormatError(f"{self.name}: cannot be read ({error.strerror})") from None
            stream = source  # zipfile reads members from the file as needed
        else:
            stream = source
            stream.seek(0, io.SEEK_END)
            size = stream.tell()
            stream.seek(0)
        if size > self.limits.max_file_bytes:
            raise ExchangeFormatError(f"{self.name}: the archive is {size:,} bytes, more than the "
                                      f"{self.limits.max_file_bytes:,} allowed")
        return stream

    def _check_members(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            raise ExchangeFormatError(f"{self.name}: the archive has {len(infos):,} members, "
                                      f"more than the {self.limits.max_members:,} allowed")
        declared_total = 0
        for info in infos:
            member = safe_member_name(info.filename, self.name)
            if member.lower() in self._members:
                raise ExchangeFormatError(f"{self.name}: the member {info.filename!r} occurs twice")
            self._members[member.lower()] = info
            if info.flag_bits & 0x1:
                raise ExchangeFormatError(f"{self.name}: the member {info.filename!r} is encrypted")
            self._check_size(info.filename, info.file_size, info.compress_size)
            declared_total += info.file_size
            if declared_total > self.limits.max_total_bytes:
                raise ExchangeFormatError(f"{self.name}: the archive unpacks to more than "
                                          f"{self.limits.max_total_bytes:,} bytes")

    def _check_size(self, member: str, size: int, compressed: int) -> None:
        if size > self.limits.max_member_bytes:
            raise ExchangeFormatError(f"{self.name}: the member {member!r} unpacks to {size:,} bytes, "
                                      f"more than the {self.limits.max_member_bytes:,} allowed")
        if size > self.limits.ratio_floor_bytes and size > self.limits.max_ratio * max(compressed, 1):
            raise ExchangeFormatError(f"{self.name}: the member {member!r} is compressed "
                                      f"{size / max(compressed, 1):,.0f} to 1, which looks like a zip bomb")

    def find(self, member: str) -> str | None:
        """The archive's own spelling of member, matched without regard to case (tools differ)."""
        info = self._members.get(member.replace("\\", "/").lower())
        return info.filename if info is not None else None

    def read(self, member: str) -> bytes:
        """The member's bytes, counted while they are inflated: declared sizes can lie."""
        info = self._members.get(member.replace("\\", "/").lower())
        if info is None:
            raise ExchangeFormatError(f"{self.name}: the archive has no {member!r}")
        limit = min(info.file_size, self.limits.max_member_bytes)
        data = bytearray()
        count = 0
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    count += len(chunk)
                    if count > limit:
                        raise ExchangeFormatError(f"{self.name}: the member {info.filename!r} unpacks to "
                                                  "more bytes than it declares")
                    self._check_size(info.filename, count, info.compress_size)
                    data += chunk
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
            raise ExchangeFormatError(f"{self.name}: the member {info.filename!r} is damaged ({error})") from None
        self._read_total += count
        if self._read_total > self.limits.max_total_bytes:
            raise ExchangeFormatError(f"{self.name}: the archive unpacks to more than "
                                      f"{self.limits.max_total_bytes:,} bytes")
        return bytes(data)


def safe_member_name(filename: str, archive: str) -> str:
    """filename with / separators, or a refusal when it could point outside the archive's folder.

    Backslashes are read as separators (some Windows zippers write them) so that `..\\x` is
    caught; we never extract to disk, but a name like that only comes from a hostile archive.
    """
    member = filename.replace("\\", "/")
    parts = member.split("/")
    if member.startswith("/") or re.match(r"[A-Za-z]:", member) or "\x00" in member:
        raise ExchangeFormatError(f"{archive}: the member {filename!r} has an absolute path")
    if ".." in parts:
        raise ExchangeFormatError(f"{archive}: the member {filename!r} points outside the archive (..)")
    return member

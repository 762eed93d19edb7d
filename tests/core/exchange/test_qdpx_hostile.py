"""Hostile and broken .qdpx files: each is refused with a message that names the problem."""

from __future__ import annotations

import io
import struct
import zipfile
from typing import Any

import pytest

from reader.core.exchange.common import ReadLimits
from reader.core.exchange.model import ExchangeFormatError
from reader.core.exchange.qdpx import read_qdpx, write_qdpx
from tests.core.exchange.samples import sample_file

GUID = "a1b2c3d4-0000-4000-8000-00000000000a"
TEXT = "کابل — مذاکرات ادامه دارد."


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return out.getvalue()


def _project(selection: str = f'<PlainTextSelection guid="{GUID}" startPosition="0" endPosition="4"/>',
             source_path: str = f"internal://{GUID}.txt") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p">
  <Sources><TextSource guid="{GUID}" name="خبر" plainTextPath="{source_path}">{selection}</TextSource></Sources>
</Project>""".encode()


def _good(**extra: bytes) -> dict[str, bytes]:
    return {"project.qde": _project(), f"sources/{GUID}.txt": TEXT.encode(), **extra}


def _refused(data: bytes, match: str, **limits: Any) -> ExchangeFormatError:
    with pytest.raises(ExchangeFormatError, match=match) as caught:
        read_qdpx(data, "team.qdpx", ReadLimits(**limits))
    assert str(caught.value).startswith("team.qdpx: ")
    return caught.value


def test_the_well_formed_baseline_reads() -> None:
    assert read_qdpx(_zip(_good()), "team.qdpx").annotations[0].exact == "کابل"


# --- XML ---------------------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>"""


def test_refuses_billion_laughs() -> None:
    _refused(_zip(_good(**{"project.qde": BILLION_LAUGHS})),
             r"project.qde: DOCTYPE and ENTITY declarations are not allowed")


def test_refuses_an_external_entity() -> None:
    error = _refused(_zip(_good(**{"project.qde": EXTERNAL_ENTITY})), r"DOCTYPE and ENTITY declarations")
    assert "root:" not in str(error)


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_refuses_a_doctype_hidden_in_another_encoding(document: bytes, encoding: str) -> None:
    declared = encoding.upper() if encoding != "utf-16" else "UTF-16"
    text = document.decode().replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{declared}"?>')
    _refused(_zip(_good(**{"project.qde": text.encode(encoding)})), r"DOCTYPE and ENTITY declarations")


def test_refuses_malformed_xml_and_a_foreign_root() -> None:
    _refused(_zip(_good(**{"project.qde": b"<Project name='x'><Sources>"})), r"not well-formed XML")
    _refused(_zip(_good(**{"project.qde": b"<html/>"})), r"not a REFI-QDA project .*'html'")


# --- zip members -------------------------------------------------------------------------------


@pytest.mark.parametrize("member, problem", [
    ("../escape.txt", r"'../escape.txt' points outside the archive"),
    ("sources/../../escape.txt", r"points outside the archive"),
    ("..\\escape.txt", r"points outside the archive"),
    ("/etc/passwd", r"'/etc/passwd' has an absolute path"),
    ("\\windows\\win.ini", r"has an absolute path"),
    ("C:/Users/x.txt", r"has an absolute path"),
])
def test_refuses_member_names_that_escape(member: str, problem: str) -> None:
    _refused(_zip(_good(**{member: b"x"})), problem)


def test_refuses_an_oversized_member() -> None:
    big = {f"sources/{GUID}.txt": (TEXT * 100).encode()}
    _refused(_zip(_good(**big)), rf"sources/{GUID}.txt' unpacks to 4,?\d+ bytes, more than the 1,000 allowed",
             max_member_bytes=1000)


def test_refuses_too_much_in_total_and_too_many_members() -> None:
    _refused(_zip(_good(**{"a.txt": b"x" * 200, "b.txt": b"y" * 200})), r"unpacks to more than 500 bytes",
             max_total_bytes=500)
    _refused(_zip(_good(**{f"extra{n}.txt": b"" for n in range(5)})), r"7 members, more than the 6", max_members=6)


def test_refuses_an_oversized_archive() -> None:
    _refused(_zip(_good()), r"the archive is \d+ bytes, more than the 100 allowed", max_file_bytes=100)


def test_refuses_a_zip_bomb_by_ratio() -> None:
    bomb = _zip(_good(**{"padding.txt": bytes(20 * 1024 * 1024)}))
    assert len(bomb) < 100_000
    _refused(bomb, r"'padding.txt' is compressed [\d,]+ to 1, which looks like a zip bomb")


def _declare_size(data: bytearray, member: bytes, size: int) -> None:
    """Overwrite the uncompressed size a zip declares for member, in both of its headers."""
    for signature, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        at = data.find(signature)
        while at != -1:
            if data[at + name_at:at + name_at + len(member)] == member:
                struct.pack_into("<I", data, at + size_at, size)
            at = data.find(signature, at + 1)


def test_refuses_a_member_that_lies_about_its_size() -> None:
    """Declared 10 bytes, holds 40,000: reading stops at the declared size and the check fails."""
    members = {"project.qde": _project(source_path="internal://x.txt"), "sources/x.txt": "بمب ".encode() * 5000}
    data = bytearray(_zip(members))
    _declare_size(data, b"sources/x.txt", 10)
    _refused(bytes(data), r"'sources/x.txt' is damaged")


def test_refuses_what_is_not_a_zip() -> None:
    _refused(b"PK\x03\x04 this is not really a zip", r"not a readable zip archive")
    _refused(b"<Project/>", r"not a readable zip archive")


# --- missing and broken parts ------------------------------------------------------------------


def test_refuses_a_missing_project() -> None:
    _refused(_zip({f"sources/{GUID}.txt": TEXT.encode()}), r"the archive has no project.qde")


def test_refuses_a_missing_source_file() -> None:
    _refused(_zip({"project.qde": _project()}), rf"source 'خبر' refers to sources/{GUID}.txt, which the archive")


def test_refuses_an_external_source() -> None:
    _refused(_zip({"project.qde": _project(source_path="absolute://C:/data/x.txt")}), r"external file")


def test_refuses_a_source_that_is_not_utf8() -> None:
    _refused(_zip(_good(**{f"sources/{GUID}.txt": b"\xd8\xff\xfe bad"})), r"is not UTF-8 text")


@pytest.mark.parametrize("selection, problem", [
    (f'<PlainTextSelection guid="{GUID}" startPosition="x" endPosition="2"/>', r"startPosition that is not a whole"),
    (f'<PlainTextSelection guid="{GUID}" startPosition="-1" endPosition="2"/>', r"not a whole number"),
    (f'<PlainTextSelection guid="{GUID}" startPosition="0" endPosition="{"9" * 10_000}"/>', r"not a whole number"),
    ('<PlainTextSelection guid="nope" startPosition="0" endPosition="2"/>', r"no valid guid \('nope'\)"),
    (f'<PlainTextSelection guid="{GUID}" startPosition="0" endPosition="2"><Coding guid="{GUID}">'
     f'<CodeRef targetGUID="{GUID}"/></Coding></PlainTextSelection>', r"coded with a code the codebook does not"),
])
def test_refuses_broken_selections(selection: str, problem: str) -> None:
    _refused(_zip(_good(**{"project.qde": _project(selection)})), problem)


@pytest.mark.parametrize("start, end", [(5, 2), (0, 999), (3, 3)])
def test_a_selection_that_fits_no_convention_is_an_orphan_not_a_refusal(start: int, end: int) -> None:
    selection = f'<PlainTextSelection guid="{GUID}" startPosition="{start}" endPosition="{end}"/>'
    file = read_qdpx(_zip(_good(**{"project.qde": _project(selection)})), "p.qdpx")
    [annotation] = file.annotations
    assert annotation.orphan
    assert 0 <= annotation.start <= annotation.end <= len(TEXT)
    assert (file.positions[0].selections, file.positions[0].orphaned) == (1, 1)


def test_our_own_export_passes_every_guard() -> None:
    out = io.BytesIO()
    write_qdpx(sample_file(), out)
    assert read_qdpx(out.getvalue(), "team.qdpx", ReadLimits()).annotations

"""How a team folder is laid out: whose files are whose, what to leave alone, how annotations are split.

Each library writes its author's annotations into a folder of its own, named for the author and the
library, `<author>@<library-id>.hashiya/`, split into shard files by the first hex digits of each
annotation's uuid (`all.jsonld`, else `0.jsonld` … `f.jsonld`, else `00.jsonld` … `ff.jsonld`,
as the count grows), so a change rewrites, and a colleague re-reads, one small file. An annotation
never moves between shards of one width, and tombstones keep the count from shrinking, so the
width only ever grows.

Also read, as the author's: a single file `<author>[@<library-id>].hashiya.jsonld` (a hand-made
export), and whatever a sync engine makes of either — conflict copies such as
`زهرا.hashiya (conflicted copy 2026-12-02).jsonld` or `3f.sync-conflict-20261202-101010-ABC.jsonld`.
Hidden files and the temporary names sync engines and editors use are never read.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import unquote

from reader.core import messages
from reader.core.errors import Message
from reader.core.record import Record
from reader.core.timestamps import parse_instant

SUFFIX = ".hashiya"
ANNOTATIONS_EXTENSION = ".jsonld"
TEXTS_EXTENSION = ".qdpx"
ONE_SHARD = "all"
# Shard width by how many annotations (tombstones included) a writer has: ≤ 2,000 per file up to
# 32,000 annotations; beyond that 256 files (100,000 annotations: ~400 per file).
SHARD_LIMITS = ((2_000, 0), (32_000, 1))
WIDEST = 2
MAX_AUTHOR_LENGTH = 100
CLOCK_TOLERANCE = timedelta(minutes=5)
"""How far ahead of this computer's clock a colleague's time may be (clocks drift; a time zone set
wrong is hours)."""

# Characters no file system of the three platforms takes in a name, plus our own separator and the
# escape character itself.
_UNSAFE = frozenset('<>:"/\\|?*%@')
_LIBRARY_ID = re.compile(r"[0-9a-f]{32}")
_WRITER = re.compile(r"(?P<author>.+?)(?:@(?P<library>[0-9a-f]{32}))?\.hashiya(?P<decoration>(?:(?!\.hashiya).)*)",
                     re.DOTALL | re.IGNORECASE)
_SHARD = re.compile(r"all|[0-9a-f]{1,2}")
_TEMPORARY_ENDINGS = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".!sync", ".swp", "~")


class Writer(Record):
    """Whose a file or folder is: the author, the library that wrote it (when named) and what a
    sync engine added to the name (a conflict copy's decoration; empty for the original)."""

    author: str
    library_id: str = ""
    decoration: str = ""

    @property
    def key(self) -> str:
        """One writer: an author on one library."""
        return f"{self.author}@{self.library_id}" if self.library_id else self.author


def clean_author(name: str) -> str:
    """An author name as a team folder compares it: NFC (macOS hands out names in NFD), trimmed."""
    return unicodedata.normalize("NFC", name).strip()


def author_problem(name: str) -> tuple[Message, tuple[int, ...]] | None:
    """Why `name` cannot sign a team folder's files, as a catalogue template and its arguments
    (None: it can)."""
    cleaned = clean_author(name)
    if not cleaned:
        return messages.TEAM_AUTHOR_EMPTY, ()
    if len(cleaned) > MAX_AUTHOR_LENGTH:
        return messages.TEAM_AUTHOR_TOO_LONG, (MAX_AUTHOR_LENGTH,)
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in cleaned):
        return messages.TEAM_AUTHOR_CONTROL, ()
    return None


def writer_folder(author: str, library_id: str) -> str:
    """The folder a library writes its author's annotations into."""
    if not _LIBRARY_ID.fullmatch(library_id):
        raise ValueError(f"not a library id: {library_id!r}")
    return f"{_encode(clean_author(author))}@{library_id}{SUFFIX}"


def parse_writer(name: str) -> Writer | None:
    """The writer of a folder `<author>[@<id>].hashiya…`, or of a file `<author>[@<id>].hashiya….jsonld`;
    None for anything else."""
    if is_temporary(name):
        return None
    if name.lower().endswith(ANNOTATIONS_EXTENSION):
        name = name[: -len(ANNOTATIONS_EXTENSION)]
    match = _WRITER.fullmatch(unicodedata.normalize("NFC", name))
    if match is None:
        return None
    author = clean_author(unquote(match["author"]))
    if not author:
        return None
    return Writer(author, (match["library"] or "").lower(), match["decoration"])


def is_temporary(name: str) -> bool:
    """Hidden files, Office/LibreOffice locks, and the names sync engines write into before renaming."""
    lowered = name.lower()
    return name.startswith((".", "~")) or lowered.endswith(_TEMPORARY_ENDINGS) or lowered in ("desktop.ini", "thumbs.db")


def is_annotation_file(name: str) -> bool:
    return not is_temporary(name) and name.lower().endswith(ANNOTATIONS_EXTENSION)


def is_texts_file(name: str) -> bool:
    return not is_temporary(name) and name.lower().endswith(TEXTS_EXTENSION)


def shard_file(shard: str) -> str:
    return shard + ANNOTATIONS_EXTENSION


def shard_of_file(name: str) -> str | None:
    """The shard a file name of a writer's folder is exactly (a conflict copy of one is not)."""
    if not name.endswith(ANNOTATIONS_EXTENSION):
        return None
    shard = name[: -len(ANNOTATIONS_EXTENSION)]
    return shard if _SHARD.fullmatch(shard) else None


def shard_width(count: int) -> int:
    """How many leading hex digits of the uuid choose a shard, for a writer of `count` annotations."""
    for limit, width in SHARD_LIMITS:
        if count <= limit:
            return width
    return WIDEST


_PREFIXES = {width: frozenset(f"{n:0{width}x}" for n in range(16**width)) for width in range(1, WIDEST + 1)}


def shard_of(uuid: str, width: int) -> str:
    """The shard an annotation goes to (our uuids are lower-case hex; anything else goes to 0…)."""
    if width == 0:
        return ONE_SHARD
    prefix = uuid[:width].lower()
    return prefix if prefix in _PREFIXES[width] else "0" * width


def time_problem(modified: str, now: datetime) -> str | None:
    """'invalid' when `modified` is not an xsd:dateTime, 'ahead' when it is later than `now` allows
    (a wrong clock would make its edits win every merge), else None. A time without a zone is UTC."""
    when = parse_instant(modified) if isinstance(modified, str) else None  # as the merge reads times
    if when is None:
        return "invalid"
    return "ahead" if when > now + CLOCK_TOLERANCE else None


def _encode(author: str) -> str:
    """`author` safe as part of a file name on every platform, readable (Persian stays as it is),
    and given back exactly by `unquote`."""
    out = []
    last = len(author) - 1
    for index, char in enumerate(author):
        unsafe = (char in _UNSAFE or ord(char) < 32 or char == "\x7f"
                  or (index == 0 and char in ".~") or (index == last and char in ". "))
        out.append("".join(f"%{byte:02X}" for byte in char.encode("utf-8")) if unsafe else char)
    return "".join(out)

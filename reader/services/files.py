"""Writing a user's file so that a crash, a kill or a full disk never leaves half of it."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reader.core.errors import Cancelled


def write_atomically(out: str | Path, write: Callable[[BinaryIO], None],
                     cancelled: Callable[[], bool] | None = None) -> Path:
    """Write through `write(stream)` into a temporary file beside `out`, flush it to disk, then put it
    in place with one rename. When `cancelled()` is true before the rename, Cancelled is raised and
    `out` is left as it was."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".hashiya-", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); an exported file is meant to be shared, or keeps the
        # permissions of the file it replaces.
        os.chmod(temporary, stat.S_IMODE(out.stat().st_mode) if out.exists() else 0o644)
        if cancelled is not None and cancelled():
            raise Cancelled()
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out

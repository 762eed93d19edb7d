"""Which library files this user's Hashiya last left sound, so that a write need not first re-read a
big file (SQLite's quick check: ~1.6 s per 400 MB) that nobody else has touched since.

A file is remembered by its size, modification time and inode when a library closes after a passed
check (or after writes that started from a known-sound file). Anything that changes the file
behind our back — another program, a copy over it, a restored backup — changes that fingerprint,
and the next write checks again. The store is a small JSON file in the user data folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from reader.services.locations import user_data_dir

MAX_REMEMBERED = 50


def _store() -> Path:
    return user_data_dir() / "sound-libraries.json"


def _fingerprint(path: Path) -> list[int] | None:
    try:
        if Path(f"{path}-wal").exists():
            return None  # another connection is still writing: its changes are not in the file yet
        status = path.stat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns, status.st_ino]


def _load() -> dict[str, list[int]]:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def known_sound(path: str | Path) -> bool:
    path = Path(path).resolve()
    fingerprint = _fingerprint(path)
    return fingerprint is not None and _load().get(str(path)) == fingerprint


def remember_sound(path: str | Path) -> None:
    """Record the file as sound as it is now (call after its last connection closed)."""
    path = Path(path).resolve()
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return
    data = _load()
    data.pop(str(path), None)
    data[str(path)] = fingerprint
    data = dict(list(data.items())[-MAX_REMEMBERED:])
    store = _store()
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".sound-", dir=store.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        os.replace(temporary, store)
    except OSError:
        pass  # only a cache: the next write checks the file again

"""Writing a user's file (an export) whole or not at all, with the permissions the user expects.

The file is written beside its destination under a temporary name, flushed to disk, then renamed
over the destination, so a full disk or a kill never leaves half a file under the real name. The
temporary file is created the way any new file is — its mode is 0666 less the user's umask — and a
re-export keeps the mode of the file it replaces. A kill leaves the temporary file behind; the
next export into the same folder removes it (`remove_leftovers`), recognising by the process id
and host in its name that nobody is still writing it.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reader.core import messages
from reader.core.errors import Cancelled, HashiyaError
from reader.core.untrusted import printable_name

TEMPORARY_PREFIX = ".hashiya-export-"
# Another machine's (on a shared folder) or a temporary file of an older Hashiya, whose writer we
# cannot ask after: left alone until this old.
_FOREIGN_AGE_S = 24 * 3600
_NAME = re.compile(re.escape(TEMPORARY_PREFIX) + r"(\d+)-[0-9a-f]{8}@(.*)\.tmp")


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname())[:64] or "host"


def destination(out: Path) -> Path:
    """Where the bytes go: a symbolic link's target (the link stays a link), else `out` itself."""
    return Path(os.path.realpath(out)) if out.is_symlink() else out


class WriteError(HashiyaError):
    """A file the user asked for cannot be written where they said; the message says why."""


def check_destination(out: Path) -> None:
    """Refuse, saying why, a destination that is a folder or lies in no folder (none is created: a
    mistyped path should not leave new folders behind)."""
    target = destination(out)
    shown = printable_name(str(out))
    if target.is_dir():
        raise WriteError(messages.EXPORT_IS_FOLDER, shown)
    if not target.parent.is_dir():
        raise WriteError(messages.EXPORT_NO_FOLDER, shown, printable_name(str(target.parent)))


def write_file(out: str | Path, write: Callable[[BinaryIO], None], cancelled: Callable[[], bool] | None = None) -> Path:
    """`write_atomically` with its failures explained: a missing folder, a folder given as the file,
    a full disk or a refused permission become a WriteError naming the file."""
    out = Path(out)
    check_destination(out)
    try:
        return write_atomically(out, write, cancelled)
    except OSError as exc:
        raise WriteError(messages.EXPORT_CANNOT_WRITE, printable_name(str(out)), exc.strerror or exc) from exc
    except ValueError as exc:  # a path the system cannot take (a NUL byte in it, say)
        raise WriteError(messages.EXPORT_CANNOT_WRITE, printable_name(str(out)), exc) from exc


def write_atomically(out: str | Path, write: Callable[[BinaryIO], None],
                     cancelled: Callable[[], bool] | None = None) -> Path:
    """`write(stream)` into a temporary file beside `out`, flushed to disk, then renamed over it;
    returns the path written (a link's target). No folder is created. Raises OSError (the caller
    explains it), or Cancelled — when `cancelled()` — before `out` is touched."""
    target = destination(Path(out))
    folder = target.parent
    remove_leftovers(folder)
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None  # a new file: the umask decides
    descriptor, temporary = _create_temporary(folder)
    try:
        if mode is not None:
            os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if cancelled is not None and cancelled():
            raise Cancelled()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return target


def _create_temporary(folder: Path) -> tuple[int, str]:
    # Not mkstemp: it makes every file 0600 whatever the umask. O_EXCL keeps the name ours alone.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        name = folder / f"{TEMPORARY_PREFIX}{os.getpid()}-{secrets.token_hex(4)}@{_host()}.tmp"
        try:
            return os.open(name, flags, 0o666), str(name)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def remove_leftovers(folder: Path) -> list[str]:
    """Remove the temporary files that killed exports left in `folder`; returns their names."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(TEMPORARY_PREFIX) and _abandoned(entry):
            try:
                os.unlink(entry.path)
                removed.append(entry.name)
            except OSError:
                pass  # someone else's file, or gone already
    return removed


def _abandoned(entry: os.DirEntry[str]) -> bool:
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    match = _NAME.fullmatch(entry.name)
    if match is None or match.group(2) != _host():
        return age > _FOREIGN_AGE_S
    return not _running(int(match.group(1)))


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C there: never guess
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; elsewhere the rename is as durable as it gets)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)

"""Reading files that someone else made: only regular files, never more than a limit, never waiting.

A name ending in `.txt` says nothing about what is behind it: a symbolic link to /dev/zero never
ends, a named pipe blocks the reader until someone writes, a device may do anything when opened.
So a file is looked at before it is opened (devices and pipes are not opened at all), opened
without blocking, looked at again through the open descriptor (it may have been swapped in
between), and read in pieces that are counted, because its size may change while it is read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from typing import BinaryIO

from reader.core import messages
from reader.core.errors import HashiyaError

MB = 1024 * 1024
_PIECE = MB
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)

TooLarge = Callable[[int], HashiyaError]
"""Makes the refusal of a file of the given size (each caller words its own limit)."""


def is_regular(mode: int) -> bool:
    return stat.S_ISREG(mode)


def open_regular(path: str | os.PathLike[str], shown: str, refuse: type[HashiyaError],
                 limit: int | None = None, too_large: TooLarge | None = None) -> BinaryIO:
    """`path` opened for reading when it is a regular file (a link to one counts) of at most `limit`
    bytes; else `refuse(FILE_NOT_REGULAR, shown)` or `too_large(size)`. OSError when it cannot be
    opened at all. (O_NONBLOCK stays set: it changes nothing for a regular file.)"""
    descriptor, _size = _open(path, shown, refuse, limit, too_large)
    return os.fdopen(descriptor, "rb")


def read_regular(path: str | os.PathLike[str], shown: str, limit: int, refuse: type[HashiyaError],
                 too_large: TooLarge) -> bytes:
    """The bytes of the regular file at `path`, refused before reading when it is larger than `limit`
    and while reading when it grows past it."""
    descriptor, size = _open(path, shown, refuse, limit, too_large)
    try:
        pieces: list[bytes] = []
        total = 0
        want = size + 1  # one read for the whole file, and one to see that it ends there
        while piece := os.read(descriptor, min(want if want > 0 else _PIECE, _PIECE, limit + 1 - total)):
            pieces.append(piece)
            total += len(piece)
            want -= len(piece)
            if total > limit:
                raise too_large(total)
        return b"".join(pieces)
    finally:
        os.close(descriptor)


def read_at_most(handle: BinaryIO, limit: int, too_large: TooLarge) -> bytes:
    """Everything `handle` gives, in pieces, refused as soon as it is more than `limit` bytes."""
    data = bytearray()
    while piece := handle.read(min(_PIECE, limit + 1 - len(data))):
        data += piece
        if len(data) > limit:
            raise too_large(len(data))
    return bytes(data)


def _open(path: str | os.PathLike[str], shown: str, refuse: type[HashiyaError], limit: int | None,
          too_large: TooLarge | None) -> tuple[int, int]:
    """A descriptor of the regular file at `path`, and its size."""
    _check(os.stat(path), shown, refuse, limit, too_large)  # devices and pipes are never opened
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(descriptor)
        _check(info, shown, refuse, limit, too_large)  # swapped since the first look?
        return descriptor, info.st_size
    except BaseException:
        os.close(descriptor)
        raise


def _check(info: os.stat_result, shown: str, refuse: type[HashiyaError], limit: int | None,
           too_large: TooLarge | None) -> None:
    if not is_regular(info.st_mode):
        raise refuse(messages.FILE_NOT_REGULAR, shown)
    if limit is not None and too_large is not None and info.st_size > limit:
        raise too_large(info.st_size)

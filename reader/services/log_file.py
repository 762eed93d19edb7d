"""The log file: one file in the user's data folder, turned over when it passes a size, with a few
older ones kept (`hashiya.log.1` … `.3`).

The standard library's RotatingFileHandler does this too, but its module brings sockets, pickling
and queues with it (8 ms of every start) for handlers the app never uses.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

MAX_BYTES = 1_000_000
KEPT = 3


class RotatingLog(logging.FileHandler):
    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, kept: int = KEPT) -> None:
        super().__init__(path, mode="a", encoding="utf-8", delay=False)
        self.max_bytes = max_bytes
        self.kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._turn_over()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _turn_over(self) -> None:
        """hashiya.log -> .1 -> .2 …, the oldest dropped; then a fresh file."""
        self.stream.close()
        self.stream = None  # reopened by emit
        base = self.baseFilename
        for number in range(self.kept - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if self.kept > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)


def open_log(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingLog(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler

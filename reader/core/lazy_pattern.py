"""Regular expressions compiled the first time they are used, not when their module is imported.

For modules on the window's start-up path whose patterns serve later work (sentence snapping,
reading datelines at import): compiling them at import cost ~10 ms of every start. Not for patterns
in hot loops — each use goes through one extra attribute lookup.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, match, finditer, sub, flags …
        return getattr(self.compiled(), name)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)

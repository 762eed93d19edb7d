"""hazm imported by one thread at a time.

hazm's package imports its own modules in a cycle (`hazm/__init__` → normalizer → lemmatizer →
utils → `hazm` again). Two threads that import parts of it at once (the window's word preload and the
search lexicon's build, say) can each find the other's half-built module and fail with an
ImportError. Importing the whole package first, under one lock, settles the cycle once per process.
"""

from __future__ import annotations

import threading
from types import ModuleType

_lock = threading.Lock()


def import_hazm() -> ModuleType:
    """The hazm package, fully imported (cheap after the first call)."""
    with _lock:
        import hazm

    return hazm

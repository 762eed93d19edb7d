"""Worker processes that end with the process that started them.

An import's workers are separate processes (`spawn`). When the importing process is killed
outright (SIGKILL, the out-of-memory killer), nobody tells them: they would wait for work forever,
holding the caller's stdout and stderr open (a script reading our output would hang) and keeping
multiprocessing's resource tracker alive with them. So each worker arranges to die with its parent.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys
import threading

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_POLL_S = 0.5


def die_with_parent(parent: int, use_kernel: bool = True) -> None:
    """End this process as soon as `parent` (the pid that started it) is gone.

    On Linux the kernel sends SIGKILL on the parent's death (PR_SET_PDEATHSIG); elsewhere, or when
    that is not available, a daemon thread watches the parent id (a child whose parent died is
    handed to another process)."""
    if use_kernel and sys.platform.startswith("linux") and _kernel_signal():
        if os.getppid() != parent:  # the parent died before the request was made
            os._exit(1)
        return
    threading.Thread(target=_watch, args=(parent,), name="lifeline", daemon=True).start()


def _kernel_signal() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        log.debug("prctl is not available; watching the parent instead")
        return False


def _watch(parent: int) -> None:
    stopped = threading.Event()
    while not stopped.wait(_POLL_S):
        if os.getppid() != parent:
            os._exit(1)

"""A real X server for the start-up benchmark: Xvfb on a display of its own choosing.

Users on Linux run the window on X (the xcb platform plugin), which costs more than the offscreen
plugin the other benchmarks use: a connection to the server, its fonts and input methods, an
expose before the first paint. Xvfb is a complete X server without a screen.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


class NoXServer(RuntimeError):
    pass


@contextmanager
def xvfb(timeout_s: float = 20.0) -> Iterator[str]:
    """Start Xvfb, yield its display (":N"), stop it. NoXServer when Xvfb is missing or does not start."""
    binary = shutil.which("Xvfb")
    if binary is None:
        raise NoXServer("Xvfb is not installed (apt-get install xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [binary, "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], timeout_s)
        number = os.read(read_end, 32).decode("ascii").strip() if ready else ""
        if not number:
            raise NoXServer(f"Xvfb did not start within {timeout_s:.0f} s")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

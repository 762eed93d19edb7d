"""A worker dies with the process that started it, by the kernel's signal or by watching."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

# The middle process starts a child that ties its life to it, prints the child's pid and waits.
_MIDDLE = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], sys.argv[2]])
print(child.pid, flush=True)
time.sleep(120)
"""
_CHILD = """
import os, sys, time
from reader.services.lifeline import die_with_parent
die_with_parent(os.getppid(), use_kernel=sys.argv[1] == "kernel")
print("armed", flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process tree")
@pytest.mark.parametrize("way", ["kernel", "watch"])
def test_the_child_ends_when_its_parent_is_killed(way: str) -> None:
    if way == "kernel" and not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    middle = subprocess.Popen([sys.executable, "-c", _MIDDLE, _CHILD, way], cwd=REPO, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert middle.stdout is not None
    child = int(middle.stdout.readline())
    assert middle.stdout.readline().strip() == "armed"
    middle.send_signal(signal.SIGKILL)
    middle.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and Path(f"/proc/{child}").exists() and _alive(child):
        time.sleep(0.05)
    alive = _alive(child)
    if alive:
        os.kill(child, signal.SIGKILL)
    assert not alive


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie has ended; its parent (init) reaps it
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True

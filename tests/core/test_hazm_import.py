"""hazm imported from two threads at once (the window's word preload beside the search lexicon's
build) works: its package imports itself in a cycle that two threads could meet half-built."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO

CODE = """
import json, threading
from reader.core import lexicon, words
errors = []
def run(work):
    try:
        work()
    except BaseException as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
threads = [threading.Thread(target=run, args=(work,)) for work in (words.preload, lexicon.build)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps(errors))
"""


def test_two_threads_import_hazm_at_once_without_error() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []

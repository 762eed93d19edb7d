"""Writing a user's file whole or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.core.errors import Cancelled
from reader.services.files import write_atomically


def test_written_whole_readable_by_others_and_keeping_a_replaced_files_mode(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    umask = os.umask(0o022)
    os.umask(umask)
    write_atomically(out, lambda stream: stream.write(b"<html>one</html>"))
    assert out.read_bytes() == b"<html>one</html>"
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # as any new file of the user's
    os.chmod(out, 0o600)
    write_atomically(out, lambda stream: stream.write(b"two"))
    assert out.read_bytes() == b"two" and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["page.html"]  # no temporary left


def test_a_failure_or_a_cancel_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "page.pdf"
    out.write_bytes(b"old")

    def broken(stream) -> None:
        stream.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(out, broken)
    with pytest.raises(Cancelled):
        write_atomically(out, lambda stream: stream.write(b"new"), cancelled=lambda: True)
    assert out.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["page.pdf"]

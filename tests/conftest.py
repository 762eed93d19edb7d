"""Shared fixtures. Qt runs offscreen; the shared acceptance folder is optional."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The word lexicon is built once for the session (a few seconds) and kept in a cache folder of
# the session's own, which the command-line tests' child processes load it from.
_CACHE = tempfile.mkdtemp(prefix="hashiya-tests-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
os.environ["XDG_CACHE_HOME"] = _CACHE


def _share_the_lexicon_cache() -> None:
    from reader.core import lexicon
    from reader.services.locations import user_cache_dir

    lexicon.use_cache_dir(user_cache_dir())


_share_the_lexicon_cache()

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def db(library_path: Path):
    from reader.storage.database import open_database

    database = open_database(library_path)
    yield database
    database.close()


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (acceptance data lives outside the repo)")
    return path


@pytest.fixture(autouse=True)
def private_settings_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test (nor the command line it runs) reads or writes the user's own settings file."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))

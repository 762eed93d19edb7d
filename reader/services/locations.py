"""Where Hashiya keeps the user's library and bundled resources, without asking Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

LIBRARY_ENV = "HASHIYA_LIBRARY"
LIBRARY_FILE = "library.hashiya.sqlite"


def xdg_data_home() -> Path:
    """The freedesktop.org per-user data folder (Linux and other Unix desktops)."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def user_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = xdg_data_home()
    return base / "Hashiya"


def user_cache_dir() -> Path:
    """Where Hashiya keeps what it can make again (the word lexicon), per user."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "Hashiya" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Hashiya"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "Hashiya"


def default_library_path() -> Path:
    """`$HASHIYA_LIBRARY` when set, else the library in the per-user data folder."""
    override = os.environ.get(LIBRARY_ENV)
    return Path(override) if override else user_data_dir() / LIBRARY_FILE


def resource_path(*parts: str) -> Path:
    """A bundled resource, from the source tree or from inside the PyInstaller bundle."""
    return _root().joinpath("resources", *parts)


def sample_collection_path() -> Path:
    return resource_path("sample")


def translations_path() -> Path:
    """Compiled Qt Linguist files (`hashiya_fa.qm`, `hashiya_en.qm`)."""
    return _root() / "translations"


def _root() -> Path:
    """The source tree, or the unpacked PyInstaller bundle."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))


def default_author() -> str:
    """The name annotations carry until the user gives one: $HASHIYA_AUTHOR, else the login name."""
    import getpass

    try:
        return os.environ.get("HASHIYA_AUTHOR") or getpass.getuser()
    except OSError:
        return ""

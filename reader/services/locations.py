"""Where Hashiya keeps the user's library and bundled resources, without asking Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reader.services.user_settings import read_setting

LIBRARY_ENV = "HASHIYA_LIBRARY"
LIBRARY_SUFFIX = ".hashiya.sqlite"
LIBRARY_FILE = "library" + LIBRARY_SUFFIX


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
    """The per-user folder for what can be made again (drawn icons, the word lexicon): safe to delete."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Hashiya" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Hashiya"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "Hashiya"


def log_file_path() -> Path:
    """The one log file (rotated), where unexpected errors are written."""
    return user_data_dir() / "logs" / "hashiya.log"


def default_library_path() -> Path:
    """The library in the per-user data folder: the one a first start makes."""
    return user_data_dir() / LIBRARY_FILE


def library_name(path: Path) -> str:
    """A library's name for people: its file name without «.hashiya.sqlite» (or «.sqlite», «.db»)."""
    name = path.name
    for suffix in (LIBRARY_SUFFIX, ".sqlite", ".sqlite3", ".db", ".hashiya"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def library_for_run(explicit: str | os.PathLike[str] | None = None, remembered: str | None = None) -> Path:
    """The library a run works on: `--library`, else `$HASHIYA_LIBRARY`, else the library last opened
    from the window's menu (`remembered`; read from the settings file when not given), else the
    per-user default. Only opening a library from the menu changes what is remembered."""
    if explicit:
        return Path(explicit)
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override)
    if remembered is None:
        remembered = read_setting("session", "library_path")
    return Path(remembered) if remembered else default_library_path()


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
    """The name annotations carry when none is given: $HASHIYA_AUTHOR, else the author name chosen in
    the window's preferences, else the login name."""
    import getpass

    chosen = os.environ.get("HASHIYA_AUTHOR") or read_setting("preferences", "author")
    if chosen:
        return chosen
    try:
        return getpass.getuser()
    except OSError:
        return ""

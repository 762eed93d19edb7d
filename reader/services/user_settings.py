"""The window's settings file, read without Qt, so that the command line follows the same choices
(the author name annotations carry, the library last opened from the window's menu).

The window writes the file through QSettings (`reader/gui/settings.py` opens it at
`settings_file_path()`); this module reads the INI dialect QSettings writes: UTF-8, a value in
double quotes when it has commas, semicolons or outer spaces, backslash escapes, a leading «@»
doubled, and an unquoted comma separating the items of a list.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "Hashiya"
APPLICATION = "Hashiya"
DESKTOP_FILE_NAME = "hashiya"  # the desktop entry's and its icon's name; the window gives it to Wayland

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            '"': '"', "'": "'", "?": "?", "\\": "\\", ";": ";", ",": ",", "=": "="}


def settings_file_path() -> Path:
    """Where QSettings keeps a user's INI settings for Hashiya on this platform."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / ORGANIZATION / f"{APPLICATION}.ini"


def read_setting(group: str, key: str, path: Path | None = None) -> str | None:
    """The text stored under [group] key=…, None when the file or the value is absent (or unreadable:
    a settings file never stops the command line)."""
    try:
        text = (path or settings_file_path()).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    section = ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
            continue
        if section != group or "=" not in stripped:
            continue
        name, _equals, value = stripped.partition("=")
        if name.strip() == key:
            return ", ".join(unescape_value(value))
    return None


def unescape_value(raw: str) -> list[str]:
    """A QSettings INI value as the strings it holds (one, or the items of a list)."""
    raw = raw.strip()
    if raw.startswith("@@"):
        raw = raw[1:]
    items: list[str] = []
    current: list[str] = []
    quoted = False
    index = 0
    while index < len(raw):
        char = raw[index]
        if char == '"':
            quoted = not quoted
        elif char == "\\" and index + 1 < len(raw):
            index += 1
            escape = raw[index]
            if escape == "x":
                digits = ""
                while index + 1 < len(raw) and len(digits) < 4 and raw[index + 1] in "0123456789abcdefABCDEF":
                    index += 1
                    digits += raw[index]
                current.append(chr(int(digits, 16)) if digits else "x")
            elif escape in "01234567":
                digits = escape
                while index + 1 < len(raw) and len(digits) < 3 and raw[index + 1] in "01234567":
                    index += 1
                    digits += raw[index]
                current.append(chr(int(digits, 8)))
            else:
                current.append(_ESCAPES.get(escape, escape))
        elif char == "," and not quoted:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
        index += 1
    items.append("".join(current) if len(items) == 0 else "".join(current).strip())
    return items

"""A menu entry for Hashiya on Linux desktops (freedesktop.org Desktop Entry + icon theme).

`hashiya desktop-entry` writes `hashiya.desktop` into the user's applications folder and the
icon into the hicolor theme, pointing at this copy of Hashiya (the bundle's executable, or
`python main.py` from a source tree). `--remove` takes both away again. The entry's file name
matches the application's desktop file name, so Wayland compositors find the icon for the window.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from reader.core.record import Record
from reader.services.locations import resource_path, xdg_data_home
from reader.services.user_settings import DESKTOP_FILE_NAME

ICON_SOURCE = ("icons", "hashiya.svg")


class DesktopEntryFiles(Record):
    entry: Path
    icon: Path


def entry_files(home: Path | None = None) -> DesktopEntryFiles:
    home = home or xdg_data_home()
    return DesktopEntryFiles(
        home / "applications" / f"{DESKTOP_FILE_NAME}.desktop",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_FILE_NAME}.svg",
    )


def launch_command() -> list[str]:
    """How to start this copy of Hashiya: the bundle's executable, or this interpreter + main.py."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    main = Path(__file__).resolve().parents[2] / "main.py"
    return [str(Path(sys.executable).absolute()), str(main)]


def _quoted(argument: str) -> str:
    # Desktop Entry spec, "Exec key": arguments with reserved characters are double-quoted, and
    # inside quotes ", `, $ and \ are escaped with a backslash; a literal % is written %%.
    argument = argument.replace("%", "%%")
    if not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def entry_text(command: list[str]) -> str:
    exec_line = " ".join(_quoted(part) for part in command)
    # Desktop Entry string values escape backslashes once more (\\ for \).
    exec_line = exec_line.replace("\\", "\\\\")
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=Hashiya",
        "Name[fa]=حاشیه",
        "GenericName=Article reader and annotator",
        "GenericName[fa]=خواندن و حاشیه‌نویسی مقاله‌ها",
        "Comment=Read, search and annotate Persian and Dari article collections",
        "Comment[fa]=مجموعه‌های مقاله‌ی فارسی و دری را بخوانید، جست‌وجو کنید و حاشیه بنویسید",
        f"Exec={exec_line}",
        f"Icon={DESKTOP_FILE_NAME}",
        "Terminal=false",
        "Categories=Office;Education;Viewer;",
        "Keywords=Persian;Dari;Farsi;news;annotation;qualitative;research;فارسی;دری;",
        "StartupWMClass=Hashiya",
        "",
    ])


def install(home: Path | None = None, command: list[str] | None = None) -> DesktopEntryFiles:
    """Write the entry and the icon (replacing earlier ones); returns where they went."""
    files = entry_files(home)
    files.entry.parent.mkdir(parents=True, exist_ok=True)
    files.icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path(*ICON_SOURCE), files.icon)
    temporary = files.entry.with_suffix(".desktop.tmp")
    temporary.write_text(entry_text(command or launch_command()), encoding="utf-8")
    os.replace(temporary, files.entry)  # a menu never sees half an entry
    return files


def remove(home: Path | None = None) -> list[Path]:
    """Delete the entry and the icon; returns the files that were there."""
    removed = []
    for path in (entry_files(home).entry, entry_files(home).icon):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed

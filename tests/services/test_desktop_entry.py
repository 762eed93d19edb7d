"""The applications-menu entry: what it launches, how it quotes, and that it goes away again."""

from __future__ import annotations

import configparser
from pathlib import Path

from reader.services import desktop_entry
from reader.services.locations import resource_path


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def exec_arguments(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry spec says a launcher must: string escapes (\\\\ is
    \\) first, then arguments separated by spaces, "quoted" ones with \\" \\` \\$ \\\\ inside, then %%."""
    text = value.replace("\\\\", "\\")
    arguments, current, quoted, i = [], "", False, 0
    while i < len(text):
        char = text[i]
        if quoted and char == "\\" and text[i + 1] in '"`$\\':
            current += text[i + 1]
            i += 1
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += char
        i += 1
    assert not quoted, value
    return [argument.replace("%%", "%") for argument in [*arguments, current] if argument]


def test_install_writes_an_entry_that_launches_this_copy(tmp_path: Path) -> None:
    command = ["/opt/My Apps/Hashiya $1 \"x\" 100%/Hashiya"]
    files = desktop_entry.install(tmp_path, command)
    assert files.entry == tmp_path / "applications" / "hashiya.desktop"
    entry = read_entry(files.entry)
    assert entry["Type"] == "Application" and entry["Name"] == "Hashiya" and entry["Name[fa]"] == "حاشیه"
    assert entry["Icon"] == "hashiya" and entry["Terminal"] == "false"
    assert exec_arguments(entry["Exec"]) == command
    assert files.icon.read_bytes() == resource_path("icons", "hashiya.svg").read_bytes()


def test_plain_paths_stay_unquoted(tmp_path: Path) -> None:
    files = desktop_entry.install(tmp_path, ["/usr/bin/python3.12", "/home/me/hashiya/main.py"])
    assert read_entry(files.entry)["Exec"] == "/usr/bin/python3.12 /home/me/hashiya/main.py"


def test_the_source_tree_is_launched_through_main_py() -> None:
    command = desktop_entry.launch_command()
    assert Path(command[0]).exists() and command[-1].endswith("main.py") and Path(command[-1]).exists()


def test_install_again_replaces_and_remove_takes_both_away(tmp_path: Path) -> None:
    desktop_entry.install(tmp_path, ["/old/Hashiya"])
    files = desktop_entry.install(tmp_path, ["/new/Hashiya"])
    assert read_entry(files.entry)["Exec"] == "/new/Hashiya"
    assert sorted(p.name for p in files.entry.parent.iterdir()) == ["hashiya.desktop"]  # no temp file left
    assert desktop_entry.remove(tmp_path) == [files.entry, files.icon]
    assert not files.entry.exists() and not files.icon.exists()
    assert desktop_entry.remove(tmp_path) == []

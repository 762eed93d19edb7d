"""The file dialogs of the window, alike: they open in the user's documents folder (then where the
user last went), and list filters by their names only — a pattern such as `*.qdpx` inside a Persian
line is reordered by the bidi algorithm into «qdpx.*»."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

OPTIONS = QFileDialog.Option.HideNameFilterDetails

_last_folder: Path | None = None


def documents_folder() -> Path:
    """Where a dialog opens first: the user's documents folder, else the home folder."""
    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(located) if located else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder() -> Path:
    return _last_folder if _last_folder is not None and _last_folder.is_dir() else documents_folder()


def _remember(path: str) -> None:
    global _last_folder
    if path:
        chosen = Path(path)
        _last_folder = chosen if chosen.is_dir() else chosen.parent


def save_file(parent: QWidget, title: str, name: str, filters: str) -> str:
    """A file to write (empty when cancelled); `name` is suggested in the start folder."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / name), filters, options=OPTIONS)
    _remember(path)
    return path


def open_file(parent: QWidget, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters, options=OPTIONS)
    _remember(path)
    return path


def open_files(parent: QWidget, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters, options=OPTIONS)
    if paths:
        _remember(paths[0])
    return paths


def existing_folder(parent: QWidget, title: str) -> str:
    path = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    _remember(path)
    return path

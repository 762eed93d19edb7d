"""PySide6's scan of imported modules, spared.

Importing PySide6 replaces `builtins.__import__`: from then on every import statement hands its
module to `PySide6.support.feature`, which reads that module's whole source file the first time it
meets it (`inspect.getsource`, 0.15–0.2 ms a module) to learn whether the text mentions PySide6 —
the answer decides whether the opt-in `from __feature__ import snake_case` may switch the module's
view of Qt's classes. Hashiya never makes that import, yet at its start PySide read 117 modules
this way (16 ms of the first paint), most of them the standard library and our Qt-free layers,
which the window's modules import by name again; and then the window's 45 modules, 6 ms more.

The start therefore loads the Qt-free layers the window reads through first (`reader.app`), then
`spare_loaded_modules` gives every module loaded so far the mark of a module that does not use
PySide6 (-1, "not switched"), so their sources are never read; the window's own modules, imported
next, would be scanned as before — 45 sources, 6 ms — but every one of them uses PySide6 (the
package is the window), so they are given the scan's answer for such a module in advance: 0, "no
feature switched on". As nothing in Hashiya imports `__feature__`, neither mark changes anything
but the cost. The table is PySide's and not a documented interface: where it is missing (another
PySide6), nothing is done and the scan simply runs.
"""

from __future__ import annotations

import sys

NOT_SWITCHED = -1  # PySide's mark for a module that `__feature__` leaves alone
NO_FEATURE = 0  # its mark for a module that uses PySide6 and has switched no feature on


def spare_loaded_modules() -> None:
    """Mark the modules loaded so far as not using PySide6, and give the window's own modules, not
    loaded yet, the answer the scan would find in their sources."""
    import PySide6.QtCore  # noqa: F401 - makes the scan's table exist

    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in list(sys.modules):
        if name not in table and not name.startswith(("PySide6", "shiboken6")):
            table[name] = NOT_SWITCHED
    for name in window_modules():
        table.setdefault(name, NO_FEATURE)


def window_modules() -> list[str]:
    """The modules of `reader.gui` by name, read from its folder without importing them (none in the
    bundled app, whose modules are in an archive: there the scan finds no sources and is quick)."""
    import os

    import reader.gui

    folder = os.path.dirname(reader.gui.__file__)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [f"reader.gui.{name[:-3]}" for name in names if name.endswith(".py") and name != "__init__.py"]

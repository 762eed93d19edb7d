"""The window's first paint imports only what it needs (issue 22), and what it put off still works.

Each check runs in a fresh interpreter: in the test process everything is imported already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Modules the first paint does not need; each costs tens of milliseconds to import.
PUT_OFF = ("sqlite_utils", "qtawesome", "hazm", "jdatetime", "reader.core.formats", "reader.core.render",
           "reader.gui.annotation_dialogs", "email.utils", "reader.core.article", "reader.core.anchoring", "uuid",
           "hashlib",
           # docks made when first shown, and what only they (or a worker) need
           "reader.gui.search_panel", "reader.services.search", "reader.gui.agreement_controller",
           "reader.services.agreement", "reader.gui.annotation_panel", "reader.services.suggestions",
           "multiprocessing", "concurrent.futures.process")

START = """
import json, sys
from pathlib import Path
from benchmarks.startup_child import wait_for_paint
from reader.app import create_main_window
app, window = create_main_window(Path(sys.argv[1]), Path(sys.argv[2]))
window.show()
window.open_initial_article()
painted = wait_for_paint(window.reader.text_view.viewport())
print(json.dumps({"painted": painted, "imported": [m for m in PUT_OFF if m in sys.modules],
                  "articles": window.panel.articles.rowCount()}))
""".replace("PUT_OFF", repr(PUT_OFF))


def _run(code: str, *args: str, env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def test_a_returning_users_window_is_painted_without_the_modules_it_puts_off(tmp_path: Path) -> None:
    from reader.services.library import Library

    library_path = tmp_path / "library.sqlite"
    with Library(library_path) as library:
        library.import_paths([ROOT / "resources" / "sample"])
        first = library.article_ids()[0]
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[session]\nlast_article_id={first}\nlibrary_path={library_path}\n", encoding="utf-8")
    env = _env(tmp_path)
    _run(START, str(library_path), str(settings), env=env)  # the first start draws the icons into the cache
    again = _run(START, str(library_path), str(settings), env=env)
    assert again["painted"] and again["articles"] > 0
    assert again["imported"] == []


def test_the_library_file_opens_and_reads_without_sqlite_utils_and_writes_with_it(tmp_path: Path) -> None:
    code = """
import json, sys
from reader.storage.database import open_database
db = open_database(sys.argv[1])
read = [dict(r) for r in db.query("SELECT name FROM collections")]
before = "sqlite_utils" in sys.modules
db.execute("INSERT INTO collections (name, created) VALUES ('news', '2026-01-01')")  # committed at once
db["collections"].insert({"name": "wire", "created": "2026-01-02"})  # sqlite-utils' own, made on first use
names = [r["name"] for r in db.query("SELECT name FROM collections ORDER BY name")]
db.close()
print(json.dumps({"read": read, "before": before, "after": "sqlite_utils" in sys.modules, "names": names}))
"""
    from reader.storage.database import open_database

    path = tmp_path / "library.sqlite"
    open_database(path).close()  # made and migrated (with sqlite-utils) by an earlier session
    result = _run(code, str(path), env=_env(tmp_path))
    assert result == {"read": [], "before": False, "after": True, "names": ["news", "wire"]}
    # Both writes were committed: another connection sees them.
    db = open_database(path)
    try:
        assert [r[0] for r in db.execute("SELECT name FROM collections ORDER BY name")] == ["news", "wire"]
    finally:
        db.close()


def test_icons_come_from_the_cache_folder_on_the_next_start_without_qtawesome(tmp_path: Path) -> None:
    code = """
import json, sys
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.gui.icons import icon, icon_cache_dir
image = icon("search").pixmap(QSize(24, 24)).toImage()
inked = sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 0)
print(json.dumps({"inked": inked, "qtawesome": "qtawesome" in sys.modules,
                  "cached": len(list(icon_cache_dir().glob("*.png")))}))
"""
    env = _env(tmp_path)
    first = _run(code, env=env)
    second = _run(code, env=env)
    assert first["inked"] > 20 and first["qtawesome"] and first["cached"] >= 1
    assert second == {**first, "qtawesome": False}


SCANNED = """
import inspect, json, sys
read = []
getsource = inspect.getsource

def counted(module):  # PySide6's import hook reads a module's source through this
    read.append(getattr(module, "__name__", "?"))
    return getsource(module)

inspect.getsource = counted
from pathlib import Path
from benchmarks.startup_child import wait_for_paint
from reader.app import create_main_window
app, window = create_main_window(Path(sys.argv[1]), Path(sys.argv[2]))
window.show()
window.open_initial_article()
painted = wait_for_paint(window.reader.text_view.viewport())
print(json.dumps({"painted": painted, "read": read}))
"""


def test_pyside_reads_none_of_our_sources_at_start(tmp_path: Path) -> None:
    from reader.storage.database import open_database

    library_path = tmp_path / "library.sqlite"
    open_database(library_path).close()
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[session]\nlibrary_path={library_path}\n", encoding="utf-8")
    result = _run(SCANNED, str(library_path), str(settings), env=_env(tmp_path))
    assert result["painted"]
    read = set(result["read"])
    assert "fontpkg_noto_sans_arabic" in read  # the hook is there, and reads what is loaded later
    ours = sorted(name for name in read if name.startswith("reader"))
    assert ours == []  # the Qt-free layers marked as loaded, the window's modules answered in advance
    assert not read & {"json", "re", "typing", "dataclasses", "pathlib", "logging", "sqlite3", "datetime"}

"""The lower layers never reach for Qt: they import and work with PySide6 made unimportable."""

import subprocess
import sys

from tests.conftest import REPO

PROBE = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6'}:
            raise ImportError('Qt is not allowed below the GUI: ' + name)
sys.meta_path.insert(0, NoQt())
import pkgutil, importlib, reader.core, reader.storage, reader.services
for package in (reader.core, reader.storage, reader.services):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):
        importlib.import_module(info.name)
from reader.storage.database import open_database
from reader.services.importer import import_paths
db = open_database(':memory:')
print('ok', sorted(m for m in sys.modules if m.startswith('reader.')).__len__())
"""


def test_core_storage_services_work_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_storage_is_the_only_layer_with_sql() -> None:
    offenders = []
    for path in (REPO / "reader").rglob("*.py"):
        if "storage" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if any(word in text for word in ("INSERT INTO", "SELECT ", "DELETE FROM", "UPDATE ")):
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_gui_reaches_storage_only_for_its_record_types() -> None:
    """Widgets talk to services; of `reader.storage` the GUI may only use the plain records."""
    offenders = []
    for path in (REPO / "reader" / "gui").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("from reader.storage", "import reader.storage")) and "records import" not in stripped:
                offenders.append(f"{path.relative_to(REPO)}: {stripped}")
    assert offenders == []

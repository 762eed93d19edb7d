"""The lower layers never reach for Qt: they import and work with PySide6 made unimportable."""

import ast
import subprocess
import sys
from pathlib import Path

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


def test_the_layer_contract_holds() -> None:
    """import-linter's contracts in pyproject.toml: core < storage < services < gui | cli < app, and
    neither the window nor the command line imports storage or SQLite."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_nothing_above_services_touches_a_database_handle() -> None:
    """The Library façade keeps its connection to itself: no `.db` or `._db` in the GUI, CLI or app."""
    offenders = []
    above = [*(REPO / "reader" / "gui").rglob("*.py"), REPO / "reader" / "cli.py", REPO / "reader" / "app.py",
             REPO / "reader" / "self_test.py"]
    for path in above:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"db", "_db", "conn"}:
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno} .{node.attr}")
    assert offenders == []

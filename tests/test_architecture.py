"""The core and the reports never import Qt: a headless CLI and server must be able to use them."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import resebok

PACKAGE_DIR = Path(resebok.__file__).parent
QT_FREE = ("core", "reports")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_import_in_core_or_reports_source():
    offenders = [
        str(path.relative_to(PACKAGE_DIR))
        for package in QT_FREE
        for path in (PACKAGE_DIR / package).rglob("*.py")
        if {"PySide6", "PyQt5", "PyQt6", "shiboken6"} & _imports(path)
        or "resebok.gui" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_importing_core_and_reports_loads_no_qt():
    modules = [
        info.name
        for package in QT_FREE
        for info in pkgutil.walk_packages(
            [str(PACKAGE_DIR / package)], prefix=f"resebok.{package}."
        )
    ]
    assert "resebok.core.trips" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import resebok.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_first_window_paints_before_the_storage_layer_loads():
    """`resebok` paints its main window before sqlite-utils and the migrations are imported.

    They cost about as much as PySide6 itself (benchmarks/run.py, issue 8), so everything a
    start imports before the first paint must leave them out: resebok.gui.startup opens the
    database after the window is shown.
    """
    code = (
        "import sys\n"
        "import resebok.cli, resebok.gui.app, resebok.gui.startup, resebok.gui.main_window\n"
        "import resebok.gui.error_hook\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlite_utils')\n"
        "      or m in ('resebok.core.db', 'resebok.core.migrations', 'resebok.core.backup')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"

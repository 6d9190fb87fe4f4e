"""The PyInstaller bundle's layout, in one place for the spec, the build script and the tests.

The Inno Setup script names files inside this layout ({app}\\resebok.exe, the icon below
_internal); tests/test_installer.py checks those names against ``expected_files`` so that a
change here (or in the spec) cannot silently break the Windows installer, which cannot be
compiled on Linux.
"""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_NAME = "resebok"  # the program; resebok.exe on Windows
DIST_NAME = "resebok"  # the one-folder bundle: dist/resebok/
CONTENTS_DIR = "_internal"  # PyInstaller 6's folder for everything but the program
# (folder in the source tree, folder inside CONTENTS_DIR); resource_path() looks in
# sys._MEIPASS/resources, and sys._MEIPASS is CONTENTS_DIR.
DATA_DIRS = (("resources", "resources"),)
WINDOWS_ICON = "resources/icons/resebok.ico"

# Qt modules the application uses or will use (charts for controllers, SVG icons, printing).
QT_MODULES_KEPT = ("PySide6.QtCharts", "PySide6.QtSvg", "PySide6.QtPrintSupport")
# Everything large that nothing imports; listed so that no stray import drags it in.
QT_MODULES_EXCLUDED = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtBluetooth "
        "QtCanvasPainter QtDataVisualization QtDesigner QtGraphs QtGraphsWidgets QtHelp "
        "QtHttpServer QtLocation QtMultimedia QtMultimediaWidgets QtNetworkAuth QtNfc QtPdf "
        "QtPdfWidgets QtPositioning QtQml QtQuick QtQuick3D QtQuickControls2 QtQuickTest "
        "QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort "
        "QtSpatialAudio QtSql QtStateMachine QtTest QtTextToSpeech QtUiTools QtWebChannel "
        "QtWebEngineCore QtWebEngineQuick QtWebEngineWidgets QtWebSockets QtWebView"
    ).split()
)
OTHER_EXCLUDED = ("tkinter", "pytest", "pytestqt", "mypy", "ruff", "IPython", "numpy")
# Qt's virtual keyboard input plugin alone drags in QtQuick and QtQml (about 20 MB); an office
# desktop has a real keyboard.
DROPPED_BINARY_NAMES = ("qtvirtualkeyboard", "Qt6VirtualKeyboard", "Qt6Quick", "Qt6Qml")
# Qt's own translations: Swedish, and English for the later English user interface.
KEPT_QT_LANGUAGES = ("sv", "en")


def keep_bundle_file(destination: str) -> bool:
    """False for collected files the application never loads (see the two lists above)."""
    name = destination.replace("\\", "/")
    if any(part in name for part in DROPPED_BINARY_NAMES):
        return False
    if "/Qt/translations/" in name and name.endswith(".qm"):
        stem = name.rsplit("/", 1)[-1][: -len(".qm")]
        return stem.rsplit("_", 1)[-1] in KEPT_QT_LANGUAGES
    return True


def project_metadata() -> dict:
    """[project] of pyproject.toml with its version, which is written only in resebok/__init__.py.

    The version is read the way the build backend reads it (tool.hatch.version), so the
    installer scripts never repeat it.
    """
    with open(ROOT / "pyproject.toml", "rb") as handle:
        pyproject = tomllib.load(handle)
    project = dict(pyproject["project"])
    if "version" in project.get("dynamic", []):
        source = ROOT / pyproject["tool"]["hatch"]["version"]["path"]
        found = re.search(r'^__version__ = "([^"]+)"$', source.read_text("utf-8"), re.MULTILINE)
        if found is None:
            raise ValueError(f"{source} has no __version__")
        project["version"] = found.group(1)
    return project


def exe_file(windows: bool) -> str:
    return f"{EXE_NAME}.exe" if windows else EXE_NAME


def expected_files(windows: bool) -> set[str]:
    """Files (POSIX paths relative to the bundle folder) that every build must contain."""
    files = {exe_file(windows)}
    for source, target in DATA_DIRS:
        for path in (ROOT / source).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = path.relative_to(ROOT / source).as_posix()
                files.add(f"{CONTENTS_DIR}/{target}/{relative}")
    return files


def expected_dirs(windows: bool) -> set[str]:
    dirs = {""}
    for name in expected_files(windows):
        parts = name.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            dirs.add("/".join(parts[:depth]))
    return dirs

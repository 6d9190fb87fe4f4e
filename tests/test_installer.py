"""The installers: the Inno Setup script names only files the PyInstaller bundle has, the Linux
desktop file and metainfo are valid and match the application, and the icons are real."""

import ast
import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath

import pytest

import resebok
from resebok.gui.app import DESKTOP_FILE_NAME

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ISS = INSTALLER / "windows" / "resebok.iss"
SPEC = INSTALLER / "resebok.spec"
DESKTOP = INSTALLER / "linux" / f"{DESKTOP_FILE_NAME}.desktop"
METAINFO = INSTALLER / "linux" / f"{DESKTOP_FILE_NAME}.metainfo.xml"
BUILT_BUNDLE = ROOT / "dist" / "resebok"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _load_layout():
    spec = importlib.util.spec_from_file_location("bundle_layout", INSTALLER / "bundle_layout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout = _load_layout()
PROJECT = layout.project_metadata()  # pyproject's [project], version from resebok/__init__.py


# --- the Inno Setup script, read as ISCC would ---------------------------------------------------


def _iss_lines() -> list[str]:
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, flags=re.MULTILINE))
    defines["Version"] = PROJECT["version"]  # passed with /DVersion=...
    lines = []
    for line in text.splitlines():
        if line.lstrip().startswith((";", "#")) or not line.strip():
            continue
        lines.append(re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], line))
    return lines


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _iss_lines():
        if re.fullmatch(r"\[\w+\]", line.strip()):
            current = line.strip()[1:-1]
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _entries(section: str) -> list[dict[str, str]]:
    """`Name: "x"; Flags: y` lines as dictionaries."""
    entries = []
    for line in _iss_sections().get(section, []):
        parameters = {}
        for match in re.finditer(r'(\w+):\s*("([^"]*)"|[^;]+)', line):
            value = match.group(3) if match.group(3) is not None else match.group(2).strip()
            parameters[match.group(1)] = value
        entries.append(parameters)
    return entries


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _iss_sections()["Setup"])


def _in_app(value: str) -> str | None:
    """The bundle-relative POSIX path of an {app}\\... value, else None."""
    if not value.startswith("{app}"):
        return None
    return (
        PureWindowsPath(value[len("{app}") :].lstrip("\\")).as_posix() if value != "{app}" else ""
    )


def _bundle_path(source: str) -> str:
    """A [Files] Source (relative to the script) as a path inside dist/resebok."""
    resolved = (ISS.parent / PureWindowsPath(source).as_posix()).resolve()
    bundle = (ROOT / "dist" / layout.DIST_NAME).resolve()
    assert resolved.is_relative_to(bundle), f"{source} is not taken from the bundle"
    return resolved.relative_to(bundle).as_posix()


def _named_files() -> tuple[set[str], set[str]]:
    """(files, folders) in the bundle that the script names, as POSIX paths."""
    files, folders = set(), set()
    for entry in _entries("Files"):
        source = _bundle_path(entry["Source"])
        if source.endswith("/*"):
            folders.add(source[:-2])
        else:
            files.add(source)
    for section, keys in (("Icons", ("Filename", "IconFilename")), ("Run", ("Filename",))):
        for entry in _entries(section):
            for key in keys:
                if key in entry and (path := _in_app(entry[key])) is not None:
                    files.add(path)
    files.add(_in_app(_setup()["UninstallDisplayIcon"]))
    for entry in _entries("InstallDelete"):
        folders.add(_in_app(entry["Name"]))
    return files, folders


def test_every_file_the_installer_names_is_in_the_bundle_layout():
    files, folders = _named_files()
    expected = layout.expected_files(windows=True)
    assert files and folders
    assert files <= expected, sorted(files - expected)
    assert folders <= layout.expected_dirs(windows=True), sorted(folders)
    assert "resebok.exe" in files  # the Start menu entry starts the program


def test_installer_is_per_user_and_versioned_from_outside():
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["AppVersion"] == PROJECT["version"]
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    text = ISS.read_text(encoding="utf-8")
    assert "#ifndef Version" in text and "#error" in text  # ISCC without /DVersion fails
    assert PROJECT["version"] not in text  # never written in twice
    assert (ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()).is_file()
    assert any(e["Name"].startswith("{autoprograms}") for e in _entries("Icons"))


def test_uninstaller_leaves_the_users_data_alone():
    assert "UninstallDelete" not in _iss_sections()
    for entry in _entries("InstallDelete"):
        assert entry["Name"].startswith("{app}\\")
    text = "\n".join(_iss_lines()).lower()
    for user_folder in ("{localappdata}", "{userappdata}", "{appdata}", "{userdocs}"):
        assert user_folder not in text


def test_spec_reads_name_and_version_from_pyproject():
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)
    assert "project_metadata()" in text and PROJECT["version"] not in text
    assert PROJECT["version"] == resebok.__version__


def test_bundle_layout_carries_every_resource():
    files = layout.expected_files(windows=False)
    assert "resebok" in files and "resebok.exe" not in files
    assert "_internal/resources/places.csv" in files
    for size in ICON_SIZES:
        assert f"_internal/resources/icons/resebok-{size}.png" in files
    assert "_internal/resources/icons/resebok.ico" in layout.expected_files(windows=True)


def test_unused_qt_is_left_out_and_needed_qt_kept():
    excluded = set(layout.QT_MODULES_EXCLUDED)
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick"} <= excluded
    assert {"PySide6.QtMultimedia", "PySide6.QtQml"} <= excluded
    assert not excluded & set(layout.QT_MODULES_KEPT)
    assert not layout.keep_bundle_file("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not layout.keep_bundle_file("PySide6/Qt/translations/qtbase_de.qm")
    assert layout.keep_bundle_file("PySide6/Qt/translations/qtbase_sv.qm")
    assert layout.keep_bundle_file("PySide6/Qt/lib/libQt6Charts.so.6")


@pytest.mark.skipif(not (BUILT_BUNDLE / "resebok").exists(), reason="no Linux build in dist/")
def test_real_build_matches_the_layout():
    actual = {p.relative_to(BUILT_BUNDLE).as_posix() for p in BUILT_BUNDLE.rglob("*")}
    missing = layout.expected_files(windows=False) - actual
    assert not missing, sorted(missing)
    files, _folders = _named_files()
    # What the Windows installer names, with the Linux program's name, is in the real build.
    linux_names = {name.removesuffix(".exe") for name in files}
    assert linux_names <= actual, sorted(linux_names - actual)


# --- Linux desktop integration --------------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_matches_the_application():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Resebok"
    assert entry["Icon"] == DESKTOP_FILE_NAME  # hicolor/<size>/apps/se.resebok.Resebok.png
    assert entry["Exec"].split()[0] == layout.EXE_NAME
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_matches_the_project():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_FILE_NAME
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.find("launchable").text == DESKTOP.name
    releases = [release.get("version") for release in root.iter("release")]
    assert releases[0] == PROJECT["version"]  # the newest release first


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli missing")
def test_metainfo_validates_with_appstreamcli():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icons_in_every_size_desktops_ask_for():
    icons = ROOT / "resources" / "icons"
    ET.parse(icons / "resebok.svg")  # the source is well-formed SVG
    for size in ICON_SIZES:
        assert _png_size(icons / f"resebok-{size}.png") == (size, size)
    ico = (icons / "resebok.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4

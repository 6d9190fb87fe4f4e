"""A plain `pip install .` must carry the resources and the `resebok` entry point."""

import subprocess
import sys
import zipfile
from pathlib import Path

import resebok
from resebok.core.resources import resource_path

REPO = Path(__file__).resolve().parent.parent


def test_resources_are_found():
    assert resource_path("places.csv").is_file()


def test_wheel_carries_resources_and_entry_point(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("resebok-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        assert "resebok = resebok.cli:main" in archive.read(entry_points).decode()
    assert "resebok/resources/places.csv" in names
    assert "resebok/gui/main_window.py" in names
    assert not any(name.startswith("tests/") for name in names)


def test_version_is_known():
    assert resebok.__version__ and resebok.__version__ != "0.0.0+source"

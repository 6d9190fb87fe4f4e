"""The frozen Linux bundle, when one has been built (installer/linux/build.sh builds it and runs
the same smoke test in CI): it starts offscreen, builds a demo and opens its main window."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "dist" / "resebok" / "resebok"

pytestmark = pytest.mark.skipif(
    not PROGRAM.exists(), reason="no frozen build in dist/ (run installer/linux/build.sh)"
)


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RESEBOK_", "PYTHON"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RESEBOK_SKIP_WIZARD="1",
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return subprocess.run(
        [str(PROGRAM), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_frozen_program_knows_its_version(tmp_path):
    from resebok import __version__ as version

    result = run(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Resebok {version}"


def test_frozen_program_opens_a_fresh_demo(tmp_path):
    demo = tmp_path / "demo.sqlite"
    built = run(tmp_path, "demo", "--db", str(demo), "--today", "2019-06-30")
    assert built.returncode == 0, built.stderr
    result = run(tmp_path, "selftest", "--db", str(demo))
    assert result.returncode == 0, result.stderr
    assert "självtestet gick bra" in result.stdout

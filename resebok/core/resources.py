"""One lookup for the files under ``resources/``.

In a source checkout they sit beside the package; an installed wheel carries them inside the
package as ``resebok/resources``; a PyInstaller bundle unpacks them below ``sys._MEIPASS``.
"""

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    candidates = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "resources")
    for candidate in candidates:
        if (candidate / "places.csv").is_file():
            return candidate
    raise FileNotFoundError("Resebok's resources folder was not found; the installation is broken")


def resource_path(name: str) -> Path:
    return resources_dir() / name

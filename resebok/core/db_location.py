"""Which database file to open, and whether it sits on a network share.

The order is: ``--db`` on the command line, then the ``RESEBOK_DB`` environment variable (both
explicit for this one run, e.g. set by IT in a login script), then the location the user chose
in the first-run wizard or the settings, then the default in the user's data directory.

SQLite on a network share works for one user at a time, but its locking is unreliable over
SMB/CIFS and NFS: several people writing to the same file can corrupt it. Resebok allows such a
location (a small unit may share one file) but warns about concurrent use.
"""

import os
import sys
from pathlib import Path, PureWindowsPath

from resebok.core.paths import DB_ENV_VAR, resolve_db_path
from resebok.core.user_config import UserConfig

NETWORK_FILESYSTEMS = frozenset(
    {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive

NETWORK_WARNING = (
    "Databasen ligger på en nätverksenhet. Det fungerar när en person i taget använder den, "
    "men om flera arbetar i samma fil samtidigt kan ändringar gå förlorade eller filen skadas. "
    "Kontrollera med IT att bara en person åt gången använder filen."
)


def effective_db_path(cli_value: str | os.PathLike[str] | None, config: UserConfig | None) -> Path:
    if cli_value or os.environ.get(DB_ENV_VAR) or config is None:
        return resolve_db_path(cli_value)
    return config.db_path


def db_env_override() -> Path | None:
    """The database that RESEBOK_DB forces, which beats the user's configured location."""
    value = os.environ.get(DB_ENV_VAR)
    return Path(value).expanduser() if value else None


def _looks_like_unc(text: str) -> bool:
    return text.startswith("\\\\") or text.startswith("//")


def _mount_fstype(path: Path, mounts_file: Path) -> str | None:
    """The filesystem type of the longest mount point above *path* (Linux's /proc/mounts)."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best_point, best_type = "", None
    target = str(path)
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best_point):
            best_point, best_type = point, fields[2]
    return best_type


def _windows_drive_is_remote(path: str) -> bool:
    drive = PureWindowsPath(path).drive
    if not drive or sys.platform != "win32":
        return False
    import ctypes

    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)  # type: ignore[attr-defined]


def is_network_path(path: str | os.PathLike[str], mounts_file: Path | None = None) -> bool:
    """True for a UNC path, a mapped network drive or a file on a CIFS/NFS mount.

    Only cheap checks: the path's spelling, the drive type on Windows and /proc/mounts on
    Linux. A share that none of these reveal is simply not warned about.
    """
    text = os.fspath(path)
    if _looks_like_unc(text):
        return True
    if _windows_drive_is_remote(text):
        return True
    mounts = mounts_file or Path("/proc/mounts")
    if not mounts.exists():
        return False
    absolute = Path(text).expanduser().absolute()
    fstype = _mount_fstype(absolute, mounts)
    return fstype in NETWORK_FILESYSTEMS if fstype else False

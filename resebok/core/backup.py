"""Backups of the database with SQLite's backup API, and restoring one without losing anything.

Where: in the user's own data directory, ``backups/<database name>-<digest of its path>/``
(``~/.local/share/Resebok/backups`` on Linux, ``%LOCALAPPDATA%\\Resebok\\backups`` on Windows),
or under ``RESEBOK_BACKUP_DIR`` when IT sets it. Never beside the database: a copy must
survive the loss of the disk or network share it protects, and a unit's shared database on a
file server is exactly what may disappear. Each user backs up the databases they open; a file
that several people share is then backed up on each of their machines. The copies hold personal
data, so they are created readable by their owner only (POSIX), like the database.

When: ``backup_if_due`` at the GUI's start-up, at most once a day per database and only when
the database changed since the last copy; ``create_backup`` on request (``resebok backup``,
Arkiv → Säkerhetskopior). The newest ``keep`` daily copies are kept (14 unless the settings
file ``backup.json`` in the configuration directory or ``RESEBOK_BACKUP_KEEP`` says otherwise).

How: the backup API copies a consistent snapshot while other instances go on working (WAL).
Every copy is then checked page by page (``PRAGMA quick_check``): a damaged source is caught
here, once a day, instead of slowing every start, and a damaged copy never replaces a good one.

Restoring never overwrites without a confirmed request (the GUI's dialog, the CLI's ``--yes``)
and first saves what it replaces as a "före återställning" copy. A healthy database is
overwritten through the backup API, so that another instance with the file open sees the
restored content instead of a file swapped under it; a damaged one is replaced as a file, its
stale -wal and -shm removed.
"""

import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from platformdirs import user_config_path, user_data_path

from resebok.core.db_health import (
    DbProblem,
    ProblemKind,
    check_database_file,
    read_only_uri,
)

BACKUP_DIR_ENV = "RESEBOK_BACKUP_DIR"
BACKUP_KEEP_ENV = "RESEBOK_BACKUP_KEEP"
SETTINGS_FILENAME = "backup.json"
DEFAULT_KEEP = 14
MIN_KEEP, MAX_KEEP = 1, 365
KEEP_OTHER_KINDS = 10  # manual and before-restore copies kept at least this many each
FREE_SPACE_MARGIN = 1.2  # a copy needs the database's size and a little more
STALE_TEMP_S = 3600
BUSY_TIMEOUT_S = 10.0
SUFFIX = ".sqlite"
_NAME_RE = re.compile(
    r"^(?P<stem>.*)-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})-(?P<kind>[a-z-]+)" + re.escape(SUFFIX) + "$"
)


class BackupKind(StrEnum):
    DAILY = "daglig"
    MANUAL = "manuell"
    BEFORE_RESTORE = "fore-aterstallning"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    BackupKind.DAILY: "Daglig",
    BackupKind.MANUAL: "Manuell",
    BackupKind.BEFORE_RESTORE: "Före återställning",
}


class BackupError(Exception):
    """A backup or restore that could not be made; the message is Swedish."""


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: BackupKind
    created: datetime
    size: int

    @property
    def label(self) -> str:
        return f"{self.created:%Y-%m-%d %H:%M} – {self.kind.label.lower()}"


@dataclass(frozen=True)
class BackupOutcome:
    """What ``backup_if_due`` did: a new copy, or why none was needed or possible."""

    backup: Backup | None
    skipped: str = ""  # Swedish, e.g. "redan gjord i dag"
    problem: DbProblem | None = None  # the source failed the page-by-page check


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    saved_copy: Backup | None  # what the restore replaced; None when there was no database


# --- settings and places -------------------------------------------------------------------


def settings_path() -> Path:
    return user_config_path("Resebok", appauthor=False) / SETTINGS_FILENAME


def _clamp_keep(value: object) -> int | None:
    try:
        keep = int(str(value))
    except ValueError:
        return None
    return min(max(keep, MIN_KEEP), MAX_KEEP)


def keep_count() -> int:
    """How many daily copies to keep: RESEBOK_BACKUP_KEEP, else backup.json, else 14."""
    from_env = _clamp_keep(os.environ.get(BACKUP_KEEP_ENV, "x"))
    if from_env is not None:
        return from_env
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULT_KEEP
    keep = _clamp_keep(data.get("keep")) if isinstance(data, dict) else None
    return keep if keep is not None else DEFAULT_KEEP


def save_keep_count(keep: int) -> int:
    """Store the number of daily copies to keep (the GUI's setting); returns it clamped."""
    value = _clamp_keep(keep) or DEFAULT_KEEP
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"keep": value}) + "\n", encoding="utf-8")
    temporary.replace(path)
    return value


def backup_root() -> Path:
    value = os.environ.get(BACKUP_DIR_ENV)
    if value:
        return Path(value).expanduser()
    return user_data_path("Resebok", appauthor=False) / "backups"


def _stem(db_path: Path) -> str:
    cleaned = re.sub(r"[^\w.-]+", "_", db_path.stem, flags=re.UNICODE).strip("._")
    return cleaned[:40] or "databas"


def backup_dir(db_path: str | os.PathLike[str]) -> Path:
    """The folder of *db_path*'s copies: one per database, named after it and its path."""
    path = Path(db_path).expanduser().absolute()
    digest = hashlib.sha256(os.path.normcase(str(path)).encode("utf-8")).hexdigest()[:10]
    return backup_root() / f"{_stem(path)}-{digest}"


def list_backups(db_path: str | os.PathLike[str]) -> list[Backup]:
    """The copies of *db_path*, newest first."""
    folder = backup_dir(db_path)
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        match = _NAME_RE.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            kind = BackupKind(match["kind"])
            created = datetime.strptime(match["stamp"], "%Y-%m-%dT%H%M%S")
        except ValueError:
            continue
        found.append(Backup(entry, kind, created, entry.stat().st_size))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


# --- making a copy -------------------------------------------------------------------------


def _private_folder(folder: Path) -> None:
    """The copies' folder, listable by its owner only (POSIX); names say whose data it is."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            folder.chmod(0o700)
        except OSError:
            pass  # a folder IT prepared (RESEBOK_BACKUP_DIR) keeps its own rights


def _private_temp(folder: Path, name: str) -> Path:
    """A new, empty file readable by its owner only, beside where the copy will go."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(100):
        candidate = folder / f".{name}.{os.getpid()}.{number}.tmp"
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise BackupError(f"Kunde inte skapa en tillfällig fil i {folder}.")


def _remove_stale_temps(folder: Path) -> None:
    """Temporary files of a copy that was cut short (the program was killed)."""
    if not folder.is_dir():
        return
    limit = time.time() - STALE_TEMP_S
    for entry in folder.glob(".*.tmp"):
        try:
            if entry.stat().st_mtime < limit:
                entry.unlink()
        except OSError:
            pass


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _source_connection(db_path: Path) -> sqlite3.Connection:
    """Read *db_path* with SQLite's normal locking, so that writers can go on meanwhile."""
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        # A read-only folder: no -shm can be made. Without a -wal the file is complete.
        return sqlite3.connect(read_only_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_S)


def _check_copy(conn: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]


def _copy_into(source: sqlite3.Connection, target_path: Path) -> list[str]:
    """Back *source* up into the (empty) file *target_path*; returns the copy's check result."""
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        return _check_copy(target)
    finally:
        target.close()


def _stamp(now: datetime) -> str:
    return now.strftime("%Y-%m-%dT%H%M%S")


def _final_path(folder: Path, db_path: Path, kind: BackupKind, now: datetime) -> Path:
    path = folder / f"{_stem(db_path)}-{_stamp(now)}-{kind}{SUFFIX}"
    while path.exists():  # two copies in the same second: the later one a second on
        now = datetime.fromtimestamp(now.timestamp() + 1)
        path = folder / f"{_stem(db_path)}-{_stamp(now)}-{kind}{SUFFIX}"
    return path


def create_backup(
    db_path: str | os.PathLike[str],
    kind: BackupKind = BackupKind.MANUAL,
    now: datetime | None = None,
) -> Backup:
    """Copy the database at *db_path* into its backup folder and check the copy.

    Raises BackupError when there is no room, the database cannot be read, or the copy fails
    its check (then the source is damaged: ``BackupError.problem`` says so, and no copy is
    kept, so a damaged copy never pushes a good one out of the rotation).
    """
    db_path = Path(db_path)
    now = now or datetime.now()
    if not db_path.is_file():
        raise BackupError(f"Databasen {db_path} finns inte.")
    folder = backup_dir(db_path)
    _private_folder(folder)
    _remove_stale_temps(folder)
    size = db_path.stat().st_size + _size(Path(f"{db_path}-wal"))
    if shutil.disk_usage(folder).free < size * FREE_SPACE_MARGIN:
        raise BackupError(
            f"Det finns inte plats för en säkerhetskopia i {folder} (databasen är "
            f"{size / 1e6:.0f} MB). Frigör utrymme och försök igen."
        )
    temporary = _private_temp(folder, _stem(db_path))
    try:
        try:
            source = _source_connection(db_path)
        except sqlite3.Error as exc:
            raise BackupError(f"Databasen kunde inte läsas: {exc}") from exc
        try:
            result = _copy_into(source, temporary)
        except sqlite3.Error as exc:
            raise _damaged(db_path, str(exc)) from exc
        finally:
            source.close()
        if result != ["ok"]:
            raise _damaged(db_path, "; ".join(result))
        _fsync(temporary)
        final = _final_path(folder, db_path, kind, now)
        os.replace(temporary, final)
        _fsync_dir(folder)
    finally:
        temporary.unlink(missing_ok=True)
    return Backup(final, kind, now.replace(microsecond=0), final.stat().st_size)


class DamagedDatabaseError(BackupError):
    """The database failed the check while it was copied."""

    def __init__(self, problem: DbProblem):
        super().__init__(
            "Säkerhetskopieringen hittade fel i databasen, så ingen kopia sparades. "
            + problem.message
        )
        self.problem = problem


def _damaged(db_path: Path, detail: str) -> BackupError:
    if "locked" in detail.lower() or "busy" in detail.lower():
        return BackupError(
            "Databasen var låst av ett annat program; säkerhetskopian görs nästa gång."
        )
    return DamagedDatabaseError(DbProblem(ProblemKind.CORRUPT, db_path, detail))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def rotate_backups(db_path: str | os.PathLike[str], keep: int | None = None) -> list[Path]:
    """Remove the oldest copies beyond *keep* daily ones (and beyond 10 of each other kind)."""
    keep = keep if keep is not None else keep_count()
    removed: list[Path] = []
    by_kind: dict[BackupKind, list[Backup]] = {}
    for backup in list_backups(db_path):  # newest first
        by_kind.setdefault(backup.kind, []).append(backup)
    for kind, backups in by_kind.items():
        limit = keep if kind == BackupKind.DAILY else max(keep, KEEP_OTHER_KINDS)
        for backup in backups[limit:]:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed


def _changed_since(db_path: Path, moment: datetime) -> bool:
    """Written since *moment*: the file, or a -wal that holds something (a reader, the backup
    among them, leaves an empty -wal behind, which is no change)."""
    wal = Path(f"{db_path}-wal")
    stamps = [_mtime(db_path), _mtime(wal) if _size(wal) else 0.0]
    return max(stamps) >= moment.timestamp()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def backup_if_due(
    db_path: str | os.PathLike[str], now: datetime | None = None, keep: int | None = None
) -> BackupOutcome:
    """The daily copy: made when none was made today and the database changed since the last.

    Never raises for an ordinary reason (no room, a lock): start-up must go on; the outcome
    says why nothing was made. A damaged database is reported in ``problem``.
    """
    db_path = Path(db_path)
    now = now or datetime.now()
    if not db_path.is_file():
        return BackupOutcome(None, "databasen finns inte")
    dailies = [b for b in list_backups(db_path) if b.kind == BackupKind.DAILY]
    if dailies and dailies[0].created.date() == now.date():
        return BackupOutcome(None, "redan gjord i dag")
    if dailies and not _changed_since(db_path, dailies[0].created):
        return BackupOutcome(None, "databasen har inte ändrats sedan förra kopian")
    try:
        backup = create_backup(db_path, BackupKind.DAILY, now)
    except DamagedDatabaseError as exc:
        return BackupOutcome(None, str(exc), exc.problem)
    except (BackupError, OSError) as exc:
        return BackupOutcome(None, str(exc))
    rotate_backups(db_path, keep)
    return BackupOutcome(backup)


# --- restoring -----------------------------------------------------------------------------


def check_backup(backup_path: str | os.PathLike[str]) -> DbProblem | None:
    """Is *backup_path* a sound Resebok database that this version can open?"""
    problem = check_database_file(backup_path, full_check=True)
    if problem is not None and problem.kind in (
        ProblemKind.READ_ONLY,
        ProblemKind.READ_ONLY_OUTDATED,
    ):
        return None  # a write-protected copy is only read
    return problem


def _save_replaced(db_path: Path, healthy: bool, now: datetime) -> Backup | None:
    """Keep what a restore replaces: a checked copy, or the raw files when it is damaged."""
    if not db_path.exists():
        return None
    if healthy:
        return create_backup(db_path, BackupKind.BEFORE_RESTORE, now)
    folder = backup_dir(db_path)
    _private_folder(folder)
    final = _final_path(folder, db_path, BackupKind.BEFORE_RESTORE, now)
    for suffix in ("", "-wal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            temporary = _private_temp(folder, _stem(db_path))
            shutil.copyfile(source, temporary)
            os.replace(temporary, Path(f"{final}{suffix}"))
    return Backup(final, BackupKind.BEFORE_RESTORE, now.replace(microsecond=0), _size(final))


def _restore_in_place(backup_path: Path, db_path: Path) -> None:
    """Overwrite a healthy database through SQLite, so that open connections stay valid."""
    source = sqlite3.connect(read_only_uri(backup_path), uri=True)
    try:
        target = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _replace_file(backup_path: Path, db_path: Path) -> None:
    """Put a copy of the backup where a missing or damaged database was."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _private_temp(db_path.parent, db_path.name)
    try:
        source = sqlite3.connect(read_only_uri(backup_path), uri=True)
        try:
            result = _copy_into(source, temporary)
        finally:
            source.close()
        if result != ["ok"]:
            raise BackupError(f"Kopian gick inte att läsa: {'; '.join(result)}")
        _fsync(temporary)
        for suffix in ("-wal", "-shm", "-journal"):  # they belong to the damaged file
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, db_path)
        _fsync_dir(db_path.parent)
    finally:
        temporary.unlink(missing_ok=True)


def restore_backup(
    backup_path: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the database at *db_path* with the copy at *backup_path*.

    Only call this after the user confirmed it. The copy is checked first; what it replaces is
    saved as a "före återställning" copy (see ``list_backups``). Raises BackupError (Swedish)
    when the copy is unusable or the database cannot be written; nothing is changed then.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    now = now or datetime.now()
    problem = check_backup(backup_path)
    if problem is not None:
        raise BackupError(f"Kopian {backup_path.name} kan inte återställas. {problem.message}")
    current = check_database_file(db_path) if db_path.exists() else None
    if current is not None and current.kind in (
        ProblemKind.READ_ONLY,
        ProblemKind.READ_ONLY_OUTDATED,
        ProblemKind.LOCKED,
    ):
        raise BackupError(f"Databasen kan inte ersättas just nu. {current.message}")
    healthy = db_path.exists() and current is None
    saved = _save_replaced(db_path, healthy, now)
    try:
        if healthy:
            _restore_in_place(backup_path, db_path)
        else:
            _replace_file(backup_path, db_path)
    except sqlite3.Error as exc:
        raise BackupError(
            f"Databasen kunde inte ersättas: {exc}. Den är oförändrad"
            + (f"; en kopia av den finns i {saved.path}." if saved else ".")
        ) from exc
    return RestoreResult(backup_path, saved)


def find_backup(db_path: str | os.PathLike[str], name: str) -> Path:
    """A backup given as a path, or by its file name in the database's backup folder."""
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate
    in_folder = backup_dir(db_path) / name
    if in_folder.is_file():
        return in_folder
    raise BackupError(
        f"Säkerhetskopian {name} finns inte. `resebok backups` visar vilka som finns."
    )

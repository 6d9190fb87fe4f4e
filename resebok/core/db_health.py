"""Is this database file safe to open and write? Decided before anything touches it.

A Resebok database may be damaged (a disk error, a copy cut short), not a Resebok file at all,
unreadable, locked by another program, read-only, or written by a newer Resebok whose
migrations this version does not know. Opening such a file the ordinary way would create WAL
files beside it and run migrations on it, so ``check_database_file`` looks first, read-only and
without creating anything, and says what is wrong in Swedish together with the ways forward.
resebok.core.db raises ``DatabaseProblem`` with that verdict; the GUI shows it in a dialog
(its database problem dialog) and the CLI prints it and exits non-zero.

Reading every page (``PRAGMA quick_check``) costs about a second per 100 MB, too much for every
start of a large database; it is done here for files up to ``FULL_CHECK_MAX_BYTES`` and on every
daily backup copy (resebok.core.backup), which reads the whole file anyway.
"""

import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from resebok.core.migrations import migrations

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_BYTES = 100
WAL_FORMAT = 2  # bytes 18 and 19 of the header: 1 = rollback journal, 2 = WAL
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024
CHECK_TIMEOUT_S = 2.0  # how long a lock may delay the check before the file counts as locked
MIGRATIONS_TABLE = "_sqlite_migrations"


class ProblemKind(StrEnum):
    CORRUPT = "corrupt"
    NOT_RESEBOK = "not_resebok"
    UNREADABLE = "unreadable"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    READ_ONLY_OUTDATED = "read_only_outdated"
    NEWER_SCHEMA = "newer_schema"
    CANNOT_CREATE = "cannot_create"
    UPGRADE_FAILED = "upgrade_failed"


_TITLES = {
    ProblemKind.CORRUPT: "Databasen är skadad",
    ProblemKind.NOT_RESEBOK: "Filen är ingen Resebok-databas",
    ProblemKind.UNREADABLE: "Databasen kan inte läsas",
    ProblemKind.LOCKED: "Databasen är låst",
    ProblemKind.READ_ONLY: "Databasen är skrivskyddad",
    ProblemKind.READ_ONLY_OUTDATED: "Databasen är skrivskyddad",
    ProblemKind.NEWER_SCHEMA: "Databasen kommer från en nyare version",
    ProblemKind.CANNOT_CREATE: "Databasen kan inte skapas",
    ProblemKind.UPGRADE_FAILED: "Databasen kunde inte uppdateras",
}

_UNCHANGED = "Resebok har inte ändrat filen."


@dataclass(frozen=True)
class DbProblem:
    """What is wrong with the file at *path*, and which ways forward make sense."""

    kind: ProblemKind
    path: Path
    detail: str = ""  # the technical cause (SQLite's words), shown after the explanation

    @property
    def title(self) -> str:
        return _TITLES[self.kind]

    @property
    def message(self) -> str:
        name = str(self.path)
        kind = self.kind
        if kind == ProblemKind.CORRUPT:
            text = (
                f"Databasfilen {name} är skadad och kan inte användas. {_UNCHANGED} "
                "Återställ den senaste säkerhetskopian eller öppna en annan databas."
            )
        elif kind == ProblemKind.NOT_RESEBOK:
            text = (
                f"Filen {name} är ingen Resebok-databas (den kan höra till ett annat program). "
                f"{_UNCHANGED} Välj en annan fil, eller återställ en säkerhetskopia."
            )
        elif kind == ProblemKind.UNREADABLE:
            text = (
                f"Databasfilen {name} kan inte läsas: du saknar behörighet, eller filen är inte "
                f"tillgänglig just nu (t.ex. en nätverksenhet som inte är ansluten). {_UNCHANGED} "
                "Kontrollera behörigheten med IT, öppna en annan databas eller återställ en "
                "säkerhetskopia."
            )
        elif kind == ProblemKind.LOCKED:
            text = (
                f"Databasen {name} är låst av ett annat program just nu. {_UNCHANGED} Försök "
                "igen om en stund, eller stäng programmet som använder filen."
            )
        elif kind == ProblemKind.READ_ONLY:
            text = (
                f"Databasfilen {name} är skrivskyddad (eller mappen den ligger i). Du kan öppna "
                "den för att läsa, men inte spara ändringar. Be IT om skrivbehörighet, eller "
                "öppna en annan databas."
            )
        elif kind == ProblemKind.READ_ONLY_OUTDATED:
            text = (
                f"Databasfilen {name} är skrivskyddad och kommer från en äldre version av "
                "Resebok. Den måste uppdateras innan den kan användas, och det går inte när "
                f"filen är skrivskyddad. {_UNCHANGED} Be IT om skrivbehörighet, eller öppna en "
                "annan databas."
            )
        elif kind == ProblemKind.NEWER_SCHEMA:
            text = (
                f"Databasen {name} är skapad av en nyare version av Resebok och kan inte öppnas "
                f"av den här versionen. {_UNCHANGED} Uppdatera Resebok, eller öppna en annan "
                "databas."
            )
        elif kind == ProblemKind.CANNOT_CREATE:
            text = (
                f"Databasfilen {name} kunde inte skapas. Kontrollera att mappen finns och att du "
                "får skriva i den, eller välj en annan plats."
            )
        else:
            text = (
                f"Databasen {name} kunde inte uppdateras till den här versionen av Resebok; "
                "uppdateringen avbröts och filen är som förut. Kontrollera att det finns plats "
                "på disken och försök igen, eller öppna en annan databas."
            )
        return f"{text}\n\nOrsak: {self.detail}" if self.detail else text

    @property
    def can_open_read_only(self) -> bool:
        return self.kind == ProblemKind.READ_ONLY

    @property
    def can_retry(self) -> bool:
        return self.kind in (ProblemKind.LOCKED, ProblemKind.UNREADABLE, ProblemKind.UPGRADE_FAILED)

    @property
    def can_restore(self) -> bool:
        """Restoring a backup over it makes sense: the file is lost anyway, or not a database.

        Not for a newer version's database (a backup would throw away what that version
        wrote) nor for a lock or a read-only file (the file itself is fine).
        """
        return self.kind in (ProblemKind.CORRUPT, ProblemKind.NOT_RESEBOK, ProblemKind.UNREADABLE)


class DatabaseProblem(sqlite3.DatabaseError):
    """Raised by resebok.core.db.open_database instead of opening an untrustworthy file.

    A sqlite3.DatabaseError, so that code which already reports those keeps working; the
    ``problem`` says what is wrong in Swedish and which ways forward there are.
    """

    def __init__(self, problem: DbProblem):
        super().__init__(problem.message)
        self.problem = problem


def _is_locked(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def problem_from_error(path: Path, error: BaseException) -> DbProblem:
    """Classify an error met while opening or reading *path*."""
    text = str(error)
    lowered = text.lower()
    if isinstance(error, sqlite3.Error) and _is_locked(error):
        return DbProblem(ProblemKind.LOCKED, path, text)
    if "readonly" in lowered or "read-only" in lowered:
        return DbProblem(ProblemKind.READ_ONLY, path, text)
    if isinstance(error, PermissionError) or "unable to open" in lowered:
        return DbProblem(ProblemKind.UNREADABLE, path, text)
    if isinstance(error, OSError):
        return DbProblem(ProblemKind.UNREADABLE, path, text)
    return DbProblem(ProblemKind.CORRUPT, path, text)


def is_writable(path: Path) -> bool:
    """Can Resebok write the file and create its -wal and -shm files beside it?

    A separate function so that tests can pretend a file is read-only: root may write
    anything whatever its permissions say.
    """
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def read_only_uri(path: Path) -> str:
    """An URI that opens *path* for reading without creating anything beside it.

    A WAL database whose -wal file is missing was closed cleanly: all of it is in the main
    file, so ``immutable=1`` reads it without the -shm file that a plain read-only open would
    create. With a -wal present (another program has it open, or a crash) the WAL must be
    read, and SQLite needs its normal locking for that.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = Path(f"{path}-wal")
    if _header_journal_format(path) == WAL_FORMAT and not wal.exists():
        uri += "&immutable=1"
    return uri


def _header_journal_format(path: Path) -> int | None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_BYTES)
    except OSError:
        return None
    return header[18] if len(header) >= HEADER_BYTES else None


def _read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(HEADER_BYTES)


def unknown_migrations(conn: sqlite3.Connection) -> list[str]:
    """Migrations recorded in the file that this version of Resebok does not have."""
    known = {m.name for m in migrations._migrations}
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [migrations.name]
    ).fetchall()
    return [row[0] for row in rows if row[0] not in known]


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Migrations this version has that the file has not run yet."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    applied: set[str] = set()
    if has_table:
        rows = conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [migrations.name]
        ).fetchall()
        applied = {row[0] for row in rows}
    return [m.name for m in migrations._migrations if m.name not in applied]


def _inspect(conn: sqlite3.Connection, path: Path, full_check: bool) -> DbProblem | None:
    """The checks that need an open (read-only) connection."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None  # an empty database: Resebok creates its schema in it
    if (
        MIGRATIONS_TABLE not in tables
        or not conn.execute(
            f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = ? LIMIT 1", [migrations.name]
        ).fetchone()
    ):
        return DbProblem(ProblemKind.NOT_RESEBOK, path)
    newer = unknown_migrations(conn)
    if newer:
        return DbProblem(
            ProblemKind.NEWER_SCHEMA, path, f"okända ändringar i databasen: {', '.join(newer)}"
        )
    if full_check:
        result = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if result != ["ok"]:
            return DbProblem(ProblemKind.CORRUPT, path, "; ".join(map(str, result)))
    else:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    return None


def check_database_file(
    path: str | os.PathLike[str],
    *,
    full_check: bool | None = None,
    timeout_s: float | None = None,
) -> DbProblem | None:
    """What is wrong with the database file at *path*, or None when it may be opened.

    Reads only: nothing is created, written or migrated, not even a -wal or -shm file when the
    database was closed cleanly. A missing or empty file is no problem (Resebok creates the
    database). *full_check* reads every page; by default only for files up to
    ``FULL_CHECK_MAX_BYTES``. A read-only file is reported as ``READ_ONLY`` only after every
    other check passed, so that opening it read-only is safe.
    """
    path = Path(path)
    if not path.exists():
        return None
    if path.is_dir():
        return DbProblem(ProblemKind.NOT_RESEBOK, path, "sökvägen är en mapp")
    try:
        header = _read_header(path)
    except OSError as exc:
        return problem_from_error(path, exc)
    if not header:
        return None  # created but never written (e.g. a crash right after creation)
    if not header.startswith(SQLITE_HEADER) or len(header) < HEADER_BYTES:
        return DbProblem(
            ProblemKind.NOT_RESEBOK if len(header) >= HEADER_BYTES else ProblemKind.CORRUPT,
            path,
            "filen börjar inte som en SQLite-databas",
        )
    size = path.stat().st_size
    if full_check is None:
        full_check = size <= FULL_CHECK_MAX_BYTES
    try:
        conn = sqlite3.connect(
            read_only_uri(path),
            uri=True,
            timeout=CHECK_TIMEOUT_S if timeout_s is None else timeout_s,
        )
    except sqlite3.Error as exc:
        return problem_from_error(path, exc)
    try:
        problem = _inspect(conn, path, full_check)
        if problem is None and not is_writable(path):
            if pending_migrations(conn):
                return DbProblem(ProblemKind.READ_ONLY_OUTDATED, path)
            return DbProblem(ProblemKind.READ_ONLY, path)
        return problem
    except sqlite3.Error as exc:
        return problem_from_error(path, exc)
    finally:
        conn.close()

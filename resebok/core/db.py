"""The one place that opens a Resebok database.

An existing file is checked first, read-only (resebok.core.db_health): a damaged, foreign,
locked, read-only or newer-version file raises ``DatabaseProblem`` before anything is created
beside it or migrated in it. Write transactions begin IMMEDIATE and retry while another
instance holds the lock (resebok.core.transactions).
"""

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from resebok.core.db_health import (
    DatabaseProblem,
    DbProblem,
    ProblemKind,
    check_database_file,
    pending_migrations,
    problem_from_error,
    read_only_uri,
)
from resebok.core.migrations import apply_migrations
from resebok.core.transactions import ResebokDatabase

__all__ = ["BUSY_TIMEOUT_MS", "DatabaseProblem", "is_read_only", "open_database"]

BUSY_TIMEOUT_MS = 10_000


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only: it holds personal data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _casefold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


def is_read_only(db: Database) -> bool:
    """True when *db* was opened read-only (a write-protected file the user chose to read)."""
    return bool(getattr(db, "read_only", False))


def _open_read_only(file_path: Path) -> ResebokDatabase:
    conn = sqlite3.connect(read_only_uri(file_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    db = ResebokDatabase(conn)
    db.read_only = True
    if pending_migrations(db.conn):
        db.close()
        raise DatabaseProblem(DbProblem(ProblemKind.READ_ONLY_OUTDATED, file_path))
    return db


def _open_file(file_path: Path, read_only: bool) -> ResebokDatabase:
    problem = check_database_file(file_path)
    if problem is not None and not (problem.can_open_read_only and read_only):
        raise DatabaseProblem(problem)
    if read_only or problem is not None:
        return _open_read_only(file_path)
    if not file_path.exists():
        try:
            _create_private_file(file_path)
        except OSError as exc:
            raise DatabaseProblem(
                DbProblem(ProblemKind.CANNOT_CREATE, file_path, str(exc))
            ) from exc
    db = ResebokDatabase(file_path)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.enable_wal()
    except sqlite3.Error as exc:  # the file changed between the check and now
        db.close()
        raise DatabaseProblem(problem_from_error(file_path, exc)) from exc
    return db


def open_database(path: str | os.PathLike[str] | None, *, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at *path*; ``None`` is in memory.

    Raises ``DatabaseProblem`` (a sqlite3.DatabaseError) when the file must not be opened or
    written; it has not been changed then. With *read_only* a write-protected file is opened
    for reading (nothing is migrated; a file that would need migrating is refused).
    """
    if path is None or str(path) == ":memory:":
        db: ResebokDatabase = ResebokDatabase(memory=True)
        read_only = False
    else:
        file_path = Path(path)
        db = _open_file(file_path, read_only)
    db.execute("PRAGMA foreign_keys = ON")
    # Unicode-aware case folding for searches ("örebro" finds "Örebro").
    db.conn.create_function("casefold", 1, _casefold, deterministic=True)
    if not db.read_only:
        try:
            apply_migrations(db)
        except sqlite3.Error as exc:  # each migration is one transaction: nothing half-done
            db.close()
            if path is None:
                raise
            raise DatabaseProblem(
                DbProblem(ProblemKind.UPGRADE_FAILED, Path(path), str(exc))
            ) from exc
    return db


def open_reader(path: str | os.PathLike[str]) -> Database:
    """A second, read-only connection to an open database file, for queries off the GUI thread.

    SQLite connections belong to the thread that made them, so the GUI's background queries
    (counts and totals over a million trips, gui/background.py) need one of their own. It
    is opened after the GUI's connection has checked and migrated the file, so it only reads:
    ``mode=ro`` and ``query_only``; in WAL mode it never blocks the writer, nor the writer it.
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA query_only = 1")
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    return Database(conn, execute_plugins=False)

"""The one place that opens a Resebok database."""

import os
from pathlib import Path

from sqlite_utils import Database

from resebok.core.migrations import apply_migrations

BUSY_TIMEOUT_MS = 10_000


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only: it holds personal data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _casefold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


def open_database(path: str | os.PathLike[str] | None) -> Database:
    """Open (creating if needed) and migrate the database at *path*; ``None`` is in memory."""
    if path is None or str(path) == ":memory:":
        db = Database(memory=True)
    else:
        file_path = Path(path)
        if not file_path.exists():
            _create_private_file(file_path)
        db = Database(file_path)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    # Unicode-aware case folding for searches ("örebro" finds "Örebro").
    db.conn.create_function("casefold", 1, _casefold, deterministic=True)
    apply_migrations(db)
    return db

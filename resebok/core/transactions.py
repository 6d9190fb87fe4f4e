"""Write transactions that two Resebok instances can run on one file without losing anything.

SQLite lets one connection write at a time. sqlite-utils' ``atomic()`` starts a *deferred*
transaction: it reads first and asks for the write lock only at its first write. When another
instance committed in between, SQLite cannot upgrade the stale read snapshot and fails at once
with "database is locked", whatever the busy timeout says. ``ResebokDatabase.atomic()`` starts
with ``BEGIN IMMEDIATE`` instead, so a write transaction waits for the lock up front (the busy
timeout set in resebok.core.db), and retries with a growing pause when even that wait was not
enough (a long import in the other instance). Every multi-statement write in Resebok goes
through ``atomic()``, so saves, imports and exports are covered.

``write_error_message`` turns what SQLite says when a write fails (disk full, read-only, locked)
into a Swedish sentence; the GUI shows it instead of SQLite's English words.
"""

import contextlib
import secrets
import sqlite3
import time
from collections.abc import Generator
from typing import Any

from sqlite_utils import Database

BEGIN_ATTEMPTS = 3  # each waits up to the busy timeout for the write lock
BACKOFF_S = 0.25  # the pause before the second attempt; doubled before each following one


def is_busy_error(error: BaseException) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text


class ResebokDatabase(Database):
    """A sqlite-utils Database whose write transactions take the write lock first.

    ``read_only`` is True when resebok.core.db opened the file read-only (a write-protected
    file the user chose to look at); the GUI then shows a banner.
    """

    read_only: bool = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Resebok uses no sqlite-utils plugins, and an installed one must not change how its
        # database behaves; not looking for them also saves ~25 ms of every start (issue 8).
        kwargs.setdefault("execute_plugins", False)
        super().__init__(*args, **kwargs)

    @contextlib.contextmanager
    def atomic(self) -> Generator["Database", None, None]:
        """Like sqlite-utils' atomic(), but the outermost level begins IMMEDIATE.

        Nested blocks use savepoints, as before. A read-only database keeps a deferred BEGIN:
        it cannot take a write lock, and its transactions only read.
        """
        if self.conn.in_transaction:
            savepoint = f"resebok_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self._begin()
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _begin(self) -> None:
        statement = "BEGIN" if self.read_only else "BEGIN IMMEDIATE"
        pause = BACKOFF_S
        for attempt in range(1, BEGIN_ATTEMPTS + 1):
            try:
                self.conn.execute(statement)
                return
            except sqlite3.OperationalError as error:
                if attempt == BEGIN_ATTEMPTS or not is_busy_error(error):
                    raise
            time.sleep(pause)
            pause *= 2


def write_error_message(error: BaseException) -> str:
    """A Swedish explanation of a failed write, for a dialog that keeps the user's input."""
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text or "no space" in text:
        reason = (
            "Disken är full, så det finns inte plats att spara. Frigör utrymme (eller be IT om "
            "det) och försök igen."
        )
    elif primary == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        reason = (
            "Databasen är skrivskyddad, så ändringar kan inte sparas. Be IT om skrivbehörighet, "
            "eller öppna en databas som du får ändra."
        )
    elif is_busy_error(error):
        reason = (
            "Databasen används av någon annan just nu (till exempel en pågående import). Vänta "
            "en stund och försök igen."
        )
    elif primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or "disk i/o" in text:
        reason = (
            "Det gick inte att skriva till disken där databasen ligger (är nätverksenheten "
            "ansluten?). Kontrollera anslutningen och försök igen."
        )
    elif primary == sqlite3.SQLITE_CORRUPT or "malformed" in text:
        reason = (
            "Databasfilen verkar vara skadad. Spara inget mer; återställ en säkerhetskopia "
            "under Arkiv → Säkerhetskopior."
        )
    else:
        reason = f"Databasen svarade: {error}"
    return f"Ingenting har ändrats. {reason}"

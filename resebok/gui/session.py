"""Who is using this Resebok: the configured identity, for audit logs and form defaults.

Read from the settings file on every call (it is a few hundred bytes) instead of being cached
in a global, so that a change in the settings dialog applies at once and tests need no reset.
"""

import getpass
from pathlib import Path

from sqlite_utils import Database

from resebok.core.identity import configured_employee
from resebok.core.user_config import load_config


def current_actor() -> str:
    """The configured user's name; else the operating-system login (the fallback before
    anyone has run the first-run wizard, and for scripts)."""
    config = load_config()
    if config is not None and config.employee_name:
        return config.employee_name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "okänd användare"


def default_employee_id(db: Database, db_path: Path | None) -> int | None:
    """The user's own employee id in *db*, when the configured identity belongs to that file."""
    return configured_employee(db, db_path, load_config())

"""Where the database lives: ``--db`` beats ``RESEBOK_DB`` beats the user's data directory."""

import os
from pathlib import Path

from platformdirs import user_data_path

DB_ENV_VAR = "RESEBOK_DB"
DB_FILENAME = "resebok.sqlite"
DEMO_FILENAME = "demo.sqlite"


def default_db_path() -> Path:
    return user_data_path("Resebok", appauthor=False) / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path()


def demo_db_path() -> Path:
    """The demo gets its own file so that trying it never touches the real database."""
    return user_data_path("Resebok", appauthor=False) / DEMO_FILENAME


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name the same file (after ~ and symbolic links)."""
    try:
        return first.expanduser().resolve() == second.expanduser().resolve()
    except OSError:
        return False

"""Opening the database: location, pragmas, migrations, file permissions."""

import os
import stat
import sys

import pytest

from resebok.core.db import open_database
from resebok.core.migrations import latest_migration, migrations
from resebok.core.paths import default_db_path, resolve_db_path


def test_db_path_precedence(tmp_path, monkeypatch):
    assert resolve_db_path(None) == default_db_path()
    assert "Resebok" in str(default_db_path())
    monkeypatch.setenv("RESEBOK_DB", str(tmp_path / "env.sqlite"))
    assert resolve_db_path(None) == tmp_path / "env.sqlite"
    assert resolve_db_path(str(tmp_path / "cli.sqlite")) == tmp_path / "cli.sqlite"


def test_default_location_is_in_the_user_data_dir(tmp_path):
    # conftest points XDG_DATA_HOME into tmp_path
    if sys.platform.startswith("linux"):
        assert str(default_db_path()).startswith(str(tmp_path))


def test_open_sets_wal_foreign_keys_and_busy_timeout(tmp_path):
    db = open_database(tmp_path / "sub" / "r.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_database_file_is_private(tmp_path):
    path = tmp_path / "r.sqlite"
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_migrations_are_recorded_and_idempotent(tmp_path):
    path = tmp_path / "r.sqlite"
    db = open_database(path)
    applied = [m.name for m in migrations.applied(db)]
    assert applied[-1] == latest_migration()
    db.close()
    db = open_database(path)  # opening again applies nothing new
    assert [m.name for m in migrations.applied(db)] == applied
    expected = {"org_units", "member_orgs", "places", "employees", "vehicles", "trips"}
    assert expected <= set(db.table_names())


def test_foreign_keys_are_enforced(db):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO employees (number, name, unit_id) VALUES ('9', 'X', 12345)")

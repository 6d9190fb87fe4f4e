"""Daily backups with SQLite's backup API, rotation, and restoring without losing anything."""

import io
import os
import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from resebok.cli import main
from resebok.core.backup import (
    BackupError,
    BackupKind,
    backup_dir,
    backup_if_due,
    create_backup,
    keep_count,
    list_backups,
    restore_backup,
    save_keep_count,
)
from resebok.core.db import open_database

DAY = datetime(2025, 4, 7, 8, 30)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "data" / "resebok.sqlite"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('municipality_name', '\"Lekeberg\"')")
    db.close()
    return path


def _setting(path, key="municipality_name"):
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _change(path, value: str) -> None:
    db = open_database(path)
    db.execute("UPDATE settings SET value = ? WHERE key = 'municipality_name'", [value])
    db.close()


def test_a_backup_is_a_checked_private_single_file_in_the_users_data(db_path, tmp_path):
    backup = create_backup(db_path, BackupKind.MANUAL, DAY)

    assert backup.path.parent == backup_dir(db_path)
    assert str(backup.path).startswith(str(tmp_path / "home" / ".local" / "share"))
    assert backup.path.name == "resebok-2025-04-07T083000-manuell.sqlite"
    if os.name == "posix":
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert _setting(backup.path) == '"Lekeberg"'
    assert [b.path for b in list_backups(db_path)] == [backup.path]
    assert not list(backup.path.parent.glob("*.tmp"))


def test_the_backup_directory_can_be_set_by_it(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("RESEBOK_BACKUP_DIR", str(tmp_path / "it"))
    backup = create_backup(db_path, BackupKind.MANUAL, DAY)
    assert backup.path.is_relative_to(tmp_path / "it")


def test_at_most_one_daily_backup_and_only_when_something_changed(db_path):
    first = backup_if_due(db_path, DAY)
    assert first.backup is not None and first.backup.kind == BackupKind.DAILY
    assert backup_if_due(db_path, DAY + timedelta(hours=3)).skipped == "redan gjord i dag"
    later = DAY + timedelta(days=1)
    os.utime(db_path, (DAY.timestamp() - 60, DAY.timestamp() - 60))
    assert "inte ändrats" in backup_if_due(db_path, later).skipped
    _change(db_path, '"Ny"')
    assert backup_if_due(db_path, later).backup is not None


def test_daily_backups_rotate(db_path):
    for day in range(6):
        _change(db_path, f'"dag {day}"')
        backup_if_due(db_path, DAY + timedelta(days=day), keep=3)
    create_backup(db_path, BackupKind.MANUAL, DAY)
    kept = list_backups(db_path)
    assert [b.created.day for b in kept if b.kind == BackupKind.DAILY] == [12, 11, 10]
    assert [b.kind for b in kept].count(BackupKind.MANUAL) == 1  # rotation keeps other kinds
    assert _setting(kept[0].path) == '"dag 5"'


def test_keep_count_comes_from_the_environment_or_the_settings_file(monkeypatch):
    assert keep_count() == 14
    assert save_keep_count(30) == 30 and keep_count() == 30
    assert save_keep_count(0) == 1  # at least one copy
    monkeypatch.setenv("RESEBOK_BACKUP_KEEP", "7")
    assert keep_count() == 7


def test_a_damaged_database_is_reported_and_no_copy_replaces_good_ones(db_path):
    good = backup_if_due(db_path, DAY).backup
    data = bytearray(db_path.read_bytes())
    data[2 * 4096 : 4 * 4096] = os.urandom(2 * 4096)
    db_path.write_bytes(bytes(data))

    outcome = backup_if_due(db_path, DAY + timedelta(days=1))

    assert outcome.backup is None and outcome.problem is not None
    assert "hittade fel i databasen" in outcome.skipped
    assert [b.path for b in list_backups(db_path)] == [good.path]


def test_restore_brings_the_copy_back_and_keeps_what_it_replaced(db_path):
    backup = create_backup(db_path, BackupKind.MANUAL, DAY)
    _change(db_path, '"Ändrad efter kopian"')
    window = open_database(db_path)  # another instance has the file open meanwhile

    result = restore_backup(backup.path, db_path, DAY + timedelta(hours=1))

    assert _setting(db_path) == '"Lekeberg"'
    assert window.execute("SELECT value FROM settings").fetchone()[0] == '"Lekeberg"'
    window.close()
    assert result.saved_copy is not None
    assert result.saved_copy.kind == BackupKind.BEFORE_RESTORE
    assert _setting(result.saved_copy.path) == '"Ändrad efter kopian"'
    reopened = open_database(db_path)
    assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_restore_replaces_a_damaged_file_and_keeps_its_bytes(db_path):
    backup = create_backup(db_path, BackupKind.MANUAL, DAY)
    damaged = b"SQLite format 3\x00" + b"\x00" * 84 + os.urandom(8000)
    db_path.write_bytes(damaged)
    open(f"{db_path}-wal", "wb").write(b"stale wal of the damaged file")

    result = restore_backup(backup.path, db_path, DAY)

    assert not os.path.exists(f"{db_path}-wal")
    assert result.saved_copy.path.read_bytes() == damaged
    assert open(f"{result.saved_copy.path}-wal", "rb").read() == b"stale wal of the damaged file"
    db = open_database(db_path)
    assert db.execute("SELECT value FROM settings").fetchone()[0] == '"Lekeberg"'
    db.close()
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_restore_refuses_a_damaged_or_newer_copy_and_changes_nothing(db_path, tmp_path):
    bad = tmp_path / "trasig.sqlite"
    bad.write_bytes(b"inte en databas" * 100)
    newer = create_backup(db_path, BackupKind.MANUAL, DAY).path
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('resebok', 'm099_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    for copy in (bad, newer):
        with pytest.raises(BackupError, match="kan inte återställas"):
            restore_backup(copy, db_path)
    assert db_path.read_bytes() == before
    assert not [b for b in list_backups(db_path) if b.kind == BackupKind.BEFORE_RESTORE]


def test_cli_backup_backups_and_restore_with_yes(db_path, capsys):
    assert main(["backup", "--db", str(db_path)]) == 0
    assert "Säkerhetskopian är sparad" in capsys.readouterr().out
    assert main(["backups", "--db", str(db_path)]) == 0
    listing = capsys.readouterr().out
    [backup] = list_backups(db_path)
    assert backup.path.name in listing and "Manuell" in listing
    _change(db_path, '"Senare"')

    assert main(["restore", backup.path.name, "--db", str(db_path), "--yes"]) == 0

    out = capsys.readouterr().out
    assert "återställd" in out and "finns kvar som" in out
    assert _setting(db_path) == '"Lekeberg"'


def test_cli_restore_never_overwrites_without_confirmation(db_path, capsys, monkeypatch):
    backup = create_backup(db_path, BackupKind.MANUAL, DAY)
    _change(db_path, '"Senare"')
    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))  # not a terminal: --yes is required
    assert main(["restore", str(backup.path), "--db", str(db_path)]) == 2
    assert "bekräfta med --yes" in capsys.readouterr().err
    assert _setting(db_path) == '"Senare"'

    answers = io.StringIO("nej\n")
    answers.isatty = lambda: True
    monkeypatch.setattr("sys.stdin", answers)
    assert main(["restore", str(backup.path), "--db", str(db_path)]) == 1
    assert _setting(db_path) == '"Senare"'

    answers = io.StringIO("ja\n")
    answers.isatty = lambda: True
    monkeypatch.setattr("sys.stdin", answers)
    assert main(["restore", str(backup.path), "--db", str(db_path)]) == 0
    assert _setting(db_path) == '"Lekeberg"'


def test_cli_restore_of_an_unknown_copy(db_path, capsys):
    assert main(["restore", "finns-inte.sqlite", "--db", str(db_path), "--yes"]) == 2
    assert "resebok backups" in capsys.readouterr().err

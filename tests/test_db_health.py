"""A damaged, foreign, unreadable, locked, read-only or newer database is never overwritten."""

import os
import sqlite3
from pathlib import Path

import pytest

from resebok.cli import main
from resebok.core import db_health
from resebok.core.db import is_read_only, open_database
from resebok.core.db_health import DatabaseProblem, ProblemKind, check_database_file
from resebok.core.transactions import write_error_message


def _fingerprint(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and what lies beside it: both must stay as they were."""
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def good_db(tmp_path) -> Path:
    path = tmp_path / "resebok.sqlite"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('municipality_name', '\"Lekeberg\"')")
    db.close()
    return path


def _refused(path: Path, kind: ProblemKind, **kwargs) -> DatabaseProblem:
    before = _fingerprint(path)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path, **kwargs)
    assert caught.value.problem.kind == kind
    assert _fingerprint(path) == before, "the file or its neighbours changed"
    return caught.value


def test_a_good_database_passes(good_db):
    assert check_database_file(good_db, full_check=True) is None


def test_a_damaged_page_is_found_and_the_file_left_alone(good_db):
    data = bytearray(good_db.read_bytes())
    page = 4096
    data[2 * page : 4 * page] = os.urandom(2 * page)  # pages of tables and indexes
    good_db.write_bytes(bytes(data))

    error = _refused(good_db, ProblemKind.CORRUPT)

    assert "är skadad" in str(error)
    assert "Återställ den senaste säkerhetskopian" in str(error)


def test_a_truncated_file_is_damaged(good_db):
    good_db.write_bytes(good_db.read_bytes()[:60])
    _refused(good_db, ProblemKind.CORRUPT)


def test_a_text_file_is_not_a_resebok_database(tmp_path):
    path = tmp_path / "anteckningar.sqlite"
    path.write_text("Det här är ingen databas.\n" * 20, encoding="utf-8")
    error = _refused(path, ProblemKind.NOT_RESEBOK)
    assert "ingen Resebok-databas" in str(error)


def test_another_programs_database_is_not_taken_over(tmp_path):
    path = tmp_path / "annat.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    _refused(path, ProblemKind.NOT_RESEBOK)


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "tom.sqlite"
    path.touch()
    db = open_database(path)
    assert "trips" in db.table_names()


def test_a_newer_versions_database_is_refused(good_db):
    conn = sqlite3.connect(good_db)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('resebok', 'm099_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()

    error = _refused(good_db, ProblemKind.NEWER_SCHEMA)

    assert "skapad av en nyare version av Resebok" in str(error)
    assert "m099_from_the_future" in str(error)


def test_an_unreadable_file_is_explained(good_db, monkeypatch):
    def denied(_path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(db_health, "_read_header", denied)
    error = _refused(good_db, ProblemKind.UNREADABLE)
    assert "kan inte läsas" in str(error) and "behörighet" in str(error)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_for_real(good_db):
    good_db.chmod(0)
    try:
        _refused(good_db, ProblemKind.UNREADABLE)
    finally:
        good_db.chmod(0o600)


def test_a_locked_database_is_reported_not_waited_on_forever(good_db, monkeypatch):
    monkeypatch.setattr(db_health, "CHECK_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(good_db, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of writing
    try:
        before = good_db.read_bytes()
        with pytest.raises(DatabaseProblem) as caught:
            open_database(good_db)
        assert caught.value.problem.kind == ProblemKind.LOCKED
        assert caught.value.problem.can_retry
        assert "låst av ett annat program" in str(caught.value)
        assert good_db.read_bytes() == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    open_database(good_db).close()  # once the lock is gone, it opens


def test_a_read_only_file_opens_read_only_on_request(good_db, monkeypatch):
    monkeypatch.setattr(db_health, "is_writable", lambda _path: False)

    error = _refused(good_db, ProblemKind.READ_ONLY)
    assert error.problem.can_open_read_only
    before = _fingerprint(good_db)

    db = open_database(good_db, read_only=True)

    assert is_read_only(db)
    assert db.execute("SELECT value FROM settings").fetchone()[0] == '"Lekeberg"'
    with pytest.raises(sqlite3.OperationalError) as caught:
        with db.atomic():
            db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    assert "skrivskyddad" in write_error_message(caught.value)
    db.close()
    assert _fingerprint(good_db) == before


def test_a_read_only_file_that_needs_an_upgrade_is_refused(good_db, monkeypatch):
    conn = sqlite3.connect(good_db)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_audit_chain'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(db_health, "is_writable", lambda _path: False)
    _refused(good_db, ProblemKind.READ_ONLY_OUTDATED, read_only=True)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anything")
def test_a_read_only_file_for_real(good_db):
    good_db.chmod(0o400)
    try:
        _refused(good_db, ProblemKind.READ_ONLY)
        assert is_read_only(open_database(good_db, read_only=True))
    finally:
        good_db.chmod(0o600)


def test_the_cli_explains_and_exits_non_zero(tmp_path, capsys):
    path = tmp_path / "trasig.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert main(["summary", "--year", "2024", "--db", str(path)]) == 3
    err = capsys.readouterr().err
    assert "skadad" in err and "resebok restore" in err
    assert path.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 200

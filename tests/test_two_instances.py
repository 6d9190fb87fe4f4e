"""Two Resebok instances writing one database at the same time: nothing lost, nothing locked."""

import sqlite3
import threading
import time

import pytest
from reliability_helpers import (
    build_file_db,
    integrity,
    start_child,
    write_trips_csv,
)

from resebok.core.db import open_database
from resebok.core.transactions import ResebokDatabase, is_busy_error, write_error_message
from resebok.core.verify import verify_database

TRIPS_EACH = 120


def test_two_processes_saving_trips_and_claims_lose_nothing(tmp_path):
    path = tmp_path / "delad.sqlite"
    first, second = build_file_db(path)
    go = tmp_path / "go"
    children = [start_child("save-and-claim", path, e, TRIPS_EACH, go) for e in (first, second)]
    time.sleep(0.3)  # both are open and waiting
    go.touch()
    outputs = [child.communicate(timeout=120) for child in children]

    for child, (_out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert "locked" not in err
    saved = {line for out, _err in outputs for line in out.split("\n") if len(line) == 36}
    assert len(saved) == 2 * TRIPS_EACH
    assert integrity(path) == "ok"
    db = open_database(path)
    stored = {row[0] for row in db.execute("SELECT id FROM trips")}
    assert saved == stored
    assert db.execute("SELECT COUNT(*) FROM claims WHERE state = 'submitted'").fetchone()[0] == 2
    assert verify_database(db).ok  # the audit chain did not fork between the two writers
    db.close()


def test_saving_while_another_instance_imports_waits_instead_of_failing(tmp_path):
    path = tmp_path / "delad.sqlite"
    [employee, _other] = build_file_db(path)
    write_trips_csv(tmp_path / "trips.csv", 12_000)
    go = tmp_path / "go"
    importer = start_child("import", path, tmp_path / "trips.csv", 20_000)
    saver = start_child("save-loop", path, employee, 60, go)
    go.touch()
    (imp_out, imp_err), (save_out, save_err) = (
        importer.communicate(timeout=120),
        saver.communicate(timeout=120),
    )
    assert importer.returncode == 0 and saver.returncode == 0, imp_err + save_err
    assert "imported 12000" in imp_out
    assert len(save_out.split()) == 60
    db = open_database(path)
    assert db.execute("SELECT COUNT(*) FROM trips").fetchone()[0] == 12_060
    db.close()


def test_a_write_transaction_waits_for_the_lock_up_front(tmp_path):
    """BEGIN IMMEDIATE: a read-then-write transaction cannot fail on a stale snapshot."""
    path = tmp_path / "r.sqlite"
    open_database(path).close()
    results: list[str] = []

    def writer(db, key: str) -> None:
        for n in range(40):
            with db.atomic():
                count = db.execute("SELECT COUNT(*) FROM settings").fetchone()[0]
                db.execute("INSERT INTO settings VALUES (?, ?)", [f"{key}{n}", str(count)])
        results.append(key)

    # One connection per thread, as two instances have (check_same_thread stays on).
    def run(key: str) -> None:
        writer(open_database(path), key)

    threads = [threading.Thread(target=run, args=(key,)) for key in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == ["a", "b"]
    db = open_database(path)
    counts = [int(r[0]) for r in db.execute("SELECT value FROM settings")]
    db.close()
    assert sorted(counts) == list(range(80))  # every writer saw the other's last commit


def test_a_lock_held_too_long_is_retried_then_explained_in_swedish(tmp_path, monkeypatch):
    monkeypatch.setattr("resebok.core.transactions.BACKOFF_S", 0.01)
    path = tmp_path / "r.sqlite"
    open_database(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    db = open_database(path)
    db.execute("PRAGMA busy_timeout = 50")
    attempts: list[str] = []
    db.conn.set_trace_callback(lambda sql: attempts.append(sql) if sql.startswith("BEGIN") else 0)
    with pytest.raises(sqlite3.OperationalError) as caught:
        with db.atomic():
            pass
    holder.execute("ROLLBACK")
    assert attempts == ["BEGIN IMMEDIATE"] * 3
    assert is_busy_error(caught.value)
    message = write_error_message(caught.value)
    assert "används av någon annan" in message and "locked" not in message
    assert isinstance(db, ResebokDatabase)

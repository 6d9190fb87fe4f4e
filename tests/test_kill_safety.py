"""SIGKILL in the middle of an import, a payroll export or a save: all of the work or none.

Each test runs the real operation in a child process on a file database and kills it without
warning, either while it is paused inside its transaction (a marker file says where) or at a
random moment. The database must then pass PRAGMA integrity_check and hold either everything
the operation wrote or nothing of it.
"""

import os
import random
from datetime import date

import pytest
from reliability_helpers import (
    ROUTE,
    TODAY,
    approved_claims,
    build_file_db,
    integrity,
    kill,
    start_child,
    wait_for,
    write_trips_csv,
)

from resebok.core.db import open_database
from resebok.core.models import Trip
from resebok.core.places import find_place
from resebok.core.trips import save_trip
from resebok.core.verify import verify_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

IMPORT_ROWS = 12_000


def _count(path, sql: str) -> int:
    db = open_database(path)
    try:
        return int(db.execute(sql).fetchone()[0])
    finally:
        db.close()


def _assert_import_all_or_none(path) -> int:
    assert integrity(path) == "ok"
    trips = _count(path, "SELECT COUNT(*) FROM trips")
    employees = _count(path, "SELECT COUNT(*) FROM employees WHERE number >= '5000'")
    places = _count(path, "SELECT COUNT(*) FROM places WHERE name = 'Ny plats i filen'")
    assert (trips, employees, places) in ((0, 0, 0), (IMPORT_ROWS, 40, 1))
    stops = _count(path, "SELECT COUNT(*) FROM trip_stops")
    assert stops == 2 * trips
    return trips


def test_import_killed_after_batches_were_written_leaves_nothing(tmp_path):
    path = tmp_path / "r.sqlite"
    build_file_db(path)
    write_trips_csv(tmp_path / "trips.csv", IMPORT_ROWS)
    marker = tmp_path / "in-the-middle"
    # Paused at the third batch's first insert: two batches are already in the file (the WAL).
    child = start_child(
        "import", path, tmp_path / "trips.csv", 4000,
        "--pause-at", "INSERT INTO trips", 3, marker,
    )  # fmt: skip
    wait_for(marker, child)
    kill(child)
    assert _assert_import_all_or_none(path) == 0


@pytest.mark.parametrize("seed", [1, 2])
def test_import_killed_at_a_random_moment_is_all_or_nothing(tmp_path, seed):
    path = tmp_path / "r.sqlite"
    build_file_db(path)
    write_trips_csv(tmp_path / "trips.csv", IMPORT_ROWS)
    marker = tmp_path / "started"
    child = start_child(
        "import", path, tmp_path / "trips.csv", 3000, "--marker-at", "INSERT INTO trips", marker
    )
    wait_for(marker, child)
    pause = random.Random(seed).uniform(0.0, 0.9)
    child_done = False
    try:
        child.wait(timeout=pause)
        child_done = True
    except Exception:  # still running: kill it now
        pass
    out, err = kill(child)
    trips = _assert_import_all_or_none(path)
    if child_done:
        assert trips == IMPORT_ROWS, err


def test_payroll_export_killed_halfway_pays_nothing_and_writes_no_file(tmp_path):
    path = tmp_path / "r.sqlite"
    employees = build_file_db(path, employees=20)
    claims = approved_claims(path, employees)
    out_file = tmp_path / "lon.xml"
    marker = tmp_path / "halfway"
    # Paused after ten of twenty claims were marked paid and their trips given the payout date.
    child = start_child(
        "export", path, out_file, "--pause-at", "UPDATE trips SET paid_on", 11, marker
    )
    wait_for(marker, child)
    kill(child)

    assert integrity(path) == "ok"
    assert not out_file.exists()
    assert _count(path, "SELECT COUNT(*) FROM claims WHERE state = 'approved'") == len(claims)
    assert _count(path, "SELECT COUNT(*) FROM export_batches") == 0
    assert _count(path, "SELECT COUNT(*) FROM trips WHERE paid_on IS NOT NULL") == 0
    db = open_database(path)
    assert verify_database(db).ok  # the audit chain ends where it was
    db.close()

    child = start_child("export", path, out_file)  # the next try exports everything
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert out_file.exists()
    assert _count(path, "SELECT COUNT(*) FROM claims WHERE state = 'paid'") == len(claims)


def test_a_new_trip_killed_between_the_trip_and_its_stops_is_not_saved(tmp_path):
    path = tmp_path / "r.sqlite"
    [employee, _other] = build_file_db(path)
    marker = tmp_path / "stops"
    child = start_child(
        "save-loop", path, employee, 1, "--pause-at", "INSERT INTO trip_stops", 1, marker
    )
    wait_for(marker, child)
    kill(child)
    assert integrity(path) == "ok"
    assert _count(path, "SELECT COUNT(*) FROM trips") == 0
    assert _count(path, "SELECT COUNT(*) FROM trip_stops") == 0


def test_an_edit_killed_after_its_old_stops_were_deleted_keeps_the_old_trip(tmp_path):
    path = tmp_path / "r.sqlite"
    [employee, _other] = build_file_db(path)
    db = open_database(path)
    stops = [find_place(db, name).id for name in ROUTE]
    trip = save_trip(db, Trip(date(2025, 3, 3), employee, 2, stops, 12.0), TODAY)
    db.close()
    marker = tmp_path / "stops-deleted"
    child = start_child("edit", path, trip.id, "--pause-at", "INSERT INTO trip_stops", 1, marker)
    wait_for(marker, child)
    kill(child)

    assert integrity(path) == "ok"
    db = open_database(path)
    row = db.execute("SELECT km FROM trips WHERE id = ?", [trip.id]).fetchone()
    kept = [r[0] for r in db.execute("SELECT place_id FROM trip_stops ORDER BY seq")]
    db.close()
    assert row[0] == 12.0 and kept == stops


def test_saves_killed_at_a_random_moment_keep_every_confirmed_trip_whole(tmp_path):
    path = tmp_path / "r.sqlite"
    [employee, _other] = build_file_db(path)
    marker = tmp_path / "saving"
    child = start_child(
        "save-loop", path, employee, 100_000, "--marker-at", "INSERT INTO trips", marker
    )
    wait_for(marker, child)
    child_pause = random.Random(os.getpid()).uniform(0.3, 1.0)
    try:
        child.wait(timeout=child_pause)
    except Exception:
        pass
    out, _err = kill(child)
    confirmed = set(out.split())

    assert integrity(path) == "ok"
    db = open_database(path)
    stored = {r[0] for r in db.execute("SELECT id FROM trips")}
    incomplete = db.execute(
        "SELECT COUNT(*) FROM trips t WHERE (SELECT COUNT(*) FROM trip_stops s "
        "WHERE s.trip_id = t.id) <> 3"
    ).fetchone()[0]
    db.close()
    assert confirmed, "the child saved nothing before it was killed"
    assert confirmed <= stored  # a save that returned is on disk
    assert len(stored - confirmed) <= 1  # at most the one committed just before the kill
    assert incomplete == 0

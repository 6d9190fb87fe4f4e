"""A full disk during a save, an import or an export: a Swedish message and nothing half-done.

``PRAGMA max_page_count`` makes a real database file that may not grow: SQLite then fails the
write with SQLITE_FULL exactly as on a full disk.
"""

import sqlite3
from datetime import date

import pytest
from reliability_helpers import ROUTE, TODAY, approved_claims, build_file_db, write_trips_csv

from resebok.core.csv_import import import_trips_csv
from resebok.core.db import open_database
from resebok.core.models import Trip
from resebok.core.paxml import export_paxml_to_file
from resebok.core.places import find_place
from resebok.core.transactions import write_error_message
from resebok.core.trips import save_trip


def _limit_growth(db, extra_pages: int) -> None:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def _consistent(db) -> None:
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = db.execute(
        "SELECT COUNT(*) FROM trips t WHERE NOT EXISTS "
        "(SELECT 1 FROM trip_stops s WHERE s.trip_id = t.id)"
    ).fetchone()[0]
    assert orphans == 0


def test_saving_until_the_disk_is_full_keeps_every_saved_trip_whole(tmp_path):
    path = tmp_path / "r.sqlite"
    [employee, _other] = build_file_db(path)
    db = open_database(path)
    stops = [find_place(db, name).id for name in ROUTE]
    _limit_growth(db, 30)
    saved = 0
    with pytest.raises(sqlite3.OperationalError) as caught:
        for number in range(100_000):
            trip = Trip(date(2025, 3, 3), employee, 2, stops, 12.0, purpose=f"resa {number}" * 20)
            save_trip(db, trip, TODAY)
            saved += 1
    assert saved > 0
    assert db.execute("SELECT COUNT(*) FROM trips").fetchone()[0] == saved
    _consistent(db)
    message = write_error_message(caught.value)
    assert "Disken är full" in message and "Ingenting har ändrats" in message
    assert "database or disk is full" not in message
    db.close()


def test_an_import_that_fills_the_disk_leaves_nothing(tmp_path):
    path = tmp_path / "r.sqlite"
    build_file_db(path)
    write_trips_csv(tmp_path / "trips.csv", 5000)
    db = open_database(path)
    _limit_growth(db, 40)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        import_trips_csv(db, tmp_path / "trips.csv", today=TODAY)
    assert db.execute("SELECT COUNT(*) FROM trips").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM employees").fetchone()[0] == 2
    _consistent(db)
    db.close()


def test_a_payroll_export_that_fills_the_disk_pays_nothing(tmp_path):
    path = tmp_path / "r.sqlite"
    employees = build_file_db(path, employees=30)
    approved_claims(path, employees)
    db = open_database(path)
    _limit_growth(db, 0)
    out = tmp_path / "lon.xml"
    with pytest.raises(sqlite3.OperationalError, match="full"):
        export_paxml_to_file(db, "2025-03", date(2025, 4, 25), "Lön", out)
    assert not out.exists() and not (tmp_path / "lon.xml.tmp").exists()
    assert db.execute("SELECT COUNT(*) FROM claims WHERE state = 'paid'").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM export_batches").fetchone()[0] == 0
    _consistent(db)
    db.close()

"""Tamper evidence: the audit log's hash chain and `resebok verify` on a tampered database."""

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlite_utils import Database

from resebok.cli import main
from resebok.core.claims import (
    approve_claim,
    build_claim,
    correct_submitted_trip,
    return_claim,
    submit_claim,
)
from resebok.core.db import open_database
from resebok.core.models import Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.paxml import export_paxml
from resebok.core.places import find_place, load_gazetteer
from resebok.core.tamper import claim_snapshot_hashes
from resebok.core.trips import get_trip, save_trip
from resebok.core.verify import verify_database

TODAY = date(2025, 4, 20)
NOW = datetime(2025, 4, 2, 9, 30)


def _own_car_trip(db, employee, day, km):
    stops = [find_place(db, name).id for name in ("Kommunhuset Lekeberg", "Hagaskolan")]
    return save_trip(db, Trip(day, employee.id, employee.unit_id, stops, km), TODAY)


def _approved_and_paid(db, org):
    """Anna's March claim approved, Bo's paid: the states that payroll relies on."""
    for day, km in ((date(2025, 3, 3), 12.0), (date(2025, 3, 10), 14.0)):
        _own_car_trip(db, org.cleaner, day, km)
    _own_car_trip(db, org.archivist, date(2025, 3, 5), 40.0)
    bo = build_claim(db, org.archivist.id, "2025-03", "Bo Ek", NOW)
    submit_claim(db, bo.id, "Bo Ek", NOW)
    approve_claim(db, bo.id, "Chefen", now=NOW)
    export_paxml(db, "2025-03", date(2025, 4, 25), "Lön", now=NOW)
    anna = build_claim(db, org.cleaner.id, "2025-03", "Anna Lind", NOW)
    submit_claim(db, anna.id, "Anna Lind", NOW)
    approve_claim(db, anna.id, "Chefen", now=NOW)
    return anna.id, bo.id


@pytest.fixture
def claims(db, org):
    return _approved_and_paid(db, org)


def test_an_untouched_database_verifies(db, claims):
    report = verify_database(db)
    assert report.ok, report.text()
    assert report.locked_claims == 2
    assert "Allt stämmer" in report.text()


def test_every_legal_change_keeps_the_chain_intact(db, org):
    trip = _own_car_trip(db, org.cleaner, date(2025, 3, 3), 12.0)
    claim = build_claim(db, org.cleaner.id, "2025-03", "Anna", NOW)
    submit_claim(db, claim.id, "Anna", NOW)
    correct_submitted_trip(db, replace(trip, km=13.0), "Chefen", "fel km", TODAY)
    assert verify_database(db).ok
    return_claim(db, claim.id, "Chefen", "kolla datumet")
    submit_claim(db, claim.id, "Anna")
    approve_claim(db, claim.id, "Chefen")
    assert verify_database(db).ok, verify_database(db).text()


def test_km_edited_with_sql_after_approval_is_reported(db, claims):
    anna_id, _bo = claims
    trip_id = db.execute(
        "SELECT trip_id FROM claim_lines WHERE claim_id = ? LIMIT 1", [anna_id]
    ).fetchone()[0]
    db.execute("UPDATE trips SET km = km * 10 WHERE id = ?", [trip_id])

    report = verify_database(db)

    assert not report.ok
    [finding] = report.findings
    assert finding.claim_id == anna_id
    assert "Anna Lind, 2025-03 (attesterad" in finding.message
    assert "ändrats utanför Resebok" in finding.message
    assert any("km i resan men" in hint for hint in finding.hints)


def test_a_deleted_or_altered_audit_row_is_reported(db, claims):
    db.execute("UPDATE audit_log SET actor = 'Någon annan' WHERE id = 2")
    db.execute("DELETE FROM audit_log WHERE id = 4")
    messages = [f.message for f in verify_database(db).findings]
    assert any("Loggrad 2" in m and "har ändrats" in m for m in messages)
    assert any(m.startswith("Loggrad 4 saknas") for m in messages)


def test_state_changed_with_sql_is_reported(db, org, claims):
    _own_car_trip(db, org.cleaner, date(2025, 4, 3), 9.0)
    draft = build_claim(db, org.cleaner.id, "2025-04", "Anna", NOW)
    db.execute("UPDATE claims SET state = 'approved' WHERE id = ?", [draft.id])
    [finding] = verify_database(db).findings
    assert "enligt loggen är den utkast" in finding.message


def test_a_deleted_claim_and_a_moved_payout_date_are_reported(db, claims):
    anna_id, bo_id = claims
    db.execute("DELETE FROM claim_lines WHERE claim_id = ?", [anna_id])
    db.execute("DELETE FROM claims WHERE id = ?", [anna_id])
    db.execute(
        "UPDATE trips SET paid_on = '2024-12-31' WHERE id IN "
        "(SELECT trip_id FROM claim_lines WHERE claim_id = ?)",
        [bo_id],
    )
    messages = [f.message for f in verify_database(db).findings]
    assert any("saknas i databasen" in m and anna_id[:8] in m for m in messages)
    assert any("utbetalningsdatum 2024-12-31" in m for m in messages)


def test_a_row_added_with_sql_is_reported(db, claims):
    db.execute(
        "INSERT INTO audit_log (at, actor, claim_id, action, field) "
        "VALUES ('2025-04-02T10:00:00+02:00', 'x', NULL, 'approved', 'state')"
    )
    [finding] = verify_database(db).findings
    assert "saknar kontrollsumma" in finding.message


def test_the_snapshot_ignores_what_resebok_recomputes(db, claims):
    """Renaming a place changes route texts, not the sealed claim."""
    anna_id, _bo = claims
    before = claim_snapshot_hashes(db, [anna_id])
    db.execute("UPDATE trips SET route_text = 'x', suggested_km = 99, updated_at = 'y'")
    assert claim_snapshot_hashes(db, [anna_id]) == before


def _downgrade_to_m004(path):
    """Make *path* look like a database from before m005: no hashes, m005 not recorded."""
    old = Database(path)
    old.execute("ALTER TABLE audit_log DROP COLUMN hash")
    old.execute("ALTER TABLE audit_log DROP COLUMN snapshot_hash")
    old.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_audit_chain'")
    old.close()


def test_an_old_log_is_chained_on_upgrade(tmp_path, monkeypatch):
    monkeypatch.setattr("resebok.core.tamper.CHAIN_CHUNK", 2)  # several chunks
    monkeypatch.setattr("resebok.core.tamper.MAX_LISTED_IDS", 0)  # one pass over all claims
    path = tmp_path / "old.sqlite"
    db = open_database(path)
    load_gazetteer(db)
    muni = add_unit(db, "LEK", "Lekebergs kommun", "municipality", None, "1000")
    anna = add_employee(db, "1001", "Anna Lind", muni.id)
    _own_car_trip(db, anna, date(2025, 3, 3), 12.0)
    claim = build_claim(db, anna.id, "2025-03", "Anna", NOW)
    submit_claim(db, claim.id, "Anna", NOW)
    db.close()
    _downgrade_to_m004(path)

    db = open_database(path)

    assert db.execute("SELECT COUNT(*) FROM audit_log WHERE hash IS NULL").fetchone()[0] == 0
    assert verify_database(db).ok
    db.execute("UPDATE trips SET km = 99")
    assert not verify_database(db).ok


def test_verify_command_exit_codes(tmp_path, capsys):
    path = tmp_path / "r.sqlite"
    db = open_database(path)
    load_gazetteer(db)
    muni = add_unit(db, "LEK", "Lekebergs kommun", "municipality", None, "1000")
    anna = add_employee(db, "1001", "Anna Lind", muni.id)
    trip = _own_car_trip(db, anna, date(2025, 3, 3), 12.0)
    claim = build_claim(db, anna.id, "2025-03", "Anna", NOW)
    submit_claim(db, claim.id, "Anna", NOW)
    approve_claim(db, claim.id, "Chefen", now=NOW)
    db.close()

    assert main(["verify", "--db", str(path)]) == 0
    assert "Allt stämmer" in capsys.readouterr().out

    tampered = Database(path)
    tampered.execute("UPDATE trips SET km = 120 WHERE id = ?", [trip.id])
    tampered.close()

    assert main(["verify", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Anna Lind, 2025-03 (attesterad" in out
    assert "120,0 km i resan men 12,0 km på den låsta raden" in out
    assert get_trip(open_database(path), trip.id).km == 120  # verify changed nothing

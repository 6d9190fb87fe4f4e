"""Small core functions the claim GUI asks: years with claims, one claim as CSV, the payout
date check, the export file name and the home-rule switch."""

from datetime import date

import pytest

from resebok.core.claims import build_claim, claim_years, submit_claim
from resebok.core.csv_export import claim_lines_csv
from resebok.core.home_rule import set_home_commute_reduction
from resebok.core.models import Trip
from resebok.core.paxml import ExportError, check_paid_on, export_filename
from resebok.core.settings import get_setting
from resebok.core.trips import get_trip, save_trip

TODAY = date(2026, 11, 27)


def _trip(db, org, employee, day, km, *stops, **changes):
    ids = [org.place(db, name) for name in stops]
    return save_trip(db, Trip(day, employee.id, employee.unit_id, ids, km, **changes), TODAY)


def test_claim_years_are_newest_first(db, org):
    assert claim_years(db) == []
    for day in (date(2024, 3, 5), date(2026, 1, 7)):
        _trip(db, org, org.cleaner, day, 10.0, "Kommunhuset Lekeberg", "Hagaskolan")
        build_claim(db, org.cleaner.id, day.isoformat()[:7], "Anna")
    assert claim_years(db) == [2026, 2024]


def test_one_claim_as_csv_keeps_its_lines_and_neutralises_text(db, org):
    stops = ("Kumla", "Laxå kommunhus")
    _trip(db, org, org.archivist, date(2026, 10, 6), 45.0, *stops, purpose="=HYPERLINK()")
    claim = build_claim(db, org.archivist.id, "2026-10", "Bo Ek")
    submit_claim(db, claim.id, "Bo Ek")
    data, count = claim_lines_csv(db, claim.id)
    text = data.decode("utf-8-sig")
    header, line = text.splitlines()
    assert count == 1
    assert header.split(";")[:3] == ["Datum", "Resväg", "Ändamål"]
    cells = line.split(";")
    assert cells[0] == "2026-10-06" and cells[2] == "'=HYPERLINK()"
    assert cells[5:8] == ["45,0", "28,0", "17,0"]
    assert cells[10] == "42,50"
    assert "normala resvägen" in cells[13]


def test_payout_date_may_not_precede_the_period():
    check_paid_on("2026-10", date(2026, 10, 1))
    with pytest.raises(ExportError, match="ligger före perioden 2026-10"):
        check_paid_on("2026-10", date(2026, 9, 30))


def test_export_file_name_names_period_and_payout():
    assert export_filename("2026-1", date(2026, 2, 25)) == (
        "paxml-milersattning-2026-01-2026-02-25.xml"
    )


def test_switching_the_home_rule_recomputes_trips_at_once(db, org):
    trip = _trip(db, org, org.archivist, date(2026, 10, 6), 45.0, "Kumla", "Laxå kommunhus")
    assert trip.reduction_km == 28.0
    assert set_home_commute_reduction(db, False) == 1
    assert get_setting(db, "home_commute_reduction") is False
    assert get_trip(db, trip.id).reduction_km == 0.0
    assert set_home_commute_reduction(db, False) == 0
    assert set_home_commute_reduction(db, True) == 1
    assert get_trip(db, trip.id).reduction_km == 28.0

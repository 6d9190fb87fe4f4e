"""Home places are personal data: only the employee's own claim names them."""

from datetime import date
from io import BytesIO

import pytest

from resebok.core.claims import approve_claim, build_claim, claim_details, submit_claim
from resebok.core.controller_summary import unit_tree_summary, unit_trips
from resebok.core.csv_export import claim_lines_csv, claims_csv, trips_csv
from resebok.core.indicator import resolve_scope, set_target
from resebok.core.models import Trip
from resebok.core.paxml import export_paxml
from resebok.core.periods import Basis, Period
from resebok.core.places import add_place
from resebok.core.report_data import collect_report_data
from resebok.core.report_settings import ReportSettings
from resebok.core.trips import save_trip
from resebok.core.unit_table import unit_table_csv
from resebok.reports.claim_pdf import claim_pdf_bytes
from resebok.reports.controller_report import controller_report_bytes

pypdf = pytest.importorskip("pypdf")

HOME = "Storgatan 12, Kumla"
TODAY = date(2025, 4, 20)


@pytest.fixture
def home_trips(db, org):
    """Bo lives at Storgatan 12 and drives from home to the archive twice in March 2025."""
    home = add_place(db, HOME).id
    db.execute("UPDATE employees SET home_place_id = ? WHERE id = ?", [home, org.archivist.id])
    depot = org.place(db, "Hagaskolan")
    for day in (4, 11):
        trip = Trip(
            date(2025, 3, day),
            org.archivist.id,
            org.archive.id,
            [home, depot, home],
            60.0,
            from_home=True,
        )
        save_trip(db, trip, TODAY)
    claim = build_claim(db, org.archivist.id, "2025-03", "Bo Ek")
    submit_claim(db, claim.id, "Bo Ek")
    approve_claim(db, claim.id, "Chefen")
    return claim.id


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(BytesIO(pdf)).pages)


def test_the_trip_export_shows_bostaden_instead_of_the_home(db, home_trips):
    data, count = trips_csv(db, 2025)
    text = data.decode("utf-8-sig")
    assert count == 2
    assert "Storgatan" not in text
    assert "Bostaden – Hagaskolan – Bostaden" in text


def test_claims_export_and_payroll_file_name_no_home(db, home_trips):
    assert "Storgatan" not in claims_csv(db, 2025)[0].decode("utf-8-sig")
    xml = export_paxml(db, "2025-03", date(2025, 4, 25), "Lön").xml
    assert b"Storgatan" not in xml


def test_the_controllers_report_and_tables_name_no_home(db, org, home_trips):
    export_paxml(db, "2025-03", date(2025, 4, 25), "Lön")
    scope = resolve_scope(db, None)
    set_target(db, 2025, 1000, scope.id)
    settings = ReportSettings(2025, scope.id, date(2025, 12, 31), fleet_unit_id=org.archive.id)
    data = collect_report_data(db, 2025, settings=settings, today=TODAY)
    assert "Storgatan" not in _pdf_text(controller_report_bytes(data))
    period = Period(date(2025, 1, 1), date(2025, 12, 31))
    tree = unit_tree_summary(db, period, Basis.TRIP_DATE)
    assert "Storgatan" not in unit_table_csv(tree).decode("utf-8-sig")
    rows = unit_trips(db, org.archive.id, period)
    assert [row["route"] for row in rows] == ["Bostaden – Hagaskolan – Bostaden"] * 2


def test_only_the_employees_own_claim_names_the_home(db, home_trips):
    """The claim is the mileage log the attestant checks and payroll pays: it keeps the route."""
    assert HOME in _pdf_text(claim_pdf_bytes(claim_details(db, home_trips), printed_on=TODAY))
    assert HOME in claim_lines_csv(db, home_trips)[0].decode("utf-8-sig")


def test_someone_elses_home_town_is_still_a_destination(db, org):
    """Kumla is Bo's home place (the fixture's), but Anna's trips there keep the name."""
    stops = [org.place(db, "Hagaskolan"), org.place(db, "Kumla")]
    save_trip(db, Trip(date(2025, 3, 5), org.cleaner.id, org.cleaning.id, stops, 30.0), TODAY)
    text = trips_csv(db, 2025)[0].decode("utf-8-sig")
    assert "Hagaskolan – Kumla" in text

"""Property-based: the claim PDF and the controller's report print what users typed literally.

Purposes, names, places, the analysis and unit names may hold reportlab markup (<para>,
<font>, <br/>), entities and formulas; read back with pypdf, the text is there as typed. Text
the standard PDF font cannot show (right-to-left scripts, emoji, control characters) must not
stop the printout either.
"""

from datetime import date
from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nasty_text import nasty_text, printable_text

from resebok.core.claims import build_claim, claim_details
from resebok.core.indicator import resolve_scope, set_target
from resebok.core.models import Trip
from resebok.core.org import add_employee
from resebok.core.places import add_place
from resebok.core.report_data import collect_report_data
from resebok.core.report_settings import ReportSettings
from resebok.core.settings import set_setting
from resebok.core.trips import save_trip
from resebok.reports.claim_pdf import claim_pdf_bytes
from resebok.reports.controller_report import controller_report_bytes

pypdf = pytest.importorskip("pypdf")

TODAY = date(2025, 4, 20)
PDF_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _squashed(text: str) -> str:
    """Without white space: a long text wraps in its table cell, which breaks lines."""
    return "".join(text.replace("\u00a0", " ").split())


def _claim_pdf(db, org, number: int, name: str, purpose: str, place: str) -> bytes:
    employee = add_employee(db, str(7000 + number), name, org.cleaning.id)
    start = add_place(db, f"{place} {number}").id
    stops = [start, org.place(db, "Kumla")]
    save_trip(
        db, Trip(date(2025, 3, 4), employee.id, org.cleaning.id, stops, 30.0, purpose=purpose)
    )
    claim = build_claim(db, employee.id, "2025-03", name)
    return claim_pdf_bytes(claim_details(db, claim.id), printed_on=TODAY)


def test_the_claim_pdf_prints_markup_and_formulas_as_typed(db, org):
    counter = iter(range(10_000))

    @PDF_SETTINGS
    @given(
        name=printable_text(min_size=2, max_size=40),
        purpose=printable_text(max_size=300),
        place=printable_text(min_size=2, max_size=40),
    )
    def check(name, purpose, place):
        number = next(counter)
        text = _squashed(_text(_claim_pdf(db, org, number, name, purpose, place)))
        assert _squashed(purpose) in text
        assert _squashed(name) in text
        assert _squashed(f"{place} {number}") in text

    check()


def test_the_claim_pdf_survives_any_text(db, org):
    counter = iter(range(10_000, 20_000))

    @PDF_SETTINGS
    @given(purpose=nasty_text(max_size=400), name=nasty_text(max_size=40))
    def check(purpose, name):
        number = next(counter)
        try:
            pdf = _claim_pdf(db, org, number, name or "x", purpose, "Plats")
        except ValueError:
            return  # the trip or the name was refused with a message (control characters)
        assert pdf.startswith(b"%PDF") and _text(pdf)

    check()


@pytest.fixture
def report_db(db, org):
    stops = [org.place(db, "Fjugesta"), org.place(db, "Kumla")]
    for day in (3, 10):
        trip = Trip(date(2024, 3, day), org.cleaner.id, org.cleaning.id, stops, 25.0)
        save_trip(db, trip, TODAY)
    db.execute("UPDATE trips SET paid_on = '2024-04-25'")
    scope = resolve_scope(db, None)
    set_target(db, 2024, 1000, scope.id)
    return db, scope


def test_the_controller_report_prints_the_analysis_and_names_as_typed(report_db):
    db, scope = report_db

    @PDF_SETTINGS
    @given(
        analysis=printable_text(max_size=400),
        unit=printable_text(min_size=2, max_size=30),
        municipality=printable_text(min_size=2, max_size=30),
    )
    def check(analysis, unit, municipality):
        db.execute("UPDATE org_units SET name = ? WHERE code = 'LOK'", [unit])
        set_setting(db, "municipality_name", municipality)
        report = ReportSettings(2024, scope.id, date(2024, 12, 31), analysis)
        data = collect_report_data(db, 2024, settings=report, today=TODAY)
        text = _squashed(_text(controller_report_bytes(data)))
        assert _squashed(analysis) in text
        assert _squashed(unit) in text
        assert _squashed(municipality) in text

    check()


def test_the_controller_report_survives_any_analysis(report_db):
    db, scope = report_db

    @PDF_SETTINGS
    @given(analysis=nasty_text(max_size=2000) | st.text(max_size=3000))
    def check(analysis):
        report = ReportSettings(2024, scope.id, date(2024, 12, 31), analysis)
        data = collect_report_data(db, 2024, settings=report, today=TODAY)
        assert controller_report_bytes(data).startswith(b"%PDF")

    check()

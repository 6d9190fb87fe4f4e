"""The printed claim, read back with pypdf: Swedish text, escaping, totals, pages."""

from datetime import date, datetime
from io import BytesIO

import pytest

from resebok.core.claims import (
    approve_claim,
    build_claim,
    claim_details,
    return_claim,
    submit_claim,
)
from resebok.core.models import Trip
from resebok.core.settings import set_setting
from resebok.core.trips import save_trip
from resebok.reports.claim_pdf import claim_pdf_bytes, write_claim_pdf

pypdf = pytest.importorskip("pypdf")

TODAY = date(2026, 11, 27)
ROUND = ("Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg")


def _pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(BytesIO(data))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def _claim(db, org, trips: int = 2, purpose: str = "Lokalvård", **trip_changes):
    set_setting(db, "municipality_name", "Lekebergs kommun")
    stops = [org.place(db, n) for n in ROUND]
    for n in range(trips):
        save_trip(
            db,
            Trip(
                date(2022, 12, 1 + n % 28),
                org.cleaner.id,
                org.cleaning.id,
                stops,
                12.3,
                purpose=purpose if n == 0 else f"Städning {n}",
                **trip_changes,
            ),
            TODAY,
        )
    return build_claim(db, org.cleaner.id, "2022-12", "Anna Lind")


def test_the_claim_shows_who_what_and_how_much(db, org):
    claim = _claim(db, org, odometer_start=10_100, odometer_end=10_112)
    text = " ".join(_pages(claim_pdf_bytes(claim_details(db, claim.id), date(2023, 1, 2))))
    for expected in (
        "Lekebergs kommun",
        "Reseräkning – kilometerersättning för egen bil",
        "Anna Lind",
        "1001",
        "Lokalvårdsenheten",
        "1115",  # the cost centre
        "december 2022",
        "2022-12-01",
        "Kommunhuset Lekeberg – Hagaskolan – Kommunhuset Lekeberg",
        "10100–10112",  # odometer
        "Lokalvård",
        "24,0",  # km: the odometer decides (12 km per trip)
        "Skattefri ersättning",
        "44,40 kr",  # 2,4 mil × 18,50
        "Skattepliktig ersättning",
        "15,60 kr",  # 2,4 mil × 6,50
        "60,00 kr",
        "25,00 kr/mil",
        "18,50 kr/mil",
        "Datum och den anställdas underskrift",
        "Datum och attestantens underskrift",
        "Utkast",
        "Sida 1 av 1",
    ):
        assert expected in text, expected


def test_user_text_prints_literally(db, org):
    claim = _claim(db, org, purpose='<b>möte & "fika"</b>')
    text = " ".join(_pages(claim_pdf_bytes(claim_details(db, claim.id))))
    assert '<b>möte & "fika"</b>' in text


def test_the_attestant_and_date_print_once_approved(db, org):
    claim = _claim(db, org)
    submit_claim(db, claim.id, "Anna Lind", now=datetime(2023, 1, 2, 9))
    before = " ".join(_pages(claim_pdf_bytes(claim_details(db, claim.id))))
    assert "Attesterad av" not in before and "Inskickad 2023-01-02" in before
    approve_claim(db, claim.id, "Karin Chef", now=datetime(2023, 1, 3, 10))
    after = " ".join(_pages(claim_pdf_bytes(claim_details(db, claim.id))))
    assert "Attesterad av Karin Chef 2023-01-03" in after


def test_a_returned_draft_shows_the_attestants_comment(db, org):
    claim = _claim(db, org)
    submit_claim(db, claim.id, "Anna Lind")
    return_claim(db, claim.id, "Karin Chef", "Ange vem du träffade.")
    text = " ".join(_pages(claim_pdf_bytes(claim_details(db, claim.id))))
    assert "Skickad tillbaka av Karin Chef" in text and "Ange vem du träffade." in text


def test_a_long_claim_runs_over_pages_with_the_header_repeated(db, org, tmp_path):
    claim = _claim(db, org, trips=70)
    path = tmp_path / "lång reseräkning.pdf"
    write_claim_pdf(claim_details(db, claim.id), path)
    pages = _pages(path.read_bytes())
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in text
        assert "Datum Resväg Ändamål" in text  # the table header on every page
    assert "70 resor" in pages[-1]
    assert "Datum och attestantens underskrift" in pages[-1]


def test_without_odometer_readings_the_column_gives_way_to_the_route(db, org):
    claim = _claim(db, org, trips=14)
    pages = _pages(claim_pdf_bytes(claim_details(db, claim.id), date(2023, 1, 2)))
    assert "Mätarställning" not in " ".join(pages)
    # the totals and both signature lines stay together on the page that ends the table
    assert "Att betala ut" in pages[-1] and "attestantens underskrift" in pages[-1]

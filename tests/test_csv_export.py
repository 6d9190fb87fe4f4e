"""CSV for Swedish Excel: BOM, semicolons, decimal comma, and no formula ever runs."""

import csv
import io
from datetime import date

import pytest

from resebok.core.claims import build_claim, submit_claim
from resebok.core.csv_export import claims_csv, export_csv, neutralise, trips_csv
from resebok.core.models import Trip
from resebok.core.trips import save_trip

TODAY = date(2026, 11, 27)
ROUND = ("Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg")
DANGEROUS = [
    '=HYPERLINK("http://example.com";"klicka")',
    "+46 70 123",
    "-2+3",
    "@SUM(A1:A2)",
    "\tflik",
    "\rretur",
]


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte order mark for Excel"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


@pytest.fixture
def trips(db, org):
    stops = [org.place(db, n) for n in ROUND]
    saved = [
        save_trip(
            db,
            Trip(date(2024, 3, 1 + n), org.cleaner.id, org.cleaning.id, stops, 12.3, purpose=p),
            TODAY,
        )
        for n, p in enumerate(["Städning; golv & fönster", *DANGEROUS])
    ]
    save_trip(db, Trip(date(2023, 5, 1), org.cleaner.id, org.cleaning.id, stops, 4.0), TODAY)
    return saved


def test_trips_csv_is_excel_swedish(db, org, trips):
    data, count = trips_csv(db, 2024)
    rows = _rows(data)
    assert count == len(rows) - 1 == len(trips)  # 2023 left out
    header, first = rows[0], rows[1]
    assert header[:3] == ["Datum", "Starttid", "Sluttid"]
    row = dict(zip(header, first, strict=True))
    assert row["Datum"] == "2024-03-01"
    assert row["Km"] == "12,3"
    assert row["Ändamål"] == "Städning; golv & fönster"  # the semicolon is quoted, not split
    assert row["Anställd"] == "Anna Lind" and row["Kostnadsställe"] == "1115"
    assert row["Färdsätt"] == "Egen bil"
    assert b"\r\n" in data


def test_formulas_are_neutralised(db, org, trips):
    rows = _rows(trips_csv(db, 2024)[0])
    purposes = [dict(zip(rows[0], r, strict=True))["Ändamål"] for r in rows[1:]]
    assert purposes[1:] == ["'" + text for text in DANGEROUS]
    assert neutralise("Möte") == "Möte"
    assert neutralise("3 km") == "3 km"


def test_claims_csv_has_amounts_with_decimal_comma(db, org, trips):
    claim = build_claim(db, org.cleaner.id, "2024-03", "=cmd|' /C calc'!A0")
    submit_claim(db, claim.id, "Anna Lind")
    data, count = claims_csv(db, 2024)
    rows = _rows(data)
    assert count == 1
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Månad"] == "2024-03"
    assert row["Status"] == "Inskickad"
    assert row["Km"] == "86,1"
    assert row["Belopp kr"] == "215,25"
    assert row["Skattefritt kr"] == "215,25" and row["Skattepliktigt kr"] == "0,00"
    assert row["Inskickad av"] == "Anna Lind"


def test_the_trip_list_shows_claim_state_and_amount(db, org, trips):
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    submit_claim(db, claim.id, "Anna Lind")
    rows = _rows(trips_csv(db, 2024)[0])
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["Reseräkning"], row["Belopp kr"], row["Ersättningsbar"]) == (
        "Inskickad",
        "30,75",
        "Ja",
    )


def test_export_csv_writes_the_file(db, org, trips, tmp_path):
    path = tmp_path / "resor.csv"
    assert export_csv(db, "trips", 2024, path) == len(trips)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(ValueError, match="Okänd export"):
        export_csv(db, "bilar", 2024, path)

"""The claim commands: a PDF, the payroll file, CSV, and clear Swedish errors."""

from datetime import date
from pathlib import Path

import pytest

from resebok.cli import main
from resebok.core.claims import ClaimState, list_claims
from resebok.core.db import open_database
from resebok.core.models import Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.places import find_place, load_gazetteer
from resebok.core.settings import set_setting
from resebok.core.trips import save_trip

XSD = Path(__file__).resolve().parents[2] / "shared" / "specs" / "paxml" / "paxml.xsd"


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "resebok.sqlite"
    db = open_database(path)
    load_gazetteer(db)
    set_setting(db, "municipality_name", "Lekebergs kommun")
    muni = add_unit(db, "LEK", "Lekebergs kommun", "municipality", None, "1000")
    cleaning = add_unit(db, "LOK", "Lokalvårdsenheten", "unit", muni.id, "1115")
    cleaner = add_employee(db, "1001", "Anna Lind", cleaning.id)
    stops = [find_place(db, n).id for n in ("Kommunhuset Lekeberg", "Hagaskolan")]
    for day in (3, 4, 5):
        trip = Trip(date(2024, 3, day), cleaner.id, cleaning.id, stops, 12.0, purpose="Städning")
        save_trip(db, trip, date(2026, 11, 27))
    db.close()
    return path


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _claims(path):
    db = open_database(path)
    try:
        return list_claims(db)
    finally:
        db.close()


def test_claim_pdf_creates_the_draft_and_writes_the_file(db_path, tmp_path, capsys):
    target = tmp_path / "mars.pdf"
    code, out, err = _run(
        capsys, "claim-pdf", "--db", str(db_path), "--employee", "1001", "--month", "2024-03",
        "-o", str(target), "--actor", "Anna Lind",
    )  # fmt: skip
    assert code == 0, err
    assert "Ett utkast till reseräkning skapades" in out and "mars 2024" in out
    assert target.read_bytes().startswith(b"%PDF")
    (claim,) = _claims(db_path)
    assert claim.created_by == "Anna Lind" and claim.trip_count == 3


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--employee", "9999", "--month", "2024-03"], "Det finns ingen anställd med nummer"),
        (["--employee", "1001", "--month", "2024-07"], "inga ersättningsbara resor"),
    ],
)
def test_claim_pdf_errors_are_swedish_without_traceback(db_path, tmp_path, capsys, argv, message):
    code, _out, err = _run(capsys, "claim-pdf", "--db", str(db_path), *argv, "-o", "x.pdf")
    assert code == 1
    assert message in err and "Traceback" not in err


def test_a_bad_month_is_a_usage_error(db_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["claim-pdf", "--db", str(db_path), "--employee", "1", "--month", "mars", "-o", "x"])
    assert info.value.code == 2
    assert "ÅÅÅÅ-MM" in capsys.readouterr().err


def test_submit_approve_export_and_re_export(db_path, tmp_path, capsys):
    db = ["--db", str(db_path)]
    assert _run(capsys, "claims", "build", *db, "--employee", "1001", "--month", "2024-03")[0] == 0
    claim_id = _claims(db_path)[0].id[:8]
    code, out, _err = _run(capsys, "claims", "submit", *db, claim_id, "--actor", "Anna Lind")
    assert code == 0 and "Inskickad" in out
    code, out, err = _run(capsys, "claims", "submit", *db, claim_id)
    assert code == 1 and "kan inte skickas in" in err
    assert _run(capsys, "claims", "approve", *db, claim_id, "--actor", "Karin Chef")[0] == 0
    target = tmp_path / "lon.xml"
    code, out, err = _run(
        capsys, "export-paxml", *db, "--period", "2024-03", "--paid-on", "2024-04-25",
        "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    assert "1 reseräkningar" in out and "90,00" in out
    assert _claims(db_path)[0].state == ClaimState.PAID
    if XSD.is_file():
        import xmlschema

        xmlschema.XMLSchema(str(XSD)).validate(target.read_bytes())
    code, _out, err = _run(
        capsys, "export-paxml", *db, "--period", "2024-03", "--paid-on", "2024-04-25",
        "-o", str(tmp_path / "igen.xml"),
    )  # fmt: skip
    assert code == 1 and "inga attesterade reseräkningar" in err
    assert not (tmp_path / "igen.xml").exists()
    batch = _claims(db_path)[0].batch_id
    again = tmp_path / "samma.xml"
    code, out, _err = _run(capsys, "export-paxml", *db, "--batch", batch[:8], "-o", str(again))
    assert code == 0 and again.read_bytes() == target.read_bytes()
    code, out, _err = _run(capsys, "claims", "log", *db, claim_id)
    assert "Inskickad: utkast → inskickad" in out and "Karin Chef" in out
    assert "Exporterad igen" in out


def test_return_needs_a_comment_and_list_shows_the_state(db_path, capsys):
    db = ["--db", str(db_path)]
    _run(capsys, "claims", "build", *db, "--employee", "1001", "--month", "2024-03")
    claim_id = _claims(db_path)[0].id
    _run(capsys, "claims", "submit", *db, claim_id)
    code, _out, err = _run(capsys, "claims", "return", *db, claim_id, "--comment", " ")
    assert code == 1 and "kommentar" in err
    code, _out, _err = _run(capsys, "claims", "return", *db, claim_id, "--comment", "Ändamål?")
    assert code == 0
    code, out, _err = _run(capsys, "claims", "list", *db, "--month", "2024-03")
    assert "Anna Lind" in out and "Utkast" in out and "36,0 km" in out


def test_export_csv(db_path, tmp_path, capsys):
    target = tmp_path / "resor.csv"
    code, out, _err = _run(
        capsys, "export-csv", "trips", "--db", str(db_path), "--year", "2024", "-o", str(target)
    )
    assert code == 0 and "3 resor för 2024" in out
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    code, out, _err = _run(
        capsys, "export-csv", "claims", "--db", str(db_path), "--year", "2024", "-o", str(target)
    )
    assert code == 0 and "0 reseräkningar" in out


def test_rates_list_and_add(db_path, capsys):
    db = ["--db", str(db_path)]
    code, out, _err = _run(capsys, "rates", "list", *db)
    assert code == 0 and "18,50" in out and "2023-01-01" in out
    code, _out, err = _run(capsys, "rates", "add", *db, "--kind", "employer", "--rate", "30,00",
                           "--from", "2025-01-01")  # fmt: skip
    assert code == 1 and "överlappar" in err
    code, _out, err = _run(capsys, "rates", "add", *db, "--kind", "employer", "--rate", "tjugo")
    assert code == 1 and "kronor" in err

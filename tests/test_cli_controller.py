"""The controller's commands: summary with its new options, indicator and report."""

import json
from datetime import date

import pytest

from resebok import cli
from resebok.core.db import open_database
from resebok.core.models import Mode, Trip
from resebok.core.org import add_employee, add_member_org, add_unit, link_member_org
from resebok.core.places import find_place, load_gazetteer
from resebok.core.trips import save_trip

TODAY = date(2022, 6, 30)


@pytest.fixture
def db_path(tmp_path):
    """Lekeberg in small: KS with the cleaning unit and the archive, and one other committee."""
    path = tmp_path / "resebok.db"
    db = open_database(path)
    load_gazetteer(db)
    lek = add_unit(db, "LEK", "Lekebergs kommun", "municipality")
    ks = add_unit(db, "KS", "Kommunstyrelsen", "committee", lek.id)
    lok = add_unit(db, "LOK", "Lokalvårdsenheten", "unit", ks.id)
    ark = add_unit(db, "ARK", "Sydnärke arkivenhet", "unit", ks.id)
    bin_ = add_unit(db, "BIN", "Bildningsnämnden", "committee", lek.id)
    hallsberg = add_member_org(db, "HBG", "Hallsbergs kommun")
    link_member_org(db, ark.id, hallsberg.id)
    fjugesta = find_place(db, "Fjugesta").id
    cleaner = add_employee(db, "1001", "Anna Lind", lok.id, fjugesta, fjugesta)
    stops = [fjugesta, find_place(db, "Hallsberg").id, fjugesta]
    for day, unit, km, mode, paid_on in [
        ("2020-12-14", lok, 40.0, Mode.OWN_CAR, "2021-01-25"),
        ("2021-03-01", lok, 25.5, Mode.OWN_CAR, "2021-04-25"),
        ("2021-03-02", ark, 60.0, Mode.OWN_CAR, "2021-04-25"),
        ("2021-03-03", bin_, 14.5, Mode.OWN_CAR, None),
        ("2021-03-04", lok, 26.0, Mode.POOL_CAR, None),
    ]:
        save_trip(
            db,
            Trip(
                date.fromisoformat(day),
                cleaner.id,
                unit.id,
                stops,
                km,
                mode,
                paid_on=date.fromisoformat(paid_on) if paid_on else None,
                member_org_id=hallsberg.id if unit is ark else None,
            ),
            today=TODAY,
        )
    db.close()
    return str(path)


def run(capsys, *args):
    code = cli.main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_without_new_options_is_the_foundations(db_path, capsys):
    code, out, err = run(capsys, "summary", "--year", "2021", "--json", "--db", db_path)

    assert code == 0, err
    assert json.loads(out) == {
        "year": 2021,
        "total_km": 100.0,
        "units": [
            {"code": "ARK", "name": "Sydnärke arkivenhet", "km": 60.0, "trips": 1},
            {"code": "LOK", "name": "Lokalvårdsenheten", "km": 25.5, "trips": 1},
            {"code": "BIN", "name": "Bildningsnämnden", "km": 14.5, "trips": 1},
        ],
    }


def test_summary_of_a_year_and_of_the_whole_scope_agree(db_path, capsys):
    code, out, err = run(capsys, "summary", "--year", "2021", "--json", "--db", db_path)
    assert code == 0, err
    year = json.loads(out)
    code, out, err = run(
        capsys, "summary", "--year", "2021", "--scope", "LEK", "--json", "--db", db_path
    )
    assert code == 0, err
    scope = json.loads(out)

    fields = ("code", "name", "km", "trips")
    assert [{key: unit[key] for key in fields} for unit in scope["units"]] == year["units"]
    assert scope["total_km"] == year["total_km"] == 100.0


def test_summary_by_payout_date_adds_amount_and_co2(db_path, capsys):
    code, out, err = run(
        capsys, "summary", "--year", "2021", "--by-paid", "--json", "--db", db_path
    )

    assert code == 0, err
    data = json.loads(out)
    assert (data["year"], data["total_km"], data["basis"]) == (2021, 125.5, "paid_on")
    assert [(u["code"], u["km"], u["trips"]) for u in data["units"]] == [
        ("LOK", 65.5, 2),
        ("ARK", 60.0, 1),
    ]
    lok = data["units"][0]
    # 65,5 km × 25,00 kr/mil, of which 18,50 kr/mil tax-free (2021); petrol at 167 g/km
    assert lok["amount"] == {
        "total_ore": 16375,
        "tax_free_ore": 12118,
        "taxable_ore": 4257,
        "estimated_ore": 16375,
    }
    assert lok["co2_kg"] == 10.9
    assert set(data["units"][1]) == {"code", "name", "km", "trips", "amount", "co2_kg"}


def test_summary_for_a_period_and_scope_rolled_up(db_path, capsys):
    code, out, err = run(
        capsys, "summary", "--from", "2020-12-01", "--to", "2021-03-31", "--scope", "KS",
        "--rollup", "--json", "--db", db_path,
    )  # fmt: skip

    assert code == 0, err
    data = json.loads(out)
    assert (data["from"], data["to"], data["scope"], data["year"]) == (
        "2020-12-01",
        "2021-03-31",
        "KS",
        None,
    )
    rows = {u["code"]: u for u in data["units"]}
    assert list(rows) == ["KS", "LOK", "ARK"]
    assert rows["KS"]["km"] == rows["LOK"]["km"] + rows["ARK"]["km"] == data["total_km"] == 125.5
    assert (rows["LOK"]["parent"], rows["LOK"]["depth"], rows["KS"]["depth"]) == ("KS", 1, 0)
    assert rows["ARK"]["share_of_committee"] == pytest.approx(60 / 125.5)


def test_summary_refuses_half_a_period_in_swedish(db_path, capsys):
    code, _out, err = run(capsys, "summary", "--from", "2021-01-01", "--db", db_path)
    assert code == 1 and "Ange både --from och --to" in err
    code, _out, err = run(capsys, "summary", "--year", "2021", "--scope", "NOPE", "--db", db_path)
    assert code == 1 and "ingen enhet med koden" in err


def test_indicator_sets_a_target_and_prints_json(db_path, capsys):
    code, out, err = run(
        capsys, "indicator", "--year", "2021", "--cutoff", "2021-08-31",
        "--set-target", "100", "--json", "--db", db_path,
    )  # fmt: skip

    assert code == 0, err
    data = json.loads(out)
    assert {"target_km", "outcome_km", "forecast_km", "method", "status"} <= set(data)
    assert (data["target_km"], data["outcome_km"]) == (100.0, 125.5)
    # no history before 2021: linear, 125.5 × 365 / 243
    assert data["forecast_km"] == round(125.5 * 365 / 243, 1)
    assert data["method"].startswith("Linjär")
    assert data["status"] == "not_met"

    code, out, err = run(capsys, "indicator", "--year", "2021", "--cutoff", "2021-08-31",
                         "--scope", "KS", "--set-target", "200 000", "--db", db_path)  # fmt: skip
    assert code == 0, err
    assert "Målet nås" in out and "Kommunstyrelsen" in out


def test_indicator_without_a_target_says_how_to_set_one(db_path, capsys):
    code, out, err = run(
        capsys, "indicator", "--year", "2021", "--cutoff", "2021-08-31", "--json", "--db", db_path
    )

    assert code == 1 and out == ""
    assert "Inget mål är satt för 2021" in err
    assert "--set-target" in err
    assert "Traceback" not in err


def test_indicator_errors_are_swedish(db_path, capsys):
    code, _out, err = run(
        capsys, "indicator", "--year", "2021", "--cutoff", "2021-08-31", "--scope", "LOK",
        "--db", db_path,
    )  # fmt: skip
    assert code == 1 and "kommunen eller en nämnd" in err
    with pytest.raises(SystemExit):
        cli.main(["indicator", "--year", "2021", "--cutoff", "31/8", "--db", db_path])
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_report_writes_the_pdf_and_saves_the_analysis(db_path, tmp_path, capsys):
    analysis = tmp_path / "analys.txt"
    analysis.write_text("Arkivet kör <i>mest</i> till Hallsberg.", encoding="utf-8")
    out_pdf = tmp_path / "rapport.pdf"
    run(capsys, "indicator", "--year", "2021", "--set-target", "150", "--db", db_path)

    code, out, err = run(
        capsys, "report", "--year", "2021", "--cutoff", "2021-08-31", "--analysis-file",
        str(analysis), "-o", str(out_pdf), "--db", db_path,
    )  # fmt: skip

    assert code == 0, err
    assert "skrevs till" in out and out_pdf.read_bytes().startswith(b"%PDF")
    # printed again without the file: the saved analysis and cut-off are used
    again = tmp_path / "igen.pdf"
    code, _out, err = run(capsys, "report", "--year", "2021", "-o", str(again), "--db", db_path)
    assert code == 0, err
    pypdf = pytest.importorskip("pypdf")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(again).pages)
    assert "Arkivet kör <i>mest</i> till Hallsberg." in text
    assert "31 aug" in text

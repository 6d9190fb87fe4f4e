"""The PAXml 2.0 payroll export: valid against the schema, exact, and never paid twice."""

import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from resebok.core.claims import (
    ClaimState,
    approve_claim,
    build_claim,
    get_claim,
    submit_claim,
)
from resebok.core.models import Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.paxml import (
    ExportError,
    claims_ready_for_export,
    default_payout,
    export_paxml,
    export_paxml_to_file,
    find_batch,
    list_batches,
    pay_lines,
    reexport_batch,
)
from resebok.core.periods import previous_month
from resebok.core.settings import set_setting
from resebok.core.trips import get_trip, save_trip

TODAY = date(2026, 11, 27)
XSD = Path(__file__).resolve().parents[2] / "shared" / "specs" / "paxml" / "paxml.xsd"
ROUND = ("Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg")


@pytest.fixture(scope="module")
def schema():
    if not XSD.is_file():
        pytest.skip(f"the PAXml schema is not at {XSD} (it lives in ../shared/specs/paxml)")
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(XSD))


def _approved(db, employee, month, *trips):
    """trips: (day, km, stops, unit_id or None)."""
    for day, km, stops, unit_id in trips:
        ids = [db.execute("SELECT id FROM places WHERE name = ?", [n]).fetchone()[0] for n in stops]
        save_trip(db, Trip(day, employee.id, unit_id or employee.unit_id, ids, km), TODAY)
    claim = build_claim(db, employee.id, month, employee.name)
    submit_claim(db, claim.id, employee.name)
    return approve_claim(db, claim.id, "Karin Chef")


def _lines(xml: bytes) -> list[dict]:
    root = ET.fromstring(xml)
    found = []
    for trans in root.iter("lonetrans"):
        item = {
            child.tag: (child.text or "").strip() for child in trans if child.tag != "resenheter"
        }
        item["anstid"] = trans.get("anstid")
        item["resenheter"] = [(r.get("dim"), r.get("id")) for r in trans.iter("resenhet")]
        found.append(item)
    return found


def test_export_validates_and_splits_tax_free_and_taxable(db, org, schema):
    set_setting(db, "municipality_name", "Lekebergs kommun")
    set_setting(db, "organisation_number", "212000-1876")
    claim = _approved(
        db, org.cleaner, "2022-12",
        (date(2022, 12, 5), 12.3, ROUND, None),
        (date(2022, 12, 6), 7.0, ROUND, None),
    )  # fmt: skip
    result = export_paxml(db, "2022-12", date(2023, 1, 25), "Lena Lön", now=datetime(2023, 1, 20))
    schema.validate(result.xml)
    assert result.xml.startswith(b'<?xml version="1.0" encoding="iso-8859-1"?>')
    root = ET.fromstring(result.xml)
    header = root.find("header")
    assert header.findtext("version") == "2.0"
    assert header.findtext("foretagnamn") == "Lekebergs kommun"
    assert header.findtext("foretagorgnr") == "212000-1876"
    assert header.findtext("programnamn").startswith("Resebok ")
    assert root.find("dimensioner/dimension").attrib == {"dim": "1", "namn": "Kostnadsställe"}
    assert root.find("resultatenheter/resultatenhet").attrib == {
        "dim": "1",
        "id": "1115",
        "namn": "Lokalvårdsenheten",
    }
    free, taxable = _lines(result.xml)
    # 19,3 km = 1,93 mil: 25,00 kr/mil of which 18,50 tax-free and 6,50 taxable
    assert free["lonkod"] == "MILPRI_FRI" and taxable["lonkod"] == "MILPRI_SKT"
    assert (free["antal"], free["apris"], free["belopp"]) == ("1.93", "18.50", "35.71")
    assert (taxable["antal"], taxable["apris"], taxable["belopp"]) == ("1.93", "6.50", "12.54")
    assert Decimal(free["belopp"]) + Decimal(taxable["belopp"]) == Decimal(claim.total_ore) / 100
    assert free["anstid"] == "1001" and free["resenheter"] == [("1", "1115")]
    assert free["datum"] == "2022-12-31" and free["samlingsid"] == claim.id


def test_a_zero_taxable_part_is_left_out(db, org, schema):
    _approved(db, org.cleaner, "2023-03", (date(2023, 3, 5), 12.0, ROUND, None))
    result = export_paxml(db, "2023-03", date(2023, 4, 25), "Lena Lön")
    schema.validate(result.xml)
    assert [line["lonkod"] for line in _lines(result.xml)] == ["MILPRI_FRI"]


def test_lines_per_employee_and_cost_centre(db, org, schema):
    _approved(
        db, org.cleaner, "2023-03",
        (date(2023, 3, 5), 10.0, ROUND, None),
        (date(2023, 3, 6), 20.0, ROUND, org.archive.id),  # charged to the archive
    )  # fmt: skip
    away = ("Arkivdepå Fjugesta", "Hagaskolan")
    _approved(db, org.archivist, "2023-03", (date(2023, 3, 7), 30.0, away, None))
    result = export_paxml(db, "2023-03", date(2023, 4, 25), "Lena Lön")
    schema.validate(result.xml)
    got = sorted((x["anstid"], x["resenheter"][0][1], x["antal"]) for x in _lines(result.xml))
    assert got == [("1001", "1115", "1.00"), ("1001", "1118", "2.00"), ("2001", "1118", "3.00")]
    ids = [e.get("id") for e in ET.fromstring(result.xml).iter("resultatenhet")]
    assert ids == ["1115", "1118"]


def test_export_marks_paid_and_never_exports_a_claim_twice(db, org, schema):
    claim = _approved(db, org.cleaner, "2023-03", (date(2023, 3, 5), 12.0, ROUND, None))
    result = export_paxml(db, "2023-04", date(2023, 4, 25), "Lena Lön")
    paid = get_claim(db, claim.id)
    assert (paid.state, paid.paid_on, paid.batch_id) == (
        ClaimState.PAID,
        date(2023, 4, 25),
        result.batch.id,
    )
    trip_ids = [r["trip_id"] for r in db.query("SELECT trip_id FROM claim_lines")]
    assert {get_trip(db, t).paid_on for t in trip_ids} == {date(2023, 4, 25)}
    with pytest.raises(ExportError, match="inga attesterade reseräkningar"):
        export_paxml(db, "2023-04", date(2023, 4, 25), "Lena Lön")
    assert [b.id for b in list_batches(db)] == [result.batch.id]
    assert result.batch.claim_count == 1 and result.batch.total_ore == paid.total_ore


def test_a_deliberate_re_export_writes_the_same_file(db, org, schema):
    _approved(db, org.cleaner, "2023-03", (date(2023, 3, 5), 12.0, ROUND, None))
    result = export_paxml(db, "2023-03", date(2023, 4, 25), "Lena Lön")
    again = reexport_batch(db, find_batch(db, result.batch.id[:6]).id, "Lena Lön")
    assert again == result.xml
    schema.validate(again)


def test_only_approved_claims_of_the_period_or_earlier_are_exported(db, org):
    march = _approved(db, org.cleaner, "2023-03", (date(2023, 3, 5), 12.0, ROUND, None))
    april = _approved(db, org.cleaner, "2023-04", (date(2023, 4, 5), 12.0, ROUND, None))
    save_trip(
        db, Trip(date(2023, 2, 5), org.cleaner.id, org.cleaning.id,
                 [org.place(db, n) for n in ROUND], 5.0), TODAY,
    )  # fmt: skip
    submitted = submit_claim(
        db, build_claim(db, org.cleaner.id, "2023-02", "Anna Lind").id, "Anna Lind"
    )
    result = export_paxml(db, "2023-03", date(2023, 4, 25), "Lena Lön")
    assert result.claim_ids == [march.id]
    assert get_claim(db, april.id).state == ClaimState.APPROVED
    assert get_claim(db, submitted.id).state == ClaimState.SUBMITTED


def test_a_missing_cost_centre_stops_the_export_and_marks_nothing(db, org):
    bare = add_unit(db, "NY", "Ny enhet", "committee", None, "")
    newcomer = add_employee(db, "5001", "Nils Ny", bare.id)
    claim = _approved(db, newcomer, "2023-03", (date(2023, 3, 5), 12.0, ROUND, None))
    with pytest.raises(ExportError, match="Ny enhet har inget kostnadsställe"):
        export_paxml(db, "2023-03", date(2023, 4, 25), "Lena Lön")
    assert get_claim(db, claim.id).state == ClaimState.APPROVED
    assert list_batches(db) == []


def test_a_unit_without_its_own_cost_centre_books_on_its_parents(db, org, schema):
    team = add_unit(db, "LOK2", "Städteam 2", "unit", org.cleaning.id, "")
    member = add_employee(db, "5002", "Olle Städ", team.id)
    _approved(db, member, "2023-03", (date(2023, 3, 5), 12.0, ROUND, None))
    result = export_paxml(db, "2023-03", date(2023, 4, 25), "Lena Lön")
    assert _lines(result.xml)[0]["resenheter"] == [("1", "1115")]


def test_pay_lines_of_many_claims_are_each_claims_own_from_a_fixed_number_of_queries(
    db, org, count_statements
):
    team = add_unit(db, "LOK2", "Städteam 2", "unit", org.cleaning.id, "")  # books on 1115
    member = add_employee(db, "5002", "Olle Städ", team.id)
    _approved(
        db, org.cleaner, "2023-03",
        (date(2023, 3, 6), 20.0, ROUND, org.archive.id),
        (date(2023, 3, 5), 10.0, ROUND, None),
    )  # fmt: skip
    _approved(db, org.archivist, "2023-03", (date(2023, 3, 7), 30.0, ROUND, None))
    _approved(db, member, "2023-02", (date(2023, 2, 7), 14.0, ROUND, None))
    _approved(db, org.cleaner, "2023-02", (date(2023, 2, 8), 9.0, ROUND, None))
    claims = claims_ready_for_export(db, "2023-03")
    assert len(claims) == 4
    one_by_one = [line for claim in claims for line in pay_lines(db, [claim])]
    assert pay_lines(db, claims) == one_by_one
    assert [(line.employee_number, line.cost_centre) for line in one_by_one] == [
        ("1001", "1115"), ("5002", "1115"),
        ("1001", "1115"), ("1001", "1118"), ("2001", "1118"),
    ]  # fmt: skip
    assert count_statements(lambda: pay_lines(db, claims)) == count_statements(
        lambda: pay_lines(db, claims[:1])
    )


def test_the_month_just_ended_is_proposed_for_payout_on_the_25th_of_the_next():
    assert previous_month(date(2026, 11, 27)) == date(2026, 10, 1)
    assert previous_month(date(2027, 1, 3)) == date(2026, 12, 1)
    assert default_payout(date(2026, 10, 1)) == date(2026, 11, 25)
    assert default_payout(date(2026, 12, 31)) == date(2027, 1, 25)  # December's in January
    assert default_payout(previous_month(date(2026, 2, 1))) == date(2026, 2, 25)


def test_payout_before_the_period_is_refused(db, org):
    with pytest.raises(ExportError, match="före perioden"):
        export_paxml(db, "2023-03", date(2023, 2, 25), "Lena Lön")


def test_names_outside_latin_1_still_give_a_valid_file(db, org, schema):
    set_setting(db, "municipality_name", "Łódź kommun – test")
    _approved(db, org.cleaner, "2023-03", (date(2023, 3, 5), 12.0, ROUND, None))
    result = export_paxml(db, "2023-03", date(2023, 4, 25), "Lena Lön")
    schema.validate(result.xml)
    assert ET.fromstring(result.xml).findtext("header/foretagnamn") == "Łódź kommun – test"


def test_a_file_that_cannot_be_written_leaves_the_claims_unpaid(db, org, tmp_path):
    claim = _approved(db, org.cleaner, "2023-03", (date(2023, 3, 5), 12.0, ROUND, None))
    with pytest.raises(OSError):
        export_paxml_to_file(
            db, "2023-03", date(2023, 4, 25), "Lena Lön", tmp_path / "saknas" / "lön.xml"
        )
    assert get_claim(db, claim.id).state == ClaimState.APPROVED
    assert list_batches(db) == []
    result = export_paxml_to_file(db, "2023-03", date(2023, 4, 25), "Lena Lön", tmp_path / "l.xml")
    assert (tmp_path / "l.xml").read_bytes() == result.xml

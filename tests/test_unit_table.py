"""The controller's unit table as CSV for Swedish Excel and as an XLSX workbook."""

from datetime import date
from io import BytesIO

import pytest

from resebok.core.controller_summary import unit_tree_summary
from resebok.core.models import Mode, Trip
from resebok.core.org import add_unit
from resebok.core.periods import Basis, Period
from resebok.core.trips import save_trip
from resebok.core.unit_table import UNIT_COLUMNS, sheet_title, unit_table_csv, unit_values
from resebok.core.unit_table import write_unit_table_xlsx as write_xlsx


def trip(db, org, unit, km, day="2021-03-01"):
    stops = [org.place(db, "Fjugesta"), org.place(db, "Kumla")]
    save_trip(
        db,
        Trip(date.fromisoformat(day), org.cleaner.id, unit.id, stops, km, mode=Mode.OWN_CAR),
        today=date(2021, 12, 31),
    )


@pytest.fixture
def tree(db, org):
    odd = add_unit(db, "=X", '=HYPERLINK("http://x";"klicka")', "unit", org.department.id, "")
    trip(db, org, org.cleaning, 30.0)
    trip(db, org, odd, 10.5)
    return unit_tree_summary(db, Period.year(2021), Basis.TRIP_DATE)


def test_values_follow_the_columns_and_the_tree(tree):
    values = dict(zip((c.key for c in UNIT_COLUMNS), unit_values(tree.row("KS")), strict=True))
    assert (values["name"], values["trips"], values["km"]) == ("Kommunstyrelsen", 2, 40.5)
    assert values["share_of_scope"] == 1.0
    assert values["share_of_committee"] is None  # a committee's share of itself is left out
    lok = dict(zip((c.key for c in UNIT_COLUMNS), unit_values(tree.row("LOK")), strict=True))
    assert lok["share_of_committee"] == pytest.approx(30 / 40.5)


def test_csv_is_for_swedish_excel_and_inert(tree):
    data = unit_table_csv(tree)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0].split(";")[:5] == ["Enhet", "Nivå", "Typ", "Kod", "Resor"]
    lok = next(line for line in lines if ";LOK;" in line).split(";")
    assert lok[:6] == ["Lokalvårdsenheten", "3", "Enhet", "LOK", "1", "30,0"]
    assert lok[-2] == "74,1"  # share of the total in per cent, decimal comma
    odd = next(line for line in lines if "HYPERLINK" in line)
    assert odd.startswith("\"'=HYPERLINK(")  # neutralised, and quoted for its semicolon
    assert ";'=X;" in odd


def test_xlsx_has_real_numbers_formats_and_no_formulas(tree):
    openpyxl = pytest.importorskip("openpyxl")
    out = BytesIO()
    write_xlsx(tree, out, "Lekebergs kommun", today=date(2021, 9, 20))
    sheet = openpyxl.load_workbook(BytesIO(out.getvalue())).active

    assert sheet.title == "Enheter 2021"
    assert sheet["A1"].value.startswith("Lekebergs kommun: egen bil 2021")
    assert "20 september 2021" in sheet["A2"].value
    assert [cell.value for cell in sheet[4]][:3] == ["Enhet", "Kod", "Resor"]
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=5)}
    lok = rows["LOK"]
    assert (lok[2].value, lok[3].value) == (1, 30.0)
    assert lok[3].number_format == "#,##0.0"
    assert lok[9].number_format == "0.0%" and lok[9].value == pytest.approx(30 / 40.5)
    assert lok[0].alignment.indent == 3
    odd = rows["=X"]
    assert odd[0].data_type == "s" and odd[0].value.startswith("=HYPERLINK")
    assert rows["KS"][0].font.bold


def test_sheet_titles_are_ones_excel_accepts():
    assert sheet_title("Enheter 1 dec 2020–31 jan 2021") == "Enheter 1 dec 2020–31 jan 2021"
    assert sheet_title("a/b:c?*[x]") == "a-b-c---x-"
    assert len(sheet_title("x" * 40)) == 31

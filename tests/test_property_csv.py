"""Property-based: any CSV file imports whole or is refused line by line; exports stay inert.

The rows carry odd dates, negative, zero and huge km, unknown places and people, and text that
looks like SQL, HTML, reportlab markup or spreadsheet formulas in any Unicode. The import either
takes every row or none, with a Swedish reason per bad line. Whatever gets in comes out of the
CSV exports with no cell that a spreadsheet would run as a formula.
"""

import csv
import io
import re
from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from nasty_text import nasty_text

from resebok.core.claims import build_claim
from resebok.core.csv_export import (
    FORMULA_STARTS,
    Text,
    claim_lines_csv,
    claims_csv,
    to_excel_csv,
    trips_csv,
)
from resebok.core.csv_import import REQUIRED_COLUMNS, import_trips_csv
from resebok.core.models import Mode, Trip
from resebok.core.org import add_employee
from resebok.core.trips import save_trip
from resebok.core.validation import has_bad_characters

TODAY = date(2025, 4, 20)
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NUMBER = re.compile(r"-?\d+(,\d+)?")
PLACES = ["Fjugesta", "Kumla", "Örebro", "Hagaskolan", "Kommunhuset Lekeberg", "Ny plats"]


def _field(valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(valid, valid, valid, nasty_text(max_size=40))


@st.composite
def plausible_row(draw) -> list[str]:
    """A row that imports, whatever its text says: the purpose and names are nasty."""
    start, end = draw(st.lists(st.sampled_from(PLACES), min_size=2, max_size=2, unique=True))
    return [
        draw(st.dates(date(2020, 1, 1), date(2025, 4, 20))).isoformat(),
        draw(st.sampled_from(["1001", "2001", "9001"])),
        draw(st.sampled_from(["Anna Lind", "=1+1", "<b>Eva</b>", "@Bo", "-Nils"])),
        draw(st.sampled_from(["LOK", "ARK", "", "NY-ENHET"])),
        start,
        end,
        draw(st.sampled_from(["12", "7,5", "3000", " 4 ", "0,1"])),
        "own_car",
        draw(nasty_text(max_size=200).filter(lambda t: not has_bad_characters(t))),
        "",
    ]


def rows() -> st.SearchStrategy[list[list[str]]]:
    wild = st.lists(wild_row().map(list), min_size=1, max_size=6)
    plausible = st.lists(plausible_row(), min_size=1, max_size=6)
    return wild | plausible | plausible


def wild_row() -> st.SearchStrategy[tuple[str, ...]]:
    return st.tuples(
        _field(st.dates(date(1990, 1, 1), date(2027, 12, 31)).map(date.isoformat)),
        _field(st.sampled_from(["1001", "2001", "9001", "9002"])),
        _field(st.sampled_from(["Anna Lind", "Ny Person", "=1+1", "<b>Eva</b>"])),
        _field(st.sampled_from(["LOK", "ARK", "", "NY-ENHET"])),
        _field(st.sampled_from(PLACES)),
        _field(st.sampled_from(PLACES)),
        _field(st.sampled_from(["12", "7,5", "0", "-3", "3000", "3000,1", "1e3", "nan", " 4 "])),
        _field(st.sampled_from([str(m) for m in Mode] + ["OWN_CAR", "bil"])),
        nasty_text(max_size=600),
        st.sampled_from(["", "", "2025-01-25", "2019-01-01", "not a date"]),
    )


def _write(path, data: list[list[str]], delimiter: str) -> bool:
    buffer = io.StringIO(newline="")
    try:
        csv.writer(buffer, delimiter=delimiter).writerows([list(REQUIRED_COLUMNS), *data])
    except csv.Error:
        return False
    # Lone surrogates become bytes that are not UTF-8: the import must say so.
    path.write_bytes(buffer.getvalue().encode("utf-8", errors="surrogatepass"))
    return True


def _cells(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _storable(text: str) -> bool:
    """Text a database can hold (exports read it from there): no lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def assert_inert(data: bytes) -> None:
    """No cell of the export starts like a formula, except plain numbers."""
    for row in _cells(data):
        for cell in row:
            if cell[:1] in FORMULA_STARTS and cell[:1]:
                assert NUMBER.fullmatch(cell), cell


def _counts(db) -> tuple[int, ...]:
    tables = ("trips", "trip_stops", "places", "employees", "org_units")
    return tuple(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)


def test_any_csv_file_is_imported_whole_or_refused_by_line(db, org, tmp_path):
    path = tmp_path / "resor.csv"
    imported_years: set[int] = set()

    @SETTINGS
    @given(data=rows(), delimiter=st.sampled_from([",", ";"]))
    def check(data, delimiter):
        assume(_write(path, data, delimiter))
        before = _counts(db)
        result = import_trips_csv(db, path, today=TODAY)
        if result.errors:
            assert _counts(db) == before  # nothing of a refused file remains
            for error in result.errors:
                assert error.line >= 1 and error.message.strip()
            return
        written = [row for row in data if "".join(row).strip()]
        assert result.imported == len(written)
        imported_years.update(int(row[0][:4]) for row in written)

    check()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert imported_years, "no file was ever accepted"
    for year in imported_years:
        data, _count = trips_csv(db, year)
        assert_inert(data)


@settings(max_examples=200, deadline=None)
@given(text=nasty_text(max_size=60).filter(lambda t: "\x00" not in t and _storable(t)))
def test_a_text_cell_never_starts_a_formula_and_reads_back(text):
    data = to_excel_csv(["Ändamål"], [[Text(text)]])
    assert_inert(data)
    header, row = _cells(data)
    assert header == ["Ändamål"]
    cell = row[0] if row else ""  # an empty line is an empty cell
    assert cell in (text, "'" + text)
    assert (cell != text) == text.startswith(FORMULA_STARTS)


def test_claim_exports_neutralise_what_employees_typed(db, org):
    stops = [org.place(db, "Fjugesta"), org.place(db, "Kumla")]

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(
        purpose=nasty_text(max_size=80),
        name=st.sampled_from(["=2+3", "+46", "@x", "-1", "\tTab", "Vanlig"]),
    )
    def check(purpose, name):
        number = str(5000 + len(db.execute("SELECT id FROM employees").fetchall()))
        employee = add_employee(db, number, name, org.cleaning.id)
        trip = Trip(date(2025, 3, 4), employee.id, org.cleaning.id, stops, 30.0, purpose=purpose)
        try:
            save_trip(db, trip, TODAY)
        except ValueError:
            return  # refused (control characters): covered by the trip entry test
        claim = build_claim(db, employee.id, "2025-03", name)
        for data, _count in (claim_lines_csv(db, claim.id), claims_csv(db, 2025)):
            assert_inert(data)

    check()

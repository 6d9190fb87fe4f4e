"""Importing trips from CSV: the whole file or nothing, every bad row named by its line."""

from datetime import date, time

import pytest

from resebok import cli
from resebok.core import csv_import
from resebok.core.csv_import import RowError, import_trips_csv
from resebok.core.db import open_database
from resebok.core.distance import suggest_km
from resebok.core.org import find_employee, find_unit
from resebok.core.places import find_place, load_gazetteer
from resebok.core.trips import get_trip

HEADER = "date,employee_number,employee_name,unit_code,from_place,to_place,km,mode,purpose,paid_on"
TIMED_HEADER = HEADER + ",start_time,end_time"
GOOD_ROW = "2021-03-01,1001,Anna Lind,LOK,Fjugesta,Kumla,31.5,own_car,Städning,2021-04-25"
TODAY = date(2021, 12, 31)


def write(tmp_path, *lines: str, encoding: str = "utf-8", name: str = "trips.csv"):
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def row(sep: str = ",", **changes: str) -> str:
    """GOOD_ROW with some columns replaced, as one CSV line (no quoting done here)."""
    values = dict(zip(HEADER.split(","), GOOD_ROW.split(","), strict=True))
    values.update(changes)
    return sep.join(values[name] for name in HEADER.split(","))


def counts(db) -> dict[str, int]:
    return {
        table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("trips", "trip_stops", "org_units", "employees", "places")
    }


def stored_trips(db) -> list[dict]:
    return list(db.query("SELECT * FROM trips ORDER BY date, start_time"))


# --- a good file -----------------------------------------------------------------------------


def test_good_file_with_bom_decimal_comma_times_and_quoted_purpose(db, org, tmp_path):
    path = tmp_path / "trips.csv"
    path.write_text(
        "\ufeff" + TIMED_HEADER + "\r\n"
        '2021-03-01,1001,Anna L,LOK,Fjugesta,Kumla,"12,5",own_car,"Möte, uppföljning",'
        "2021-04-25,08:00,09:30\r\n"
        "2021-03-02,3001,Cecilia Holm,IT,Kommunhuset Lekeberg,Nya förrådet,7.4,pool_car,"
        "Leverans,,,\r\n"
        "2021-03-03,2001,Bo Ek,ARK,Kumla,Örebro,0,public_transport,Arkivbesök,2021-04-25,"
        "7:05,\r\n",
        encoding="utf-8",
        newline="",
    )
    before = counts(db)

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == []
    assert result.ok
    assert result.imported == 3
    assert result.new_units == ["IT"] and result.created_units == 1
    assert result.new_employees == ["3001"] and result.created_employees == 1
    assert result.new_places == ["Nya förrådet"] and result.created_places == 1
    after = counts(db)
    assert after["trips"] == before["trips"] + 3
    assert after["trip_stops"] == before["trip_stops"] + 6

    first, second, third = stored_trips(db)
    assert first["km"] == 12.5
    assert first["purpose"] == "Möte, uppföljning"
    assert (first["start_time"], first["end_time"]) == ("08:00", "09:30")
    assert first["paid_on"] == "2021-04-25"
    assert first["unit_id"] == org.cleaning.id
    assert first["employee_id"] == org.cleaner.id
    assert first["route_text"] == "Fjugesta – Kumla"
    assert second["km"] == 7.4
    assert (second["start_time"], second["end_time"], second["paid_on"]) == (None, None, None)
    assert third["start_time"] == "07:05" and third["end_time"] is None
    assert third["mode"] == "public_transport" and third["km"] == 0

    trip = get_trip(db, first["id"])
    assert trip is not None
    assert trip.stop_ids == [org.place(db, "Fjugesta"), org.place(db, "Kumla")]
    assert trip.start_time == time(8, 0)


def test_a_known_employee_keeps_their_data_and_new_ones_get_the_rows_unit(db, org, tmp_path):
    path = write(
        tmp_path,
        HEADER,
        row(employee_name="Anna Andersson", unit_code="ARK"),
        row(employee_number="3001", employee_name="Cecilia Holm", unit_code="IT"),
    )

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == []
    cleaner = find_employee(db, "1001")
    assert (cleaner.name, cleaner.unit_id) == ("Anna Lind", org.cleaning.id)
    # the trip is still charged to the unit that the row names
    charged = {t["employee_id"]: t["unit_id"] for t in stored_trips(db)}
    assert charged[org.cleaner.id] == org.archive.id
    new_unit = find_unit(db, "IT")
    assert new_unit is not None
    assert (new_unit.name, new_unit.kind, new_unit.parent_id, new_unit.kostnadsstalle) == (
        "IT",
        "unit",
        org.municipality.id,
        "",
    )
    newcomer = find_employee(db, "3001")
    assert (newcomer.name, newcomer.unit_id) == ("Cecilia Holm", new_unit.id)


def test_new_unit_has_no_parent_without_exactly_one_municipality(db, tmp_path):
    path = write(tmp_path, HEADER, row(employee_number="9", employee_name="Ny", unit_code="X1"))

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == []
    assert find_unit(db, "X1").parent_id is None


def test_places_and_unit_codes_match_regardless_of_case(db, org, tmp_path):
    path = write(
        tmp_path, HEADER, row(from_place="fjugesta", to_place="  ÖREBRO ", unit_code="lok")
    )
    before = counts(db)

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == [] and result.new_places == [] and result.new_units == []
    assert counts(db)["places"] == before["places"]
    (trip,) = stored_trips(db)
    assert trip["route_text"] == "Fjugesta – Örebro"
    assert trip["unit_id"] == org.cleaning.id


def test_an_empty_unit_code_charges_the_employees_own_unit(db, org, tmp_path):
    path = write(tmp_path, HEADER, row(employee_number="2001", unit_code=""))

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == []
    assert stored_trips(db)[0]["unit_id"] == org.archive.id


def test_unknown_columns_blank_lines_and_empty_spreadsheet_rows_are_ignored(db, org, tmp_path):
    path = write(
        tmp_path,
        "comment," + HEADER,
        "anything," + GOOD_ROW,
        "",
        ",,,,,,,,,,",
        "more," + row(date="2021-03-02"),
    )

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == []
    assert result.imported == 2


def test_semicolon_files_from_a_swedish_excel_are_read(db, org, tmp_path):
    path = write(tmp_path, HEADER.replace(",", ";"), row(";", km="12,5"))

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == []
    assert stored_trips(db)[0]["km"] == 12.5


def test_own_car_km_far_from_the_suggestion_is_flagged(db, org, tmp_path):
    path = write(
        tmp_path,
        HEADER,
        row(from_place="Fjugesta", to_place="Örebro", km="60"),
        row(from_place="Örebro", to_place="Fjugesta", km="30", date="2021-03-02"),
        row(from_place="Fjugesta", to_place="Örebro", km="60", mode="public_transport"),
    )
    expected = suggest_km(db, [org.place(db, "Fjugesta"), org.place(db, "Örebro")]).km

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == []
    assert result.flagged == 1
    trips = {(t["km"], t["mode"]): t for t in stored_trips(db)}
    assert trips[(60.0, "own_car")]["km_flagged"] == 1
    assert trips[(30.0, "own_car")]["km_flagged"] == 0
    assert trips[(60.0, "public_transport")]["km_flagged"] == 0
    assert {t["suggested_km"] for t in trips.values()} == {expected}


# --- bad rows --------------------------------------------------------------------------------

BAD_ROWS = [
    (row(date="2021-13-01"), "ogiltigt datum '2021-13-01', ange ÅÅÅÅ-MM-DD"),
    (row(date="2021/03/01"), "ogiltigt datum '2021/03/01', ange ÅÅÅÅ-MM-DD"),
    (row(date="1999-12-31"), "datumet 1999-12-31 ligger före 2000-01-01"),
    (row(date="2023-01-02", paid_on=""), "datumet 2023-01-02 ligger mer än ett år fram i tiden"),
    (row(km="tolv"), "km 'tolv' är inte ett tal"),
    (row(km="nan"), "km 'nan' är inte ett tal"),
    (row(km=""), "km saknas"),
    (row(km="-5"), "km kan inte vara negativt (-5)"),
    (row(km="0"), "km måste vara mer än 0 för egen bil och kommunbil"),
    (row(km='"0,0"', mode="pool_car"), "km måste vara mer än 0 för egen bil och kommunbil"),
    (row(km='"3000,1"'), "över 3000 km för en resa (3000,1) – kontrollera antalet"),
    (
        row(mode="bil"),
        "okänt färdsätt 'bil', ange ett av: own_car, pool_car, public_transport, walk_cycle, "
        "digital",
    ),
    (row(employee_number=""), "anställningsnummer saknas (employee_number)"),
    (
        row(employee_number="4711", employee_name=""),
        "namn saknas för den nya anställda 4711 (employee_name)",
    ),
    (row(from_place=""), "från-plats saknas (from_place)"),
    (row(to_place=" "), "till-plats saknas (to_place)"),
    (row(from_place="Kumla", to_place="kumla"), "från- och till-plats är samma plats ('Kumla')"),
    (row(paid_on="2021-02-30"), "ogiltigt utbetalningsdatum '2021-02-30', ange ÅÅÅÅ-MM-DD"),
    (
        row(paid_on="2021-02-28"),
        "utbetalningsdatumet 2021-02-28 ligger före resans datum 2021-03-01",
    ),
    (row(purpose="x" * 501), "ändamålet har 501 tecken, högst 500 är tillåtet"),
    (
        row(employee_number="4711", employee_name="Ny Person", unit_code=""),
        "enhetskod saknas (unit_code)",
    ),
]


@pytest.mark.parametrize(("bad_row", "message"), BAD_ROWS)
def test_a_bad_row_is_reported_with_its_line_and_nothing_is_imported(
    db, org, tmp_path, bad_row, message
):
    path = write(tmp_path, HEADER, GOOD_ROW, bad_row, row(date="2021-03-05"))
    before = counts(db)

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == [RowError(3, message)]
    assert result.imported == 0
    assert counts(db) == before


BAD_TIMES = [
    ("8.00", "09:00", "ogiltig starttid '8.00', ange TT:MM"),
    ("08:00", "24:00", "ogiltig sluttid '24:00', ange TT:MM"),
    ("08:60", "", "ogiltig starttid '08:60', ange TT:MM"),
    ("08:00:00", "", "ogiltig starttid '08:00:00', ange TT:MM"),
    ("10:00", "09:59", "sluttiden 09:59 måste vara efter starttiden 10:00"),
    ("10:00", "10:00", "sluttiden 10:00 måste vara efter starttiden 10:00"),
]


@pytest.mark.parametrize(("start", "end", "message"), BAD_TIMES)
def test_bad_times_are_reported(db, org, tmp_path, start, end, message):
    path = write(tmp_path, TIMED_HEADER, GOOD_ROW + ",08:00,09:00", f"{GOOD_ROW},{start},{end}")

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == [RowError(3, message)]
    assert counts(db)["trips"] == 0


def test_zero_km_is_fine_for_a_digital_meeting_or_a_walk(db, org, tmp_path):
    path = write(tmp_path, HEADER, row(km="0", mode="digital"), row(km="0", mode="walk_cycle"))

    assert import_trips_csv(db, path, today=TODAY).imported == 2


def test_every_problem_of_a_row_is_named_in_one_error(db, org, tmp_path):
    path = write(tmp_path, HEADER, row(date="igår", km="-1", mode="flyg"))

    (error,) = import_trips_csv(db, path, today=TODAY).errors

    assert error.line == 2
    assert "ogiltigt datum 'igår'" in error.message
    assert "negativt" in error.message
    assert "okänt färdsätt 'flyg'" in error.message


def test_one_bad_row_among_good_ones_leaves_no_trip_unit_place_or_employee(db, org, tmp_path):
    new_things = row(
        employee_number="3001",
        employee_name="Cecilia Holm",
        unit_code="IT",
        to_place="Nya förrådet",
    )
    lines = [HEADER] + [new_things] * 50 + [row(km="mycket")] + [GOOD_ROW] * 50
    path = write(tmp_path, *lines)
    before = counts(db)

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == [RowError(52, "km 'mycket' är inte ett tal")]
    assert result.imported == 0
    assert (result.new_units, result.new_employees, result.new_places) == ([], [], [])
    assert counts(db) == before
    assert find_unit(db, "IT") is None
    assert find_employee(db, "3001") is None
    assert find_place(db, "Nya förrådet") is None


def test_rejection_after_a_written_batch_still_leaves_nothing(db, org, tmp_path, monkeypatch):
    monkeypatch.setattr(csv_import, "BATCH_SIZE", 3)
    path = write(tmp_path, HEADER, *[GOOD_ROW] * 10, row(mode="?"))
    before = counts(db)

    result = import_trips_csv(db, path, today=TODAY)

    assert [e.line for e in result.errors] == [12]
    assert counts(db) == before


def test_every_rejected_row_is_reported(db, org, tmp_path):
    path = write(tmp_path, HEADER, GOOD_ROW, row(km="x"), GOOD_ROW, row(mode="x"), row(date="x"))

    result = import_trips_csv(db, path, today=TODAY)

    assert [e.line for e in result.errors] == [3, 5, 6]


def test_line_numbers_count_the_lines_inside_quoted_fields(db, org, tmp_path):
    multiline = row(purpose='"Möte\nmed\nrektor, om lokaler"')
    path = write(tmp_path, HEADER, multiline, GOOD_ROW, "", row(km="x"))

    result = import_trips_csv(db, path, today=TODAY)

    # header 1, the quoted purpose spans 2-4, good row 5, blank 6, bad row 7
    assert [e.line for e in result.errors] == [7]


def test_a_row_with_too_many_fields_hints_at_quoting(db, org, tmp_path):
    path = write(tmp_path, HEADER, GOOD_ROW, row(purpose="Möte, uppföljning"))

    (error,) = import_trips_csv(db, path, today=TODAY).errors

    assert error.line == 3
    assert "raden har 11 fält men rubrikraden 10" in error.message
    assert "citattecken" in error.message


def test_a_row_with_too_few_fields_is_rejected(db, org, tmp_path):
    path = write(tmp_path, HEADER, "2021-03-01,1001,Anna Lind")

    (error,) = import_trips_csv(db, path, today=TODAY).errors

    assert error.line == 2 and "raden har 3 fält men rubrikraden 10" in error.message


def test_a_stray_quote_stops_the_import_at_its_line(db, org, tmp_path):
    path = write(tmp_path, HEADER, GOOD_ROW, row(purpose='"Möte" med rektor'), GOOD_ROW)

    result = import_trips_csv(db, path, today=TODAY)

    (error,) = result.errors
    assert error.line == 3 and error.message.startswith("felaktig CSV")
    assert counts(db)["trips"] == 0


# --- bad files -------------------------------------------------------------------------------


def test_a_file_that_is_not_utf8_gives_one_clear_error(db, org, tmp_path):
    path = write(
        tmp_path, HEADER, row(purpose="Stadning"), row(to_place="Örebro"), encoding="cp1252"
    )
    before = counts(db)

    result = import_trips_csv(db, path, today=TODAY)

    (error,) = result.errors
    assert error.line == 3
    assert "UTF-8" in error.message
    assert counts(db) == before


def test_missing_columns_are_named_on_line_1(db, org, tmp_path):
    header = HEADER.replace(",paid_on", "").replace("km,", "")
    path = write(tmp_path, header, "2021-03-01,1001,Anna Lind,LOK,Fjugesta,Kumla,own_car,Möte")

    (error,) = import_trips_csv(db, path, today=TODAY).errors

    assert error.line == 1
    assert error.message.startswith("kolumner saknas i rubrikraden: km, paid_on")


def test_a_column_given_twice_is_rejected(db, org, tmp_path):
    path = write(tmp_path, HEADER + ",km", GOOD_ROW + ",3")

    (error,) = import_trips_csv(db, path, today=TODAY).errors

    assert error == RowError(1, "kolumner förekommer mer än en gång: km")


def test_an_empty_file_is_reported(db, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == [RowError(1, "filen är tom; första raden ska vara rubrikraden")]


def test_a_header_without_rows_is_reported(db, tmp_path):
    path = write(tmp_path, "\ufeff" + HEADER, "")

    result = import_trips_csv(db, path, today=TODAY)

    assert result.errors == [RowError(1, "filen innehåller inga resor, bara rubrikraden")]
    assert result.imported == 0


# --- dry run and cancelling ------------------------------------------------------------------


def test_a_dry_run_tells_what_would_be_created_and_writes_nothing(db, org, tmp_path):
    path = write(tmp_path, HEADER, GOOD_ROW, row(unit_code="IT", to_place="Nya förrådet"))
    before = counts(db)

    result = import_trips_csv(db, path, today=TODAY, dry_run=True)

    assert result.dry_run and result.imported == 2
    assert (result.new_units, result.new_places) == (["IT"], ["Nya förrådet"])
    assert counts(db) == before


def test_cancelling_from_the_progress_callback_writes_nothing(db, org, tmp_path, monkeypatch):
    monkeypatch.setattr(csv_import, "PROGRESS_EVERY", 2)
    monkeypatch.setattr(csv_import, "BATCH_SIZE", 1)
    path = write(tmp_path, HEADER, *[GOOD_ROW] * 5)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    result = import_trips_csv(db, path, today=TODAY, progress=progress)

    assert result.cancelled and not result.ok
    assert result.imported == 0 and result.errors == []
    assert counts(db)["trips"] == 0
    assert calls[0][1] == path.stat().st_size


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "resebok.db"
    database = open_database(path)
    load_gazetteer(database)
    database.close()
    return path


def test_cli_imports_a_good_file(tmp_path, db_path, capsys):
    path = write(tmp_path, HEADER, GOOD_ROW, row(date="2021-03-02"))

    code = cli.main(["import", str(path), "--db", str(db_path)])

    out, err = capsys.readouterr()
    assert code == 0, err
    assert "2 resor importerades" in out
    database = open_database(db_path)
    assert database.execute("SELECT COUNT(*) FROM trips").fetchone()[0] == 2
    database.close()


def test_cli_reports_rejected_rows_and_imports_nothing(tmp_path, db_path, capsys):
    path = write(tmp_path, HEADER, GOOD_ROW, row(date="2021-13-01"), row(mode="bil"))

    code = cli.main(["import", str(path), "--db", str(db_path)])

    out, err = capsys.readouterr()
    assert code == 1
    assert "rad 3: ogiltigt datum '2021-13-01', ange ÅÅÅÅ-MM-DD" in err
    assert "rad 4: okänt färdsätt 'bil'" in err
    assert "Inget importerades" in err
    assert "importerades." not in out
    database = open_database(db_path)
    assert database.execute("SELECT COUNT(*) FROM trips").fetchone()[0] == 0
    assert database.execute("SELECT COUNT(*) FROM org_units").fetchone()[0] == 0
    database.close()

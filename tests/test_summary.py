"""The yearly own-car summary per unit, in the core and on the command line."""

import json
from datetime import date

from resebok import cli
from resebok.core.db import open_database
from resebok.core.models import Mode, Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.places import find_place, load_gazetteer
from resebok.core.summary import trip_year_range, yearly_unit_summary
from resebok.core.trips import save_trip

TODAY = date(2022, 6, 30)


def log(db, org, day: str, unit, km: float, mode: Mode = Mode.OWN_CAR, employee=None) -> None:
    employee = employee or org.cleaner
    save_trip(
        db,
        Trip(
            date=date.fromisoformat(day),
            employee_id=employee.id,
            unit_id=unit.id,
            stop_ids=[org.place(db, "Fjugesta"), org.place(db, "Kumla")],
            km=km,
            mode=mode,
        ),
        today=TODAY,
    )


def test_own_car_km_per_charged_unit_for_the_year(db, org):
    log(db, org, "2021-01-01", org.cleaning, 12.3)
    log(db, org, "2021-12-31", org.cleaning, 20.0)
    log(db, org, "2021-06-15", org.archive, 45.6, employee=org.archivist)
    # the archivist's trip charged to the cleaning unit counts for the cleaning unit
    log(db, org, "2021-06-16", org.cleaning, 5.1, employee=org.archivist)
    # not counted: other modes, other years
    log(db, org, "2021-03-01", org.cleaning, 99.0, Mode.POOL_CAR)
    log(db, org, "2021-03-01", org.archive, 99.0, Mode.PUBLIC_TRANSPORT)
    log(db, org, "2021-03-01", org.department, 0.0, Mode.DIGITAL)
    log(db, org, "2020-12-31", org.cleaning, 77.0)
    log(db, org, "2022-01-01", org.archive, 77.0)

    summary = yearly_unit_summary(db, 2021)

    assert summary == {
        "year": 2021,
        "total_km": 83.0,
        "units": [
            {"code": "ARK", "name": "Sydnärke arkivenhet", "km": 45.6, "trips": 1},
            {"code": "LOK", "name": "Lokalvårdsenheten", "km": 37.4, "trips": 3},
        ],
    }


def test_total_equals_the_sum_of_the_units(db, org):
    for day, km in [("2021-02-01", 0.1), ("2021-02-02", 0.2), ("2021-02-03", 0.4)]:
        log(db, org, day, org.cleaning, km)
        log(db, org, day, org.archive, km * 3, employee=org.archivist)

    summary = yearly_unit_summary(db, 2021)

    units_km = [unit["km"] for unit in summary["units"]]
    assert units_km == [2.1, 0.7]
    assert summary["total_km"] == round(sum(units_km), 1) == 2.8


def test_units_with_equal_km_are_ordered_by_code(db, org):
    extra = add_unit(db, "AAA", "Annan enhet", "unit", org.department.id)
    log(db, org, "2021-05-01", org.cleaning, 10.0)
    log(db, org, "2021-05-01", extra, 10.0)
    log(db, org, "2021-05-01", org.archive, 10.0, employee=org.archivist)

    codes = [unit["code"] for unit in yearly_unit_summary(db, 2021)["units"]]

    assert codes == ["AAA", "ARK", "LOK"]


def test_a_year_without_own_car_trips_is_empty(db, org):
    log(db, org, "2021-05-01", org.cleaning, 10.0, Mode.POOL_CAR)

    assert yearly_unit_summary(db, 2021) == {"year": 2021, "total_km": 0.0, "units": []}


def test_trip_year_range(db, org):
    assert trip_year_range(db) is None
    log(db, org, "2019-05-01", org.cleaning, 1.0, Mode.WALK_CYCLE)
    log(db, org, "2021-05-01", org.cleaning, 10.0)

    assert trip_year_range(db) == (2019, 2021)


def test_cli_summary_as_json(tmp_path, capsys):
    db_path = tmp_path / "resebok.db"
    db = open_database(db_path)
    load_gazetteer(db)
    unit = add_unit(db, "LOK", "Lokalvårdsenheten", "unit")
    cleaner = add_employee(db, "1001", "Anna Lind", unit.id)
    stops = [find_place(db, "Fjugesta").id, find_place(db, "Hallsberg").id]
    for day, km, mode in [
        ("2021-03-01", 25.5, Mode.OWN_CAR),
        ("2021-03-02", 26.0, Mode.OWN_CAR),
        ("2021-03-03", 26.0, Mode.POOL_CAR),
    ]:
        save_trip(
            db,
            Trip(date.fromisoformat(day), cleaner.id, unit.id, stops, km, mode),
            today=TODAY,
        )
    db.close()

    code = cli.main(["summary", "--year", "2021", "--by", "unit", "--json", "--db", str(db_path)])

    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out) == {
        "year": 2021,
        "total_km": 51.5,
        "units": [{"code": "LOK", "name": "Lokalvårdsenheten", "km": 51.5, "trips": 2}],
    }

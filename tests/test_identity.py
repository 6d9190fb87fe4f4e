"""Who the user is: the staff list read without touching the file, and adding oneself."""

import pytest

from resebok.core.db import open_database
from resebok.core.identity import (
    NewEmployee,
    read_directory,
    register_employee,
    validate_new_employee,
)
from resebok.core.org import add_employee, add_unit, find_employee, get_unit
from resebok.core.places import get_place


@pytest.fixture
def org_file(tmp_path):
    path = tmp_path / "org.sqlite"
    db = open_database(path)
    unit = add_unit(db, "LOK", "Lokalvårdsenheten", "unit")
    add_employee(db, "1001", "Anna Lind", unit.id)
    db.close()
    return path


def test_a_missing_database_is_an_empty_organisation_and_is_not_created(tmp_path):
    path = tmp_path / "new" / "resebok.sqlite"
    directory = read_directory(path)
    assert not directory.exists and directory.employees == () and directory.units == ()
    assert "Fjugesta" in directory.places  # the shipped gazetteer, for the home place
    assert not path.parent.exists()


def test_existing_database_is_read_without_writing(org_file):
    before = org_file.stat().st_mtime_ns
    directory = read_directory(org_file)
    assert [(e.number, e.name, e.unit_name) for e in directory.employees] == [
        ("1001", "Anna Lind", "Lokalvårdsenheten")
    ]
    assert directory.employees[0].matches("lokal") and not directory.employees[0].matches("Bo")
    assert org_file.stat().st_mtime_ns == before


def test_unreadable_database_is_reported_in_swedish(tmp_path):
    path = tmp_path / "trasig.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    directory = read_directory(path)
    assert directory.exists and directory.problem.startswith("Databasen kunde inte")


def test_bad_details_get_a_message_per_field(org_file):
    directory = read_directory(org_file)
    problems = validate_new_employee(
        NewEmployee(name="A", number="1001", commute_km="tolv"), directory
    )
    assert set(problems.by_field) == {"name", "number", "unit", "commute_km"}
    assert "Anna Lind" in problems.by_field["number"]
    problems = validate_new_employee(
        NewEmployee("Bo Ek", "2 001!", new_unit_name="Arkivet", commute_km="12,5"), directory
    )
    assert set(problems.by_field) == {"number", "home_place"}  # a commute needs a home
    problems = validate_new_employee(
        NewEmployee("Bo Ek", "2001", new_unit_name="Arkivet", commute_km="-3"), directory
    )
    assert set(problems.by_field) == {"commute_km"}


def test_registering_adds_the_employee_with_a_new_unit_and_home(tmp_path):
    db = open_database(tmp_path / "ny.sqlite")
    details = NewEmployee(
        "  Bo   Ek ",
        "2001",
        new_unit_name="Sydnärke arkivenhet",
        home_place="Kumla",
        commute_km="28,5",
    )
    assert not validate_new_employee(details, read_directory(tmp_path / "ny.sqlite"))
    employee = register_employee(db, details)
    stored = find_employee(db, "2001")
    assert stored == employee and stored.name == "Bo Ek" and stored.commute_km == 28.5
    assert get_unit(db, stored.unit_id).name == "Sydnärke arkivenhet"
    home = get_place(db, stored.home_place_id)
    assert home.name == "Kumla" and home.has_position  # the gazetteer was loaded first
    with pytest.raises(ValueError, match="finns redan"):
        register_employee(db, details)
    second = register_employee(db, NewEmployee("Cia Ek", "2002", new_unit_name="Sydnärke ark"))
    assert get_unit(db, second.unit_id).code != get_unit(db, stored.unit_id).code

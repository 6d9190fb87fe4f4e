"""Who the user is in the organisation: what the first-run wizard shows and what it adds.

The wizard must leave nothing behind when it is cancelled, so it only *reads* the database
(read-only, never creating the file) until the user presses "Slutför"; then
``register_employee`` writes the new employee in one transaction.
"""

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from resebok.core.db import open_database
from resebok.core.models import Employee
from resebok.core.org import add_employee, add_unit, find_employee, unit_tree_order
from resebok.core.paths import same_file
from resebok.core.places import (
    get_or_create_place,
    load_gazetteer,
    read_gazetteer,
    swedish_sort_key,
)
from resebok.core.user_config import UserConfig

MAX_COMMUTE_KM = 300.0
MAX_NUMBER_LENGTH = 20
NUMBER_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-]*$")


@dataclass(frozen=True)
class EmployeeEntry:
    id: int
    number: str
    name: str
    unit_name: str

    def matches(self, text: str) -> bool:
        needle = text.strip().casefold()
        return not needle or any(
            needle in value.casefold() for value in (self.name, self.number, self.unit_name)
        )


@dataclass(frozen=True)
class UnitEntry:
    id: int
    name: str
    depth: int


@dataclass(frozen=True)
class Directory:
    """A snapshot of the organisation in a database file, read without changing the file."""

    path: Path
    exists: bool
    employees: tuple[EmployeeEntry, ...] = ()
    units: tuple[UnitEntry, ...] = ()
    places: tuple[str, ...] = ()
    problem: str | None = None  # why the file could not be read, in Swedish

    def employee_by_number(self, number: str) -> EmployeeEntry | None:
        return next((e for e in self.employees if e.number == number.strip()), None)

    def unit_by_name(self, name: str) -> UnitEntry | None:
        folded = name.strip().casefold()
        return next((u for u in self.units if u.name.casefold() == folded), None)


def _casefold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


def _gazetteer_names() -> list[str]:
    return [row["name"] for row in read_gazetteer()]


def read_directory(path: Path) -> Directory:
    """Employees, units and places in *path*; a missing file is an empty organisation."""
    gazetteer = _gazetteer_names()
    if not path.is_file():
        return Directory(path, False, places=tuple(sorted(gazetteer, key=swedish_sort_key)))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return Directory(path, True, problem=f"Databasen kunde inte öppnas: {exc}")
    try:
        conn.create_function("casefold", 1, _casefold, deterministic=True)
        db = Database(conn)
        employees = tuple(
            EmployeeEntry(row["id"], row["number"], row["name"], row["unit_name"] or "")
            for row in db.query(
                "SELECT e.id, e.number, e.name, u.name AS unit_name FROM employees e "
                "LEFT JOIN org_units u ON u.id = e.unit_id ORDER BY e.name"
            )
        )
        units = tuple(UnitEntry(unit.id, unit.name, depth) for depth, unit in unit_tree_order(db))
        names = {row["name"] for row in db.query("SELECT name FROM places")}
    except sqlite3.Error as exc:
        return Directory(path, True, problem=f"Databasen kunde inte läsas: {exc}")
    finally:
        conn.close()
    employees = tuple(sorted(employees, key=lambda e: swedish_sort_key(e.name)))
    places = tuple(sorted(names | set(gazetteer), key=swedish_sort_key))
    return Directory(path, True, employees, units, places)


@dataclass(frozen=True)
class NewEmployee:
    """The details a new user types in; text as typed, checked by ``validate_new_employee``."""

    name: str
    number: str
    unit_id: int | None = None  # an existing unit, or
    new_unit_name: str = ""  # a unit to create (a new, empty database has none)
    home_place: str = ""
    commute_km: str = ""

    def commute(self) -> float:
        text = self.commute_km.strip().replace(",", ".").replace(" ", "")
        return float(text) if text else 0.0


@dataclass
class Problems:
    """Swedish messages per field ("name", "number", "unit", "home_place", "commute_km")."""

    by_field: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_field)

    def add(self, name: str, message: str) -> None:
        self.by_field.setdefault(name, message)

    def first(self) -> str:
        return next(iter(self.by_field.values()), "")


def validate_new_employee(details: NewEmployee, directory: Directory) -> Problems:
    problems = Problems()
    name = " ".join(details.name.split())
    if len(name) < 2:
        problems.add("name", "Skriv ditt namn (för- och efternamn).")
    number = details.number.strip()
    if not number:
        problems.add("number", "Skriv ditt anställningsnummer (det står på lönebeskedet).")
    elif len(number) > MAX_NUMBER_LENGTH or not NUMBER_PATTERN.match(number):
        problems.add(
            "number",
            f"Anställningsnumret får bara innehålla siffror, bokstäver och bindestreck "
            f"(högst {MAX_NUMBER_LENGTH} tecken).",
        )
    else:
        taken = directory.employee_by_number(number)
        if taken is not None:
            problems.add(
                "number",
                f"Anställningsnummer {number} finns redan ({taken.name}). "
                "Gå tillbaka och välj dig själv i listan i stället.",
            )
    if details.unit_id is None:
        if not details.new_unit_name.strip():
            problems.add("unit", "Välj din enhet, eller skriv enhetens namn.")
    elif not any(unit.id == details.unit_id for unit in directory.units):
        problems.add("unit", "Enheten finns inte längre i databasen. Välj en annan.")
    try:
        km = details.commute()
    except ValueError:
        problems.add("commute_km", "Skriv avståndet i km med siffror, t.ex. 12 eller 12,5.")
    else:
        if not 0 <= km <= MAX_COMMUTE_KM:
            problems.add("commute_km", f"Avståndet ska vara mellan 0 och {MAX_COMMUTE_KM:.0f} km.")
        elif km > 0 and not details.home_place.strip():
            problems.add("home_place", "Ange din hemort: avståndet till jobbet räknas från den.")
    return problems


def _unit_code(db: Database, name: str) -> str:
    """A short, unique code for a unit created from its name ("Lokalvård" -> "LOKALV")."""
    letters = "".join(ch for ch in name.upper() if ch.isalnum())[:6] or "ENHET"
    code, suffix = letters, 2
    while list(db.query("SELECT 1 FROM org_units WHERE code = ?", [code])):
        code, suffix = f"{letters}{suffix}", suffix + 1
    return code


def register_employee(db: Database, details: NewEmployee) -> Employee:
    """Add the user as an employee (and their unit, when new) in one transaction.

    Checked again against the live database, since someone may have added the same number
    since the wizard read its snapshot. Raises ValueError with a Swedish message.
    """
    with db.atomic():
        if not list(db.query("SELECT 1 FROM places LIMIT 1")):
            load_gazetteer(db)  # a new database: home places get the shipped coordinates
        number = details.number.strip()
        existing = find_employee(db, number)
        if existing is not None:
            raise ValueError(f"Anställningsnummer {number} finns redan ({existing.name}).")
        unit_id = details.unit_id
        if unit_id is None:
            name = " ".join(details.new_unit_name.split())
            if not name:
                raise ValueError("Välj din enhet, eller skriv enhetens namn.")
            unit_id = add_unit(db, _unit_code(db, name), name, "unit").id
        home = details.home_place.strip()
        home_id = get_or_create_place(db, home).id if home else None
        return add_employee(
            db, number, " ".join(details.name.split()), unit_id, home_id, None, details.commute()
        )


def configured_employee(
    db: Database, db_path: Path | None, config: UserConfig | None
) -> int | None:
    """The user's own employee id in *db*, when the configuration's identity belongs to it.

    Another database (the demo, a copy) may well have an employee with the same number who is
    someone else, so the identity only applies to the database it was set up with.
    """
    if config is None or config.employee_number is None or db_path is None:
        return None
    if not same_file(db_path, config.db_path):
        return None
    employee = find_employee(db, config.employee_number)
    return employee.id if employee is not None else None


def ensure_demo_database(path: Path) -> bool:
    """Build the demo municipality at *path* unless it is already there; True when built."""
    from resebok.core.demo import build_demo

    if path.is_file():
        return False
    db = open_database(path)
    try:
        build_demo(db)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    db.close()
    return True

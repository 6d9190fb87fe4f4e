"""A small database file for the tests of opening, backing up and starting on a file."""

from datetime import date
from pathlib import Path

from resebok.core.db import open_database
from resebok.core.models import Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.places import find_place, load_gazetteer
from resebok.core.trips import save_trip

TODAY = date(2025, 4, 20)


def one_employee_file(path: Path, trip_days: tuple[int, ...] = (3,)) -> Path:
    """Lekebergs kommun with Anna Lind and her trips Fjugesta–Kumla (33 km) on these days of
    March 2025, closed again."""
    db = open_database(path)
    load_gazetteer(db)
    muni = add_unit(db, "LEK", "Lekebergs kommun", "municipality", None, "1000")
    anna = add_employee(db, "1001", "Anna Lind", muni.id)
    stops = [find_place(db, "Fjugesta").id, find_place(db, "Kumla").id]
    for day in trip_days:
        save_trip(db, Trip(date(2025, 3, day), anna.id, muni.id, stops, 33.0), TODAY)
    db.close()
    return path

"""File databases and child processes for the kill and two-instance tests.

The child (tests/reliability_child.py) runs a real operation on a real file; the parent kills it
with SIGKILL when it reports (a marker file) that it is in the middle of the work, or after a
random pause, and then checks the file as the next start of Resebok would find it.
"""

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from resebok.core.claims import approve_claim, build_claim, submit_claim
from resebok.core.db import open_database
from resebok.core.models import Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.places import find_place, load_gazetteer
from resebok.core.trips import save_trip

CHILD = Path(__file__).with_name("reliability_child.py")
TODAY = date(2025, 4, 20)
ROUTE = ("Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg")


def build_file_db(path: Path, employees: int = 2) -> list[int]:
    """A small municipality in a file; returns the employees' ids (numbers 1001, 1002, …)."""
    db = open_database(path)
    load_gazetteer(db)
    muni = add_unit(db, "LEK", "Lekebergs kommun", "municipality", None, "1000")
    unit = add_unit(db, "LOK", "Lokalvårdsenheten", "unit", muni.id, "1115")
    home = find_place(db, "Fjugesta")
    ids = [
        add_employee(db, str(1001 + n), f"Anställd {n + 1}", unit.id, home.id, home.id, 0.0).id
        for n in range(employees)
    ]
    db.close()
    return ids


def start_child(*args: object) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(path: Path, child: subprocess.Popen, timeout: float = 60.0) -> None:
    """Wait until the child created *path*; fail with its stderr when it died first."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if child.poll() is not None:
            raise AssertionError(f"the child ended before {path.name}: {child.stderr.read()}")
        if time.monotonic() > deadline:
            child.kill()
            raise AssertionError(f"no {path.name} within {timeout} s")
        time.sleep(0.01)


def kill(child: subprocess.Popen) -> tuple[str, str]:
    """SIGKILL: no Python clean-up, no SQLite rollback, as when the power or the OS ends it."""
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    return out, err


def integrity(path: Path) -> str:
    """PRAGMA integrity_check as the next start would see the file (recovering the WAL)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def write_trips_csv(path, rows: int) -> None:
    """*rows* own-car trips of 2024 by 40 employees and to one place the database lacks."""
    places = ["Fjugesta", "Hagaskolan", "Kommunhuset Lekeberg", "Örebro", "Ny plats i filen"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["date", "employee_number", "employee_name", "unit_code", "from_place", "to_place",
             "km", "mode", "purpose", "paid_on"]
        )  # fmt: skip
        for n in range(rows):
            a, b = random.Random(n).sample(places, 2)
            number = 5000 + n % 40  # 40 employees that the database does not know yet
            writer.writerow(
                [f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", number, f"Ny anställd {number}",
                 "LOK", a, b, f"{5 + n % 50},5", "own_car", f"import {n}", ""]
            )  # fmt: skip


def approved_claims(path, employee_ids) -> list[str]:
    """Three March 2025 trips and an approved claim for each employee: ready for payroll."""
    db = open_database(path)
    stops = [find_place(db, name).id for name in ROUTE]
    claims = []
    for employee_id in employee_ids:
        for day in (3, 10, 17):
            save_trip(db, Trip(date(2025, 3, day), employee_id, 2, stops, 12.0), TODAY)
        claim = build_claim(db, employee_id, "2025-03", "Anställd")
        submit_claim(db, claim.id, "Anställd")
        approve_claim(db, claim.id, "Chefen")
        claims.append(claim.id)
    db.close()
    return claims

"""A child process that runs one real Resebok operation on a file database, to be killed.

Usage: reliability_child.py OPERATION DB [ARGS …] — see OPERATIONS. ``--pause-at SQL N MARKER``
creates MARKER and then sleeps when the N-th statement starting with SQL is about to run (the
parent kills it there, in the middle of the transaction); ``--marker-at SQL MARKER`` creates
MARKER at the first such statement and goes on working (the parent kills it at a random
moment after). Saved trips are printed one id per line, flushed, once their save returned.
"""

import argparse
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from resebok.core import csv_import
from resebok.core.claims import build_claim, submit_claim
from resebok.core.db import open_database
from resebok.core.models import Trip
from resebok.core.paxml import export_paxml_to_file
from resebok.core.places import find_place
from resebok.core.trips import get_trip, save_trip

TODAY = date(2025, 4, 20)
ROUTE = ("Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg")


def _watch(db, prefix: str, count: int, marker: Path, pause: bool) -> None:
    seen = [0]

    def trace(statement: str) -> None:
        if statement.lstrip().upper().startswith(prefix.upper()):
            seen[0] += 1
            if seen[0] == count:
                marker.touch()
                if pause:
                    time.sleep(60)

    db.conn.set_trace_callback(trace)


def _stops(db) -> list[int]:
    return [find_place(db, name).id for name in ROUTE]


def save_loop(db, args) -> None:
    """Save trips one by one (each its own transaction) until killed or done."""
    employee_id = int(args.extra[0])
    total = int(args.extra[1])
    stops = _stops(db)
    go = Path(args.extra[2]) if len(args.extra) > 2 else None
    while go is not None and not go.exists():
        time.sleep(0.005)
    for number in range(total):
        day = date(2025, 3, 1 + number % 28)
        trip = Trip(day, employee_id, 2, stops, 10.0 + number % 7, purpose=f"resa {number}")
        saved = save_trip(db, trip, TODAY)
        print(saved.id, flush=True)


def save_and_claim(db, args) -> None:
    """Save trips, then build and submit the month's claim: audit entries from two writers."""
    save_loop(db, args)
    employee_id = int(args.extra[0])
    claim = build_claim(db, employee_id, "2025-03", f"anställd {employee_id}")
    submit_claim(db, claim.id, f"anställd {employee_id}")
    print("claim", claim.id, flush=True)


def edit(db, args) -> None:
    """Change an existing trip's route and km (the update deletes and re-inserts its stops)."""
    trip = get_trip(db, args.extra[0])
    stops = [find_place(db, name).id for name in ("Kommunhuset Lekeberg", "Fjugesta")]
    save_trip(db, replace(trip, stop_ids=stops, km=99.0), TODAY)
    print("saved", flush=True)


def import_csv(db, args) -> None:
    csv_import.BATCH_SIZE = int(args.extra[1])  # several batches reach the file before the end
    result = csv_import.import_trips_csv(db, args.extra[0], today=TODAY)
    print("imported", result.imported, result.errors[:3], flush=True)


def export(db, args) -> None:
    result = export_paxml_to_file(db, "2025-03", date(2025, 4, 25), "Lön", args.extra[0])
    print("exported", len(result.claim_ids), flush=True)


OPERATIONS = {
    "save-loop": save_loop,
    "save-and-claim": save_and_claim,
    "edit": edit,
    "import": import_csv,
    "export": export,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("operation", choices=sorted(OPERATIONS))
    parser.add_argument("db", type=Path)
    parser.add_argument("extra", nargs="*")
    parser.add_argument("--pause-at", nargs=3, metavar=("SQL", "N", "MARKER"))
    parser.add_argument("--marker-at", nargs=2, metavar=("SQL", "MARKER"))
    args = parser.parse_args()
    db = open_database(args.db)
    if args.pause_at:
        prefix, count, marker = args.pause_at
        _watch(db, prefix, int(count), Path(marker), pause=True)
    elif args.marker_at:
        prefix, marker = args.marker_at
        _watch(db, prefix, 1, Path(marker), pause=False)
    OPERATIONS[args.operation](db, args)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

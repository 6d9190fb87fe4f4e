"""How long the fleet-need analysis takes for a year of the whole municipality, against a plain
SELECT of the same trips in the same run.

The demo municipality is built in memory; for the larger scale its trips are copied with their
stops under new ids, each copy's times shifted by up to an hour (so the copies overlap as a
bigger staff's would, instead of stacking exactly). Then, for the year, best of a few runs:

- baseline: ``SELECT * FROM trips WHERE mode = 'own_car' AND date BETWEEN …`` fetched whole;
- every unit: resebok.core.fleet_need.fleet_need for each unit of kind "unit" in turn (reading
  its trips, estimating the untimed ones, the peaks and the exact assignment for every N);
- municipality as one pool: the same for the top of the tree, all units' trips together;
- what-if: resebok.core.fleet_what_if.what_if for the cleaning unit (the indicator included).

    .venv/bin/python benchmarks/fleet_need.py [--year 2021] [--scales 1,10] [--runs 3]
"""

import argparse
import random
import time
import uuid
from collections.abc import Callable
from datetime import date

from resebok.core.db import open_database
from resebok.core.demo import build_demo
from resebok.core.fleet_need import fleet_need, unit_by_code
from resebok.core.fleet_what_if import what_if
from resebok.core.indicator import municipality_unit
from resebok.core.periods import Period

TODAY = date(2026, 11, 27)


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _shifted(text: str | None, minutes: int) -> str | None:
    if text is None:
        return None
    hours, mins = (int(part) for part in text.split(":")[:2])
    total = min(23 * 60 + 55, max(0, hours * 60 + mins + minutes))
    return f"{total // 60:02d}:{total % 60:02d}"


def copy_trips(db, times: int, seed: int = 10) -> None:  # noqa: ANN001 - a sqlite_utils Database
    """Copy every trip and its stops *times* − 1 more times, each copy shifted in time."""
    rng = random.Random(seed)
    columns = [c.name for c in db["trips"].columns if c.name != "id"]
    start, end = columns.index("start_time"), columns.index("end_time")
    names = ", ".join(columns)
    rows = db.execute(f"SELECT id, {names} FROM trips").fetchall()
    stops: dict[str, list[tuple[int, int]]] = {}
    for trip_id, seq, place_id in db.execute("SELECT trip_id, seq, place_id FROM trip_stops"):
        stops.setdefault(trip_id, []).append((seq, place_id))
    marks = ", ".join("?" for _ in columns)
    with db.conn:
        for _ in range(times - 1):
            new_trips, new_stops = [], []
            for trip_id, *values in rows:
                copy_id = str(uuid.uuid4())
                shift = rng.randrange(-12, 13) * 5
                values[start] = _shifted(values[start], shift)
                values[end] = _shifted(values[end], shift)
                new_trips.append((copy_id, *values))
                new_stops.extend((copy_id, seq, place) for seq, place in stops.get(trip_id, []))
            db.conn.executemany(f"INSERT INTO trips (id, {names}) VALUES (?, {marks})", new_trips)
            db.conn.executemany(
                "INSERT INTO trip_stops (trip_id, seq, place_id) VALUES (?, ?, ?)", new_stops
            )
    db.execute("ANALYZE")


def measure(scale: int, year: int, runs: int) -> None:
    db = open_database(None)
    build_demo(db, today=TODAY)
    if scale > 1:
        copy_trips(db, scale)
    period = Period.year(year)
    own_car = db.execute(
        "SELECT COUNT(*) FROM trips WHERE mode = 'own_car' AND date BETWEEN ? AND ?",
        period.params(),
    ).fetchone()[0]
    units = [row[0] for row in db.execute("SELECT id FROM org_units WHERE kind = 'unit'")]
    top = municipality_unit(db)
    lok = unit_by_code(db, "LOK")

    def baseline() -> object:
        return db.execute(
            "SELECT * FROM trips WHERE mode = 'own_car' AND date BETWEEN ? AND ?",
            period.params(),
        ).fetchall()

    def every_unit() -> object:
        return [fleet_need(db, unit_id, period) for unit_id in units]

    pooled = fleet_need(db, top.id, period)
    cleaning = fleet_need(db, lok.id, period)
    base = best_of(runs, baseline)
    results = {
        f"every unit ({len(units)})": best_of(runs, every_unit),
        "municipality as one pool": best_of(
            max(1, runs // 2), lambda: fleet_need(db, top.id, period)
        ),
        "cleaning unit (LOK)": best_of(runs, lambda: fleet_need(db, lok.id, period)),
        "what-if LOK, 31 Aug": best_of(
            runs,
            lambda: what_if(
                db, cleaning, cleaning.need, date(year, 1, 1), cutoff=date(year, 8, 31)
            ),
        ),
    }
    print(
        f"\n×{scale}: {own_car} own-car trips in {year}, best of {runs} "
        f"(one pool: need {pooled.need}, peak {pooled.max_peak}; LOK: need {cleaning.need})"
    )
    print(f"  {'baseline SELECT':<28} {base * 1000:9.1f} ms")
    for name, seconds in results.items():
        print(f"  {name:<28} {seconds * 1000:9.1f} ms   {seconds / base:6.1f} × baseline")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2021)
    parser.add_argument("--scales", default="1,10", help="copy the demo's trips N times")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for scale in (int(part) for part in args.scales.split(",")):
        measure(scale, args.year, args.runs)


if __name__ == "__main__":
    main()

"""How long the controller's per-unit summary takes, against a plain GROUP BY in the same run.

The demo municipality is built in memory (optionally with its trips copied *scale* times, to
see how the cost grows), then each query runs a few times and the best time counts:

- baseline: ``SELECT unit_id, SUM(km) FROM trips WHERE mode = 'own_car' AND date BETWEEN …
  GROUP BY unit_id`` — the least any per-unit summary can cost;
- summary: resebok.core.controller_summary.unit_tree_summary for the same year — every mode,
  claim amounts or estimates from the rates, CO₂ by fuel, rolled up the tree with shares;
- indicator: resebok.core.indicator.indicator at 31 August, with three history years.

    .venv/bin/python benchmarks/controller_summary.py [--year 2021] [--scale 1]
"""

import argparse
import time
import uuid
from collections.abc import Callable
from datetime import date

from resebok.core.controller_summary import unit_tree_summary
from resebok.core.db import open_database
from resebok.core.demo import build_demo
from resebok.core.indicator import indicator
from resebok.core.periods import Basis, Period

TODAY = date(2026, 11, 27)


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def copy_trips(db, times: int) -> None:  # noqa: ANN001 - a sqlite_utils Database
    """Copy every trip (not its claim line) *times* − 1 more times under new ids."""
    columns = [c.name for c in db["trips"].columns if c.name != "id"]
    names = ", ".join(columns)
    rows = list(db.execute(f"SELECT {names} FROM trips").fetchall())
    with db.conn:
        for _ in range(times - 1):
            db.conn.executemany(
                f"INSERT INTO trips (id, {names}) VALUES (?, {', '.join('?' for _ in columns)})",
                [(str(uuid.uuid4()), *row) for row in rows],
            )
    db.execute("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2021)
    parser.add_argument("--scale", type=int, default=1, help="copy the demo's trips N times")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    db = open_database(None)
    build_demo(db, today=TODAY)
    if args.scale > 1:
        copy_trips(db, args.scale)
    trips = db.execute("SELECT COUNT(*) FROM trips").fetchone()[0]
    period = Period.year(args.year)

    def baseline() -> object:
        return db.execute(
            "SELECT unit_id, SUM(km) FROM trips WHERE mode = 'own_car' "
            "AND date BETWEEN ? AND ? GROUP BY unit_id",
            period.params(),
        ).fetchall()

    base = best_of(args.runs, baseline)
    results = {
        "summary (trip date)": best_of(args.runs, lambda: unit_tree_summary(db, period)),
        "summary (payout date)": best_of(
            args.runs, lambda: unit_tree_summary(db, period, Basis.PAID_ON)
        ),
        "indicator (31 Aug)": best_of(
            args.runs, lambda: indicator(db, args.year, date(args.year, 8, 31))
        ),
    }
    print(f"{trips} trips, year {args.year}, best of {args.runs}")
    print(f"  {'baseline GROUP BY':<24} {base * 1000:8.1f} ms")
    for name, seconds in results.items():
        print(f"  {name:<24} {seconds * 1000:8.1f} ms   {seconds / base:5.1f} × baseline")


if __name__ == "__main__":
    main()

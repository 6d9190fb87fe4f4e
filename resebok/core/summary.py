"""Kilometres driven in own cars per unit: the controller's yearly summary.

The indicator follows the paid mileage allowance, and own-car trips are what it pays for, so
this summary counts own-car trips by the unit charged (``trips.unit_id``), not by the unit
the employee belongs to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resebok.core.models import Mode

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database


def yearly_unit_summary(db: Database, year: int) -> dict[str, Any]:
    """Own-car km and trip count per unit for trips dated in *year*.

    Returns ``{"year", "total_km", "units": [{"code", "name", "km", "trips"}]}`` with only
    the units that have trips, most km first and then by code. Each unit's km is rounded to
    0.1 in SQL, and the total is the sum of those, so the table always adds up to its total.
    """
    # Grouped first, named after: the units are joined to a hundred sums, not to every trip.
    rows = db.query(
        """
        SELECT u.code, u.name, g.km, g.trips
        FROM (
            SELECT t.unit_id, ROUND(SUM(t.km), 1) AS km, COUNT(*) AS trips
            FROM trips t
            WHERE t.mode = ? AND t.date >= ? AND t.date < ?
            GROUP BY t.unit_id
        ) g
        JOIN org_units u ON u.id = g.unit_id
        ORDER BY g.km DESC, u.code
        """,
        [str(Mode.OWN_CAR), f"{year:04d}-01-01", f"{year + 1:04d}-01-01"],
    )
    units = [
        {"code": row["code"], "name": row["name"], "km": row["km"], "trips": row["trips"]}
        for row in rows
    ]
    return {"year": year, "total_km": round(sum(unit["km"] for unit in units), 1), "units": units}


def trip_year_range(db: Database) -> tuple[int, int] | None:
    """The first and the last year with a trip (any mode), or None without trips.

    MIN and MAX of the indexed date column, so a year selector opens at once on a million
    trips.
    """
    # Two subqueries: SQLite answers a lone MIN or MAX from the index, but not both at once.
    row = next(
        db.query(
            "SELECT (SELECT MIN(date) FROM trips) AS first, (SELECT MAX(date) FROM trips) AS last"
        )
    )
    if row["first"] is None:
        return None
    return int(row["first"][:4]), int(row["last"][:4])

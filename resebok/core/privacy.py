"""Home places are personal data: outside the employee's own claim, a home is "Bostaden".

A trip from home names the employee's home place among its stops, and the stored route text
("Storgatan 12, Kumla – Hagaskolan") carries its name. The employee's claim (the PDF and its
lines) keeps it: it is the mileage log that the attestant checks and payroll pays from. The
controller's view and every export for others (the yearly trip CSV) show "Bostaden" instead.
Only the trip's own employee's home is replaced: a town that is someone's home is also a
destination for everybody else. The controller's report and the PAXml file list no routes.
"""

from collections.abc import Iterable
from datetime import date
from itertools import groupby
from typing import Any

from sqlite_utils import Database

HOME_LABEL = "Bostaden"
SEPARATOR = " – "  # as resebok.core.trips.route_text joins the stops

_STOPS = """
    SELECT s.trip_id, s.place_id = e.home_place_id AS is_home, p.name
    FROM trips t
    JOIN employees e ON e.id = t.employee_id
    JOIN trip_stops s ON s.trip_id = t.id
    JOIN places p ON p.id = s.place_id
    WHERE {where} AND e.home_place_id IS NOT NULL
      AND EXISTS (
          SELECT 1 FROM trip_stops h WHERE h.trip_id = t.id AND h.place_id = e.home_place_id
      )
    ORDER BY s.trip_id, s.seq
"""


def _routes(db: Database, where: str, params: list[Any]) -> dict[str, str]:
    rows = db.query(_STOPS.format(where=where), params)
    return {
        trip_id: SEPARATOR.join(HOME_LABEL if row["is_home"] else row["name"] for row in stops)
        for trip_id, stops in groupby(rows, key=lambda row: row["trip_id"])
    }


def masked_routes(db: Database, trip_ids: Iterable[str]) -> dict[str, str]:
    """The route, home shown as "Bostaden", of those *trip_ids* that pass their employee's home."""
    ids = list(dict.fromkeys(trip_ids))
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    return _routes(db, f"t.id IN ({marks})", ids)


def masked_routes_between(db: Database, first: date, last: date) -> dict[str, str]:
    """As masked_routes, for every trip dated *first* to *last* (an export of a year)."""
    return _routes(db, "t.date BETWEEN ? AND ?", [first.isoformat(), last.isoformat()])


def mask_rows(db: Database, rows: list[dict[str, Any]], route_key: str = "route") -> None:
    """Replace the route of each row (with an ``id``) that passes its employee's home."""
    routes = masked_routes(db, (row["id"] for row in rows))
    for row in rows:
        if row["id"] in routes:
            row[route_key] = routes[row["id"]]

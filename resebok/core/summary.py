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
    the units that have trips, most km first and then by code. The figures are the
    controller's (resebok.core.controller_summary.figures_by_unit, by trip date): each unit's
    km in whole tenths, and the total their sum, so the table always adds up to its total.
    """
    # Imported here: the storage layer loads when a database opens, not at start-up.
    from resebok.core.controller_summary import figures_by_unit
    from resebok.core.periods import Basis, Period

    period = Period.year(year)
    by_unit = figures_by_unit(db, period, Basis.TRIP_DATE, mode=Mode.OWN_CAR, km_only=True)
    # Plain rows for the names: building every OrgUnit would cost a tenth of the summary.
    names = {row[0]: (row[1], row[2]) for row in db.execute("SELECT id, code, name FROM org_units")}
    charged = sorted(
        ((*names[unit_id], modes[Mode.OWN_CAR]) for unit_id, modes in by_unit.items()),
        key=lambda item: (-item[2].km_tenths, item[0]),
    )
    units = [
        {"code": code, "name": name, "km": figures.km, "trips": figures.trips}
        for code, name, figures in charged
    ]
    total_tenths = sum(figures.km_tenths for _code, _name, figures in charged)
    return {"year": year, "total_km": total_tenths / 10, "units": units}


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

"""Storing trips and their stops, and the queries behind the trip list."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from resebok.core.distance import is_far_from_suggestion, route_key, suggest_km
from resebok.core.home_rule import HomeRule
from resebok.core.models import Mode, PurposeCategory, Trip
from resebok.core.org import subtree_ids
from resebok.core.places import get_places
from resebok.core.settings import get_setting
from resebok.core.trip_locks import ensure_trip_unlocked
from resebok.core.validation import TripValidationError, odometer_km, validate_trip

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database


def new_trip_id() -> str:
    return str(uuid.uuid4())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _time_text(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def route_text(db: Database, stop_ids: list[int]) -> str:
    places = get_places(db, stop_ids)
    return " – ".join(places[i].name for i in stop_ids if i in places)


def prepare_trip(db: Database, trip: Trip, today: date | None = None) -> Trip:
    """Validate *trip* and fill in what follows from it: odometer km, suggestion and flag."""
    errors = validate_trip(db, trip, today)
    if errors:
        raise TripValidationError(errors)
    km = float(trip.km)
    from_odometer = odometer_km(trip)
    if from_odometer is not None:
        km = float(from_odometer)  # the odometer readings decide the distance
    suggestion = suggest_km(db, trip.stop_ids)
    suggested = suggestion.km if suggestion else None
    share = float(get_setting(db, "km_flag_share"))
    flagged = trip.mode in (Mode.OWN_CAR, Mode.POOL_CAR) and is_far_from_suggestion(
        km, suggested, share
    )
    trip = replace(trip, km=round(km, 1), suggested_km=suggested, km_flagged=flagged)
    verdict = HomeRule(db).assess_trip(trip)  # commuting is not reimbursable; home legs reduced
    return replace(
        trip,
        reimbursable=verdict.reimbursable,
        reduction_km=verdict.reduction_km,
        reimbursement_note=verdict.message,
    )


def save_trip(
    db: Database, trip: Trip, today: date | None = None, *, allow_locked: bool = False
) -> Trip:
    """Insert or update *trip* and its stops in one transaction; returns the stored trip.

    A trip on a submitted, approved or paid claim is locked (TripValidationError, field
    "claim"); only resebok.core.claims.correct_submitted_trip passes ``allow_locked``, and it
    writes the change to the audit log.
    """
    if trip.id is not None and not allow_locked:
        ensure_trip_unlocked(db, trip.id)
    trip = prepare_trip(db, trip, today)
    is_new = trip.id is None
    trip_id = trip.id or new_trip_id()
    now = _now()
    record: dict[str, Any] = {
        "id": trip_id,
        "date": trip.date.isoformat(),
        "start_time": _time_text(trip.start_time),
        "end_time": _time_text(trip.end_time),
        "employee_id": trip.employee_id,
        "unit_id": trip.unit_id,
        "member_org_id": trip.member_org_id,
        "vehicle_id": trip.vehicle_id,
        "mode": str(trip.mode),
        "km": trip.km,
        "suggested_km": trip.suggested_km,
        "km_flagged": int(trip.km_flagged),
        "odometer_start": trip.odometer_start,
        "odometer_end": trip.odometer_end,
        "purpose": trip.purpose,
        "purpose_category": str(trip.purpose_category),
        "passengers": trip.passengers,
        "from_home": int(trip.from_home),
        "route_key": route_key(trip.stop_ids),
        "route_text": route_text(db, trip.stop_ids),
        "paid_on": trip.paid_on.isoformat() if trip.paid_on else None,
        "reimbursable": int(trip.reimbursable),
        "reduction_km": trip.reduction_km,
        "reimbursement_note": trip.reimbursement_note,
        "updated_at": now,
    }
    with db.atomic():
        if is_new:
            record["created_at"] = now
            columns = ", ".join(record)
            marks = ", ".join("?" for _ in record)
            db.execute(f"INSERT INTO trips ({columns}) VALUES ({marks})", list(record.values()))
        else:
            assignments = ", ".join(f"{column} = ?" for column in record if column != "id")
            values = [v for k, v in record.items() if k != "id"]
            cursor = db.execute(f"UPDATE trips SET {assignments} WHERE id = ?", values + [trip_id])
            if cursor.rowcount != 1:
                raise KeyError(f"Resan {trip_id} finns inte längre.")
            db.execute("DELETE FROM trip_stops WHERE trip_id = ?", [trip_id])
        db.conn.executemany(
            "INSERT INTO trip_stops (trip_id, seq, place_id) VALUES (?, ?, ?)",
            [(trip_id, seq, place_id) for seq, place_id in enumerate(trip.stop_ids)],
        )
    return get_trip(db, trip_id)  # type: ignore[return-value]


TRIP_COLUMNS = (
    "id",
    "date",
    "start_time",
    "end_time",
    "employee_id",
    "unit_id",
    "member_org_id",
    "vehicle_id",
    "mode",
    "km",
    "suggested_km",
    "km_flagged",
    "odometer_start",
    "odometer_end",
    "purpose",
    "purpose_category",
    "passengers",
    "from_home",
    "route_key",
    "route_text",
    "paid_on",
    "created_at",
    "updated_at",
    "reimbursable",
    "reduction_km",
    "reimbursement_note",
)


def bulk_insert_trips(db: Database, trips: Iterable[Trip]) -> int:
    """Insert already-validated trips fast (demo, import); the caller owns the transaction.

    Trips without an id get a new UUID. km, suggested_km and km_flagged are stored as given;
    the home rule's verdict is computed here, as save_trip does.
    """
    names = {row["id"]: row["name"] for row in db.query("SELECT id, name FROM places")}
    home_rule = HomeRule(db)
    now = _now()
    trip_rows: list[tuple[Any, ...]] = []
    stop_rows: list[tuple[str, int, int]] = []
    for trip in trips:
        trip_id = trip.id or new_trip_id()
        verdict = home_rule.assess_trip(trip)
        trip_rows.append(
            (
                trip_id,
                trip.date.isoformat(),
                _time_text(trip.start_time),
                _time_text(trip.end_time),
                trip.employee_id,
                trip.unit_id,
                trip.member_org_id,
                trip.vehicle_id,
                str(trip.mode),
                trip.km,
                trip.suggested_km,
                int(trip.km_flagged),
                trip.odometer_start,
                trip.odometer_end,
                trip.purpose,
                str(trip.purpose_category),
                trip.passengers,
                int(trip.from_home),
                route_key(trip.stop_ids),
                " – ".join(names[i] for i in trip.stop_ids),
                trip.paid_on.isoformat() if trip.paid_on else None,
                now,
                now,
                int(verdict.reimbursable),
                verdict.reduction_km,
                verdict.message,
            )
        )
        stop_rows.extend((trip_id, seq, place_id) for seq, place_id in enumerate(trip.stop_ids))
    marks = ", ".join("?" for _ in TRIP_COLUMNS)
    db.conn.executemany(
        f"INSERT INTO trips ({', '.join(TRIP_COLUMNS)}) VALUES ({marks})", trip_rows
    )
    db.conn.executemany(
        "INSERT INTO trip_stops (trip_id, seq, place_id) VALUES (?, ?, ?)", stop_rows
    )
    return len(trip_rows)


def _trip(row: dict, stop_ids: list[int], stop_names: list[str]) -> Trip:
    return Trip(
        id=row["id"],
        date=date.fromisoformat(row["date"]),
        start_time=time.fromisoformat(row["start_time"]) if row["start_time"] else None,
        end_time=time.fromisoformat(row["end_time"]) if row["end_time"] else None,
        employee_id=row["employee_id"],
        unit_id=row["unit_id"],
        member_org_id=row["member_org_id"],
        vehicle_id=row["vehicle_id"],
        mode=Mode(row["mode"]),
        km=row["km"],
        suggested_km=row["suggested_km"],
        km_flagged=bool(row["km_flagged"]),
        odometer_start=row["odometer_start"],
        odometer_end=row["odometer_end"],
        purpose=row["purpose"],
        purpose_category=PurposeCategory(row["purpose_category"]),
        passengers=row["passengers"],
        from_home=bool(row["from_home"]),
        paid_on=date.fromisoformat(row["paid_on"]) if row["paid_on"] else None,
        stop_ids=stop_ids,
        stop_names=stop_names,
        reimbursable=bool(row["reimbursable"]),
        reduction_km=row["reduction_km"],
        reimbursement_note=row["reimbursement_note"],
    )


def get_trip(db: Database, trip_id: str) -> Trip | None:
    rows = list(db.query("SELECT * FROM trips WHERE id = ?", [trip_id]))
    if not rows:
        return None
    stops = list(
        db.query(
            "SELECT s.place_id, p.name FROM trip_stops s JOIN places p ON p.id = s.place_id "
            "WHERE s.trip_id = ? ORDER BY s.seq",
            [trip_id],
        )
    )
    return _trip(rows[0], [s["place_id"] for s in stops], [s["name"] for s in stops])


def delete_trip(db: Database, trip_id: str) -> None:
    """Delete a trip; refused (TripValidationError) when a non-draft claim holds it."""
    with db.atomic():
        ensure_trip_unlocked(db, trip_id)
        db.execute("DELETE FROM trips WHERE id = ?", [trip_id])


def recent_trips(db: Database, employee_id: int, limit: int = 15) -> list[Trip]:
    """The employee's latest distinct routes, newest first, for "repeat a previous trip"."""
    rows = db.query(
        """
        SELECT id FROM trips WHERE employee_id = ? AND id IN (
            SELECT id FROM (
                SELECT id, ROW_NUMBER() OVER (
                    PARTITION BY route_key, mode ORDER BY date DESC, start_time DESC
                ) AS n
                FROM trips WHERE employee_id = ?
            ) WHERE n = 1
        )
        ORDER BY date DESC, start_time DESC LIMIT ?
        """,
        [employee_id, employee_id, limit],
    )
    return [t for t in (get_trip(db, row["id"]) for row in rows) if t is not None]


# --- the trip list -------------------------------------------------------------------------

# What a row of the trip list holds (trips t joined with the names it shows). CROSS JOIN
# keeps trips the outer loop, so that an index on trips can deliver the rows in list order;
# otherwise a filter on a unit makes SQLite start from org_units and sort every trip.
LIST_SELECT = """
    SELECT t.id, t.date, t.start_time, t.end_time, e.name AS employee, u.name AS unit,
           t.route_text AS route, t.km, t.mode, t.purpose, t.km_flagged, t.from_home,
           t.suggested_km, t.reimbursable, t.reduction_km
    FROM trips t
    CROSS JOIN employees e ON e.id = t.employee_id
    CROSS JOIN org_units u ON u.id = t.unit_id"""

SORT_COLUMNS = {
    "date": "t.date {dir}, t.start_time {dir}, t.id {dir}",
    "employee": "e.name {dir}, t.date DESC, t.id",
    "unit": "u.name {dir}, t.date DESC, t.id",
    "route": "t.route_text {dir}, t.date DESC, t.id",
    "km": "t.km {dir}, t.date DESC, t.id",
    "mode": "t.mode {dir}, t.date DESC, t.id",
    "purpose": "t.purpose {dir}, t.date DESC, t.id",
}


@dataclass(frozen=True)
class TripFilter:
    date_from: date | None = None
    date_to: date | None = None
    unit_id: int | None = None  # includes the units below it in the tree
    employee_id: int | None = None
    mode: Mode | None = None
    text: str = ""

    def where(self, db: Database, *, date_order: bool = False) -> tuple[str, list[Any]]:
        """The WHERE clause (or "") over ``trips t``, and its parameters.

        *date_order*: for a query that reads the list in date order. A unit with units below
        it is then tested row by row along the date index (``+t.unit_id``) instead of reading
        every trip of those units from their index and sorting them all for one page.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from:
            clauses.append("t.date >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append("t.date <= ?")
            params.append(self.date_to.isoformat())
        if self.unit_id is not None:
            ids = subtree_ids(db, self.unit_id)
            column = "+t.unit_id" if date_order and len(ids) > 1 else "t.unit_id"
            clauses.append(f"{column} IN ({','.join('?' for _ in ids)})")
            params.extend(ids)
        if self.employee_id is not None:
            clauses.append("t.employee_id = ?")
            params.append(self.employee_id)
        if self.mode is not None:
            clauses.append("t.mode = ?")
            params.append(str(self.mode))
        if self.text.strip():
            # casefold() is registered by resebok.core.db: LIKE alone folds ASCII only.
            clauses.append(
                "(casefold(t.route_text) LIKE ? ESCAPE '\\' "
                "OR casefold(t.purpose) LIKE ? ESCAPE '\\')"
            )
            escaped = self.text.strip().casefold()
            for char in ("\\", "%", "_"):
                escaped = escaped.replace(char, "\\" + char)
            needle = f"%{escaped}%"
            params.extend([needle, needle])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_trips(db: Database, trip_filter: TripFilter) -> int:
    where, params = trip_filter.where(db)
    if not where:  # all trips: the running total that triggers keep (m006_performance)
        return all_trips_totals(db)[0]
    sql = "SELECT COUNT(*) AS n FROM trips t" + where
    return int(next(db.query(sql, params))["n"])


def trip_totals(db: Database, trip_filter: TripFilter) -> tuple[int, float]:
    """How many trips the filter selects, and their km (all modes)."""
    where, params = trip_filter.where(db)
    if not where:
        return all_trips_totals(db)
    sql = "SELECT COUNT(*) AS n, COALESCE(SUM(t.km), 0) AS km FROM trips t" + where
    row = next(db.query(sql, params))
    return int(row["n"]), float(row["km"])


def all_trips_totals(db: Database) -> tuple[int, float]:
    """The number of trips and their km, read from one row instead of counting a million.

    Triggers on trips keep the row exact in every transaction (migration m006_performance).
    """
    row = db.execute("SELECT trips, km_tenths FROM trip_stats WHERE id = 1").fetchone()
    return (int(row[0]), row[1] / 10) if row else (0, 0.0)


def trip_rows(
    db: Database,
    trip_filter: TripFilter,
    sort: str = "date",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of the trip list, already joined with the names it shows.

    Plain OFFSET paging: the trip list model pages through resebok.core.trip_list instead,
    which reads deep pages from the nearer end or from a neighbouring page's last row.
    """
    where, params = trip_filter.where(db)
    order = SORT_COLUMNS[sort].format(dir="DESC" if descending else "ASC")
    sql = f"{LIST_SELECT} {where} ORDER BY {order} LIMIT ? OFFSET ?"
    return list(db.query(sql, params + [limit, offset]))

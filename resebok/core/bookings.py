"""Pool-car bookings: who has which car when, and refusing double bookings.

A booking is checked and written in one IMMEDIATE transaction, so two people booking the same
car at the same moment cannot both succeed; a trigger in the schema (migration m003_green)
guards the same rule for any other writer. Times are local, naive datetimes to the minute.
"""

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlite_utils import Database

from resebok.core.models import Vehicle

MAX_BOOKING = timedelta(days=14)


class BookingError(ValueError):
    """A booking that cannot be made; the message is Swedish and meant for the user."""


class BookingConflict(BookingError):
    """The car is already booked for part of the window."""

    def __init__(self, message: str, conflicting: "list[Booking]"):
        super().__init__(message)
        self.conflicting = conflicting


@dataclass(frozen=True)
class Booking:
    id: str
    vehicle_id: int
    registration: str
    employee_id: int
    employee_name: str
    starts_at: datetime
    ends_at: datetime
    trip_id: str | None = None
    note: str = ""
    cancelled: bool = False

    def describe(self) -> str:
        window = format_window(self.starts_at, self.ends_at)
        return f"{self.registration} {window} ({self.employee_name})"


def format_window(starts_at: datetime, ends_at: datetime) -> str:
    """ "5/6 08:00–12:00", or with both dates when the booking spans days."""
    start = f"{starts_at.day}/{starts_at.month} {starts_at:%H:%M}"
    if starts_at.date() == ends_at.date():
        return f"{start}–{ends_at:%H:%M}"
    return f"{start} – {ends_at.day}/{ends_at.month} {ends_at:%H:%M}"


def _text(moment: datetime) -> str:
    return moment.replace(second=0, microsecond=0, tzinfo=None).isoformat(timespec="minutes")


_SELECT = """
    SELECT b.*, v.registration, e.name AS employee_name
    FROM pool_car_bookings b
    JOIN vehicles v ON v.id = b.vehicle_id
    JOIN employees e ON e.id = b.employee_id
"""


def _booking(row: dict) -> Booking:
    return Booking(
        id=row["id"],
        vehicle_id=row["vehicle_id"],
        registration=row["registration"],
        employee_id=row["employee_id"],
        employee_name=row["employee_name"],
        starts_at=datetime.fromisoformat(row["starts_at"]),
        ends_at=datetime.fromisoformat(row["ends_at"]),
        trip_id=row["trip_id"],
        note=row["note"],
        cancelled=row["cancelled_at"] is not None,
    )


@contextmanager
def _write_lock(db: Database) -> Iterator[None]:
    """An IMMEDIATE transaction (the write lock before the check), or a savepoint when the
    caller already has a transaction, e.g. saving the trip together with its booking."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    db.execute("COMMIT")


def get_booking(db: Database, booking_id: str) -> Booking | None:
    rows = list(db.query(_SELECT + " WHERE b.id = ?", [booking_id]))
    return _booking(rows[0]) if rows else None


def overlapping_bookings(
    db: Database, vehicle_id: int, starts_at: datetime, ends_at: datetime
) -> list[Booking]:
    """Active bookings of the car that share any minute with the window (touching is fine)."""
    rows = db.query(
        _SELECT + " WHERE b.vehicle_id = ? AND b.cancelled_at IS NULL "
        "AND b.starts_at < ? AND ? < b.ends_at ORDER BY b.starts_at",
        [vehicle_id, _text(ends_at), _text(starts_at)],
    )
    return [_booking(row) for row in rows]


def is_vehicle_free(db: Database, vehicle_id: int, starts_at: datetime, ends_at: datetime) -> bool:
    return not overlapping_bookings(db, vehicle_id, starts_at, ends_at)


def free_vehicles(db: Database, starts_at: datetime, ends_at: datetime) -> list[Vehicle]:
    """Pool cars without an active booking anywhere in the window."""
    rows = db.query(
        """SELECT * FROM vehicles v WHERE NOT EXISTS (
               SELECT 1 FROM pool_car_bookings b
               WHERE b.vehicle_id = v.id AND b.cancelled_at IS NULL
                 AND b.starts_at < ? AND ? < b.ends_at)
           ORDER BY v.registration""",
        [_text(ends_at), _text(starts_at)],
    )
    return [
        Vehicle(
            row["id"], row["registration"], row["model"], row["fuel"], row["home_base_place_id"]
        )
        for row in rows
    ]


def book_vehicle(
    db: Database,
    vehicle_id: int,
    employee_id: int,
    starts_at: datetime,
    ends_at: datetime,
    trip_id: str | None = None,
    note: str = "",
) -> Booking:
    """Book the car for the window; BookingConflict (Swedish) when someone already has it."""
    starts_at = starts_at.replace(second=0, microsecond=0, tzinfo=None)
    ends_at = ends_at.replace(second=0, microsecond=0, tzinfo=None)
    if ends_at <= starts_at:
        raise BookingError("Bokningen måste sluta efter att den börjar.")
    if ends_at - starts_at > MAX_BOOKING:
        raise BookingError("En bokning får vara högst 14 dygn.")
    with _write_lock(db):
        vehicle = list(db.query("SELECT registration FROM vehicles WHERE id = ?", [vehicle_id]))
        if not vehicle:
            raise BookingError("Bilen finns inte längre i fordonsregistret.")
        if not list(db.query("SELECT 1 FROM employees WHERE id = ?", [employee_id])):
            raise BookingError("Välj vem som bokar bilen.")
        taken = overlapping_bookings(db, vehicle_id, starts_at, ends_at)
        if taken:
            raise BookingConflict(_conflict_message(vehicle[0]["registration"], taken), taken)
        booking_id = str(uuid.uuid4())
        try:
            db.execute(
                """INSERT INTO pool_car_bookings
                   (id, vehicle_id, employee_id, starts_at, ends_at, trip_id, note, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    booking_id,
                    vehicle_id,
                    employee_id,
                    _text(starts_at),
                    _text(ends_at),
                    trip_id,
                    note.strip(),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ],
            )
        except sqlite3.IntegrityError as exc:  # the trigger: another writer was faster
            if "double booking" not in str(exc):
                raise
            taken = overlapping_bookings(db, vehicle_id, starts_at, ends_at)
            raise BookingConflict(
                _conflict_message(vehicle[0]["registration"], taken), taken
            ) from None
    return get_booking(db, booking_id)  # type: ignore[return-value]


def _conflict_message(registration: str, taken: list[Booking]) -> str:
    first = taken[0]
    return (
        f"{registration} är redan bokad {format_window(first.starts_at, first.ends_at)} "
        f"av {first.employee_name}. Välj en annan tid eller en annan bil."
    )


def cancel_booking(db: Database, booking_id: str) -> None:
    """Free the car; the booking is kept as cancelled so that the history stays complete."""
    cursor = db.execute(
        "UPDATE pool_car_bookings SET cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL",
        [datetime.now(UTC).isoformat(timespec="seconds"), booking_id],
    )
    if cursor.rowcount != 1:
        raise BookingError("Bokningen finns inte eller är redan avbokad.")


def bookings_for_trip(db: Database, trip_id: str) -> list[Booking]:
    rows = db.query(_SELECT + " WHERE b.trip_id = ? ORDER BY b.starts_at", [trip_id])
    return [_booking(row) for row in rows]


def bookings_for_week(
    db: Database, week_start: date, vehicle_id: int | None = None
) -> dict[int, list[Booking]]:
    """Active bookings that touch the seven days from *week_start*, per car (the calendar).

    Every car is a key, also those without bookings, so the calendar shows a row for each.
    """
    start = datetime.combine(week_start, time())
    end = start + timedelta(days=7)
    vehicles = db.query(
        "SELECT id FROM vehicles"
        + (" WHERE id = ?" if vehicle_id is not None else "")
        + " ORDER BY registration",
        [vehicle_id] if vehicle_id is not None else [],
    )
    week: dict[int, list[Booking]] = {row["id"]: [] for row in vehicles}
    rows = db.query(
        _SELECT
        + " WHERE b.cancelled_at IS NULL AND b.starts_at < ? AND ? < b.ends_at"
        + (" AND b.vehicle_id = ?" if vehicle_id is not None else "")
        + " ORDER BY b.starts_at",
        [_text(end), _text(start)] + ([vehicle_id] if vehicle_id is not None else []),
    )
    for row in rows:
        week.setdefault(row["vehicle_id"], []).append(_booking(row))
    return week

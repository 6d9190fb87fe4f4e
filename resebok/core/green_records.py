"""What the green prompt offered, what was chosen and why: the controller's raw material.

Every trip planned through the prompt gets a decision: the alternatives offered (and whether
each fitted), the choice, the own-car reason, and the km and CO₂ avoided when an alternative
was taken. A digital meeting instead of a trip is an avoided trip, a record of its own.

Save the decision in the same transaction as the trip (``save_trip_with_choice`` does it, or
wrap ``save_trip`` and ``record_choice`` in ``db.atomic()``), so a trip is never saved without
its decision or the other way round.

The km and CO₂ come from the advice: ``km_avoided`` is the own-car km the advisor computed
for the route (the paid mileage that was not driven), ``co2_avoided_kg`` is the own car's CO₂
minus the chosen alternative's.
"""

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from sqlite_utils import Database

from resebok.core.advisor import Advice, Alternative
from resebok.core.bookings import Booking, book_vehicle
from resebok.core.green_config import preapproval_required
from resebok.core.models import Mode, Trip
from resebok.core.org import get_employee, subtree_ids
from resebok.core.own_car_reasons import OwnCarReason, check_reason
from resebok.core.preapproval import request_approval
from resebok.core.trips import save_trip


class GreenRecordError(ValueError):
    """The message is Swedish and meant for the user."""


@dataclass(frozen=True)
class Offer:
    mode: Mode
    fits: bool
    reason: str
    minutes: int | None
    cost_ore: int
    co2_kg: float


@dataclass(frozen=True)
class Decision:
    id: str
    employee_id: int
    unit_id: int
    date: date
    route_text: str
    choice: Mode
    reason_code: OwnCarReason | None
    reason_text: str
    proposed_reason: OwnCarReason | None
    own_car_km: float
    km_avoided: float
    co2_avoided_kg: float
    actor: str
    created_at: str
    trip_id: str | None = None
    avoided_trip_id: str | None = None
    approval_id: str | None = None
    offers: tuple[Offer, ...] = field(default=())


@dataclass(frozen=True)
class AvoidedTrip:
    id: str
    employee_id: int
    unit_id: int
    date: date
    km_avoided: float
    co2_avoided_kg: float
    purpose: str
    purpose_category: str
    route_text: str
    created_at: str
    created_by: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record_choice(
    db: Database,
    trip_id: str | None,
    offers: Advice,
    choice: Mode | str,
    reason_code: OwnCarReason | str | None = None,
    reason_text: str = "",
    actor: str = "",
    *,
    unit_id: int | None = None,
    purpose: str = "",
) -> Decision:
    """Record what *offers* (the advice) proposed and what was chosen; one transaction.

    *trip_id* is the saved trip (None for a digital meeting, or an alternative logged
    elsewhere). Choosing the own car needs a reason code ("other" needs a text); when the
    organisation requires pre-approval an approval request is created with the decision.
    A digital meeting also creates an avoided trip.
    """
    choice = _mode(choice)
    code = _reason(choice, reason_code, reason_text)
    planned = offers.trip
    employee_id, unit, day, route_text = _who_where(db, trip_id, offers, unit_id)
    own = offers.own_car
    chosen = offers.alternative(choice)
    taken = choice is not Mode.OWN_CAR
    km_avoided = round(own.km, 1) if taken else 0.0
    co2_avoided = round(max(0.0, own.co2_kg - chosen.co2_kg), 3) if taken else 0.0
    decision_id = str(uuid.uuid4())
    created = _now()
    with db.atomic():
        avoided_id = None
        if choice is Mode.DIGITAL:
            avoided_id = str(uuid.uuid4())
            db.execute(
                """INSERT INTO avoided_trips (id, employee_id, unit_id, date, km_avoided,
                       co2_avoided_kg, purpose, purpose_category, route_text, created_at,
                       created_by)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    avoided_id,
                    employee_id,
                    unit,
                    day.isoformat(),
                    km_avoided,
                    co2_avoided,
                    purpose.strip(),
                    str(planned.purpose_category),
                    route_text,
                    created,
                    actor,
                ],
            )
        db.execute(
            """INSERT INTO green_decisions (id, trip_id, avoided_trip_id, employee_id, unit_id,
                   date, route_text, choice, reason_code, reason_text, proposed_reason,
                   own_car_km, km_avoided, co2_avoided_kg, actor, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                decision_id,
                trip_id,
                avoided_id,
                employee_id,
                unit,
                day.isoformat(),
                route_text,
                str(choice),
                str(code) if code else None,
                reason_text.strip() if code else "",
                str(own.proposed_reason) if own.proposed_reason else None,
                round(own.km, 1),
                km_avoided,
                co2_avoided,
                actor,
                created,
            ],
        )
        db.conn.executemany(
            """INSERT INTO green_offers (decision_id, seq, mode, fits, reason, minutes,
                   cost_ore, co2_kg) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [offer_row(decision_id, seq, alt) for seq, alt in enumerate(offers.alternatives)],
        )
        if choice is Mode.OWN_CAR and code is not None and preapproval_required(db):
            request_approval(
                db,
                employee_id,
                unit,
                day,
                route_text,
                own.km,
                code,
                reason_text,
                requested_by=actor,
                decision_id=decision_id,
                trip_id=trip_id,
            )
    return get_decision(db, decision_id)  # type: ignore[return-value]


def _mode(choice: Mode | str) -> Mode:
    try:
        return Mode(choice)
    except ValueError:
        raise GreenRecordError(f"Okänt färdsätt: {choice}") from None


def _reason(
    choice: Mode, reason_code: OwnCarReason | str | None, reason_text: str
) -> OwnCarReason | None:
    if choice is not Mode.OWN_CAR:
        return None
    problems = check_reason(None if reason_code is None else str(reason_code), reason_text)
    if problems:
        raise GreenRecordError(problems[0])
    return OwnCarReason(str(reason_code))


def _who_where(
    db: Database, trip_id: str | None, offers: Advice, unit_id: int | None
) -> tuple[int, int, date, str]:
    """(employee, unit, date, route text): from the saved trip, else from the advice."""
    if trip_id is not None:
        rows = list(
            db.query(
                "SELECT employee_id, unit_id, date, route_text FROM trips WHERE id = ?",
                [trip_id],
            )
        )
        if not rows:
            raise GreenRecordError("Resan finns inte längre.")
        row = rows[0]
        return (
            row["employee_id"],
            row["unit_id"],
            date.fromisoformat(row["date"]),
            row["route_text"],
        )
    employee_id = offers.trip.employee_id
    employee = get_employee(db, employee_id) if employee_id is not None else None
    if employee is None:
        raise GreenRecordError("Ange vem som reser.")
    return employee.id, unit_id or employee.unit_id, offers.trip.date, offers.route_text


def offer_row(decision_id: str, seq: int, alt: Alternative) -> tuple[object, ...]:
    return (
        decision_id,
        seq,
        str(alt.mode),
        int(alt.fits),
        alt.reason,
        alt.minutes,
        alt.cost_ore,
        round(alt.co2_kg, 3),
    )


@dataclass(frozen=True)
class TripChoice:
    trip: Trip
    decision: Decision
    booking: Booking | None = None


def save_trip_with_choice(
    db: Database,
    trip: Trip,
    advice: Advice,
    reason_code: OwnCarReason | str | None = None,
    reason_text: str = "",
    actor: str = "",
    book_pool_car: bool = True,
    today: date | None = None,
) -> TripChoice:
    """Save *trip* (its mode is the choice), book the advised pool car, record the decision.

    All in one transaction: a refused booking (BookingConflict) or a missing reason saves
    nothing. For a pool car the trip gets the advised car unless it already names one.
    """
    booking = None
    with db.atomic():
        if trip.mode is Mode.POOL_CAR and book_pool_car:
            pool = advice.alternative(Mode.POOL_CAR)
            vehicle_id = trip.vehicle_id or pool.vehicle_id
            if vehicle_id is None or pool.booking_start is None or pool.booking_end is None:
                raise GreenRecordError("Det finns ingen ledig kommunbil att boka.")
            trip = replace(trip, vehicle_id=vehicle_id)
            saved = save_trip(db, trip, today)
            booking = book_vehicle(
                db,
                vehicle_id,
                saved.employee_id,
                pool.booking_start,
                pool.booking_end,
                trip_id=saved.id,
            )
        else:
            saved = save_trip(db, trip, today)
        decision = record_choice(db, saved.id, advice, saved.mode, reason_code, reason_text, actor)
    return TripChoice(saved, decision, booking)


def record_digital_meeting(
    db: Database, advice: Advice, actor: str = "", purpose: str = ""
) -> Decision:
    """A digital meeting instead of the trip: the decision and its avoided trip."""
    return record_choice(db, None, advice, Mode.DIGITAL, actor=actor, purpose=purpose)


# --- reading back ----------------------------------------------------------------------------


def _decision(db: Database, row: dict) -> Decision:
    offers = tuple(
        Offer(
            Mode(o["mode"]),
            bool(o["fits"]),
            o["reason"],
            o["minutes"],
            o["cost_ore"],
            o["co2_kg"],
        )
        for o in db.query(
            "SELECT * FROM green_offers WHERE decision_id = ? ORDER BY seq", [row["id"]]
        )
    )
    approvals = list(
        db.query("SELECT id FROM own_car_approvals WHERE decision_id = ?", [row["id"]])
    )
    return Decision(
        id=row["id"],
        employee_id=row["employee_id"],
        unit_id=row["unit_id"],
        date=date.fromisoformat(row["date"]),
        route_text=row["route_text"],
        choice=Mode(row["choice"]),
        reason_code=OwnCarReason(row["reason_code"]) if row["reason_code"] else None,
        reason_text=row["reason_text"],
        proposed_reason=OwnCarReason(row["proposed_reason"]) if row["proposed_reason"] else None,
        own_car_km=row["own_car_km"],
        km_avoided=row["km_avoided"],
        co2_avoided_kg=row["co2_avoided_kg"],
        actor=row["actor"],
        created_at=row["created_at"],
        trip_id=row["trip_id"],
        avoided_trip_id=row["avoided_trip_id"],
        approval_id=approvals[0]["id"] if approvals else None,
        offers=offers,
    )


def get_decision(db: Database, decision_id: str) -> Decision | None:
    rows = list(db.query("SELECT * FROM green_decisions WHERE id = ?", [decision_id]))
    return _decision(db, rows[0]) if rows else None


def decisions_for_trip(db: Database, trip_id: str) -> list[Decision]:
    rows = db.query(
        "SELECT * FROM green_decisions WHERE trip_id = ? ORDER BY created_at", [trip_id]
    )
    return [_decision(db, row) for row in rows]


def last_own_car_reason(
    db: Database, employee_id: int, route_text: str
) -> tuple[OwnCarReason, str] | None:
    """The reason (code, text) this employee last gave for keeping the car on this route.

    The prompt preselects it, so a trip repeated every week is answered with one keystroke;
    None when the employee never kept the own car on the route.
    """
    rows = list(
        db.query(
            """SELECT reason_code, reason_text FROM green_decisions
               WHERE employee_id = ? AND route_text = ? AND choice = 'own_car'
                 AND reason_code IS NOT NULL
               ORDER BY created_at DESC, rowid DESC LIMIT 1""",
            [employee_id, route_text],
        )
    )
    if not rows:
        return None
    return OwnCarReason(rows[0]["reason_code"]), rows[0]["reason_text"] or ""


def _period(
    db: Database, date_from: date, date_to: date, unit_id: int | None, alias: str = ""
) -> tuple[str, list[object]]:
    prefix = f"{alias}." if alias else ""
    where = f"{prefix}date BETWEEN ? AND ?"
    params: list[object] = [date_from.isoformat(), date_to.isoformat()]
    if unit_id is not None:
        ids = subtree_ids(db, unit_id)
        where += f" AND {prefix}unit_id IN ({','.join('?' for _ in ids)})"
        params.extend(ids)
    return where, params


def list_decisions(
    db: Database, date_from: date, date_to: date, unit_id: int | None = None
) -> list[Decision]:
    where, params = _period(db, date_from, date_to, unit_id)
    rows = db.query(
        f"SELECT * FROM green_decisions WHERE {where} ORDER BY date, created_at", params
    )
    return [_decision(db, row) for row in rows]


def list_avoided_trips(
    db: Database, date_from: date, date_to: date, unit_id: int | None = None
) -> list[AvoidedTrip]:
    where, params = _period(db, date_from, date_to, unit_id)
    rows = db.query(f"SELECT * FROM avoided_trips WHERE {where} ORDER BY date, created_at", params)
    return [
        AvoidedTrip(
            id=row["id"],
            employee_id=row["employee_id"],
            unit_id=row["unit_id"],
            date=date.fromisoformat(row["date"]),
            km_avoided=row["km_avoided"],
            co2_avoided_kg=row["co2_avoided_kg"],
            purpose=row["purpose"],
            purpose_category=row["purpose_category"],
            route_text=row["route_text"],
            created_at=row["created_at"],
            created_by=row["created_by"],
        )
        for row in rows
    ]


@dataclass(frozen=True)
class UnitGreenSummary:
    """One unit's prompts in a period (the unit's own decisions, not those of units below)."""

    unit_id: int
    unit_code: str
    unit_name: str
    decisions: int
    fitted: dict[Mode, int]  # how often each alternative fitted, i.e. was a real offer
    taken: dict[Mode, int]  # how often each mode was chosen
    km_avoided: float
    co2_avoided_kg: float
    avoided_trips: int
    own_car_km: float  # km of the trips where the own car was kept
    # Prompts answered after the trip's day (a trip logged afterwards): only a reason could
    # be given then, so a high share means the prompt comes too late to change anything.
    afterwards: int = 0

    @property
    def green_share(self) -> float:
        """Share of prompts where something greener than the own car was taken."""
        if not self.decisions:
            return 0.0
        return 1 - self.taken.get(Mode.OWN_CAR, 0) / self.decisions


def green_summary_by_unit(
    db: Database, date_from: date, date_to: date, unit_id: int | None = None
) -> list[UnitGreenSummary]:
    where, params = _period(db, date_from, date_to, unit_id, "d")
    units = {
        row["unit_id"]: row
        for row in db.query(
            f"""SELECT d.unit_id, u.code, u.name, COUNT(*) AS decisions,
                       SUM(d.km_avoided) AS km_avoided, SUM(d.co2_avoided_kg) AS co2,
                       SUM(d.avoided_trip_id IS NOT NULL) AS avoided,
                       SUM(CASE WHEN d.choice = 'own_car' THEN d.own_car_km ELSE 0 END) AS own_km,
                       SUM(substr(d.created_at, 1, 10) > d.date) AS afterwards
                FROM green_decisions d JOIN org_units u ON u.id = d.unit_id
                WHERE {where} GROUP BY d.unit_id ORDER BY u.name""",
            params,
        )
    }
    taken: dict[int, dict[Mode, int]] = {unit: {} for unit in units}
    for row in db.query(
        f"""SELECT d.unit_id, d.choice, COUNT(*) AS n FROM green_decisions d
            WHERE {where} GROUP BY d.unit_id, d.choice""",
        params,
    ):
        taken[row["unit_id"]][Mode(row["choice"])] = row["n"]
    fitted: dict[int, dict[Mode, int]] = {unit: {} for unit in units}
    for row in db.query(
        f"""SELECT d.unit_id, o.mode, SUM(o.fits) AS n FROM green_decisions d
            JOIN green_offers o ON o.decision_id = d.id
            WHERE {where} GROUP BY d.unit_id, o.mode""",
        params,
    ):
        fitted[row["unit_id"]][Mode(row["mode"])] = row["n"]
    return [
        UnitGreenSummary(
            unit_id=unit,
            unit_code=row["code"],
            unit_name=row["name"],
            decisions=row["decisions"],
            fitted=fitted[unit],
            taken=taken[unit],
            km_avoided=round(row["km_avoided"] or 0.0, 1),
            co2_avoided_kg=round(row["co2"] or 0.0, 2),
            avoided_trips=row["avoided"] or 0,
            own_car_km=round(row["own_km"] or 0.0, 1),
            afterwards=row["afterwards"] or 0,
        )
        for unit, row in units.items()
    ]


@dataclass(frozen=True)
class ReasonCount:
    reason: OwnCarReason
    count: int
    km: float
    proposed_and_kept: int  # how often the advisor's proposal was the reason given

    @property
    def label(self) -> str:
        return self.reason.label


def reason_breakdown(
    db: Database, date_from: date, date_to: date, unit_id: int | None = None
) -> list[ReasonCount]:
    """Why the own car was kept, most common first (a unit includes the units below it)."""
    where, params = _period(db, date_from, date_to, unit_id)
    rows = db.query(
        f"""SELECT reason_code, COUNT(*) AS n, SUM(own_car_km) AS km,
                   SUM(reason_code = proposed_reason) AS kept
            FROM green_decisions WHERE {where} AND choice = 'own_car'
            GROUP BY reason_code ORDER BY n DESC, reason_code""",
        params,
    )
    return [
        ReasonCount(
            OwnCarReason(row["reason_code"]), row["n"], round(row["km"] or 0, 1), row["kept"]
        )
        for row in rows
    ]

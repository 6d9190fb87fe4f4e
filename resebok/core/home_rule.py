"""The home rule: commuting is not a business trip, and a trip from home pays only the extra.

Skatteverket (Rättslig vägledning, tjänsteresa / tjänsteställe): travel between home and the
regular workplace (det ordinarie tjänstestället) is never a business trip, so it earns no
mileage allowance. A trip from home to another place is a business trip, but many agreements
pay only the distance beyond the normal commute; the organisation chooses with the setting
``home_commute_reduction``.

Commuting: a route made only of home and the regular workplace that starts or ends at home
(home → workplace, workplace → home, home → workplace → home) is not reimbursable.

How the reduction is counted (a deliberate, documented choice): the employee's commute_km is
deducted once for the first leg when the trip starts at home and once for the last leg when it
ends at home, because each such leg replaces a commute the employee would have made anyway. A
round trip home → X → home is reduced twice, home → X → workplace once. When the "started at
home" box is ticked, the first leg counts even if the first stop is not the registered home.

Only the ends of a route count. Homes are often registered as a town ("Örebro"), and a stop in
that town in the middle of a route (workplace → Örebro → workplace) is a visit to the town, not
a trip home; likewise workplace → home town → workplace is not commuting. The reduction never
exceeds the trip's km. Only own-car trips are reduced (no other mode earns an allowance); the
commuting verdict applies to every mode.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from resebok.core.models import Employee, Mode, Trip
from resebok.core.money import format_km
from resebok.core.org import get_employee
from resebok.core.settings import get_setting, set_setting

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database

COMMUTE_MESSAGE = (
    "Resor mellan bostaden och det ordinarie tjänstestället är inte tjänsteresor och ger "
    "ingen kilometerersättning (Skatteverket). Resan kan sparas som en resa utan ersättning."
)


@dataclass(frozen=True)
class HomeRuleResult:
    reimbursable: bool
    reduction_km: float = 0.0
    home_legs: int = 0
    commute_km: float = 0.0
    message: str = ""  # Swedish, for the trip dialog and the claim; "" when nothing applies


NO_RULE = HomeRuleResult(reimbursable=True)


def _home_legs(stop_ids: Sequence[int], home_id: int | None, from_home: bool) -> int:
    """Legs to reduce: the first when the trip starts at home, the last when it ends there."""
    if len(stop_ids) < 2:
        return 0
    starts_home = from_home or (home_id is not None and stop_ids[0] == home_id)
    ends_home = home_id is not None and stop_ids[-1] == home_id
    return int(starts_home) + int(ends_home)


def _is_commute(stop_ids: Sequence[int], employee: Employee) -> bool:
    home, work = employee.home_place_id, employee.workplace_place_id
    if home is None or work is None or home == work or len(stop_ids) < 2:
        return False
    return set(stop_ids) == {home, work} and home in (stop_ids[0], stop_ids[-1])


def _reduction_message(legs: int, commute: float, reduction: float, km: float) -> str:
    per_leg = format_km(commute)
    if legs == 1:
        text = (
            "Resan börjar eller slutar i bostaden. Ersättningen minskas med den normala "
            f"resvägen till arbetet: {per_leg} km."
        )
    else:
        text = (
            "Resan börjar och slutar i bostaden. Ersättningen minskas med den normala "
            f"resvägen till arbetet för båda sträckorna: 2 × {per_leg} = "
            f"{format_km(legs * commute)} km."
        )
    if reduction < legs * commute:
        text += f" Avdraget begränsas till resans {format_km(km)} km."
    return text


class HomeRule:
    """Assesses trips against the home rule; caches employees for bulk use (demo, import)."""

    def __init__(self, db: Database):
        self.db = db
        self.reduce = bool(get_setting(db, "home_commute_reduction"))
        self._employees: dict[int, Employee | None] = {}

    def employee(self, employee_id: int) -> Employee | None:
        if employee_id not in self._employees:
            self._employees[employee_id] = get_employee(self.db, employee_id)
        return self._employees[employee_id]

    def assess(
        self,
        employee_id: int,
        stop_ids: Sequence[int],
        km: float,
        mode: Mode = Mode.OWN_CAR,
        from_home: bool = False,
    ) -> HomeRuleResult:
        employee = self.employee(employee_id)
        if employee is None:
            return NO_RULE
        if _is_commute(stop_ids, employee):
            return HomeRuleResult(reimbursable=False, message=COMMUTE_MESSAGE)
        if mode != Mode.OWN_CAR or not self.reduce:
            return NO_RULE
        legs = _home_legs(stop_ids, employee.home_place_id, from_home)
        commute = float(employee.commute_km or 0.0)
        if legs == 0 or commute <= 0:
            return HomeRuleResult(reimbursable=True, home_legs=legs, commute_km=commute)
        reduction = round(min(legs * commute, max(float(km), 0.0)), 1)
        return HomeRuleResult(
            reimbursable=True,
            reduction_km=reduction,
            home_legs=legs,
            commute_km=commute,
            message=_reduction_message(legs, commute, reduction, float(km)),
        )

    def assess_trip(self, trip: Trip) -> HomeRuleResult:
        return self.assess(trip.employee_id, trip.stop_ids, trip.km, trip.mode, trip.from_home)


def check_home_rule(
    db: Database,
    employee_id: int,
    stop_ids: Sequence[int],
    km: float,
    mode: Mode = Mode.OWN_CAR,
    from_home: bool = False,
) -> HomeRuleResult:
    """For the trip dialog: is the planned trip reimbursable, and by how much is it reduced?

    ``result.message`` explains it in Swedish; when ``result.reimbursable`` is False the dialog
    offers to save the trip as a non-reimbursed trip (save_trip stores the verdict itself).
    """
    return HomeRule(db).assess(employee_id, stop_ids, km, mode, from_home)


def assess_trip(db: Database, trip: Trip) -> HomeRuleResult:
    return HomeRule(db).assess_trip(trip)


def refresh_home_rule(db: Database, trip_ids: Iterable[str] | None = None) -> int:
    """Recompute the stored verdict of unlocked trips (all, or *trip_ids*); returns changes.

    Needed after an employee's home, workplace or commute changes, or after the setting is
    switched. Trips on a submitted, approved or paid claim keep what they were claimed with.
    """
    rule = HomeRule(db)
    unlocked = """
        NOT EXISTS (
            SELECT 1 FROM claim_lines l JOIN claims c ON c.id = l.claim_id
            WHERE l.trip_id = t.id AND c.state <> 'draft'
        )
    """
    where = unlocked
    params: list[str] = []
    if trip_ids is not None:
        params = list(trip_ids)
        if not params:
            return 0
        where += f" AND t.id IN ({','.join('?' for _ in params)})"
    stops: dict[str, list[int]] = {}
    for stop in db.query(
        f"SELECT s.trip_id, s.place_id FROM trip_stops s JOIN trips t ON t.id = s.trip_id "
        f"WHERE {where} ORDER BY s.trip_id, s.seq",
        params,
    ):
        stops.setdefault(stop["trip_id"], []).append(stop["place_id"])
    rows = db.query(
        "SELECT t.id, t.employee_id, t.km, t.mode, t.from_home, t.reimbursable, "
        f"t.reduction_km, t.reimbursement_note FROM trips t WHERE {where}",
        params,
    )
    updates: list[tuple[int, float, str, str]] = []
    for row in rows:
        result = rule.assess(
            row["employee_id"],
            stops.get(row["id"], []),
            row["km"],
            Mode(row["mode"]),
            bool(row["from_home"]),
        )
        if (
            bool(row["reimbursable"]) != result.reimbursable
            or abs(row["reduction_km"] - result.reduction_km) > 1e-9
            or row["reimbursement_note"] != result.message
        ):
            updates.append(
                (int(result.reimbursable), result.reduction_km, result.message, row["id"])
            )
    if updates:
        with db.atomic():
            db.conn.executemany(
                "UPDATE trips SET reimbursable = ?, reduction_km = ?, reimbursement_note = ? "
                "WHERE id = ?",
                updates,
            )
    return len(updates)


def set_home_commute_reduction(db: Database, reduce: bool) -> int:
    """Switch the organisation's home-rule setting and re-assess the unlocked trips at once.

    One transaction, so that the setting and the stored verdicts never disagree. Returns how
    many trips changed; trips on a submitted, approved or paid claim keep their reduction, and
    drafts pick up the change when they are refreshed.
    """
    with db.atomic():
        set_setting(db, "home_commute_reduction", bool(reduce))
        return refresh_home_rule(db)

"""The green prompt's effect per unit: alternatives offered and taken, km and CO₂ avoided,
and the reasons for keeping the own car — for the controller's view and report.

The records are the green advisor's (resebok.core.green_records). This module reads them only
through ``_from_green_records``, so that a change there is absorbed in one place, and turns
them into plain figures per unit. Dates are the trip dates of the decisions: the payout basis
does not apply to trips that were never made.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from resebok.core.models import Mode
from resebok.core.periods import Period


@dataclass(frozen=True)
class ReasonShare:
    code: str  # resebok.core.own_car_reasons.OwnCarReason value
    label: str  # Swedish, lower case ("ingen kommunbil ledig")
    count: int
    km: float  # own-car km of the trips it was given for


@dataclass(frozen=True)
class UnitGreenEffect:
    unit_id: int
    code: str
    name: str
    prompts: int  # planned trips that went through the green prompt
    offered: dict[Mode, int] = field(default_factory=dict)  # alternatives that fitted
    taken: dict[Mode, int] = field(default_factory=dict)  # what was chosen
    km_avoided: float = 0.0  # own-car km not driven because an alternative was taken
    co2_avoided_kg: float = 0.0
    avoided_trips: int = 0  # trips replaced by a digital meeting
    afterwards: int = 0  # prompts answered only after the trip was made (logged afterwards)

    @property
    def own_car_kept(self) -> int:
        return self.taken.get(Mode.OWN_CAR, 0)

    @property
    def alternatives_taken(self) -> int:
        return self.prompts - self.own_car_kept

    @property
    def alternatives_offered(self) -> int:
        """How often a greener alternative fitted (several may fit one trip)."""
        return sum(n for mode, n in self.offered.items() if mode is not Mode.OWN_CAR)

    @property
    def green_share(self) -> float | None:
        return self.alternatives_taken / self.prompts if self.prompts else None


def _sum(rows: Iterable[UnitGreenEffect], unit_id: int, code: str, name: str) -> UnitGreenEffect:
    offered: dict[Mode, int] = {}
    taken: dict[Mode, int] = {}
    prompts = avoided = afterwards = 0
    km = co2 = 0.0
    for row in rows:
        prompts += row.prompts
        avoided += row.avoided_trips
        afterwards += row.afterwards
        km += row.km_avoided
        co2 += row.co2_avoided_kg
        for mode, n in row.offered.items():
            offered[mode] = offered.get(mode, 0) + n
        for mode, n in row.taken.items():
            taken[mode] = taken.get(mode, 0) + n
    return UnitGreenEffect(
        unit_id,
        code,
        name,
        prompts,
        offered,
        taken,
        round(km, 1),
        round(co2, 2),
        avoided,
        afterwards,
    )


@dataclass(frozen=True)
class GreenEffect:
    period: Period
    units: list[UnitGreenEffect]  # each unit's own decisions, most km avoided first
    reasons: list[ReasonShare]  # the whole scope, most common first
    # Per unit that itself kept an own car: the reasons of the unit and the units below it.
    reasons_by_unit: dict[int, list[ReasonShare]]

    @property
    def total(self) -> UnitGreenEffect:
        return _sum(self.units, 0, "", "Totalt")

    def total_for(self, unit_ids: Iterable[int]) -> UnitGreenEffect:
        """The units' decisions together (pass resebok.core.org.subtree_ids for a subtree)."""
        wanted = set(unit_ids)
        return _sum((u for u in self.units if u.unit_id in wanted), 0, "", "Totalt")

    @property
    def is_empty(self) -> bool:
        return not self.units


def _from_green_records(
    db: Database, period: Period, scope_id: int | None
) -> tuple[list[UnitGreenEffect], list[ReasonShare], dict[int, list[ReasonShare]]]:
    """The adapter: the green helper's public summaries, as this module's records."""
    from resebok.core.green_records import green_summary_by_unit

    def reasons(unit_id: int | None) -> list[ReasonShare]:
        return own_car_reasons(db, period, unit_id)

    units = [
        UnitGreenEffect(
            unit_id=s.unit_id,
            code=s.unit_code,
            name=s.unit_name,
            prompts=s.decisions,
            offered=dict(s.fitted),
            taken=dict(s.taken),
            km_avoided=s.km_avoided,
            co2_avoided_kg=s.co2_avoided_kg,
            avoided_trips=s.avoided_trips,
            afterwards=s.afterwards,
        )
        for s in green_summary_by_unit(db, period.first, period.last, scope_id)
    ]
    by_unit = {u.unit_id: reasons(u.unit_id) for u in units if u.own_car_kept}
    return units, reasons(scope_id), by_unit


def own_car_reasons(db: Database, period: Period, unit_id: int | None) -> list[ReasonShare]:
    """Why the own car was kept in the unit and the units below it (all when None)."""
    from resebok.core.green_records import reason_breakdown

    return [
        ReasonShare(str(r.reason), r.label, r.count, r.km)
        for r in reason_breakdown(db, period.first, period.last, unit_id)
    ]


def green_effect(db: Database, period: Period, scope_id: int | None = None) -> GreenEffect:
    """The green prompt's effect in the period for the scope (all units when None)."""
    units, reasons, by_unit = _from_green_records(db, period, scope_id)
    units.sort(key=lambda u: (-u.km_avoided, -u.prompts, u.name))
    return GreenEffect(period, units, reasons, by_unit)

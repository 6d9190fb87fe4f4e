"""How many pool cars would a unit need? The fleet-need analysis of its own-car trips.

DESIGN.md tells of a cleaning unit that drives its own cars between the municipality's
buildings, where "a first analysis said about 10 vehicles would cover its need". This module
makes that judgement from the logged trips and shows how sure it is:

- For each day on which the unit (with the units below it) drove own cars, the trips are put
  on the day's timeline and the peak number of cars in use at once is found
  (resebok.core.fleet_assignment). Multi-stop tours are one trip: the car is away for all of
  it, waiting at the buildings while the work is done.
- Trips without start and end times get a duration from their km at an average speed, plus a
  stop time per intermediate stop, and are placed within the working hours where they do not
  collide with the same employee's trips (and where fewest cars are in use). By default the
  stop time is learnt from the unit's own timed trips: the median time per stop beyond the
  driving. How many trips were estimated is reported.
- The need for a coverage of P % is the smallest N such that on at least P % of those days no
  more than N cars were in use (the nearest-rank percentile of the daily peaks).
- The curve: for N = 1 … the highest peak, the share of the trips and of the km that N pool
  cars would have taken over, assigned day by day so that the km covered is the largest
  possible with no car in two places at once (an exact min-cost-flow assignment).

Only reimbursable trips that start at the workplace are analysed: commuting is not a business
trip, and a pool car waits at the workplace, so a trip from home stays in the own car unless
``include_from_home`` is set. Both are counted and reported. The days are those with own-car
trips ("working days with own-car trips"); days without any need no car and are left out, so
the percentile is not flattered by empty days. Pure Python apart from ``load_fleet_trips``.
"""

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from statistics import median
from typing import Any

from sqlite_utils import Database

from resebok.core.fleet_assignment import (
    DAY_MINUTES,
    SLOT_MINUTES,
    Interval,
    coverage_masks,
    peak_in_use,
    place_untimed,
)
from resebok.core.models import OrgUnit
from resebok.core.org import find_unit, get_unit, subtree_ids
from resebok.core.periods import Period

DEFAULT_COVERAGE = 90.0  # percent of the days with own-car trips
DEFAULT_SPEED_KMH = 50.0  # rural roads and a little town driving, stops not included
FALLBACK_STOP_MINUTES = 30  # when the unit has too few timed trips with stops to learn from
MIN_LEARNING_TRIPS = 5
MAX_STOP_MINUTES = 8 * 60

Progress = Callable[[int, int], bool]  # (days done, days in all) -> False to cancel


class FleetNeedError(ValueError):
    """The message is Swedish and meant for the user."""


class FleetCancelled(Exception):
    """The user cancelled the analysis."""


@dataclass(frozen=True)
class FleetSettings:
    """The analysis' assumptions; every one of them is shown with the result."""

    coverage_percent: float = DEFAULT_COVERAGE
    speed_kmh: float = DEFAULT_SPEED_KMH
    stop_minutes: int | None = None  # None: learnt from the unit's timed trips
    day_start: time = time(7, 0)
    day_end: time = time(16, 0)
    include_from_home: bool = False

    def check(self) -> None:
        """FleetNeedError for settings that cannot give a sensible answer."""
        if not 1 <= self.coverage_percent <= 100:
            raise FleetNeedError("Täckningen ska vara 1–100 % av dagarna.")
        if not 5 <= self.speed_kmh <= 150:
            raise FleetNeedError("Medelhastigheten ska vara 5–150 km/h.")
        if self.stop_minutes is not None and not 0 <= self.stop_minutes <= MAX_STOP_MINUTES:
            raise FleetNeedError("Tiden per stopp ska vara 0–480 minuter.")
        if self.day_end <= self.day_start:
            raise FleetNeedError("Arbetsdagen ska sluta efter att den börjar.")

    @property
    def day_start_minute(self) -> int:
        return self.day_start.hour * 60 + self.day_start.minute

    @property
    def day_end_minute(self) -> int:
        return self.day_end.hour * 60 + self.day_end.minute


@dataclass(frozen=True)
class FleetTrip:
    """An own-car trip as the analysis needs it."""

    id: str
    day: date
    employee_id: int
    start: int | None  # minutes after midnight; None when not logged
    end: int | None
    km_tenths: int
    paid_km_tenths: int  # reimbursed km (km less the home-rule reduction); 0 for commuting
    stops: int = 0  # intermediate stops
    from_home: bool = False
    reimbursable: bool = True
    paid_on: date | None = None
    fuel: str = "petrol"  # the own car's fuel, for CO₂

    @property
    def has_times(self) -> bool:
        return self.start is not None and self.end is not None and self.end > self.start


@dataclass(frozen=True)
class PlacedTrip:
    trip: FleetTrip
    start: int
    end: int
    estimated: bool  # the times (or one of them) were estimated
    collides: bool = False  # placed over the employee's other trips: no room that day


@dataclass(frozen=True)
class DayPlan:
    day: date
    trips: tuple[PlacedTrip, ...]
    peak: int
    masks: tuple[int, ...]  # masks[n]: bit i set when n cars take trips[i]; n = 0 … peak

    def mask(self, cars: int) -> int:
        return self.masks[min(max(cars, 0), len(self.masks) - 1)]

    def covered(self, cars: int) -> list[PlacedTrip]:
        """The trips that *cars* pool cars would have taken over on the day."""
        mask = self.mask(cars)
        return [trip for n, trip in enumerate(self.trips) if mask >> n & 1]


@dataclass(frozen=True)
class CurvePoint:
    cars: int
    km_tenths: int  # covered
    trips: int  # covered
    share_km: float
    share_trips: float
    share_days: float  # of the days whose peak the cars cover

    def as_json(self) -> dict[str, Any]:
        return {
            "cars": self.cars,
            "share_km": round(self.share_km, 4),
            "share_trips": round(self.share_trips, 4),
            "share_days": round(self.share_days, 4),
            "km": self.km_tenths / 10,
            "trips": self.trips,
        }


def need_for(peaks: Sequence[int], coverage_percent: float) -> int:
    """The smallest N with at least *coverage_percent* of the days at a peak of N or less.

    The nearest-rank percentile of the peaks; 0 without days. The rank is rounded up, with a
    guard against binary fractions (90 % of 10 days is 9 days, not 9.000000000000002).
    """
    if not peaks:
        return 0
    rank = max(1, math.ceil(round(coverage_percent * len(peaks) / 100, 9)))
    return sorted(peaks)[min(rank, len(peaks)) - 1]


@dataclass(frozen=True)
class FleetNeed:
    """The analysis of one unit and period; every figure the page, report and CLI show."""

    unit: OrgUnit
    period: Period
    settings: FleetSettings
    plans: tuple[DayPlan, ...]
    stop_minutes: int  # used for trips without times
    stop_minutes_learnt: bool
    excluded: tuple[FleetTrip, ...] = ()  # commuting, and trips from home unless included
    _curve: list[CurvePoint] = field(default_factory=list, repr=False, compare=False)

    @property
    def days(self) -> int:
        return len(self.plans)

    @property
    def excluded_from_home(self) -> int:
        return sum(trip.reimbursable and trip.from_home for trip in self.excluded)

    @property
    def excluded_commuting(self) -> int:
        return sum(not trip.reimbursable for trip in self.excluded)

    def all_trips(self) -> list[FleetTrip]:
        """Every own-car trip of the period: the analysed ones and the excluded ones."""
        return [t.trip for plan in self.plans for t in plan.trips] + list(self.excluded)

    @property
    def all_paid_km_tenths(self) -> int:
        return sum(trip.paid_km_tenths for trip in self.all_trips())

    @property
    def peaks(self) -> list[int]:
        return [plan.peak for plan in self.plans]

    @property
    def max_peak(self) -> int:
        return max(self.peaks, default=0)

    @property
    def trips(self) -> int:
        return sum(len(plan.trips) for plan in self.plans)

    @property
    def km_tenths(self) -> int:
        return sum(t.trip.km_tenths for plan in self.plans for t in plan.trips)

    @property
    def estimated_trips(self) -> int:
        return sum(t.estimated for plan in self.plans for t in plan.trips)

    @property
    def colliding_estimates(self) -> int:
        return sum(t.collides for plan in self.plans for t in plan.trips)

    @property
    def need(self) -> int:
        return need_for(self.peaks, self.settings.coverage_percent)

    def need_for(self, coverage_percent: float) -> int:
        return need_for(self.peaks, coverage_percent)

    def curve(self) -> list[CurvePoint]:
        """N = 1 … the highest peak, with the share of km, trips and days N cars cover."""
        if not self._curve and self.plans:
            self._curve.extend(_curve(self.plans))
        return list(self._curve)

    def point(self, cars: int) -> CurvePoint | None:
        curve = self.curve()
        if not curve or cars < 1:
            return None
        return curve[min(cars, len(curve)) - 1]

    def covered_trips(self, cars: int, first_day: date | None = None) -> list[PlacedTrip]:
        """The trips *cars* pool cars take over, on days from *first_day* on."""
        return [
            trip
            for plan in self.plans
            if first_day is None or plan.day >= first_day
            for trip in plan.covered(cars)
        ]

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit.code,
            "unit_name": self.unit.name,
            "from": self.period.first.isoformat(),
            "to": self.period.last.isoformat(),
            "coverage": self.settings.coverage_percent,
            "need": self.need,
            "days": self.days,
            "trips": self.trips,
            "km": self.km_tenths / 10,
            "estimated_trips": self.estimated_trips,
            "estimated_colliding": self.colliding_estimates,
            "max_peak": self.max_peak,
            "excluded_from_home": self.excluded_from_home,
            "excluded_commuting": self.excluded_commuting,
            "assumptions": {
                "speed_kmh": self.settings.speed_kmh,
                "stop_minutes": self.stop_minutes,
                "stop_minutes_learnt": self.stop_minutes_learnt,
                "working_hours": [
                    self.settings.day_start.strftime("%H:%M"),
                    self.settings.day_end.strftime("%H:%M"),
                ],
            },
            "curve": [point.as_json() for point in self.curve()],
        }


def _curve(plans: Sequence[DayPlan]) -> list[CurvePoint]:
    total_km = sum(t.trip.km_tenths for plan in plans for t in plan.trips)
    total_trips = sum(len(plan.trips) for plan in plans)
    highest = max(plan.peak for plan in plans)
    points = []
    for cars in range(1, highest + 1):
        km = trips = days = 0
        for plan in plans:
            mask = plan.mask(cars)
            trips += mask.bit_count()
            km += sum(t.trip.km_tenths for n, t in enumerate(plan.trips) if mask >> n & 1)
            days += plan.peak <= cars
        points.append(
            CurvePoint(
                cars,
                km,
                trips,
                km / total_km if total_km else 1.0,
                trips / total_trips if total_trips else 1.0,
                days / len(plans),
            )
        )
    return points


# --- the analysis (pure) ----------------------------------------------------------------------


def learn_stop_minutes(trips: Iterable[FleetTrip], speed_kmh: float) -> int | None:
    """The median minutes per intermediate stop beyond the driving, from trips with times.

    None when fewer than MIN_LEARNING_TRIPS such trips exist. Rounded to the placement grid.
    """
    samples = [
        (t.end - t.start - t.km_tenths / 10 / speed_kmh * 60) / t.stops  # type: ignore[operator]
        for t in trips
        if t.stops > 0 and t.has_times
    ]
    if len(samples) < MIN_LEARNING_TRIPS:
        return None
    value = SLOT_MINUTES * round(median(samples) / SLOT_MINUTES)
    return int(min(MAX_STOP_MINUTES, max(0, value)))


def estimated_minutes(trip: FleetTrip, speed_kmh: float, stop_minutes: int) -> int:
    """How long a trip without times kept its car: driving at the speed, plus the stops."""
    driving = trip.km_tenths / 10 / speed_kmh * 60
    return max(SLOT_MINUTES, round(driving + trip.stops * stop_minutes))


def _plan_day(
    day: date, trips: Sequence[FleetTrip], settings: FleetSettings, stop_minutes: int
) -> DayPlan:
    placed: list[PlacedTrip] = []
    untimed: list[FleetTrip] = []
    for trip in trips:
        if trip.has_times:
            placed.append(PlacedTrip(trip, trip.start, trip.end, False))  # type: ignore[arg-type]
            continue
        minutes = estimated_minutes(trip, settings.speed_kmh, stop_minutes)
        if trip.start is not None:  # a start without a (sensible) end
            placed.append(
                PlacedTrip(trip, trip.start, min(DAY_MINUTES, trip.start + minutes), True)
            )
        elif trip.end is not None and trip.end > 0:  # an end without a start
            placed.append(PlacedTrip(trip, max(0, trip.end - minutes), trip.end, True))
        else:
            untimed.append(trip)
    if untimed:
        timed = [
            (p.trip.employee_id, Interval(p.start, p.end, p.trip.km_tenths))
            for p in placed
            if p.end > p.start
        ]
        spots = place_untimed(
            timed,
            [
                (t.employee_id, estimated_minutes(t, settings.speed_kmh, stop_minutes))
                for t in untimed
            ],
            settings.day_start_minute,
            settings.day_end_minute,
        )
        placed += [
            PlacedTrip(trip, spot.start, spot.end, True, spot.collides)
            for trip, spot in zip(untimed, spots, strict=True)
        ]
    placed.sort(key=lambda p: (p.start, p.end, p.trip.id))
    intervals = [Interval(p.start, max(p.end, p.start + 1), p.trip.km_tenths) for p in placed]
    return DayPlan(day, tuple(placed), peak_in_use(intervals), tuple(coverage_masks(intervals)))


def analyse_trips(
    unit: OrgUnit,
    period: Period,
    trips: Iterable[FleetTrip],
    settings: FleetSettings = FleetSettings(),  # noqa: B008 - frozen, so sharing it is safe
    progress: Progress | None = None,
) -> FleetNeed:
    """The fleet need from the unit's own-car trips of the period (no database)."""
    settings.check()
    eligible: list[FleetTrip] = []
    excluded: list[FleetTrip] = []
    for trip in trips:
        if not period.first <= trip.day <= period.last:
            continue
        if not trip.reimbursable or (trip.from_home and not settings.include_from_home):
            excluded.append(trip)
        else:
            eligible.append(trip)
    learnt = None
    if settings.stop_minutes is None:
        learnt = learn_stop_minutes(eligible, settings.speed_kmh)
    stop_minutes = settings.stop_minutes
    if stop_minutes is None:
        stop_minutes = learnt if learnt is not None else FALLBACK_STOP_MINUTES
    by_day: dict[date, list[FleetTrip]] = {}
    for trip in eligible:
        by_day.setdefault(trip.day, []).append(trip)
    plans = []
    days = sorted(by_day)
    for done, day in enumerate(days):
        if progress is not None and done % 16 == 0 and not progress(done, len(days)):
            raise FleetCancelled
        plans.append(_plan_day(day, by_day[day], settings, stop_minutes))
    if progress is not None:
        progress(len(days), len(days))
    return FleetNeed(
        unit=unit,
        period=period,
        settings=settings,
        plans=tuple(plans),
        stop_minutes=stop_minutes,
        stop_minutes_learnt=learnt is not None,
        excluded=tuple(excluded),
    )


# --- the database -----------------------------------------------------------------------------


def _minute(text: str | None) -> int | None:
    if not text:
        return None
    hours, minutes = text.split(":")[:2]
    return int(hours) * 60 + int(minutes)


def load_fleet_trips(db: Database, unit_id: int, period: Period) -> list[FleetTrip]:
    """The own-car trips charged to the unit or a unit below it, by trip date."""
    ids = subtree_ids(db, unit_id)
    marks = ",".join("?" for _ in ids)
    cursor = db.execute(
        f"""SELECT t.id, t.date, t.start_time, t.end_time, t.employee_id, t.km,
                   t.reduction_km, t.reimbursable, t.from_home, t.paid_on, e.car_fuel,
                   (SELECT COUNT(*) FROM trip_stops s WHERE s.trip_id = t.id) AS stops
            FROM trips t JOIN employees e ON e.id = t.employee_id
            WHERE t.mode = 'own_car' AND t.date BETWEEN ? AND ? AND t.unit_id IN ({marks})
            ORDER BY t.date, t.start_time, t.id""",
        [*period.params(), *ids],
    )  # plain tuples: a year of a municipality is thousands of rows
    trips = []
    days: dict[str, date] = {}
    for (
        trip_id, day, start, end, employee, km, reduction, reimbursable, from_home, paid_on,
        fuel, stops,
    ) in cursor.fetchall():  # fmt: skip
        # trips store km to one decimal, so ×10 is an integer within float error: the same
        # tenths as resebok.core.money.km_tenths, without a Decimal per row
        km_t = round(km * 10)
        paid = max(0, km_t - round((reduction or 0) * 10)) if reimbursable else 0
        for text in (day, paid_on):
            if text and text not in days:
                days[text] = date.fromisoformat(text)
        trips.append(
            FleetTrip(
                id=trip_id,
                day=days[day],
                employee_id=employee,
                start=_minute(start),
                end=_minute(end),
                km_tenths=km_t,
                paid_km_tenths=paid,
                stops=max(0, stops - 2),
                from_home=bool(from_home),
                reimbursable=bool(reimbursable),
                paid_on=days[paid_on] if paid_on else None,
                fuel=fuel or "petrol",
            )
        )
    return trips


def unit_by_code(db: Database, code: str) -> OrgUnit:
    unit = find_unit(db, code.strip())
    if unit is None:
        raise FleetNeedError(f"Det finns ingen enhet med koden {code.strip()!r}.")
    return unit


def fleet_need(
    db: Database,
    unit_id: int,
    period: Period,
    settings: FleetSettings = FleetSettings(),  # noqa: B008 - frozen
    progress: Progress | None = None,
) -> FleetNeed:
    """Load the unit's trips and analyse them (see the module docstring)."""
    unit = get_unit(db, unit_id)
    if unit is None:
        raise FleetNeedError("Enheten finns inte längre.")
    settings.check()
    return analyse_trips(unit, period, load_fleet_trips(db, unit_id, period), settings, progress)

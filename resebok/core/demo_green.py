"""The demo's green prompt: what it offered, what was chosen and why, since it came.

Resebok's green prompt came to the demo municipality on 1 January 2025
(``GREEN_PROMPT_INTRODUCED``); before that nobody recorded choices. From then on every own-car
trip has one decision with a reason that fits its unit: the cleaners name their equipment or a
unit car that was not free; the archivists the detour to fetch a pool car in Fjugesta from
their homes, and the urgent requests for public documents (skyndsamhetskravet); the others that
they must be there in person, that no bus goes at that time, or a short text of their own. Many
trips made another way (a pool car, the bus, on foot or by bicycle) began as own-car trips that
the prompt turned, and some meetings were held digitally instead of travelling (avoided trips).

Most decisions were made before the trip, many the day before. A minority of own-car trips
were logged only afterwards, when the prompt could no longer change anything; each employee has
a habit of their own, and the cleaners, who log a week of short trips at once, do it most.

Running the advisor trip by trip would take minutes for the demo's thousands of trips, and it
would need a timetable and bookings that the demo does not have. So the advisor's own rules
write the digital, walking and own-car offers (their wording and figures) from the demo's
facts, while the bus and pool-car offers follow its rules on what the demo knows: buses go
where the demo's employees take the bus, and each unit is offered the pool cars it drives.
The rows have the shape that resebok.core.green_records writes; decisions are not in the audit
chain, so ``resebok verify`` is unaffected. Call it after the trips are saved::

    from resebok.core.demo_green import add_demo_green
    add_demo_green(db, today, random.Random(seed + 2))
"""

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import accumulate
from typing import TypeVar

from sqlite_utils import Database

from resebok.core.advisor import (
    DIGITAL_PURPOSES,
    FUEL_LABELS,
    AdviceContext,
    Alternative,
    PlannedTrip,
    digital_meeting,
    own_car_alternative,
    pool_car_route,
    pool_car_too_far,
    propose_reason,
    walk_or_cycle,
)
from resebok.core.bookings import format_window
from resebok.core.co2 import list_factors
from resebok.core.distance import format_km, geodesic_km
from resebok.core.geo import haversine_m
from resebok.core.green_config import load_green_config
from resebok.core.green_records import offer_row
from resebok.core.models import Mode, PurposeCategory
from resebok.core.money import amount_ore, km_tenths
from resebok.core.own_car_reasons import OwnCarReason
from resebok.core.places import all_places
from resebok.core.rates import RateError, RateKind, load_rate_table

GREEN_PROMPT_INTRODUCED = date(2025, 1, 1)

CLEANING_UNIT = "LOK"  # the unit codes of resebok.core.demo
ARCHIVE_UNIT = "ARK"
HOME_MUNICIPALITY = "Lekeberg"
URGENT_PURPOSE = "Skyndsam"  # "Skyndsam begäran om allmän handling": skyndsamhetskravet
DEFAULT_START = time(8, 0)  # the prompt's assumption for a trip logged without a start time

# Of the trips made another way, the share that was entered as an own-car trip and changed in
# the prompt; the others were entered with their own mode, which the prompt does not ask about.
PLANNED_SHARE = {Mode.POOL_CAR: 0.5, Mode.PUBLIC_TRANSPORT: 0.6, Mode.WALK_CYCLE: 0.3}
# For each meeting or conference trip made, the chance that another was held digitally.
DIGITAL_SHARE = 0.3
DIGITAL_WEEKS = (-3, -2, -1, 1, 2, 3)  # the same meeting series, some weeks apart
# The share of own-car trips logged only after they were made, around which each employee's
# own habit varies.
AFTERWARDS_SHARE = {CLEANING_UNIT: 0.4, ARCHIVE_UNIT: 0.3}
AFTERWARDS_OTHERS = 0.2
# How likely a pool car was free when the own car was kept for another reason.
POOL_CAR_FREE = {CLEANING_UNIT: 0.3}  # three unit cars for fourteen cleaners
POOL_CAR_FREE_OTHERS = 0.55

# Days between the decision and the trip: before it (0 = the same morning), or after it.
LEAD_DAYS = ((0, 40), (1, 32), (2, 10), (3, 7), (5, 6), (7, 5))
DIGITAL_LEAD_DAYS = ((1, 30), (2, 20), (3, 15), (5, 15), (7, 12), (14, 8))
LAG_DAYS = ((1, 30), (2, 20), (3, 15), (4, 12), (7, 13), (10, 6), (14, 4))

T = TypeVar("T")
R = OwnCarReason
Weights = tuple[tuple[OwnCarReason, int], ...]
CLEANING_REASONS: Weights = ((R.EQUIPMENT, 55), (R.NO_POOL_CAR, 35), (R.OTHER, 10))
# The archive's errands from the depot, by how their purpose begins (resebok.core.demo).
ARCHIVE_REASONS: tuple[tuple[str, Weights], ...] = (
    # Boxes of records to carry, often wanted for a request that is waiting.
    ("Hämtning", ((R.EQUIPMENT, 50), (R.URGENCY, 25), (R.NO_POOL_CAR, 25))),
    ("Återlämning", ((R.URGENCY, 50), (R.NO_POOL_CAR, 30), (R.OTHER, 20))),
    ("Arkivinventering", ((R.NO_POOL_CAR, 45), (R.EQUIPMENT, 20), (R.OTHER, 35))),
)
REASONS: dict[PurposeCategory, Weights] = {
    PurposeCategory.MEETING: (
        (R.PRESENCE_REQUIRED, 50),
        (R.NO_PUBLIC_TRANSPORT, 25),
        (R.OTHER, 15),
        (R.NO_POOL_CAR, 10),
    ),
    PurposeCategory.CONFERENCE: (
        (R.PRESENCE_REQUIRED, 35),
        (R.NO_PUBLIC_TRANSPORT, 35),
        (R.OTHER, 20),
        (R.NO_POOL_CAR, 10),
    ),
    PurposeCategory.SITE_WORK: (
        (R.EQUIPMENT, 30),
        (R.NO_PUBLIC_TRANSPORT, 30),
        (R.NO_POOL_CAR, 20),
        (R.OTHER, 20),
    ),
    PurposeCategory.HOME_VISIT: (
        (R.NO_PUBLIC_TRANSPORT, 35),
        (R.PRESENCE_REQUIRED, 20),
        (R.NO_POOL_CAR, 20),
        (R.OTHER, 15),
        (R.URGENCY, 10),
    ),
    PurposeCategory.DOCUMENT_RETRIEVAL: ((R.NO_POOL_CAR, 50), (R.EQUIPMENT, 30), (R.OTHER, 20)),
    PurposeCategory.OTHER: ((R.OTHER, 60), (R.NO_POOL_CAR, 40)),
}
# The reasons that still explain the own car when walking or cycling would do.
NEAR_REASONS = frozenset({R.EQUIPMENT, R.URGENCY, R.OTHER})
# What people write under "annat": by unit, else by what the trip was for.
OTHER_TEXTS: dict[str, tuple[str, ...]] = {
    CLEANING_UNIT: (
        "Ersätter sjuk kollega med kort varsel",
        "Kommunbilen stod på laddning",
        "Tre arbetsplatser i följd under passet",
    ),
    ARCHIVE_UNIT: ("Handlingarna ska tillbaka samma dag", "Samordnat med ett ärende på hemvägen"),
    "meeting": (
        "Mötet börjar direkt efter ett annat utanför kontoret",
        "Hämtar material till mötet på vägen",
        "Mötet slutar sent",
    ),
    "visit": (
        "Fortsätter direkt till nästa besök",
        "Besöket kan dra ut på tiden",
        "Två besök åt olika håll samma eftermiddag",
    ),
    "near": ("Halt väglag", "Åker direkt vidare till ett uppdrag längre bort"),
}


@dataclass(frozen=True)
class _Trip:
    """A demo trip as the prompt would have seen it."""

    id: str
    day: date
    start: time
    end: time | None
    employee_id: int
    unit_id: int
    unit_code: str
    actor: str  # the employee's name: who answered the prompt
    fuel: str  # the employee's own car
    mode: Mode
    vehicle_id: int | None
    km: float  # the route's km by car, as the advisor suggests it
    stop_ids: tuple[int, ...]
    route_text: str
    purpose: str
    category: PurposeCategory
    passengers: int
    from_home: bool


@dataclass(frozen=True)
class _Route:
    one_way_km: float
    detour_km: float | None  # from home: the extra km to fetch a pool car at its base


@dataclass(frozen=True)
class _Car:
    id: int
    registration: str
    fuel: str
    base_id: int


def add_demo_green(db: Database, today: date, rng: random.Random) -> None:
    """Decisions, offers and digital meetings from the prompt's introduction to *today*.

    Expects the demo's staff, pool cars and trips. The trips that went through the prompt
    are stamped as entered when their decision was made (saving a trip through the prompt
    records both at once). Deterministic for a given *rng* state and *today*.
    """
    if today < GREEN_PROMPT_INTRODUCED:
        return
    trips = _load_trips(db, GREEN_PROMPT_INTRODUCED, today)
    prompt = _DemoPrompt(db, rng, today, trips)
    worked = {(trip.employee_id, trip.day) for trip in trips}
    for trip in trips:
        if trip.mode is Mode.OWN_CAR:
            prompt.keep_own_car(trip)
        elif trip.mode in PLANNED_SHARE and rng.random() < PLANNED_SHARE[trip.mode]:
            prompt.take_alternative(trip)
        if trip.category in DIGITAL_PURPOSES and rng.random() < DIGITAL_SHARE:
            prompt.meet_digitally(trip, worked)
    with db.atomic():
        prompt.write()


def _load_trips(db: Database, first: date, last: date) -> list[_Trip]:
    rows = db.execute(
        """SELECT t.id, t.date, t.start_time, t.end_time, t.employee_id, t.unit_id, u.code,
                  e.name, e.car_fuel, t.mode, t.vehicle_id, COALESCE(t.suggested_km, t.km),
                  t.route_key, t.route_text, t.purpose, t.purpose_category, t.passengers,
                  t.from_home
           FROM trips t JOIN org_units u ON u.id = t.unit_id
           JOIN employees e ON e.id = t.employee_id
           WHERE t.date BETWEEN ? AND ? ORDER BY t.date, t.start_time, t.id""",
        [first.isoformat(), last.isoformat()],
    )
    modes = {str(mode): mode for mode in Mode}
    categories = {str(category): category for category in PurposeCategory}
    return [
        _Trip(
            id=row[0],
            day=_date(row[1]),
            start=_time(row[2]) if row[2] else DEFAULT_START,
            end=_time(row[3]) if row[3] else None,
            employee_id=row[4],
            unit_id=row[5],
            unit_code=row[6],
            actor=row[7],
            fuel=row[8],
            mode=modes[row[9]],
            vehicle_id=row[10],
            km=row[11],
            stop_ids=_stop_ids(row[12]),
            route_text=row[13],
            purpose=row[14],
            category=categories[row[15]],
            passengers=row[16],
            from_home=bool(row[17]),
        )
        for row in rows
    ]


class _DemoPrompt:
    """Answers the green prompt for the demo's trips and gathers the rows to write."""

    def __init__(self, db: Database, rng: random.Random, today: date, trips: list[_Trip]):
        self.db = db
        self.rng = rng
        self.today = today
        self.config = load_green_config(db)
        self.places = {place.id: place for place in all_places(db)}
        self.factors = {factor.key: factor for factor in list_factors(db)}
        self.rates = load_rate_table(db)
        self.cars = {
            row[0]: _Car(*row)
            for row in db.execute(
                "SELECT id, registration, fuel, home_base_place_id FROM vehicles "
                "WHERE home_base_place_id IS NOT NULL ORDER BY id"
            )
        }
        self.bus_places = {
            int(place_id)
            for (key,) in db.execute(
                "SELECT DISTINCT route_key FROM trips WHERE mode = 'public_transport'"
            )
            for place_id in key.split(",")[1:-1]
        }
        self.unit_cars, self.shared_cars = self._pool_cars(trips)
        # When each trip's claim was submitted (local time): a trip is entered before that.
        self.submitted = {
            trip_id: datetime.fromisoformat(at).replace(tzinfo=None)
            for trip_id, at in db.execute(
                "SELECT l.trip_id, c.submitted_at FROM claim_lines l "
                "JOIN claims c ON c.id = l.claim_id JOIN trips t ON t.id = l.trip_id "
                "WHERE t.date >= ? AND c.submitted_at IS NOT NULL",
                [GREEN_PROMPT_INTRODUCED.isoformat()],
            )
        }
        self._routes: dict[tuple[int, tuple[int, ...], bool], _Route] = {}
        self._legs: dict[tuple[int, int], float] = {}
        self._own_rates: dict[date, int] = {}
        self._habits: dict[int, float] = {}
        self._holidays: dict[int, set[date]] = {}
        self._near_offers: dict[tuple[object, ...], tuple[Alternative, Alternative]] = {}
        self._own_offers: dict[tuple[object, ...], Alternative] = {}
        self.decisions: list[tuple[object, ...]] = []
        self.offers: list[tuple[object, ...]] = []
        self.avoided: list[tuple[object, ...]] = []
        self.entered: list[tuple[str, str, str]] = []

    def _pool_cars(self, trips: list[_Trip]) -> tuple[dict[int, list[_Car]], list[_Car]]:
        """The pool cars each unit drove, and those several units share (for the others)."""
        used: dict[int, set[int]] = {}
        for trip in trips:
            car = trip.vehicle_id
            if trip.mode is Mode.POOL_CAR and car is not None and car in self.cars:
                used.setdefault(trip.unit_id, set()).add(car)
        units_per_car: dict[int, int] = {}
        for cars in used.values():
            for car in cars:
                units_per_car[car] = units_per_car.get(car, 0) + 1
        shared = {car for car, units in units_per_car.items() if units > 1} or set(self.cars)
        by_unit = {unit: self._cleanest_first(cars) for unit, cars in used.items()}
        return by_unit, self._cleanest_first(shared)

    def _cleanest_first(self, car_ids: set[int]) -> list[_Car]:
        cars = [self.cars[car_id] for car_id in car_ids]
        return sorted(cars, key=lambda car: (self.factors[car.fuel].grams, car.id))

    def cars_for(self, unit_id: int) -> list[_Car]:
        return self.unit_cars.get(unit_id) or self.shared_cars

    # --- the three kinds of answer ----------------------------------------------------------

    def keep_own_car(self, trip: _Trip) -> None:
        route = self.route(trip)
        reason = self.reason(trip, route)
        text = self.rng.choice(self.other_texts(trip, route)) if reason is R.OTHER else ""
        offers = self.offers_for(trip, trip.day, route, Mode.OWN_CAR, reason)
        decided = None
        if trip.day < self.today and self.rng.random() < self.habit(trip):
            decided = self.after(trip)
        if decided is None:
            decided = self.before(trip.day, trip.start)
        self.decide(trip, trip.day, Mode.OWN_CAR, offers, decided, reason, text)

    def take_alternative(self, trip: _Trip) -> None:
        offers = self.offers_for(trip, trip.day, self.route(trip), trip.mode, None)
        self.decide(trip, trip.day, trip.mode, offers, self.before(trip.day, trip.start))

    def meet_digitally(self, trip: _Trip, worked: set[tuple[int, date]]) -> None:
        """The same meeting some weeks apart, held online on a day its traveller was at work."""
        for weeks in self.rng.sample(DIGITAL_WEEKS, len(DIGITAL_WEEKS)):
            day = trip.day + timedelta(weeks=weeks)
            if day <= self.today and (trip.employee_id, day) in worked:
                break
        else:
            return
        offers = self.offers_for(trip, day, self.route(trip), Mode.DIGITAL, None)
        decided = self.before(day, trip.start, DIGITAL_LEAD_DAYS)
        self.decide(trip, day, Mode.DIGITAL, offers, decided)

    def decide(
        self,
        trip: _Trip,
        day: date,
        choice: Mode,
        offers: tuple[Alternative, ...],
        decided: datetime,
        reason: OwnCarReason | None = None,
        reason_text: str = "",
    ) -> None:
        """The rows green_records.record_choice would write, with the same values."""
        own = offers[-1]
        chosen = next(alt for alt in offers if alt.mode is choice)
        taken = choice is not Mode.OWN_CAR
        km_avoided = round(own.km, 1) if taken else 0.0
        co2_avoided = round(max(0.0, own.co2_kg - chosen.co2_kg), 3) if taken else 0.0
        decision_id = _uuid(self.rng)
        created = _utc_stamp(decided)
        trip_id: str | None = trip.id
        avoided_id = None
        if choice is Mode.DIGITAL:
            trip_id, avoided_id = None, _uuid(self.rng)
            self.avoided.append(
                (
                    avoided_id,
                    trip.employee_id,
                    trip.unit_id,
                    day.isoformat(),
                    km_avoided,
                    co2_avoided,
                    trip.purpose.strip(),
                    str(trip.category),
                    trip.route_text,
                    created,
                    trip.actor,
                )
            )
        self.decisions.append(
            (
                decision_id,
                trip_id,
                avoided_id,
                trip.employee_id,
                trip.unit_id,
                day.isoformat(),
                trip.route_text,
                str(choice),
                str(reason) if reason else None,
                reason_text.strip() if reason else "",
                str(own.proposed_reason) if own.proposed_reason else None,
                round(own.km, 1),
                km_avoided,
                co2_avoided,
                trip.actor,
                created,
            )
        )
        self.offers.extend(offer_row(decision_id, seq, alt) for seq, alt in enumerate(offers))
        if trip_id is not None:
            self.entered.append((created, created, trip_id))

    def write(self) -> None:
        conn = self.db.conn
        conn.executemany(
            """INSERT INTO avoided_trips (id, employee_id, unit_id, date, km_avoided,
                   co2_avoided_kg, purpose, purpose_category, route_text, created_at, created_by)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            self.avoided,
        )
        conn.executemany(
            """INSERT INTO green_decisions (id, trip_id, avoided_trip_id, employee_id, unit_id,
                   date, route_text, choice, reason_code, reason_text, proposed_reason,
                   own_car_km, km_avoided, co2_avoided_kg, actor, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            self.decisions,
        )
        conn.executemany(
            """INSERT INTO green_offers (decision_id, seq, mode, fits, reason, minutes,
                   cost_ore, co2_kg) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            self.offers,
        )
        conn.executemany(
            "UPDATE trips SET created_at = ?, updated_at = ? WHERE id = ?", self.entered
        )

    # --- why the own car ----------------------------------------------------------------------

    def reason(self, trip: _Trip, route: _Route) -> OwnCarReason:
        if URGENT_PURPOSE in trip.purpose:
            return R.URGENCY
        if route.detour_km is not None and route.detour_km > self.config.detour_max_km:
            return R.POOL_CAR_DETOUR  # what the advisor proposes; the archivists keep it
        weights = REASONS[trip.category]
        if trip.unit_code == CLEANING_UNIT:
            weights = CLEANING_REASONS
        elif trip.unit_code == ARCHIVE_UNIT:
            weights = next(
                (w for start, w in ARCHIVE_REASONS if trip.purpose.startswith(start)), weights
            )
        reason = _draw(self.rng, weights)
        if self.near(route) and reason not in NEAR_REASONS:
            return R.OTHER if trip.category in DIGITAL_PURPOSES else R.EQUIPMENT
        return reason

    def near(self, route: _Route) -> bool:
        """Walking or cycling would do (and a meeting could be digital anyway)."""
        return route.one_way_km <= self.config.walk_cycle_max_km

    def other_texts(self, trip: _Trip, route: _Route) -> tuple[str, ...]:
        if self.near(route):
            return OTHER_TEXTS["near"]
        if trip.unit_code in OTHER_TEXTS:
            return OTHER_TEXTS[trip.unit_code]
        return OTHER_TEXTS["meeting" if trip.category in DIGITAL_PURPOSES else "visit"]

    def habit(self, trip: _Trip) -> float:
        """How often this employee logs an own-car trip only after making it."""
        if trip.employee_id not in self._habits:
            share = AFTERWARDS_SHARE.get(trip.unit_code, AFTERWARDS_OTHERS)
            self._habits[trip.employee_id] = share * self.rng.uniform(0.5, 1.5)
        return self._habits[trip.employee_id]

    # --- when -------------------------------------------------------------------------------

    def before(
        self, day: date, start: time, leads: tuple[tuple[int, int], ...] = LEAD_DAYS
    ) -> datetime:
        """The same morning before leaving, or a working day before."""
        rng = self.rng
        earlier = day - timedelta(days=_draw(rng, leads))
        while not self.workday(earlier):
            earlier -= timedelta(days=1)
        if earlier < day and earlier >= GREEN_PROMPT_INTRODUCED:
            moment = datetime.combine(earlier, time(rng.randrange(8, 17), rng.randrange(60)))
        else:  # the same morning, as always when the days before were before the prompt
            moment = datetime.combine(day, start) - timedelta(minutes=rng.randrange(10, 95, 5))
            moment = max(moment, datetime.combine(day, time(6, 30)))
        return moment.replace(second=rng.randrange(60))

    def workday(self, day: date) -> bool:
        if day.year not in self._holidays:
            from resebok.core.demo import swedish_holidays  # demo imports this module

            self._holidays[day.year] = swedish_holidays(day.year)
        return day.weekday() < 5 and day not in self._holidays[day.year]

    def after(self, trip: _Trip) -> datetime | None:
        """A working day after the trip, before its claim went to the attestant and not after
        today; None when there was no such day."""
        rng = self.rng
        later = trip.day + timedelta(days=_draw(rng, LAG_DAYS))
        while not self.workday(later):
            later += timedelta(days=1)
        clock = time(rng.randrange(7, 18), rng.randrange(60), rng.randrange(60))
        moment = datetime.combine(min(later, self.today), clock)
        submitted = self.submitted.get(trip.id)
        if submitted is not None and moment >= submitted:
            moment = submitted - timedelta(minutes=rng.randrange(5, 240))
        return moment if moment.date() > trip.day else None

    # --- the offers ---------------------------------------------------------------------------

    def route(self, trip: _Trip) -> _Route:
        key = (trip.unit_id, trip.stop_ids, trip.from_home)
        if key not in self._routes:
            plan = PlannedTrip(trip.stop_ids, trip.day, trip.start)
            one_way = min(trip.km, round(self.road_km(plan.outbound_ids), 1))
            detour = None
            if trip.from_home:
                base = self.cars_for(trip.unit_id)[0].base_id
                pooled = self.road_km(pool_car_route(plan, base))
                detour = round(max(0.0, pooled - self.road_km(trip.stop_ids)), 1)
            self._routes[key] = _Route(one_way, detour)
        return self._routes[key]

    def road_km(self, stop_ids: tuple[int, ...] | list[int]) -> float:
        """Straight line × the road factor, as the demo's own trips measure their routes."""
        total = 0.0
        for a, b in zip(stop_ids, stop_ids[1:], strict=False):
            if a != b and (a, b) not in self._legs:
                straight = geodesic_km([self.places[a], self.places[b]]) or 0.0
                self._legs[(a, b)] = straight * self.config.road_factor
            total += self._legs.get((a, b), 0.0)
        return total

    def offers_for(
        self, trip: _Trip, day: date, route: _Route, choice: Mode, reason: OwnCarReason | None
    ) -> tuple[Alternative, ...]:
        """The ladder as the prompt showed it, consistent with what was chosen and why."""
        plan = PlannedTrip(
            stop_ids=trip.stop_ids,
            date=day,
            start_time=trip.start,
            end_time=trip.end,
            purpose_category=trip.category,
            passengers=trip.passengers,
            from_home=trip.from_home,
            equipment=reason is R.EQUIPMENT,
            urgent=reason is R.URGENCY,
            employee_id=trip.employee_id,
            km=trip.km,
        )
        ctx = self.context(plan, trip, route)
        greener = [
            *self.digital_and_walk(ctx),
            self.transit(ctx, route, choice, reason),
            self.pool_car(ctx, trip, route, choice, reason),
        ]
        return (*greener, self.own_car(ctx, {alt.mode: alt for alt in greener}))

    def digital_and_walk(self, ctx: AdviceContext) -> tuple[Alternative, Alternative]:
        """The advisor's first two rungs; the same for every trip on the route."""
        plan = ctx.trip
        key = (plan.stop_ids, plan.purpose_category, plan.equipment, ctx.route_km, ctx.own_fuel)
        if key not in self._near_offers:
            self._near_offers[key] = (digital_meeting(ctx), walk_or_cycle(ctx))
        return self._near_offers[key]

    def own_car(self, ctx: AdviceContext, greener: dict[Mode, Alternative]) -> Alternative:
        """The advisor's last rung; the same for every trip on the route and its proposal."""
        proposed = propose_reason(ctx.trip, greener)
        key = (ctx.trip.stop_ids, ctx.route_km, ctx.own_fuel, ctx.own_ore_per_mil, proposed)
        if key not in self._own_offers:
            self._own_offers[key] = own_car_alternative(ctx, greener, ())
        return self._own_offers[key]

    def context(self, plan: PlannedTrip, trip: _Trip, route: _Route) -> AdviceContext:
        """The advisor's context, built from the demo's facts instead of queries."""
        cfg = self.config
        return_km = max(0.0, trip.km - route.one_way_km) if plan.is_round_trip else 0.0
        back = cfg.driving_minutes(return_km) if return_km else 0
        start = datetime.combine(plan.date, plan.start_time)
        return_at = None
        if plan.end_time is not None and plan.end_time > plan.start_time:
            end = datetime.combine(plan.date, plan.end_time)
            return_at = end - timedelta(minutes=back) if plan.is_round_trip else None
        else:
            drive = cfg.driving_minutes(route.one_way_km) + back
            end = start + timedelta(minutes=drive + cfg.default_stay_minutes)
        return AdviceContext(
            db=self.db,
            trip=plan,
            config=cfg,
            places=self.places,
            factors=self.factors,
            route_km=trip.km,
            one_way_km=route.one_way_km,
            return_km=return_km,
            window_start=start,
            window_end=end,
            return_at=return_at,
            own_fuel=trip.fuel,
            own_ore_per_mil=self.own_rate(plan.date),
        )

    def own_rate(self, day: date) -> int:
        """green_config.own_car_ore_per_mil, from the rate table already in memory."""
        if day not in self._own_rates:
            try:
                self._own_rates[day] = self.rates.rate_on(RateKind.EMPLOYER, day)
            except RateError:
                self._own_rates[day] = self.config.own_car_ore_per_km * 10
        return self._own_rates[day]

    def transit(
        self, ctx: AdviceContext, route: _Route, choice: Mode, reason: OwnCarReason | None
    ) -> Alternative:
        """A bus where the demo's employees take one; elsewhere none, or too slow."""

        def refuse(text: str, blocker: OwnCarReason | None = None) -> Alternative:
            return Alternative(
                Mode.PUBLIC_TRANSPORT, False, text, None, 0, 0.0, km=ctx.route_km, blocker=blocker
            )

        if ctx.trip.equipment:
            return refuse(
                "Utrustning eller material att bära passar dåligt i kollektivtrafiken.",
                R.EQUIPMENT,
            )
        cfg, rng = self.config, self.rng
        origin, destination = ctx.trip.stop_ids[0], ctx.trip.destination_ids[0]
        start = ctx.trip.start_time.hour * 60 + ctx.trip.start_time.minute
        by_bus = all(place in self.bus_places for place in ctx.trip.destination_ids)
        if not by_bus and self.places[destination].municipality == HOME_MUNICIPALITY:
            return refuse(
                f"Ingen förbindelse från {ctx.name(origin)} till {ctx.name(destination)} mellan "
                f"{_clock(start)} och {_clock(start + cfg.pt_search_minutes)}.",
                R.NO_PUBLIC_TRANSPORT,
            )
        # Another town is a bus and a change away: much slower than the car.
        fits = by_bus and (
            choice is Mode.PUBLIC_TRANSPORT
            or (reason is not R.NO_PUBLIC_TRANSPORT and rng.random() < 0.8)
        )
        by_car = start + cfg.driving_minutes(route.one_way_km)
        late = rng.randrange(0, 25) if fits else rng.randrange(cfg.pt_extra_minutes + 5, 80)
        leave = start + rng.choice((0, 5, 10))
        arrive = max(by_car + late, leave + 15)
        extra = arrive - by_car
        facts = (
            f"Buss {_clock(leave)} {ctx.name(origin)} → {_clock(arrive - 4)} "
            f"{ctx.name(destination)}, framme {_clock(arrive)}"
            + (f" ({extra} min senare än med bil)" if extra else " (lika snabbt som bil)")
        )
        text = facts + "." if fits else f"{facts} – mer än {cfg.pt_extra_minutes} min extra restid."
        tickets = len(ctx.trip.destination_ids) + (1 if ctx.trip.is_round_trip else 0)
        travellers = 1 + ctx.trip.passengers
        bus_km = route.one_way_km * (2 if ctx.trip.is_round_trip else 1)
        return Alternative(
            Mode.PUBLIC_TRANSPORT,
            fits,
            text,
            arrive - leave,
            tickets * cfg.pt_ticket_ore * travellers,
            bus_km * self.factors["bus"].kg_per_km * travellers,
            km=ctx.route_km,
            extra_minutes=extra,
        )

    def pool_car(
        self,
        ctx: AdviceContext,
        trip: _Trip,
        route: _Route,
        choice: Mode,
        reason: OwnCarReason | None,
    ) -> Alternative:
        """The car booked for a pool-car trip; otherwise one of the unit's cars, if free."""
        cfg, rng = self.config, self.rng
        cars = self.cars_for(trip.unit_id)
        window = format_window(ctx.window_start, ctx.window_end)
        detour = route.detour_km
        if detour is not None and detour > cfg.detour_max_km:
            car = cars[0]
            return pool_car_too_far(ctx, car.id, car.registration, car.base_id, detour)
        if choice is Mode.POOL_CAR and trip.vehicle_id in self.cars:
            car = self.cars[trip.vehicle_id]
        elif reason is R.NO_POOL_CAR or rng.random() >= POOL_CAR_FREE.get(
            trip.unit_code, POOL_CAR_FREE_OTHERS
        ):
            return Alternative(
                Mode.POOL_CAR,
                False,
                f"Ingen kommunbil är ledig {window}.",
                None,
                0,
                0.0,
                km=ctx.route_km,
                blocker=R.NO_POOL_CAR,
            )
        else:
            car = cars[0] if rng.random() < 0.6 else rng.choice(cars)
        fuel = FUEL_LABELS.get(car.fuel, car.fuel)
        base = self.places[car.base_id]
        km = ctx.route_km
        if detour is not None:  # from home, and the base is not far off
            km += detour
            text = (
                f"{car.registration} ({fuel}) i {base.name} är ledig {window}; omvägen för att "
                f"hämta den är {format_km(detour)} km."
            )
            minutes = cfg.driving_minutes(route.one_way_km + detour / 2)
        else:
            start = self.places[trip.stop_ids[0]]
            distance = 0.0
            if (
                start.id != base.id
                and start.lat is not None
                and start.lon is not None
                and base.lat is not None
                and base.lon is not None
            ):
                distance = haversine_m(start.lat, start.lon, base.lat, base.lon)
            where = base.name if distance < 50 else f"{base.name}, {distance:.0f} m bort"
            text = f"{car.registration} ({fuel}, vid {where}) är ledig {window}."
            minutes = cfg.walking_minutes(distance) + cfg.driving_minutes(route.one_way_km)
        return Alternative(
            Mode.POOL_CAR,
            True,
            text,
            minutes,
            amount_ore(km_tenths(km), cfg.pool_car_ore_per_km * 10),
            km * self.factors[car.fuel].kg_per_km,
            km=km,
            vehicle_id=car.id,
            vehicle_registration=car.registration,
            booking_start=ctx.window_start,
            booking_end=ctx.window_end,
            detour_km=detour,
        )


# Trips share their days, times and routes: parse each text once.
_date = cache(date.fromisoformat)
_time = cache(time.fromisoformat)


@cache
def _stop_ids(route_key: str) -> tuple[int, ...]:
    return tuple(int(place_id) for place_id in route_key.split(","))


def _draw(rng: random.Random, weighted: tuple[tuple[T, int], ...]) -> T:
    values, cumulated = _cumulated(weighted)
    return rng.choices(values, cum_weights=cumulated)[0]


@cache
def _cumulated(weighted: tuple[tuple[T, int], ...]) -> tuple[tuple[T, ...], list[int]]:
    """A weight table as random.choices takes it fastest (the same draws as with weights)."""
    values, weights = zip(*weighted, strict=True)
    return values, list(accumulate(weights))


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _utc_stamp(local: datetime) -> str:
    """A Swedish wall-clock moment as green_records stamps its rows: ISO, UTC, to the second."""
    offset = 2 if _summer_time(local.date()) else 1
    moment = (local - timedelta(hours=offset)).replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


@cache
def _summer_time(day: date) -> bool:
    """Central European summer time: the last Sunday of March to the last Sunday of October."""
    return _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, 31)  # March and October both have 31 days
    return last - timedelta(days=(last.weekday() + 1) % 7)

"""The green advisor: before an own-car trip, what greener way would do, and why (not)?

The alternatives come in the ladder's order (DESIGN.md): a digital meeting, walking or
cycling, public transport, a pool car, and last the own car. Each says whether it fits the
planned trip, why, how long it takes to get there, what it costs the organisation and how much
CO₂ it emits. The own car carries a proposed reason when the advisor already knows why the
alternatives fail (e.g. the archivist's detour to fetch a pool car), so that keeping the car
takes two keystrokes. Colleagues going to the same place that day are suggested for sharing
(resebok.core.carpool).

Conventions of the numbers:
- ``minutes``: door to door to the last destination (one way), waits and changes included.
- ``cost_ore`` and ``co2_kg``: the whole trip as planned, the return included.
- A round trip is a route that ends where it starts ([Kumla, Hallsberg, Kumla]); its last leg
  is the return, everything before it is the outbound part.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlite_utils import Database

from resebok.core.bookings import format_window, free_vehicles
from resebok.core.carpool import CarpoolMatch, carpool_matches
from resebok.core.co2 import Co2Factor, employee_car_fuel, list_factors
from resebok.core.distance import format_km, suggest_km
from resebok.core.geo import haversine_m
from resebok.core.green_config import GreenConfig, load_green_config, own_car_ore_per_mil
from resebok.core.models import Mode, Place, PurposeCategory, Vehicle
from resebok.core.money import amount_ore, format_whole_kr, km_tenths
from resebok.core.own_car_reasons import OwnCarReason
from resebok.core.places import get_places
from resebok.core.transit import Journey, NearStop, find_connection, has_feed, stops_near

LADDER = (Mode.DIGITAL, Mode.WALK_CYCLE, Mode.PUBLIC_TRANSPORT, Mode.POOL_CAR, Mode.OWN_CAR)
DIGITAL_PURPOSES = (PurposeCategory.MEETING, PurposeCategory.CONFERENCE)
FUEL_LABELS = {
    "petrol": "bensin",
    "diesel": "diesel",
    "hvo": "HVO",
    "biogas": "biogas",
    "electric": "el",
}


class AdviceError(ValueError):
    """The planned trip cannot be advised on; the message is Swedish and meant for the user."""


@dataclass(frozen=True)
class PlannedTrip:
    """A trip about to be made, as the trip dialog or the CLI knows it.

    ``stop_ids`` is the route as it will be logged; a round trip ends at its first stop.
    ``return_time`` is when the traveller leaves the last destination to go back, and
    ``end_time`` when the trip is over (back at the start); give either, or neither for an
    estimate (the drive plus ``green_default_stay_minutes``). Network meetings are meetings.
    ``km`` is the distance the traveller gave, if any: it stands in for the route's distance
    when no earlier trip and no position of the places tell it (a new place without an
    address), so that the own car's cost and the km a digital meeting saves are not zero.
    """

    stop_ids: tuple[int, ...]
    date: date
    start_time: time
    return_time: time | None = None
    end_time: time | None = None
    purpose_category: PurposeCategory = PurposeCategory.OTHER
    passengers: int = 0
    from_home: bool = False
    equipment: bool = False  # equipment or material to carry
    urgent: bool = False  # skyndsamhetskrav, e.g. a request for public documents
    employee_id: int | None = None
    km: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "stop_ids", tuple(self.stop_ids))

    @property
    def is_round_trip(self) -> bool:
        return len(self.stop_ids) >= 3 and self.stop_ids[0] == self.stop_ids[-1]

    @property
    def outbound_ids(self) -> tuple[int, ...]:
        return self.stop_ids[:-1] if self.is_round_trip else self.stop_ids

    @property
    def destination_ids(self) -> tuple[int, ...]:
        return self.outbound_ids[1:]


@dataclass(frozen=True)
class Alternative:
    mode: Mode
    fits: bool
    reason: str  # Swedish: why it fits or not, with the facts behind it
    minutes: int | None
    cost_ore: int
    co2_kg: float
    km: float = 0.0
    proposed_reason: OwnCarReason | None = None  # own car only
    # Pool car: the car to book on the spot and the window to book it for.
    vehicle_id: int | None = None
    vehicle_registration: str = ""
    booking_start: datetime | None = None
    booking_end: datetime | None = None
    detour_km: float | None = None  # pool car from home: the extra km to fetch the car
    extra_minutes: int | None = None  # public transport: later than by car
    journeys: tuple[Journey, ...] = ()  # public transport: outbound, then the return if known
    # Why it does not fit, as a code the own car can propose (internal to the advisor).
    blocker: OwnCarReason | None = None

    @property
    def label(self) -> str:
        return self.mode.label

    @property
    def cost_sek(self) -> float:
        return round(self.cost_ore / 100, 2)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "mode": str(self.mode),
            "fits": self.fits,
            "reason": self.reason,
            "minutes": self.minutes,
            "cost_sek": self.cost_sek,
            "co2_kg": round(self.co2_kg, 2),
        }
        if self.mode is Mode.OWN_CAR:
            data["proposed_reason"] = str(self.proposed_reason) if self.proposed_reason else None
        return data


@dataclass(frozen=True)
class Advice:
    trip: PlannedTrip
    alternatives: tuple[Alternative, ...]  # LADDER order, the own car last
    carpool: tuple[CarpoolMatch, ...] = ()
    route_km: float = 0.0
    one_way_km: float = 0.0
    window_start: datetime | None = None
    window_end: datetime | None = None
    route_text: str = ""

    def alternative(self, mode: Mode | str) -> Alternative:
        wanted = Mode(mode)
        return next(alt for alt in self.alternatives if alt.mode is wanted)

    @property
    def own_car(self) -> Alternative:
        return self.alternative(Mode.OWN_CAR)

    @property
    def proposed_reason(self) -> OwnCarReason | None:
        return self.own_car.proposed_reason

    @property
    def best(self) -> Alternative:
        """The greenest alternative that fits (the own car when nothing else does)."""
        return next(alt for alt in self.alternatives if alt.fits)

    def as_json(self) -> list[dict[str, Any]]:
        items = [alt.as_json() for alt in self.alternatives]
        items[-1]["carpool"] = [match.as_json() for match in self.carpool]
        return items


@dataclass
class AdviceContext:
    """What every rule needs, computed once.

    The context and the rules that take it (``digital_meeting``, ``walk_or_cycle``,
    ``own_car_alternative``) are public so that the demo (resebok.core.demo_green) judges its
    recorded trips by the same rules and words as the prompt.
    """

    db: Database
    trip: PlannedTrip
    config: GreenConfig
    places: dict[int, Place]
    factors: dict[str, Co2Factor]
    route_km: float
    one_way_km: float
    return_km: float
    window_start: datetime
    window_end: datetime
    return_at: datetime | None
    own_fuel: str
    own_ore_per_mil: int
    _leg_km: dict[tuple[int, int], float] = field(default_factory=dict)

    def name(self, place_id: int) -> str:
        return self.places[place_id].name

    def leg_km(self, a: int, b: int) -> float:
        """Road km between two places (history first, else straight line × road factor)."""
        if a == b:
            return 0.0
        key = (a, b)
        if key not in self._leg_km:
            suggestion = suggest_km(self.db, [a, b])
            self._leg_km[key] = suggestion.km if suggestion else 0.0
        return self._leg_km[key]

    def path_km(self, place_ids: list[int] | tuple[int, ...]) -> float:
        return sum(self.leg_km(a, b) for a, b in zip(place_ids, place_ids[1:], strict=False))

    def car_co2_kg(self, km: float, fuel: str) -> float:
        return km * self.factors[fuel].kg_per_km

    def own_car_cost(self, km: float) -> int:
        return amount_ore(km_tenths(km), self.own_ore_per_mil)


def advise(db: Database, trip: PlannedTrip, config: GreenConfig | None = None) -> Advice:
    """Every rung of the ladder for *trip*, in order; AdviceError for an impossible trip."""
    ctx = _context(db, trip, config or load_green_config(db))
    greener = [digital_meeting(ctx), walk_or_cycle(ctx), _public_transport(ctx), _pool_car(ctx)]
    carpool = tuple(
        carpool_matches(db, trip.date, trip.stop_ids, trip.start_time, trip.employee_id)
    )
    own = own_car_alternative(ctx, {alt.mode: alt for alt in greener}, carpool)
    return Advice(
        trip=trip,
        alternatives=(*greener, own),
        carpool=carpool,
        route_km=ctx.route_km,
        one_way_km=ctx.one_way_km,
        window_start=ctx.window_start,
        window_end=ctx.window_end,
        route_text=" – ".join(ctx.name(i) for i in trip.stop_ids),
    )


def _context(db: Database, trip: PlannedTrip, config: GreenConfig) -> AdviceContext:
    if len(trip.stop_ids) < 2:
        raise AdviceError("Ange minst två platser: varifrån och vart.")
    places = get_places(db, trip.stop_ids)
    if len(places) != len(set(trip.stop_ids)):
        raise AdviceError("En av platserna finns inte i registret.")
    if trip.passengers < 0:
        raise AdviceError("Antal passagerare kan inte vara negativt.")
    whole = suggest_km(db, list(trip.stop_ids))
    outbound = suggest_km(db, list(trip.outbound_ids))
    if whole is not None:
        route_km = whole.km
        one_way_km = outbound.km if outbound else route_km
    else:  # no history and no positions: the traveller's own km, if given
        route_km = max(0.0, trip.km or 0.0)
        one_way_km = route_km / 2 if trip.is_round_trip else route_km
    return_km = max(0.0, route_km - one_way_km) if trip.is_round_trip else 0.0
    start = datetime.combine(trip.date, trip.start_time)
    out_minutes = config.driving_minutes(one_way_km)
    back_minutes = config.driving_minutes(return_km) if return_km else 0
    return_at: datetime | None = None
    if trip.return_time is not None:
        return_at = _after(start, trip.return_time)
        end = return_at + timedelta(minutes=back_minutes)
    elif trip.end_time is not None:
        end = _after(start, trip.end_time)
        return_at = end - timedelta(minutes=back_minutes) if trip.is_round_trip else None
    else:
        end = start + timedelta(minutes=out_minutes + config.default_stay_minutes + back_minutes)
    if end <= start:
        raise AdviceError("Sluttiden måste vara efter starttiden.")
    factors = {factor.key: factor for factor in list_factors(db)}
    return AdviceContext(
        db=db,
        trip=trip,
        config=config,
        places=places,
        factors=factors,
        route_km=route_km,
        one_way_km=one_way_km,
        return_km=return_km,
        window_start=start,
        window_end=end,
        return_at=return_at,
        own_fuel=employee_car_fuel(db, trip.employee_id),
        own_ore_per_mil=own_car_ore_per_mil(db, trip.date, config),
    )


def _after(start: datetime, moment: time) -> datetime:
    """*moment* on the trip's date, or the next day when it is earlier than the start."""
    when = datetime.combine(start.date(), moment)
    if when < start and moment < time(6):  # back after midnight
        when += timedelta(days=1)
    return when


# --- 1. a digital meeting --------------------------------------------------------------------

_NOT_DIGITAL = {
    PurposeCategory.SITE_WORK: "Arbete på plats kan inte göras på distans.",
    PurposeCategory.DOCUMENT_RETRIEVAL: "Handlingar måste hämtas på plats.",
    PurposeCategory.HOME_VISIT: "Ett hembesök görs på plats.",
    PurposeCategory.OTHER: "Ändamålet kräver troligen att du är på plats; välj ändamålet "
    "”Möte” om det kan hållas digitalt.",
}


def digital_meeting(ctx: AdviceContext) -> Alternative:
    purpose = ctx.trip.purpose_category
    if purpose in DIGITAL_PURPOSES:
        co2 = ctx.car_co2_kg(ctx.route_km, ctx.own_fuel)
        reason = (
            f"{purpose.label} kan hållas digitalt: ingen resa, {format_km(ctx.route_km)} km "
            f"och {_kg(co2)} kg CO₂ mindre."
        )
        return Alternative(Mode.DIGITAL, True, reason, 0, 0, 0.0)
    return Alternative(Mode.DIGITAL, False, _NOT_DIGITAL[purpose], None, 0, 0.0)


# --- 2. walk or cycle ------------------------------------------------------------------------


def walk_or_cycle(ctx: AdviceContext) -> Alternative:
    km = ctx.one_way_km
    limit = ctx.config.walk_cycle_max_km
    cycle = ctx.config.cycling_minutes(km)
    walk = ctx.config.walking_minutes(km * 1000)
    facts = f"{format_km(km)} km enkel väg"
    if km <= 0:
        return Alternative(
            Mode.WALK_CYCLE, False, "Avståndet är okänt.", None, 0, 0.0, km=ctx.route_km
        )
    if km > limit:
        reason = f"{facts} – längre än {format_km(limit)} km för gång eller cykel."
        return Alternative(Mode.WALK_CYCLE, False, reason, cycle, 0, 0.0, km=ctx.route_km)
    if ctx.trip.equipment:
        reason = (
            f"{facts}, men utrustning eller material att bära passar inte för gång eller cykel."
        )
        return Alternative(
            Mode.WALK_CYCLE,
            False,
            reason,
            cycle,
            0,
            0.0,
            km=ctx.route_km,
            blocker=OwnCarReason.EQUIPMENT,
        )
    reason = f"{facts}: cykel ca {cycle} min, promenad ca {walk} min."
    return Alternative(Mode.WALK_CYCLE, True, reason, cycle, 0, 0.0, km=ctx.route_km)


# --- 3. public transport ---------------------------------------------------------------------


def _public_transport(ctx: AdviceContext) -> Alternative:
    def refuse(reason: str, blocker: OwnCarReason | None = None) -> Alternative:
        return Alternative(
            Mode.PUBLIC_TRANSPORT, False, reason, None, 0, 0.0, km=ctx.route_km, blocker=blocker
        )

    if not has_feed(ctx.db):
        return refuse("Ingen tidtabell för kollektivtrafiken är importerad (GTFS).")
    if ctx.trip.equipment:
        return refuse(
            "Utrustning eller material att bära passar dåligt i kollektivtrafiken.",
            OwnCarReason.EQUIPMENT,
        )
    cfg = ctx.config
    points = list(ctx.trip.outbound_ids)
    near: dict[int, list[NearStop]] = {}
    for place_id in dict.fromkeys(points):
        place = ctx.places[place_id]
        if not place.has_position:
            return refuse(f"{place.name} saknar position, så hållplatser kan inte sökas.")
        assert place.lat is not None and place.lon is not None
        near[place_id] = stops_near(ctx.db, place.lat, place.lon, cfg.walk_radius_m)
        if not near[place_id]:
            return refuse(
                f"Ingen hållplats inom {cfg.walk_radius_m:.0f} m från {place.name}.",
                OwnCarReason.NO_PUBLIC_TRANSPORT,
            )

    start_s = _seconds(ctx.window_start, ctx.trip.date)
    deadline_s = start_s + cfg.pt_search_minutes * 60
    if ctx.trip.return_time is not None or ctx.trip.end_time is not None:
        deadline_s = max(deadline_s, _seconds(ctx.window_end, ctx.trip.date))
    journeys: list[Journey] = []
    earliest = start_s
    for a, b in zip(points, points[1:], strict=False):
        journey = _connection(ctx, near[a], near[b], earliest, deadline_s)
        if journey is None:
            return refuse(
                f"Ingen förbindelse från {ctx.name(a)} till {ctx.name(b)} mellan "
                f"{_clock(earliest)} och {_clock(deadline_s)}.",
                OwnCarReason.NO_PUBLIC_TRANSPORT,
            )
        journeys.append(journey)
        earliest = journey.arrive_s
    arrive_s = journeys[-1].arrive_s
    car_arrive_s = start_s + cfg.driving_minutes(ctx.one_way_km) * 60
    extra = max(0, -(-(arrive_s - car_arrive_s) // 60))
    minutes = round((arrive_s - journeys[0].leave_s) / 60)

    tickets = len(journeys)
    return_note = ""
    if ctx.trip.is_round_trip:
        tickets += 1
        if ctx.return_at is not None:
            back_s = _seconds(ctx.return_at, ctx.trip.date)
            home = ctx.trip.stop_ids[0]
            last = points[-1]
            back = _connection(
                ctx, near[last], near[home], back_s, back_s + cfg.pt_search_minutes * 60
            )
            if back is None:
                return refuse(
                    f"Ingen förbindelse tillbaka från {ctx.name(last)} efter {_clock(back_s)}.",
                    OwnCarReason.NO_PUBLIC_TRANSPORT,
                )
            journeys.append(back)
            return_note = (
                f" Tillbaka {_clock(back.legs[0].departure_s)}, hemma {_clock(back.arrive_s)}."
            )
    travellers = 1 + ctx.trip.passengers
    co2 = _journeys_co2(ctx, journeys)
    if ctx.trip.is_round_trip and ctx.return_at is None:
        co2 *= 2  # the return is not searched; assume it is like the way there
    cost = tickets * cfg.pt_ticket_ore * travellers
    first = journeys[0]
    facts = f"{first.describe()}, framme {_clock(arrive_s)}" + (
        f" ({extra} min senare än med bil)" if extra else " (lika snabbt som bil)"
    )
    fits = extra <= cfg.pt_extra_minutes
    if fits:
        reason = facts + "." + return_note
    else:
        reason = f"{facts} – mer än {cfg.pt_extra_minutes} min extra restid." + return_note
    return Alternative(
        Mode.PUBLIC_TRANSPORT,
        fits,
        reason,
        minutes,
        cost,
        co2 * travellers,
        km=ctx.route_km,
        extra_minutes=extra,
        journeys=tuple(journeys),
    )


def _connection(
    ctx: AdviceContext, origins: list[NearStop], destinations: list[NearStop], lo: int, hi: int
) -> Journey | None:
    return find_connection(
        ctx.db,
        origins,
        destinations,
        ctx.trip.date,
        lo,
        hi,
        walking_speed_kmh=ctx.config.walking_speed_kmh,
        transfer_minutes=ctx.config.pt_transfer_minutes,
    )


def _journeys_co2(ctx: AdviceContext, journeys: list[Journey]) -> float:
    """kg CO₂ per traveller: each leg's straight-line km × road factor × its vehicle's factor."""
    total = 0.0
    for journey in journeys:
        for leg in journey.legs:
            factor = ctx.factors["train" if leg.is_rail else "bus"]
            total += leg.distance_m / 1000 * ctx.config.road_factor * factor.kg_per_km
    return total


def _seconds(moment: datetime, day: date) -> int:
    """Seconds after midnight of *day* (past 86 400 for the small hours of the next day)."""
    return int((moment - datetime.combine(day, time())).total_seconds())


def _clock(seconds: int) -> str:
    minutes = (seconds // 60) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# --- 4. a pool car ---------------------------------------------------------------------------


def _pool_car(ctx: AdviceContext) -> Alternative:
    def refuse(reason: str, blocker: OwnCarReason, detour: float | None = None) -> Alternative:
        return Alternative(
            Mode.POOL_CAR,
            False,
            reason,
            None,
            0,
            0.0,
            km=ctx.route_km,
            detour_km=detour,
            blocker=blocker,
        )

    all_cars = list(ctx.db.query("SELECT COUNT(*) AS n FROM vehicles"))[0]["n"]
    if not all_cars:
        return refuse("Det finns inga kommunbilar i fordonsregistret.", OwnCarReason.NO_POOL_CAR)
    window = format_window(ctx.window_start, ctx.window_end)
    free = [
        car
        for car in free_vehicles(ctx.db, ctx.window_start, ctx.window_end)
        if car.home_base_place_id is not None
    ]
    if not free:
        return refuse(f"Ingen kommunbil är ledig {window}.", OwnCarReason.NO_POOL_CAR)
    bases = get_places(ctx.db, [car.home_base_place_id for car in free if car.home_base_place_id])
    ctx.places.update(bases)
    if ctx.trip.from_home:
        return _pool_car_from_home(ctx, free, window)

    start = ctx.places[ctx.trip.stop_ids[0]]
    near: list[tuple[float, float, Vehicle]] = []
    for car in free:
        base = ctx.places[car.home_base_place_id]  # type: ignore[index]
        if base.id == start.id:
            distance = 0.0
        elif (
            base.lat is not None
            and base.lon is not None
            and start.lat is not None
            and start.lon is not None
        ):
            distance = haversine_m(start.lat, start.lon, base.lat, base.lon)
        else:
            continue
        if distance <= ctx.config.pool_base_radius_m:
            near.append((ctx.factors[car.fuel].grams, distance, car))
    if not near:
        radius_km = format_km(ctx.config.pool_base_radius_m / 1000)
        return refuse(
            f"Ingen kommunbil som står inom {radius_km} km från {start.name} är ledig {window}.",
            OwnCarReason.NO_POOL_CAR,
        )
    _, distance, car = min(near, key=lambda item: (item[0], item[1]))
    km = ctx.route_km
    walk = ctx.config.walking_minutes(distance)
    base_name = ctx.name(car.home_base_place_id)  # type: ignore[arg-type]
    where = base_name if distance < 50 else f"{base_name}, {distance:.0f} m bort"
    reason = (
        f"{car.registration} ({FUEL_LABELS.get(car.fuel, car.fuel)}, vid {where}) är ledig "
        f"{window}."
    )
    return Alternative(
        Mode.POOL_CAR,
        True,
        reason,
        walk + ctx.config.driving_minutes(ctx.one_way_km),
        _pool_cost(ctx, km),
        ctx.car_co2_kg(km, car.fuel),
        km=km,
        vehicle_id=car.id,
        vehicle_registration=car.registration,
        booking_start=ctx.window_start,
        booking_end=ctx.window_end,
    )


def pool_car_route(trip: PlannedTrip, base_id: int) -> list[int]:
    """home → base → the stops → base (→ home, for a round trip)."""
    stops = list(trip.stop_ids)
    if trip.is_round_trip:
        return [stops[0], base_id, *stops[1:-1], base_id, stops[0]]
    return [stops[0], base_id, *stops[1:], base_id]


def pool_car_too_far(
    ctx: AdviceContext, vehicle_id: int, registration: str, base_id: int, detour: float
) -> Alternative:
    """The nearest free car is refused: fetching it from home is a detour over the limit."""
    return Alternative(
        Mode.POOL_CAR,
        False,
        f"Närmaste lediga kommunbil ({registration}) står i {ctx.name(base_id)}: att hämta den "
        f"från {ctx.name(ctx.trip.stop_ids[0])} är en omväg på {format_km(detour)} km "
        f"(gränsen är {format_km(ctx.config.detour_max_km)} km).",
        None,
        0,
        0.0,
        km=ctx.route_km,
        detour_km=detour,
        vehicle_id=vehicle_id,
        vehicle_registration=registration,
        blocker=OwnCarReason.POOL_CAR_DETOUR,
    )


def _pool_car_from_home(ctx: AdviceContext, free: list[Vehicle], window: str) -> Alternative:
    """The archivists' case: the car must be fetched at its base, which may be far off."""
    direct = ctx.path_km(ctx.trip.stop_ids)
    options = []
    for car in free:
        route = pool_car_route(ctx.trip, car.home_base_place_id)  # type: ignore[arg-type]
        detour = max(0.0, ctx.path_km(route) - direct)
        options.append((round(detour, 1), ctx.factors[car.fuel].grams, car, route))
    detour, _, car, route = min(options, key=lambda item: (item[0], item[1]))
    base_id = car.home_base_place_id
    assert base_id is not None
    base_name = ctx.name(base_id)
    if detour > ctx.config.detour_max_km:
        return pool_car_too_far(ctx, car.id, car.registration, base_id, detour)
    # The pool car drives base → stops → base; getting to and from the base is an own-car trip.
    fetch_km = ctx.leg_km(route[0], route[1]) + ctx.leg_km(route[-2], route[-1])
    pool_km = max(0.0, ctx.path_km(route) - fetch_km)
    outbound = route[: 2 + len(ctx.trip.destination_ids)]
    reason = (
        f"{car.registration} ({FUEL_LABELS.get(car.fuel, car.fuel)}) i {base_name} är ledig "
        f"{window}; omvägen för att hämta den är {format_km(detour)} km."
    )
    return Alternative(
        Mode.POOL_CAR,
        True,
        reason,
        ctx.config.driving_minutes(ctx.path_km(outbound)),
        _pool_cost(ctx, pool_km) + ctx.own_car_cost(fetch_km),
        ctx.car_co2_kg(pool_km, car.fuel) + ctx.car_co2_kg(fetch_km, ctx.own_fuel),
        km=round(pool_km + fetch_km, 1),
        vehicle_id=car.id,
        vehicle_registration=car.registration,
        booking_start=ctx.window_start,
        booking_end=ctx.window_end,
        detour_km=detour,
    )


def _pool_cost(ctx: AdviceContext, km: float) -> int:
    return amount_ore(km_tenths(km), ctx.config.pool_car_ore_per_km * 10)


# --- 5. the own car --------------------------------------------------------------------------


def own_car_alternative(
    ctx: AdviceContext, greener: dict[Mode, Alternative], carpool: tuple[CarpoolMatch, ...]
) -> Alternative:
    km = ctx.route_km
    co2 = ctx.car_co2_kg(km, ctx.own_fuel)
    cost = ctx.own_car_cost(km)
    fuel = FUEL_LABELS.get(ctx.own_fuel, ctx.own_fuel)
    minutes = ctx.config.driving_minutes(ctx.one_way_km)
    reason = (
        f"{format_km(km)} km med egen bil ({fuel}): ca {minutes} min dit, "
        f"{format_whole_kr(cost)} och "
        f"{_kg(co2)} kg CO₂."
    )
    if carpool:
        reason += f" Samåkning möjlig: {carpool[0].describe()}"
    return Alternative(
        Mode.OWN_CAR,
        True,
        reason,
        minutes,
        cost,
        co2,
        km=km,
        proposed_reason=propose_reason(ctx.trip, greener),
    )


def propose_reason(trip: PlannedTrip, alternatives: dict[Mode, Alternative]) -> OwnCarReason | None:
    """The reason the advisor already knows, or None.

    Urgency is the traveller's own word and always wins. When a trip needs no vehicle at all
    (a digital meeting or a walk fits), only the traveller's equipment is a credible reason.
    Otherwise the pool car's problem comes first (a detour or no free car: the numbers the
    controller needs to size the fleet), then equipment, then no public transport.
    """
    if trip.urgent:
        return OwnCarReason.URGENCY
    if alternatives[Mode.DIGITAL].fits or alternatives[Mode.WALK_CYCLE].fits:
        return OwnCarReason.EQUIPMENT if trip.equipment else None
    pool = alternatives[Mode.POOL_CAR]
    if not pool.fits and pool.blocker is not None:
        return pool.blocker
    if trip.equipment:
        return OwnCarReason.EQUIPMENT
    transit = alternatives[Mode.PUBLIC_TRANSPORT]
    if not transit.fits and transit.blocker is OwnCarReason.NO_PUBLIC_TRANSPORT:
        return OwnCarReason.NO_PUBLIC_TRANSPORT
    return None


def _kg(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")

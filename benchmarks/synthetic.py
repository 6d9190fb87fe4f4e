"""A synthetic large municipality for the benchmarks: 100 units, ten years of trips.

The demo (resebok.core.demo) is one small municipality drawn trip by trip through the core;
that is far too slow for a million trips. This generator writes the same tables directly with
``executemany`` in big transactions, with build-only PRAGMAs (no journal, no fsync, a large
page cache) and the trip indexes dropped during the load and created again afterwards from the
schema's own SQL, so that a million trips take a minute or two rather than an hour.

The data is shaped like a real municipality's, because the benchmarks are about query plans
and those depend on the data: trips are written in date order (as they are logged), units
differ in size and mode mix (home care and cleaning drive, administration meets online),
employees come from a skewed distribution (a few drive every day), routes are round trips and
multi-stop tours from the workplace, some start from home, own-car trips are paid the month
after, and the last two years of own-car trips are on claims (paid, approved, submitted).

The built file is cached by size, seed and generator version: reruns reuse it.
"""

import csv
import math
import random
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from resebok.core.db import open_database
from resebok.core.places import place_key, read_gazetteer
from resebok.core.trips import TRIP_COLUMNS

GENERATOR_VERSION = 1
FIRST_DAY = date(2016, 1, 1)
LAST_DAY = date(2025, 12, 31)
TODAY = date(2026, 1, 20)  # trips of December 2025 are on claims but not yet paid
CLAIMS_FROM = date(2024, 1, 1)  # own-car trips from here on are on claims
MUNICIPALITY = "Storbergs kommun"
UNITS = 100
TRIPS_PER_EMPLOYEE = 250  # over the ten years: about two trips a month
ROAD_FACTOR = 1.3
EMPLOYER_ORE_PER_MIL = 2500
BUILD_CACHE_KIB = 512 * 1024
INSERT_CHUNK = 50_000

# (committee, its departments); the units are spread over the departments.
COMMITTEES = (
    ("Kommunstyrelsen", ("Kommunledningsförvaltningen", "Samhällsbyggnadsförvaltningen")),
    ("Barn- och utbildningsnämnden", ("Förskoleförvaltningen", "Skolförvaltningen")),
    ("Socialnämnden", ("Individ- och familjeomsorgen", "Funktionsstödsförvaltningen")),
    ("Vård- och omsorgsnämnden", ("Hemtjänstförvaltningen", "Särskilt boende")),
    ("Tekniska nämnden", ("Tekniska förvaltningen",)),
    ("Kultur- och fritidsnämnden", ("Kultur- och fritidsförvaltningen",)),
    ("Miljö- och byggnadsnämnden", ("Miljö- och byggförvaltningen",)),
    ("Arbetsmarknadsnämnden", ("Arbetsmarknadsförvaltningen",)),
)

# A unit's kind: its name stem, how much it travels, and its mode mix
# (own car, pool car, public transport, walk/cycle, digital).
MODES = ("own_car", "pool_car", "public_transport", "walk_cycle", "digital")


@dataclass(frozen=True)
class Profile:
    stem: str
    weight: float
    modes: tuple[float, float, float, float, float]
    purposes: tuple[tuple[str, str], ...]  # (category, text)


PROFILES = (
    Profile(
        "Hemtjänst",
        3.0,
        (0.55, 0.30, 0.03, 0.10, 0.02),
        (("home_visit", "Hembesök"), ("home_visit", "Insats hos brukare"), ("meeting", "APT")),
    ),
    Profile(
        "Lokalvård",
        2.5,
        (0.70, 0.22, 0.02, 0.05, 0.01),
        (("site_work", "Städning"), ("site_work", "Storstädning"), ("other", "Materialhämtning")),
    ),
    Profile(
        "Skola",
        1.0,
        (0.35, 0.10, 0.20, 0.20, 0.15),
        (("meeting", "Möte med rektorer"), ("conference", "Fortbildning"), ("other", "Utflykt")),
    ),
    Profile(
        "Administration",
        0.7,
        (0.30, 0.20, 0.25, 0.05, 0.20),
        (("meeting", "Samverkansmöte"), ("conference", "Konferens"), ("meeting", "Ledningsgrupp")),
    ),
    Profile(
        "Teknik",
        2.0,
        (0.30, 0.60, 0.02, 0.06, 0.02),
        (("site_work", "Besiktning"), ("site_work", "Felanmälan"), ("meeting", "Byggmöte")),
    ),
    Profile(
        "Socialtjänst",
        1.5,
        (0.50, 0.25, 0.10, 0.05, 0.10),
        (("home_visit", "Hembesök"), ("meeting", "Nätverksmöte"), ("meeting", "SIP-möte")),
    ),
    Profile(
        "Arkiv",
        1.2,
        (0.65, 0.25, 0.05, 0.02, 0.03),
        (("document_retrieval", "Hämtning av handlingar"), ("meeting", "Arkivredovisning")),
    ),
)
DISTRICTS = (
    "Centrum", "Norr", "Söder", "Öster", "Väster", "Ekbacken", "Björkhagen", "Lindås",
    "Furulund", "Åsen", "Tallbo", "Sjöstaden", "Kvarnby", "Backa", "Hagalund", "Ängby",
    "Granbo", "Skogsdal", "Ljungby", "Rosendal", "Solberga", "Vallby", "Mossen", "Bruket",
    "Strand", "Dalen", "Kullen", "Torp", "Ekeby", "Berga",
)  # fmt: skip
BUILDING_KINDS = (
    "skola", "förskola", "äldreboende", "gruppbostad", "idrottshall", "bibliotek",
    "fritidsgård", "servicehus", "vårdcentral", "förråd", "kontor", "återvinningscentral",
    "simhall", "kulturhus",
)  # fmt: skip
FIRST_NAMES = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kristina", "Elin", "Johanna",
    "Linnea", "Malin", "Sofia", "Ida", "Helena", "Fatima", "Amira", "Erik", "Lars", "Anders",
    "Johan", "Per", "Karl", "Mikael", "Peter", "Jonas", "Magnus", "Ahmed", "Ali", "Nils",
)  # fmt: skip
SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Hassan",
    "Lindqvist", "Berg", "Axelsson", "Lundberg", "Sandberg", "Forsberg", "Sjöberg", "Wallin",
)  # fmt: skip
FUELS = ("petrol", "petrol", "petrol", "diesel", "hvo", "biogas", "electric", "electric")
MEMBER_ORGS = (
    ("HBG", "Hallsbergs kommun"),
    ("KUM", "Kumla kommun"),
    ("LAX", "Laxå kommun"),
    ("ASK", "Askersunds kommun"),
    ("SKF", "Sydnärkes kommunalförbund"),
)


# --- the organisation, places and staff -------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    id: int
    code: str
    profile: Profile
    bases: tuple[int, ...]  # the places its staff work at
    destinations: tuple[int, ...]  # where its trips go


@dataclass(frozen=True)
class Employee:
    id: int
    number: str
    name: str
    unit: Unit
    home: int
    workplace: int
    commute_km: float


@dataclass
class World:
    """What the trips are drawn from; ids are those written to the database."""

    units: list[Unit]
    employees: list[Employee]
    places: dict[int, tuple[str, float, float]]  # id -> (name, lat, lon)
    towns: list[int]
    vehicles: list[int]
    member_orgs: list[int]
    shared_unit_id: int
    municipality_id: int
    distances: dict[tuple[int, int], float] = field(default_factory=dict)

    def road_km(self, a: int, b: int) -> float:
        key = (a, b) if a < b else (b, a)
        km = self.distances.get(key)
        if km is None:
            _, lat1, lon1 = self.places[a]
            _, lat2, lon2 = self.places[b]
            km = _haversine_km(lat1, lon1, lat2, lon2) * ROAD_FACTOR
            self.distances[key] = km
        return km


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


def build_world(conn: sqlite3.Connection, rng: random.Random, employees: int) -> World:
    """Write the organisation, places, staff and pool cars; return what trips are drawn from."""
    cur = conn.cursor()
    cur.execute(
        "INSERT INTO org_units (code, name, kind, parent_id, kostnadsstalle) "
        "VALUES ('KOMMUN', ?, 'municipality', NULL, '1000')",
        [MUNICIPALITY],
    )
    municipality_id = int(cur.lastrowid or 0)
    places, towns = _add_places(cur, rng)
    buildings = [pid for pid in places if pid not in towns]
    departments: list[int] = []
    for c, (committee, department_names) in enumerate(COMMITTEES, start=1):
        cur.execute(
            "INSERT INTO org_units (code, name, kind, parent_id, kostnadsstalle) "
            "VALUES (?, ?, 'committee', ?, ?)",
            [f"N{c}", committee, municipality_id, f"{c}000"],
        )
        committee_id = cur.lastrowid
        for d, department in enumerate(department_names, start=1):
            cur.execute(
                "INSERT INTO org_units (code, name, kind, parent_id, kostnadsstalle) "
                "VALUES (?, ?, 'department', ?, ?)",
                [f"N{c}F{d}", department, committee_id, f"{c}{d}00"],
            )
            departments.append(int(cur.lastrowid or 0))
    units: list[Unit] = []
    shared_unit_id = 0
    for n in range(UNITS):
        profile = PROFILES[n % len(PROFILES)]
        district = DISTRICTS[(n // len(PROFILES)) % len(DISTRICTS)]
        name = f"{profile.stem} {district}"
        if n >= len(PROFILES) * len(DISTRICTS):
            name += f" {n // (len(PROFILES) * len(DISTRICTS)) + 1}"
        department_id = departments[n % len(departments)]
        cur.execute(
            "INSERT INTO org_units (code, name, kind, parent_id, kostnadsstalle) "
            "VALUES (?, ?, 'unit', ?, ?)",
            [f"E{n + 1:03d}", name, department_id, f"{5000 + n}"],
        )
        unit_id = int(cur.lastrowid or 0)
        if profile.stem == "Arkiv" and not shared_unit_id:
            shared_unit_id = unit_id
        bases = tuple(rng.sample(buildings, 2))
        destinations = tuple(rng.sample(buildings, 12)) + tuple(rng.sample(towns, 3))
        units.append(Unit(unit_id, f"E{n + 1:03d}", profile, bases, destinations))
    member_orgs = []
    for code, name in MEMBER_ORGS:
        cur.execute("INSERT INTO member_orgs (code, name) VALUES (?, ?)", [code, name])
        member_orgs.append(int(cur.lastrowid or 0))
        cur.execute(
            "INSERT INTO unit_member_orgs (unit_id, member_org_id) VALUES (?, ?)",
            [shared_unit_id, member_orgs[-1]],
        )
    staff = _add_employees(cur, rng, units, towns, places, employees)
    vehicles = []
    for n in range(60):
        cur.execute(
            "INSERT INTO vehicles (registration, model, fuel, home_base_place_id) "
            "VALUES (?, ?, ?, ?)",
            [f"SYN {100 + n}", "Renault Zoe" if n % 3 else "VW Caddy TGI",
             "electric" if n % 3 else "biogas", rng.choice(buildings)],
        )  # fmt: skip
        vehicles.append(int(cur.lastrowid or 0))
    cur.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('municipality_name', ?)",
        [f'"{MUNICIPALITY}"'],
    )
    for year in range(FIRST_DAY.year, LAST_DAY.year + 2):
        cur.execute(
            "INSERT INTO indicator_targets (year, unit_id, target_km, note, updated_at, "
            "updated_by) VALUES (?, ?, ?, '', '2016-01-01T00:00:00+00:00', 'benchmark')",
            [year, municipality_id, 2_000_000.0],
        )
    return World(
        units, staff, places, towns, vehicles, member_orgs, shared_unit_id, municipality_id
    )


def _add_places(
    cur: sqlite3.Cursor, rng: random.Random
) -> tuple[dict[int, tuple[str, float, float]], list[int]]:
    places: dict[int, tuple[str, float, float]] = {}
    towns: list[int] = []
    centres = []
    for row in read_gazetteer():
        cur.execute(
            "INSERT INTO places (name, name_key, address, municipality, lat, lon) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [row["name"], place_key(row["name"]), row["address"], row["municipality"],
             row["lat"], row["lon"]],
        )  # fmt: skip
        place_id = int(cur.lastrowid or 0)
        places[place_id] = (row["name"], row["lat"], row["lon"])
        if not row["address"]:  # the town centres have no street address
            towns.append(place_id)
            centres.append((row["lat"], row["lon"], row["municipality"]))
    for district in DISTRICTS:
        lat0, lon0, municipality = rng.choice(centres)
        lat0 += rng.uniform(-0.04, 0.04)
        lon0 += rng.uniform(-0.07, 0.07)
        for kind in BUILDING_KINDS:
            name = f"{district} {kind}"
            lat, lon = lat0 + rng.uniform(-0.01, 0.01), lon0 + rng.uniform(-0.02, 0.02)
            cur.execute(
                "INSERT INTO places (name, name_key, address, municipality, lat, lon) "
                "VALUES (?, ?, '', ?, ?, ?)",
                [name, place_key(name), municipality, round(lat, 5), round(lon, 5)],
            )
            places[int(cur.lastrowid or 0)] = (name, lat, lon)
    return places, towns


def _add_employees(
    cur: sqlite3.Cursor,
    rng: random.Random,
    units: list[Unit],
    towns: list[int],
    places: dict[int, tuple[str, float, float]],
    count: int,
) -> list[Employee]:
    staff = []
    for n in range(count):
        unit = units[n % len(units)]
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        home = rng.choice(towns)
        workplace = rng.choice(unit.bases)
        _, lat1, lon1 = places[home]
        _, lat2, lon2 = places[workplace]
        commute = round(_haversine_km(lat1, lon1, lat2, lon2) * ROAD_FACTOR, 1)
        number = f"{100000 + n}"
        cur.execute(
            "INSERT INTO employees (number, name, unit_id, home_place_id, workplace_place_id, "
            "commute_km, car_fuel) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [number, name, unit.id, home, workplace, commute, rng.choice(FUELS)],
        )
        staff.append(
            Employee(int(cur.lastrowid or 0), number, name, unit, home, workplace, commute)
        )
    return staff


# --- trips ------------------------------------------------------------------------------------


@dataclass
class TripDraft:
    """One generated trip, before it becomes a database row or a CSV line."""

    day: date
    start: str | None
    end: str | None
    employee: Employee
    unit_id: int
    unit_code: str
    member_org_id: int | None
    vehicle_id: int | None
    mode: str
    km: float
    purpose: str
    category: str
    from_home: bool
    stops: list[int]
    paid_on: date | None
    reduction_km: float


def _day_weight(day: date) -> float:
    if day.weekday() >= 5:
        return 0.05
    if day.month == 7:
        return 0.35
    if day.month == 12 and day.day > 20:
        return 0.4
    return 1.0


def _payout(day: date) -> date | None:
    """The 25th of the following month (the demo's rule), unless that is after TODAY."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    paid = date(year, month, 25)
    return paid if paid <= TODAY else None


def generate_trips(
    world: World,
    rng: random.Random,
    count: int,
    *,
    first: date = FIRST_DAY,
    last: date = LAST_DAY,
    two_stops: bool = False,
) -> Iterator[TripDraft]:
    """*count* trips from *first* to *last*, in date order; *two_stops* for the CSV format."""
    days = [first + timedelta(n) for n in range((last - first).days + 1)]
    weights = [_day_weight(day) for day in days]
    total = sum(weights)
    # Busy employees drive daily, most a few times a month: a skewed, unit-weighted choice.
    cum: list[float] = []
    running = 0.0
    for employee in world.employees:
        running += employee.unit.profile.weight * rng.paretovariate(1.6)
        cum.append(running)
    mode_cums = {}
    for profile in PROFILES:
        acc, values = 0.0, []
        for share in profile.modes:
            acc += share
            values.append(acc)
        mode_cums[profile.stem] = values
    made = 0
    carry = 0.0
    for day, weight in zip(days, weights, strict=True):
        carry += count * weight / total
        today = min(int(carry + 0.5) - made, count - made) if day != last else count - made
        if today <= 0:
            continue
        drivers = rng.choices(world.employees, cum_weights=cum, k=today)
        for employee in drivers:
            yield _trip(world, rng, day, employee, mode_cums, two_stops)
        made += today


def _trip(
    world: World,
    rng: random.Random,
    day: date,
    employee: Employee,
    mode_cums: dict[str, list[float]],
    two_stops: bool,
) -> TripDraft:
    unit = employee.unit
    if rng.random() < 0.03:  # work charged to another unit
        unit = world.units[rng.randrange(len(world.units))]
    profile = unit.profile
    mode = rng.choices(MODES, cum_weights=mode_cums[profile.stem])[0]
    work = employee.workplace
    first_stop = rng.choice(unit.destinations)
    if first_stop == work:
        first_stop = unit.destinations[0] if unit.destinations[0] != work else world.towns[0]
    shape = rng.random()
    from_home = False
    if two_stops:
        stops = [work, first_stop] if shape < 0.6 else [first_stop, work]
    elif shape < 0.45:
        stops = [work, first_stop, work]
    elif shape < 0.62:
        second = rng.choice(unit.destinations)
        stops = [work, first_stop, second, work] if second not in (work, first_stop) else [
            work, first_stop, work
        ]  # fmt: skip
    elif shape < 0.93:
        stops = [work, first_stop]
    else:
        stops = [employee.home, first_stop, work]
        from_home = employee.home not in (first_stop, work)
        if not from_home:
            stops = [work, first_stop]
    km = sum(world.road_km(a, b) for a, b in zip(stops, stops[1:], strict=False))
    km = max(0.5, round(km * rng.uniform(0.97, 1.08), 1))
    if mode == "walk_cycle" and km > 4.0:
        mode = "public_transport"
    if mode == "digital":
        km = 0.0
    start = end = None
    if rng.random() < 0.88:
        minute = rng.randrange(7 * 60, 16 * 60, 5)
        length = min(int(km * 1.4) + rng.randrange(20, 180, 5), 22 * 60 - minute)
        start = f"{minute // 60:02d}:{minute % 60:02d}"
        end = f"{(minute + length) // 60:02d}:{(minute + length) % 60:02d}"
    category, purpose = rng.choice(profile.purposes)
    place_name = world.places[first_stop][0]
    purpose = f"{purpose}, {place_name}"
    reduction = min(employee.commute_km, km) if from_home and mode == "own_car" else 0.0
    return TripDraft(
        day=day,
        start=start,
        end=end,
        employee=employee,
        unit_id=unit.id,
        unit_code=unit.code,
        member_org_id=rng.choice(world.member_orgs) if unit.id == world.shared_unit_id else None,
        vehicle_id=rng.choice(world.vehicles) if mode == "pool_car" else None,
        mode=mode,
        km=km,
        purpose=purpose,
        category=category,
        from_home=from_home,
        stops=stops,
        paid_on=_payout(day) if mode == "own_car" else None,
        reduction_km=round(reduction, 1),
    )


def trip_row(world: World, draft: TripDraft, trip_id: str, now: str) -> tuple[Any, ...]:
    """The trip as a row in the order of resebok.core.trips.TRIP_COLUMNS."""
    values = {
        "id": trip_id,
        "date": draft.day.isoformat(),
        "start_time": draft.start,
        "end_time": draft.end,
        "employee_id": draft.employee.id,
        "unit_id": draft.unit_id,
        "member_org_id": draft.member_org_id,
        "vehicle_id": draft.vehicle_id,
        "mode": draft.mode,
        "km": draft.km,
        "suggested_km": draft.km,
        "km_flagged": 0,
        "odometer_start": None,
        "odometer_end": None,
        "purpose": draft.purpose,
        "purpose_category": draft.category,
        "passengers": 0,
        "from_home": int(draft.from_home),
        "route_key": ",".join(str(s) for s in draft.stops),
        "route_text": " – ".join(world.places[s][0] for s in draft.stops),
        "paid_on": draft.paid_on.isoformat() if draft.paid_on else None,
        "created_at": now,
        "updated_at": now,
        "reimbursable": 1,
        "reduction_km": draft.reduction_km,
        "reimbursement_note": "Avdrag för resan hemifrån" if draft.reduction_km else "",
    }
    return tuple(values[column] for column in TRIP_COLUMNS)


def _trip_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# --- claims -----------------------------------------------------------------------------------


def _tax_free_ore_per_mil(day: date) -> int:
    return 1850 if day.year <= 2022 else 2500


def _write_claims(
    conn: sqlite3.Connection, claimable: dict[tuple[int, str], list[tuple[str, date, float, float]]]
) -> None:
    """One claim per employee and month: paid through November 2025, then approved/submitted."""
    now = "2026-01-20T08:00:00+00:00"
    batches: dict[str, tuple[str, str, list[int]]] = {}
    claims = []
    lines = []
    for (employee_id, month), trips in sorted(claimable.items()):
        claim_id = str(uuid.uuid5(uuid.NAMESPACE_OID, f"claim {employee_id} {month}"))
        month_day = date.fromisoformat(f"{month}-01")
        paid_on = _payout(month_day)
        total = 0
        for trip_id, day, km, reduction in trips:
            km_t = round(km * 10)
            paid_t = max(0, km_t - round(reduction * 10))
            amount = (paid_t * EMPLOYER_ORE_PER_MIL + 50) // 100
            tax_free_rate = min(EMPLOYER_ORE_PER_MIL, _tax_free_ore_per_mil(day))
            tax_free = (paid_t * tax_free_rate + 50) // 100
            lines.append(
                (trip_id, claim_id, km_t / 10, (km_t - paid_t) / 10, paid_t / 10,
                 EMPLOYER_ORE_PER_MIL, _tax_free_ore_per_mil(day), amount, tax_free,
                 amount - tax_free)
            )  # fmt: skip
            total += amount
        submitted = f"{month}-28T16:00:00+00:00"
        if paid_on is not None:
            batch = batches.setdefault(month, (str(uuid.uuid5(uuid.NAMESPACE_OID, month)), "", []))
            batch[2].append(total)
            state, batch_id = "paid", batch[0]
        else:
            state, batch_id = ("approved" if employee_id % 3 else "submitted"), None
        approved = submitted if state != "submitted" else None
        claims.append(
            (claim_id, employee_id, month, state, submitted, "benchmark", submitted, "benchmark",
             approved, "chef" if approved else None,
             paid_on.isoformat() if paid_on else None, batch_id, now)
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO export_batches (id, period, paid_on, created_at, created_by, claim_count, "
        "total_ore, filename, xml) VALUES (?, ?, ?, ?, 'benchmark', ?, ?, ?, ?)",
        [
            (batch_id, month, _payout(date.fromisoformat(f"{month}-01")).isoformat(),  # type: ignore[union-attr]
             now, len(totals), sum(totals), f"lon-{month}.xml", b"<PAXml/>")
            for month, (batch_id, _, totals) in batches.items()
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO claims (id, employee_id, month, state, created_at, created_by, "
        "submitted_at, submitted_by, approved_at, approved_by, paid_on, batch_id, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        claims,
    )
    conn.executemany(
        "INSERT INTO claim_lines (trip_id, claim_id, km, reduction_km, paid_km, "
        "employer_ore_per_mil, tax_free_ore_per_mil, amount_ore, tax_free_ore, taxable_ore) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        lines,
    )


# --- the database file ------------------------------------------------------------------------


def employees_for(trips: int) -> int:
    """Staff grows with the trips, so a claim looks the same in a small and a large database."""
    return max(UNITS, trips // TRIPS_PER_EMPLOYEE)


def _trip_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The explicit indexes on trips and trip_stops, as the migrations created them."""
    return [
        (name, sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('trips', 'trip_stops')"
        )
    ]


def build_database(path: Path, trips: int, seed: int, *, with_trips: bool = True) -> World:
    """Write a migrated database with the world and *trips* trips to *path* (replaced)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path).close()  # the schema, through the real migrations
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(f"PRAGMA cache_size = {-BUILD_CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    rng = random.Random(seed)
    conn.execute("BEGIN")
    world = build_world(conn, rng, employees_for(trips))
    conn.execute("COMMIT")
    if with_trips and trips:
        indexes = _trip_indexes(conn)
        for name, _sql in indexes:
            conn.execute(f"DROP INDEX {name}")
        claimable = _insert_trips(conn, world, rng, trips)
        for _name, sql in indexes:
            conn.execute(sql)
        conn.execute("BEGIN")
        _write_claims(conn, claimable)
        conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return world


def _insert_trips(
    conn: sqlite3.Connection, world: World, rng: random.Random, count: int
) -> dict[tuple[int, str], list[tuple[str, date, float, float]]]:
    now = "2026-01-20T08:00:00+00:00"
    marks = ", ".join("?" for _ in TRIP_COLUMNS)
    trip_sql = f"INSERT INTO trips ({', '.join(TRIP_COLUMNS)}) VALUES ({marks})"
    stop_sql = "INSERT INTO trip_stops (trip_id, seq, place_id) VALUES (?, ?, ?)"
    claimable: dict[tuple[int, str], list[tuple[str, date, float, float]]] = {}
    trip_rows: list[tuple[Any, ...]] = []
    stop_rows: list[tuple[str, int, int]] = []

    def flush() -> None:
        conn.execute("BEGIN")
        conn.executemany(trip_sql, trip_rows)
        conn.executemany(stop_sql, stop_rows)
        conn.execute("COMMIT")
        trip_rows.clear()
        stop_rows.clear()

    for draft in generate_trips(world, rng, count):
        trip_id = _trip_uuid(rng)
        trip_rows.append(trip_row(world, draft, trip_id, now))
        stop_rows.extend((trip_id, seq, place) for seq, place in enumerate(draft.stops))
        if draft.mode == "own_car" and draft.day >= CLAIMS_FROM:
            key = (draft.employee.id, draft.day.isoformat()[:7])
            claimable.setdefault(key, []).append((trip_id, draft.day, draft.km, draft.reduction_km))
        if len(trip_rows) >= INSERT_CHUNK:
            flush()
    flush()
    return claimable


def cached_path(cache_dir: Path, trips: int, seed: int) -> Path:
    return cache_dir / f"trips-{trips}-seed-{seed}-v{GENERATOR_VERSION}.sqlite"


def cached_database(cache_dir: Path, trips: int, seed: int, rebuild: bool = False) -> Path:
    """The database of *trips* trips for *seed*, built once and then reused from *cache_dir*.

    Built under a temporary name and renamed when complete, so an interrupted build is never
    mistaken for a finished one.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cached_path(cache_dir, trips, seed)
    if rebuild or not path.exists():
        partial = path.with_suffix(".partial")
        build_database(partial, trips, seed)
        partial.replace(path)
    return path


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of a cached database (for work that writes to it)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


# --- the import file --------------------------------------------------------------------------

CSV_HEADER = (
    "date", "employee_number", "employee_name", "unit_code", "from_place", "to_place", "km",
    "mode", "purpose", "paid_on", "start_time", "end_time",
)  # fmt: skip


def import_material(
    world: World, count: int, seed: int, csv_path: Path
) -> tuple[list[tuple[Any, ...]], list[tuple[str, int, int]]]:
    """Write *count* trips of 2025 as an import CSV; return the same trips as raw table rows.

    The raw rows carry what the import would compute (ids, route text, home-rule verdict), so
    inserting them is the least an import of the file can cost.
    """
    rng = random.Random(seed + 1)
    now = "2026-01-20T08:00:00+00:00"
    trip_rows: list[tuple[Any, ...]] = []
    stop_rows: list[tuple[str, int, int]] = []
    with open(csv_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        drafts = generate_trips(
            world, rng, count, first=date(2025, 1, 1), last=LAST_DAY, two_stops=True
        )
        for draft in drafts:
            employee = draft.employee
            writer.writerow(
                (draft.day.isoformat(), employee.number, employee.name, draft.unit_code,
                 world.places[draft.stops[0]][0], world.places[draft.stops[1]][0],
                 f"{draft.km:.1f}", draft.mode, draft.purpose,
                 draft.paid_on.isoformat() if draft.paid_on else "", draft.start or "",
                 draft.end or "")
            )  # fmt: skip
            trip_id = str(uuid.uuid4())
            trip_rows.append(trip_row(world, draft, trip_id, now))
            stop_rows.extend((trip_id, seq, place) for seq, place in enumerate(draft.stops))
    return trip_rows, stop_rows

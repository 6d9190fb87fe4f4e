"""Questions the green advisor asks the imported timetable (resebok.core.gtfs).

- Which stops are within a walk of a place? A lat/lon bounding box on an index, then the
  exact great-circle distance.
- Which services run on a date? calendar.txt's weekdays and period, then calendar_dates.txt's
  exceptions (1 adds the date, 2 removes it).
- Is there a direct or one-change connection leaving after a time and arriving before a
  deadline? Changes happen at the same stop or within the same station (parent_station).

Times are seconds after midnight of the travel day. A trip of the previous service day that
runs past midnight (GTFS times like 25:10:00) is found too.
"""

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from resebok.core.geo import bounding_box, haversine_m

DAY_S = 86_400
# Route types (GTFS and the extended types used by Swedish feeds) counted as rail for CO₂.
_RAIL_TYPES = {0, 1, 2, 5, 7, 11, 12}
_RAIL_RANGES = ((100, 199), (400, 499), (900, 999))
_BUS_RANGES = ((200, 299), (700, 899))


@dataclass(frozen=True)
class NearStop:
    stop_id: str
    name: str
    station_id: str
    lat: float
    lon: float
    distance_m: float


@dataclass(frozen=True)
class Leg:
    trip_id: str
    route_name: str
    route_type: int
    headsign: str
    from_stop_id: str
    from_stop_name: str
    departure_s: int
    to_stop_id: str
    to_stop_name: str
    arrival_s: int
    distance_m: float  # straight line between the two stops

    @property
    def is_rail(self) -> bool:
        return is_rail(self.route_type)

    @property
    def vehicle_label(self) -> str:
        return vehicle_label(self.route_type)

    def describe(self) -> str:
        name = f"{self.vehicle_label} {self.route_name}".strip()
        return (
            f"{name} {format_clock(self.departure_s)} {self.from_stop_name} → "
            f"{format_clock(self.arrival_s)} {self.to_stop_name}"
        )


@dataclass(frozen=True)
class Journey:
    """From one place to another: a walk, one or two vehicles, a walk."""

    legs: tuple[Leg, ...]
    walk_from_m: float
    walk_to_m: float
    leave_s: int  # leaving the origin place (walk included)
    arrive_s: int  # at the destination place (walk included)

    @property
    def changes(self) -> int:
        return len(self.legs) - 1

    @property
    def minutes(self) -> int:
        return round((self.arrive_s - self.leave_s) / 60)

    def describe(self) -> str:
        text = "; byte till ".join(leg.describe() for leg in self.legs)
        return text


def is_rail(route_type: int) -> bool:
    return route_type in _RAIL_TYPES or any(lo <= route_type <= hi for lo, hi in _RAIL_RANGES)


def vehicle_label(route_type: int) -> str:
    if route_type in (2,) or 100 <= route_type <= 199:
        return "Tåg"
    if route_type in (3, 11) or any(lo <= route_type <= hi for lo, hi in _BUS_RANGES):
        return "Buss"
    if route_type in (0, 5) or 900 <= route_type <= 999:
        return "Spårvagn"
    if route_type == 1 or 400 <= route_type <= 499:
        return "Tunnelbana"
    if route_type == 4 or 1000 <= route_type <= 1299:
        return "Båt"
    return "Linje"


def format_clock(seconds: int) -> str:
    """08:05 for a time of the travel day; a time past midnight is shown as the clock reads."""
    minutes = (seconds // 60) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def has_feed(db: Database) -> bool:
    return bool(list(db.query("SELECT 1 FROM gtfs_feed WHERE id = 1")))


def stops_near(db: Database, lat: float, lon: float, radius_m: float) -> list[NearStop]:
    """Boarding stops within *radius_m* of the point, nearest first."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius_m)
    rows = db.query(
        """SELECT stop_id, name, station_id, lat, lon FROM gtfs_stops
           WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND location_type = 0""",
        [min_lat, max_lat, min_lon, max_lon],
    )
    found = []
    for row in rows:
        distance = haversine_m(lat, lon, row["lat"], row["lon"])
        if distance <= radius_m:
            found.append(
                NearStop(
                    row["stop_id"],
                    row["name"],
                    row["station_id"],
                    row["lat"],
                    row["lon"],
                    distance,
                )
            )
    return sorted(found, key=lambda stop: stop.distance_m)


def active_services(db: Database, day: date) -> set[str]:
    """The service ids that run on *day*: the weekly calendar with its exceptions applied."""
    iso = day.isoformat()
    weekday = day.weekday() + 1  # substr() counts from 1; weekdays start with Monday
    services = {
        row["service_id"]
        for row in db.query(
            """SELECT service_id FROM gtfs_calendar
               WHERE start_date <= ? AND end_date >= ? AND substr(weekdays, ?, 1) = '1'""",
            [iso, iso, weekday],
        )
    }
    for row in db.query(
        "SELECT service_id, exception_type FROM gtfs_calendar_dates WHERE date = ?", [iso]
    ):
        if row["exception_type"] == 1:
            services.add(row["service_id"])
        else:
            services.discard(row["service_id"])
    return services


def _service_days(db: Database, day: date) -> list[tuple[list[str], int]]:
    """(services, offset): the travel day itself, and yesterday when trips run past midnight."""
    days = [(sorted(active_services(db, day)), 0)]
    rows = list(db.query("SELECT max_time_s FROM gtfs_feed WHERE id = 1"))
    if rows and rows[0]["max_time_s"] >= DAY_S:
        days.append((sorted(active_services(db, day - timedelta(days=1))), DAY_S))
    return [(services, offset) for services, offset in days if services]


_DIRECT_SQL = """
    SELECT a.trip_id, a.stop_id AS from_stop, a.departure_s AS dep,
           b.stop_id AS to_stop, b.arrival_s AS arr
    FROM gtfs_stop_times a
    JOIN gtfs_stop_times b ON b.trip_id = a.trip_id AND b.stop_sequence > a.stop_sequence
    JOIN gtfs_trips t ON t.trip_id = a.trip_id
    WHERE a.stop_id IN (SELECT value FROM json_each(:origins))
      AND a.departure_s BETWEEN :lo AND :hi
      AND b.stop_id IN (SELECT value FROM json_each(:destinations))
      AND b.arrival_s <= :hi
      AND t.service_id IN (SELECT value FROM json_each(:services))
"""

_FIRST_LEG_SQL = """
    SELECT a.trip_id, a.stop_id AS from_stop, a.departure_s AS dep,
           b.stop_id AS via_stop, s.station_id AS station, b.arrival_s AS arr
    FROM gtfs_stop_times a
    JOIN gtfs_stop_times b ON b.trip_id = a.trip_id AND b.stop_sequence > a.stop_sequence
    JOIN gtfs_stops s ON s.stop_id = b.stop_id
    JOIN gtfs_trips t ON t.trip_id = a.trip_id
    WHERE a.stop_id IN (SELECT value FROM json_each(:origins))
      AND a.departure_s BETWEEN :lo AND :hi
      AND b.arrival_s <= :hi
      AND t.service_id IN (SELECT value FROM json_each(:services))
"""

# departure_s >= arrival_s at every stop, so the departure bound lets the index do the work;
# the hour of slack covers a vehicle that waits at the destination stop.
_SECOND_LEG_SQL = """
    SELECT c.trip_id, c.stop_id AS via_stop, s.station_id AS station, c.departure_s AS dep,
           d.stop_id AS to_stop, d.arrival_s AS arr
    FROM gtfs_stop_times d
    JOIN gtfs_stop_times c ON c.trip_id = d.trip_id AND c.stop_sequence < d.stop_sequence
    JOIN gtfs_stops s ON s.stop_id = c.stop_id
    JOIN gtfs_trips t ON t.trip_id = d.trip_id
    WHERE d.stop_id IN (SELECT value FROM json_each(:destinations))
      AND d.departure_s BETWEEN :lo AND :hi + 3600
      AND d.arrival_s BETWEEN :lo AND :hi
      AND c.departure_s >= :lo
      AND t.service_id IN (SELECT value FROM json_each(:services))
"""


@dataclass(frozen=True)
class _Candidate:
    leave_s: int
    arrive_s: int
    legs: tuple[tuple[str, str, int, str, int], ...]  # (trip, from, dep, to, arr)

    def key(self) -> tuple[int, int, int]:
        return (self.arrive_s, len(self.legs), -self.leave_s)


def _rows(db: Database, sql: str, params: dict[str, Any], offset: int) -> list[dict[str, Any]]:
    shifted = dict(params, lo=params["lo"] + offset, hi=params["hi"] + offset)
    rows = []
    for row in db.query(sql, shifted):
        row = dict(row)
        row["dep"] -= offset
        row["arr"] -= offset
        rows.append(row)
    return rows


def find_connection(
    db: Database,
    origins: list[NearStop],
    destinations: list[NearStop],
    day: date,
    earliest_s: int,
    latest_s: int,
    walking_speed_kmh: float = 5.0,
    transfer_minutes: int = 3,
) -> Journey | None:
    """The journey that arrives first (then: fewer changes, later departure), or None.

    The traveller leaves the origin place at *earliest_s* at the soonest, walks to one of
    *origins*, rides at most two vehicles, walks from one of *destinations*, and must be at
    the destination place by *latest_s*.
    """
    if not origins or not destinations or latest_s <= earliest_s:
        return None
    metres_per_s = walking_speed_kmh * 1000 / 3600
    walk_from = {stop.stop_id: round(stop.distance_m / metres_per_s) for stop in origins}
    walk_to = {stop.stop_id: round(stop.distance_m / metres_per_s) for stop in destinations}
    destination_ids = set(walk_to)
    transfer_s = transfer_minutes * 60
    candidates: list[_Candidate] = []
    first_legs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    second_legs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for services, offset in _service_days(db, day):
        params = {
            "origins": json.dumps(sorted(walk_from)),
            "destinations": json.dumps(sorted(walk_to)),
            "services": json.dumps(services),
            "lo": earliest_s,
            "hi": latest_s,
        }
        for row in _rows(db, _DIRECT_SQL, params, offset):
            leave = row["dep"] - walk_from[row["from_stop"]]
            arrive = row["arr"] + walk_to[row["to_stop"]]
            if leave >= earliest_s and arrive <= latest_s:
                leg = (row["trip_id"], row["from_stop"], row["dep"], row["to_stop"], row["arr"])
                candidates.append(_Candidate(leave, arrive, (leg,)))
        for row in _rows(db, _FIRST_LEG_SQL, params, offset):
            row["leave"] = row["dep"] - walk_from[row["from_stop"]]
            if row["leave"] >= earliest_s and row["via_stop"] not in destination_ids:
                first_legs[row["station"]].append(row)
        for row in _rows(db, _SECOND_LEG_SQL, params, offset):
            row["arrive"] = row["arr"] + walk_to[row["to_stop"]]
            if row["arrive"] <= latest_s and row["via_stop"] not in walk_from:
                second_legs[row["station"]].append(row)
    for station, seconds in second_legs.items():
        firsts = first_legs.get(station)
        if not firsts:
            continue
        for second in seconds:
            usable = [
                first
                for first in firsts
                if first["arr"] + transfer_s <= second["dep"]
                and first["trip_id"] != second["trip_id"]
            ]
            if not usable:
                continue
            first = max(usable, key=lambda row: (row["leave"], -row["arr"]))
            candidates.append(
                _Candidate(
                    first["leave"],
                    second["arrive"],
                    (
                        (
                            first["trip_id"],
                            first["from_stop"],
                            first["dep"],
                            first["via_stop"],
                            first["arr"],
                        ),
                        (
                            second["trip_id"],
                            second["via_stop"],
                            second["dep"],
                            second["to_stop"],
                            second["arr"],
                        ),
                    ),
                )
            )
    if not candidates:
        return None
    best = min(candidates, key=_Candidate.key)
    first_stop, last_stop = best.legs[0][1], best.legs[-1][3]
    near = {stop.stop_id: stop for stop in origins}
    far = {stop.stop_id: stop for stop in destinations}
    return Journey(
        legs=tuple(_leg(db, *leg) for leg in best.legs),
        walk_from_m=near[first_stop].distance_m,
        walk_to_m=far[last_stop].distance_m,
        leave_s=best.leave_s,
        arrive_s=best.arrive_s,
    )


def _leg(db: Database, trip_id: str, from_stop: str, dep: int, to_stop: str, arr: int) -> Leg:
    trip = next(
        db.query(
            """SELECT t.headsign, r.short_name, r.long_name, r.route_type
               FROM gtfs_trips t JOIN gtfs_routes r ON r.route_id = t.route_id
               WHERE t.trip_id = ?""",
            [trip_id],
        )
    )
    stops = {
        row["stop_id"]: row
        for row in db.query(
            "SELECT stop_id, name, lat, lon FROM gtfs_stops WHERE stop_id IN (?, ?)",
            [from_stop, to_stop],
        )
    }
    a, b = stops[from_stop], stops[to_stop]
    return Leg(
        trip_id=trip_id,
        route_name=trip["short_name"] or trip["long_name"],
        route_type=trip["route_type"],
        headsign=trip["headsign"],
        from_stop_id=from_stop,
        from_stop_name=a["name"],
        departure_s=dep,
        to_stop_id=to_stop,
        to_stop_name=b["name"],
        arrival_s=arr,
        distance_m=haversine_m(a["lat"], a["lon"], b["lat"], b["lon"]),
    )

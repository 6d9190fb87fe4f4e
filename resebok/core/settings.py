"""Organisation-wide settings, stored as JSON values with defaults in code."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database


DEFAULTS: dict[str, Any] = {
    # Road distance ≈ straight-line distance × this factor when no history exists.
    "road_factor": 1.3,
    # A typed km further than this share from the suggestion is flagged for the attestant.
    "km_flag_share": 0.25,
    "municipality_name": "",
    # Home rule: a trip from or to home is reduced by the employee's normal commute per leg
    # that starts or ends at home (many agreements pay only the distance beyond the commute).
    "home_commute_reduction": True,
    # The organisation number (organisationsnummer) named in the PAXml header, if set.
    "organisation_number": "",
    # --- The green advisor (issue 4); read through resebok.core.green_config. ---
    # Walking or cycling fits when the route is at most this long one way.
    "green_walk_cycle_max_km": 3.0,
    # Public transport: a stop counts when it is within this walk of the place.
    "green_walk_radius_m": 800,
    # Public transport fits when it gets there at most this many minutes later than a car
    # leaving at the same time (walks, waits and changes included).
    "green_pt_extra_minutes": 30,
    # The shortest change between two vehicles at the same stop or station.
    "green_pt_transfer_minutes": 3,
    # How far ahead a connection is searched for when the trip has no end time.
    "green_pt_search_minutes": 180,
    # Price of one single public-transport ticket (öre); an estimate, set the regional price.
    "green_pt_ticket_ore": 3500,
    # A pool car "near the start" is based at most this far from it (not for home starts).
    "green_pool_base_radius_m": 1500,
    # From home: fetching a pool car is too far when it adds more than this many km.
    "green_detour_max_km": 15.0,
    # Speeds for time estimates.
    "green_driving_speed_kmh": 60.0,
    "green_cycling_speed_kmh": 15.0,
    "green_walking_speed_kmh": 5.0,
    # Time at the destination when the trip has no end time (for the pool-car window).
    "green_default_stay_minutes": 60,
    # Cost to the organisation per km (öre). The own-car rate is used when no employer
    # mileage rate is configured; the pool-car figure is the fleet's full cost per km.
    "green_own_car_ore_per_km": 250,
    "green_pool_car_ore_per_km": 300,
    # Own-car trips need the manager's approval before the trip (some municipalities do).
    "own_car_requires_preapproval": False,
    # Edited CO₂ factors ({key: {grams, source, year}}); defaults live in resebok.core.co2.
    "co2_factor_overrides": {},
}


def get_setting(db: Database, key: str) -> Any:
    rows = list(db.query("SELECT value FROM settings WHERE key = ?", [key]))
    if rows:
        return json.loads(rows[0]["value"])
    return DEFAULTS[key]


def set_setting(db: Database, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"Unknown setting {key!r}")
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value)],
    )

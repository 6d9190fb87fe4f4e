"""Distance suggestions for a route of stops.

The suggestion is the median of the km confirmed on earlier trips of the same route (either
direction) when there are any, since those are real road distances; otherwise the geodesic
distance over the stops (geopy) times the configurable road factor.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import median
from typing import TYPE_CHECKING

from resebok.core.models import Place
from resebok.core.places import get_places
from resebok.core.settings import get_setting

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database

HISTORY_SAMPLE = 25  # the newest confirmed trips of a route that the median looks at


@dataclass(frozen=True)
class Suggestion:
    km: float
    basis: str  # "history" or "computed"
    samples: int = 0

    def describe(self) -> str:
        km = format_km(self.km)
        if self.basis == "history":
            return f"som förra gången {km} km"
        return f"beräknat {km} km"


def format_km(km: float) -> str:
    text = f"{km:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def route_key(stop_ids: Sequence[int]) -> str:
    return ",".join(str(i) for i in stop_ids)


def geodesic_km(places: Sequence[Place]) -> float | None:
    """Straight-line km along the stops; None when a stop has no position."""
    if any(not p.has_position for p in places):
        return None
    # geopy loads its geocoders (asyncio, ssl) on import: about 50 ms that the trip list,
    # and so the start-up, does not need. The first distance pays it instead.
    from geopy.distance import geodesic

    return sum(
        geodesic((a.lat, a.lon), (b.lat, b.lon)).km
        for a, b in zip(places, places[1:], strict=False)
    )


def confirmed_km(db: Database, stop_ids: Sequence[int]) -> list[float]:
    keys = {route_key(stop_ids), route_key(list(reversed(stop_ids)))}
    marks = ",".join("?" for _ in keys)
    rows = db.query(
        f"SELECT km FROM trips WHERE route_key IN ({marks}) AND mode IN ('own_car', 'pool_car') "
        f"ORDER BY date DESC LIMIT {HISTORY_SAMPLE}",
        list(keys),
    )
    return [row["km"] for row in rows]


def suggest_km(
    db: Database,
    stop_ids: Sequence[int],
    *,
    places: Mapping[int, Place] | None = None,
    road_factor: float | None = None,
) -> Suggestion | None:
    """The suggested km for the route. A caller asking for thousands of routes (the CSV
    import) passes the *places* and the *road_factor* it has read once."""
    if len(stop_ids) < 2:
        return None
    history = confirmed_km(db, stop_ids)
    if history:
        return Suggestion(round(median(history), 1), "history", len(history))
    known = places or {}
    missing = [i for i in stop_ids if i not in known]
    found = {**known, **get_places(db, missing)} if missing else known
    if any(i not in found for i in stop_ids):
        return None
    straight = geodesic_km([found[i] for i in stop_ids])
    if straight is None:
        return None
    if road_factor is None:
        road_factor = float(get_setting(db, "road_factor"))
    return Suggestion(round(straight * road_factor, 1), "computed")


def is_far_from_suggestion(km: float, suggestion_km: float | None, share: float) -> bool:
    """True when the typed km differs from the suggestion by more than *share* of it."""
    if suggestion_km is None or suggestion_km <= 0:
        return False
    return abs(km - suggestion_km) > share * suggestion_km

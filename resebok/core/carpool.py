"""Car-pooling: colleagues who already have a trip to the same place the same day.

The archivists stopped car-pooling during the pandemic; the prompt reminds everyone who else
goes there: a colleague going by car can take you along ("driver"), one going another way
could ride with you ("passenger").
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlite_utils import Database

from resebok.core.models import Mode


@dataclass(frozen=True)
class CarpoolMatch:
    """A colleague's trip to a shared destination the same day."""

    trip_id: str
    employee_id: int
    employee_name: str
    unit_name: str
    route_text: str
    mode: Mode
    start_time: time | None
    end_time: time | None
    shared_place_names: tuple[str, ...]

    @property
    def role(self) -> str:
        """driver: they go by car and you could ride along; passenger: they could ride with you."""
        return "driver" if self.mode in (Mode.OWN_CAR, Mode.POOL_CAR) else "passenger"

    def describe(self) -> str:
        when = f" {self.start_time:%H:%M}" if self.start_time else ""
        places = ", ".join(self.shared_place_names)
        if self.role == "driver":
            return f"{self.employee_name} kör till {places}{when} – åk med?"
        return f"{self.employee_name} ska också till {places}{when} – ta med som passagerare?"

    def as_json(self) -> dict[str, Any]:
        return {
            "trip_id": self.trip_id,
            "employee": self.employee_name,
            "unit": self.unit_name,
            "route": self.route_text,
            "mode": str(self.mode),
            "start_time": self.start_time.strftime("%H:%M") if self.start_time else None,
            "role": self.role,
            "text": self.describe(),
        }


def carpool_matches(
    db: Database,
    day: date,
    stop_ids: Sequence[int],
    start_time: time | None = None,
    employee_id: int | None = None,
    limit: int = 10,
) -> list[CarpoolMatch]:
    """Colleagues with a trip the same day to one of this trip's destinations.

    The start is not a destination (least of all when it is the traveller's home). Digital
    "trips" are skipped; the nearest start times come first.
    """
    destinations = list(dict.fromkeys(p for p in stop_ids[1:] if p != stop_ids[0]))
    if not destinations:
        return []
    marks = ",".join("?" for _ in destinations)
    rows = list(
        db.query(
            f"""SELECT t.id, t.employee_id, e.name AS employee_name, u.name AS unit_name,
                       t.route_text, t.mode, t.start_time, t.end_time,
                       group_concat(p.name, '|') AS shared
                FROM trips t
                JOIN trip_stops s ON s.trip_id = t.id AND s.seq > 0
                JOIN places p ON p.id = s.place_id
                JOIN employees e ON e.id = t.employee_id
                JOIN org_units u ON u.id = t.unit_id
                WHERE t.date = ? AND t.mode <> 'digital' AND t.employee_id IS NOT ?
                  AND s.place_id IN ({marks})
                GROUP BY t.id""",
            [day.isoformat(), employee_id, *destinations],
        )
    )
    start_minutes = start_time.hour * 60 + start_time.minute if start_time else 12 * 60

    def distance(row: dict[str, Any]) -> int:
        if not row["start_time"]:
            return 24 * 60
        at = time.fromisoformat(row["start_time"])
        return abs(at.hour * 60 + at.minute - start_minutes)

    rows.sort(key=distance)
    return [
        CarpoolMatch(
            trip_id=row["id"],
            employee_id=row["employee_id"],
            employee_name=row["employee_name"],
            unit_name=row["unit_name"],
            route_text=row["route_text"],
            mode=Mode(row["mode"]),
            start_time=time.fromisoformat(row["start_time"]) if row["start_time"] else None,
            end_time=time.fromisoformat(row["end_time"]) if row["end_time"] else None,
            shared_place_names=tuple(dict.fromkeys(row["shared"].split("|"))),
        )
        for row in rows[:limit]
    ]

"""Places: the shipped gazetteer and the places users add."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TYPE_CHECKING

from resebok.core.models import Place
from resebok.core.resources import resource_path

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database

GAZETTEER_FILE = "places.csv"


def _place(row: dict) -> Place:
    return Place(
        id=row["id"],
        name=row["name"],
        address=row["address"],
        municipality=row["municipality"],
        lat=row["lat"],
        lon=row["lon"],
    )


def read_gazetteer() -> list[dict]:
    """The shipped places (name, address, municipality, lat, lon); '#' lines are comments."""
    with open(resource_path(GAZETTEER_FILE), encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return [
            {
                "name": row["name"].strip(),
                "address": row["address"].strip(),
                "municipality": row["municipality"].strip(),
                "lat": float(row["lat"]),
                "lon": float(row["lon"]),
            }
            for row in csv.DictReader(lines)
        ]


def load_gazetteer(db: Database) -> int:
    """Add the shipped places that the database lacks; returns how many were added."""
    added = 0
    with db.atomic():
        for row in read_gazetteer():
            if find_place(db, row["name"]) is None:
                add_place(db, **row)
                added += 1
    return added


def add_place(
    db: Database,
    name: str,
    address: str = "",
    municipality: str = "",
    lat: float | None = None,
    lon: float | None = None,
) -> Place:
    name = name.strip()
    if not name:
        raise ValueError("Platsen måste ha ett namn.")
    cursor = db.execute(
        "INSERT INTO places (name, name_key, address, municipality, lat, lon) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [name, place_key(name), address, municipality, lat, lon],
    )
    return Place(cursor.lastrowid, name, address, municipality, lat, lon)  # type: ignore[arg-type]


def get_or_create_place(db: Database, name: str) -> Place:
    return find_place(db, name) or add_place(db, name)


def place_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def swedish_sort_key(text: str) -> tuple[int, ...]:
    """Sort as a Swedish reader expects: a–z, then å, ä, ö; case-insensitive."""
    order = "0123456789abcdefghijklmnopqrstuvwxyzåäö"
    folded = text.casefold().replace("é", "e").replace("ü", "y")
    return tuple(order.index(c) if c in order else 100 + ord(c) for c in folded)


def find_place(db: Database, name: str) -> Place | None:
    rows = list(db.query("SELECT * FROM places WHERE name_key = ?", [place_key(name)]))
    return _place(rows[0]) if rows else None


def get_place(db: Database, place_id: int) -> Place | None:
    rows = list(db.query("SELECT * FROM places WHERE id = ?", [place_id]))
    return _place(rows[0]) if rows else None


def get_places(db: Database, place_ids: Iterable[int]) -> dict[int, Place]:
    ids = list(dict.fromkeys(place_ids))
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    rows = db.query(f"SELECT * FROM places WHERE id IN ({marks})", ids)
    return {row["id"]: _place(row) for row in rows}


def all_places(db: Database) -> list[Place]:
    places = [_place(row) for row in db.query("SELECT * FROM places")]
    return sorted(places, key=lambda p: swedish_sort_key(p.name))


def places_by_use(db: Database, employee_id: int | None = None) -> list[Place]:
    """All places, the ones this employee visits most first (for the completer)."""
    rows = db.query(
        """
        SELECT p.*, COALESCE(u.uses, 0) AS uses
        FROM places p
        LEFT JOIN (
            SELECT s.place_id, COUNT(*) AS uses
            FROM trip_stops s JOIN trips t ON t.id = s.trip_id
            WHERE t.employee_id = ?
            GROUP BY s.place_id
        ) u ON u.place_id = p.id
        """,
        [employee_id if employee_id is not None else -1],
    )
    ranked = sorted(rows, key=lambda r: (-r["uses"], swedish_sort_key(r["name"])))
    return [_place(row) for row in ranked]

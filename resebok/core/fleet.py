"""The municipality's pool cars (kommunbilar)."""

from sqlite_utils import Database

from resebok.core.models import FUELS, Vehicle


def _vehicle(row: dict) -> Vehicle:
    return Vehicle(
        id=row["id"],
        registration=row["registration"],
        model=row["model"],
        fuel=row["fuel"],
        home_base_place_id=row["home_base_place_id"],
    )


def normalise_registration(text: str) -> str:
    """Registrations are compared as printed on the plate: upper case, one space ("ABC 123")."""
    compact = "".join(text.split()).upper()
    if len(compact) == 6:
        return f"{compact[:3]} {compact[3:]}"
    return compact


def add_vehicle(
    db: Database,
    registration: str,
    model: str,
    fuel: str,
    home_base_place_id: int | None,
) -> Vehicle:
    """Register a pool car; the home base is where it is fetched and returned."""
    registration = normalise_registration(registration)
    if not registration:
        raise ValueError("Ange bilens registreringsnummer.")
    if fuel not in FUELS:
        raise ValueError(f"Okänt drivmedel: {fuel}")
    cursor = db.execute(
        "INSERT INTO vehicles (registration, model, fuel, home_base_place_id) VALUES (?, ?, ?, ?)",
        [registration, model.strip(), fuel, home_base_place_id],
    )
    return Vehicle(cursor.lastrowid, registration, model.strip(), fuel, home_base_place_id)  # type: ignore[arg-type]


def get_vehicle(db: Database, vehicle_id: int) -> Vehicle | None:
    rows = list(db.query("SELECT * FROM vehicles WHERE id = ?", [vehicle_id]))
    return _vehicle(rows[0]) if rows else None


def all_vehicles(db: Database) -> list[Vehicle]:
    return [_vehicle(row) for row in db.query("SELECT * FROM vehicles ORDER BY registration")]

"""The municipality's pool cars (kommunbilar)."""

from sqlite_utils import Database

from resebok.core.models import FUELS, Vehicle


class FleetError(ValueError):
    """A car that cannot be saved or removed; the message is Swedish and meant for the user."""


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


def _checked(
    db: Database, registration: str, fuel: str, home_base_place_id: int | None, own_id: int | None
) -> str:
    """The normalised registration, or FleetError for a car the register cannot take."""
    registration = normalise_registration(registration)
    if not registration:
        raise FleetError("Ange bilens registreringsnummer.")
    if fuel not in FUELS:
        raise FleetError(f"Okänt drivmedel: {fuel}")
    taken = list(
        db.query(
            "SELECT id FROM vehicles WHERE registration = ? AND id IS NOT ?",
            [registration, own_id],
        )
    )
    if taken:
        raise FleetError(f"Det finns redan en kommunbil med registreringsnummer {registration}.")
    if home_base_place_id is not None and not list(
        db.query("SELECT 1 FROM places WHERE id = ?", [home_base_place_id])
    ):
        raise FleetError("Bilens station finns inte i platsregistret.")
    return registration


def add_vehicle(
    db: Database,
    registration: str,
    model: str,
    fuel: str,
    home_base_place_id: int | None,
) -> Vehicle:
    """Register a pool car; the home base is where it is fetched and returned."""
    registration = _checked(db, registration, fuel, home_base_place_id, None)
    cursor = db.execute(
        "INSERT INTO vehicles (registration, model, fuel, home_base_place_id) VALUES (?, ?, ?, ?)",
        [registration, model.strip(), fuel, home_base_place_id],
    )
    return Vehicle(cursor.lastrowid, registration, model.strip(), fuel, home_base_place_id)  # type: ignore[arg-type]


def update_vehicle(
    db: Database,
    vehicle_id: int,
    registration: str,
    model: str,
    fuel: str,
    home_base_place_id: int | None,
) -> Vehicle:
    """Change a pool car's details; its trips and bookings follow it (they hold its id)."""
    registration = _checked(db, registration, fuel, home_base_place_id, vehicle_id)
    cursor = db.execute(
        "UPDATE vehicles SET registration = ?, model = ?, fuel = ?, home_base_place_id = ? "
        "WHERE id = ?",
        [registration, model.strip(), fuel, home_base_place_id, vehicle_id],
    )
    if cursor.rowcount != 1:
        raise FleetError("Bilen finns inte längre i fordonsregistret.")
    return Vehicle(vehicle_id, registration, model.strip(), fuel, home_base_place_id)


def vehicle_history(db: Database, vehicle_id: int) -> tuple[int, int]:
    """(trips, bookings) that name the car, cancelled bookings included."""
    trips = list(db.query("SELECT COUNT(*) AS n FROM trips WHERE vehicle_id = ?", [vehicle_id]))
    bookings = list(
        db.query("SELECT COUNT(*) AS n FROM pool_car_bookings WHERE vehicle_id = ?", [vehicle_id])
    )
    return int(trips[0]["n"]), int(bookings[0]["n"])


def remove_vehicle(db: Database, vehicle_id: int) -> None:
    """Remove a car registered by mistake; a car with trips or bookings keeps its history.

    The mileage log and the booking calendar must still say which car was driven, so a car
    that has been used cannot be removed (FleetError says why).
    """
    trips, bookings = vehicle_history(db, vehicle_id)
    if trips or bookings:
        raise FleetError(
            f"Bilen kan inte tas bort: den finns i {trips} resor och {bookings} bokningar, "
            "och den historiken ska finnas kvar."
        )
    cursor = db.execute("DELETE FROM vehicles WHERE id = ?", [vehicle_id])
    if cursor.rowcount != 1:
        raise FleetError("Bilen finns inte längre i fordonsregistret.")


def get_vehicle(db: Database, vehicle_id: int) -> Vehicle | None:
    rows = list(db.query("SELECT * FROM vehicles WHERE id = ?", [vehicle_id]))
    return _vehicle(rows[0]) if rows else None


def all_vehicles(db: Database) -> list[Vehicle]:
    return [_vehicle(row) for row in db.query("SELECT * FROM vehicles ORDER BY registration")]

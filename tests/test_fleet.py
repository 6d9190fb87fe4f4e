"""The pool-car register: adding, changing and removing a car, with Swedish refusals."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from resebok.core.bookings import book_vehicle, cancel_booking
from resebok.core.fleet import (
    FleetError,
    add_vehicle,
    all_vehicles,
    get_vehicle,
    remove_vehicle,
    update_vehicle,
    vehicle_history,
)
from resebok.core.models import Mode, Trip
from resebok.core.trips import save_trip


def test_a_car_is_changed_in_place(db, org):
    base = org.place(db, "Kommunhuset Lekeberg")
    car = add_vehicle(db, "MLB 214", "Renault Zoe", "electric", base)
    changed = update_vehicle(db, car.id, "mlb 215", "Renault Zoe E-Tech", "electric", None)
    assert changed == get_vehicle(db, car.id)
    assert (changed.registration, changed.model, changed.home_base_place_id) == (
        "MLB 215",
        "Renault Zoe E-Tech",
        None,
    )
    # Its own registration is no conflict.
    update_vehicle(db, car.id, "MLB 215", "Renault Zoe", "electric", base)


@pytest.mark.parametrize(
    ("registration", "fuel", "base", "message"),
    [
        (
            "KGT 538",
            "electric",
            None,
            "Det finns redan en kommunbil med registreringsnummer KGT 538.",
        ),
        ("  ", "electric", None, "Ange bilens registreringsnummer."),
        ("ABC 999", "steam", None, "Okänt drivmedel: steam"),
        ("ABC 999", "electric", 99_999, "Bilens station finns inte i platsregistret."),
    ],
)
def test_a_car_the_register_cannot_take_is_refused(db, registration, fuel, base, message):
    add_vehicle(db, "KGT 538", "VW Golf TGI", "biogas", None)
    zoe = add_vehicle(db, "MLB 214", "Renault Zoe", "electric", None)
    with pytest.raises(FleetError) as refused:
        update_vehicle(db, zoe.id, registration, "x", fuel, base)
    assert str(refused.value) == message
    if registration.strip() and registration != "KGT 538":  # adding is checked the same way
        with pytest.raises(FleetError):
            add_vehicle(db, registration, "x", fuel, base)


def test_a_car_without_history_is_removed(db, org):
    car = add_vehicle(db, "MLB 214", "Renault Zoe", "electric", None)
    remove_vehicle(db, car.id)
    assert all_vehicles(db) == []
    with pytest.raises(FleetError, match="finns inte längre"):
        remove_vehicle(db, car.id)


def test_a_used_car_keeps_its_history(db, org):
    car = add_vehicle(db, "MLB 214", "Renault Zoe", "electric", None)
    booking = book_vehicle(
        db, car.id, org.cleaner.id, datetime(2025, 6, 3, 8), datetime(2025, 6, 3, 9)
    )
    cancel_booking(db, booking.id)  # even a cancelled booking is history
    stops = [org.place(db, "Fjugesta"), org.place(db, "Kumla")]
    trip = Trip(date(2025, 6, 3), org.cleaner.id, org.cleaning.id, stops, 30.0, mode=Mode.POOL_CAR)
    save_trip(db, replace(trip, vehicle_id=car.id), date(2025, 6, 3))
    assert vehicle_history(db, car.id) == (1, 1)
    with pytest.raises(FleetError, match="1 resor och 1 bokningar"):
        remove_vehicle(db, car.id)
    assert get_vehicle(db, car.id) is not None

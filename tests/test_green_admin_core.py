"""Core helpers of the green GUI: the reason given last time, and the thresholds' defaults."""

from datetime import date, time

from resebok.core.advisor import PlannedTrip, advise
from resebok.core.green_config import (
    GreenConfig,
    load_green_config,
    reset_green_config,
    update_green_config,
)
from resebok.core.green_records import last_own_car_reason, save_trip_with_choice
from resebok.core.models import Mode, Trip
from resebok.core.own_car_reasons import OwnCarReason


def keep_own_car(db, org, day: int, reason: OwnCarReason, text: str = "", to="Mullhyttans skola"):
    stops = [org.place(db, "Kommunhuset Lekeberg"), org.place(db, to)]
    trip = Trip(
        date(2025, 6, day), org.cleaner.id, org.cleaning.id, stops, 14.0, start_time=time(8)
    )
    plan = PlannedTrip(tuple(stops), trip.date, time(8), employee_id=org.cleaner.id)
    return save_trip_with_choice(db, trip, advise(db, plan), reason, text, "anna")


def test_the_reason_given_last_time_on_the_same_route(db, org):
    route = "Kommunhuset Lekeberg – Mullhyttans skola"
    assert last_own_car_reason(db, org.cleaner.id, route) is None
    keep_own_car(db, org, 2, OwnCarReason.EQUIPMENT)
    keep_own_car(db, org, 3, OwnCarReason.OTHER, "Nycklar i bilen")
    keep_own_car(db, org, 4, OwnCarReason.URGENCY, to="Hagaskolan")  # another route
    assert last_own_car_reason(db, org.cleaner.id, route) == (
        OwnCarReason.OTHER,
        "Nycklar i bilen",
    )
    assert last_own_car_reason(db, org.archivist.id, route) is None


def test_a_greener_choice_is_not_a_reason(db, org):
    keep_own_car(db, org, 2, OwnCarReason.EQUIPMENT)
    stops = [org.place(db, "Kommunhuset Lekeberg"), org.place(db, "Mullhyttans skola")]
    trip = Trip(
        date(2025, 6, 5),
        org.cleaner.id,
        org.cleaning.id,
        stops,
        14.0,
        mode=Mode.PUBLIC_TRANSPORT,
    )
    plan = PlannedTrip(tuple(stops), trip.date, time(8), employee_id=org.cleaner.id)
    save_trip_with_choice(db, trip, advise(db, plan))
    route = "Kommunhuset Lekeberg – Mullhyttans skola"
    assert last_own_car_reason(db, org.cleaner.id, route) == (OwnCarReason.EQUIPMENT, "")


def test_thresholds_go_back_to_their_defaults(db):
    update_green_config(db, walk_cycle_max_km=6, pt_ticket_ore=4000, detour_max_km=30)
    assert reset_green_config(db) == GreenConfig()
    assert load_green_config(db) == GreenConfig()

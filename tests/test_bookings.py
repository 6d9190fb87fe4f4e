"""Pool-car bookings: a car is free or it is not, and nobody gets a car twice."""

import sqlite3
from datetime import date, datetime

import pytest

from resebok.core.bookings import (
    BookingConflict,
    BookingError,
    book_vehicle,
    bookings_for_trip,
    bookings_for_week,
    cancel_booking,
    free_vehicles,
    is_vehicle_free,
)
from resebok.core.fleet import add_vehicle


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2025-06-05T{text}")


@pytest.fixture
def cars(db, org):
    base = org.place(db, "Kommunhuset Lekeberg")
    return add_vehicle(db, "ABC123", "Renault Zoe", "electric", base), add_vehicle(
        db, "DEF456", "VW Caddy", "biogas", base
    )


def test_a_free_car_can_be_booked(db, org, cars):
    zoe, _ = cars

    booking = book_vehicle(db, zoe.id, org.cleaner.id, at("08:00"), at("12:00"), note="Mullhyttan")

    assert booking.registration == "ABC 123" and booking.employee_name == "Anna Lind"
    assert not is_vehicle_free(db, zoe.id, at("11:00"), at("13:00"))
    assert is_vehicle_free(db, zoe.id, at("12:00"), at("13:00"))  # touching is fine


def test_a_double_booking_is_refused_with_who_has_the_car(db, org, cars):
    zoe, _ = cars
    book_vehicle(db, zoe.id, org.cleaner.id, at("08:00"), at("12:00"))

    with pytest.raises(BookingConflict) as refused:
        book_vehicle(db, zoe.id, org.archivist.id, at("11:30"), at("15:00"))

    assert str(refused.value).startswith("ABC 123 är redan bokad 5/6 08:00–12:00 av Anna Lind")
    assert [b.employee_name for b in refused.value.conflicting] == ["Anna Lind"]
    assert len(bookings_for_week(db, date(2025, 6, 2))[zoe.id]) == 1


def test_the_database_refuses_an_overlap_even_without_the_check(db, org, cars):
    zoe, _ = cars
    book_vehicle(db, zoe.id, org.cleaner.id, at("08:00"), at("12:00"))

    with pytest.raises(sqlite3.IntegrityError, match="double booking"):
        db.execute(
            "INSERT INTO pool_car_bookings (id, vehicle_id, employee_id, starts_at, ends_at, "
            "created_at) VALUES ('x', ?, ?, '2025-06-05T09:00', '2025-06-05T10:00', 'now')",
            [zoe.id, org.archivist.id],
        )


def test_cancelling_frees_the_car_and_cannot_be_done_twice(db, org, cars):
    zoe, _ = cars
    booking = book_vehicle(db, zoe.id, org.cleaner.id, at("08:00"), at("12:00"))

    cancel_booking(db, booking.id)

    assert is_vehicle_free(db, zoe.id, at("08:00"), at("12:00"))
    book_vehicle(db, zoe.id, org.archivist.id, at("09:00"), at("10:00"))
    with pytest.raises(BookingError, match="redan avbokad"):
        cancel_booking(db, booking.id)


def test_free_cars_for_a_window(db, org, cars):
    zoe, caddy = cars
    book_vehicle(db, zoe.id, org.cleaner.id, at("08:00"), at("12:00"))

    assert [v.id for v in free_vehicles(db, at("10:00"), at("11:00"))] == [caddy.id]
    assert [v.id for v in free_vehicles(db, at("13:00"), at("14:00"))] == [zoe.id, caddy.id]


def test_a_booking_must_end_after_it_starts(db, org, cars):
    with pytest.raises(BookingError, match="sluta efter"):
        book_vehicle(db, cars[0].id, org.cleaner.id, at("12:00"), at("08:00"))


def test_the_week_calendar_has_a_row_per_car(db, org, cars):
    zoe, caddy = cars
    book_vehicle(db, zoe.id, org.cleaner.id, at("08:00"), at("12:00"))
    book_vehicle(db, zoe.id, org.archivist.id, datetime(2025, 6, 8, 22), datetime(2025, 6, 9, 7))
    book_vehicle(db, caddy.id, org.cleaner.id, datetime(2025, 6, 10, 8), datetime(2025, 6, 10, 9))

    week = bookings_for_week(db, date(2025, 6, 2))

    assert set(week) == {zoe.id, caddy.id}
    assert [b.starts_at.day for b in week[zoe.id]] == [5, 8]  # Sunday night reaches into Monday
    assert week[caddy.id] == []
    assert list(bookings_for_week(db, date(2025, 6, 9), vehicle_id=caddy.id)) == [caddy.id]


def test_a_booking_inside_the_callers_transaction_rolls_back_with_it(db, org, cars):
    zoe, _ = cars
    with pytest.raises(RuntimeError), db.atomic():
        book_vehicle(db, zoe.id, org.cleaner.id, at("08:00"), at("12:00"), trip_id=None)
        raise RuntimeError("the trip could not be saved")

    assert is_vehicle_free(db, zoe.id, at("08:00"), at("12:00"))
    assert bookings_for_trip(db, "none") == []

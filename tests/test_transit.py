"""What the advisor asks the timetable: stops within a walk, services on a date, connections."""

from datetime import date

import pytest
from gtfs_helpers import TRIPS, sample_feed, sample_files, zip_feed

from resebok.core.gtfs import import_feed
from resebok.core.places import find_place
from resebok.core.transit import active_services, find_connection, format_clock, stops_near

THURSDAY = date(2025, 6, 5)
NATIONAL_DAY = date(2025, 6, 6)  # a Friday without weekday traffic
SATURDAY_WITH_TRAFFIC = date(2025, 6, 7)


def hm(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60


@pytest.fixture
def feed(db, tmp_path):
    return import_feed(db, sample_feed(tmp_path))


def near(db, place_name: str, radius_m: float = 800):
    place = find_place(db, place_name)
    return stops_near(db, place.lat, place.lon, radius_m)


def test_stops_within_the_walk_radius_are_found_nearest_first(db, feed):
    stops = near(db, "Kumla kommunhus")

    assert [s.stop_id for s in stops] == ["KUM"]
    assert 50 < stops[0].distance_m < 200


def test_a_stop_beyond_the_walk_radius_does_not_count(db, feed):
    assert near(db, "Kumla kommunhus", radius_m=50) == []
    # Fjugesta busstation is about 440 m from Lekebergsskolan: a walk of 800 m reaches it.
    assert [s.stop_id for s in near(db, "Lekebergsskolan", radius_m=800)] == ["FJU"]
    assert near(db, "Lekebergsskolan", radius_m=400) == []
    assert near(db, "Mullhyttans skola") == []


def test_stations_themselves_are_not_boarding_points(db, feed):
    ids = {s.stop_id for s in near(db, "Örebro centralstation")}
    assert ids == {"ORE1", "ORE2"}


def test_calendar_exceptions_remove_and_add_days(db, feed):
    assert active_services(db, THURSDAY) == {"WK"}
    assert active_services(db, NATIONAL_DAY) == set()
    assert active_services(db, SATURDAY_WITH_TRAFFIC) == {"WK"}
    assert active_services(db, date(2025, 6, 8)) == set()  # an ordinary Sunday
    assert active_services(db, date(2026, 1, 5)) == set()  # after the feed's period


def test_a_direct_train_from_kumla_to_hallsberg(db, feed):
    journey = find_connection(
        db,
        near(db, "Kumla kommunhus"),
        near(db, "Hallsbergs kommunhus"),
        THURSDAY,
        hm("07:30"),
        hm("09:00"),
    )

    assert journey is not None and journey.changes == 0
    assert journey.legs[0].trip_id == "T1"
    assert format_clock(journey.legs[0].departure_s) == "07:45"
    assert journey.leave_s < hm("07:45") and journey.arrive_s > hm("07:55")
    assert "Tåg" in journey.describe()


def test_the_next_departure_is_taken_when_the_first_has_left(db, feed):
    journey = find_connection(
        db,
        near(db, "Kumla kommunhus"),
        near(db, "Hallsbergs kommunhus"),
        THURSDAY,
        hm("07:50"),
        hm("09:00"),
    )
    assert journey.legs[0].trip_id == "T3"


def test_no_connection_when_the_deadline_is_too_early_or_no_traffic_that_day(db, feed):
    kumla, hallsberg = near(db, "Kumla kommunhus"), near(db, "Hallsbergs kommunhus")
    assert find_connection(db, kumla, hallsberg, THURSDAY, hm("07:30"), hm("07:50")) is None
    assert find_connection(db, kumla, hallsberg, NATIONAL_DAY, hm("07:30"), hm("09:00")) is None
    assert find_connection(db, kumla, hallsberg, SATURDAY_WITH_TRAFFIC, hm("07:30"), hm("09:00"))


def test_one_change_at_orebro_from_fjugesta_to_hallsberg(db, feed):
    journey = find_connection(
        db,
        near(db, "Kommunhuset Lekeberg"),
        near(db, "Hallsbergs kommunhus"),
        THURSDAY,
        hm("06:30"),
        hm("10:00"),
    )

    assert journey is not None and journey.changes == 1
    bus, train = journey.legs
    assert (bus.trip_id, train.trip_id) == ("B1", "T3")
    assert bus.to_stop_id == "ORE1" and train.from_stop_id == "ORE2"  # same station
    assert bus.vehicle_label == "Buss" and train.vehicle_label == "Tåg"


def test_a_change_needs_the_transfer_time(db, tmp_path):
    trips = [
        ("B1", "B1", "WK", [("FJU", "07:20:00"), ("ORE1", "07:58:00")]),
        ("T3", "R1", "WK", [("ORE2", "08:00:00"), ("HBG", "08:25:00")]),
    ]
    import_feed(db, zip_feed(tmp_path / "tight.zip", sample_files(trips)))
    fjugesta, hallsberg = near(db, "Kommunhuset Lekeberg"), near(db, "Hallsbergs kommunhus")

    assert (
        find_connection(
            db, fjugesta, hallsberg, THURSDAY, hm("07:00"), hm("10:00"), transfer_minutes=3
        )
        is None
    )
    assert find_connection(
        db, fjugesta, hallsberg, THURSDAY, hm("07:00"), hm("10:00"), transfer_minutes=2
    )


def test_a_late_trip_of_yesterdays_service_runs_after_midnight(db, tmp_path):
    trips = TRIPS + [("N2", "B9", "WK", [("ORE1", "24:10:00"), ("ASK", "25:00:00")])]
    import_feed(db, zip_feed(tmp_path / "night.zip", sample_files(trips)))
    orebro, askersund = near(db, "Örebro centralstation"), near(db, "Askersunds kommunhus")

    # Thursday's N2 leaves at 00:10 on the national day, which has no weekday service itself.
    journey = find_connection(db, orebro, askersund, NATIONAL_DAY, hm("00:00"), hm("02:00"))
    assert journey is not None and journey.legs[0].trip_id == "N2"
    assert format_clock(journey.legs[0].departure_s) == "00:10"
    # ... and the same night seen from Thursday evening: 23:50 arrives at 24:40.
    journey = find_connection(db, orebro, askersund, THURSDAY, hm("23:30"), hm("26:00"))
    assert journey.legs[0].trip_id == "N1" and journey.arrive_s > 24 * 3600

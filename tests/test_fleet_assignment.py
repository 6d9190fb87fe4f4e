"""The interval algorithms behind the fleet need: peaks, the exact assignment, placement."""

import random

import pytest

from resebok.core.fleet_assignment import (
    Interval,
    assign_cars,
    blocks,
    coverage_masks,
    peak_in_use,
    place_untimed,
)


def at(start: str, end: str, km: float = 10.0) -> Interval:
    """An interval from "HH:MM" texts, km in tenths."""

    def minute(text: str) -> int:
        hours, minutes = text.split(":")
        return int(hours) * 60 + int(minutes)

    return Interval(minute(start), minute(end), round(km * 10))


def covered(intervals: list[Interval], mask: int) -> tuple[int, int]:
    """(km tenths, trips) of the intervals in *mask*."""
    chosen = [i for n, i in enumerate(intervals) if mask >> n & 1]
    return sum(i.weight for i in chosen), len(chosen)


def brute_force(intervals: list[Interval], cars: int) -> tuple[int, int]:
    """The best (km, trips) over every subset that *cars* cars can drive."""
    best = (0, 0)
    for mask in range(1 << len(intervals)):
        chosen = [i for n, i in enumerate(intervals) if mask >> n & 1]
        if peak_in_use(chosen) <= cars:
            best = max(best, covered(intervals, mask))
    return best


def random_day(rng: random.Random, trips: int) -> list[Interval]:
    day = []
    for _ in range(trips):
        start = rng.randrange(6 * 12, 17 * 12) * 5
        day.append(Interval(start, start + rng.randrange(1, 40) * 5, rng.randint(0, 600)))
    return day


def test_two_trips_touching_at_ten_need_one_car():
    day = [at("08:00", "10:00"), at("10:00", "12:00")]
    assert peak_in_use(day) == 1
    assert assign_cars(day, 1) == [[0, 1]]


def test_two_trips_overlapping_by_a_minute_need_two_cars():
    day = [at("08:00", "10:01"), at("10:00", "12:00")]
    assert peak_in_use(day) == 2
    assert coverage_masks(day)[1].bit_count() == 1
    assert coverage_masks(day)[2] == 0b11


def test_a_day_tour_keeps_its_car_while_shorter_trips_come_and_go():
    tour = at("07:00", "15:00", km=45)  # a multi-stop tour: the car waits at each building
    day = [tour, at("08:00", "09:00"), at("09:00", "11:00"), at("13:00", "14:30")]
    assert peak_in_use(day) == 2
    assert coverage_masks(day)[1] == 0b0001  # one car: the tour has the most km
    assert sorted(len(car) for car in assign_cars(day, 2)) == [1, 3]


def test_one_car_prefers_the_most_km_not_the_most_trips():
    day = [at("08:00", "12:00", km=80), at("08:30", "09:30", km=20), at("10:00", "11:00", km=20)]
    assert covered(day, coverage_masks(day)[1]) == (800, 1)


def test_among_equal_km_the_most_trips_win():
    day = [at("08:00", "12:00", km=40), at("08:30", "09:30", km=20), at("10:00", "11:00", km=20)]
    assert covered(day, coverage_masks(day)[1]) == (400, 2)


def test_a_day_splits_into_blocks_where_no_trip_is_under_way():
    day = [at("08:00", "09:00"), at("08:30", "10:00"), at("10:00", "11:00"), at("13:00", "14:00")]
    assert blocks(day) == [[0, 1], [2], [3]]


def test_the_assignment_is_optimal_against_brute_force():
    rng = random.Random(6)
    for _ in range(250):
        day = random_day(rng, rng.randint(1, 9))
        masks = coverage_masks(day)
        assert len(masks) == peak_in_use(day) + 1
        for cars in range(peak_in_use(day) + 1):
            assert covered(day, masks[cars]) == brute_force(day, cars), (day, cars)


def test_no_car_is_ever_in_two_places_at_once():
    rng = random.Random(2021)
    for _ in range(200):
        day = random_day(rng, rng.randint(0, 30))
        masks = coverage_masks(day)
        for cars in range(peak_in_use(day) + 2):
            plan = assign_cars(day, cars)
            assert len(plan) == cars
            taken = [n for car in plan for n in car]
            assert len(taken) == len(set(taken)), "a trip in two cars"
            assert sum(1 << n for n in taken) == masks[min(cars, len(masks) - 1)]
            for car in plan:
                for first, then in zip(car, car[1:], strict=False):
                    assert day[first].end <= day[then].start, "a car double-booked"


def test_the_covered_km_grow_with_each_car_until_all_are_taken():
    rng = random.Random(11)
    for _ in range(50):
        day = random_day(rng, 25)
        km = [covered(day, mask)[0] for mask in coverage_masks(day)]
        assert km == sorted(km)
        assert km[-1] == sum(i.weight for i in day)


def test_negative_cars_are_refused():
    with pytest.raises(ValueError):
        assign_cars([at("08:00", "09:00")], -1)


# --- trips without times ----------------------------------------------------------------------


def test_an_untimed_trip_goes_where_its_employee_is_free():
    timed = [(1, at("07:00", "12:00")), (2, at("12:00", "16:00"))]
    (spot,) = place_untimed(timed, [(1, 90)], 7 * 60, 16 * 60)
    assert spot.start >= 12 * 60 and spot.end <= 16 * 60
    assert spot.end - spot.start == 90
    assert not spot.collides


def test_an_untimed_trip_goes_where_fewest_cars_are_out():
    timed = [(1, at("07:00", "10:00")), (2, at("07:00", "10:00")), (3, at("13:00", "16:00"))]
    (spot,) = place_untimed(timed, [(4, 60)], 7 * 60, 16 * 60)
    assert 10 * 60 <= spot.start and spot.end <= 13 * 60


def test_an_untimed_trip_that_cannot_fit_beside_its_employee_says_so():
    timed = [(1, at("07:00", "16:00"))]
    (spot,) = place_untimed(timed, [(1, 60)], 7 * 60, 16 * 60)
    assert spot.collides
    assert 7 * 60 <= spot.start < 16 * 60


def test_a_trip_longer_than_the_working_day_starts_with_it():
    (spot,) = place_untimed([], [(1, 11 * 60)], 7 * 60, 16 * 60)
    assert spot.start == 7 * 60 and spot.end == 18 * 60


def test_two_untimed_trips_of_one_employee_do_not_overlap():
    spots = place_untimed([], [(1, 120), (1, 180), (1, 60)], 7 * 60, 16 * 60)
    ordered = sorted(spots, key=lambda s: s.start)
    for first, then in zip(ordered, ordered[1:], strict=False):
        assert first.end <= then.start
    assert not any(s.collides for s in spots)

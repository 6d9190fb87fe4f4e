"""The fleet need of a unit: days, peaks, trips without times, the percentile and the curve."""

from datetime import date, time

import pytest
from fleet_helpers import demo_db_path

from resebok.core.db import open_database
from resebok.core.fleet_need import (
    FleetNeedError,
    FleetSettings,
    FleetTrip,
    analyse_trips,
    fleet_need,
    learn_stop_minutes,
    load_fleet_trips,
    need_for,
    unit_by_code,
)
from resebok.core.models import Mode, OrgUnit, Trip
from resebok.core.periods import Period
from resebok.core.trips import save_trip

UNIT = OrgUnit(1, "LOK", "Lokalvårdsenheten", "unit", None, "")
MARCH = Period(date(2021, 3, 1), date(2021, 3, 31))
DAY = date(2021, 3, 10)


def minute(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def trip(
    name: str,
    start: str | None,
    end: str | None,
    km: float = 20.0,
    employee: int = 1,
    day: date = DAY,
    **extra,
) -> FleetTrip:
    return FleetTrip(
        id=name,
        day=day,
        employee_id=employee,
        start=minute(start) if start else None,
        end=minute(end) if end else None,
        km_tenths=round(km * 10),
        paid_km_tenths=round(km * 10),
        **extra,
    )


def analyse(*trips: FleetTrip, **settings) -> object:
    return analyse_trips(UNIT, MARCH, trips, FleetSettings(**settings))


# --- hand-built days --------------------------------------------------------------------------


def test_trips_touching_at_ten_need_one_car_and_overlapping_ones_two():
    touching = analyse(trip("a", "08:00", "10:00", employee=1), trip("b", "10:00", "11:30", 12, 2))
    assert touching.peaks == [1]
    overlapping = analyse(
        trip("a", "08:00", "10:15", employee=1), trip("b", "10:00", "11:30", 12, 2)
    )
    assert overlapping.peaks == [2]
    assert [p.share_km for p in overlapping.curve()] == [pytest.approx(20 / 32), 1.0]


def test_a_multi_stop_tour_is_one_trip_that_keeps_its_car_all_day():
    need = analyse(
        trip("tour", "07:00", "15:30", 45, 1, stops=3),
        trip("short", "08:00", "09:00", 6, 2),
        trip("later", "13:00", "14:00", 8, 3),
    )
    assert need.trips == 3 and need.peaks == [2]
    assert [t.trip.id for t in need.covered_trips(1)] == ["tour"]


def test_days_are_the_days_with_own_car_trips():
    need = analyse(
        trip("a", "08:00", "09:00", day=date(2021, 3, 1)),
        trip("b", "08:00", "09:00", day=date(2021, 3, 2), employee=1),
        trip("c", "08:30", "09:30", day=date(2021, 3, 2), employee=2),
        trip("outside", "08:00", "09:00", day=date(2021, 4, 1)),
    )
    assert need.days == 2
    assert need.peaks == [1, 2]
    assert need.trips == 3


def test_trips_without_times_are_estimated_placed_and_counted():
    need = analyse(
        trip("timed", "07:00", "12:00", 30, employee=1),
        trip("untimed", None, None, 25, employee=1, stops=1),  # 30 min driving + 30 min stop
        stop_minutes=30,
    )
    assert need.estimated_trips == 1
    placed = {t.trip.id: t for t in need.plans[0].trips}
    untimed = placed["untimed"]
    assert untimed.estimated and not untimed.collides
    assert untimed.end - untimed.start == 60
    assert untimed.start >= minute("12:00")  # not on top of the employee's own morning trip
    assert untimed.end <= minute("16:00")
    assert need.peaks == [1]  # so one car still does both


def test_a_trip_with_only_a_start_time_gets_its_end_estimated():
    need = analyse(trip("half", "09:00", None, 50), stop_minutes=0)
    (placed,) = need.plans[0].trips
    assert placed.estimated and (placed.start, placed.end) == (minute("09:00"), minute("10:00"))
    assert need.estimated_trips == 1


def test_an_end_before_the_start_is_treated_as_unknown():
    need = analyse(trip("odd", "15:00", "09:00", 25), stop_minutes=0)
    (placed,) = need.plans[0].trips
    assert placed.estimated and placed.start == minute("15:00") and placed.end > placed.start


def test_working_hours_bound_where_untimed_trips_go():
    need = analyse(
        trip("u", None, None, 10), day_start=time(9, 0), day_end=time(12, 0), stop_minutes=0
    )
    (placed,) = need.plans[0].trips
    assert minute("09:00") <= placed.start and placed.end <= minute("12:00")


def test_stop_time_is_learnt_from_the_units_timed_tours():
    # 50 km at 50 km/h is an hour of driving; each tour has two stops and lasts 5 hours
    tours = [
        trip(f"t{n}", "07:00", "12:00", 50, employee=n, stops=2, day=date(2021, 3, n + 1))
        for n in range(6)
    ]
    assert learn_stop_minutes(tours, 50) == 120
    assert learn_stop_minutes(tours[:4], 50) is None  # too few to learn from
    need = analyse(*tours, trip("u", None, None, 50, employee=9, stops=1))
    assert need.stop_minutes == 120 and need.stop_minutes_learnt


def test_commuting_and_trips_from_home_are_left_out_and_counted():
    need = analyse(
        trip("work", "08:00", "09:00"),
        trip("home", "08:00", "09:00", employee=2, from_home=True),
        trip("commute", "07:00", "07:30", employee=3, reimbursable=False),
    )
    assert need.trips == 1
    assert (need.excluded_from_home, need.excluded_commuting) == (1, 1)
    included = analyse(
        trip("work", "08:00", "09:00"),
        trip("home", "08:00", "09:00", employee=2, from_home=True),
        include_from_home=True,
    )
    assert included.peaks == [2]


# --- the need and the curve -------------------------------------------------------------------


def test_the_need_is_the_nearest_rank_percentile_of_the_daily_peaks():
    peaks = [1, 1, 2, 2, 3, 3, 3, 4, 5, 9]
    assert need_for(peaks, 90) == 5  # 9 of the 10 days: not 9.000000000000002 days
    assert need_for(peaks, 91) == 9
    assert need_for(peaks, 100) == 9
    assert need_for(peaks, 50) == 3
    assert need_for(peaks, 1) == 1
    assert need_for([], 90) == 0


def test_the_curve_runs_from_one_car_to_the_highest_peak():
    need = analyse(
        trip("a", "08:00", "12:00", 40, 1, day=date(2021, 3, 1)),
        trip("b", "09:00", "10:00", 10, 2, day=date(2021, 3, 1)),
        trip("c", "09:30", "11:00", 5, 3, day=date(2021, 3, 1)),
        trip("d", "08:00", "09:00", 10, 1, day=date(2021, 3, 2)),
    )
    curve = need.curve()
    assert [p.cars for p in curve] == [1, 2, 3]
    assert [p.km_tenths for p in curve] == [500, 600, 650]
    assert [round(p.share_days, 2) for p in curve] == [0.5, 0.5, 1.0]
    assert curve[-1].share_km == curve[-1].share_trips == 1.0
    assert need.need == 3 and need.need_for(50) == 1


def test_settings_that_make_no_sense_get_a_swedish_message():
    for settings, text in [
        (FleetSettings(coverage_percent=0), "Täckningen"),
        (FleetSettings(speed_kmh=0), "Medelhastigheten"),
        (FleetSettings(day_start=time(16), day_end=time(7)), "Arbetsdagen"),
        (FleetSettings(stop_minutes=-5), "Tiden per stopp"),
    ]:
        with pytest.raises(FleetNeedError, match=text):
            settings.check()


# --- from the database ------------------------------------------------------------------------


def test_trips_are_read_with_their_stops_and_times(db, org):
    town_hall = org.place(db, "Kommunhuset Lekeberg")
    stops = [town_hall, org.place(db, "Lanna skola"), org.place(db, "Hidinge förskola"), town_hall]
    save_trip(
        db,
        Trip(DAY, org.cleaner.id, org.cleaning.id, stops, 25.3, start_time=time(7, 10),
             end_time=time(11, 40)),
        today=date(2021, 4, 1),
    )  # fmt: skip
    save_trip(db, Trip(DAY, org.cleaner.id, org.cleaning.id, stops, 25.3), today=date(2021, 4, 1))
    save_trip(
        db,
        Trip(DAY, org.cleaner.id, org.cleaning.id, stops, 25.3, mode=Mode.POOL_CAR),
        today=date(2021, 4, 1),
    )
    trips = load_fleet_trips(db, org.department.id, MARCH)  # the department holds the unit
    assert len(trips) == 2  # the pool-car trip is not an own-car trip
    assert {t.stops for t in trips} == {2}
    timed = [t for t in trips if t.start is not None]
    assert [(t.start, t.end) for t in timed] == [(minute("07:10"), minute("11:40"))]
    need = fleet_need(db, org.cleaning.id, MARCH, FleetSettings(stop_minutes=60))
    assert need.estimated_trips == 1 and need.days == 1
    assert need.peaks == [1]  # the untimed tour is put after the cleaner's morning tour


def test_an_unknown_unit_code_gets_a_swedish_message(db, org):
    with pytest.raises(FleetNeedError, match="ingen enhet med koden 'XYZ'"):
        unit_by_code(db, "XYZ")


# --- the demo's cleaning unit -----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo():
    database = open_database(demo_db_path())
    yield database
    database.close()


def test_the_demo_cleaning_unit_needs_about_ten_cars_in_2021(demo):
    """The municipality's first analysis said "about 10 vehicles"; the demo's 14 cleaners
    drive day tours of a few hours between the buildings, so the need lies well below the
    staff and well above a couple of cars."""
    lok = unit_by_code(demo, "LOK")
    need = fleet_need(demo, lok.id, Period.year(2021))
    assert 4 <= need.need <= 14
    assert need.days >= 240  # about a working year: weekdays, and a few weekend days
    assert 0 < need.estimated_trips < need.trips * 0.25
    assert need.colliding_estimates == 0
    curve = need.curve()
    assert curve[-1].share_km == 1.0
    assert [p.share_km for p in curve] == sorted(p.share_km for p in curve)
    assert curve[need.need - 1].share_days >= 0.9 > curve[need.need - 2].share_days
    assert curve[need.need - 1].share_km > 0.95


def test_a_units_year_is_analysed_well_under_a_second(demo):
    import time as clock

    lok = unit_by_code(demo, "LOK")
    started = clock.perf_counter()
    fleet_need(demo, lok.id, Period.year(2021))
    assert clock.perf_counter() - started < 2.0  # generous: a loaded CI machine; ~0.1 s here

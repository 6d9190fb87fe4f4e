"""The green advisor, rule by rule, told as the employees' own trips.

Dates are in June 2025, inside the sample timetable's period; 5 June is a Thursday.
"""

from datetime import date, datetime, time

import pytest
from gtfs_helpers import sample_feed

from resebok.core.advisor import LADDER, AdviceError, PlannedTrip, advise
from resebok.core.bookings import book_vehicle
from resebok.core.co2 import set_employee_car_fuel
from resebok.core.fleet import add_vehicle
from resebok.core.green_config import update_green_config
from resebok.core.gtfs import import_feed
from resebok.core.models import Mode, PurposeCategory, Trip
from resebok.core.own_car_reasons import OwnCarReason
from resebok.core.rates import RateKind, list_rate_periods, update_rate_period
from resebok.core.trips import save_trip

THURSDAY = date(2025, 6, 5)


@pytest.fixture
def timetable(db, tmp_path):
    return import_feed(db, sample_feed(tmp_path))


def trip(org, db, *names: str, **fields) -> PlannedTrip:
    fields.setdefault("date", THURSDAY)
    fields.setdefault("start_time", time(7, 30))
    return PlannedTrip(stop_ids=tuple(org.place(db, n) for n in names), **fields)


def cleaner_round(org, db, destination: str, **fields) -> PlannedTrip:
    """Anna cleans the municipality's buildings, starting from Lekebergsskolan."""
    fields.setdefault("purpose_category", PurposeCategory.SITE_WORK)
    fields.setdefault("employee_id", org.cleaner.id)
    return trip(org, db, "Lekebergsskolan", destination, "Lekebergsskolan", **fields)


def archivist_from_home(org, db, **fields) -> PlannedTrip:
    """Bo lives in Kumla and fetches documents at Hallsberg's town hall, straight from home."""
    fields.setdefault("purpose_category", PurposeCategory.DOCUMENT_RETRIEVAL)
    fields.setdefault("from_home", True)
    fields.setdefault("employee_id", org.archivist.id)
    fields.setdefault("return_time", time(11, 0))
    return trip(org, db, "Kumla", "Hallsbergs kommunhus", "Kumla", **fields)


# --- the ladder ------------------------------------------------------------------------------


def test_the_alternatives_come_in_the_ladders_order_with_the_own_car_last(db, org):
    advice = advise(db, cleaner_round(org, db, "Hagaskolan"))

    assert tuple(alt.mode for alt in advice.alternatives) == LADDER
    assert advice.own_car.fits and advice.own_car.km == advice.route_km > 0
    for alt in advice.alternatives:
        assert alt.reason and alt.cost_ore >= 0 and alt.co2_kg >= 0


# --- 1. digital meeting ----------------------------------------------------------------------


@pytest.mark.parametrize("purpose", [PurposeCategory.MEETING, PurposeCategory.CONFERENCE])
def test_a_meeting_or_conference_can_be_digital(db, org, purpose):
    advice = advise(
        db,
        trip(
            org,
            db,
            "Kommunhuset Lekeberg",
            "Region Örebro län",
            "Kommunhuset Lekeberg",
            purpose_category=purpose,
        ),
    )

    digital = advice.alternative(Mode.DIGITAL)
    assert digital.fits and digital.minutes == 0 and digital.cost_ore == 0 and digital.co2_kg == 0
    assert "digitalt" in digital.reason
    assert advice.best is digital


@pytest.mark.parametrize(
    ("purpose", "why"),
    [
        (PurposeCategory.SITE_WORK, "på plats"),
        (PurposeCategory.DOCUMENT_RETRIEVAL, "Handlingar"),
        (PurposeCategory.HOME_VISIT, "hembesök"),
    ],
)
def test_site_work_documents_and_home_visits_cannot_be_digital(db, org, purpose, why):
    advice = advise(db, cleaner_round(org, db, "Hagaskolan", purpose_category=purpose))

    digital = advice.alternative(Mode.DIGITAL)
    assert not digital.fits and why.casefold() in digital.reason.casefold()


# --- 2. walk or cycle ------------------------------------------------------------------------


def test_the_cleaner_can_cycle_between_buildings_in_fjugesta(db, org):
    advice = advise(db, cleaner_round(org, db, "Hagaskolan"))

    walk = advice.alternative(Mode.WALK_CYCLE)
    assert advice.one_way_km <= 3
    assert walk.fits and "cykel" in walk.reason and walk.co2_kg == 0
    assert advice.best is walk
    assert advice.proposed_reason is None  # nothing argues for the own car


def test_beyond_three_km_walking_or_cycling_does_not_fit(db, org):
    advice = advise(db, cleaner_round(org, db, "Mullhyttans skola"))

    walk = advice.alternative(Mode.WALK_CYCLE)
    assert advice.one_way_km > 3
    assert not walk.fits and "längre än 3 km" in walk.reason


def test_the_walking_distance_is_a_setting(db, org):
    update_green_config(db, walk_cycle_max_km=0.5)

    walk = advise(db, cleaner_round(org, db, "Hagaskolan")).alternative(Mode.WALK_CYCLE)

    assert not walk.fits and "0,5 km" in walk.reason


def test_equipment_to_carry_rules_out_cycling_and_is_the_proposed_reason(db, org):
    add_vehicle(db, "ABC123", "Renault Zoe", "electric", org.place(db, "Kommunhuset Lekeberg"))

    advice = advise(db, cleaner_round(org, db, "Hagaskolan", equipment=True))

    assert not advice.alternative(Mode.WALK_CYCLE).fits
    assert "utrustning" in advice.alternative(Mode.WALK_CYCLE).reason
    assert advice.proposed_reason is OwnCarReason.EQUIPMENT


def test_without_pool_cars_the_cleaning_unit_is_proposed_no_pool_car_before_equipment(db, org):
    """The cleaning unit has no vehicles: that, not the mop, is what the controller must see."""
    advice = advise(db, cleaner_round(org, db, "Hagaskolan", equipment=True))

    assert advice.proposed_reason is OwnCarReason.NO_POOL_CAR


# --- 3. public transport ---------------------------------------------------------------------


def test_the_train_to_hallsberg_fits_when_it_is_not_much_slower(db, org, timetable):
    advice = advise(
        db,
        trip(
            org,
            db,
            "Kumla kommunhus",
            "Hallsbergs kommunhus",
            "Kumla kommunhus",
            return_time=time(16, 0),
            purpose_category=PurposeCategory.SITE_WORK,
        ),
    )

    transit = advice.alternative(Mode.PUBLIC_TRANSPORT)
    assert transit.fits
    assert transit.extra_minutes is not None and 0 < transit.extra_minutes <= 30
    assert (
        "Tåg" in transit.reason and "07:45" in transit.reason and "Tillbaka 16:05" in transit.reason
    )
    assert [j.legs[0].trip_id for j in transit.journeys] == ["T1", "T2"]
    assert transit.cost_ore == 2 * 3500  # two single tickets
    assert 0 < transit.co2_kg < advice.own_car.co2_kg / 5


def test_public_transport_that_is_too_slow_does_not_fit(db, org, timetable):
    update_green_config(db, pt_extra_minutes=10)

    transit = advise(
        db,
        trip(
            org,
            db,
            "Kumla kommunhus",
            "Hallsbergs kommunhus",
            "Kumla kommunhus",
            return_time=time(16, 0),
            purpose_category=PurposeCategory.SITE_WORK,
        ),
    ).alternative(Mode.PUBLIC_TRANSPORT)

    assert not transit.fits and "mer än 10 min extra" in transit.reason


def test_a_one_change_journey_from_fjugesta_to_hallsberg(db, org, timetable):
    update_green_config(db, pt_extra_minutes=120)
    advice = advise(
        db,
        trip(
            org,
            db,
            "Kommunhuset Lekeberg",
            "Hallsbergs kommunhus",
            start_time=time(6, 45),
            purpose_category=PurposeCategory.SITE_WORK,
        ),
    )

    transit = advice.alternative(Mode.PUBLIC_TRANSPORT)
    assert transit.fits and transit.journeys[0].changes == 1
    assert "byte till Tåg" in transit.reason


def test_no_stop_within_walking_distance_proposes_no_public_transport(db, org, timetable):
    advice = advise(db, cleaner_round(org, db, "Mullhyttans skola"))

    transit = advice.alternative(Mode.PUBLIC_TRANSPORT)
    assert not transit.fits and "Ingen hållplats inom 800 m" in transit.reason
    assert advice.proposed_reason is OwnCarReason.NO_POOL_CAR  # no cars at all come first


def test_no_train_back_after_the_meeting(db, org, timetable):
    planned = trip(
        org,
        db,
        "Kumla kommunhus",
        "Hallsbergs kommunhus",
        "Kumla kommunhus",
        return_time=time(17, 0),
        purpose_category=PurposeCategory.SITE_WORK,
    )
    update_green_config(db, pt_search_minutes=60)

    advice = advise(db, planned)

    transit = advice.alternative(Mode.PUBLIC_TRANSPORT)
    assert not transit.fits and "Ingen förbindelse tillbaka" in transit.reason
    assert transit.blocker is OwnCarReason.NO_PUBLIC_TRANSPORT


def test_without_a_timetable_public_transport_says_so(db, org):
    transit = advise(db, cleaner_round(org, db, "Mullhyttans skola")).alternative(
        Mode.PUBLIC_TRANSPORT
    )
    assert not transit.fits and "GTFS" in transit.reason


# --- 4. pool car -----------------------------------------------------------------------------


def test_a_free_pool_car_near_the_start_fits_and_can_be_booked(db, org):
    zoe = add_vehicle(
        db, "ABC123", "Renault Zoe", "electric", org.place(db, "Kommunhuset Lekeberg")
    )

    advice = advise(db, cleaner_round(org, db, "Mullhyttans skola", end_time=time(12, 0)))

    pool = advice.alternative(Mode.POOL_CAR)
    assert pool.fits and pool.vehicle_id == zoe.id
    assert (pool.booking_start, pool.booking_end) == (
        datetime(2025, 6, 5, 7, 30),
        datetime(2025, 6, 5, 12, 0),
    )
    assert "ABC 123" in pool.reason and "el" in pool.reason
    assert pool.co2_kg < advice.own_car.co2_kg / 10  # electric against petrol
    assert advice.best is pool


def test_a_greener_car_is_preferred_when_several_are_free(db, org):
    base = org.place(db, "Kommunhuset Lekeberg")
    add_vehicle(db, "PET111", "Golf", "petrol", base)
    gas = add_vehicle(db, "GAS222", "Caddy", "biogas", base)

    pool = advise(db, cleaner_round(org, db, "Mullhyttans skola")).alternative(Mode.POOL_CAR)

    assert pool.vehicle_id == gas.id


def test_a_booked_pool_car_does_not_fit_and_no_pool_car_is_proposed(db, org):
    zoe = add_vehicle(
        db, "ABC123", "Renault Zoe", "electric", org.place(db, "Kommunhuset Lekeberg")
    )
    book_vehicle(db, zoe.id, org.archivist.id, datetime(2025, 6, 5, 9), datetime(2025, 6, 5, 15))

    advice = advise(db, cleaner_round(org, db, "Mullhyttans skola", end_time=time(12, 0)))

    assert not advice.alternative(Mode.POOL_CAR).fits
    assert "ledig 5/6 07:30–12:00" in advice.alternative(Mode.POOL_CAR).reason
    assert advice.proposed_reason is OwnCarReason.NO_POOL_CAR


def test_a_pool_car_far_from_the_start_does_not_fit(db, org):
    add_vehicle(db, "ABC123", "Renault Zoe", "electric", org.place(db, "Askersunds kommunhus"))

    pool = advise(db, cleaner_round(org, db, "Mullhyttans skola")).alternative(Mode.POOL_CAR)

    assert not pool.fits and "1,5 km" in pool.reason


def test_archivist_from_home_gets_detour_reason(db, org):
    """The archive unit's case: Bo lives in Kumla, the pool car stands in Fjugesta."""
    add_vehicle(db, "ARK001", "Toyota Corolla", "hvo", org.place(db, "Fjugesta"))

    advice = advise(db, archivist_from_home(org, db))

    pool = advice.alternative(Mode.POOL_CAR)
    assert not pool.fits
    assert pool.detour_km > 15
    assert "omväg" in pool.reason and "Fjugesta" in pool.reason
    assert advice.proposed_reason is OwnCarReason.POOL_CAR_DETOUR
    assert advice.proposed_reason.label == "omväg för att hämta kommunbil"
    assert advice.as_json()[-1]["proposed_reason"] == "pool_car_detour"


def test_the_detour_limit_is_a_setting(db, org):
    add_vehicle(db, "ARK001", "Toyota Corolla", "hvo", org.place(db, "Fjugesta"))
    update_green_config(db, detour_max_km=200)

    advice = advise(db, archivist_from_home(org, db))

    pool = advice.alternative(Mode.POOL_CAR)
    assert pool.fits and pool.detour_km > 15
    assert pool.km == pytest.approx(advice.route_km + pool.detour_km, abs=0.2)
    assert advice.proposed_reason is None


def test_an_archivist_living_near_the_base_takes_the_pool_car_from_home(db, org):
    add_vehicle(db, "ARK001", "Toyota Corolla", "hvo", org.place(db, "Kumla kommunhus"))

    advice = advise(db, archivist_from_home(org, db))

    pool = advice.alternative(Mode.POOL_CAR)
    assert pool.fits and pool.detour_km < 2
    assert advice.proposed_reason is None


# --- 5. own car ------------------------------------------------------------------------------


def test_the_own_car_costs_the_employer_rate_and_emits_by_its_fuel(db, org):
    employer = list_rate_periods(db, RateKind.EMPLOYER)[0]
    update_rate_period(db, employer.id, 3000, None, None)  # 30 kr/mil = 3 kr/km
    set_employee_car_fuel(db, org.cleaner.id, "electric")

    own = advise(db, cleaner_round(org, db, "Mullhyttans skola")).own_car

    assert own.cost_ore == round(own.km * 300)
    assert own.co2_kg == pytest.approx(own.km * 0.014)
    assert "(el)" in own.reason


def test_a_petrol_car_is_assumed_when_the_fuel_is_unknown(db, org):
    own = advise(db, cleaner_round(org, db, "Mullhyttans skola", employee_id=None)).own_car
    assert own.co2_kg == pytest.approx(own.km * 0.167)


def test_urgency_is_proposed_before_anything_else(db, org):
    add_vehicle(db, "ARK001", "Toyota Corolla", "hvo", org.place(db, "Fjugesta"))

    advice = advise(db, archivist_from_home(org, db, urgent=True))

    assert advice.proposed_reason is OwnCarReason.URGENCY


# --- car-pooling -----------------------------------------------------------------------------


def test_colleagues_going_to_the_same_place_that_day_are_suggested(db, org):
    colleague = save_trip(
        db,
        Trip(
            date=THURSDAY,
            employee_id=org.cleaner.id,
            unit_id=org.cleaning.id,
            stop_ids=[
                org.place(db, "Fjugesta"),
                org.place(db, "Hallsbergs kommunhus"),
                org.place(db, "Fjugesta"),
            ],
            km=40,
            start_time=time(8, 0),
        ),
    )

    advice = advise(db, archivist_from_home(org, db))

    assert [m.trip_id for m in advice.carpool] == [colleague.id]
    match = advice.carpool[0]
    assert match.role == "driver" and match.shared_place_names == ("Hallsbergs kommunhus",)
    assert "Anna Lind kör till Hallsbergs kommunhus 08:00" in match.describe()
    assert "Samåkning" in advice.own_car.reason
    assert advice.as_json()[-1]["carpool"][0]["employee"] == "Anna Lind"


def test_your_own_trips_and_other_days_are_not_suggested(db, org):
    save_trip(
        db,
        Trip(
            date=THURSDAY,
            employee_id=org.archivist.id,
            unit_id=org.archive.id,
            stop_ids=[org.place(db, "Kumla"), org.place(db, "Hallsbergs kommunhus")],
            km=9,
        ),
    )
    save_trip(
        db,
        Trip(
            date=date(2025, 6, 4),
            employee_id=org.cleaner.id,
            unit_id=org.cleaning.id,
            stop_ids=[org.place(db, "Fjugesta"), org.place(db, "Hallsbergs kommunhus")],
            km=20,
        ),
    )

    assert advise(db, archivist_from_home(org, db)).carpool == ()


# --- input ------------------------------------------------------------------------------------


def test_an_unknown_place_or_an_end_before_the_start_is_refused(db, org):
    with pytest.raises(AdviceError, match="finns inte"):
        advise(db, PlannedTrip((org.place(db, "Kumla"), 99999), THURSDAY, time(8)))
    with pytest.raises(AdviceError, match="efter starttiden"):
        advise(
            db, trip(org, db, "Kumla", "Hallsberg", "Kumla", start_time=time(9), end_time=time(8))
        )

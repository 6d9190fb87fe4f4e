"""The home rule: commuting is not reimbursable; trips from or to home are reduced."""

from datetime import date

import pytest

from resebok.core.home_rule import check_home_rule, refresh_home_rule
from resebok.core.models import Mode, Trip
from resebok.core.org import add_employee
from resebok.core.settings import set_setting
from resebok.core.trips import bulk_insert_trips, get_trip, save_trip

TODAY = date(2026, 11, 27)


@pytest.fixture
def places(db, org):
    return {
        name: org.place(db, name)
        for name in (
            "Kumla",
            "Arkivdepå Fjugesta",
            "Hallsbergs kommunhus",
            "Laxå kommunhus",
            "Kommunhuset Lekeberg",
        )
    }


def _check(db, org, places, *names, km=60.0, **kwargs):
    return check_home_rule(db, org.archivist.id, [places[n] for n in names], km, **kwargs)


@pytest.mark.parametrize(
    "route",
    [
        ("Kumla", "Arkivdepå Fjugesta"),
        ("Arkivdepå Fjugesta", "Kumla"),
        ("Kumla", "Arkivdepå Fjugesta", "Kumla"),
    ],
)
def test_commuting_between_home_and_workplace_is_not_reimbursable_either_way(
    db, org, places, route
):
    result = _check(db, org, places, *route)
    assert not result.reimbursable
    assert "Resor mellan bostaden och det ordinarie tjänstestället är inte tjänsteresor" in (
        result.message
    )


def test_a_stop_in_the_home_town_between_work_trips_is_a_visit_not_a_commute(db, org, places):
    # homes are often registered as a town: work → Kumla → work is a meeting in Kumla
    result = _check(db, org, places, "Arkivdepå Fjugesta", "Kumla", "Arkivdepå Fjugesta")
    assert result.reimbursable and result.reduction_km == 0


def test_archivist_round_trip_from_home_is_reduced_twice(db, org, places):
    result = _check(db, org, places, "Kumla", "Hallsbergs kommunhus", "Kumla", km=70.0)
    assert result.reimbursable
    assert (result.home_legs, result.reduction_km) == (2, 56.0)
    assert "2 × 28,0 = 56,0 km" in result.message


def test_from_home_to_another_place_and_on_to_work_is_reduced_once(db, org, places):
    result = _check(db, org, places, "Kumla", "Laxå kommunhus", "Arkivdepå Fjugesta", km=90.0)
    assert (result.home_legs, result.reduction_km) == (1, 28.0)
    assert "28,0 km" in result.message


def test_reduction_never_makes_km_negative(db, org, places):
    result = _check(db, org, places, "Kumla", "Hallsbergs kommunhus", "Kumla", km=20.0)
    assert result.reduction_km == 20.0
    assert "begränsas till resans 20,0 km" in result.message


def test_the_organisation_can_switch_the_reduction_off(db, org, places):
    set_setting(db, "home_commute_reduction", False)
    result = _check(db, org, places, "Kumla", "Hallsbergs kommunhus", "Kumla")
    assert result.reimbursable and result.reduction_km == 0
    assert not _check(db, org, places, "Kumla", "Arkivdepå Fjugesta").reimbursable


def test_only_own_car_trips_are_reduced(db, org, places):
    result = _check(
        db, org, places, "Kumla", "Hallsbergs kommunhus", "Kumla", mode=Mode.PUBLIC_TRANSPORT
    )
    assert result.reduction_km == 0
    commute = _check(db, org, places, "Kumla", "Arkivdepå Fjugesta", mode=Mode.POOL_CAR)
    assert not commute.reimbursable


def test_the_started_at_home_box_counts_even_from_another_stop(db, org, places):
    result = _check(
        db, org, places, "Hallsbergs kommunhus", "Laxå kommunhus", "Arkivdepå Fjugesta",
        from_home=True,
    )  # fmt: skip
    assert result.home_legs == 1 and result.reduction_km == 28.0


def test_without_a_registered_home_nothing_is_reduced(db, org, places):
    nomad = add_employee(db, "3001", "Cia Ny", org.archive.id, None, None, 15.0)
    stops = [places["Kumla"], places["Hallsbergs kommunhus"], places["Kumla"]]
    assert check_home_rule(db, nomad.id, stops, 40.0).reduction_km == 0


def test_save_trip_stores_the_verdict_on_the_trip(db, org, places):
    trip = Trip(
        date(2024, 3, 5),
        org.archivist.id,
        org.archive.id,
        [places["Kumla"], places["Hallsbergs kommunhus"], places["Kumla"]],
        70.0,
        from_home=True,
    )
    saved = save_trip(db, trip, TODAY)
    assert saved.reduction_km == 56.0 and saved.reimbursable
    assert "bostaden" in saved.reimbursement_note
    commute = save_trip(
        db,
        Trip(
            date(2024, 3, 6),
            org.archivist.id,
            org.archive.id,
            [places["Kumla"], places["Arkivdepå Fjugesta"]],
            30.0,
        ),
        TODAY,
    )
    assert not get_trip(db, commute.id).reimbursable


def test_bulk_inserted_trips_get_the_verdict_and_follow_a_changed_commute(db, org, places):
    trip = Trip(
        date(2024, 3, 5),
        org.archivist.id,
        org.archive.id,
        [places["Kumla"], places["Hallsbergs kommunhus"], places["Kumla"]],
        70.0,
        id="11111111-1111-4111-8111-111111111111",
    )
    with db.atomic():
        bulk_insert_trips(db, [trip])
    assert get_trip(db, trip.id).reduction_km == 56.0
    db.execute("UPDATE employees SET commute_km = 10 WHERE id = ?", [org.archivist.id])
    assert refresh_home_rule(db) == 1
    assert get_trip(db, trip.id).reduction_km == 20.0

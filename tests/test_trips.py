"""Saving trips: validation with Swedish field messages, odometer, flags, UUIDs, the list."""

import uuid
from datetime import date, time

import pytest

from resebok.core.models import Mode, PurposeCategory, Trip
from resebok.core.places import find_place
from resebok.core.trips import (
    TripFilter,
    count_trips,
    delete_trip,
    get_trip,
    recent_trips,
    save_trip,
    trip_rows,
    trip_totals,
)
from resebok.core.validation import TripValidationError

TODAY = date(2026, 11, 27)


def _ids(db, *names):
    return [find_place(db, n).id for n in names]


def _trip(db, org, **changes):
    values = dict(
        date=date(2021, 3, 4),
        employee_id=org.cleaner.id,
        unit_id=org.cleaning.id,
        stop_ids=_ids(db, "Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg"),
        km=3.0,
    )
    values.update(changes)
    return Trip(**values)


def _errors(db, trip):
    with pytest.raises(TripValidationError) as info:
        save_trip(db, trip, TODAY)
    return {e.field: e.message for e in info.value.errors}


def test_saved_trip_round_trips_with_a_uuid_and_route(db, org):
    saved = save_trip(
        db,
        _trip(
            db,
            org,
            start_time=time(8, 0),
            end_time=time(8, 40),
            purpose="Städning <b>&</b> 'fika'",
            purpose_category=PurposeCategory.SITE_WORK,
            passengers=1,
        ),
        TODAY,
    )
    assert uuid.UUID(saved.id).version == 4
    again = get_trip(db, saved.id)
    assert again == saved
    assert again.stop_names == ["Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg"]
    assert again.purpose == "Städning <b>&</b> 'fika'"
    assert again.start_time == time(8, 0)


def test_odometer_readings_decide_the_km(db, org):
    saved = save_trip(db, _trip(db, org, km=99.0, odometer_start=10500, odometer_end=10504), TODAY)
    assert saved.km == 4.0


def test_km_far_from_the_suggestion_is_flagged(db, org):
    ids = _ids(db, "Fjugesta", "Örebro")
    fine = save_trip(db, _trip(db, org, stop_ids=ids, km=31.0), TODAY)
    assert not fine.km_flagged and fine.suggested_km == pytest.approx(29.7, abs=0.5)
    # now the route has history: 31 km confirmed, so 60 km is far from it
    flagged = save_trip(db, _trip(db, org, stop_ids=ids, km=60.0), TODAY)
    assert flagged.km_flagged and flagged.suggested_km == 31.0


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"stop_ids": "one"}, "stops", "minst två"),
        ({"km": -1.0}, "km", "negativt"),
        ({"km": 0.0}, "km", "mer än 0"),
        ({"km": 5000.0}, "km", "3000"),
        ({"km": float("nan")}, "km", "tal"),
        ({"date": date(1999, 12, 31)}, "date", "2000"),
        ({"date": date(2028, 1, 1)}, "date", "fram i tiden"),
        ({"start_time": time(9), "end_time": time(8)}, "times", "efter starttiden"),
        ({"odometer_start": 100}, "odometer", "båda"),
        ({"odometer_start": 100, "odometer_end": 90}, "odometer", "större"),
        ({"passengers": 12}, "passengers", "0–8"),
        ({"purpose": "x" * 501}, "purpose", "500"),
        ({"employee_id": 9999}, "employee", "anställd"),
        ({"unit_id": 9999}, "unit", "enhet"),
    ],
)
def test_bad_input_is_refused_with_a_message_for_its_field(db, org, changes, field, words):
    if changes.get("stop_ids") == "one":
        changes["stop_ids"] = _ids(db, "Fjugesta")
    errors = _errors(db, _trip(db, org, **changes))
    assert field in errors
    assert words in errors[field]
    assert count_trips(db, TripFilter()) == 0


def test_member_org_must_belong_to_the_unit(db, org):
    errors = _errors(db, _trip(db, org, member_org_id=org.hallsberg.id))
    assert "member_org" in errors
    ok = save_trip(
        db,
        _trip(
            db,
            org,
            employee_id=org.archivist.id,
            unit_id=org.archive.id,
            member_org_id=org.hallsberg.id,
            stop_ids=_ids(db, "Kumla", "Hallsbergs kommunhus"),
            km=15,
            from_home=True,
        ),
        TODAY,
    )
    assert ok.member_org_id == org.hallsberg.id and ok.from_home


def test_repeated_stop_is_refused(db, org):
    errors = _errors(db, _trip(db, org, stop_ids=_ids(db, "Fjugesta", "Fjugesta")))
    assert "stops" in errors


def test_failed_update_leaves_the_saved_trip_untouched(db, org):
    saved = save_trip(db, _trip(db, org), TODAY)
    broken = _trip(db, org, id=saved.id, km=-5.0, stop_ids=_ids(db, "Fjugesta", "Kumla"))
    _errors(db, broken)
    assert get_trip(db, saved.id) == saved


def test_update_keeps_identity_and_replaces_stops(db, org):
    saved = save_trip(db, _trip(db, org), TODAY)
    changed = save_trip(
        db, _trip(db, org, id=saved.id, stop_ids=_ids(db, "Fjugesta", "Kumla"), km=33), TODAY
    )
    assert changed.id == saved.id
    assert changed.stop_names == ["Fjugesta", "Kumla"]
    assert count_trips(db, TripFilter()) == 1
    delete_trip(db, saved.id)
    assert get_trip(db, saved.id) is None
    assert list(db.query("SELECT * FROM trip_stops")) == []


def test_list_filters_sorts_and_pages(db, org):
    for day in range(1, 11):
        save_trip(db, _trip(db, org, date=date(2021, 3, day), km=float(day)), TODAY)
    save_trip(
        db,
        _trip(
            db,
            org,
            employee_id=org.archivist.id,
            unit_id=org.archive.id,
            stop_ids=_ids(db, "Kumla", "Laxå kommunhus"),
            km=40.0,
            purpose="Leverans 100%_klar",
            mode=Mode.OWN_CAR,
        ),
        TODAY,
    )
    assert count_trips(db, TripFilter()) == 11
    assert count_trips(db, TripFilter(unit_id=org.committee.id)) == 11
    assert count_trips(db, TripFilter(unit_id=org.cleaning.id)) == 10
    assert count_trips(db, TripFilter(employee_id=org.archivist.id)) == 1
    assert count_trips(db, TripFilter(date_from=date(2021, 3, 5), date_to=date(2021, 3, 6))) == 2
    assert count_trips(db, TripFilter(text="LAXÅ KOMMUNHUS")) == 1  # Unicode case folding
    assert count_trips(db, TripFilter(text="leverans")) == 1
    assert count_trips(db, TripFilter(text="100%_")) == 1
    assert count_trips(db, TripFilter(text="0%x")) == 0  # % is a literal, not a wildcard
    page = trip_rows(db, TripFilter(), sort="km", descending=True, limit=3, offset=1)
    assert [r["km"] for r in page] == [10.0, 9.0, 8.0]
    assert trip_totals(db, TripFilter(unit_id=org.cleaning.id)) == (10, 55.0)


def test_recent_trips_lists_distinct_routes_newest_first(db, org):
    save_trip(db, _trip(db, org, date=date(2021, 3, 1)), TODAY)
    save_trip(db, _trip(db, org, date=date(2021, 3, 2)), TODAY)
    kumla = save_trip(
        db,
        _trip(db, org, date=date(2021, 3, 3), stop_ids=_ids(db, "Fjugesta", "Kumla"), km=33),
        TODAY,
    )
    recent = recent_trips(db, org.cleaner.id)
    assert [t.id for t in recent][0] == kumla.id
    assert [t.date for t in recent] == [date(2021, 3, 3), date(2021, 3, 2)]

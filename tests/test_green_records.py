"""What the prompt records: the offers, the choice, the reason, and what was avoided."""

from dataclasses import replace
from datetime import date, time

import pytest

from resebok.core.advisor import PlannedTrip, advise
from resebok.core.bookings import BookingConflict, book_vehicle, bookings_for_trip
from resebok.core.fleet import add_vehicle
from resebok.core.green_records import (
    GreenRecordError,
    decisions_for_trip,
    green_summary_by_unit,
    list_avoided_trips,
    list_decisions,
    reason_breakdown,
    record_choice,
    record_digital_meeting,
    save_trip_with_choice,
)
from resebok.core.models import Mode, PurposeCategory, Trip
from resebok.core.own_car_reasons import OwnCarReason
from resebok.core.places import get_or_create_place
from resebok.core.preapproval import (
    ApprovalError,
    ApprovalStatus,
    decide_approval,
    get_approval,
    pending_approvals,
)
from resebok.core.settings import set_setting
from resebok.core.trips import TripFilter, count_trips

THURSDAY = date(2025, 6, 5)
JUNE = (date(2025, 6, 1), date(2025, 6, 30))


def archivist_plan(db, org, **fields) -> PlannedTrip:
    fields.setdefault("purpose_category", PurposeCategory.DOCUMENT_RETRIEVAL)
    return PlannedTrip(
        stop_ids=(
            org.place(db, "Kumla"),
            org.place(db, "Hallsbergs kommunhus"),
            org.place(db, "Kumla"),
        ),
        date=THURSDAY,
        start_time=time(8),
        return_time=time(11),
        from_home=True,
        employee_id=org.archivist.id,
        **fields,
    )


def as_trip(org, plan: PlannedTrip, advice, mode: Mode) -> Trip:
    return Trip(
        date=plan.date,
        employee_id=org.archivist.id,
        unit_id=org.archive.id,
        stop_ids=list(plan.stop_ids),
        km=advice.route_km,
        mode=mode,
        start_time=plan.start_time,
        from_home=True,
        purpose="Hämtning av handlingar",
        purpose_category=plan.purpose_category,
    )


def test_keeping_the_own_car_records_every_offer_and_the_reason(db, org):
    add_vehicle(db, "ARK001", "Corolla", "hvo", org.place(db, "Fjugesta"))
    plan = archivist_plan(db, org)
    advice = advise(db, plan)

    saved = save_trip_with_choice(
        db, as_trip(org, plan, advice, Mode.OWN_CAR), advice, advice.proposed_reason, actor="bo"
    )

    [decision] = decisions_for_trip(db, saved.trip.id)
    assert decision == saved.decision
    assert decision.choice is Mode.OWN_CAR
    assert decision.reason_code is decision.proposed_reason is OwnCarReason.POOL_CAR_DETOUR
    assert [(o.mode, o.fits) for o in decision.offers] == [
        (Mode.DIGITAL, False),
        (Mode.WALK_CYCLE, False),
        (Mode.PUBLIC_TRANSPORT, False),
        (Mode.POOL_CAR, False),
        (Mode.OWN_CAR, True),
    ]
    assert decision.km_avoided == 0 and decision.own_car_km == pytest.approx(advice.route_km)
    assert decision.unit_id == org.archive.id and decision.actor == "bo"
    assert decision.approval_id is None  # the organisation does not require pre-approval


def test_the_own_car_without_a_reason_saves_nothing(db, org):
    plan = archivist_plan(db, org)
    advice = advise(db, plan)

    with pytest.raises(GreenRecordError, match="Ange varför"):
        save_trip_with_choice(db, as_trip(org, plan, advice, Mode.OWN_CAR), advice)

    assert count_trips(db, TripFilter()) == 0
    assert list_decisions(db, *JUNE) == []


def test_other_needs_a_text(db, org):
    advice = advise(db, archivist_plan(db, org))

    with pytest.raises(GreenRecordError, match="Beskriv"):
        record_choice(db, None, advice, Mode.OWN_CAR, OwnCarReason.OTHER, "  ")
    decision = record_choice(db, None, advice, Mode.OWN_CAR, "other", "Bär arkivkartonger", "bo")
    assert decision.reason_text == "Bär arkivkartonger"


def test_taking_the_pool_car_saves_the_trip_its_booking_and_what_was_avoided(db, org):
    car = add_vehicle(db, "ARK001", "Corolla", "biogas", org.place(db, "Kumla kommunhus"))
    plan = archivist_plan(db, org)
    advice = advise(db, plan)
    assert advice.alternative(Mode.POOL_CAR).fits

    saved = save_trip_with_choice(db, as_trip(org, plan, advice, Mode.POOL_CAR), advice, actor="bo")

    assert saved.trip.vehicle_id == car.id and saved.trip.mode is Mode.POOL_CAR
    assert [b.id for b in bookings_for_trip(db, saved.trip.id)] == [saved.booking.id]
    decision = saved.decision
    assert decision.choice is Mode.POOL_CAR and decision.reason_code is None
    assert decision.km_avoided == pytest.approx(advice.route_km, abs=0.1)
    assert decision.co2_avoided_kg == pytest.approx(
        advice.own_car.co2_kg - advice.alternative(Mode.POOL_CAR).co2_kg, abs=0.01
    )


def test_a_car_booked_meanwhile_saves_neither_trip_nor_decision(db, org):
    car = add_vehicle(db, "ARK001", "Corolla", "biogas", org.place(db, "Kumla kommunhus"))
    plan = archivist_plan(db, org)
    advice = advise(db, plan)
    pool = advice.alternative(Mode.POOL_CAR)
    book_vehicle(db, car.id, org.cleaner.id, pool.booking_start, pool.booking_end)

    with pytest.raises(BookingConflict):
        save_trip_with_choice(db, as_trip(org, plan, advice, Mode.POOL_CAR), advice)

    assert count_trips(db, TripFilter()) == 0
    assert list_decisions(db, *JUNE) == []


def test_a_digital_meeting_records_an_avoided_trip(db, org):
    advice = advise(db, archivist_plan(db, org, purpose_category=PurposeCategory.MEETING))

    decision = record_digital_meeting(db, advice, actor="bo", purpose="Nätverksmöte arkiv")

    [avoided] = list_avoided_trips(db, *JUNE)
    assert decision.avoided_trip_id == avoided.id and decision.trip_id is None
    assert avoided.km_avoided == pytest.approx(advice.route_km, abs=0.1)
    assert avoided.co2_avoided_kg == pytest.approx(advice.own_car.co2_kg, abs=0.01)
    assert (avoided.unit_id, avoided.purpose) == (org.archive.id, "Nätverksmöte arkiv")
    assert avoided.route_text == "Kumla – Hallsbergs kommunhus – Kumla"


def test_the_controller_sees_offers_choices_and_reasons_per_unit(db, org):
    add_vehicle(db, "ARK001", "Corolla", "hvo", org.place(db, "Fjugesta"))
    meeting = advise(db, archivist_plan(db, org, purpose_category=PurposeCategory.MEETING))
    documents = advise(db, archivist_plan(db, org))
    record_digital_meeting(db, meeting)
    record_choice(db, None, documents, Mode.OWN_CAR, OwnCarReason.POOL_CAR_DETOUR)
    record_choice(db, None, documents, Mode.OWN_CAR, OwnCarReason.URGENCY)
    record_choice(db, None, documents, Mode.OWN_CAR, OwnCarReason.POOL_CAR_DETOUR)

    [archive] = green_summary_by_unit(db, *JUNE, unit_id=org.municipality.id)

    assert archive.unit_name == "Sydnärke arkivenhet" and archive.decisions == 4
    assert archive.taken == {Mode.DIGITAL: 1, Mode.OWN_CAR: 3}
    assert archive.fitted[Mode.DIGITAL] == 1 and archive.fitted[Mode.POOL_CAR] == 0
    assert archive.avoided_trips == 1 and archive.km_avoided == pytest.approx(
        meeting.route_km, abs=0.1
    )
    assert archive.green_share == 0.25
    reasons = reason_breakdown(db, *JUNE)
    assert [(r.reason, r.count, r.proposed_and_kept) for r in reasons] == [
        (OwnCarReason.POOL_CAR_DETOUR, 2, 2),
        (OwnCarReason.URGENCY, 1, 0),
    ]
    assert green_summary_by_unit(db, *JUNE, unit_id=org.cleaning.id) == []


def test_with_pre_approval_the_manager_answers_before_the_trip(db, org):
    set_setting(db, "own_car_requires_preapproval", True)
    advice = advise(db, archivist_plan(db, org))

    decision = record_choice(db, None, advice, Mode.OWN_CAR, OwnCarReason.NO_POOL_CAR, actor="bo")

    [pending] = pending_approvals(db, org.department.id)
    assert pending.id == decision.approval_id and pending.status is ApprovalStatus.REQUESTED
    assert pending.employee_name == "Bo Ek" and pending.reason_label == "ingen kommunbil ledig"
    with pytest.raises(ApprovalError, match="varför"):
        decide_approval(db, pending.id, approve=False, decided_by="chefen")
    approved = decide_approval(db, pending.id, approve=True, decided_by="chefen")
    assert approved.status is ApprovalStatus.APPROVED and pending_approvals(db) == []
    with pytest.raises(ApprovalError, match="redan besvarad"):
        decide_approval(db, pending.id, approve=True, decided_by="chefen")
    assert get_approval(db, pending.id).decided_by == "chefen"


def test_a_digital_meeting_between_places_without_position_saves_the_km_the_traveller_gave(db, org):
    """A new place typed without an address has no position and no history: the typed km count."""
    club = get_or_create_place(db, "Föreningslokalen Mullhyttan").id
    hall = get_or_create_place(db, "Bygdegården Lanna").id
    plan = PlannedTrip(
        stop_ids=(club, hall, club),
        date=THURSDAY,
        start_time=time(8),
        purpose_category=PurposeCategory.MEETING,
        employee_id=org.archivist.id,
        km=42.0,
    )
    advice = advise(db, plan)
    assert (advice.route_km, advice.one_way_km) == (42.0, 21.0)
    assert advice.own_car.km == 42.0 and advice.own_car.cost_ore > 0

    record_digital_meeting(db, advice, actor="bo", purpose="Styrelsemöte")

    [avoided] = list_avoided_trips(db, *JUNE)
    assert avoided.km_avoided == 42.0 and avoided.co2_avoided_kg > 0
    without_km = advise(db, replace(plan, km=None))
    assert without_km.route_km == 0.0  # nothing to go by: nothing is invented

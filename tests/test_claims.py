"""Claims: what goes on them, their states, locked trips, the audit log and attestation."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from resebok.core.attest import (
    add_attestant_unit,
    approve_claims,
    attestant_units,
    attestants_of_unit,
    claims_to_attest,
    list_attestants,
    remove_attestant_unit,
    return_claims,
)
from resebok.core.audit import claim_log
from resebok.core.claims import (
    ClaimError,
    ClaimState,
    approve_claim,
    build_claim,
    claim_details,
    claim_lines,
    correct_submitted_trip,
    delete_claim,
    find_claim,
    get_claim,
    list_claims,
    month_label,
    parse_month,
    refresh_claim,
    reopen_claim,
    return_claim,
    submit_claim,
)
from resebok.core.distance import suggest_km
from resebok.core.models import Mode, Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.paxml import export_paxml
from resebok.core.rates import RateKind, add_rate_period, list_rate_periods, update_rate_period
from resebok.core.trips import delete_trip, get_trip, save_trip
from resebok.core.validation import TripValidationError

TODAY = date(2026, 11, 27)
ROUND = ("Kommunhuset Lekeberg", "Hagaskolan", "Kommunhuset Lekeberg")


def _trip(db, org, day, km, stops=ROUND, employee=None, **changes):
    employee = employee or org.cleaner
    trip = Trip(
        day,
        employee.id,
        employee.unit_id,
        [org.place(db, name) for name in stops],
        km,
        **changes,
    )
    return save_trip(db, trip, TODAY)


@pytest.fixture
def chef(db, org):
    """The head of the department, who attests the cleaning unit (and so the units below)."""
    chef = add_employee(db, "9001", "Karin Chef", org.department.id)
    add_attestant_unit(db, chef.id, org.cleaning.id)
    return chef


def _submitted(db, org, month="2024-03", km=12.3):
    _trip(db, org, date.fromisoformat(month + "-05"), km)
    claim = build_claim(db, org.cleaner.id, month, "Anna Lind")
    return submit_claim(db, claim.id, "Anna Lind")


# --- what goes on a claim --------------------------------------------------------------------


def test_a_claim_collects_the_months_reimbursable_own_car_trips(db, org):
    kept = _trip(db, org, date(2024, 3, 5), 12.3)
    _trip(db, org, date(2024, 3, 6), 7.0, purpose="Andra resan")
    _trip(db, org, date(2024, 3, 7), 12.0, mode=Mode.POOL_CAR)
    _trip(db, org, date(2024, 4, 1), 12.0)  # next month
    _trip(db, org, date(2024, 3, 8), 5.0, paid_on=date(2024, 4, 25))  # imported, paid already
    _trip(db, org, date(2024, 3, 9), 30.0, employee=org.archivist, stops=("Kumla", "Hagaskolan"))
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    assert claim.state == ClaimState.DRAFT
    assert claim.trip_count == 2
    assert claim.km == 19.3
    assert claim.total_ore == 4825  # 19,3 km × 2,50 kr
    assert (claim.tax_free_ore, claim.taxable_ore) == (4825, 0)
    lines = claim_lines(db, claim.id)
    assert [line.trip_id for line in lines][0] == kept.id
    assert lines[0].route == "Kommunhuset Lekeberg – Hagaskolan – Kommunhuset Lekeberg"


def test_commuting_is_left_off_and_home_trips_are_reduced(db, org):
    _trip(db, org, date(2024, 3, 4), 30.0, employee=org.archivist,
          stops=("Kumla", "Arkivdepå Fjugesta"))  # fmt: skip
    _trip(db, org, date(2024, 3, 5), 70.0, employee=org.archivist,
          stops=("Kumla", "Hallsbergs kommunhus", "Kumla"), from_home=True)  # fmt: skip
    claim = build_claim(db, org.archivist.id, "2024-03", "Bo Ek")
    (line,) = claim_lines(db, claim.id)
    assert (line.km, line.reduction_km, line.paid_km) == (70.0, 56.0, 14.0)
    assert line.amount_ore == 3500
    assert (claim.km, claim.reduction_km, claim.paid_km) == (70.0, 56.0, 14.0)


def test_nothing_to_claim_is_a_clear_error(db, org):
    with pytest.raises(ClaimError, match="inga ersättningsbara resor"):
        build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    assert list_claims(db) == []


def test_months_are_checked_and_named_in_swedish():
    assert parse_month(" 2024-3 ") == "2024-03"
    assert month_label("2024-12") == "december 2024"
    for bad in ("2024-13", "mars", "2024"):
        with pytest.raises(ClaimError, match="ÅÅÅÅ-MM"):
            parse_month(bad)


def test_a_draft_follows_edits_of_its_trips(db, org):
    trip = _trip(db, org, date(2024, 3, 5), 12.0)
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    save_trip(db, replace(trip, km=20.0), TODAY)
    assert refresh_claim(db, claim.id).km == 20.0
    save_trip(db, replace(get_trip(db, trip.id), date=date(2024, 4, 2)), TODAY)
    assert refresh_claim(db, claim.id).trip_count == 0  # moved to April: off this claim
    assert build_claim(db, org.cleaner.id, "2024-04", "Anna Lind").trip_count == 1


def test_rates_across_new_year_2023(db, org):
    _trip(db, org, date(2022, 12, 30), 10.0)
    _trip(db, org, date(2023, 1, 2), 10.0)
    december = build_claim(db, org.cleaner.id, "2022-12", "Anna Lind")
    january = build_claim(db, org.cleaner.id, "2023-01", "Anna Lind")
    # employer 25,00 kr/mil; tax-free 18,50 until 2022, 25,00 from 2023
    assert (december.total_ore, december.tax_free_ore, december.taxable_ore) == (2500, 1850, 650)
    assert (january.total_ore, january.tax_free_ore, january.taxable_ore) == (2500, 2500, 0)


def test_a_rate_change_inside_one_claim_prices_each_trip_by_its_date(db, org):
    (employer,) = list_rate_periods(db, RateKind.EMPLOYER)
    update_rate_period(db, employer.id, 2500, None, date(2023, 1, 15))
    add_rate_period(db, RateKind.EMPLOYER, 3000, date(2023, 1, 16))
    _trip(db, org, date(2023, 1, 10), 10.0)
    _trip(db, org, date(2023, 1, 20), 10.0)
    claim = build_claim(db, org.cleaner.id, "2023-01", "Anna Lind")
    assert [line.employer_ore_per_mil for line in claim_lines(db, claim.id)] == [2500, 3000]
    assert (claim.total_ore, claim.tax_free_ore, claim.taxable_ore) == (5500, 5000, 500)
    used = claim_details(db, claim.id).rates_used
    assert [(r.employer_ore_per_mil, r.first_date) for r in used] == [
        (2500, date(2023, 1, 10)),
        (3000, date(2023, 1, 20)),
    ]


def test_the_printed_claim_names_the_cost_centre_of_trips_charged_elsewhere(
    db, org, count_statements
):
    def charged_to(day, unit):
        return save_trip(db, replace(_trip(db, org, date(2024, 3, day), 12.0), unit_id=unit.id))

    team = add_unit(db, "NY", "Ny enhet", "unit", org.department.id, "")  # books on its parent's
    _trip(db, org, date(2024, 3, 4), 12.0)
    archive_trip = charged_to(5, org.archive)
    team_trip = charged_to(6, team)
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    details = claim_details(db, claim.id)
    assert details.cost_centre == "1115"
    assert details.line_cost_centres == {archive_trip.id: "1118", team_trip.id: "1110"}
    statements = count_statements(lambda: claim_details(db, claim.id))
    for day in range(7, 12):  # more units on the claim: no more queries
        charged_to(
            day, add_unit(db, f"U{day}", f"Enhet {day}", "unit", org.department.id, f"2{day}")
        )
    build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    assert count_statements(lambda: claim_details(db, claim.id)) == statements


def test_a_trip_without_a_rate_stops_the_claim_with_the_reason(db, org):
    (employer,) = list_rate_periods(db, RateKind.EMPLOYER)
    update_rate_period(db, employer.id, 2500, date(2025, 1, 1), None)
    _trip(db, org, date(2024, 3, 5), 10.0)
    with pytest.raises(
        ClaimError, match="Ingen ersättning enligt arbetsgivarens avtal gäller den 2024-03-05"
    ):
        build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    assert list_claims(db) == []  # nothing half-written


# --- states ----------------------------------------------------------------------------------


def test_the_whole_life_of_a_claim(db, org, chef):
    claim = _submitted(db, org)
    assert claim.state == ClaimState.SUBMITTED and claim.submitted_by == "Anna Lind"
    claim = approve_claim(db, claim.id, "Karin Chef", chef.id, now=datetime(2024, 4, 3, 10))
    assert claim.state == ClaimState.APPROVED
    assert (claim.approved_by, claim.approved_on) == ("Karin Chef", date(2024, 4, 3))
    result = export_paxml(db, "2024-03", date(2024, 4, 25), "Lena Lön")
    claim = get_claim(db, claim.id)
    assert claim.state == ClaimState.PAID
    assert (claim.paid_on, claim.batch_id) == (date(2024, 4, 25), result.batch.id)
    assert get_trip(db, claim_lines(db, claim.id)[0].trip_id).paid_on == date(2024, 4, 25)


def test_returned_with_a_comment_goes_back_to_draft(db, org):
    claim = _submitted(db, org)
    with pytest.raises(ClaimError, match="kommentar"):
        return_claim(db, claim.id, "Karin Chef", "  ")
    claim = return_claim(db, claim.id, "Karin Chef", "Vem besökte du?")
    assert claim.state == ClaimState.DRAFT
    assert (claim.returned_by, claim.return_comment) == ("Karin Chef", "Vem besökte du?")
    assert submit_claim(db, claim.id, "Anna Lind").state == ClaimState.SUBMITTED


def test_reopening_is_explicit_and_withdraws_the_approval(db, org):
    claim = _submitted(db, org)
    assert reopen_claim(db, claim.id, "Anna Lind", "Glömde en resa").state == ClaimState.DRAFT
    claim = submit_claim(db, claim.id, "Anna Lind")
    approve_claim(db, claim.id, "Karin Chef")
    claim = reopen_claim(db, claim.id, "Karin Chef", "Fel km")
    assert claim.state == ClaimState.DRAFT and claim.approved_by is None


@pytest.mark.parametrize(
    ("state", "action", "message"),
    [
        ("draft", lambda db, c: approve_claim(db, c, "K"), "kan inte attesteras"),
        ("draft", lambda db, c: return_claim(db, c, "K", "x"), "kan inte skickas tillbaka"),
        ("draft", lambda db, c: reopen_claim(db, c, "K"), "kan inte öppnas igen"),
        ("submitted", lambda db, c: submit_claim(db, c, "A"), "kan inte skickas in"),
        ("submitted", lambda db, c: delete_claim(db, c, "A"), "kan inte tas bort"),
        ("approved", lambda db, c: approve_claim(db, c, "K"), "kan inte attesteras"),
        ("approved", lambda db, c: return_claim(db, c, "K", "x"), "kan inte skickas tillbaka"),
        ("approved", lambda db, c: submit_claim(db, c, "A"), "kan inte skickas in"),
        ("paid", lambda db, c: reopen_claim(db, c, "K"), "utbetald reseräkning kan inte"),
        ("paid", lambda db, c: return_claim(db, c, "K", "x"), "kan inte skickas tillbaka"),
        ("paid", lambda db, c: delete_claim(db, c, "A"), "kan inte tas bort"),
    ],
)
def test_forbidden_transitions_are_refused_in_swedish(db, org, state, action, message):
    _trip(db, org, date(2024, 3, 5), 12.0)
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    if state != "draft":
        submit_claim(db, claim.id, "Anna Lind")
    if state in ("approved", "paid"):
        approve_claim(db, claim.id, "Karin Chef")
    if state == "paid":
        export_paxml(db, "2024-03", date(2024, 4, 25), "Lena Lön")
    with pytest.raises(ClaimError, match=message):
        action(db, claim.id)
    assert get_claim(db, claim.id).state == ClaimState(state)


def test_an_emptied_draft_cannot_be_submitted_but_can_be_deleted(db, org):
    trip = _trip(db, org, date(2024, 3, 5), 12.0)
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    delete_trip(db, trip.id)
    with pytest.raises(ClaimError, match="inga resor"):
        submit_claim(db, claim.id, "Anna Lind")
    delete_claim(db, claim.id, "Anna Lind")
    assert get_claim(db, claim.id) is None
    assert claim_log(db, claim.id)[-1].action == "deleted"


def test_a_late_trip_goes_on_a_supplementary_claim_merged_on_return(db, org):
    first = _submitted(db, org)
    _trip(db, org, date(2024, 3, 20), 8.0)
    second = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    assert second.id != first.id and second.trip_count == 1
    merged = return_claim(db, first.id, "Karin Chef", "Lägg till allt på en")
    assert merged.trip_count == 2
    assert get_claim(db, second.id) is None


def test_find_claim_by_a_short_id(db, org):
    claim = _submitted(db, org)
    assert find_claim(db, claim.id[:8]).id == claim.id
    with pytest.raises(ClaimError, match="minst fyra"):
        find_claim(db, "ab")
    with pytest.raises(ClaimError, match="Ingen reseräkning"):
        find_claim(db, "ffffffff")


# --- locked trips and the audit log ----------------------------------------------------------


def test_trips_on_a_submitted_claim_are_locked(db, org):
    claim = _submitted(db, org)
    trip = get_trip(db, claim_lines(db, claim.id)[0].trip_id)
    with pytest.raises(TripValidationError) as info:
        save_trip(db, replace(trip, km=99.0), TODAY)
    assert "inskickad" in info.value.for_field("claim")[0]
    with pytest.raises(TripValidationError):
        delete_trip(db, trip.id)
    return_claim(db, claim.id, "Karin Chef", "Rätta km")
    assert save_trip(db, replace(trip, km=13.0), TODAY).km == 13.0  # unlocked again


def test_paid_trips_stay_locked(db, org):
    claim = _submitted(db, org)
    approve_claim(db, claim.id, "Karin Chef")
    export_paxml(db, "2024-03", date(2024, 4, 25), "Lena Lön")
    trip = get_trip(db, claim_lines(db, claim.id)[0].trip_id)
    with pytest.raises(TripValidationError) as info:
        save_trip(db, replace(trip, purpose="Ändrad"), TODAY)
    assert "utbetald" in info.value.for_field("claim")[0]


def test_correcting_a_submitted_trip_is_logged_old_to_new(db, org):
    claim = _submitted(db, org, km=12.0)
    trip = get_trip(db, claim_lines(db, claim.id)[0].trip_id)
    correct_submitted_trip(
        db, replace(trip, km=14.0, purpose="Städning"), "Karin Chef", "Enligt karta", TODAY
    )
    claim = get_claim(db, claim.id)
    assert claim.state == ClaimState.SUBMITTED and claim.total_ore == 3500
    changes = [e for e in claim_log(db, claim.id) if e.action == "trip_changed"]
    assert {(e.field, e.old_value, e.new_value) for e in changes} == {
        ("km", "12.0", "14.0"),
        ("purpose", "", "Städning"),
    }
    assert all(e.actor == "Karin Chef" and e.trip_id == trip.id for e in changes)
    assert changes[0].describe().startswith("Resa ändrad")
    with pytest.raises(ClaimError, match="annan anställd eller månad"):
        correct_submitted_trip(db, replace(trip, date=date(2024, 4, 1)), "Karin Chef")


def test_every_change_of_state_is_in_the_log(db, org):
    claim = _submitted(db, org)
    return_claim(db, claim.id, "Karin Chef", "Ange ändamål")
    submit_claim(db, claim.id, "Anna Lind")
    approve_claim(db, claim.id, "Karin Chef")
    reopen_claim(db, claim.id, "Karin Chef", "Fel datum")
    submit_claim(db, claim.id, "Anna Lind")
    approve_claim(db, claim.id, "Karin Chef")
    export_paxml(db, "2024-03", date(2024, 4, 25), "Lena Lön")
    log = claim_log(db, claim.id)
    assert [(e.actor, e.action, e.old_value, e.new_value) for e in log] == [
        ("Anna Lind", "created", None, "draft"),
        ("Anna Lind", "submitted", "draft", "submitted"),
        ("Karin Chef", "returned", "submitted", "draft"),
        ("Anna Lind", "submitted", "draft", "submitted"),
        ("Karin Chef", "approved", "submitted", "approved"),
        ("Karin Chef", "reopened", "approved", "draft"),
        ("Anna Lind", "submitted", "draft", "submitted"),
        ("Karin Chef", "approved", "submitted", "approved"),
        ("Lena Lön", "paid", "approved", "paid"),
    ]
    assert log[2].describe() == "Skickad tillbaka: inskickad → utkast (Ange ändamål)"
    assert log[5].comment == "Fel datum"
    assert all(e.at[:4].isdigit() and "T" in e.at for e in log)


# --- attestation -----------------------------------------------------------------------------


def test_attestant_sees_submitted_claims_of_their_units_with_flags(db, org, chef):
    _trip(db, org, date(2024, 3, 5), 40.0)  # far from the ~1,5 km suggestion: flagged
    home_route = [org.place(db, "Fjugesta"), org.place(db, "Hagaskolan")]
    usual = suggest_km(db, home_route).km
    _trip(db, org, date(2024, 3, 6), usual, stops=("Fjugesta", "Hagaskolan"), from_home=True)
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    assert claims_to_attest(db, chef.id) == []  # drafts are not for the attestant
    submit_claim(db, claim.id, "Anna Lind")
    _trip(db, org, date(2024, 3, 7), 30.0, employee=org.archivist, stops=("Kumla", "Hagaskolan"))
    other = build_claim(db, org.archivist.id, "2024-03", "Bo Ek")
    submit_claim(db, other.id, "Bo Ek")  # the archive is not Karin's
    (item,) = claims_to_attest(db, chef.id)
    assert item.claim.id == claim.id
    assert (item.flagged_trips, item.home_trips) == (1, 1)
    assert item.trips_without_reason == 2  # logged without the green prompt: no reason recorded
    assert item.flags == ["1 med avvikande km", "1 från bostaden", "2 egen bil utan skäl"]
    assert [e.name for e in attestants_of_unit(db, org.cleaning.id)] == ["Karin Chef"]
    assert [a.employee.name for a in list_attestants(db)] == ["Karin Chef"]


def test_attestants_by_name_with_their_units_from_a_fixed_number_of_queries(
    db, org, chef, count_statements
):
    head = add_employee(db, "9002", "Per Förvaltning", org.committee.id)
    add_attestant_unit(db, head.id, org.department.id)
    add_attestant_unit(db, head.id, org.archive.id)
    add_attestant_unit(db, head.id, org.cleaning.id)
    archive_head = add_employee(db, "9004", "Agnes Arkiv", org.archive.id)
    add_attestant_unit(db, archive_head.id, org.archive.id)
    attestants = list_attestants(db)
    assert [a.employee for a in attestants] == [archive_head, chef, head]
    units = [[u.code for u in a.units] for a in attestants]
    assert units == [["ARK"], ["LOK"], ["KLF", "LOK", "ARK"]]  # each by the unit's name
    assert all(a.units == attestant_units(db, a.employee.id) for a in attestants)
    many = count_statements(lambda: list_attestants(db))
    for employee in (head, archive_head):
        for unit in (org.department, org.archive, org.cleaning):
            remove_attestant_unit(db, employee.id, unit.id)
    assert count_statements(lambda: list_attestants(db)) == many  # only Karin is left


def test_a_department_attestant_sees_the_units_below(db, org):
    head = add_employee(db, "9002", "Per Förvaltning", org.committee.id)
    add_attestant_unit(db, head.id, org.department.id)
    claim = _submitted(db, org)
    assert [i.claim.id for i in claims_to_attest(db, head.id)] == [claim.id]


def test_nobody_attests_their_own_claim_or_another_units(db, org, chef):
    own = add_employee(db, "9003", "Lisa Städ", org.cleaning.id)
    add_attestant_unit(db, own.id, org.cleaning.id)
    _trip(db, org, date(2024, 3, 5), 12.0, employee=own)
    claim = submit_claim(db, build_claim(db, own.id, "2024-03", "Lisa").id, "Lisa")
    assert claims_to_attest(db, own.id) == []
    with pytest.raises(ClaimError, match="egen reseräkning"):
        approve_claim(db, claim.id, "Lisa Städ", own.id)
    _trip(db, org, date(2024, 3, 7), 30.0, employee=org.archivist, stops=("Kumla", "Hagaskolan"))
    other = submit_claim(db, build_claim(db, org.archivist.id, "2024-03", "Bo").id, "Bo")
    with pytest.raises(ClaimError, match="attesterar inte Sydnärke arkivenhet"):
        approve_claim(db, other.id, "Karin Chef", chef.id)


def test_approving_several_is_all_or_nothing(db, org, chef):
    first = _submitted(db, org, "2024-03")
    second = _submitted(db, org, "2024-04")
    draft_trip = _trip(db, org, date(2024, 5, 5), 5.0)
    draft = build_claim(db, org.cleaner.id, "2024-05", "Anna Lind")
    assert draft_trip.id
    with pytest.raises(ClaimError):
        approve_claims(db, [first.id, second.id, draft.id], "Karin Chef", chef.id)
    assert get_claim(db, first.id).state == ClaimState.SUBMITTED
    approved = approve_claims(db, [first.id, second.id], "Karin Chef", chef.id)
    assert {c.state for c in approved} == {ClaimState.APPROVED}


def test_returning_several_at_once(db, org, chef):
    first = _submitted(db, org, "2024-03")
    second = _submitted(db, org, "2024-04")
    returned = return_claims(db, [first.id, second.id], "Karin Chef", "Saknar ändamål", chef.id)
    assert [c.state for c in returned] == [ClaimState.DRAFT, ClaimState.DRAFT]


def test_an_own_car_trip_kept_with_a_reason_is_not_flagged_for_the_attestant(db, org, chef):
    from datetime import time

    from resebok.core.advisor import PlannedTrip, advise
    from resebok.core.green_records import save_trip_with_choice
    from resebok.core.models import Trip

    stops = [org.place(db, "Kommunhuset Lekeberg"), org.place(db, "Hagaskolan")]
    day = date(2024, 3, 8)
    advice = advise(db, PlannedTrip(tuple(stops), day, time(9, 0), employee_id=org.cleaner.id))
    trip = Trip(day, org.cleaner.id, org.cleaning.id, stops, 1.5, start_time=time(9, 0))
    save_trip_with_choice(db, trip, advice, reason_code="equipment", actor="Anna Lind", today=day)
    _trip(db, org, date(2024, 3, 9), 1.5, stops=("Kommunhuset Lekeberg", "Hagaskolan"))
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    submit_claim(db, claim.id, "Anna Lind")
    (item,) = claims_to_attest(db, chef.id)
    assert item.claim.trip_count == 2
    assert item.trips_without_reason == 1

"""The green prompt's effect per unit, for the controller: offers, choices, km and CO₂ avoided."""

from datetime import date, time
from io import BytesIO

import pytest

from resebok.core import green_records
from resebok.core.advisor import Advice, Alternative, PlannedTrip
from resebok.core.green_effect import green_effect, own_car_reasons
from resebok.core.green_records import record_choice
from resebok.core.models import Mode
from resebok.core.periods import Period
from resebok.core.report_data import collect_report_data
from resebok.reports.controller_report import controller_report_bytes

DAY = date(2021, 3, 10)
LADDER = (Mode.DIGITAL, Mode.WALK_CYCLE, Mode.PUBLIC_TRANSPORT, Mode.POOL_CAR, Mode.OWN_CAR)


def advice(employee_id: int, km: float, fitting: set[Mode]) -> Advice:
    """Advice as the advisor would give it: the own car always fits, at 167 g/km."""
    alternatives = tuple(
        Alternative(
            mode,
            fits=mode is Mode.OWN_CAR or mode in fitting,
            reason="",
            minutes=30,
            cost_ore=1000,
            co2_kg=km * 0.167 if mode is Mode.OWN_CAR else km * 0.014,
            km=km,
        )
        for mode in LADDER
    )
    plan = PlannedTrip((1, 2, 1), DAY, time(8), employee_id=employee_id)
    return Advice(plan, alternatives, route_km=km, route_text="A – B – A")


def test_offers_choices_avoided_km_and_reasons_per_unit(db, org):
    archivist, cleaner = org.archivist.id, org.cleaner.id
    record_choice(db, None, advice(archivist, 60, {Mode.POOL_CAR}), Mode.OWN_CAR, "urgency")
    record_choice(db, None, advice(archivist, 40, set()), Mode.OWN_CAR, "pool_car_detour")
    record_choice(db, None, advice(archivist, 50, {Mode.DIGITAL}), Mode.DIGITAL)
    record_choice(db, None, advice(cleaner, 10, {Mode.PUBLIC_TRANSPORT}), Mode.PUBLIC_TRANSPORT)
    record_choice(db, None, advice(cleaner, 5, set()), Mode.OWN_CAR, "equipment")

    effect = green_effect(db, Period.year(2021))

    archive = next(u for u in effect.units if u.code == "ARK")
    assert (archive.prompts, archive.own_car_kept, archive.alternatives_taken) == (3, 2, 1)
    assert archive.alternatives_offered == 2  # the pool car once, a digital meeting once
    assert (archive.km_avoided, archive.avoided_trips) == (50.0, 1)
    assert archive.co2_avoided_kg == round(50 * (0.167 - 0.014), 2)
    cleaning = next(u for u in effect.units if u.code == "LOK")
    assert cleaning.taken == {Mode.PUBLIC_TRANSPORT: 1, Mode.OWN_CAR: 1}
    assert [u.code for u in effect.units] == ["ARK", "LOK"]  # most km avoided first
    assert effect.total.prompts == 5 and effect.total.km_avoided == 60.0
    assert [(r.code, r.count, r.km) for r in effect.reasons] == [
        ("equipment", 1, 5.0),
        ("pool_car_detour", 1, 40.0),
        ("urgency", 1, 60.0),
    ]
    assert {r.code for r in effect.reasons_by_unit[org.archive.id]} == {
        "urgency",
        "pool_car_detour",
    }
    assert effect.total_for([org.cleaning.id]).prompts == 2
    assert [r.label for r in own_car_reasons(db, Period.year(2021), org.cleaning.id)] == [
        "utrustning eller material att bära"
    ]


def test_no_prompts_no_effect(db, org):
    effect = green_effect(db, Period.year(2021), org.committee.id)
    assert effect.is_empty and effect.reasons == [] and effect.total.green_share is None


def test_prompts_answered_after_the_trip_are_counted_apart(db, org, monkeypatch):
    """A prompt answered on the trip's day or before was in time; one answered later was not."""
    archivist, cleaner = org.archivist.id, org.cleaner.id
    for answered, employee in (
        ("2021-03-09T15:00:00+00:00", archivist),  # planned the day before
        ("2021-03-10T07:45:00+00:00", archivist),  # the same morning
        ("2021-03-31T16:00:00+00:00", archivist),  # logged at the end of the month
        ("2021-04-02T09:00:00+00:00", cleaner),
    ):
        monkeypatch.setattr(green_records, "_now", lambda at=answered: at)
        record_choice(db, None, advice(employee, 12, set()), Mode.OWN_CAR, "equipment")

    effect = green_effect(db, Period.year(2021))

    assert {u.code: (u.prompts, u.afterwards) for u in effect.units} == {
        "ARK": (3, 1),
        "LOK": (1, 1),
    }
    assert (effect.total.prompts, effect.total.afterwards) == (4, 2)


def test_the_controllers_report_says_how_many_prompts_came_too_late(db, org):
    pypdf = pytest.importorskip("pypdf")
    for km in (12, 30):  # recorded now, for trips in March 2021: logged afterwards
        record_choice(db, None, advice(org.archivist.id, km, set()), Mode.OWN_CAR, "equipment")

    data = collect_report_data(db, 2021, today=date(2021, 9, 20))
    reader = pypdf.PdfReader(BytesIO(controller_report_bytes(data)))
    text = " ".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")

    assert "2 planerade resor fick förslag" in text
    assert "2 av resorna loggades först efter att de gjorts" in text

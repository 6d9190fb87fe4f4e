"""The green prompt's effect per unit, for the controller: offers, choices, km and CO₂ avoided."""

from datetime import date, time

from resebok.core.advisor import Advice, Alternative, PlannedTrip
from resebok.core.green_effect import green_effect, own_car_reasons
from resebok.core.green_records import record_choice
from resebok.core.models import Mode
from resebok.core.periods import Period

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

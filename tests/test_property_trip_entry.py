"""Property-based: any trip typed or pasted is saved as given or refused in Swedish, never a crash.

Odd dates, negative, zero and huge km (NaN and infinity too), odometer readings beyond any car,
unknown places and people, and purposes that look like SQL, HTML, reportlab markup or
spreadsheet formulas, in any Unicode (right-to-left, combining marks, NUL, lone surrogates,
emoji). What is saved reads back exactly; what is refused names a field and says why.
"""

import math
from datetime import date, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nasty_text import nasty_text

from resebok.core.models import Mode, PurposeCategory, Trip
from resebok.core.trips import TripFilter, count_trips, get_trip, save_trip
from resebok.core.validation import (
    EARLIEST_DATE,
    MAX_KM,
    TripValidationError,
    has_bad_characters,
)
from resebok.gui.trip_dialog import parse_km, parse_time

TODAY = date(2025, 4, 20)
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

huge_int = st.integers(min_value=-(2**70), max_value=2**70)
kms = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**6), max_value=10**20),
    st.sampled_from([0, 0.0, -0.0, 0.04, 0.05, 2999.95, 3000, 3000.01, 1e308]),
)
odometers = st.none() | st.integers(min_value=-(10**9), max_value=10**9) | huge_int
dates = st.dates() | st.sampled_from([date(1999, 12, 31), date(2000, 1, 1), date(2026, 4, 21)])
times = st.none() | st.times()


@st.composite
def wild_trips(draw, org_ids, place_ids):
    """Every field anything at all: mostly refused, each refusal must say why."""
    employee, unit = org_ids
    stops = draw(
        st.lists(st.sampled_from(place_ids) | huge_int | st.integers(-5, 10**6), max_size=5)
    )
    return Trip(
        date=draw(dates),
        employee_id=draw(st.sampled_from([employee, 0, 99999]) | huge_int),
        unit_id=draw(st.sampled_from([unit, -1]) | huge_int),
        stop_ids=stops,
        km=draw(kms),
        mode=draw(st.sampled_from(list(Mode))),
        start_time=draw(times),
        end_time=draw(times),
        odometer_start=draw(odometers),
        odometer_end=draw(odometers),
        purpose=draw(nasty_text(max_size=600)),
        purpose_category=draw(st.sampled_from(list(PurposeCategory))),
        passengers=draw(st.integers(-3, 12)),
    )


@st.composite
def plausible_trips(draw, org_ids, place_ids):
    """A trip that could be right but for its text and its edges: mostly saved."""
    employee, unit = org_ids
    stops = draw(st.lists(st.sampled_from(place_ids), min_size=2, max_size=4, unique=True))
    return Trip(
        date=draw(st.dates(date(2000, 1, 1), date(2026, 4, 21))),
        employee_id=employee,
        unit_id=unit,
        stop_ids=stops,
        km=draw(st.floats(0.1, 3000.04) | st.sampled_from([0.05, 2999.95, 3000])),
        mode=draw(st.sampled_from(list(Mode))),
        purpose=draw(nasty_text(max_size=600)),
        passengers=draw(st.integers(0, 8)),
    )


def trips(org_ids, place_ids):
    return wild_trips(org_ids, place_ids) | plausible_trips(org_ids, place_ids)


def _ids(db, org):
    names = ("Fjugesta", "Kumla", "Örebro", "Hagaskolan", "Kommunhuset Lekeberg")
    return (org.cleaner.id, org.cleaning.id), [org.place(db, name) for name in names]


def test_any_trip_is_saved_exactly_or_refused_with_a_reason(db, org):
    (org_ids, place_ids) = _ids(db, org)
    outcomes: list[str] = []

    @SETTINGS
    @given(trip=trips(org_ids, place_ids))
    def check(trip):
        before = count_trips(db, TripFilter())
        try:
            saved = save_trip(db, trip, TODAY)
        except TripValidationError as error:
            outcomes.append("refused")
            assert error.errors
            for problem in error.errors:
                assert problem.field and problem.message.strip()
                assert problem.message[0].isupper() and problem.message.endswith((".", "?"))
            assert count_trips(db, TripFilter()) == before
            return
        outcomes.append("saved")
        stored = get_trip(db, saved.id)
        assert stored.purpose == trip.purpose  # SQL, markup and Unicode kept as typed
        assert not has_bad_characters(stored.purpose)
        assert EARLIEST_DATE <= stored.date and stored.employee_id == trip.employee_id
        assert stored.stop_ids == trip.stop_ids
        assert math.isfinite(stored.km) and 0 <= stored.km <= MAX_KM
        if trip.odometer_start is None:
            assert stored.km == round(float(trip.km), 1)
        assert count_trips(db, TripFilter()) == before + 1

    check()
    assert outcomes.count("saved") >= 20, "too few trips got as far as the database"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@settings(max_examples=200, deadline=None)
@given(text=nasty_text() | st.text(alphabet="0123456789,.-+ eE:;", max_size=12))
def test_the_dialogs_number_and_time_fields_never_crash(text):
    km = parse_km(text)
    assert km is None or isinstance(km, float)
    try:
        value = parse_time(text)
    except ValueError as error:
        assert str(error)  # shown next to the field
    else:
        assert value is None or isinstance(value, time)

"""Distance suggestions: geodesic × road factor, then the confirmed history of the route."""

from datetime import date

import pytest

from resebok.core.distance import (
    format_km,
    geodesic_km,
    is_far_from_suggestion,
    route_key,
    suggest_km,
)
from resebok.core.models import Mode, Trip
from resebok.core.places import add_place, find_place, get_places
from resebok.core.settings import set_setting
from resebok.core.trips import save_trip


def _ids(db, *names):
    return [find_place(db, n).id for n in names]


def test_straight_line_fjugesta_orebro_matches_design_guide(db):
    ids = _ids(db, "Fjugesta", "Örebro")
    places = get_places(db, ids)
    assert geodesic_km([places[i] for i in ids]) == pytest.approx(22.8, abs=0.3)


def test_computed_suggestion_uses_the_road_factor(db):
    ids = _ids(db, "Fjugesta", "Örebro")
    suggestion = suggest_km(db, ids)
    assert suggestion.basis == "computed"
    assert suggestion.km == pytest.approx(22.8 * 1.3, abs=0.5)
    assert suggestion.describe().startswith("beräknat ")
    set_setting(db, "road_factor", 1.0)
    assert suggest_km(db, ids).km == pytest.approx(22.8, abs=0.3)


def test_multi_stop_route_sums_the_legs(db):
    direct = suggest_km(db, _ids(db, "Fjugesta", "Kumla")).km
    via = suggest_km(db, _ids(db, "Fjugesta", "Örebro", "Kumla")).km
    round_trip = suggest_km(db, _ids(db, "Fjugesta", "Kumla", "Fjugesta")).km
    assert via > direct
    assert round_trip == pytest.approx(2 * direct, abs=0.2)


def test_history_median_beats_the_computed_distance(db, org):
    ids = _ids(db, "Fjugesta", "Kumla")
    for km in (31.0, 33.0, 40.0):
        save_trip(db, Trip(date(2021, 3, 1), org.cleaner.id, org.cleaning.id, ids, km))
    suggestion = suggest_km(db, ids)
    assert (suggestion.basis, suggestion.km, suggestion.samples) == ("history", 33.0, 3)
    assert suggestion.describe() == "som förra gången 33 km"
    # the way back has the same road distance
    assert suggest_km(db, list(reversed(ids))).km == 33.0


def test_walks_and_digital_meetings_do_not_teach_the_road_distance(db, org):
    ids = _ids(db, "Fjugesta", "Kumla")
    save_trip(
        db, Trip(date(2021, 3, 1), org.cleaner.id, org.cleaning.id, ids, 5.0, Mode.WALK_CYCLE)
    )
    assert suggest_km(db, ids).basis == "computed"


def test_place_without_position_gives_no_suggestion(db):
    unknown = add_place(db, "Stugan vid sjön")
    assert suggest_km(db, [find_place(db, "Fjugesta").id, unknown.id]) is None
    assert suggest_km(db, [unknown.id]) is None


@pytest.mark.parametrize(
    ("km", "suggested", "flagged"),
    [(12.4, 10.0, False), (12.6, 10.0, True), (7.4, 10.0, True), (5.0, None, False)],
)
def test_flag_threshold(km, suggested, flagged):
    assert is_far_from_suggestion(km, suggested, 0.25) is flagged


def test_route_key_and_km_text():
    assert route_key([3, 1, 3]) == "3,1,3"
    assert format_km(12.0) == "12"
    assert format_km(12.44) == "12,4"

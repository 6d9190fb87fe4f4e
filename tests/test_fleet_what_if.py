"""What if the cleaning unit had had pool cars? Avoided km, allowance, CO₂, forecast and cost."""

from datetime import date

import pytest
from fleet_helpers import demo_db_path

from resebok.core.db import open_database
from resebok.core.fleet_need import FleetNeedError, fleet_need, unit_by_code
from resebok.core.fleet_what_if import (
    CarCosts,
    break_even_km,
    cost_sentence,
    costs_by_cars,
    what_if,
    year_share_from,
)
from resebok.core.indicator import indicator
from resebok.core.money import amount_ore
from resebok.core.periods import Period

INTERIM = date(2021, 8, 31)  # the interim accounts of the story


@pytest.fixture(scope="module")
def demo():
    database = open_database(demo_db_path())
    yield database
    database.close()


@pytest.fixture(scope="module")
def need_2021(demo):
    """The cleaning unit in 2021, before its own cars came in March 2022."""
    return fleet_need(demo, unit_by_code(demo, "LOK").id, Period.year(2021))


def test_cars_from_new_year_move_the_interim_forecast_down(demo, need_2021):
    today = indicator(demo, 2021, INTERIM)
    result = what_if(demo, need_2021, need_2021.need, date(2021, 1, 1), cutoff=INTERIM)
    effect = result.forecast
    assert effect.today_km == today.forecast_km
    assert effect.with_cars_km < effect.today_km
    assert effect.next_with_cars_km < effect.next_today_km == effect.today_km
    # the cleaning unit drives about half the municipality's paid km, and nearly all of
    # its km fit in the cars, so the forecast falls by roughly 35–60 %
    assert 0.35 < 1 - effect.with_cars_km / effect.today_km < 0.6
    assert effect.avoided_outcome_km > 0 and effect.avoided_remainder_km > 0
    assert "Prognos 2021 med" in effect.text and "km" in effect.next_text


def test_the_year_that_is_over_loses_exactly_the_paid_km_the_cars_took(demo, need_2021):
    cars = 6
    result = what_if(demo, need_2021, cars, date(2021, 1, 1), cutoff=date(2021, 12, 31))
    taken = [
        t.trip
        for t in need_2021.covered_trips(cars)
        if t.trip.paid_on is not None and t.trip.paid_on.year == 2021
    ]
    avoided = sum(t.paid_km_tenths for t in taken) / 10
    assert result.forecast.avoided_outcome_km == pytest.approx(avoided)
    assert result.forecast.avoided_remainder_km == 0
    assert result.forecast.with_cars_km == pytest.approx(result.forecast.today_km - avoided, 0.1)


def test_more_cars_take_more_km_off_the_forecast(demo, need_2021):
    forecasts = [
        what_if(demo, need_2021, cars, date(2021, 1, 1), cutoff=INTERIM).forecast.with_cars_km
        for cars in (1, 3, 6, need_2021.need)
    ]
    assert forecasts == sorted(forecasts, reverse=True)


def test_cars_bought_for_next_years_budget_leave_this_year_alone(demo, need_2021):
    result = what_if(demo, need_2021, need_2021.need, date(2022, 1, 1), cutoff=INTERIM)
    effect = result.forecast
    assert effect.with_cars_km == effect.today_km
    assert effect.next_with_cars_km < effect.next_today_km
    assert "påverkas inte" in effect.text
    assert result.avoided.trips == 0  # none of the analysed 2021 trips came after the date


def test_cars_from_october_take_only_the_rest_of_the_year(demo, need_2021):
    whole = what_if(demo, need_2021, 8, date(2021, 1, 1), cutoff=INTERIM).forecast
    autumn = what_if(demo, need_2021, 8, date(2021, 10, 1), cutoff=INTERIM).forecast
    assert whole.with_cars_km < autumn.with_cars_km < autumn.today_km
    assert autumn.avoided_outcome_km == 0  # nothing of it was paid by the cut-off


def test_avoided_allowance_is_the_employer_rate_per_trip_and_co2_is_own_less_pool(demo, need_2021):
    cars = 4
    result = what_if(demo, need_2021, cars, date(2021, 6, 1), cutoff=INTERIM)
    taken = [t.trip for t in need_2021.covered_trips(cars, date(2021, 6, 1))]
    assert result.avoided.trips == len(taken)
    # the demo's employer rate is 25,00 kr/mil throughout; one rounding per trip
    assert result.avoided.allowance_ore == sum(amount_ore(t.paid_km_tenths, 2500) for t in taken)
    km = sum(t.km_tenths for t in taken) / 10
    assert result.avoided.km_tenths / 10 == pytest.approx(km)
    petrol_to_electric = (167 - 14) / 1000  # kg per km (klimatresa.se)
    assert result.avoided.co2_g / 1000 <= km * petrol_to_electric + 1
    assert result.avoided.co2_g > 0


def test_the_yearly_cost_comparison_adds_up(demo, need_2021):
    costs = CarCosts(lease_ore_per_year=3_600_000, ore_per_km=150, fuel="biogas")
    result = what_if(demo, need_2021, 5, date(2021, 1, 1), costs, cutoff=INTERIM)
    year = result.per_year
    assert year.lease_ore == 5 * 3_600_000
    assert year.running_ore == round(year.car_km_per_year * 150)
    assert year.net_ore == year.allowance_saved_ore - year.lease_ore - year.running_ore
    assert 0 < year.allowance_saved_ore <= year.allowance_today_ore
    assert "Per år: ersättning i dag" in cost_sentence(year, 5)
    rows = costs_by_cars(demo, need_2021, costs)
    assert [cars for cars, _cost in rows] == list(range(1, need_2021.max_peak + 1))
    assert rows[4][1] == year  # N = 5 is the same computation


def test_a_car_pays_for_itself_from_the_break_even_km():
    costs = CarCosts(lease_ore_per_year=4_800_000, ore_per_km=100)
    assert break_even_km(costs, 2500) == pytest.approx(32_000)  # 48 000 kr ÷ 1,50 kr/km
    assert break_even_km(costs, 1000) is None  # 10 kr/mil is no more than 1 kr/km


def test_the_share_of_next_year_from_a_date():
    assert year_share_from(2022, date(2021, 6, 1)) == 1.0
    assert year_share_from(2022, date(2022, 1, 1)) == 1.0
    assert year_share_from(2022, date(2022, 12, 31)) == pytest.approx(1 / 365)
    assert year_share_from(2022, date(2023, 1, 1)) == 0.0


def test_what_if_refusals_are_in_swedish(demo, need_2021):
    with pytest.raises(FleetNeedError, match="antalet bilar"):
        what_if(demo, need_2021, 0, date(2021, 1, 1))
    with pytest.raises(FleetNeedError, match="årskostnad"):
        what_if(demo, need_2021, 2, date(2021, 1, 1), CarCosts(lease_ore_per_year=-1))
    with pytest.raises(FleetNeedError, match="hör inte till"):
        bin_ = unit_by_code(demo, "BIN")
        what_if(demo, need_2021, 2, date(2021, 1, 1), scope_id=bin_.id)

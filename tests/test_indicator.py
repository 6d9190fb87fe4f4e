"""The indicator "utbetald kilometerersättning": targets, outcome, forecast and status."""

from datetime import date

import pytest

from resebok.core.db import open_database
from resebok.core.demo import build_demo
from resebok.core.demo_controller import add_demo_controller
from resebok.core.indicator import (
    HistoryYear,
    IndicatorError,
    Status,
    default_cutoff,
    delete_target,
    get_target,
    indicator,
    list_targets,
    resolve_scope,
    seasonal_forecast,
    set_target,
    year_list,
)
from resebok.core.models import Mode, Trip
from resebok.core.org import add_unit
from resebok.core.report_settings import (
    ReportSettings,
    ReportSettingsError,
    load_report_settings,
    save_report_settings,
)
from resebok.core.trips import save_trip

TODAY = date(2026, 11, 27)
CUTOFF = date(2021, 8, 31)


def paid(db, org, day, km, paid_on, unit=None):
    """An own-car trip of the cleaner (home = workplace, so no reduction), paid on *paid_on*."""
    stops = [org.place(db, "Fjugesta"), org.place(db, "Kumla"), org.place(db, "Fjugesta")]
    save_trip(
        db,
        Trip(
            date=date.fromisoformat(day),
            employee_id=org.cleaner.id,
            unit_id=(unit or org.cleaning).id,
            stop_ids=stops,
            km=km,
            mode=Mode.OWN_CAR,
            paid_on=date.fromisoformat(paid_on),
        ),
        today=TODAY,
    )


@pytest.fixture
def history(db, org):
    """Two full years of payouts before 2021, and 2021 to the end of August.

    2019: 50 km paid to 31 August, 100 km in the year (factor 2.0); the data starts in
    December 2018, so 2019's January payout is complete.
    2020: 40 km to 31 August, 100 km in the year (factor 2.5).
    2021: 40 km to 31 August.
    """
    paid(db, org, "2018-12-10", 20.0, "2019-01-25")
    paid(db, org, "2019-05-02", 30.0, "2019-06-25")
    paid(db, org, "2019-10-01", 50.0, "2019-10-25")
    paid(db, org, "2020-02-03", 40.0, "2020-02-25")
    paid(db, org, "2020-08-10", 20.0, "2020-09-25")
    paid(db, org, "2020-11-02", 40.0, "2020-11-25")
    paid(db, org, "2021-02-15", 30.0, "2021-03-25")
    paid(db, org, "2021-07-20", 10.0, "2021-08-25")
    paid(db, org, "2021-08-30", 70.0, "2021-09-25")  # driven before the cut-off, paid after
    return org


def test_the_default_cutoff_is_today_in_the_current_year():
    # 31 December would make the forecast "the year is over" in November
    assert default_cutoff(2026, TODAY) == TODAY
    assert default_cutoff(2025, TODAY) == date(2025, 12, 31)


def test_seasonal_forecast_by_hand(db, history):
    result = indicator(db, 2021, CUTOFF)

    # mean factor (2.0 + 2.5) / 2 = 2.25; 40 km × 2.25 = 90 km; 1 / 2.25 = 44.4 %
    assert result.outcome_km == 40.0
    assert result.forecast.history_years == (2019, 2020)
    assert result.forecast.factor == 2.25
    assert result.forecast_km == 90.0
    assert result.forecast.method == "seasonal"
    assert result.forecast.text.startswith(
        "Säsongsjusterad: 2019–2020 hade i snitt 44,4 % av årets utbetalda km till 31 aug"
    )
    assert result.previous_year_km == 100.0
    assert result.previous_year_to_date_km == 40.0


def test_the_monthly_chart_by_hand(db, history):
    months = indicator(db, 2021, CUTOFF).months

    assert [m.cumulative_km for m in months] == [0, 0, 30, 30, 30, 30, 30, 40] + [None] * 4
    assert [m.paid_km for m in months][2] == 30.0
    # after the cut-off: each history year's km to the month's end ÷ its km to 31 August,
    # averaged: Sep (50/50 + 60/40) / 2 = 1.25, Oct (100/50 + 60/40) / 2 = 1.75,
    # Nov and Dec (2 + 2.5) / 2 = 2.25; times the outcome of 40 km
    assert [m.forecast_cumulative_km for m in months] == [None] * 7 + [40, 50, 70, 90, 90]


def test_met_when_the_forecast_is_at_most_the_target(db, history):
    scope = resolve_scope(db, None)
    set_target(db, 2021, 90, scope.id)
    assert indicator(db, 2021, CUTOFF).status is Status.MET
    set_target(db, 2021, 89.9, scope.id, note="Skärpt mål")
    result = indicator(db, 2021, CUTOFF)
    assert result.status is Status.NOT_MET
    assert result.deviation_km == 0.1
    assert result.as_json()["status"] == "not_met"
    assert get_target(db, 2021, scope.id).note == "Skärpt mål"


def test_linear_forecast_without_history(db, org):
    paid(db, org, "2021-02-15", 30.0, "2021-03-25")
    paid(db, org, "2021-07-20", 10.0, "2021-08-25")

    result = indicator(db, 2021, CUTOFF)

    # 31 August is day 243 of 365: 40 × 365 / 243 = 60.08 km
    assert result.forecast.method == "linear"
    assert result.forecast_km == 60.1
    assert result.forecast.history_years == ()
    assert "243 av 365 dagar" in result.forecast.text
    assert result.months[11].forecast_cumulative_km == 60.1


def test_a_year_the_data_does_not_cover_from_its_start_is_no_history(db, org):
    # The first trip is from January 2020: 2020's January payout (December 2019's trips) is
    # missing, so 2020 would understate the share of the year paid by August.
    paid(db, org, "2020-01-10", 40.0, "2020-02-25")
    paid(db, org, "2020-10-10", 60.0, "2020-11-25")
    paid(db, org, "2021-03-10", 40.0, "2021-04-25")

    assert indicator(db, 2021, CUTOFF).forecast.method == "linear"
    assert indicator(db, 2022, date(2022, 8, 31)).forecast.history_years == (2021,)


def test_the_indicator_counts_paid_km_by_payout_date_in_the_scope(db, org):
    other = add_unit(db, "BIN", "Bildningsnämnden", "committee", org.municipality.id)
    paid(db, org, "2020-12-15", 40.0, "2021-01-25")
    paid(db, org, "2021-01-15", 25.0, "2021-02-25", unit=other)

    assert indicator(db, 2021, CUTOFF).outcome_km == 65.0
    assert indicator(db, 2021, CUTOFF, org.committee.id).outcome_km == 40.0
    assert indicator(db, 2020, date(2020, 12, 31)).outcome_km == 0.0


def test_a_whole_year_forecasts_its_outcome(db, history):
    result = indicator(db, 2020, date(2020, 12, 31))
    assert result.forecast_km == result.outcome_km == 100.0
    assert result.forecast.method == "actual"
    assert result.forecast.text == "Året är slut: prognosen är utfallet, 100\u00a0km."


def test_pure_forecast_and_year_lists():
    history = [HistoryYear(2018, 60.0, 100.0), HistoryYear(2020, 0.0, 90.0)]
    forecast = seasonal_forecast(30.0, date(2021, 6, 30), history)
    assert forecast.history_years == (2018,)  # a year without km to the day cannot scale
    assert forecast.km == 50.0
    assert year_list([2019, 2020, 2021]) == "2019–2021"
    assert year_list([2017, 2019, 2020]) == "2017, 2019 och 2020"


def test_targets_belong_to_the_municipality_or_a_committee(db, org):
    with pytest.raises(IndicatorError, match="kommunen eller en nämnd"):
        resolve_scope(db, "LOK")
    with pytest.raises(IndicatorError, match="ingen enhet med koden"):
        resolve_scope(db, "XYZ")
    with pytest.raises(IndicatorError, match="kommunen eller en nämnd"):
        set_target(db, 2021, 1000, org.cleaning.id)
    with pytest.raises(IndicatorError, match="från 0"):
        set_target(db, 2021, -5, org.committee.id)
    with pytest.raises(IndicatorError, match="ligger inte i 2021"):
        indicator(db, 2021, date(2022, 1, 31))
    set_target(db, 2021, 1000, org.committee.id)
    set_target(db, 2022, 900, org.committee.id)
    assert [t.year for t in list_targets(db, org.committee.id)] == [2022, 2021]
    delete_target(db, 2022, org.committee.id)
    assert get_target(db, 2022, org.committee.id) is None
    assert resolve_scope(db, "KS").id == org.committee.id


def test_report_settings_and_analysis_are_saved_per_year_and_scope(db, org):
    text = "Lokalvården kör mest.\n\nTio fordon <b>räcker</b>."
    saved = save_report_settings(
        db,
        ReportSettings(2021, org.municipality.id, CUTOFF, text, compare_year=2019),
        actor="controller",
    )
    assert saved.analysis == text and saved.updated_by == "controller"
    loaded = load_report_settings(db, 2021, org.municipality.id)
    assert (loaded.cutoff, loaded.previous_year, loaded.analysis) == (CUTOFF, 2019, text)
    assert load_report_settings(db, 2021, org.committee.id) is None
    with pytest.raises(ReportSettingsError, match="ligger inte i 2021"):
        save_report_settings(db, ReportSettings(2021, org.municipality.id, date(2020, 8, 31)))
    with pytest.raises(ReportSettingsError, match="högst"):
        save_report_settings(db, ReportSettings(2021, org.municipality.id, None, "x" * 20_001))


@pytest.fixture(scope="module")
def demo_db():
    database = open_database(None)
    build_demo(database, today=TODAY)
    yield database
    database.close()


def test_the_demos_2021_forecast_misses_a_tougher_target(demo_db):
    add_demo_controller(demo_db)
    last_year = indicator(demo_db, 2020, date(2020, 12, 31))

    result = indicator(demo_db, 2021, CUTOFF)

    assert last_year.status is Status.MET
    assert result.target_km < last_year.outcome_km
    assert result.forecast.method == "seasonal"
    assert result.forecast.history_years == (2020,)  # the demo starts in January 2019
    assert result.status is Status.NOT_MET
    assert result.outcome_km == result.months[7].cumulative_km
    assert result.months[11].forecast_cumulative_km == result.forecast_km
    settings = load_report_settings(demo_db, 2021, result.scope.id)
    assert settings.cutoff == CUTOFF and "79 procent" in settings.analysis

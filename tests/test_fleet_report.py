"""The controller's report gains a fleet-need section when the settings choose a unit."""

from dataclasses import replace
from datetime import date
from io import BytesIO

import pypdf
import pytest
from fleet_helpers import demo_db_path

from resebok.core import fleet_what_if, report_data
from resebok.core.db import open_database
from resebok.core.fleet_need import unit_by_code
from resebok.core.fleet_what_if import what_if
from resebok.core.indicator import resolve_scope
from resebok.core.report_data import collect_report_data
from resebok.core.report_settings import (
    ReportSettings,
    ReportSettingsError,
    load_report_settings,
    save_report_settings,
)
from resebok.reports.controller_report import controller_report_bytes

CUTOFF = date(2021, 8, 31)


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")


@pytest.fixture(scope="module")
def demo():
    database = open_database(demo_db_path())
    yield database
    database.close()


def report(demo, fleet_unit: str | None) -> tuple[object, str]:
    scope = resolve_scope(demo, None)
    settings = ReportSettings(2021, scope.id, CUTOFF)
    if fleet_unit is not None:
        settings = replace(settings, fleet_unit_id=unit_by_code(demo, fleet_unit).id)
    data = collect_report_data(demo, 2021, settings=settings, today=date(2021, 9, 20))
    return data, text_of(controller_report_bytes(data))


def test_the_report_with_the_cleaning_unit_recommends_cars_with_a_chart(demo):
    data, text = report(demo, "LOK")

    need = data.fleet.need
    assert "Behov av kommunbilar: Lokalvårdsenheten" in text
    assert f"{need.need} kommunbilar hade räckt för Lokalvårdsenheten 90 %" in text
    assert f"av de {need.days} dagarna med resor i egen bil" in text
    assert "Antal kommunbilar (N)" in text and "Andel km" in text  # the chart's texts
    assert "90 % av dagarna" in text
    assert f"Med {need.need} bilar från 1 januari 2022" in text
    assert "Per år: ersättning i dag" in text
    assert "betalar sig en bil först" in text
    assert "Kostnaderna är exempel" in text
    assert "saknade tider" in text


def test_the_fleet_section_reuses_the_reports_indicator(demo, monkeypatch):
    scope = resolve_scope(demo, None)
    settings = ReportSettings(2021, scope.id, CUTOFF, fleet_unit_id=unit_by_code(demo, "LOK").id)
    computed = []
    real = report_data.indicator

    def counted(*args, **kwargs):
        computed.append(args[1:])
        return real(*args, **kwargs)

    monkeypatch.setattr(report_data, "indicator", counted)
    monkeypatch.setattr(fleet_what_if, "indicator", counted)
    data = collect_report_data(demo, 2021, settings=settings, today=date(2021, 9, 20))
    assert computed == [(2021, CUTOFF, scope.id)]

    need = data.fleet.need
    fresh = what_if(demo, need, need.need, date(2022, 1, 1), cutoff=CUTOFF, scope_id=scope.id)
    assert data.fleet.what_if.forecast == fresh.forecast
    assert data.fleet.what_if.forecast.outcome_km == data.indicator.outcome_km
    with pytest.raises(ValueError, match="another cut-off"):
        what_if(demo, need, 2, date(2022, 1, 1), cutoff=date(2021, 6, 30), known=data.indicator)


def test_the_report_without_a_chosen_unit_has_no_fleet_section(demo):
    data, text = report(demo, None)
    assert data.fleet is None
    assert "Behov av kommunbilar" not in text


def test_the_fleet_choice_is_saved_with_the_report_settings(db, org):
    saved = save_report_settings(
        db,
        ReportSettings(2021, org.municipality.id, fleet_unit_id=org.cleaning.id, fleet_coverage=85),
    )
    assert (saved.fleet_unit_id, saved.fleet_coverage) == (org.cleaning.id, 85.0)
    loaded = load_report_settings(db, 2021, org.municipality.id)
    assert loaded.fleet_unit_id == org.cleaning.id
    plain = save_report_settings(db, ReportSettings(2022, org.municipality.id))
    assert plain.fleet_unit_id is None and plain.fleet_coverage == 90.0
    with pytest.raises(ReportSettingsError, match="Täckningen"):
        save_report_settings(db, ReportSettings(2021, org.municipality.id, fleet_coverage=0))

"""The controller's report on the demo municipality, read back with pypdf."""

from datetime import date
from io import BytesIO

import pytest

from resebok.core.db import open_database
from resebok.core.demo import build_demo
from resebok.core.indicator import resolve_scope, set_target
from resebok.core.org import all_employees
from resebok.core.report_data import collect_report_data
from resebok.core.report_settings import ReportSettings, save_report_settings
from resebok.reports.controller_report import controller_report_bytes, pie_slices

pypdf = pytest.importorskip("pypdf")

TODAY = date(2026, 11, 27)
CUTOFF = date(2021, 8, 31)
ANALYSIS = (
    "Lokalvårdsenheten kör mest: den saknar egna fordon.\n"
    "Cirka 10 fordon täcker behovet <b>enligt</b> en första analys & inköp planeras.\n\n"
    "Arkivet: skyndsamhetskravet begränsar samordningen."
)


@pytest.fixture(scope="module")
def demo_db():
    database = open_database(None)
    build_demo(database, today=TODAY)
    scope = resolve_scope(database, None)
    set_target(database, 2021, 70_000, scope.id)
    save_report_settings(database, ReportSettings(2021, scope.id, CUTOFF, ANALYSIS))
    yield database
    database.close()


@pytest.fixture(scope="module")
def report(demo_db):
    data = collect_report_data(demo_db, 2021, today=date(2021, 9, 20))
    return data, controller_report_bytes(data)


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), text.replace("\u00a0", " ")


def test_the_report_tells_the_story_in_swedish(report):
    data, pdf = report
    pages, text = text_of(pdf)

    assert 2 <= pages <= 5
    assert "Lekebergs kommun" in text
    assert "Utbetald kilometerersättning 2021" in text
    assert "Återrapportering till kommunstyrelsens arbetsutskott" in text
    assert "Datum: 20 september 2021" in text
    assert "Mål helår" in text and "70 000 km" in text
    assert f"{round(data.indicator.outcome_km):,} km".replace(",", " ") in text
    assert "Målet nås inte" in text
    assert "Säsongsjusterad: 2020 hade" in text
    assert "Kilometer i egen bil per enhet" in text
    assert "Kommunstyrelsen" in text and "Lokalvårdsenheten" in text
    assert "Jämförelse med föregående år" in text
    assert "Gröna val och skäl för egen bil" in text
    assert "Sydnärke arkivenhet" in text and "Hallsbergs kommun" in text
    assert f"Sida 1 av {pages}" in text


def test_the_saved_analysis_prints_with_its_markup_escaped(report):
    _data, pdf = report
    _pages, text = text_of(pdf)

    assert "<b>enligt</b> en första analys & inköp planeras" in text
    assert "skyndsamhetskravet begränsar samordningen" in text


def test_the_year_on_year_sentence_compares_this_year_with_the_last(report):
    data, pdf = report
    _pages, text = text_of(pdf)

    assert data.year_on_year.total.diff_km < 0
    assert "1 jan–31 aug 2021 jämfört med 1 jan–31 aug 2020" in " ".join(text.split())


def test_the_current_year_without_a_cutoff_runs_to_today(demo_db):
    data = collect_report_data(demo_db, TODAY.year, today=TODAY)

    assert data.indicator.cutoff == TODAY and data.period.last == TODAY
    assert data.indicator.forecast.method != "actual"


def test_the_report_shows_the_79_percent_of_kommunstyrelsen(report):
    data, pdf = report
    share = data.tree.row("KS").share_of_scope
    assert 0.75 <= share <= 0.83
    _pages, text = text_of(pdf)
    assert f"{share * 100:.1f} %".replace(".", ",") in text


def test_the_pie_groups_small_units_as_others(report):
    data, _pdf = report
    slices = pie_slices(data)
    committee = data.pie_committee

    assert committee.unit.code == "KS"
    assert slices[0][0] == "Lokalvårdsenheten"
    assert slices[-1][0] == "Övriga"
    assert all(km / committee.own_car.km >= 0.04 for name, km in slices if name != "Övriga")
    assert sum(km for _name, km in slices) == pytest.approx(committee.own_car.km)


def test_no_names_or_homes_of_employees_on_paper(demo_db, report):
    _data, pdf = report
    _pages, text = text_of(pdf)

    assert not [e.name for e in all_employees(demo_db) if e.name in text]
    assert "Örebro" not in text  # where many employees live; no route is printed


def test_a_committee_report_without_a_target_says_so(demo_db):
    scope = resolve_scope(demo_db, "VON")
    data = collect_report_data(demo_db, 2021, CUTOFF, scope.id, today=TODAY)

    _pages, text = text_of(controller_report_bytes(data))

    assert data.indicator.target is None
    assert "Inget mål satt" in text
    assert "Vård- och omsorgsnämnden" in text
    assert "Ingen analys är skriven" in text

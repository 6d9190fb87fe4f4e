"""The fleet page as a controller uses it: the need of the cleaning unit, the chart, the
what-if next to today's forecast, the report's choice, and bad input."""

from datetime import date

import pytest
from fleet_helpers import demo_db_path
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from resebok.core.db import open_database
from resebok.core.fleet_need import FleetCancelled, unit_by_code
from resebok.core.indicator import municipality_unit
from resebok.core.periods import Basis, Period
from resebok.gui.controller.state import ViewState
from resebok.gui.fleet_page import FleetNeedPage

YEAR_2021 = Period.year(2021)


@pytest.fixture(scope="module")
def demo():
    database = open_database(demo_db_path())
    yield database
    database.close()


@pytest.fixture
def page(qtbot, demo):
    widget = FleetNeedPage(demo)
    qtbot.addWidget(widget)
    widget.resize(1250, 1100)
    widget.set_unit(unit_by_code(demo, "LOK").id)
    widget.set_period(YEAR_2021)
    widget.what_if_cutoff.setDate(QDate(2021, 8, 31))
    return widget


def analyse(qtbot, page):
    with qtbot.waitSignal(page.analysis_finished, timeout=20_000) as blocker:
        assert page.compute()
    return blocker.args[0]


def test_the_cleaning_units_need_is_shown_with_chart_and_table(qtbot, page, tmp_path):
    need = analyse(qtbot, page)

    assert 4 <= need.need <= 14
    summary = page.summary.text()
    assert f"{need.need} kommunbilar" in summary and "Lokalvårdsenheten" in summary
    assert f"{need.estimated_trips} resor saknade tider" in summary
    assert page.chart.km_series.count() == need.max_peak
    assert page.chart.coverage_line.at(0).y() == 90
    assert page.chart.recommended.at(0).x() == need.need
    assert page.table.rowCount() == need.max_peak
    assert page.table.item(need.need - 1, 0).font().bold()
    assert page.table.item(0, 5).text().startswith(("−", "+"))
    assert page.cars.value() == need.need
    page.grab().save(str(tmp_path / "fleet_page.png"))  # for a look when it goes wrong


def test_a_lower_coverage_moves_the_recommendation_without_recomputing(qtbot, page):
    need = analyse(qtbot, page)
    with qtbot.assertNotEmitted(page.job.finished):
        page.coverage.setValue(50)
    assert page.need.need == need.need_for(50) <= need.need
    assert page.chart.coverage_line.at(0).y() == 50


def test_the_what_if_stands_next_to_todays_forecast(qtbot, page):
    need = analyse(qtbot, page)
    page.cars_from.setDate(QDate(2021, 1, 1))
    with qtbot.waitSignal(page.what_if_finished) as blocker:
        assert page.compute_what_if()
    result = blocker.args[0]

    assert result.cars == need.need
    table = page.forecast_table
    assert table.horizontalHeaderItem(1).text() == "I dag"
    assert table.horizontalHeaderItem(2).text() == "Med bilarna"
    assert table.item(0, 0).text().startswith("Prognos 2021")
    today = float(table.item(0, 1).text().replace(" km", "").replace(" ", ""))
    with_cars = float(table.item(0, 2).text().replace(" km", "").replace(" ", ""))
    assert with_cars < today
    assert table.item(1, 0).text() == "Antagande 2022"
    assert "Per år: ersättning i dag" in page.effects.text()
    assert "kg CO₂ mindre" in page.effects.text()


def test_double_clicking_a_row_reckons_with_that_many_cars(qtbot, page):
    analyse(qtbot, page)
    with qtbot.waitSignal(page.what_if_finished) as blocker:
        page.table.cellDoubleClicked.emit(2, 0)
    assert blocker.args[0].cars == 3 and page.cars.value() == 3


def test_bad_costs_get_a_swedish_message_beside_the_form(qtbot, page):
    analyse(qtbot, page)
    page.lease.setText("fyrtiotusen")
    assert not page.compute_what_if()
    assert page.what_if_error.isVisibleTo(page)
    assert "Kostnaden" in page.what_if_error.text()


def test_a_period_that_ends_before_it_starts_is_refused(qtbot, page):
    page.date_to.setDate(QDate(2020, 12, 31))
    assert not page.compute()
    assert page.error.isVisibleTo(page)
    assert "slutar" in page.error.text()


def test_a_cancelled_analysis_says_so(qtbot, page, monkeypatch):
    def cancelled(*_args, **_kwargs):
        raise FleetCancelled

    monkeypatch.setattr("resebok.gui.fleet_page.analyse_trips", cancelled)
    with qtbot.waitSignal(page.job.cancelled):
        page.compute()
    assert page.error.text() == "Beräkningen avbröts."
    assert page.compute_button.isEnabled()


def test_the_reports_choice_follows_the_checkbox(qtbot, page, demo):
    lok = unit_by_code(demo, "LOK")
    assert page.report_unit_id() is None
    with qtbot.waitSignal(page.report_choice_changed):
        page.in_report.setChecked(True)
    assert (page.report_unit_id(), page.report_coverage()) == (lok.id, 90.0)

    class Saved:
        fleet_unit_id = unit_by_code(demo, "ARK").id
        fleet_coverage = 80.0

    page.load_report_options(Saved())
    assert (page.report_unit_id(), page.report_coverage()) == (Saved.fleet_unit_id, 80.0)
    page.load_report_options(None)
    assert page.report_unit_id() is None


def test_in_the_controller_view_the_page_follows_the_filters(qtbot, demo):
    page = FleetNeedPage(demo)
    qtbot.addWidget(page)
    state = ViewState(
        year=2021,
        period=YEAR_2021,
        cutoff=date(2021, 8, 31),
        scope=municipality_unit(demo),
        basis=Basis.PAID_ON,
    )
    with qtbot.waitSignal(page.analysis_finished, timeout=20_000) as blocker:
        page.show_state(state)
    need = blocker.args[0]
    assert need.unit.code == "LOK"  # the unit that drives most is chosen until one is picked
    assert need.period == YEAR_2021
    assert page.what_if_cutoff.date() == QDate(2021, 8, 31)
    QApplication.processEvents()


def test_the_controller_view_has_the_page_and_prints_its_section(qtbot, demo, tmp_path):
    import sqlite3

    import pypdf

    from resebok.gui.controller import ControllerView

    copy = tmp_path / "demo.sqlite"  # the view saves the report's settings: not in the shared file
    target = sqlite3.connect(copy)
    demo.conn.backup(target)
    target.close()
    db = open_database(copy)
    try:
        view = ControllerView(db, None, today=date(2021, 9, 20))
        qtbot.addWidget(view)
        view.resize(1400, 1000)
        view.show()
        page = view.fleet_page
        assert view.tabs.tabText(view.tabs.indexOf(page)) == "Behov av k&ommunbilar"
        with qtbot.waitSignal(page.analysis_finished, timeout=30_000) as blocker:
            view.show_page(page)
        assert blocker.args[0].unit.code == "LOK"
        assert blocker.args[0].period.first == date(2021, 1, 1)
        page.in_report.setChecked(True)
        view.grab().save(str(tmp_path / "controller_view_fleet.png"))

        out = tmp_path / "rapport.pdf"
        with qtbot.waitSignal(view.report_written, timeout=60_000):
            assert view.print_report_to(out)
        text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
        assert "Behov av kommunbilar: Lokalvårdsenheten" in text.replace("\u00a0", " ")
        assert view.settings.fleet_unit_id == unit_by_code(db, "LOK").id
        view.close()
    finally:
        db.close()

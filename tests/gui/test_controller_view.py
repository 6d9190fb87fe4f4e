"""The controller view as a controller uses it: filters, the unit tree, the indicator and its
target, drill-down, exports, the analysis, printing the report, and bad input."""

import sqlite3
from datetime import date, time
from io import BytesIO

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from resebok.core.advisor import Advice, Alternative, PlannedTrip
from resebok.core.db import open_database
from resebok.core.green_records import record_choice
from resebok.core.indicator import get_target, resolve_scope
from resebok.core.models import Mode, Trip
from resebok.core.org import find_unit
from resebok.core.periods import Basis
from resebok.core.report_settings import load_report_settings
from resebok.core.trips import save_trip
from resebok.core.unit_table import COLUMN_INDEX
from resebok.gui.controller import ControllerView, ViewState
from resebok.gui.controller.unit_tree_model import SortRole, UnitIdRole

ROUND = ("Fjugesta", "Kumla", "Fjugesta")
TODAY = date(2021, 9, 20)


def log(db, org, day, km, unit=None, employee=None, mode=Mode.OWN_CAR, **fields):
    return save_trip(
        db,
        Trip(
            date=date.fromisoformat(day),
            employee_id=(employee or org.cleaner).id,
            unit_id=(unit or org.cleaning).id,
            stop_ids=[org.place(db, name) for name in ROUND],
            km=km,
            mode=mode,
            **fields,
        ),
        today=TODAY,
    )


@pytest.fixture
def small(db, org):
    """A December trip paid in January, a January trip, and an archive trip for a member."""
    log(db, org, "2020-12-15", 40.0, paid_on=date(2021, 1, 25))
    log(db, org, "2021-01-12", 10.0, paid_on=date(2021, 2, 25))
    log(
        db,
        org,
        "2021-03-01",
        60.0,
        unit=org.archive,
        employee=org.archivist,
        member_org_id=org.hallsberg.id,
        paid_on=date(2021, 4, 25),
    )
    return org


def advice(employee_id: int, km: float, fitting: set[Mode]) -> Advice:
    """The green advisor's answer for a planned trip on 10 March 2021 (the own car always fits)."""
    ladder = (Mode.DIGITAL, Mode.WALK_CYCLE, Mode.PUBLIC_TRANSPORT, Mode.POOL_CAR, Mode.OWN_CAR)
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
        for mode in ladder
    )
    plan = PlannedTrip((1, 2, 1), date(2021, 3, 10), time(8), employee_id=employee_id)
    return Advice(plan, alternatives, route_km=km, route_text="A – B – A")


def open_view(qtbot, db, db_path=None, today=TODAY) -> ControllerView:
    view = ControllerView(db, db_path, today=today)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(model, unit_id: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index_of(unit_id, COLUMN_INDEX[key]), role)


def save_as(monkeypatch, path):
    """The next save-file dialog answers *path*, as a user choosing it would."""
    monkeypatch.setattr(
        "resebok.gui.controller.exports.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(path), ""),
    )


# --- a hand-built organisation ----------------------------------------------------------------


def test_the_view_opens_on_the_year_with_its_tree_of_units(qtbot, qtmodeltester, db, small):
    view = open_view(qtbot, db)

    state = view.state
    assert (state.year, state.cutoff, state.scope.code) == (2021, TODAY, "LEK")
    assert state.basis is Basis.PAID_ON
    view.show_page(view.units_page)
    model = view.units_page.model
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1  # the municipality at the top
    assert cell(model, small.municipality.id, "km") == "110,0"
    assert cell(model, small.cleaning.id, "km") == "50,0"
    assert cell(model, small.archive.id, "trips") == "1"
    assert cell(model, small.committee.id, "share_of_scope") == "100,0 %"
    assert cell(model, small.archive.id, "share_of_committee") == "54,5 %"
    assert cell(model, small.archive.id, "km", Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    # the tree is whole and expanded: municipality → committee → department → units
    department = model.index_of(small.department.id)
    assert model.rowCount(department) == 2
    assert model.parent(model.index_of(small.archive.id)) == department
    assert view.units_page.view.isExpanded(department)
    assert "Totalt 3 resor" in view.units_page.total.text()


def test_switching_basis_moves_a_december_trip_paid_in_january(qtbot, db, small):
    view = open_view(qtbot, db)
    view.show_page(view.units_page)
    model = view.units_page.model
    assert cell(model, small.cleaning.id, "km") == "50,0"  # both trips paid in 2021

    view.filters.set_basis(Basis.TRIP_DATE)
    view.filters.commit()

    assert view.state.basis is Basis.TRIP_DATE
    assert cell(model, small.cleaning.id, "km") == "10,0"  # only the January trip
    assert "efter resdatum" in view.units_page.title.text()
    view.filters.year.setValue(2020)
    view.filters.commit()
    assert cell(model, small.cleaning.id, "km") == "40,0"


def test_sorting_keeps_units_under_their_department(qtbot, qtmodeltester, db, small):
    view = open_view(qtbot, db)
    view.show_page(view.units_page)
    model = view.units_page.model
    qtmodeltester.check(model, force_py=True)
    department = model.index_of(small.department.id)

    def names():
        return [model.index(row, 0, department).data() for row in range(2)]

    assert names() == ["Lokalvårdsenheten", "Sydnärke arkivenhet"]  # the organisation's order
    view.units_page.view.sortByColumn(COLUMN_INDEX["km"], Qt.SortOrder.DescendingOrder)
    assert names() == ["Sydnärke arkivenhet", "Lokalvårdsenheten"]
    assert model.parent(model.index_of(small.cleaning.id)) == model.index_of(small.department.id)
    view.units_page.tree_order()
    assert names() == ["Lokalvårdsenheten", "Sydnärke arkivenhet"]


def test_drill_down_lists_the_units_trips_lazily(qtbot, qtmodeltester, db, small):
    view = open_view(qtbot, db)
    view.show_page(view.units_page)
    tree_view = view.units_page.view
    index = view.units_page.model.index_of(small.department.id)
    tree_view.scrollTo(index)

    centre = tree_view.visualRect(index).center()
    # Qt's item views take a double-click after a press on the same item, as a user's is.
    qtbot.mouseClick(tree_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tree_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    assert len(view.units_page.drilldowns) == 1
    dialog = view.units_page.drilldowns[0]
    qtbot.waitExposed(dialog)
    trips = dialog.model
    qtmodeltester.check(trips, force_py=True)
    assert trips.rowCount() == 3  # the department's units: two cleaning trips, one archive
    dates = [trips.index(row, 0).data() for row in range(3)]
    paid = [trips.index(row, 1).data() for row in range(3)]
    assert paid == ["2021-04-25", "2021-02-25", "2021-01-25"]  # newest payout first
    assert dates[-1] == "2020-12-15"
    assert trips.index(0, 4).data() == "Hallsbergs kommun"
    assert "Kommunledningsförvaltningen" in dialog.summary.text()
    # the same unit again raises the open window instead of opening another
    assert view.units_page.open_drilldown(index) is dialog


def test_drill_down_fetches_pages_only_when_shown(db, small):
    from resebok.core.periods import Period
    from resebok.gui.controller.drilldown import PAGE_SIZE, UnitTripsModel

    for day in range(1, 29):
        for _ in range(10):
            log(db, small, f"2021-05-{day:02d}", 3.0, paid_on=date(2021, 6, 25))
    model = UnitTripsModel(db, small.cleaning.id, Period.year(2021), Basis.PAID_ON)

    assert model.rowCount() == 282 and model.pages_fetched == 0
    assert model.index(0, 6).data() == "3,0"
    assert model.pages_fetched == 1
    assert model.index(PAGE_SIZE + 5, 0).data().startswith("2021-")
    assert model.pages_fetched == 2
    assert model.index(3, 0).data()  # the first page is still cached
    assert model.pages_fetched == 2


def test_the_analysis_is_saved_per_year_and_scope_and_reloaded(qtbot, db, small):
    view = open_view(qtbot, db)
    view.show_page(view.analysis_page)
    editor = view.analysis_page.editor
    assert editor.toPlainText() == ""

    editor.setPlainText("Lokalvården kör mest; tio kommunbilar föreslås.")
    assert view.analysis_page.save_button.isEnabled()
    qtbot.mouseClick(view.analysis_page.save_button, Qt.MouseButton.LeftButton)

    saved = load_report_settings(db, 2021, small.municipality.id)
    assert saved.analysis == "Lokalvården kör mest; tio kommunbilar föreslås."
    assert saved.cutoff == TODAY and saved.basis is Basis.PAID_ON
    assert not view.analysis_page.save_button.isEnabled()
    assert "Sparad" in view.analysis_page.status.text()

    # Unsaved text is kept when the year changes, and each year has its own analysis.
    editor.setPlainText("Ny text som inte sparats.")
    view.filters.year.setValue(2020)
    view.filters.commit()
    assert editor.toPlainText() == ""
    assert load_report_settings(db, 2021, small.municipality.id).analysis == (
        "Ny text som inte sparats."
    )

    again = open_view(qtbot, db)
    assert again.state.cutoff == TODAY  # the saved cut-off comes back with the text
    assert again.analysis_page.editor.toPlainText() == "Ny text som inte sparats."
    committee = again.filters.scope.findData(small.committee.id)
    again.filters.scope.setCurrentIndex(committee)
    again.filters.commit()
    assert again.analysis_page.editor.toPlainText() == ""  # another scope, another text


def test_the_reasons_for_the_own_car_and_their_empty_state(qtbot, db, small):
    view = open_view(qtbot, db)
    view.show_page(view.green_page)
    page = view.green_page
    assert page.empty.isVisible() and not page.split.isVisible()
    assert "Inga val av färdsätt har registrerats" in page.empty.text()

    archivist = small.archivist.id
    record_choice(db, None, advice(archivist, 60, {Mode.POOL_CAR}), Mode.OWN_CAR, "urgency")
    record_choice(db, None, advice(archivist, 40, set()), Mode.OWN_CAR, "urgency")
    record_choice(db, None, advice(small.cleaner.id, 5, set()), Mode.OWN_CAR, "equipment")
    view.filters.set_basis(Basis.TRIP_DATE)  # any change refreshes
    view.filters.commit()

    assert page.split.isVisible() and not page.empty.isVisible()
    assert page.table.rowCount() == 2
    assert page.table.item(0, 1).text() == "2"
    assert page.table.item(0, 2).text() == "67 %"
    assert "3 planerade resor" in page.summary.text()
    # Recorded today for trips in 2021: answered only after the trips were made.
    assert "3 av resorna loggades först efter att de gjorts" in page.summary.text()
    page.unit.setCurrentIndex(page.unit.findData(small.cleaning.id))
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text().startswith("Utrustning")


def test_bad_filter_input_gets_a_swedish_message_next_to_the_field(qtbot, db, small):
    view = open_view(qtbot, db)
    before = view.state
    filters = view.filters

    filters.set_period(date(2021, 6, 1), date(2021, 3, 1))
    assert filters.commit() is None
    assert filters.period_error.isVisible()
    assert "ligger efter till-datumet" in filters.period_error.text()
    assert view.state == before  # the pages keep the last valid figures
    assert not view.print_button.isEnabled()

    filters.set_period(date(2021, 3, 1), date(2021, 6, 1))
    filters.cutoff.setDate(filters.cutoff.date().addYears(-1))
    assert filters.commit() is None
    assert not filters.period_error.isVisible()
    assert "Brytdagen ska ligga i 2021" in filters.cutoff_error.text()

    filters.cutoff.setDate(filters.cutoff.date().addYears(1))
    state = filters.commit()
    assert state is not None and not filters.cutoff_error.isVisible()
    assert (state.period.first, state.period.last) == (date(2021, 3, 1), date(2021, 6, 1))
    assert view.print_button.isEnabled()


def test_a_negative_or_unreadable_target_is_refused_next_to_the_field(qtbot, db, small):
    view = open_view(qtbot, db)
    page = view.indicator_page
    assert "Inget mål satt" in page.status.text()

    for text, message in (("-5000", "negativt"), ("mycket", "antal kilometer")):
        page.target_edit.setText(text)
        assert not page.save_target()
        assert page.target_error.isVisible() and message in page.target_error.text()
    assert get_target(db, 2021, small.municipality.id) is None

    page.target_edit.setText("1 000 km")
    assert page.save_target()
    assert not page.target_error.isVisible()
    assert get_target(db, 2021, small.municipality.id).target_km == 1000
    assert page.status.text() == "Målet nås"


class RecordingPage(QWidget):
    """A page from elsewhere (the fleet page): it only records what the view tells it."""

    def __init__(self) -> None:
        super().__init__()
        self.states: list[ViewState] = []
        QLabel("Fordonsbehov", self)

    def show_state(self, state: ViewState) -> None:
        self.states.append(state)


def test_another_module_adds_a_page_that_follows_the_filters(qtbot, db, small):
    view = open_view(qtbot, db)
    page = RecordingPage()
    index = view.add_page("Fordonsbehov", page)

    assert view.tabs.tabText(index) == "Fordonsbehov"
    assert page.states == []  # not visible yet: not queried
    view.show_page(page)
    assert [state.year for state in page.states] == [2021]
    view.filters.year.setValue(2020)
    view.filters.commit()
    assert [state.year for state in page.states] == [2021, 2020]  # visible: refreshed at once


def test_the_main_window_opens_the_controller_view(qtbot, db, small, tmp_path):
    from resebok.gui.main_window import MainWindow

    main = MainWindow(db, tmp_path / "x.sqlite")
    qtbot.addWidget(main)
    menus = {action.text(): action.menu() for action in main.menuBar().actions()}
    assert main.controller_action in menus["Ra&pporter"].actions()
    assert main.controller_action in main.findChild(QToolBar, "mainToolbar").actions()

    main.controller_action.trigger()
    view = main.controller_view
    qtbot.waitExposed(view)
    assert view.isVisible() and view.db_path == tmp_path / "x.sqlite"
    assert view.state.year == 2021  # the last year with trips
    main.controller_action.trigger()
    assert main.controller_view is view  # raised again, not opened twice


# --- printing ---------------------------------------------------------------------------------


def test_printing_from_a_database_file_uses_a_connection_of_its_own(
    qtbot, monkeypatch, db, small, tmp_path
):
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "resebok.sqlite"
    target = sqlite3.connect(path)
    db.conn.backup(target)
    target.close()
    file_db = open_database(path)
    try:
        view = open_view(qtbot, file_db, db_path=path)
        view.show_page(view.analysis_page)
        view.analysis_page.editor.setPlainText("Arkivet kör för <b>Hallsberg</b> & Kumla.")
        out = tmp_path / "rapport"
        save_as(monkeypatch, out)

        with qtbot.waitSignal(view.report_written, timeout=60_000) as written:
            qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)

        pdf = tmp_path / "rapport.pdf"  # the suffix is added
        assert written.args == [pdf]
        assert view.report_job.used_worker_connection
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
        assert "Arkivet kör för <b>Hallsberg</b> & Kumla." in text.replace("\u00a0", " ")
        assert view.message_bar.isVisible() and view.open_button.isVisible()
        assert str(pdf) in view.message.text()
        assert not list(tmp_path.glob("*.part"))
        opened = []
        monkeypatch.setattr(
            "resebok.gui.controller.view.QDesktopServices.openUrl",
            lambda url: opened.append(url.toLocalFile()) or True,
        )
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
        assert opened == [str(pdf)]
        view.close()
    finally:
        file_db.close()


def test_a_report_that_cannot_be_written_says_why(qtbot, monkeypatch, db, small, tmp_path):
    view = open_view(qtbot, db)
    save_as(monkeypatch, tmp_path / "no such folder" / "rapport.pdf")

    with qtbot.waitSignal(view.report_job.failed, timeout=60_000):
        assert view.print_report()

    assert view.message_bar.isVisible() and not view.open_button.isVisible()
    assert "Rapporten kunde inte" in view.message.text()
    assert view.last_report is None


def test_a_cancelled_report_leaves_no_file_behind(qtbot, monkeypatch, db, small, tmp_path):
    import threading

    started = threading.Event()

    def slow_writer(_data, stream):
        stream.write(b"%PDF-1.4 half a report")
        started.set()
        assert view.report_job._cancel.wait(10)  # until the user presses Avbryt

    monkeypatch.setattr("resebok.gui.controller.printing.write_controller_report", slow_writer)
    view = open_view(qtbot, db)
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"an older report")

    assert view.print_report_to(out)
    assert view.report_job.running and not view.print_report_to(out)  # one at a time
    assert started.wait(10)
    with qtbot.waitSignal(view.report_job.cancelled, timeout=10_000):
        view.report_job.cancel()

    assert out.read_bytes() == b"an older report"
    assert not list(tmp_path.glob(".resebok-*"))
    assert view.last_report is None and not view.report_job.running


# --- the demo municipality --------------------------------------------------------------------

DEMO_TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_db():
    from resebok.core.demo import build_demo

    database = open_database(None)
    build_demo(database, today=DEMO_TODAY)
    yield database
    database.close()


@pytest.fixture
def demo_view(qtbot, demo_db):
    view = open_view(qtbot, demo_db, today=DEMO_TODAY)
    view.filters.year.setValue(2021)
    view.filters.commit()
    return view


def test_the_demo_shows_kommunstyrelsen_with_79_percent(demo_view, demo_db):
    view = demo_view
    assert view.state.cutoff == date(2021, 8, 31)  # the saved interim report's cut-off
    view.show_page(view.units_page)
    model = view.units_page.model
    ks = resolve_scope(demo_db, "KS")
    share = cell(model, ks.id, "share_of_scope", SortRole)
    assert 0.78 <= share <= 0.80
    assert cell(model, ks.id, "share_of_scope").startswith("79,")
    view.show_page(view.pie_page)
    assert view.pie_page.committee.currentText() == "Kommunstyrelsen"
    assert view.pie_page.slices[0].label == "Lokalvårdsenheten"
    assert view.pie_page.chart.series.count() == len(view.pie_page.slices)
    assert "Kommunstyrelsen står för 80 %" in view.pie_page.note.text()


def test_the_demos_2021_indicator_is_not_met_against_70000_km(demo_view):
    page = demo_view.indicator_page
    assert demo_view.tabs.currentWidget() is page
    assert page.target_value.text() == "70 000 km"
    assert page.status.text() == "Målet nås inte"
    assert page.status.property("status") == "not_met"
    assert page.method.text().startswith("Säsongsjusterad: 2020 hade")
    assert page.outcome_caption.text() == "Utfall 1 jan–31 aug:"
    assert page.months.item(0, 0).text() == "Januari"
    assert page.months.item(11, 3).text() == page.forecast_value.text().removesuffix(" km")
    assert page.chart.forecast is not None and page.chart.target is not None
    assert page.chart.target.at(0).y() == 70_000


def test_setting_a_target_updates_the_status(demo_view, demo_db):
    page = demo_view.indicator_page
    scope = demo_view.state.scope
    try:
        page.target_edit.setText("90 000")
        page.save_target()
        assert page.status.text() == "Målet nås"
        assert page.status.property("status") == "met"
        assert get_target(demo_db, 2021, scope.id).target_km == 90_000
    finally:
        page.target_edit.setText("70 000")
        assert page.save_target()
    assert page.status.text() == "Målet nås inte"


def test_the_demo_compares_years_and_lists_the_archives_members(demo_view):
    view = demo_view
    view.show_page(view.yoy_page)
    assert view.yoy_page.compare_year.value() == 2020
    top = view.yoy_page.table.topLevelItem(0)
    assert top.text(0) == "Lekebergs kommun" and top.text(1) and top.text(2)
    view.yoy_page.compare_year.setValue(2019)
    assert view.yoy_page.result.previous_period.first == date(2019, 1, 1)

    view.show_page(view.shared_page)
    archive = view.shared_page.table.topLevelItem(0)
    assert archive.text(0) == "Sydnärke arkivenhet"
    members = [archive.child(n).text(0) for n in range(archive.childCount())]
    assert "Hallsbergs kommun" in members and "Kumla kommun" in members

    view.show_page(view.green_page)
    assert view.green_page.empty.isVisible()  # 2021: years before the green prompt came


def test_the_demos_green_prompt_shows_its_reasons_for_2026(demo_view, demo_db):
    view = demo_view
    view.filters.year.setValue(2026)
    view.filters.commit()
    view.show_page(view.green_page)
    page = view.green_page
    assert page.split.isVisible() and not page.empty.isVisible()
    assert page.table.rowCount() >= 5
    assert page.table.item(0, 0).text() == "Utrustning eller material att bära"
    summary = page.summary.text()
    assert "planerade resor fick förslag på gröna alternativ" in summary
    assert "ersattes av digitala möten" in summary
    assert "loggades först efter att de gjorts" in summary
    page.unit.setCurrentIndex(page.unit.findData(find_unit(demo_db, "ARK").id))
    reasons = {page.table.item(row, 0).text() for row in range(2)}
    assert reasons == {"Omväg för att hämta kommunbil", "Skyndsamhetskrav"}


def test_the_unit_table_exports_to_csv_and_xlsx(demo_view, monkeypatch, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    view = demo_view

    save_as(monkeypatch, tmp_path / "enheter.csv")
    csv_path = view.export_csv()
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Enhet;Nivå;Typ;Kod;Resor;Körda km;")
    ks = next(line.split(";") for line in lines if ";KS;" in line)
    assert ks[:3] == ["Kommunstyrelsen", "1", "Nämnd"]
    assert "," in ks[5] and "." not in ks[5]  # decimal comma, no thousands separator

    save_as(monkeypatch, tmp_path / "enheter")  # the suffix is added
    xlsx_path = view.export_xlsx()
    assert xlsx_path == tmp_path / "enheter.xlsx"
    sheet = openpyxl.load_workbook(xlsx_path).active
    assert sheet.title == "Enheter 2021"
    header = [c.value for c in sheet[4]]
    assert header[:4] == ["Enhet", "Kod", "Resor", "Körda km"]
    assert sheet.cell(4, 1).font.bold
    rows = {row[1]: row for row in sheet.iter_rows(min_row=5, values_only=True)}
    tree = view.units_page.tree
    assert rows["LOK"][3] == tree.row("LOK").own_car.km
    assert isinstance(rows["KS"][2], int) and isinstance(rows["KS"][5], float)
    assert 0.78 <= rows["KS"][9] <= 0.80
    assert sheet.cell(5, 10).number_format == "0.0%"


def test_printing_the_demo_report_from_memory(qtbot, demo_view, monkeypatch, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    view = demo_view
    assert "79 procent" in view.analysis_page.text()  # the demo's saved analysis
    save_as(monkeypatch, tmp_path / "ks.pdf")

    with qtbot.waitSignal(view.report_written, timeout=60_000):
        assert view.print_report()

    assert not view.report_job.used_worker_connection  # in memory: gathered on this thread
    reader = pypdf.PdfReader(BytesIO((tmp_path / "ks.pdf").read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")
    assert "Utbetald kilometerersättning 2021" in text
    assert "Målet nås inte" in text
    assert "Omkring 79 procent av de utbetalda kilometrarna" in text


def test_unit_ids_travel_with_the_rows(demo_view, demo_db):
    demo_view.show_page(demo_view.units_page)
    model = demo_view.units_page.model
    lok = resolve_scope(demo_db, None)
    assert model.data(model.index(0, 0), UnitIdRole) == lok.id
    assert model.data(QModelIndex(), UnitIdRole) is None

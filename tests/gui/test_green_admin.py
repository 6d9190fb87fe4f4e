"""The Administration pages: the fleet, the week's bookings, the timetable import, the green
settings and the own-car pre-approvals; fleets, feeds and bookings are set up through the core."""

from datetime import date, datetime, time

import pytest
from gtfs_helpers import STOPS, sample_feed
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from resebok.core.advisor import advise
from resebok.core.bookings import book_vehicle, bookings_for_week, get_booking
from resebok.core.co2 import get_factor
from resebok.core.db import open_database
from resebok.core.fleet import add_vehicle, all_vehicles
from resebok.core.green_config import GreenConfig, load_green_config, preapproval_required
from resebok.core.green_records import save_trip_with_choice
from resebok.core.gtfs import feed_info
from resebok.core.models import Trip
from resebok.core.own_car_reasons import OwnCarReason
from resebok.core.preapproval import ApprovalStatus, get_approval, pending_approvals
from resebok.core.settings import set_setting
from resebok.gui.admin import PageDialog
from resebok.gui.bookings_view import BookingsPage
from resebok.gui.fleet_admin import FleetPage, VehicleDialog
from resebok.gui.green_prompt import planned_trip
from resebok.gui.green_settings import GreenSettingsPage
from resebok.gui.gtfs_import import GtfsPage, ImportWorker
from resebok.gui.main_window import MainWindow
from resebok.gui.preapprovals import PreapprovalsPage

TUESDAY = date(2025, 6, 3)
MONDAY = date(2025, 6, 2)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(table) -> list[list[str]]:
    """The texts of a record table, row by row, as shown."""
    model = table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def when_modal_opens(kind, handle) -> None:
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, act)
            return
        try:
            handle(dialog)
        except BaseException:
            dialog.reject()
            raise

    QTimer.singleShot(0, act)


def answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# --- the menu --------------------------------------------------------------------------------


def test_every_page_is_reachable_from_the_administration_menu(qtbot, db, org, monkeypatch):
    window = shown(qtbot, MainWindow(db, None))
    opened: list[str] = []
    monkeypatch.setattr(PageDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()))
    menu = window.admin_menu
    assert menu.title() == "A&dministration"
    assert menu in [action.menu() for action in window.menuBar().actions()]
    for action in (
        menu.fleet_action,
        menu.bookings_action,
        menu.gtfs_action,
        menu.settings_action,
        menu.approvals_action,
    ):
        action.trigger()
    assert opened == [
        "Kommunbilar",
        "Bokningar",
        "Kollektivtrafik",
        "Gröna inställningar",
        "Förhandsgodkännanden",
    ]


# --- Kommunbilar -----------------------------------------------------------------------------


def test_fleet_manager_adds_changes_and_removes_a_car(qtbot, db, org, monkeypatch):
    page = shown(qtbot, FleetPage(db))
    assert rows(page.table) == []

    def fill_new_car(dialog: VehicleDialog):
        dialog.registration.setText("mlb214")
        dialog.model.setText("Renault Zoe")
        dialog.fuel.setCurrentIndex(dialog.fuel.findData("electric"))
        dialog.base.setCurrentIndex(dialog.base.findText("Kommunhuset Lekeberg"))
        dialog.save()

    when_modal_opens(VehicleDialog, fill_new_car)
    page.add_button.click()
    [car] = all_vehicles(db)
    assert (car.registration, car.model, car.fuel) == ("MLB 214", "Renault Zoe", "electric")
    assert car.home_base_place_id == org.place(db, "Kommunhuset Lekeberg")
    assert rows(page.table) == [["MLB 214", "Renault Zoe", "El", "Kommunhuset Lekeberg"]]
    assert page.selected_id() == car.id

    def change_model(dialog: VehicleDialog):
        assert dialog.registration.text() == "MLB 214"
        dialog.model.setText("Renault Zoe E-Tech")
        dialog.save()

    when_modal_opens(VehicleDialog, change_model)
    page.edit_button.click()
    assert all_vehicles(db)[0].model == "Renault Zoe E-Tech"

    asked = answer_yes(monkeypatch)
    page.remove_button.click()
    assert asked and "MLB 214" in asked[0]
    assert all_vehicles(db) == []
    assert rows(page.table) == []


def test_a_duplicate_registration_is_refused_in_the_dialog(qtbot, db, org):
    add_vehicle(db, "MLB 214", "Renault Zoe", "electric", None)
    dialog = shown(qtbot, VehicleDialog(db))
    dialog.registration.setText("MLB214")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error.text() == "Det finns redan en kommunbil med registreringsnummer MLB 214."
    assert len(all_vehicles(db)) == 1


def test_a_car_with_bookings_is_not_removed(qtbot, db, org, monkeypatch):
    car = add_vehicle(db, "MLB 214", "Renault Zoe", "electric", None)
    book_vehicle(db, car.id, org.cleaner.id, datetime(2025, 6, 3, 8), datetime(2025, 6, 3, 10))
    page = shown(qtbot, FleetPage(db))
    page.table.selectRow(0)
    answer_yes(monkeypatch)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    page.remove_button.click()
    assert warnings == [
        "Bilen kan inte tas bort: den finns i 0 resor och 1 bokningar, och den historiken ska "
        "finnas kvar."
    ]
    assert len(all_vehicles(db)) == 1


# --- Bokningar -------------------------------------------------------------------------------


def test_week_calendar_shows_a_booking_and_cancels_it(qtbot, db, org, monkeypatch):
    zoe = add_vehicle(db, "MLB 214", "Renault Zoe", "electric", None)
    add_vehicle(db, "KGT 538", "VW Golf TGI", "biogas", None)
    booking = book_vehicle(
        db, zoe.id, org.cleaner.id, datetime(2025, 6, 3, 8), datetime(2025, 6, 3, 10, 15)
    )
    page = shown(qtbot, BookingsPage(db, today=TUESDAY))
    assert page.title.text() == "Vecka 23 · 2–8 juni 2025"
    assert page.grid.rowCount() == 2
    assert page.grid.horizontalHeaderItem(1).text() == "tis 3/6"
    assert page.cell_text("MLB 214", TUESDAY) == "08:00–10:15\nAnna Lind"
    assert page.cell_text("MLB 214", MONDAY) == ""
    assert page.cell_text("KGT 538", TUESDAY) == ""

    page.next_button.click()
    assert page.title.text().startswith("Vecka 24")
    assert page.cell_text("MLB 214", date(2025, 6, 10)) == ""
    page.previous_button.click()

    page.select_cell("MLB 214", TUESDAY)
    assert page.cell_list.count() == 1
    assert page.cancel_button.isEnabled()
    asked = answer_yes(monkeypatch)
    page.cancel_button.click()
    assert "MLB 214 3/6 08:00–10:15 (Anna Lind)" in asked[0]
    assert get_booking(db, booking.id).cancelled
    assert page.cell_text("MLB 214", TUESDAY) == ""
    assert page.message.text().endswith("är avbokad.")
    assert bookings_for_week(db, MONDAY)[zoe.id] == []


def test_a_booking_over_midnight_shows_on_both_days(qtbot, db, org):
    zoe = add_vehicle(db, "MLB 214", "Renault Zoe", "electric", None)
    book_vehicle(db, zoe.id, org.archivist.id, datetime(2025, 6, 3, 18), datetime(2025, 6, 5, 9))
    page = shown(qtbot, BookingsPage(db, today=TUESDAY))
    assert page.cell_text("MLB 214", TUESDAY) == "18:00–24:00\nBo Ek"
    assert page.cell_text("MLB 214", date(2025, 6, 4)) == "hela dagen\nBo Ek"
    assert page.cell_text("MLB 214", date(2025, 6, 5)) == "00:00–09:00\nBo Ek"


# --- Kollektivtrafik -------------------------------------------------------------------------


def test_gtfs_import_shows_the_feed_and_refuses_a_malformed_one(qtbot, db, tmp_path):
    page = shown(qtbot, GtfsPage(db, None))
    assert "Ingen tidtabell är importerad" in page.info.text()

    with qtbot.waitSignal(page.import_finished) as finished:
        page.import_file(sample_feed(tmp_path))
    assert finished.args == [True]
    assert "lanstrafiken.zip" in page.info.text()
    assert "7 hållplatser" in page.info.text()
    assert page.result.text() == "Tidtabellen lanstrafiken.zip är importerad."

    broken = sample_feed(tmp_path, "trasig.zip", stops_txt=STOPS.replace("stop_lat,", ""))
    with qtbot.waitSignal(page.import_finished) as finished:
        page.import_file(broken)
    assert finished.args == [False]
    assert page.result.text().startswith("Tidtabellen importerades inte: stops.txt")
    assert page.result.text().endswith("Den tidigare tidtabellen finns kvar.")
    assert feed_info(db).file_name == "lanstrafiken.zip"
    assert "lanstrafiken.zip" in page.info.text()


def test_gtfs_import_of_a_database_file_runs_in_a_worker_thread(qtbot, tmp_path):
    path = tmp_path / "resebok.sqlite"
    db = open_database(path)
    try:
        page = shown(qtbot, GtfsPage(db, path))
        with qtbot.waitSignal(page.import_finished, timeout=20_000) as finished:
            page.import_file(sample_feed(tmp_path))
            assert page.busy()  # still importing on its own thread
            assert not page.import_button.isEnabled()
        assert finished.args == [True]
        assert not page.busy() and page.import_button.isEnabled()
        assert feed_info(db).stops == 7  # written by the worker's connection, seen by ours
        assert "7 hållplatser" in page.info.text()
    finally:
        db.close()


def test_closing_the_page_during_an_import_waits_for_the_worker(qtbot, tmp_path):
    path = tmp_path / "resebok.sqlite"
    db = open_database(path)
    try:
        page = GtfsPage(db, path)
        dialog = shown(qtbot, PageDialog("Kollektivtrafik", page))
        page.import_file(sample_feed(tmp_path))
        thread = page._thread
        dialog.reject()  # cancels the import and waits: no thread outlives the page
        assert thread.isFinished()
        qtbot.waitUntil(lambda: not page.busy())
        info = feed_info(db)
        assert info is None or info.stops == 7  # all or nothing, whichever came first
    finally:
        db.close()


def test_a_cancelled_import_in_the_worker_keeps_the_previous_feed(qtbot, tmp_path):
    path = tmp_path / "resebok.sqlite"
    open_database(path).close()
    worker = ImportWorker(path, sample_feed(tmp_path))
    failures: list[str] = []
    worker.failed.connect(failures.append)
    worker.cancel()
    worker.run()  # in this thread, so the test needs no event loop
    assert failures == ["Importen avbröts. Den tidigare tidtabellen finns kvar."]
    db = open_database(path)
    assert feed_info(db) is None
    db.close()


# --- Gröna inställningar ---------------------------------------------------------------------


def test_editing_a_threshold_and_a_co2_factor(qtbot, db, monkeypatch):
    page = shown(qtbot, GreenSettingsPage(db))
    assert page.fields["walk_cycle_max_km"].value() == 3.0
    assert page.fields["pt_ticket_ore"].value() == 35.0  # shown in kronor
    assert page.fields["walk_cycle_max_km"].text() == "3,0 km enkel väg"

    page.fields["walk_cycle_max_km"].setValue(5.5)
    page.fields["pt_ticket_ore"].setValue(42.5)
    page.fields["pt_extra_minutes"].setValue(20)
    page.save_thresholds_button.click()
    config = load_green_config(db)
    assert (config.walk_cycle_max_km, config.pt_ticket_ore, config.pt_extra_minutes) == (
        5.5,
        4250,
        20,
    )
    assert page.threshold_message.text() == "Trösklarna är sparade."

    page.select_factor("biogas")
    assert page.factor_name.text() == "Biogas (per fordonskm)"
    page.factor_grams.setValue(31)
    page.factor_source.setText("Energimyndigheten")
    page.factor_year.setValue(2025)
    page.save_factor_button.click()
    factor = get_factor(db, "biogas")
    assert (factor.grams, factor.source, factor.year) == (31.0, "Energimyndigheten", 2025)
    assert rows(page.factor_table)[3] == ["Biogas", "31 per fordonskm", "Energimyndigheten", "2025"]

    page.factor_source.setText("  ")
    page.save_factor_button.click()
    assert page.factor_message.text() == "Ange källan för utsläppsfaktorn."
    assert get_factor(db, "biogas").source == "Energimyndigheten"

    page.reset_factor_button.click()
    assert get_factor(db, "biogas").grams == 26
    answer_yes(monkeypatch)
    page.reset_thresholds_button.click()
    assert load_green_config(db).walk_cycle_max_km == GreenConfig().walk_cycle_max_km
    assert page.fields["walk_cycle_max_km"].value() == 3.0


# --- Förhandsgodkännanden --------------------------------------------------------------------


def own_car_request(db, org):
    stops = [org.place(db, "Kommunhuset Lekeberg"), org.place(db, "Mullhyttans skola")]
    trip = Trip(TUESDAY, org.cleaner.id, org.cleaning.id, stops, 14.0, start_time=time(8))
    advice = advise(db, planned_trip(trip))
    saved = save_trip_with_choice(db, trip, advice, OwnCarReason.NO_POOL_CAR, actor="anna")
    return saved.decision.approval_id


def test_manager_turns_preapproval_on_and_approves_a_request(qtbot, db, org):
    page = shown(qtbot, PreapprovalsPage(db, actor="chefen"))
    assert not page.required.isChecked()
    page.required.setChecked(True)
    assert preapproval_required(db)

    approval_id = own_car_request(db, org)
    page.reload()
    [row] = rows(page.table)
    assert row[1] == "Anna Lind"
    assert row[4] == "ingen kommunbil ledig"

    page.refuse_button.click()  # a refusal needs a comment
    assert page.message.text() == "Skriv varför resan med egen bil inte godkänns."
    assert get_approval(db, approval_id).status is ApprovalStatus.REQUESTED

    page.comment.setText("OK, inga bilar lediga den dagen")
    page.approve_button.click()
    approval = get_approval(db, approval_id)
    assert approval.status is ApprovalStatus.APPROVED
    assert approval.decided_by == "chefen"
    assert approval.comment == "OK, inga bilar lediga den dagen"
    assert pending_approvals(db) == []
    assert rows(page.table) == []
    assert page.count.text() == "Inga förfrågningar väntar."


@pytest.mark.parametrize("setting", [True, False])
def test_the_page_shows_the_setting_as_stored(qtbot, db, setting):
    set_setting(db, "own_car_requires_preapproval", setting)
    page = shown(qtbot, PreapprovalsPage(db))
    assert page.required.isChecked() is setting

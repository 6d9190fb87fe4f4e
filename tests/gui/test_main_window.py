"""The main window as an employee uses it: log, repeat, edit, delete, filter, import."""

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from resebok.core.models import Trip
from resebok.core.places import find_place
from resebok.core.trips import TripFilter, count_trips, get_trip, save_trip
from resebok.gui.main_window import MainWindow
from resebok.gui.summary_dialog import SummaryDialog
from resebok.gui.trip_dialog import TripDialog


@pytest.fixture
def window(qtbot, db, org, tmp_path):
    stops = [find_place(db, "Fjugesta").id, find_place(db, "Kumla").id]
    save_trip(db, Trip(date(2021, 3, 1), org.cleaner.id, org.cleaning.id, stops, 33.0))
    save_trip(db, Trip(date(2022, 4, 1), org.archivist.id, org.archive.id, stops[::-1], 33.0))
    main = MainWindow(db, tmp_path / "x.sqlite")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def when_dialog_opens(qtbot, handle):
    """Run *handle(dialog)* on the next modal dialog, as the user would act on it."""

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        handle(dialog)

    QTimer.singleShot(0, act)


def test_window_shows_trips_and_the_database(window):
    assert window.model.rowCount() == 2
    assert "x.sqlite" in window.db_label.text()
    assert window.count_label.text() == "2 resor · 66,0 km"
    assert window.windowTitle().startswith("Resebok")


def test_new_trip_from_the_toolbar_lands_in_the_list(qtbot, window, db):
    def fill(dialog: TripDialog):
        dialog.stops.set_route(["Kommunhuset Lekeberg", "Hagaskolan"])
        dialog.km.setText("2,5")
        dialog.save()

    when_dialog_opens(qtbot, fill)
    window.new_action.trigger()
    assert count_trips(db, TripFilter()) == 3
    assert window.model.rowCount() == 3
    selected = get_trip(db, window.selected_trip_id())
    assert selected.stop_names == ["Kommunhuset Lekeberg", "Hagaskolan"]
    assert selected.km == 2.5


def test_cancelled_dialog_changes_nothing(qtbot, window, db):
    when_dialog_opens(qtbot, lambda dialog: dialog.reject())
    window.new_action.trigger()
    assert count_trips(db, TripFilter()) == 2


def test_repeat_logs_the_selected_trip_again_today(qtbot, window, db):
    window.table.selectRow(0)
    original = get_trip(db, window.selected_trip_id())

    def accept(dialog: TripDialog):
        assert dialog.windowTitle() == "Ny resa"
        dialog.save()

    when_dialog_opens(qtbot, accept)
    window.repeat_action.trigger()
    repeated = get_trip(db, window.selected_trip_id())
    assert repeated.id != original.id
    assert repeated.date == date.today()
    assert repeated.stop_ids == original.stop_ids


def test_edit_and_delete_the_selected_trip(qtbot, window, db, monkeypatch):
    window.table.selectRow(0)
    trip_id = window.selected_trip_id()

    def change_km(dialog: TripDialog):
        dialog.km.setText("35")
        dialog.save()

    when_dialog_opens(qtbot, change_km)
    window.edit_action.trigger()
    assert get_trip(db, trip_id).km == 35.0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.table.selectRow(0)
    window.delete_action.trigger()
    assert get_trip(db, trip_id) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert get_trip(db, trip_id) is None
    assert window.model.rowCount() == 1


def test_actions_need_a_selection(window):
    window.table.clearSelection()
    assert not window.edit_action.isEnabled()
    window.table.selectRow(0)
    assert window.edit_action.isEnabled()


def test_filters_narrow_the_list(qtbot, window, org):
    bar = window.filters
    bar.year.setCurrentIndex(bar.year.findData(2021))
    assert window.model.rowCount() == 1
    bar.year.setCurrentIndex(0)
    bar.unit.setCurrentIndex(bar.unit.findData(org.archive.id))
    assert window.model.rowCount() == 1
    assert bar.employee.findData(org.cleaner.id) == -1  # only the unit's employees offered
    bar.unit.setCurrentIndex(bar.unit.findData(org.committee.id))
    assert window.model.rowCount() == 2
    bar.text.setText("kumla")
    qtbot.waitUntil(lambda: window.model.trip_filter().text == "kumla")
    assert window.model.rowCount() == 2
    bar.text.setText("örebro")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.count_label.text().startswith("0 resor")


def test_a_refill_after_a_save_keeps_the_chosen_month(window):
    """After a save the bar refills its choices; the month shown must stay the one filtered."""
    bar = window.filters
    bar.year.setCurrentIndex(bar.year.findData(2021))
    bar.month.setCurrentIndex(bar.month.findData(3))
    assert window.model.rowCount() == 1

    window._after_change(None)  # what a save or an import does

    assert (bar.year.currentData(), bar.month.currentData()) == (2021, 3)
    assert bar.current_filter() == window.model.trip_filter()
    assert window.model.rowCount() == 1


def test_csv_import_reports_success_and_refusal(qtbot, window, db, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    header = (
        "date,employee_number,employee_name,unit_code,from_place,to_place,km,mode,purpose,paid_on\n"
    )
    good = tmp_path / "good.csv"
    good.write_text(header + "2021-05-03,1001,Anna Lind,LOK,Fjugesta,Laxå,40,own_car,Möte,\n")
    window.import_csv_file(good)
    assert shown[-1] == "1 resa importerades."  # the singular, from resebok_sv.qm
    assert window.model.rowCount() == 3
    bad = tmp_path / "bad.csv"
    bad.write_text(header + "2021-05-03,1001,Anna Lind,LOK,Fjugesta,Laxå,-4,own_car,Möte,\n")
    window.import_csv_file(bad)
    assert "Inget importerades" in shown[-1]
    assert count_trips(db, TripFilter()) == 3


def test_summary_opens_from_the_menu(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(SummaryDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.summary_action.trigger()
    assert isinstance(opened[0], QDialog)

"""The trip dialog and the main window under the claim rules: the home rule and locked trips."""

from datetime import date

import pytest
from claim_gui_helpers import TODAY, answer_questions, log_trip, submitted_claim, when_dialog_opens
from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar

from resebok.core.claims import claim_lines
from resebok.core.trip_locks import trip_lock
from resebok.core.trips import TripFilter, count_trips, get_trip
from resebok.gui.attest_view import AttestView
from resebok.gui.claims_view import ClaimsView
from resebok.gui.main_window import MainWindow
from resebok.gui.trip_dialog import TripDialog

COMMUTE = ("Kumla", "Arkivdepå Fjugesta")  # the archivist's home and regular workplace


def _dialog(qtbot, db, **kwargs) -> TripDialog:
    dialog = TripDialog(db, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_commute_is_explained_and_saved_without_allowance_only_on_yes(qtbot, db, org, monkeypatch):
    dialog = _dialog(qtbot, db, employee_id=org.archivist.id)
    dialog.stops.set_route(list(COMMUTE))
    assert "inte tjänsteresor" in dialog.home_rule_text()
    assert dialog.reduction_text() == ""

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.save()
    assert "Spara som resa utan ersättning?" in asked[0]
    assert dialog.saved_trip is None and dialog.result() == 0
    assert count_trips(db, TripFilter()) == 0

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.save()
    saved = get_trip(db, dialog.saved_trip.id)
    assert not saved.reimbursable
    assert "inte tjänsteresor" in saved.reimbursement_note


def test_a_commute_by_bus_is_not_asked_about(qtbot, db, org, monkeypatch):
    dialog = _dialog(qtbot, db, employee_id=org.archivist.id)
    dialog.stops.set_route(list(COMMUTE))
    dialog.mode.setCurrentIndex(dialog.mode.findData("public_transport"))
    assert dialog.home_rule_text() == ""  # only the own car earns an allowance
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.save()
    assert asked == [] and dialog.saved_trip is not None


def test_trip_from_home_shows_the_reduction_next_to_the_km(qtbot, db, org):
    dialog = _dialog(qtbot, db, employee_id=org.archivist.id)
    dialog.stops.set_route(["Kumla", "Laxå kommunhus"])
    dialog.km.setText("45")
    assert dialog.reduction_text() == "Avdrag 28,0 km för normal resväg till arbetet"
    assert "normala resvägen" in dialog.reduction_note.toolTip()
    assert dialog.home_rule_text() == ""
    dialog.stops.set_route(["Arkivdepå Fjugesta", "Laxå kommunhus"])
    dialog.from_home.setChecked(False)
    assert dialog.reduction_text() == ""


def test_an_edited_trip_already_without_allowance_is_not_asked_again(qtbot, db, org, monkeypatch):
    trip = log_trip(db, org, date(2026, 10, 6), 30.0, COMMUTE, org.archivist)
    assert not trip.reimbursable
    dialog = _dialog(qtbot, db, trip=trip)
    dialog.purpose.setText("Hämtade nycklar")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.save()
    assert asked == [] and get_trip(db, trip.id).purpose == "Hämtade nycklar"


def test_trip_on_a_submitted_claim_opens_read_only_with_the_reason(qtbot, db, org):
    claim = submitted_claim(db, org)
    trip = get_trip(db, claim_lines(db, claim.id)[0].trip_id)
    dialog = _dialog(qtbot, db, trip=trip)
    banner = dialog.findChild(QLabel, "lockMessage")
    assert banner.text() == trip_lock(db, trip.id).message()
    assert "inskickad" in banner.text()
    assert dialog.windowTitle() == "Visa resa (låst)"
    assert not dialog.save_button.isVisibleTo(dialog)
    assert not dialog.km.isEnabled() and not dialog.stops.isEnabled()
    assert dialog.cancel_button.text() == "&Stäng"


@pytest.fixture
def window(qtbot, db, org, tmp_path):
    main = MainWindow(db, tmp_path / "x.sqlite")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_main_window_refuses_to_delete_a_locked_trip_and_says_why(
    qtbot, db, org, window, monkeypatch
):
    claim = submitted_claim(db, org)
    window._after_change(None)
    window.table.selectRow(0)
    trip_id = window.selected_trip_id()
    assert trip_id == claim_lines(db, claim.id)[0].trip_id
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, t, text, *a: shown.append(text))
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert asked == []  # refused before asking
    assert shown == [trip_lock(db, trip_id).message()]
    assert get_trip(db, trip_id) is not None


def test_main_window_shows_a_locked_trip_read_only(qtbot, db, org, window):
    submitted_claim(db, org)
    window._after_change(None)
    window.table.selectRow(0)
    seen = {}

    def look(dialog: TripDialog):
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    when_dialog_opens(qtbot, look, TripDialog)
    window.edit_action.trigger()
    assert seen["title"] == "Visa resa (låst)"


def test_claims_menu_opens_the_claims_and_attest_views(qtbot, window):
    texts = [action.text() for action in window.claims_menu.actions() if action.text()]
    assert texts == [
        "&Reseräkningar…",
        "&Attestera…",
        "Exportera till &lön (PAXml)…",
        "Exportera &batch igen…",
        "&Exportera resor/reseräkningar som CSV…",
    ]
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert window.claims_action in toolbar.actions()
    opened = []
    when_dialog_opens(qtbot, lambda d: (opened.append(type(d)), d.accept()), ClaimsView)
    window.claims_action.trigger()
    when_dialog_opens(qtbot, lambda d: (opened.append(type(d)), d.accept()), AttestView)
    window.attest_action.trigger()
    assert opened == [ClaimsView, AttestView]

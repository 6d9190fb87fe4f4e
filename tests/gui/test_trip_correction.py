"""The attestant corrects a trip on a submitted claim instead of sending the claim back."""

from datetime import date

import pytest
from claim_gui_helpers import ACTOR, TODAY, add_chef, approved_claim, submitted_claim
from claim_gui_helpers import when_dialog_opens as when_opens
from PySide6.QtCore import QDate, QSettings

from resebok.core.audit import claim_log
from resebok.core.claims import ClaimState, get_claim
from resebok.core.trips import get_trip
from resebok.core.verify import verify_database
from resebok.gui.attest_view import AttestView
from resebok.gui.claim_dialog import ClaimDialog
from resebok.gui.trip_correction import TripCorrectionDialog


@pytest.fixture
def claim(db, org):
    add_chef(db, org)
    return submitted_claim(db, org, "2026-10", 12.3)


def _trip_of(db, claim):
    [line] = ClaimDialog(db, claim.id).details.lines
    return get_trip(db, line.trip_id)


def _correction(qtbot, db, claim) -> TripCorrectionDialog:
    dialog = TripCorrectionDialog(db, _trip_of(db, claim), ACTOR, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_attestant_corrects_the_km_and_the_claim_follows(qtbot, db, claim, tmp_path):
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    view = AttestView(db, actor=ACTOR, settings=settings)
    qtbot.addWidget(view)
    assert view.select_claims([claim.id]) == 1
    seen = {}

    def correct(dialog: TripCorrectionDialog):
        seen["title"] = dialog.windowTitle()
        seen["editable"] = dialog.km.isEnabled() and dialog.save_button.isVisible()
        seen["employee_fixed"] = not dialog.employee.isEnabled()
        dialog.km.setText("14,5")
        dialog.comment.setText("Avståndet enligt kartan")
        dialog.save()

    def in_claim(dialog: ClaimDialog):
        assert dialog.correct_button.isVisible()
        assert not dialog.correct_button.isEnabled()  # no trip chosen yet
        dialog.lines.select_where(lambda _line: True)
        when_opens(qtbot, correct, TripCorrectionDialog)
        dialog.correct_button.click()
        seen["km"] = dialog.total_values["km"].text()
        seen["log"] = dialog.log.records()[-1].describe()
        dialog.accept()

    when_opens(qtbot, in_claim, ClaimDialog)
    view.open_selected()

    assert seen["title"] == "Rätta resa på inskickad reseräkning"
    assert seen["editable"] and seen["employee_fixed"]
    assert seen["km"] == "14,5 km"  # the claim window shows the new totals at once
    assert seen["log"] == "Resa ändrad, km: 12.3 → 14.5 (Avståndet enligt kartan)"
    corrected = get_claim(db, claim.id)
    assert corrected.state == ClaimState.SUBMITTED
    assert corrected.km == 14.5 and corrected.total_ore > claim.total_ore
    assert [item.claim.km for item in view.items()] == [14.5]  # and so does the attest list
    assert view.changed
    [entry] = [e for e in claim_log(db, claim.id) if e.action == "trip_changed"]
    assert (entry.actor, entry.field, entry.comment) == (ACTOR, "km", "Avståndet enligt kartan")
    assert verify_database(db).ok


def test_moving_the_trip_to_another_month_is_refused_and_nothing_is_saved(qtbot, db, claim):
    trip = _trip_of(db, claim)
    entries = len(claim_log(db, claim.id))
    dialog = _correction(qtbot, db, claim)
    dialog.date.setDate(QDate(2026, 11, 3))
    dialog.km.setText("20")
    dialog.comment.setText("Fel datum")

    dialog.save()

    assert dialog.saved_trip is None and dialog.result() == 0
    assert dialog.general_error.isVisibleTo(dialog)
    assert "kan inte flyttas till en annan anställd eller månad" in dialog.general_error.text()
    assert dialog.km.text() == "20"  # what was typed stays
    assert get_trip(db, trip.id) == trip
    assert get_claim(db, claim.id).total_ore == claim.total_ore
    assert len(claim_log(db, claim.id)) == entries
    assert verify_database(db).ok


def test_a_correction_needs_a_comment(qtbot, db, claim):
    dialog = _correction(qtbot, db, claim)
    dialog.km.setText("15")
    dialog.save()
    assert "Skriv varför resan rättas" in dialog.error_text("comment")
    assert get_trip(db, _trip_of(db, claim).id).km == 12.3
    dialog.comment.setText("Omväg förbi förrådet")
    assert dialog.error_text("comment") == ""
    dialog.save()
    assert dialog.saved_trip is not None and dialog.saved_trip.km == 15


def test_saving_without_a_change_says_so(qtbot, db, claim):
    dialog = _correction(qtbot, db, claim)
    dialog.comment.setText("Kontrollerad")
    dialog.save()
    assert dialog.saved_trip is None
    assert "inte ändrat något" in dialog.general_error.text()


def test_a_claim_approved_meanwhile_is_not_corrected(qtbot, db, claim):
    from resebok.core.claims import approve_claim

    dialog = _correction(qtbot, db, claim)
    approve_claim(db, claim.id, "Någon annan")
    dialog.km.setText("30")
    dialog.comment.setText("Fel km")
    dialog.save()
    assert "den här är attesterad" in dialog.general_error.text()
    assert get_trip(db, _trip_of(db, claim).id).km == 12.3


def test_only_the_attest_view_offers_corrections_of_submitted_claims(qtbot, db, org, claim):
    employees_view = ClaimDialog(db, claim.id)
    qtbot.addWidget(employees_view)
    assert not employees_view.correct_button.isVisibleTo(employees_view)
    attestants_view = ClaimDialog(db, claim.id, can_correct=True)
    qtbot.addWidget(attestants_view)
    assert attestants_view.correct_button.isVisibleTo(attestants_view)
    approved = approved_claim(db, org, "2026-09", 8.0)
    approved_view = ClaimDialog(db, approved.id, can_correct=True)
    qtbot.addWidget(approved_view)
    assert not approved_view.correct_button.isVisibleTo(approved_view)


def test_the_trip_stays_read_only_in_the_ordinary_trip_dialog(qtbot, db, claim):
    from resebok.gui.trip_dialog import TripDialog

    dialog = TripDialog(db, trip=_trip_of(db, claim), today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.km.isEnabled() and not dialog.save_button.isVisibleTo(dialog)
    assert dialog.windowTitle() == "Visa resa (låst)"


def test_the_banner_names_the_claim_and_its_month(qtbot, db, claim):
    dialog = _correction(qtbot, db, claim)
    assert dialog.date.date().toPython() == date(2026, 10, 5)
    banner = dialog.findChild(type(dialog.general_error), "correctionMessage")
    assert "inskickade reseräkningen för Anna Lind, oktober 2026" in banner.text()

"""Reseräkningar in the GUI: make a draft, open it, submit, reopen, delete, print and export."""

from datetime import date

import pytest
from claim_gui_helpers import (
    ACTOR,
    TODAY,
    answer_questions,
    capture_messages,
    log_trip,
    no_desktop,
    save_to,
    submitted_claim,
    when_dialog_opens,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from resebok.core.audit import claim_log
from resebok.core.claims import ClaimState, build_claim, get_claim, list_claims, return_claim
from resebok.core.trip_locks import trip_lock
from resebok.gui.claim_dialog import ClaimDialog
from resebok.gui.claims_view import BuildClaimDialog, ClaimsView
from resebok.gui.comment_dialog import CommentDialog


@pytest.fixture
def view(qtbot, db, org):
    widget = ClaimsView(db, actor=ACTOR, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def _open(qtbot, db, claim_id) -> ClaimDialog:
    dialog = ClaimDialog(db, claim_id, actor=ACTOR, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_employee_builds_and_submits_a_claim_from_the_gui(qtbot, view, db, org, monkeypatch):
    first = log_trip(db, org, date(2026, 10, 5), 12.3, purpose="Lokalvård")
    log_trip(db, org, date(2026, 10, 8), 7.0)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    seen = {}

    def make_draft(dialog: BuildClaimDialog):
        dialog.employee.setCurrentIndex(dialog.employee.findData(org.cleaner.id))
        dialog.month.setDate(QDate(2026, 10, 1))
        when_dialog_opens(qtbot, submit, ClaimDialog)
        dialog.build()

    def submit(dialog: ClaimDialog):
        seen["lines"] = len(dialog.lines.records())
        seen["state_before"] = dialog.info["state"].text()
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        seen["state_after"] = dialog.info["state"].text()
        seen["submit_visible"] = dialog.submit_button.isVisibleTo(dialog)
        dialog.accept()

    when_dialog_opens(qtbot, make_draft, BuildClaimDialog)
    qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)

    assert seen["lines"] == 2
    assert seen["state_before"].startswith("Utkast skapat")
    assert seen["state_after"].startswith("Inskickad") and ACTOR in seen["state_after"]
    assert not seen["submit_visible"]
    assert "Resorna låses" in asked[0]
    (claim,) = list_claims(db, employee_id=org.cleaner.id)
    assert claim.state == ClaimState.SUBMITTED and claim.submitted_by == ACTOR
    assert trip_lock(db, first.id) is not None
    assert view.changed
    assert [c.id for c in view.claims()] == [claim.id]
    assert view.table.current_record().id == claim.id


def test_a_month_without_trips_is_explained_in_the_dialog(qtbot, db, org):
    dialog = BuildClaimDialog(db, employee_id=org.cleaner.id, month=date(2026, 9, 1), actor=ACTOR)
    qtbot.addWidget(dialog)
    dialog.build()
    assert dialog.claim is None
    assert "inga ersättningsbara resor" in dialog.error_text()
    assert list_claims(db) == []


def test_opened_claim_shows_its_lines_totals_rates_and_audit_log(qtbot, db, org):
    log_trip(db, org, date(2026, 10, 2), 20.0, purpose='Möte <b>& "fika"')
    claim = submitted_claim(db, org, "2026-10", 12.3)
    dialog = _open(qtbot, db, claim.id)

    lines = dialog.lines.records()
    assert [line.km for line in lines] == [20.0, 12.3]
    model = dialog.lines.model()
    assert model.index(0, 2).data() == 'Möte <b>& "fika"'
    assert model.index(0, 6).data() == "50,00\u00a0kr"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(0, 6).data(Qt.ItemDataRole.TextAlignmentRole) == int(right)
    assert dialog.total_values["km"].text() == "32,3 km"
    assert dialog.total_values["total"].text() == "80,75\u00a0kr"
    assert dialog.total_values["tax_free"].text() == "80,75\u00a0kr"
    assert dialog.total_values["taxable"].text() == "0,00\u00a0kr"
    assert "25,00\u00a0kr/mil enligt avtal" in dialog.rates.text()
    assert dialog.info["employee"].text() == "Anna Lind (1001)"
    assert "kostnadsställe 1115" in dialog.info["unit"].text()
    assert dialog.info["state"].text().startswith("Inskickad")
    assert dialog.tabs.tabText(1) == "Logg (2)"
    log = [dialog.log.model().index(row, 2).data() for row in range(2)]
    assert log == ["Skapad: – → utkast", "Inskickad: utkast → inskickad"]
    assert dialog.log.model().index(1, 1).data() == "Anna Lind"
    assert dialog.reopen_button.isVisibleTo(dialog)
    assert not dialog.delete_button.isVisibleTo(dialog)


def test_returned_claim_shows_the_attestants_comment(qtbot, db, org):
    claim = submitted_claim(db, org)
    return_claim(db, claim.id, "Karin Chef", "Ange vem du besökte den 5:e.")
    dialog = _open(qtbot, db, claim.id)
    assert dialog.returned.isVisibleTo(dialog)
    assert "Karin Chef" in dialog.returned.text()
    assert "Ange vem du besökte den 5:e." in dialog.returned.text()
    assert dialog.info["state"].text().startswith("Utkast – skickad tillbaka")
    assert dialog.submit_button.isVisibleTo(dialog)


def test_reopening_needs_a_reason_and_is_logged(qtbot, db, org):
    claim = submitted_claim(db, org)
    dialog = _open(qtbot, db, claim.id)
    seen = {}

    def answer(comment_dialog: CommentDialog):
        comment_dialog.run()  # no reason yet
        seen["error"] = comment_dialog.error_text()
        seen["state"] = get_claim(db, claim.id).state
        comment_dialog.comment.setPlainText("Fel antal km den 5:e")
        comment_dialog.run()

    when_dialog_opens(qtbot, answer, CommentDialog)
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)

    assert "Skriv varför" in seen["error"]
    assert seen["state"] == ClaimState.SUBMITTED
    assert get_claim(db, claim.id).state == ClaimState.DRAFT
    assert dialog.changed
    assert dialog.info["state"].text().startswith("Utkast")
    assert dialog.submit_button.isVisibleTo(dialog)
    last = claim_log(db, claim.id)[-1]
    assert (last.action, last.actor, last.comment) == ("reopened", ACTOR, "Fel antal km den 5:e")


def test_cancelled_reopening_changes_nothing(qtbot, db, org):
    claim = submitted_claim(db, org)
    dialog = _open(qtbot, db, claim.id)
    when_dialog_opens(qtbot, lambda d: d.reject(), CommentDialog)
    dialog.reopen()
    assert get_claim(db, claim.id).state == ClaimState.SUBMITTED
    assert not dialog.changed


def test_deleting_a_draft_asks_first(qtbot, db, org, monkeypatch):
    claim = submitted_claim(db, org)
    return_claim(db, claim.id, "Karin Chef", "Fel")
    dialog = _open(qtbot, db, claim.id)
    answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.delete()
    assert get_claim(db, claim.id) is not None
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.delete()
    assert get_claim(db, claim.id) is None
    assert dialog.deleted and dialog.result() == ClaimDialog.DialogCode.Accepted


def test_print_claim_pdf_and_read_it_back(qtbot, db, org, monkeypatch, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    claim = submitted_claim(db, org, "2026-10", 12.3)
    dialog = _open(qtbot, db, claim.id)
    asked = save_to(monkeypatch, tmp_path / "min reseräkning")  # no suffix: .pdf is added
    answer_questions(monkeypatch, QMessageBox.StandardButton.Open)
    opened = no_desktop(monkeypatch)

    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)

    path = tmp_path / "min reseräkning.pdf"
    assert asked[0][1].endswith("reserakning-1001-2026-10.pdf")
    assert opened == [str(path)]
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert "Anna Lind" in text
    assert "oktober 2026" in text
    assert "30,75" in text
    assert "Sida 1 av" in text


def test_pdf_that_cannot_be_written_is_reported(qtbot, db, org, monkeypatch, tmp_path):
    claim = submitted_claim(db, org)
    dialog = _open(qtbot, db, claim.id)
    save_to(monkeypatch, tmp_path / "saknas" / "x.pdf")
    shown = capture_messages(monkeypatch)
    dialog.save_pdf()
    assert shown and shown[0][0] == "critical" and "kunde inte sparas" in shown[0][1]


def test_export_one_claim_as_csv(qtbot, db, org, monkeypatch, tmp_path):
    claim = submitted_claim(db, org, "2026-10", 12.3)
    dialog = _open(qtbot, db, claim.id)
    save_to(monkeypatch, tmp_path / "claim.csv")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Close)
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / "claim.csv").read_bytes()
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Datum;Resväg;Ändamål")
    assert "2026-10-05;" in text and ";12,3;" in text and ";30,75;" in text
    assert "1 resa exporterades" in asked[0]  # the singular, from resebok_sv.qm


def test_filters_narrow_the_list(qtbot, db, org):
    other = submitted_claim(db, org, "2025-06", 10.0)
    log_trip(db, org, date(2026, 10, 5), 5.0)
    draft = build_claim(db, org.cleaner.id, "2026-10", ACTOR)
    view = ClaimsView(db, actor=ACTOR, today=TODAY)
    qtbot.addWidget(view)
    assert [c.id for c in view.claims()] == [draft.id]  # the newest year is shown first
    view.set_filter(year=None)
    assert {c.id for c in view.claims()} == {draft.id, other.id}
    view.set_filter(year=None, state=ClaimState.SUBMITTED)
    assert [c.id for c in view.claims()] == [other.id]
    view.unit.setCurrentIndex(view.unit.findData(org.archive.id))
    assert view.claims() == []
    assert view.summary.text() == "Inga reseräkningar med de här valen."
    view.unit.setCurrentIndex(0)
    view.set_filter(year=None)
    assert view.summary.text() == "2 reseräkningar · 15,0 km · 37,50\u00a0kr"

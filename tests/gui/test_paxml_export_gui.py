"""Payroll export from the GUI: the PAXml file validates, claims are paid, batches re-export."""

from datetime import date
from pathlib import Path

import pytest
from claim_gui_helpers import (
    ACTOR,
    TODAY,
    add_cleaner,
    approved_claim,
    capture_messages,
    log_trip,
    save_to,
    submitted_claim,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from resebok.core.claims import ClaimState, get_claim
from resebok.core.paxml import default_payout, list_batches
from resebok.gui.csv_export_dialog import CsvExportDialog
from resebok.gui.payroll_export import PaxmlExportDialog, ReexportDialog

XSD = Path(__file__).resolve().parents[3] / "shared" / "specs" / "paxml" / "paxml.xsd"


@pytest.fixture(scope="module")
def schema():
    if not XSD.is_file():
        pytest.skip(f"the PAXml schema is not at {XSD} (it lives in ../shared/specs/paxml)")
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(XSD))


def _dialog(qtbot, db) -> PaxmlExportDialog:
    dialog = PaxmlExportDialog(db, actor=ACTOR, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_payroll_export_writes_a_valid_file_and_marks_claims_paid(
    qtbot, db, org, monkeypatch, tmp_path, schema
):
    colleague = add_cleaner(db, org)
    first = approved_claim(db, org, "2026-10", 12.3)
    second = approved_claim(db, org, "2026-09", 40.0, employee=colleague)
    waiting = submitted_claim(db, org, "2026-08", 5.0, employee=colleague)
    dialog = _dialog(qtbot, db)
    assert dialog.period_text() == "2026-10"
    assert dialog.paid_on() == date(2026, 11, 25)
    assert "2 reseräkningar för 2 anställda, totalt 130,75\u00a0kr" in dialog.preview.text()
    asked = save_to(monkeypatch, tmp_path / "lon")
    shown = capture_messages(monkeypatch)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    path = tmp_path / "lon.xml"
    assert asked[0][1].endswith("paxml-milersattning-2026-10-2026-11-25.xml")
    schema.validate(str(path))
    assert b"MILPRI_FRI" in path.read_bytes()
    for claim in (first, second):
        paid = get_claim(db, claim.id)
        assert paid.state == ClaimState.PAID and paid.paid_on == date(2026, 11, 25)
    assert get_claim(db, waiting.id).state == ClaimState.SUBMITTED
    kind, text = shown[0]
    assert kind == "information"
    assert "2 reseräkningar för 2 anställda, totalt 130,75\u00a0kr" in text
    assert "utbetalda den 2026-11-25" in text
    assert dialog.export_result.batch.created_by == ACTOR


def test_payout_date_follows_the_period_until_the_user_sets_it(qtbot, db, org):
    dialog = _dialog(qtbot, db)
    dialog.period.setDate(QDate(2026, 12, 1))
    assert dialog.paid_on() == date(2027, 1, 25) == default_payout(date(2026, 12, 1))
    dialog.payout.setDate(QDate(2027, 1, 20))
    dialog.period.setDate(QDate(2026, 11, 1))
    assert dialog.paid_on() == date(2027, 1, 20)


def test_nothing_to_export_is_said_before_any_file_is_chosen(qtbot, db, org, monkeypatch):
    submitted_claim(db, org, "2026-10")
    dialog = _dialog(qtbot, db)
    assert "inga attesterade reseräkningar för oktober 2026" in dialog.preview.text()
    assert not dialog.export_button.isEnabled()


def test_payout_before_the_period_is_refused_in_the_dialog(qtbot, db, org, monkeypatch):
    approved_claim(db, org, "2026-10")
    dialog = _dialog(qtbot, db)
    dialog.payout.setDate(QDate(2026, 9, 30))
    asked = save_to(monkeypatch, "/nowhere.xml")
    dialog.export()
    assert asked == []  # the user is not asked for a file that could not be written
    assert "ligger före perioden" in dialog.error.text()
    assert list_batches(db) == []


def test_a_file_that_cannot_be_written_pays_nothing(qtbot, db, org, monkeypatch, tmp_path):
    claim = approved_claim(db, org, "2026-10")
    dialog = _dialog(qtbot, db)
    save_to(monkeypatch, tmp_path / "saknas" / "lon.xml")
    shown = capture_messages(monkeypatch)
    dialog.export()
    assert shown[0][0] == "critical"
    assert get_claim(db, claim.id).state == ClaimState.APPROVED
    assert list_batches(db) == []


def test_reexport_writes_the_same_bytes_again(qtbot, db, org, monkeypatch, tmp_path):
    approved_claim(db, org, "2026-10")
    dialog = _dialog(qtbot, db)
    save_to(monkeypatch, tmp_path / "first.xml")
    capture_messages(monkeypatch)
    dialog.export()
    (batch,) = list_batches(db)

    again = ReexportDialog(db, actor=ACTOR)
    qtbot.addWidget(again)
    assert again.select_batch(batch.id)
    asked = save_to(monkeypatch, tmp_path / "again.xml")
    shown = capture_messages(monkeypatch)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)

    assert asked[0][1].endswith(batch.filename)
    assert (tmp_path / "again.xml").read_bytes() == (tmp_path / "first.xml").read_bytes()
    assert "sparades igen" in shown[0][1]


def test_csv_export_of_a_years_trips(qtbot, db, org, monkeypatch, tmp_path):
    log_trip(db, org, date(2025, 3, 4), 12.5, purpose="=SUMMA(A1)")
    dialog = CsvExportDialog(db, kind="trips", year=2025)
    qtbot.addWidget(dialog)
    save_to(monkeypatch, tmp_path / "resor.csv")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)
    dialog.export()
    text = (tmp_path / "resor.csv").read_text(encoding="utf-8-sig")
    assert dialog.written == 1
    assert "'=SUMMA(A1)" in text and ";12,5;" in text

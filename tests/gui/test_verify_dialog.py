"""Arkiv → Kontrollera databasen…: a controller checks that nothing was changed outside Resebok."""

import sqlite3

import pytest
from claim_gui_helpers import when_dialog_opens
from fleet_helpers import demo_db_path
from PySide6.QtWidgets import QApplication

from resebok.core.db import open_database
from resebok.core.verify import verify_database
from resebok.gui.main_window import MainWindow
from resebok.gui.verify_dialog import VerifyDialog

CHECK_TIMEOUT_MS = 60_000


@pytest.fixture
def demo_copy(tmp_path):
    """A copy of the demo municipality (the shared one is only ever read)."""
    path = tmp_path / "demo.sqlite"
    source, target = sqlite3.connect(demo_db_path()), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    return path


def _tamper_with_an_approved_trip(path) -> tuple[str, str]:
    """Raise a trip's km with plain SQL after its claim was approved; the employee and month."""
    raw = sqlite3.connect(path)
    trip_id, name, month = raw.execute(
        "SELECT l.trip_id, e.name, c.month FROM claim_lines l JOIN claims c ON c.id = l.claim_id "
        "JOIN employees e ON e.id = c.employee_id WHERE c.state = 'approved' "
        "ORDER BY c.month, l.trip_id LIMIT 1"
    ).fetchone()
    with raw:
        raw.execute("UPDATE trips SET km = km + 100 WHERE id = ?", [trip_id])
    raw.close()
    return name, month


def _checked(qtbot, dialog: VerifyDialog) -> VerifyDialog:
    qtbot.waitUntil(lambda: not dialog.running(), timeout=CHECK_TIMEOUT_MS)
    return dialog


def test_the_demo_database_is_intact_from_the_file_menu(qtbot, demo_copy):
    db = open_database(demo_copy)
    window = MainWindow(db, demo_copy)
    qtbot.addWidget(window)
    seen = {}

    def look(dialog: VerifyDialog):
        seen["in_background"] = dialog.reader.in_background
        _checked(qtbot, dialog)
        seen["headline"] = dialog.headline_text()
        seen["text"] = dialog.details.toPlainText()
        seen["advice"] = dialog.advice.isVisibleTo(dialog)
        dialog.accept()

    when_dialog_opens(qtbot, look, VerifyDialog)
    window.verify_action.trigger()

    assert seen["in_background"]  # the check runs on a connection of its own
    assert seen["headline"] == "Allt stämmer: inget har ändrats utanför Resebok sedan det loggades."
    assert not seen["advice"]
    text = seen["text"]
    assert f"Kontroll av databasen {demo_copy}" in text
    assert "rader kontrollerade" in text and "inskickade, attesterade eller utbetalda" in text
    assert f"Loggkedjans kontrollsumma: {verify_database(db).head}" in text
    assert "Ändrat utanför Resebok" not in text
    window.close()
    db.close()


def test_a_km_raised_with_sql_after_approval_is_shown_and_can_be_copied(qtbot, demo_copy):
    name, month = _tamper_with_an_approved_trip(demo_copy)
    db = open_database(demo_copy)
    dialog = VerifyDialog(db, demo_copy)
    qtbot.addWidget(dialog)

    _checked(qtbot, dialog)

    assert dialog.headline_text() == "1 avvikelse: något har ändrats utanför Resebok."
    assert dialog.advice.isVisibleTo(dialog)
    text = dialog.details.toPlainText()
    assert f"Reseräkningen för {name}, {month} (attesterad" in text
    assert "har ändrats utanför Resebok" in text and "km i resan men" in text
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == text
    dialog.close()
    db.close()


def test_the_check_can_be_run_again(qtbot, db, org):
    dialog = VerifyDialog(db)  # a database in memory: the check runs at once
    qtbot.addWidget(dialog)
    assert dialog.report is not None and dialog.report.ok
    assert "i minnet" in dialog.details.toPlainText()
    db.execute(
        "INSERT INTO audit_log (at, actor, claim_id, action, field) "
        "VALUES ('2026-11-02T10:00:00+01:00', 'x', NULL, 'approved', 'state')"
    )
    dialog.again_button.click()
    assert not dialog.report.ok
    assert "saknar kontrollsumma" in dialog.details.toPlainText()


def test_a_check_that_fails_says_so_without_a_traceback(qtbot, db, monkeypatch):
    def broken(_db):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("resebok.gui.verify_dialog.verify_database", broken)
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.headline_text() == "Kontrollen kunde inte göras."
    assert "database disk image is malformed" in dialog.details.toPlainText()
    assert dialog.again_button.isEnabled()

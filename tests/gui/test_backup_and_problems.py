"""Backups in the GUI, a bad database at start-up, and a failed save in the trip dialog."""

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from db_file_helpers import one_employee_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from resebok.core import db_health
from resebok.core.backup import BackupKind, create_backup, keep_count, list_backups
from resebok.core.db import open_database
from resebok.core.db_health import DbProblem, ProblemKind
from resebok.core.models import Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.places import find_place, load_gazetteer
from resebok.core.trips import TripFilter, count_trips, save_trip
from resebok.gui import auto_backup, db_problem_dialog, startup, trip_dialog
from resebok.gui.auto_backup import DailyBackup
from resebok.gui.backup_dialog import BackupDialog
from resebok.gui.db_problem_dialog import Choice, DbProblemDialog
from resebok.gui.trip_dialog import TripDialog

SHOTS = Path("/tmp")
TODAY = date(2025, 4, 20)


@pytest.fixture
def db_file(tmp_path) -> Path:
    """A file database with one employee and one trip."""
    return one_employee_file(tmp_path / "resebok.sqlite")


def _trips(path: Path) -> int:
    db = open_database(path)
    try:
        return count_trips(db, TripFilter())
    finally:
        db.close()


def _add_trip(path: Path, km: float = 12.0) -> None:
    db = open_database(path)
    stops = [find_place(db, "Fjugesta").id, find_place(db, "Kumla").id]
    save_trip(db, Trip(date(2025, 3, 4), 1, 1, stops, km), TODAY)
    db.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[2 * 4096 : 6 * 4096] = os.urandom(4 * 4096)
    path.write_bytes(bytes(data))


# --- Arkiv → Säkerhetskopior -----------------------------------------------------------------


def test_backup_dialog_lists_makes_and_restores_copies(qtbot, db_file, monkeypatch):
    for day in range(3):
        create_backup(db_file, BackupKind.DAILY, datetime(2025, 4, 1 + day, 8, 0))
    dialog = BackupDialog(db_file)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 0).text() == "2025-04-03 08:00"
    assert dialog.table.item(0, 1).text() == "Daglig"

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 4
    assert "Kopian är sparad" in dialog.status.text()
    dialog.grab().save(str(SHOTS / "backup_dialog.png"))

    _add_trip(db_file)
    assert _trips(db_file) == 2
    asked = []
    monkeypatch.setattr(BackupDialog, "confirm_restore", lambda self, b: asked.append(b) or True)
    dialog.table.selectRow(1)  # the newest daily copy, with one trip
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert asked and asked[0].created == datetime(2025, 4, 3, 8, 0)
    assert dialog.restored is not None
    assert _trips(db_file) == 1
    saved = dialog.restored.saved_copy
    assert saved.kind == BackupKind.BEFORE_RESTORE and _trips(saved.path) == 2


def test_restore_is_not_done_without_confirmation(qtbot, db_file, monkeypatch):
    create_backup(db_file, BackupKind.MANUAL, datetime(2025, 4, 1))
    _add_trip(db_file)
    dialog = BackupDialog(db_file)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(BackupDialog, "confirm_restore", lambda self, b: False)
    dialog.restore_selected()
    assert dialog.restored is None and _trips(db_file) == 2


def test_the_confirmation_says_what_is_kept(qtbot, db_file, monkeypatch):
    backup = create_backup(db_file, BackupKind.MANUAL, datetime(2025, 4, 1, 9, 15))
    dialog = BackupDialog(db_file)
    qtbot.addWidget(dialog)
    seen = []

    def look(box):
        box.grab().save(str(SHOTS / "backup_confirm.png"))
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    assert dialog.confirm_restore(backup) is False
    [(text, info, buttons)] = seen
    assert "2025-04-01 09:15" in text
    assert "Före återställning" in info
    assert set(buttons) == {"&Återställ", "Avbryt"}


def test_keep_setting_is_saved(qtbot, db_file):
    dialog = BackupDialog(db_file)
    qtbot.addWidget(dialog)
    dialog.keep.setValue(30)
    assert keep_count() == 30


def test_the_main_window_reopens_on_the_restored_database(qtbot, db_file, monkeypatch):
    create_backup(db_file, BackupKind.MANUAL, datetime(2025, 4, 1))
    _add_trip(db_file)
    window = startup.open_main_window(db_file)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 2
    assert window.backup_action.isEnabled()

    def restore_first(self):
        monkeypatch.setattr(BackupDialog, "confirm_restore", lambda *_: True)
        self.restore_selected()
        return 1

    monkeypatch.setattr(BackupDialog, "exec", restore_first)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window.backup_action.trigger()

    replacement = startup._open_windows[-1]
    qtbot.addWidget(replacement)
    assert replacement is not window
    assert replacement.model.rowCount() == 1
    assert "återställd" in told[0] and "finns kvar som kopia" in told[0]


# --- the daily backup at start-up ------------------------------------------------------------


def test_the_daily_backup_runs_in_the_background_and_says_so(qtbot, db_file, monkeypatch):
    window = startup.open_main_window(db_file)
    qtbot.addWidget(window)
    monkeypatch.setattr(auto_backup, "START_DELAY_MS", 0)
    job = auto_backup.schedule_daily_backup(window, db_file)
    qtbot.waitUntil(job.done, timeout=20_000)
    assert job.outcome.backup is not None
    assert [b.kind for b in list_backups(db_file)] == [BackupKind.DAILY]
    assert "säkerhetskopia är sparad" in window.statusBar().currentMessage()


def test_a_damaged_database_found_by_the_daily_backup_is_reported(qtbot, db_file, monkeypatch):
    _damage(db_file)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window = startup.QMainWindow()
    qtbot.addWidget(window)
    job = DailyBackup(db_file, window, lambda outcome: auto_backup.report_outcome(window, outcome))
    job.start()
    qtbot.waitUntil(job.done, timeout=20_000)
    assert job.outcome.problem is not None
    assert warned and "Arkiv → Säkerhetskopior" in warned[0]
    assert list_backups(db_file) == []


# --- a bad database at start-up --------------------------------------------------------------


def _dialog_for(qtbot, kind: ProblemKind, path: Path, detail: str = "") -> DbProblemDialog:
    dialog = DbProblemDialog(DbProblem(kind, path, detail))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_each_problem_offers_its_ways_forward(qtbot, db_file):
    create_backup(db_file, BackupKind.DAILY, datetime(2025, 4, 1, 7, 0))
    expected = {
        ProblemKind.CORRUPT: {Choice.RESTORE, Choice.OTHER, Choice.QUIT},
        ProblemKind.READ_ONLY: {Choice.READ_ONLY, Choice.OTHER, Choice.QUIT},
        ProblemKind.LOCKED: {Choice.RETRY, Choice.OTHER, Choice.QUIT},
        ProblemKind.NEWER_SCHEMA: {Choice.OTHER, Choice.QUIT},
    }
    for kind, choices in expected.items():
        dialog = _dialog_for(qtbot, kind, db_file, "database disk image is malformed")
        assert set(dialog.buttons) == choices, kind
        dialog.grab().save(str(SHOTS / f"db_problem_{kind}.png"))
    corrupt = _dialog_for(qtbot, ProblemKind.CORRUPT, db_file)
    assert "2025-04-01 07:00" in corrupt.findChild(QLabel, "backupNote").text()
    corrupt.reject()  # Esc quits
    assert corrupt.choice == Choice.QUIT


def test_a_damaged_database_is_restored_from_the_start_up_dialog(qtbot, db_file, monkeypatch):
    create_backup(db_file, BackupKind.DAILY, datetime(2025, 4, 1, 7, 0))
    _damage(db_file)
    damaged = db_file.read_bytes()
    shown = []

    def choose_restore(self):
        shown.append(self.problem.kind)
        self.choice = Choice.RESTORE
        return 1

    def restore(self):
        monkeypatch.setattr(BackupDialog, "confirm_restore", lambda *_: True)
        assert not self.backup_button.isVisible()  # nothing sound to copy
        self.restore_selected()
        return 1

    monkeypatch.setattr(DbProblemDialog, "exec", choose_restore)
    monkeypatch.setattr(BackupDialog, "exec", restore)

    window = startup.open_main_window(db_file)

    qtbot.addWidget(window)
    assert shown == [ProblemKind.CORRUPT]
    assert window.model.rowCount() == 1
    [kept] = [b for b in list_backups(db_file) if b.kind == BackupKind.BEFORE_RESTORE]
    assert kept.path.read_bytes() == damaged


def test_quitting_leaves_a_newer_database_untouched(qtbot, db_file, monkeypatch):
    conn = sqlite3.connect(db_file)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('resebok', 'm090_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = db_file.read_bytes()
    seen = []
    monkeypatch.setattr(DbProblemDialog, "exec", lambda self: seen.append(self.problem) or 0)
    assert startup.open_main_window(db_file) is None
    assert seen[0].kind == ProblemKind.NEWER_SCHEMA
    assert "nyare version av Resebok" in seen[0].message
    assert db_file.read_bytes() == before


def test_another_database_can_be_chosen_instead(qtbot, db_file, tmp_path, monkeypatch):
    broken = tmp_path / "trasig.sqlite"
    broken.write_bytes(b"inget" * 100)
    monkeypatch.setattr(
        DbProblemDialog, "exec", lambda self: setattr(self, "choice", Choice.OTHER) or 1
    )
    monkeypatch.setattr(db_problem_dialog, "ask_for_database", lambda *_: db_file)
    window = startup.open_main_window(broken)
    qtbot.addWidget(window)
    assert window.db_path == db_file


def test_a_read_only_database_opens_with_a_banner_and_a_save_keeps_the_input(
    qtbot, db_file, monkeypatch
):
    monkeypatch.setattr(db_health, "is_writable", lambda _path: False)
    monkeypatch.setattr(
        DbProblemDialog, "exec", lambda self: setattr(self, "choice", Choice.READ_ONLY) or 1
    )
    window = startup.open_main_window(db_file)
    qtbot.addWidget(window)
    window.resize(1000, 500)
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and "skrivskyddad" in banner.text()
    assert window.model.rowCount() == 1
    window.grab().save(str(SHOTS / "main_window_read_only.png"))

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    dialog = TripDialog(window.db, window, employee_id=1, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.stops.set_route(["Fjugesta", "Kumla"])
    dialog.km.setText("33")
    dialog.purpose.setText("Möte om städscheman")
    dialog.save()

    assert dialog.isVisible()
    assert "skrivskyddad" in shown[0] and "finns kvar" in shown[0]
    assert dialog.stops.texts() == ["Fjugesta", "Kumla"]
    assert dialog.purpose.text() == "Möte om städscheman"


# --- a full disk during a save ---------------------------------------------------------------


def test_a_full_disk_keeps_the_trip_in_the_dialog(qtbot, db, org, monkeypatch):
    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(trip_dialog, "save_trip", full)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    dialog = TripDialog(db, employee_id=org.cleaner.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.stops.set_route(["Fjugesta", "Kumla"])
    dialog.km.setText("31,5")
    dialog.purpose.setText("Inventering")
    dialog.save()

    assert dialog.isVisible()
    assert "Disken är full" in shown[0] and "database or disk is full" not in shown[0]
    assert dialog.km.text() == "31,5" and dialog.purpose.text() == "Inventering"
    assert count_trips(db, TripFilter()) == 0


def test_a_real_full_database_keeps_the_trip_in_the_dialog(qtbot, tmp_path, monkeypatch):
    """A database that may not grow (max_page_count) fails the save for real."""
    path = tmp_path / "liten.sqlite"
    db = open_database(path)
    load_gazetteer(db)
    muni = add_unit(db, "LEK", "Lekebergs kommun", "municipality", None, "1000")
    anna = add_employee(db, "1001", "Anna Lind", muni.id)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 20}")
    stops = [find_place(db, "Fjugesta").id, find_place(db, "Kumla").id]
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for _ in range(10_000):  # fill the database with trips like the one typed below
            save_trip(db, Trip(TODAY, anna.id, muni.id, stops, 33.0, purpose="x" * 400), TODAY)
    stored = count_trips(db, TripFilter())
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    dialog = TripDialog(db, employee_id=anna.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.stops.set_route(["Fjugesta", "Kumla"])
    dialog.km.setText("33")
    dialog.purpose.setText("x" * 400)
    dialog.save()

    assert shown and "Disken är full" in shown[0]
    assert dialog.isVisible() and dialog.km.text() == "33"
    assert count_trips(db, TripFilter()) == stored
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_uncaught_database_error_becomes_a_swedish_message(qtbot, monkeypatch):
    from resebok.gui import error_hook

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    error = sqlite3.OperationalError("database is locked")
    error_hook._hook(type(error), error, None)
    assert "används av någon annan" in shown[0] and "locked" not in shown[0]

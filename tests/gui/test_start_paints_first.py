"""A program start shows the main window first and opens its database just after (issue 8)."""

from pathlib import Path

import pytest
from db_file_helpers import one_employee_file
from PySide6.QtCore import QCoreApplication

from resebok.gui import auto_backup, db_problem_dialog, startup


@pytest.fixture
def db_file(tmp_path) -> Path:
    return one_employee_file(tmp_path / "resebok.sqlite", trip_days=(3, 4))


@pytest.fixture
def backups(monkeypatch) -> list[Path]:
    scheduled: list[Path] = []
    monkeypatch.setattr(
        auto_backup, "schedule_daily_backup", lambda _window, path: scheduled.append(path)
    )
    return scheduled


def test_the_window_is_shown_before_the_database_opens_and_filled_after(qtbot, db_file, backups):
    window = startup.start_main_window(db_file)
    qtbot.addWidget(window)
    # Shown at once, with its menus and filters, saying that the database is opening.
    assert window.isVisible() and window.db is None and window.model is None
    assert window.count_label.text() == "Öppnar databasen …"
    assert str(db_file) in window.db_label.text()
    assert not window.new_action.isEnabled() and not window.claims_action.isEnabled()
    assert window.settings_action.isEnabled() and window.quit_action.isEnabled()
    assert not window.admin_menu.isEnabled() and not window.filters.isEnabled()
    assert window.filters.unit.currentText() == "Alla enheter"

    qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() == 2)
    assert window.db is not None and window.db_path == db_file
    assert window.new_action.isEnabled() and window.admin_menu.isEnabled()
    assert window.filters.isEnabled() and window.filters.unit.count() == 2
    qtbot.waitUntil(lambda: "2 resor" in window.count_label.text())
    assert backups == [db_file]  # the daily backup is planned once the file is open
    window.grab().save("/tmp/main_window_filled.png")


def test_a_start_on_a_damaged_file_asks_over_the_window_and_quitting_closes_it(
    qtbot, tmp_path, backups, monkeypatch
):
    broken = tmp_path / "trasig.sqlite"
    broken.write_bytes(b"inget" * 100)
    asked = []

    def quit_dialog(problem, parent=None):
        asked.append((problem.path, parent))
        return None

    monkeypatch.setattr(db_problem_dialog, "resolve_problem", quit_dialog)
    exits = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    window = startup.start_main_window(broken)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert asked == [(broken, window)]  # the dialog belongs to the window
    assert exits == [1] and window.db is None and backups == []
    assert broken.read_bytes() == b"inget" * 100


def test_a_start_can_go_on_with_another_database(qtbot, db_file, tmp_path, backups, monkeypatch):
    broken = tmp_path / "trasig.sqlite"
    broken.write_bytes(b"inget" * 100)
    monkeypatch.setattr(
        db_problem_dialog,
        "resolve_problem",
        lambda problem, parent=None: db_problem_dialog.Resolution(db_file),
    )
    window = startup.start_main_window(broken)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() == 2)
    assert window.db_path == db_file and str(db_file) in window.db_label.text()
    assert backups == [db_file]


def test_a_window_that_is_never_painted_opens_its_database_all_the_same(qtbot, db_file, backups):
    """Started minimised (here: hidden at once), the window gets no paint to wait for."""
    window = startup.start_main_window(db_file)
    qtbot.addWidget(window)
    window.hide()
    qtbot.waitUntil(lambda: window.model is not None, timeout=3000)
    assert window.db_path == db_file and backups == [db_file]
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)

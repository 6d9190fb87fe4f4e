"""From `resebok` to a window: the first-run wizard when needed, then the main window.

Which database opens is decided in resebok.core.db_location (``--db``, ``RESEBOK_DB``, the
configured location, the default). The wizard runs only for a plain start without a
configuration: an explicit ``--db``, ``resebok demo --open`` and ``RESEBOK_SKIP_WIZARD`` go
straight to the window, so that scripts, tests and the demo are never held up by it.

A start paints the main window first and opens the database just after (``start_main_window``):
the storage layer (sqlite-utils, the migrations, the health check) costs about as much again as
PySide6 itself, and a window that appears at once and fills a moment later is what the user
wants to see (issue 8). This module therefore imports it only inside the functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from resebok import APP_NAME
from resebok.core.db_location import effective_db_path
from resebok.core.paths import demo_db_path, same_file
from resebok.core.user_config import (
    Role,
    UserConfig,
    config_path,
    load_config,
    read_config,
    wizard_skipped,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from resebok.gui.main_window import MainWindow

OPEN_UNPAINTED_AFTER_MS = 500

# Top-level windows need a Python owner while they are open, or PySide deletes them; this is
# that owner, not a registry of state.
_open_windows: list[QMainWindow] = []


def run_first_run() -> bool:
    """Show the wizard when there is no usable configuration; False when it was cancelled."""
    read = read_config()
    if read.config is not None or wizard_skipped():
        return True
    from resebok.gui.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard(effective_db_path(None, None), problem=read.problem)
    return bool(wizard.exec())


def window_title(db_path: Path) -> str:
    # The main window's own title, so that both read the same in every language.
    title = QCoreApplication.translate("MainWindow", "{app} – tjänsteresor").format(app=APP_NAME)
    return f"{title} (demo)" if same_file(db_path, demo_db_path()) else title


def open_main_window(db_path: Path | None = None) -> MainWindow | None:
    """Open *db_path* (or the configured database) in a new main window; None on failure.

    A file that must not be opened as it is (damaged, locked, read-only, from a newer version:
    resebok.core.db_health) gets a dialog with the ways forward (resebok.gui.db_problem_dialog)
    until one works or the user quits.
    """
    from resebok.gui.main_window import MainWindow

    config = load_config()
    opened = _open_database(db_path or effective_db_path(None, config))
    if opened is None:
        return None
    db, path = opened
    window = _keep(MainWindow(None, path))
    _fill(window, db, path, config)
    window.show()
    return window


def start_main_window(db_path: Path | None = None) -> MainWindow:
    """The main window at program start: shown at once, its database opened just after.

    Until then the window has its menus, toolbar and filters but no trips, and says in the
    status bar that the database is opening. A problem with the file gets the same dialog as
    in ``open_main_window``, over the window; quitting it closes the window. Once the database
    is open, the daily backup is scheduled.
    """
    from resebok.gui.main_window import MainWindow

    config = load_config()
    path = db_path or effective_db_path(None, config)
    window = _keep(MainWindow(None, path))
    window.setWindowTitle(window_title(path))
    window.show()

    started = False

    def open_now() -> None:  # once, on whichever of the two signals below comes first
        from resebok.gui.auto_backup import schedule_daily_backup

        nonlocal started
        if started:
            return
        started = True
        opened = _open_database(path, window)
        if opened is None:  # the user quit the problem dialog
            window.close()
            QCoreApplication.exit(1)
            return
        db, opened_path = opened
        _fill(window, db, opened_path, config)
        schedule_daily_backup(window, opened_path)  # once a day, in the background

    # Just after the first paint is delivered; a window that is not painted (started
    # minimised) opens its database a moment later all the same.
    window.painted.connect(lambda: QTimer.singleShot(0, open_now))
    QTimer.singleShot(OPEN_UNPAINTED_AFTER_MS, open_now)
    return window


def _open_database(path: Path, parent: QWidget | None = None) -> tuple[Database, Path] | None:
    """The database at *path*, or the one the user chose instead; None when they gave up."""
    import sqlite3

    from resebok.core.db import DatabaseProblem, open_database

    read_only = False
    while True:
        try:
            return open_database(path, read_only=read_only), path
        except DatabaseProblem as problem:
            from resebok.gui.db_problem_dialog import resolve_problem

            resolution = resolve_problem(problem.problem, parent)
            if resolution is None:
                return None
            path, read_only = resolution.path, resolution.read_only
        except (sqlite3.DatabaseError, OSError) as exc:
            _cannot_open(path, exc, parent)
            return None


def _fill(window: MainWindow, db: Database, path: Path, config: UserConfig | None) -> None:
    """Put the opened database into *window*: its trips, its title, a read-only banner."""
    from resebok.core.db import is_read_only
    from resebok.core.identity import configured_employee

    window.attach(db, path, employee_id=configured_employee(db, path, config))
    window.setWindowTitle(window_title(path))
    if is_read_only(db):
        from resebok.gui.db_problem_dialog import add_read_only_banner

        add_read_only_banner(window)


def _keep(window: MainWindow) -> MainWindow:
    _open_windows.append(window)
    window.destroyed.connect(lambda *_: _forget(window))
    return window


def reopen_window(window: MainWindow) -> MainWindow | None:
    """Open the window's database again in a fresh window (after a restore) and close it."""
    replacement = open_main_window(window.db_path)
    if replacement is not None:
        replacement.setGeometry(window.geometry())
        window.close()
        _forget(window)
    return replacement


def _cannot_open(path: Path, exc: BaseException, parent: QWidget | None = None) -> None:
    QMessageBox.critical(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "Startup",
            "Databasen {path} kunde inte öppnas:\n{error}\n\nFilen har inte ändrats. Ange en "
            "annan fil med --db eller RESEBOK_DB, eller ta bort {settings} så frågar Resebok på "
            "nytt.",
        ).format(path=path, error=exc, settings=config_path()),
    )


def _forget(window: QMainWindow) -> None:
    if window in _open_windows:
        _open_windows.remove(window)


def edit_settings(window: MainWindow) -> UserConfig | None:
    """The Inställningar dialog; a new database location opens in a new window at once."""
    from resebok.gui.settings_dialog import SettingsDialog

    current = load_config() or UserConfig(
        Role.EMPLOYEE, window.db_path or effective_db_path(None, None)
    )
    dialog = SettingsDialog(current, window)
    if not dialog.exec() or dialog.config is None:
        return None
    config = dialog.config
    moved = not same_file(config.db_path, current.db_path)
    target = effective_db_path(None, config)
    if moved and window.db_path is not None and not same_file(target, window.db_path):
        replacement = open_main_window(target)
        if replacement is not None:
            replacement.setGeometry(window.geometry())
            window.close()
            _forget(window)
        return config
    if window.db_path is not None and window.db is not None:
        from resebok.core.identity import configured_employee

        window.employee_id = configured_employee(window.db, window.db_path, config)
    return config

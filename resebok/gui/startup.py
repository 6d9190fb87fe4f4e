"""From `resebok` to a window: the first-run wizard when needed, then the main window.

Which database opens is decided in resebok.core.db_location (``--db``, ``RESEBOK_DB``, the
configured location, the default). The wizard runs only for a plain start without a
configuration: an explicit ``--db``, ``resebok demo --open`` and ``RESEBOK_SKIP_WIZARD`` go
straight to the window, so that scripts, tests and the demo are never held up by it.
"""

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from resebok import APP_NAME
from resebok.core.db import DatabaseProblem, is_read_only, open_database
from resebok.core.db_location import effective_db_path
from resebok.core.identity import configured_employee, same_file
from resebok.core.paths import demo_db_path
from resebok.core.user_config import (
    Role,
    UserConfig,
    config_path,
    load_config,
    read_config,
    wizard_skipped,
)

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


def open_main_window(db_path: Path | None = None) -> QMainWindow | None:
    """Open *db_path* (or the configured database) in a new main window; None on failure.

    A file that must not be opened as it is (damaged, locked, read-only, from a newer version:
    resebok.core.db_health) gets a dialog with the ways forward (resebok.gui.db_problem_dialog)
    until one works or the user quits.
    """
    from resebok.gui.main_window import MainWindow

    config = load_config()
    path = db_path or effective_db_path(None, config)
    read_only = False
    while True:
        try:
            db = open_database(path, read_only=read_only)
            break
        except DatabaseProblem as problem:
            # Imported only when needed: the dialogs' module costs ~20 ms of every start.
            from resebok.gui.db_problem_dialog import resolve_problem

            resolution = resolve_problem(problem.problem)
            if resolution is None:
                return None
            path, read_only = resolution.path, resolution.read_only
        except (sqlite3.DatabaseError, OSError) as exc:
            _cannot_open(path, exc)
            return None
    window = MainWindow(db, path, employee_id=configured_employee(db, path, config))
    window.setWindowTitle(window_title(path))
    if is_read_only(db):
        from resebok.gui.db_problem_dialog import add_read_only_banner

        add_read_only_banner(window)
    _open_windows.append(window)
    window.destroyed.connect(lambda *_: _forget(window))
    window.show()
    return window


def reopen_window(window) -> QMainWindow | None:  # noqa: ANN001 - a MainWindow
    """Open the window's database again in a fresh window (after a restore) and close it."""
    replacement = open_main_window(window.db_path)
    if replacement is not None:
        replacement.setGeometry(window.geometry())
        window.close()
        _forget(window)
    return replacement


def _cannot_open(path: Path, exc: BaseException) -> None:
    QMessageBox.critical(
        None,
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


def edit_settings(window) -> UserConfig | None:  # noqa: ANN001 - a MainWindow
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
    if window.db_path is not None:
        window.employee_id = configured_employee(window.db, window.db_path, config)
    return config

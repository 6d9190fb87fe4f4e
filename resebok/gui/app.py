"""Start the GUI: a QApplication in the user's language (Swedish by default) over one database."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from resebok import APP_NAME, __version__
from resebok.core.user_config import load_config
from resebok.gui.i18n import apply_language
from resebok.gui.icons import app_icon

DESKTOP_FILE_NAME = "se.resebok.Resebok"


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application, in *language* or else the one chosen in the settings (Swedish)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    if language is None:
        config = load_config()
        language = config.language if config is not None else None
    # Resebok's own strings, Qt's (Avbryt, Ja, Nej in standard dialogs) and the QLocale.
    apply_language(app, language)
    return app  # type: ignore[return-value]


def run_gui(db_path: Path | None = None, *, first_run: bool = False) -> int:
    """Open the main window on *db_path* (None: the configured database).

    With *first_run*, a start without configuration shows the first-run wizard first
    (resebok.gui.startup says when); cancelling it quits without writing anything. The window
    is painted before its database opens (resebok.gui.startup.start_main_window).
    """
    from resebok.gui.error_hook import install_error_hook
    from resebok.gui.startup import run_first_run, start_main_window

    app = create_application()
    if first_run and not run_first_run():
        return 0
    install_error_hook()
    start_main_window(db_path)
    return app.exec()

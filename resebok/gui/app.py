"""Start the GUI: a Swedish QApplication over one database."""

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from resebok import APP_NAME, __version__
from resebok.gui.icons import app_icon

DESKTOP_FILE_NAME = "se.resebok.Resebok"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translator = QTranslator(app)
    # Qt's own strings (Avbryt, Ja, Nej in standard dialogs) in Swedish.
    if translator.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    return app  # type: ignore[return-value]


def run_gui(db_path: Path | None = None, *, first_run: bool = False) -> int:
    """Open the main window on *db_path* (None: the configured database).

    With *first_run*, a start without configuration shows the first-run wizard first
    (resebok.gui.startup says when); cancelling it quits without writing anything.
    """
    from resebok.gui.startup import open_main_window, run_first_run

    app = create_application()
    if first_run and not run_first_run():
        return 0
    if open_main_window(db_path) is None:
        return 1
    return app.exec()

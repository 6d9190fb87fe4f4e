"""Start the GUI: a Swedish QApplication over one database."""

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from resebok import APP_NAME, __version__
from resebok.core.db import open_database
from resebok.gui.main_window import MainWindow

DESKTOP_FILE_NAME = "se.resebok.Resebok"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translator = QTranslator(app)
    # Qt's own strings (Avbryt, Ja, Nej in standard dialogs) in Swedish.
    if translator.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    return app  # type: ignore[return-value]


def run_gui(db_path: Path) -> int:
    app = create_application()
    try:
        db = open_database(db_path)
    except (sqlite3.DatabaseError, OSError) as exc:
        QMessageBox.critical(
            None,
            APP_NAME,
            f"Databasen {db_path} kunde inte öppnas:\n{exc}\n\n"
            "Filen har inte ändrats. Ange en annan fil med --db eller RESEBOK_DB.",
        )
        return 1
    window = MainWindow(db, db_path)
    window.show()
    return app.exec()

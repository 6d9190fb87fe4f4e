"""`resebok selftest`: prove that a build can start its GUI, offscreen, on a database.

The frozen bundle's smoke test (installer/linux/build.sh) runs it: missing resources, Qt
plugins, package metadata or hidden imports show up here rather than on a user's desk.
"""

import sys
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

from resebok import APP_NAME, __version__
from resebok.core.db import open_database
from resebok.core.resources import resource_path


def _fail(message: str) -> int:
    print(f"{APP_NAME} {__version__}: självtestet misslyckades: {message}", file=sys.stderr)
    return 1


def run_selftest(db_path: Path) -> int:
    from resebok.gui.about_dialog import AboutDialog
    from resebok.gui.app import create_application
    from resebok.gui.first_run_wizard import FirstRunWizard
    from resebok.gui.main_window import MainWindow

    if not db_path.is_file():
        return _fail(f"databasen {db_path} finns inte (bygg den med `resebok demo --db ...`)")
    for name in ("places.csv", "icons/resebok-256.png"):
        if not resource_path(name).is_file():
            return _fail(f"resursen {name} saknas")
    import PySide6.QtCharts  # noqa: F401 - kept in the bundle for the controller's charts
    import PySide6.QtPrintSupport  # noqa: F401
    import PySide6.QtSvg  # noqa: F401

    app = create_application()
    if app.windowIcon().isNull():
        return _fail("programikonen kunde inte läsas")
    wizard = FirstRunWizard(db_path.with_name("finns-inte.sqlite"))
    wizard.show()
    app.processEvents()
    wizard.reject()
    db = open_database(db_path)
    window = MainWindow(db, db_path)
    window.show()
    app.processEvents()
    trips = window.model.rowCount()
    about = AboutDialog(db_path, window)
    about.show()
    app.processEvents()
    about.close()
    window.close()
    app.processEvents()
    db.close()
    print(
        f"{APP_NAME} {__version__}: självtestet gick bra ({trips} resor i listan, Qt {qVersion()}, "
        f"plattform {QGuiApplication.platformName()})"
    )
    return 0

"""The "Administration" menu: the fleet, bookings, the timetable, green settings, approvals.

Each page is a widget of its own module; this module only puts them in a dialog with a
"Stäng" button and makes a menu of them, so the main window needs one line to offer them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database


def _page(module: str, name: str) -> Callable[..., QWidget]:
    """The page class *name* of resebok.gui.*module*, imported when the page first opens.

    Not with the main window: the pages' modules together cost about 50 ms of every start-up
    (benchmarks/run.py, issue 8).
    """
    page: Callable[..., QWidget] = getattr(import_module(f"resebok.gui.{module}"), name)
    return page


class PageDialog(QDialog):
    """An admin page in a window of its own; it cannot close while the page is busy."""

    def __init__(self, title: str, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.setWindowTitle(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(page, 1)
        layout.addWidget(buttons)
        self.resize(page.sizeHint().expandedTo(page.minimumSizeHint()))

    def done(self, result: int) -> None:
        finish = getattr(self.page, "finish_work", None)
        if finish is not None:
            finish()  # e.g. a running timetable import: cancel it and wait for its thread
        super().done(result)


class AdminMenu(QMenu):
    """One action per admin page; each opens the page as a modal dialog."""

    def __init__(self, parent: QWidget, db: Database | None = None, db_path: Path | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("A&dministration"))
        self.db = db
        self.db_path = db_path
        self.fleet_action = self._add(
            self.tr("&Kommunbilar…"),
            self.tr("Kommunbilar"),
            lambda: _page("fleet_admin", "FleetPage")(self.db),
        )
        self.bookings_action = self._add(
            self.tr("&Bokningar av kommunbilar…"),
            self.tr("Bokningar"),
            lambda: _page("bookings_view", "BookingsPage")(self.db),
        )
        self.gtfs_action = self._add(
            self.tr("K&ollektivtrafik (GTFS)…"),
            self.tr("Kollektivtrafik"),
            lambda: _page("gtfs_import", "GtfsPage")(self.db, self.db_path),
        )
        self.addSeparator()
        self.settings_action = self._add(
            self.tr("&Gröna inställningar…"),
            self.tr("Gröna inställningar"),
            lambda: _page("green_settings", "GreenSettingsPage")(self.db),
        )
        self.approvals_action = self._add(
            self.tr("&Förhandsgodkännanden…"),
            self.tr("Förhandsgodkännanden"),
            lambda: _page("preapprovals", "PreapprovalsPage")(self.db),
        )
        self.addSeparator()
        self.rates_action = self._add(  # issue 3: mileage rates and the home rule
            self.tr("&Ersättningsnivåer…"),
            self.tr("Ersättningsnivåer"),
            lambda: _page("rates_dialog", "RatesPage")(self.db),
        )
        self.attestants_action = self._add(  # issue 3: who attests which units
            self.tr("&Attestanter…"),
            self.tr("Attestanter"),
            lambda: _page("attestants_page", "AttestantsPage")(self.db),
        )
        self.last_dialog: PageDialog | None = None  # for tests and screenshots

    def attach(self, db: Database, db_path: Path | None) -> None:
        """The database the pages show (the main window opens it after it is painted)."""
        self.db = db
        self.db_path = db_path

    def _add(self, text: str, title: str, make_page: Callable[[], QWidget]) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(lambda: self.open_page(title, make_page()))
        return action

    def open_page(self, title: str, page: QWidget) -> None:
        dialog = PageDialog(title, page, self.parentWidget())
        self.last_dialog = dialog
        dialog.exec()
        dialog.deleteLater()

"""The filters above the trip list: period, unit, employee and free text."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from resebok.gui.formatting import month_name
from resebok.gui.org_combos import LazyEmployeeComboBox, fill_units, select_data

# The core is imported where it is used: the bar is painted, empty, before the database opens
# (resebok.gui.startup).
if TYPE_CHECKING:
    from sqlite_utils import Database

    from resebok.core.trips import TripFilter


class FilterBar(QWidget):
    changed = Signal(object)  # the new TripFilter

    def __init__(self, parent: QWidget | None = None, db: Database | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.year = QComboBox(objectName="filterYear")
        self.month = QComboBox(objectName="filterMonth")
        self.unit = QComboBox(objectName="filterUnit")
        self.employee = LazyEmployeeComboBox(self.tr("Alla anställda"), objectName="filterEmployee")
        self.text = QLineEdit(
            objectName="filterText", placeholderText=self.tr("Sök resväg eller syfte")
        )
        self.text.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._emit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&År:"), self.year),
            (self.tr("&Månad:"), self.month),
            (self.tr("&Enhet:"), self.unit),
            (self.tr("&Anställd:"), self.employee),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        self.month.addItem(self.tr("Hela året"), None)
        for number in range(1, 13):
            self.month.addItem(month_name(number), number)
        self.reload()  # without a database: the "all" choices, as the window starts
        self.year.currentIndexChanged.connect(self._on_year)
        self.month.currentIndexChanged.connect(self._emit)
        self.unit.currentIndexChanged.connect(self._on_unit)
        self.employee.currentIndexChanged.connect(self._emit)
        self.text.textChanged.connect(lambda _text: self._debounce.start())

    def attach(self, db: Database) -> None:
        """Offer the years, units and employees of *db*."""
        self._db = db
        self.reload()

    def reload(self) -> None:
        """Refill the years, units and employees (a save or an import may add some), keeping
        what is chosen; the months never change."""
        with QSignalBlocker(self.year):
            year = self.year.currentData()
            self.year.clear()
            self.year.addItem(self.tr("Alla år"), None)
            for value in self._years():
                self.year.addItem(str(value), value)
            select_data(self.year, year)
        self.month.setEnabled(self.year.currentData() is not None)
        fill_units(self.unit, self._db, all_text=self.tr("Alla enheter"))
        self.employee.refill(self._db, unit_id=self.unit.currentData())

    def current_filter(self) -> TripFilter:
        from resebok.core.trips import TripFilter

        year, month = self.year.currentData(), self.month.currentData()
        date_from = date_to = None
        if year is not None:
            if month is None:
                date_from, date_to = date(year, 1, 1), date(year, 12, 31)
            else:
                date_from = date(year, month, 1)
                next_month = date(year + month // 12, month % 12 + 1, 1)
                date_to = date.fromordinal(next_month.toordinal() - 1)
        return TripFilter(
            date_from=date_from,
            date_to=date_to,
            unit_id=self.unit.currentData(),
            employee_id=self.employee.currentData(),
            text=self.text.text(),
        )

    def _years(self) -> list[int]:
        if self._db is None:  # before the database opens: nothing to import or ask yet
            return []
        from resebok.core.summary import trip_year_range

        # trip_year_range asks the date index twice; MIN and MAX in one query scan every trip.
        years = trip_year_range(self._db)
        this_year = date.today().year
        if years is None:
            return [this_year]
        first, last = years
        return list(range(max(last, this_year), first - 1, -1))

    def _on_year(self) -> None:
        self.month.setEnabled(self.year.currentData() is not None)
        self._emit()

    def _on_unit(self) -> None:
        self.employee.refill(self._db, unit_id=self.unit.currentData())
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current_filter())

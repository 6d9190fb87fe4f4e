"""The filters above the trip list: period, unit, employee and free text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from resebok.gui.formatting import month_name

# The core is imported where it is used: the bar is painted, empty, before the database opens
# (resebok.gui.startup).
if TYPE_CHECKING:
    from sqlite_utils import Database

    from resebok.core.models import OrgUnit
    from resebok.core.trips import TripFilter


class FillOnUseComboBox(QComboBox):
    """A combo box that calls *on_use* before the user opens, enters or scrolls it.

    A large municipality has thousands of employees; adding them all to the list costs tens
    of milliseconds at every start and after every save, for a list most users never open.
    """

    def __init__(self, on_use: Callable[[], None], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._on_use = on_use

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self._on_use()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self._on_use()
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self._on_use()
        super().wheelEvent(event)


class FilterBar(QWidget):
    changed = Signal(object)  # the new TripFilter

    def __init__(self, parent: QWidget | None = None, db: Database | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.year = QComboBox(objectName="filterYear")
        self.month = QComboBox(objectName="filterMonth")
        self.unit = QComboBox(objectName="filterUnit")
        self.employee = FillOnUseComboBox(self._employees_wanted, objectName="filterEmployee")
        self._employees_filled = False
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
        """Refill the choices (after an import added units or employees), keeping selections."""
        for combo in (self.year, self.month, self.unit, self.employee):
            combo.blockSignals(True)
        year, unit = self.year.currentData(), self.unit.currentData()
        self.year.clear()
        self.year.addItem(self.tr("Alla år"), None)
        for value in self._years():
            self.year.addItem(str(value), value)
        self._select(self.year, year)
        self.month.clear()
        self.month.addItem(self.tr("Hela året"), None)
        for number in range(1, 13):
            self.month.addItem(month_name(number), number)
        self.month.setEnabled(self.year.currentData() is not None)
        self.unit.clear()
        self.unit.addItem(self.tr("Alla enheter"), None)
        for depth, org_unit in self._units():
            self.unit.addItem("    " * depth + org_unit.name, org_unit.id)
        self._select(self.unit, unit)
        self._fill_employees()
        for combo in (self.year, self.month, self.unit, self.employee):
            combo.blockSignals(False)

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

    def _units(self) -> list[tuple[int, OrgUnit]]:
        from resebok.core.org import unit_tree_order

        return unit_tree_order(self._db) if self._db is not None else []

    def _years(self) -> list[int]:
        from resebok.core.summary import trip_year_range

        if self._db is None:
            return []
        # trip_year_range asks the date index twice; MIN and MAX in one query scan every trip.
        years = trip_year_range(self._db)
        this_year = date.today().year
        if years is None:
            return [this_year]
        first, last = years
        return list(range(max(last, this_year), first - 1, -1))

    def _fill_employees(self, *, now: bool = False) -> None:
        current = self.employee.currentData()
        unit_id = self.unit.currentData()
        self.employee.clear()
        self.employee.addItem(self.tr("Alla anställda"), None)
        self._employees_filled = False
        if self._db is None or (not now and current is None and unit_id is None):
            return  # the whole staff: added when the user opens the list (FillOnUseComboBox)
        from resebok.core.org import all_employees, subtree_ids

        allowed = set(subtree_ids(self._db, unit_id)) if unit_id is not None else None
        for employee in all_employees(self._db):
            if allowed is None or employee.unit_id in allowed:
                self.employee.addItem(f"{employee.name} ({employee.number})", employee.id)
        self._employees_filled = True
        self._select(self.employee, current)

    def _employees_wanted(self) -> None:
        """The user reaches for the employee list: add the staff now if that was put off."""
        if not self._employees_filled:
            self.employee.blockSignals(True)
            self._fill_employees(now=True)
            self.employee.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _on_year(self) -> None:
        self.month.setEnabled(self.year.currentData() is not None)
        self._emit()

    def _on_unit(self) -> None:
        self.employee.blockSignals(True)
        self._fill_employees()
        self.employee.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current_filter())

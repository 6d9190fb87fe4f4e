"""The employee and unit choices of the filters, lists and dialogs.

An employee reads "Name (number)", units stand in tree order indented by their depth, and each
entry carries the id as its data, after an optional "all" entry whose data is None. A refill
keeps the current choice and tells no listener: the caller knows whether it changed anything.

The core is imported where it is used: the main window's filter bar is built, empty, before
the database and its storage layer load (resebok.gui.startup).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from sqlite_utils import Database

    from resebok.core.models import Employee, OrgUnit

UNIT_INDENT = "    "  # per level below the top of the tree


def employee_text(employee: Employee) -> str:
    return f"{employee.name} ({employee.number})"


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the entry whose data is *value*; the first entry when there is none."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def fill_units(combo: QComboBox, db: Database | None, *, all_text: str | None = None) -> None:
    """Offer every unit of *db* (none without a database), keeping the current choice."""
    units: list[tuple[int, OrgUnit]] = []
    if db is not None:
        from resebok.core.org import unit_tree_order

        units = unit_tree_order(db)
    _refill(combo, all_text, [(UNIT_INDENT * depth + unit.name, unit.id) for depth, unit in units])


def fill_employees(
    combo: QComboBox,
    db: Database | None,
    *,
    all_text: str | None = None,
    unit_id: int | None = None,
) -> None:
    """Offer the employees of *db* in *unit_id* and the units below it (every one without it).

    The current choice is kept when it is still offered.
    """
    employees: list[Employee] = []
    if db is not None:
        from resebok.core.org import all_employees, subtree_ids

        allowed = set(subtree_ids(db, unit_id)) if unit_id is not None else None
        employees = [e for e in all_employees(db) if allowed is None or e.unit_id in allowed]
    _refill(combo, all_text, [(employee_text(e), e.id) for e in employees])


def _refill(combo: QComboBox, all_text: str | None, entries: list[tuple[str, int]]) -> None:
    with QSignalBlocker(combo):
        current = combo.currentData()
        combo.clear()
        if all_text is not None:
            combo.addItem(all_text, None)
        for text, data in entries:
            combo.addItem(text, data)
        select_data(combo, current)


class LazyEmployeeComboBox(QComboBox):
    """Every employee after an "all" entry, read only once the user reaches for the list.

    A large municipality has thousands of employees; adding them all to the list costs tens
    of milliseconds at every start and after every save, for a list most users never open. So
    while "all" is chosen and no unit narrows the list, the staff is added when the user opens,
    enters or scrolls the box.
    """

    def __init__(self, all_text: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._all_text = all_text
        self._db: Database | None = None
        self._unit_id: int | None = None
        self._put_off = False
        self.addItem(all_text, None)

    def refill(self, db: Database | None, *, unit_id: int | None = None) -> None:
        """Offer the employees of *db* in *unit_id* and below it, keeping the current choice."""
        self._db, self._unit_id = db, unit_id
        self._put_off = db is not None and unit_id is None and self.currentData() is None
        if self._put_off:
            db = None  # just the "all" entry until the user reaches for the list
        fill_employees(self, db, all_text=self._all_text, unit_id=unit_id)

    def _fill_if_put_off(self) -> None:
        if self._put_off:
            self._put_off = False
            fill_employees(self, self._db, all_text=self._all_text, unit_id=self._unit_id)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self._fill_if_put_off()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self._fill_if_put_off()
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self._fill_if_put_off()
        super().wheelEvent(event)

"""The ISO date field of the controller's filters and the fleet page, and its value as a date."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def date_edit(
    name: str, accessible: str, *, earliest: date | None = None, latest: date | None = None
) -> QDateEdit:
    """A ``yyyy-MM-dd`` field with a calendar, limited to *earliest*–*latest* when given."""
    edit = QDateEdit(objectName=name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    if earliest is not None:
        edit.setMinimumDate(QDate(earliest))
    if latest is not None:
        edit.setMaximumDate(QDate(latest))
    edit.setAccessibleName(accessible)
    return edit


def chosen_date(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[return-value] - a QDate gives a datetime.date

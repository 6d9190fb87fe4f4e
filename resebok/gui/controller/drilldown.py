"""From a unit's figures to the trips behind them: a lazily paged list in a window of its own.

Only the count is asked up front (resebok.core.controller_summary.count_unit_trips); pages
of trips are fetched as the view paints them, so the cleaning unit's thousands of trips open
at once. The trips are those the unit's row counts: own car, the unit and the units below
it, in the view's period and on its basis.
"""

from collections import OrderedDict
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.controller_summary import count_unit_trips, unit_trips
from resebok.core.models import Mode
from resebok.core.periods import Basis, Period
from resebok.gui.controller import fmt
from resebok.gui.formatting import format_date, period_label
from resebok.gui.labels import label
from resebok.gui.styles import muted_label

ModelIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
MAX_CACHED_PAGES = 32
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _paid_km(row: dict[str, Any]) -> str:
    return fmt.km((row["paid_km_tenths"] or 0) / 10)


def _date(text: str | None) -> str:
    return format_date(date.fromisoformat(text)) if text else ""


def _paid_on(row: dict[str, Any]) -> str:
    return _date(row["paid_on"]) if row["paid_on"] else UnitTripsModel.tr("ej utbetald")


def _on_claim(row: dict[str, Any]) -> str:
    return UnitTripsModel.tr("Ja") if row["on_claim"] else UnitTripsModel.tr("Nej (beräknat)")


# (header, how a row shows it, right aligned); headers are translated when shown
COLUMNS: list[tuple[str, Any, bool]] = [
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Datum"), lambda r: _date(r["date"]), False),
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Utbetald"), _paid_on, False),
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Anställd"), lambda r: r["employee"] or "", False),
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Enhet"), lambda r: r["unit"] or "", False),
    (
        QT_TRANSLATE_NOOP("UnitTripsModel", "Medlemsorganisation"),
        lambda r: r["member_org"] or "",
        False,
    ),
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Resväg"), lambda r: r["route"] or "", False),
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Km"), lambda r: fmt.km(r["km"] or 0), True),
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Ersatta km"), _paid_km, True),
    (
        QT_TRANSLATE_NOOP("UnitTripsModel", "Ersättning (kr)"),
        lambda r: fmt.kr(r["amount_ore"] or 0),
        True,
    ),
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Reseräkning"), _on_claim, False),
    (QT_TRANSLATE_NOOP("UnitTripsModel", "Syfte"), lambda r: r["purpose"] or "", False),
]
TripIdRole = Qt.ItemDataRole.UserRole
LONG_TEXT = ("Resväg", "Syfte", "Medlemsorganisation")  # shown whole in a tooltip


class UnitTripsModel(QAbstractTableModel):
    """The trips of one unit (and the units below it) in a period, fetched a page at a time."""

    def __init__(
        self,
        db: Database,
        unit_id: int,
        period: Period,
        basis: Basis,
        mode: Mode | None = Mode.OWN_CAR,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._query = {"unit_id": unit_id, "period": period, "basis": basis, "mode": mode}
        self._count = count_unit_trips(db, unit_id, period, basis, mode, subtree=True)
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.pages_fetched = 0  # for tests: proof that paging is lazy

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        header, _show, right = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(header)
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return NUMBER_ALIGNMENT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        _header, show, right = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.trip(index.row())
            return show(row) if row is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()][0] in LONG_TEXT:
            row = self.trip(index.row())
            return show(row) if row is not None else None
        if role == TripIdRole:
            row = self.trip(index.row())
            return row["id"] if row is not None else None
        return None

    def trip(self, row: int) -> dict[str, Any] | None:
        """The trip on *row* as resebok.core.controller_summary.unit_trips gives it."""
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = unit_trips(
                self._db, **self._query, subtree=True, limit=PAGE_SIZE, offset=row - offset
            )
            self.pages_fetched += 1
            self._pages[page_number] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None


class DrillDownDialog(QDialog):
    """A non-modal window listing a unit's trips, so several units can be compared side by side."""

    def __init__(
        self,
        db: Database,
        unit_id: int,
        unit_name: str,
        period: Period,
        basis: Basis,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resor i egen bil – {unit}").format(unit=unit_name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1320, 640)
        self.model = UnitTripsModel(db, unit_id, period, basis, parent=self)
        count = self.model.rowCount()
        self.summary = QLabel(objectName="drillSummary")
        self.summary.setWordWrap(True)
        # The count picks the plural form; {count} shows it with the language's grouping.
        trips = self.tr("{count} resor", "", count).format(count=fmt.count(count))
        text = self.tr(
            "<b>{unit}</b> och enheterna under den: {trips} i egen bil, {period}."
        ).format(
            unit=escape(unit_name), trips=trips, period=f"{period_label(period)} {label(basis)}"
        )
        if not count:
            text += " " + self.tr("Det finns inga resor att visa för perioden.")
        self.summary.setText(text)

        self.table = QTableView(objectName="drillTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        widths = [90, 90, 150, 150, 150, 260, 70, 80, 105, 110, 200]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        note = muted_label(
            self.tr(
                "Beloppet kommer från reseräkningen; för resor som inte finns på någon "
                "reseräkning är det beräknat med ersättningsnivån som gällde på resdagen."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

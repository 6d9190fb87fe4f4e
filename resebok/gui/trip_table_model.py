"""The trip list as a lazily windowed table model.

Only the row count is asked of the database up front; rows are fetched a page at a time when
the view paints them, so a million trips open as fast as a hundred.
"""

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from sqlite_utils import Database

from resebok.core.models import Mode
from resebok.core.trips import TripFilter, count_trips, trip_rows
from resebok.gui.formatting import format_km

ModelIndex = QModelIndex | QPersistentModelIndex

TripIdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1

# (header, key in the row dict, sort key in resebok.core.trips.SORT_COLUMNS)
COLUMNS: list[tuple[str, str, str | None]] = [
    ("Datum", "date", "date"),
    ("Tid", "time", None),
    ("Anställd", "employee", "employee"),
    ("Enhet", "unit", "unit"),
    ("Resväg", "route", "route"),
    ("Km", "km", "km"),
    ("Färdsätt", "mode", "mode"),
    ("Syfte", "purpose", "purpose"),
]
COL_KM = 5

PAGE_SIZE = 256
MAX_CACHED_PAGES = 64
FLAG_COLOUR = QColor("#fff1c2")


class TripTableModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = TripFilter()
        self._sort_key = "date"
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._recount()

    # --- what the view asks ---------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == TripIdRole:
            return row["id"]
        if role == SortRole:
            return row.get(COLUMNS[column][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_KM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row["km_flagged"]:
            return QBrush(FLAG_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.beginResetModel()
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()

    # --- what the window asks ---------------------------------------------------------------
    def set_filter(self, trip_filter: TripFilter) -> None:
        self.beginResetModel()
        self._filter = trip_filter
        self._recount()
        self.endResetModel()

    def trip_filter(self) -> TripFilter:
        return self._filter

    def refresh(self) -> None:
        """Re-read after a save or delete; the view keeps its sort and filter."""
        self.beginResetModel()
        self._recount()
        self.endResetModel()

    def trip_id(self, row: int) -> str | None:
        data = self.row_data(row)
        return data["id"] if data else None

    def row_of(self, trip_id: str) -> int | None:
        """The row showing *trip_id* among the pages already fetched, if any."""
        for page, rows in self._pages.items():
            for offset, data in enumerate(rows):
                if data["id"] == trip_id:
                    return page * PAGE_SIZE + offset
        return None

    def row_data(self, row: int) -> dict[str, Any] | None:
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._page(page)
        return rows[offset] if offset < len(rows) else None

    def fetched_pages(self) -> int:
        return len(self._pages)

    # --- internals ---------------------------------------------------------------------------
    def _recount(self) -> None:
        self._pages.clear()
        self._count = count_trips(self._db, self._filter)

    def _page(self, page: int) -> list[dict[str, Any]]:
        if page in self._pages:
            self._pages.move_to_end(page)
            return self._pages[page]
        rows = trip_rows(
            self._db,
            self._filter,
            self._sort_key,
            self._descending,
            limit=PAGE_SIZE,
            offset=page * PAGE_SIZE,
        )
        self._pages[page] = rows
        if len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    @staticmethod
    def _display(row: dict[str, Any], column: int) -> str:
        key = COLUMNS[column][1]
        if key == "time":
            if row["start_time"] and row["end_time"]:
                return f"{row['start_time']}–{row['end_time']}"
            return row["start_time"] or ""
        if key == "km":
            return format_km(row["km"])
        if key == "mode":
            return Mode(row["mode"]).label
        if key == "employee" and row["from_home"]:
            return f"{row['employee']} ⌂"
        value = row.get(key)
        return "" if value is None else str(value)

    @staticmethod
    def _tooltip(row: dict[str, Any]) -> str | None:
        notes = []
        if row["km_flagged"] and row["suggested_km"] is not None:
            notes.append(
                f"Angivna {format_km(row['km'])} km avviker från förslaget "
                f"{format_km(row['suggested_km'])} km."
            )
        if row["from_home"]:
            notes.append("Resan började hemma.")
        return "\n".join(notes) or None

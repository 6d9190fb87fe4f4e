"""The trip list as a lazily windowed table model.

Only the row count is asked of the database up front; rows are fetched a page at a time when
the view paints them, so a million trips open as fast as a hundred. What keeps that true at a
million trips (benchmarks/run.py):

- the count of all trips is one row kept by triggers (resebok.core.trips.all_trips_totals);
  a filtered count runs in the background (resebok.gui.background) while the first page is
  shown, and the rows beyond it are inserted when the count arrives;
- pages come from resebok.core.trip_list: from a neighbouring page's edge row by keyset in
  the default order, else from the nearer end of the list, so the last page costs what the
  first does;
- pages that no index serves (a free-text search, a sort on another column) are read in the
  background; their rows show empty until they arrive, and the window stays responsive.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from resebok.core.models import Mode
from resebok.core.trip_list import KEYSET_SORTS, page_rows, rows_after, rows_before
from resebok.core.trips import TripFilter, count_trips
from resebok.gui.background import BackgroundReader
from resebok.gui.formatting import format_date, format_km
from resebok.gui.labels import label as enum_label

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database

ModelIndex = QModelIndex | QPersistentModelIndex

TripIdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1

# (header, key in the row dict, sort key in resebok.core.trips.SORT_COLUMNS); the headers are
# translated when shown
COLUMNS: list[tuple[str, str, str | None]] = [
    (QT_TRANSLATE_NOOP("TripTableModel", "Datum"), "date", "date"),
    (QT_TRANSLATE_NOOP("TripTableModel", "Tid"), "time", None),
    (QT_TRANSLATE_NOOP("TripTableModel", "Anställd"), "employee", "employee"),
    (QT_TRANSLATE_NOOP("TripTableModel", "Enhet"), "unit", "unit"),
    (QT_TRANSLATE_NOOP("TripTableModel", "Resväg"), "route", "route"),
    (QT_TRANSLATE_NOOP("TripTableModel", "Km"), "km", "km"),
    (QT_TRANSLATE_NOOP("TripTableModel", "Färdsätt"), "mode", "mode"),
    (QT_TRANSLATE_NOOP("TripTableModel", "Syfte"), "purpose", "purpose"),
]
COL_KM = 5

# The roles data() answers; the others are refused before any row is looked up.
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        TripIdRole,
        SortRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)

PAGE_SIZE = 256
MAX_CACHED_PAGES = 64
FLAG_COLOUR = QColor("#fff1c2")


class TripTableModel(QAbstractTableModel):
    counted = Signal(int)  # the final row count, once known (at once, or from the background)

    def __init__(
        self, db: Database, parent: Any = None, *, reader: BackgroundReader | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        # Without a reader (or on a database in memory) every query runs on the GUI thread.
        self._reader = reader if reader is not None and reader.in_background else None
        self._filter = TripFilter()
        self._sort_key = "date"
        self._descending = True
        self._count = 0
        self._counting = False  # True while the count runs in the background
        self._generation = 0  # bumped when the pages are dropped: late pages are not stored
        self._count_token = 0  # bumped with every new count: a late count is dropped
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._loading: set[int] = set()  # pages being read in the background
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
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks ~10 roles per cell on every paint; most are none of the list's business.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self._shown_row(index.row())
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
        self._clear_pages()
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

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The row's data, read now if its page is not at hand (for actions on a row)."""
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._page(page)
        return rows[offset] if offset < len(rows) else None

    def fetched_pages(self) -> int:
        return len(self._pages)

    def count_pending(self) -> bool:
        """True while the filter's count is still running; rowCount() is then a lower bound."""
        return self._counting

    def loading(self) -> bool:
        """True while the count or a page is being read in the background."""
        return self._counting or bool(self._loading)

    # --- internals ---------------------------------------------------------------------------
    def _clear_pages(self) -> None:
        self._generation += 1
        self._pages.clear()
        self._loading.clear()

    def _recount(self) -> None:
        self._clear_pages()
        self._count_token += 1  # whatever count is still running is for another filter
        self._counting = False
        if self._reader is None or self._filter.where(self._db)[0] == "":
            # All trips: one row that triggers keep. Or no thread to count in.
            self._count = count_trips(self._db, self._filter)
            self.counted.emit(self._count)
            return
        # A filtered count may walk much of the table, so it runs in the background. When an
        # index serves the pages, the first page is shown meanwhile (and when it is short, it
        # is the whole answer); otherwise the rows appear with the count.
        self._count = 0
        self._counting = True  # the count is unknown: no page may be read from the end
        if self._cheap():
            first = self._page(0)
            self._count = len(first)
            if len(first) < PAGE_SIZE:
                self._counting = False
                self.counted.emit(self._count)
                return
        self._count_token += 1
        token = self._count_token
        trip_filter = self._filter
        self._reader.submit(
            "trip-count",
            lambda reader: count_trips(reader, trip_filter),
            lambda count: self._count_arrived(token, count),
        )

    def _count_arrived(self, token: int, count: int) -> None:
        if token != self._count_token or not self._counting:
            return
        self._counting = False
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # trips were deleted meanwhile: start over
            self.beginResetModel()
            self._clear_pages()
            self._count = count
            self.endResetModel()
        self.counted.emit(self._count)

    def _cheap(self) -> bool:
        """Whether an index serves every page: the default order and no free text."""
        return self._sort_key in KEYSET_SORTS and not self._filter.text.strip()

    def _shown_row(self, row: int) -> dict[str, Any] | None:
        """The row for display: a page no index serves is requested in the background."""
        page, offset = divmod(row, PAGE_SIZE)
        if page in self._pages or self._reader is None or self._cheap():
            rows = self._page(page)
        else:
            self._request_page(page)
            return None
        return rows[offset] if offset < len(rows) else None

    def _request_page(self, page: int) -> None:
        if page in self._loading or self._reader is None:
            return
        self._loading.add(page)
        generation = self._generation
        trip_filter, sort, descending, total = (
            self._filter,
            self._sort_key,
            self._descending,
            None if self._counting else self._count,
        )
        self._reader.submit(
            f"trip-page-{page}",
            lambda reader: page_rows(
                reader,
                trip_filter,
                sort,
                descending,
                offset=page * PAGE_SIZE,
                limit=PAGE_SIZE,
                total=total,
            ),
            lambda rows: self._page_arrived(generation, page, rows),
            lambda _error: self._loading.discard(page),
        )

    def _page_arrived(self, generation: int, page: int, rows: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        self._loading.discard(page)
        self._store(page, rows)
        first = page * PAGE_SIZE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _page(self, page: int) -> list[dict[str, Any]]:
        if page in self._pages:
            self._pages.move_to_end(page)
            return self._pages[page]
        self._store(page, self._read_page(page))
        return self._pages[page]

    def _read_page(self, page: int) -> list[dict[str, Any]]:
        """One page, read on this thread the cheapest way the cached pages allow."""
        if self._sort_key in KEYSET_SORTS:
            before, after = self._pages.get(page - 1), self._pages.get(page + 1)
            if before is not None and len(before) == PAGE_SIZE:
                return rows_after(self._db, self._filter, before[-1], PAGE_SIZE, self._descending)
            if after:
                return rows_before(self._db, self._filter, after[0], PAGE_SIZE, self._descending)
        return page_rows(
            self._db,
            self._filter,
            self._sort_key,
            self._descending,
            offset=page * PAGE_SIZE,
            limit=PAGE_SIZE,
            total=None if self._counting else self._count,
        )

    def _store(self, page: int, rows: list[dict[str, Any]]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        if len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)

    @staticmethod
    def _display(row: dict[str, Any], column: int) -> str:
        key = COLUMNS[column][1]
        if key == "time":
            if row["start_time"] and row["end_time"]:
                return f"{row['start_time']}–{row['end_time']}"
            return row["start_time"] or ""
        if key == "date":
            return format_date(date.fromisoformat(row["date"])) if row["date"] else ""
        if key == "km":
            return format_km(row["km"])
        if key == "mode":
            return enum_label(Mode(row["mode"]))
        if key == "employee" and row["from_home"]:
            return f"{row['employee']} ⌂"
        value = row.get(key)
        return "" if value is None else str(value)

    @staticmethod
    def _tooltip(row: dict[str, Any]) -> str | None:
        notes = []
        if row["km_flagged"] and row["suggested_km"] is not None:
            notes.append(
                TripTableModel.tr("Angivna {km} km avviker från förslaget {suggested} km.").format(
                    km=format_km(row["km"]), suggested=format_km(row["suggested_km"])
                )
            )
        if row["from_home"]:
            notes.append(TripTableModel.tr("Resan började hemma."))
        return "\n".join(notes) or None

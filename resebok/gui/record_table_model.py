"""A table model over a list of records (claims, claim lines, log entries, rate periods).

The claim windows show short lists (a year's claims of a unit, a month's trips), already
filtered and ordered by the core, so the whole list is held in memory. Each column says how to
show, sort, align and explain a record; the views put a QSortFilterProxyModel with
``setSortRole(SortRole)`` in front so that numbers and dates sort as values, not as text.

Column headers are Swedish source texts marked ``QT_TRANSLATE_NOOP("Columns", …)`` where the
columns are listed; the model translates them when it shows them (COLUMN_CONTEXT). A page whose
headers were translated under its own name passes that as ``context``.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex

SortRole = Qt.ItemDataRole.UserRole

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
COLUMN_CONTEXT = "Columns"  # the translation context of every column header and its tooltip


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows a record. Numbers (money, km) are right-aligned to line up."""

    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], str | int | float] | None = None  # default: the text
    alignment: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[T], str] | None = None
    icon: Callable[[T], QIcon | None] | None = None
    header_tooltip: str = ""


def numeric(
    header: str,
    text: Callable[[T], str],
    sort_key: Callable[[T], str | int | float],
    tooltip: Callable[[T], str] | None = None,
) -> Column[T]:
    """A right-aligned column that sorts by its value."""
    return Column(header, text, sort_key, RIGHT, tooltip)


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self, columns: Sequence[Column[T]], parent: Any = None, *, context: str = COLUMN_CONTEXT
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context  # where the headers and their tooltips are translated
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip:
            return QCoreApplication.translate(self.context, column.header_tooltip)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SortRole:
            return column.sort_key(record) if column.sort_key else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        return None


class RecordTable(QTableView, Generic[T]):
    """A read-only, sortable table of records with the selection as records.

    The sort proxy stays inside: callers deal in records, never in proxy rows.
    """

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QWidget | None = None,
        *,
        multi_select: bool = False,
        stretch_column: int | None = None,
        context: str = COLUMN_CONTEXT,
    ) -> None:
        super().__init__(parent)
        self.source = RecordTableModel(columns, self, context=context)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SortRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)  # å, ä, ö after z, as a Swedish reader expects
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi_select
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        if stretch_column is not None:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

    def set_records(self, records: Sequence[T]) -> None:
        """Show *records*; the selection is cleared (callers reselect with select_where)."""
        self.source.set_records(records)

    def fit_columns(self, minimum: int = 60, maximum: int = 420) -> None:
        """Size the columns to their contents, within bounds, except a stretching column."""
        header = self.horizontalHeader()
        for column in range(self.source.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            self.resizeColumnToContents(column)
            width = self.columnWidth(column) + 20  # room for the sort indicator
            self.setColumnWidth(column, max(minimum, min(width, maximum)))

    def records(self) -> list[T]:
        """Every record, in the order the table shows them."""
        return [
            self.source.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def selected_records(self) -> list[T]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [
            self.source.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in rows
        ]

    def current_record(self) -> T | None:
        selected = self.selected_records()
        return selected[0] if selected else None

    def select_where(self, predicate: Callable[[T], bool]) -> int:
        """Select the rows whose record matches; returns how many."""
        selection = self.selectionModel()
        selection.clearSelection()
        count = 0
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if predicate(self.source.record(self.proxy.mapToSource(index).row())):
                flags = (
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.select(index, flags)
                if count == 0:
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                    self.scrollTo(index)
                count += 1
        return count

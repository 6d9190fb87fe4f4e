"""The organisation tree with each unit's figures, as a Qt item model over a core UnitTree.

The columns are resebok.core.unit_table's, the same the CSV and XLSX exports write. Sorting
reorders the children of each parent only, so the tree stays a tree (a department's units
sorted by km, under their department); column -1 restores the organisation's own order.
Each index carries its unit's id (``internalId``), which makes ``parent()`` a dictionary
lookup.
"""

from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from resebok.core.controller_summary import UnitRow, UnitTree
from resebok.core.models import Mode
from resebok.core.unit_table import KIND_LABELS, UNIT_COLUMNS, ColumnKind, Value, unit_values
from resebok.gui.controller import fmt
from resebok.gui.labels import text as label_text

ModelIndex = QModelIndex | QPersistentModelIndex

UnitIdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SUMMARY_KINDS = ("municipality", "committee")
COL_NAME = 0


def display(value: Value, kind: ColumnKind) -> str:
    """A value of resebok.core.unit_table as the table shows it (no unit)."""
    if value is None:
        return ""
    if kind is ColumnKind.TEXT:
        return str(value)
    if kind is ColumnKind.COUNT:
        return fmt.count(int(value))
    if kind is ColumnKind.KR:
        return fmt.kr(int(value))
    if kind is ColumnKind.SHARE:
        return fmt.percent(float(value))
    return fmt.km(float(value))


class UnitTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None, mode: Mode | None = Mode.OWN_CAR) -> None:
        super().__init__(parent)
        self._mode = mode
        self._tree: UnitTree | None = None
        self._values: dict[int, tuple[Value, ...]] = {}
        self._children: dict[int | None, list[int]] = {None: []}  # parent id → child ids
        self._row_of: dict[int, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        self._collator.setNumericMode(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # --- content ------------------------------------------------------------------------------
    def set_tree(self, tree: UnitTree) -> None:
        self.beginResetModel()
        self._tree = tree
        self._values = {row.unit.id: unit_values(row, self._mode) for row in tree.rows}
        self._children = {None: [row.unit.id for row in tree.roots]}
        for row in tree.rows:
            self._children[row.unit.id] = list(row.child_ids)
        self._order_children()
        self.endResetModel()

    @property
    def tree(self) -> UnitTree | None:
        return self._tree

    def unit_row(self, index: ModelIndex) -> UnitRow | None:
        if not index.isValid() or self._tree is None:
            return None
        return self._tree.row(index.internalId())

    def index_of(self, unit_id: int, column: int = 0) -> QModelIndex:
        if unit_id not in self._row_of:
            return QModelIndex()
        return self.createIndex(self._row_of[unit_id], column, unit_id)

    # --- the tree -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else None
        return self.createIndex(row, column, self._children[parent_id][row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or self._tree is None:
            return QModelIndex()
        parent_id = self._tree.row(index.internalId()).parent_id
        if parent_id is None or parent_id not in self._row_of:
            return QModelIndex()
        return self.createIndex(self._row_of[parent_id], 0, parent_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        parent_id = parent.internalId() if parent.isValid() else None
        return len(self._children.get(parent_id, ()))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(UNIT_COLUMNS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    # --- data ---------------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._tree is None:
            return None
        unit_id = index.internalId()
        column = UNIT_COLUMNS[index.column()]
        value = self._values[unit_id][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value, column.kind)
        if role == SortRole:
            return value
        if role == UnitIdRole:
            return unit_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.is_number:
            return NUMBER_ALIGNMENT
        row = self._tree.row(unit_id)
        if role == Qt.ItemDataRole.FontRole and row.unit.kind in SUMMARY_KINDS:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NAME:
            kind = label_text(KIND_LABELS.get(row.unit.kind, row.unit.kind))
            return f"{row.unit.name} ({row.unit.code}), {kind.lower()}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(UNIT_COLUMNS):
            return None
        column = UNIT_COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return label_text(column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBER_ALIGNMENT if column.is_number else TEXT_ALIGNMENT
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- sorting within siblings --------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if self._tree is None:
            return
        self.layoutAboutToBeChanged.emit()
        before = [(index, index.internalId()) for index in self.persistentIndexList()]
        self._order_children()
        self.changePersistentIndexList(
            [index for index, _id in before],
            [self.createIndex(self._row_of[uid], index.column(), uid) for index, uid in before],
        )
        self.layoutChanged.emit()

    def _order_children(self) -> None:
        if self._tree is not None:
            tree_order = {row.unit.id: n for n, row in enumerate(self._tree.rows)}
            for ids in self._children.values():
                ids.sort(key=tree_order.__getitem__)
                if 0 <= self._sort_column < len(UNIT_COLUMNS):
                    self._sort_siblings(ids)
        self._row_of = {uid: n for ids in self._children.values() for n, uid in enumerate(ids)}

    def _sort_siblings(self, ids: list[int]) -> None:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if UNIT_COLUMNS[column].kind is ColumnKind.TEXT:

            def compare(a: int, b: int) -> int:
                return self._collator.compare(
                    str(self._values[a][column]), str(self._values[b][column])
                )

            ids.sort(key=cmp_to_key(compare), reverse=descending)
            return
        # Empty values (a committee's share of itself) sort last either way.
        present = [uid for uid in ids if self._values[uid][column] is not None]
        empty = [uid for uid in ids if self._values[uid][column] is None]
        present.sort(key=lambda uid: float(self._values[uid][column] or 0), reverse=descending)
        ids[:] = present + empty

"""The units page: the organisation tree with each unit's own-car figures, exports, drill-down.

Double-clicking a unit (or pressing Enter on it) opens its trips; the table can be saved for
Excel as CSV or as an XLSX workbook with real numbers.
"""

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.controller_summary import UnitTree, unit_tree_summary
from resebok.core.unit_table import UNIT_COLUMNS
from resebok.gui.controller import fmt
from resebok.gui.controller.drilldown import DrillDownDialog
from resebok.gui.controller.exports import (
    CSV_FILTER,
    XLSX_FILTER,
    ask_path,
    default_name,
    save_csv,
    save_xlsx,
)
from resebok.gui.controller.state import ViewState
from resebok.gui.controller.unit_tree_model import COL_NAME, UnitTreeModel
from resebok.gui.formatting import period_label
from resebok.gui.labels import label
from resebok.gui.labels import text as label_text
from resebok.gui.styles import muted_label

NAME_WIDTH = 290


class UnitsPage(QWidget):
    """Emits ``exported(Path)`` after a file was written (the view shows it in its status)."""

    exported = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.state: ViewState | None = None
        self.tree: UnitTree | None = None
        self.drilldowns: list[DrillDownDialog] = []

        self.title = QLabel(objectName="unitsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = UnitTreeModel(self)
        self.view = QTreeView(objectName="unitTree")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setExpandsOnDoubleClick(False)  # double-click drills down instead
        header = self.view.header()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(COL_NAME, NAME_WIDTH)

        self.total = QLabel(objectName="unitsTotal")
        self.total.setWordWrap(True)
        hint = muted_label(
            self.tr(
                "Dubbelklicka på en enhet för att se dess resor. Klicka på en rubrik för "
                "att sortera enheterna inom varje nivå."
            )
        )
        self.csv_button = QPushButton(self.tr("Exportera &CSV…"), objectName="exportCsvButton")
        self.xlsx_button = QPushButton(self.tr("Exportera E&xcel…"), objectName="exportXlsxButton")
        self.order_button = QPushButton(
            self.tr("Organisationens or&dning"), objectName="treeOrderButton"
        )
        self.order_button.setToolTip(self.tr("Visa enheterna i organisationens ordning igen"))
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.order_button)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        layout.addLayout(buttons)

        # Enter activates; most styles also activate on a double-click, and open_drilldown
        # raises a unit's open window instead of opening it twice.
        self.view.doubleClicked.connect(self.open_drilldown)
        self.view.activated.connect(self._activated)
        self.csv_button.clicked.connect(self.export_csv)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.order_button.clicked.connect(self.tree_order)

    # --- content ------------------------------------------------------------------------------
    def show_state(self, state: ViewState) -> None:
        self.state = state
        self.tree = unit_tree_summary(self.db, state.period, state.basis, state.scope.id)
        self.model.set_tree(self.tree)
        self.view.expandAll()
        self._fit_columns()
        self.title.setText(
            self.tr("Egen bil per enhet – {scope}, {period} {basis}").format(
                scope=state.scope.name, period=period_label(state.period), basis=label(state.basis)
            )
        )
        total = self.tree.total()
        text = self.tr(
            "Totalt {trips} resor, {km} körda och {paid_km} ersatta, {amount} kr (varav "
            "skattefritt {tax_free} kr), {co2} kg CO₂."
        ).format(
            trips=fmt.count(total.trips),
            km=fmt.km_text(total.km),
            paid_km=fmt.km_text(total.paid_km),
            amount=fmt.kr(total.amount_ore),
            tax_free=fmt.kr(total.tax_free_ore),
            co2=fmt.kg(total.co2_kg),
        )
        if total.estimated_ore:
            text += " " + self.tr(
                "{amount} kr är beräknat för resor som inte finns på någon reseräkning."
            ).format(amount=fmt.kr(total.estimated_ore))
        if total.unpriced_trips:
            unpriced = total.unpriced_trips
            text += " " + self.tr(
                "%n resor saknar ersättningsnivå och räknas som 0 kr.", "", unpriced
            )
        self.total.setText(text)
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(bool(self.tree.rows))

    def _fit_columns(self) -> None:
        """Numbers as wide as their longest figure or header; the name takes what is left
        (at least NAME_WIDTH, at most its longest name), so the table fits 1400 px."""
        metrics = self.view.fontMetrics()
        used = 0
        for column in range(1, len(UNIT_COLUMNS)):
            self.view.resizeColumnToContents(column)
            header_width = metrics.horizontalAdvance(label_text(UNIT_COLUMNS[column].header)) + 16
            if self.view.columnWidth(column) < header_width:
                self.view.setColumnWidth(column, header_width)
            used += self.view.columnWidth(column)
        self.view.resizeColumnToContents(COL_NAME)
        room = self.view.viewport().width() - used - 4
        wanted = self.view.columnWidth(COL_NAME)
        self.view.setColumnWidth(COL_NAME, max(NAME_WIDTH, min(wanted, room)))

    def tree_order(self) -> None:
        self.view.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.sort(-1)

    # --- drill-down ---------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_drilldown(index)

    def open_drilldown(self, index: QModelIndex) -> DrillDownDialog | None:
        """The trips behind the unit at *index*, in a window of their own."""
        row = self.model.unit_row(index)
        if row is None or self.state is None:
            return None
        for open_dialog in list(self.drilldowns):  # the same unit twice: raise the first
            if open_dialog.property("unit_id") == row.unit.id and open_dialog.isVisible():
                open_dialog.raise_()
                open_dialog.activateWindow()
                return open_dialog
        dialog = DrillDownDialog(
            self.db, row.unit.id, row.unit.name, self.state.period, self.state.basis, self
        )
        dialog.setProperty("unit_id", row.unit.id)
        dialog.destroyed.connect(lambda *_args, d=dialog: self._forget(d))
        self.drilldowns.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: DrillDownDialog) -> None:
        if dialog in self.drilldowns:
            self.drilldowns.remove(dialog)

    # --- exports ------------------------------------------------------------------------------
    def export_csv(self) -> Path | None:
        if self.tree is None or self.state is None:
            return None
        name = default_name(self.tree, self.state.scope.code, "csv")
        path = ask_path(self, self.tr("Exportera enheter som CSV"), name, self.tr(CSV_FILTER))
        return self._write(path, lambda target: save_csv(target, self.tree)) if path else None

    def export_xlsx(self) -> Path | None:
        if self.tree is None or self.state is None:
            return None
        name = default_name(self.tree, self.state.scope.code, "xlsx")
        path = ask_path(self, self.tr("Exportera enheter till Excel"), name, self.tr(XLSX_FILTER))
        if path is None:
            return None
        scope = self.state.scope.name
        return self._write(path, lambda target: save_xlsx(target, self.tree, scope))

    def _write(self, path: Path, write) -> Path | None:  # noqa: ANN001
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Exportera"),
                self.tr("Filen kunde inte sparas:\n{path}\n\n{reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return None
        self.exported.emit(path)
        return path

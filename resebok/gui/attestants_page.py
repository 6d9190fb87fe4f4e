"""Administration → Attestanter: who attests the claims of which units.

A unit linked here includes the units below it (resebok.core.attest), so linking a department
makes its manager the attestant of all its units.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.attest import add_attestant_unit, list_attestants, remove_attestant_unit
from resebok.core.claims import ClaimError
from resebok.gui.org_combos import employee_text, fill_employees, fill_units
from resebok.gui.styles import ERROR_STYLE


class AttestantsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Attestant"), self.tr("Enhet")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)

        self.employee = QComboBox()
        fill_employees(self.employee, db)
        self.unit = QComboBox()
        fill_units(self.unit, db)
        self.add_button = QPushButton(self.tr("&Lägg till"))
        self.remove_button = QPushButton(self.tr("&Ta bort markerad"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("A&nställd:"), self.employee)
        form.addRow(self.tr("&Enhet (med underliggande):"), self.unit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Attestanter godkänner reseräkningarna för sina enheter.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setMinimumSize(560, 420)

        self.add_button.clicked.connect(self.add_link)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        links = [
            (attestant.employee, unit)
            for attestant in list_attestants(self.db)
            for unit in attestant.units
        ]
        self.table.setRowCount(len(links))
        for row, (employee, unit) in enumerate(links):
            who = QTableWidgetItem(employee_text(employee))
            who.setData(Qt.ItemDataRole.UserRole, (employee.id, unit.id))
            self.table.setItem(row, 0, who)
            self.table.setItem(row, 1, QTableWidgetItem(unit.name))
        self._update_buttons()

    def add_link(self) -> None:
        employee_id, unit_id = self.employee.currentData(), self.unit.currentData()
        try:
            add_attestant_unit(self.db, employee_id, unit_id)
        except ClaimError as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        self.reload()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        for row in rows:
            employee_id, unit_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            remove_attestant_unit(self.db, employee_id, unit_id)
        self.reload()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))
        self.add_button.setEnabled(self.employee.count() > 0 and self.unit.count() > 0)

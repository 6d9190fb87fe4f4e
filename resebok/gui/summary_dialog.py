"""The controller's yearly summary: own-car km per unit, one year at a time."""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.summary import trip_year_range, yearly_unit_summary
from resebok.core.validation import EARLIEST_DATE
from resebok.gui.formatting import format_number

HEADERS = (
    QT_TRANSLATE_NOOP("SummaryDialog", "Enhetskod"),
    QT_TRANSLATE_NOOP("SummaryDialog", "Enhet"),
    QT_TRANSLATE_NOOP("SummaryDialog", "Kilometer"),
    QT_TRANSLATE_NOOP("SummaryDialog", "Resor"),
)
COL_CODE, COL_NAME, COL_KM, COL_TRIPS = range(len(HEADERS))
_NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SummaryDialog(QDialog):
    """Shows ``yearly_unit_summary`` for the chosen year; the table follows the year box.

    There are at most a few hundred units, so a QTableWidget filled in one go is enough; the
    grouping itself happens in SQL.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Sammanställning per enhet"))
        self.resize(640, 560)

        years = trip_year_range(db)
        latest = years[1] if years else date.today().year
        self.year_spin = QSpinBox(objectName="yearSpin")
        self.year_spin.setRange(EARLIEST_DATE.year, max(latest, date.today().year + 1))
        self.year_spin.setValue(latest)
        self.year_spin.setGroupSeparatorShown(False)  # "2021", never "2 021"
        self.year_spin.setAccessibleName(self.tr("År"))
        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year_spin)
        intro = QLabel(
            self.tr("Kilometer i egen bil per enhet som resorna belastar, efter resans datum.")
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, len(HEADERS), objectName="summaryTable")
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_KM, COL_TRIPS):
            self.table.horizontalHeaderItem(column).setTextAlignment(_NUMBER_ALIGNMENT)

        self.total_label = QLabel(objectName="totalLabel")
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(year_row)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(buttons)

        self.year_spin.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Query the chosen year again and refill the table and the total."""
        summary = yearly_unit_summary(self.db, self.year_spin.value())
        units = summary["units"]
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            cells = (
                unit["code"],
                unit["name"],
                format_number(unit["km"], 1),
                format_number(unit["trips"], 0),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (COL_KM, COL_TRIPS):
                    item.setTextAlignment(_NUMBER_ALIGNMENT)
                self.table.setItem(row, column, item)
        total = self.tr("Totalt {km} km i egen bil").format(
            km=format_number(summary["total_km"], 1)
        )
        if not units:
            total += " – " + self.tr("inga resor i egen bil {year}").format(year=summary["year"])
        self.total_label.setText(total)

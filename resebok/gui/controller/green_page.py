"""The green page: what the green prompt achieved, and why the own car was kept.

The figures are resebok.core.green_effect's, by trip date (trips never made have no payout
date). The reasons can be narrowed to one unit and the units below it. Until employees have
planned trips through the green prompt there is nothing to show, and the page says so instead
of drawing an empty chart.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.green_effect import GreenEffect, ReasonShare, green_effect, own_car_reasons
from resebok.core.org import unit_tree_order
from resebok.gui.controller import fmt
from resebok.gui.controller.charts import ReasonsChart
from resebok.gui.controller.state import ViewState
from resebok.gui.formatting import period_label
from resebok.gui.labels import text as label_text
from resebok.gui.styles import MUTED_STYLE

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
REASON_HEADERS = (
    QT_TRANSLATE_NOOP("GreenPage", "Skäl för egen bil"),
    QT_TRANSLATE_NOOP("GreenPage", "Antal resor"),
    QT_TRANSLATE_NOOP("GreenPage", "Andel"),
    QT_TRANSLATE_NOOP("GreenPage", "Km"),
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "GreenPage",
    "Inga val av färdsätt har registrerats i {where} under {period}: ingen har planerat en "
    "resa med Resebokens gröna förslag, så det finns inga skäl för egen bil att visa. "
    "Skälen registreras när en anställd väljer egen bil trots att ett grönare alternativ "
    "erbjöds.",
)


class GreenPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.state: ViewState | None = None
        self.effect: GreenEffect | None = None
        self.reasons: list[ReasonShare] = []

        self.unit = QComboBox(objectName="reasonUnit")
        self.unit.setMinimumContentsLength(30)
        unit_label = QLabel(self.tr("S&käl inom:"))
        unit_label.setBuddy(self.unit)
        self.summary = QLabel(objectName="greenSummary")
        self.summary.setWordWrap(True)
        self.empty = QLabel(objectName="reasonsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"{MUTED_STYLE} padding: 12px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table = QTableWidget(0, len(REASON_HEADERS), objectName="reasonsTable")
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in REASON_HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(REASON_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.table.horizontalHeaderItem(column).setTextAlignment(NUMBER_ALIGNMENT)
        self.chart = ReasonsChart()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.table)
        self.split.addWidget(self.chart)
        self.split.setSizes([460, 640])

        row = QHBoxLayout()
        row.addWidget(unit_label)
        row.addWidget(self.unit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.split, 1)
        self.unit.currentIndexChanged.connect(lambda _index: self._show_reasons())

    def show_state(self, state: ViewState) -> None:
        self.state = state
        self.effect = green_effect(self.db, state.period, state.scope.id)
        self._fill_units(state)
        self._show_summary(self.effect)
        self._show_reasons()

    def _fill_units(self, state: ViewState) -> None:
        wanted = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Hela {scope}").format(scope=state.scope.name), state.scope.id)
        inside = False
        base_depth = 0
        for depth, unit in unit_tree_order(self.db):
            if unit.id == state.scope.id:
                inside, base_depth = True, depth
                continue
            if inside and depth <= base_depth:
                break
            if inside:
                self.unit.addItem("   " * (depth - base_depth - 1) + unit.name, unit.id)
        index = self.unit.findData(wanted)
        self.unit.setCurrentIndex(max(0, index))
        self.unit.blockSignals(False)

    def _show_summary(self, effect: GreenEffect) -> None:
        total = effect.total
        if effect.is_empty:
            self.summary.setText("")
            self.summary.hide()
            return
        self.summary.show()
        text = self.tr(
            "{prompts} planerade resor fick förslag på gröna alternativ; {taken} ({share}) "
            "gjordes på annat sätt än med egen bil. Det undvek {km} i egen bil och {co2} kg CO₂."
        ).format(
            prompts=fmt.count(total.prompts),
            taken=fmt.count(total.alternatives_taken),
            share=fmt.percent(total.green_share, 0),
            km=fmt.km_text(total.km_avoided),
            co2=fmt.kg(total.co2_avoided_kg),
        )
        if total.avoided_trips:
            avoided = total.avoided_trips
            text += " " + self.tr("{count} resor ersattes av digitala möten.", "", avoided).format(
                count=fmt.count(avoided)
            )
        if total.afterwards:
            text += " " + self.tr(
                "{count} av resorna loggades först efter att de gjorts, när förslagen inte "
                "längre kunde väljas.",
                "",
                total.afterwards,
            ).format(count=fmt.count(total.afterwards))
        self.summary.setText(text)

    def _show_reasons(self) -> None:
        if self.state is None:
            return
        unit_id = self.unit.currentData()
        self.reasons = own_car_reasons(self.db, self.state.period, unit_id)
        if not self.reasons:
            where = (
                self.state.scope.name
                if unit_id in (None, self.state.scope.id)
                else self.unit.currentText().strip()
            )
            self.empty.setText(
                self.tr(EMPTY_TEXT).format(where=where, period=period_label(self.state.period))
            )
            self.empty.show()
            self.split.hide()
            return
        self.empty.hide()
        self.split.show()
        kept = sum(reason.count for reason in self.reasons)
        self.table.setRowCount(len(self.reasons))
        for row, reason in enumerate(self.reasons):
            cells = (
                label_text(reason.label)[:1].upper() + label_text(reason.label)[1:],
                fmt.count(reason.count),
                fmt.percent(reason.count / kept if kept else None, 0),
                fmt.km(reason.km),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(NUMBER_ALIGNMENT)
                self.table.setItem(row, column, item)
        self.chart.show_reasons(self.reasons)

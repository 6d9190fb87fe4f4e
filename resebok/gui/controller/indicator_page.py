"""The indicator page: cumulative paid km against the target, and the indicator box.

The box says what the printed report will say: the year's target, the outcome from 1 January
to the cut-off, the full-year forecast with the sentence that explains its method, and whether
the target is met (green) or not (red). The year's target can be set here; the core checks it
(resebok.core.indicator.set_target) and its Swedish message appears next to the field.
"""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.indicator import IndicatorError, IndicatorResult, Status, indicator, set_target
from resebok.gui.controller import fmt
from resebok.gui.controller.charts import CumulativeChart
from resebok.gui.controller.state import ViewState
from resebok.gui.formatting import month_name, short_day
from resebok.gui.i18n import SOURCE_LANGUAGE, ui_language
from resebok.gui.labels import label
from resebok.gui.styles import error_label, muted_label

STATUS_STYLES = {
    Status.MET: "background: #dcefdc; color: #1e6b2a; border: 1px solid #1e6b2a;",
    Status.NOT_MET: "background: #fadbd8; color: #a31515; border: 1px solid #a31515;",
    None: "background: #eeeeee; color: #444444; border: 1px solid #aaaaaa;",
}
MONTH_HEADERS = (
    QT_TRANSLATE_NOOP("IndicatorPage", "Månad"),
    QT_TRANSLATE_NOOP("IndicatorPage", "Utbetalt"),
    QT_TRANSLATE_NOOP("IndicatorPage", "Ackumulerat"),
    QT_TRANSLATE_NOOP("IndicatorPage", "Prognos"),
)
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_KM_TEXT = re.compile(r"^\s*(-?\d+(?:[,.]\d+)?)\s*(?:km)?\s*$", re.IGNORECASE)


def parse_target(text: str) -> float:
    """ "70 000", "70000 km" or "69 500,5" as km ("70,000" in English); ValueError with a
    message for the user otherwise."""
    compact = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if ui_language() != SOURCE_LANGUAGE:
        compact = compact.replace(",", "")  # English groups thousands with commas
    match = _KM_TEXT.match(compact)
    if not match:
        raise ValueError(IndicatorPage.tr("Ange målet som ett antal kilometer, t.ex. 70 000."))
    value = float(match.group(1).replace(",", "."))
    if value < 0:
        raise ValueError(IndicatorPage.tr("Målet kan inte vara negativt: ange 0 km eller mer."))
    return value


def _value_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() + 1)
    font.setBold(True)
    label.setFont(font)
    return label


class IndicatorPage(QWidget):
    """Shows ``indicator(year, cutoff, scope)``; emits ``target_saved`` after a new target."""

    target_saved = Signal(float)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.state: ViewState | None = None
        self.result: IndicatorResult | None = None
        self.chart = CumulativeChart()

        self.box = QGroupBox(self.tr("Utbetald kilometerersättning"), objectName="indicatorBox")
        self.scope_label = QLabel(objectName="indicatorScope")
        self.scope_label.setWordWrap(True)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.target_value = _value_label("targetValue")
        self.outcome_caption = QLabel(self.tr("Utfall:"))
        self.outcome_value = _value_label("outcomeValue")
        self.forecast_value = _value_label("forecastValue")
        self.deviation_value = _value_label("deviationValue")
        self.method = muted_label(object_name="forecastMethod")
        self.method.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(objectName="statusLabel")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumHeight(34)
        status_font = self.status.font()
        status_font.setPointSizeF(status_font.pointSizeF() + 2)
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.previous = muted_label(object_name="previousYear")

        self.months = QTableWidget(12, len(MONTH_HEADERS), objectName="monthTable")
        self.months.setHorizontalHeaderLabels([self.tr(header) for header in MONTH_HEADERS])
        self.months.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.months.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.months.verticalHeader().setVisible(False)
        self.months.verticalHeader().setDefaultSectionSize(21)
        self.months.setAlternatingRowColors(True)
        self.months.setToolTip(
            self.tr(
                "Utbetalda km per månad till brytdagen, och prognosens väg efter den (ackumulerat)"
            )
        )
        month_header = self.months.horizontalHeader()
        month_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(MONTH_HEADERS)):
            self.months.horizontalHeaderItem(column).setTextAlignment(NUMBER_ALIGNMENT)
        rows_height = 12 * 21 + self.months.horizontalHeader().sizeHint().height()
        self.months.setFixedHeight(rows_height + 2 * self.months.frameWidth() + 2)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Mål för helåret:"), self.target_value)
        form.addRow(self.outcome_caption, self.outcome_value)
        form.addRow(self.tr("Prognos för helåret:"), self.forecast_value)
        form.addRow(self.tr("Prognos mot målet:"), self.deviation_value)

        self.target_edit = QLineEdit(objectName="targetEdit")
        self.target_edit.setPlaceholderText(self.tr("t.ex. {km}").format(km=fmt.km(70_000, 0)))
        self.target_edit.setAccessibleName(self.tr("Nytt mål i km"))
        self.target_edit.setMaximumWidth(130)
        self.target_button = QPushButton(self.tr("Spara mål"), objectName="saveTargetButton")
        self.target_error = error_label("targetError")
        target_row = QHBoxLayout()
        target_label = QLabel(self.tr("Nytt må&l (km):"))
        target_label.setBuddy(self.target_edit)
        target_row.addWidget(target_label)
        target_row.addWidget(self.target_edit)
        target_row.addWidget(self.target_button)
        target_row.addStretch(1)

        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.scope_label)
        box_layout.addLayout(form)
        box_layout.addWidget(self.method)
        box_layout.addWidget(self.status)
        box_layout.addWidget(self.previous)
        box_layout.addWidget(self.months)
        box_layout.addStretch(1)
        box_layout.addLayout(target_row)
        box_layout.addWidget(self.target_error)
        self.box.setMinimumWidth(360)
        self.box.setMaximumWidth(440)

        layout = QHBoxLayout(self)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.box)

        self.target_button.clicked.connect(self.save_target)
        self.target_edit.returnPressed.connect(self.save_target)
        self.target_edit.textEdited.connect(lambda _text: self.target_error.hide())

    def show_state(self, state: ViewState) -> None:
        self.state = state
        self.target_error.hide()
        try:
            result = indicator(self.db, state.year, state.cutoff, state.scope.id)
        except IndicatorError as exc:  # e.g. a year outside the core's range
            self.result = None
            self.box.setTitle(self.tr("Utbetald kilometerersättning"))
            self.method.setText(str(exc))
            return
        self.result = result
        self.box.setTitle(self.tr("Utbetald kilometerersättning {year}").format(year=result.year))
        self.scope_label.setText(
            self.tr(
                "{scope}: utbetalda km i egen bil, räknade efter utbetalningsdag. Lägre är bättre."
            ).format(scope=result.scope.name)
        )
        self.target_value.setText(
            fmt.km_text(result.target_km) if result.target_km is not None else self.tr("inget mål")
        )
        self.outcome_caption.setText(
            self.tr("Utfall {first}–{last}:").format(
                first=short_day(result.cutoff.replace(month=1, day=1)),
                last=short_day(result.cutoff),
            )
        )
        self.outcome_value.setText(fmt.km_text(result.outcome_km))
        self.forecast_value.setText(fmt.km_text(result.forecast_km))
        deviation = result.deviation_km
        self.deviation_value.setText("–" if deviation is None else fmt.signed_km(deviation))
        self.method.setText(result.forecast.text)
        status = result.status
        self.status.setText(
            label(status)
            if status is not None
            else self.tr("Inget mål satt för året – ange ett nedan")
        )
        self.status.setStyleSheet(STATUS_STYLES[status] + " border-radius: 4px; padding: 4px;")
        self.status.setProperty("status", str(status) if status else "")
        self.previous.setText(self._previous_text(result))
        if not self.target_edit.hasFocus():  # the year's own target, or empty to set one
            target = result.target_km
            self.target_edit.setText(fmt.km(target, 0) if target is not None else "")
        self._fill_months(result)
        self.chart.show_result(result)

    def _fill_months(self, result: IndicatorResult) -> None:
        for row, point in enumerate(result.months):
            cells = (
                month_name(point.month).capitalize(),
                fmt.km(point.paid_km, 0),
                fmt.km(point.cumulative_km, 0),
                fmt.km(point.forecast_cumulative_km, 0)
                if point.month > result.cutoff.month or point.cumulative_km is None
                else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(NUMBER_ALIGNMENT)
                self.months.setItem(row, column, item)

    def _previous_text(self, result: IndicatorResult) -> str:
        previous = result.year - 1
        if result.previous_year_km is None:
            return self.tr("Inga utbetalda km {year} att jämföra med.").format(year=previous)
        whole = fmt.km_text(result.previous_year_km)
        if result.previous_year_to_date_km is not None and result.cutoff.month != 12:
            return self.tr("{year}: {km} för helåret, {to_date} till {day}.").format(
                year=previous,
                km=whole,
                to_date=fmt.km_text(result.previous_year_to_date_km),
                day=short_day(result.cutoff),
            )
        return self.tr("{year}: {km} för helåret.").format(year=previous, km=whole)

    def save_target(self) -> bool:
        """Store the typed target for the year and scope, then show the new status."""
        if self.state is None:
            return False
        try:
            km = parse_target(self.target_edit.text())
            set_target(self.db, self.state.year, km, self.state.scope.id)
        except (ValueError, IndicatorError) as exc:
            self.target_error.setText(str(exc))
            self.target_error.show()
            return False
        self.target_error.hide()
        self.show_state(self.state)
        self.target_saved.emit(km)
        return True

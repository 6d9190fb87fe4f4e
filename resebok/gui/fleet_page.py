"""The fleet page: how many pool cars would a unit need, and what would N cars change?

A page of the controller view (``view.add_page("Behov av kommunbilar", FleetNeedPage(db))``:
its ``show_state`` takes the view's period, cut-off and scope) that also works on its own.
The analysis (resebok.core.fleet_need) runs off the GUI thread behind a progress dialog that
can cancel it: the trips are read here, the pure calculation runs in a thread. The what-if
(resebok.core.fleet_what_if) is a few queries and runs directly. Bad input gets a
message beside the form; nothing is saved except, through the view, the report's choice.
"""

import threading
from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core import money
from resebok.core.controller_summary import figures_by_unit
from resebok.core.fleet_need import (
    DEFAULT_SPEED_KMH,
    FleetCancelled,
    FleetNeed,
    FleetNeedError,
    FleetSettings,
    analyse_trips,
    load_fleet_trips,
)
from resebok.core.fleet_what_if import (
    COST_NOTE,
    CarCosts,
    WhatIf,
    break_even_sentence,
    cost_sentence,
    costs_by_cars,
    what_if,
)
from resebok.core.indicator import IndicatorError, default_cutoff, municipality_unit
from resebok.core.models import FUELS, Mode, OrgUnit
from resebok.core.org import get_unit, unit_tree_order
from resebok.core.periods import Period, PeriodError
from resebok.core.rates import RateError
from resebok.core.summary import trip_year_range
from resebok.gui.date_edits import chosen_date, date_edit
from resebok.gui.fleet_chart import FleetChart
from resebok.gui.formatting import (
    format_date,
    format_kr,
    format_number,
    parse_kr,
    period_label,
)
from resebok.gui.labels import text as label_text
from resebok.gui.styles import MUTED_STYLE, error_label, muted_label
from resebok.gui.swedish import FUEL_NAMES

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CURVE_HEADERS = (
    QT_TRANSLATE_NOOP("FleetNeedPage", "Bilar"),
    QT_TRANSLATE_NOOP("FleetNeedPage", "Andel km"),
    QT_TRANSLATE_NOOP("FleetNeedPage", "Andel resor"),
    QT_TRANSLATE_NOOP("FleetNeedPage", "Andel dagar"),
    QT_TRANSLATE_NOOP("FleetNeedPage", "Km/bil och år"),
    QT_TRANSLATE_NOOP("FleetNeedPage", "Netto/år"),
)


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def _whole_kr(ore: int) -> str:
    """Whole kronor with the unit in the interface's language (core's rounding, no float)."""
    return f"{format_number(money.whole_kr(ore), 0)} kr"


def _signed_kr(ore: int) -> str:
    sign = "−" if ore < 0 else "+" if ore > 0 else ""
    return sign + _whole_kr(abs(ore))


def _percent(share: float) -> str:
    return f"{format_number(share * 100, 1)} %"


class AnalysisJob(QObject):
    """Runs ``analyse_trips`` in a thread; the progress dialog's Cancel stops it."""

    finished = Signal(object)  # FleetNeed
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._done = (0, 1)
        self._outcome: dict[str, object] = {}
        self._timer = QTimer(self, interval=40)
        self._timer.timeout.connect(self._poll)
        self._dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, unit: OrgUnit, period: Period, trips: list, settings: FleetSettings) -> None:
        self._cancel.clear()
        self._outcome = {}

        def progress(done: int, total: int) -> bool:
            self._done = (done, max(total, 1))
            return not self._cancel.is_set()

        def work() -> None:
            try:
                self._outcome["value"] = analyse_trips(unit, period, trips, settings, progress)
            except FleetCancelled:
                self._outcome["cancelled"] = True
            except FleetNeedError as exc:
                self._outcome["error"] = str(exc)

        dialog = QProgressDialog(
            self.tr("Räknar ut behovet av kommunbilar …"), self.tr("Avbryt"), 0, 100
        )
        dialog.setParent(self._parent, dialog.windowFlags())
        dialog.setWindowTitle(self.tr("Behov av kommunbilar"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(self._cancel.set)
        self._dialog = dialog
        self._thread = threading.Thread(target=work, name="resebok-fleet", daemon=True)
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
        self._poll()

    def _poll(self) -> None:
        if self._dialog is not None:
            done, total = self._done
            self._dialog.setValue(min(99, round(done * 100 / total)))
        if self._thread is None or self._thread.is_alive():
            return
        self._timer.stop()
        self._thread = None
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        if "value" in self._outcome:
            self.finished.emit(self._outcome["value"])
        elif "error" in self._outcome:
            self.failed.emit(str(self._outcome["error"]))
        else:
            self.cancelled.emit()


class FleetNeedPage(QWidget):
    """Signals: ``analysis_finished(FleetNeed)``, ``what_if_finished(WhatIf)``,
    ``report_choice_changed()`` (the view saves the choice with the report's settings)."""

    analysis_finished = Signal(object)
    what_if_finished = Signal(object)
    report_choice_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.need: FleetNeed | None = None
        self.result: WhatIf | None = None
        self.scope: OrgUnit | None = None
        self.cutoff: date | None = None
        self._auto_unit = True  # follow the unit that drives most until the user picks one
        self.job = AnalysisJob(self)
        self.job.finished.connect(self._analysis_done)
        self.job.failed.connect(self._show_error)
        self.job.cancelled.connect(lambda: self._show_error(self.tr("Beräkningen avbröts.")))

        self._build_form()
        self._build_results()
        self._build_what_if()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.form_box)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.what_if_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._fill_units()
        self._default_period()

    # --- building -------------------------------------------------------------------------
    def _build_form(self) -> None:
        self.unit = QComboBox(objectName="fleetUnit")
        self.unit.setMinimumContentsLength(28)
        self.unit.setAccessibleName(self.tr("Enhet"))
        self.date_from = date_edit("fleetFrom", self.tr("Från och med"))
        self.date_to = date_edit("fleetTo", self.tr("Till och med"))
        self.coverage = QSpinBox(objectName="fleetCoverage")
        self.coverage.setRange(50, 100)
        self.coverage.setValue(90)
        self.coverage.setSuffix(" %")
        self.coverage.setAccessibleName(self.tr("Täckning, andel av dagarna"))
        self.coverage.setToolTip(
            self.tr("Bilarna ska räcka så här stor andel av dagarna med resor")
        )
        self.compute_button = QPushButton(self.tr("Berä&kna"), objectName="fleetCompute")
        self.compute_button.setDefault(True)
        self.speed = QSpinBox(objectName="fleetSpeed")
        self.speed.setRange(5, 150)
        self.speed.setValue(int(DEFAULT_SPEED_KMH))
        self.speed.setSuffix(" km/h")
        self.stop_minutes = QSpinBox(objectName="fleetStopMinutes")
        self.stop_minutes.setRange(0, 480)
        self.stop_minutes.setSingleStep(5)
        self.stop_minutes.setSuffix(" min")
        self.stop_minutes.setSpecialValueText(self.tr("från enhetens resor"))
        self.day_start = QTimeEdit(QTime(7, 0), objectName="fleetDayStart")
        self.day_start.setAccessibleName(self.tr("Arbetsdagen börjar"))
        self.day_end = QTimeEdit(QTime(16, 0), objectName="fleetDayEnd")
        self.day_end.setAccessibleName(self.tr("Arbetsdagen slutar"))
        for edit in (self.day_start, self.day_end):
            edit.setDisplayFormat("HH:mm")
        self.from_home = QCheckBox(
            self.tr("Räkna &även resor hemifrån"), objectName="fleetFromHome"
        )
        self.from_home.setToolTip(
            self.tr(
                "En kommunbil står vid arbetsplatsen; resor som börjar hemma räknas annars inte"
            )
        )
        self.in_report = QCheckBox(self.tr("Ta med i rapporten"), objectName="fleetInReport")
        self.in_report.setToolTip(
            self.tr("Kontrollantens rapport får ett avsnitt om enhetens behov")
        )

        grid = QGridLayout()
        # Mnemonics avoid the controller view's tabs, filters and menu (A B E F G H I J M N
        # T U are theirs), so that Alt+letter is never ambiguous when the page is a tab.
        pairs = (
            (self.tr("Enhet:"), self.unit),
            (self.tr("Fr&ån:"), self.date_from),
            (self.tr("Ti&ll:"), self.date_to),
            (self.tr("Tä&ckning:"), self.coverage),
        )
        for column, (text, widget) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        grid.addWidget(self.compute_button, 0, 8)
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.day_end)
        assumptions = (
            (self.tr("Me&delhastighet:"), self.speed),
            (self.tr("Tid per &stopp:"), self.stop_minutes),
            (self.tr("A&rbetsdagen:"), self.day_start),
        )
        for column, (text, widget) in enumerate(assumptions):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 1, 2 * column)
            if widget is self.day_start:
                grid.addLayout(hours, 1, 2 * column + 1)
            else:
                grid.addWidget(widget, 1, 2 * column + 1)
        checks = QHBoxLayout()
        checks.addWidget(self.from_home)
        checks.addWidget(self.in_report)
        checks.addStretch(1)
        grid.addLayout(checks, 2, 0, 1, 9)
        grid.setColumnStretch(9, 1)
        hint = QLabel(
            self.tr(
                "Resor utan tider får en tid från sina km och stopp och läggs inom arbetsdagen."
            ),
            objectName="fleetHint",
        )
        hint.setStyleSheet(MUTED_STYLE)
        grid.addWidget(hint, 3, 0, 1, 10)
        self.form_box = QGroupBox(self.tr("Enhet och period"))
        self.form_box.setLayout(grid)

        self.error = error_label("fleetError")
        self.compute_button.clicked.connect(self.compute)
        self.unit.activated.connect(self._unit_picked)
        self.in_report.toggled.connect(lambda _on: self.report_choice_changed.emit())
        self.coverage.valueChanged.connect(self._coverage_changed)

    def _build_results(self) -> None:
        self.summary = QLabel(
            self.tr("Välj enhet och period och tryck på Beräkna."), objectName="fleetSummary"
        )
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.chart = FleetChart()
        self.table = QTableWidget(0, len(CURVE_HEADERS), objectName="fleetCurveTable")
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in CURVE_HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(len(CURVE_HEADERS)):
            self.table.horizontalHeaderItem(column).setTextAlignment(NUMBER_ALIGNMENT)
        self.table.setToolTip(
            self.tr(
                "Dubbelklicka på en rad för att räkna på det antalet bilar nedan. Netto per år: "
                "sparad ersättning minus bilarnas kostnad med kostnaderna i formuläret."
            )
        )
        self.table.cellDoubleClicked.connect(self._row_chosen)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.chart)
        self.split.addWidget(self.table)
        self.split.setSizes([720, 420])
        self.split.setMinimumHeight(360)

    def _build_what_if(self) -> None:
        self.cars = QSpinBox(objectName="whatIfCars")
        self.cars.setRange(1, 500)
        self.cars.setValue(1)
        self.cars.setSuffix(" " + self.tr("bilar"))
        self.cars_from = date_edit("whatIfFrom", self.tr("Bilarna finns från"))
        self.lease = QLineEdit(_whole_kr(CarCosts().lease_ore_per_year), objectName="whatIfLease")
        self.lease.setAccessibleName(self.tr("Kostnad per bil och år, kronor"))
        self.per_km = QLineEdit(format_kr(100, unit=False), objectName="whatIfPerKm")
        self.per_km.setAccessibleName(self.tr("Körkostnad per km, kronor"))
        self.fuel = QComboBox(objectName="whatIfFuel")
        for fuel in ("electric", "biogas", "hvo", "petrol", "diesel"):
            assert fuel in FUELS
            self.fuel.addItem(label_text(FUEL_NAMES[fuel]), fuel)
        self.what_if_cutoff = date_edit("whatIfCutoff", self.tr("Prognosens brytdag"))
        self.what_if_button = QPushButton(self.tr("&Pröva förslaget"), objectName="whatIfCompute")
        self.what_if_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Antal kommunbilar:"), self.cars)
        form.addRow(self.tr("Från och med:"), self.cars_from)
        form.addRow(self.tr("Kostnad per bil och år (kr):"), self.lease)
        form.addRow(self.tr("Körkostnad per km (kr):"), self.per_km)
        form.addRow(self.tr("Bilarnas dri&vmedel:"), self.fuel)
        form.addRow(self.tr("Prognosens brytdag:"), self.what_if_cutoff)
        form.addRow(self.what_if_button)
        note = muted_label(COST_NOTE, "whatIfCostNote")
        form.addRow(note)
        self.what_if_error = error_label("whatIfError")
        form.addRow(self.what_if_error)
        left = QWidget()
        left.setLayout(form)
        left.setMaximumWidth(430)

        self.forecast_table = QTableWidget(3, 3, objectName="whatIfForecast")
        self.forecast_table.setHorizontalHeaderLabels(
            [self.tr("Utbetalda km"), self.tr("I dag"), self.tr("Med bilarna")]
        )
        self.forecast_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forecast_table.verticalHeader().setVisible(False)
        self.forecast_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        for column in (1, 2):
            self.forecast_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.forecast_table.setMaximumHeight(118)
        self.effects = QLabel(
            self.tr("Räkna ut behovet först; resultatet visas här bredvid dagens prognos."),
            objectName="whatIfEffects",
        )
        self.effects.setWordWrap(True)
        self.effects.setTextFormat(Qt.TextFormat.RichText)
        self.effects.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.effects.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QVBoxLayout()
        right.addWidget(self.forecast_table)
        right.addWidget(self.effects, 1)
        box = QHBoxLayout()
        box.addWidget(left)
        box.addLayout(right, 1)
        self.what_if_box = QGroupBox(self.tr("Tänk om enheten hade kommunbilar"))
        self.what_if_box.setLayout(box)
        self.what_if_button.clicked.connect(self.compute_what_if)

    # --- defaults -------------------------------------------------------------------------
    def _fill_units(self) -> None:
        self.unit.clear()
        for depth, unit in unit_tree_order(self.db):
            self.unit.addItem("  " * depth + f"{unit.name} ({unit.code})", unit.id)

    def _default_period(self) -> None:
        years = trip_year_range(self.db)
        today = date.today()
        year = today.year if years is None else min(years[1], today.year)
        if years is not None and year == today.year and year - 1 >= years[0]:
            year -= 1  # a whole year says more than a part of one
        self.set_period(Period.year(year))
        self.cutoff = default_cutoff(year, today)
        self.what_if_cutoff.setDate(QDate(self.cutoff))
        self._pick_busiest_unit()

    def set_period(self, period: Period) -> None:
        self.date_from.setDate(QDate(period.first))
        self.date_to.setDate(QDate(period.last))
        self.cars_from.setDate(QDate(period.first))

    def set_unit(self, unit_id: int) -> bool:
        index = self.unit.findData(unit_id)
        if index < 0:
            return False
        self.unit.setCurrentIndex(index)
        self._auto_unit = False
        return True

    def _unit_picked(self, _index: int) -> None:
        self._auto_unit = False
        self.report_choice_changed.emit()

    def _pick_busiest_unit(self) -> None:
        """The unit (not department or committee) with the most own-car km in the period."""
        if not self._auto_unit:
            return
        try:
            period = self.period()
        except PeriodError:
            return
        by_unit = figures_by_unit(self.db, period, mode=Mode.OWN_CAR, scope_id=self._scope_id())
        kinds = {unit.id: unit.kind for _depth, unit in unit_tree_order(self.db)}
        busiest = max(
            (
                (modes[Mode.OWN_CAR].km_tenths, unit_id)
                for unit_id, modes in by_unit.items()
                if Mode.OWN_CAR in modes and kinds.get(unit_id) == "unit"
            ),
            default=None,
        )
        if busiest is not None:
            self.unit.setCurrentIndex(self.unit.findData(busiest[1]))

    def _scope_id(self) -> int | None:
        return self.scope.id if self.scope is not None else None

    # --- the controller view ----------------------------------------------------------------
    def show_state(self, state: object) -> None:
        """Take the controller view's period, cut-off and scope, and analyse again."""
        period = getattr(state, "period", None)
        if isinstance(period, Period):
            self.set_period(period)
        self.scope = getattr(state, "scope", None)
        self.cutoff = getattr(state, "cutoff", None)
        if self.cutoff is not None:
            self.what_if_cutoff.setDate(QDate(self.cutoff))
        self._pick_busiest_unit()
        self.compute()

    def report_unit_id(self) -> int | None:
        """The unit the report's fleet section analyses; None: the report has no section."""
        return self.unit.currentData() if self.in_report.isChecked() else None

    def report_coverage(self) -> float:
        return float(self.coverage.value())

    def load_report_options(self, settings: object | None) -> None:
        """Show a saved choice (resebok.core.report_settings.ReportSettings or None)."""
        unit_id = getattr(settings, "fleet_unit_id", None)
        blocked = self.in_report.blockSignals(True)
        self.in_report.setChecked(unit_id is not None)
        self.in_report.blockSignals(blocked)
        if unit_id is not None:
            self.set_unit(unit_id)
            self.coverage.setValue(round(getattr(settings, "fleet_coverage", 90.0)))

    # --- the analysis -------------------------------------------------------------------------
    def period(self) -> Period:
        return Period(chosen_date(self.date_from), chosen_date(self.date_to))

    def settings(self) -> FleetSettings:
        stop = self.stop_minutes.value()
        return FleetSettings(
            coverage_percent=float(self.coverage.value()),
            speed_kmh=float(self.speed.value()),
            stop_minutes=stop if stop > 0 else None,
            day_start=_time(self.day_start),
            day_end=_time(self.day_end),
            include_from_home=self.from_home.isChecked(),
        )

    def compute(self) -> bool:
        """Start the analysis; False (and a message) when the form is not valid."""
        if self.job.running:
            return False
        self.error.hide()
        unit = get_unit(self.db, self.unit.currentData()) if self.unit.count() else None
        if unit is None:
            return self._show_error(self.tr("Välj en enhet."))
        try:
            period = self.period()
            settings = self.settings()
            settings.check()
        except (PeriodError, FleetNeedError) as exc:
            return self._show_error(str(exc))
        trips = load_fleet_trips(self.db, unit.id, period)
        self.compute_button.setEnabled(False)
        self.job.start(unit, period, trips, settings)
        return True

    def _show_error(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        self.compute_button.setEnabled(True)
        return False

    def _coverage_changed(self, value: int) -> None:
        """The curve does not depend on the coverage: only the need and the marks move."""
        if self.need is not None and not self.job.running:
            from dataclasses import replace

            settings = replace(self.need.settings, coverage_percent=float(value))
            self._analysis_done(replace(self.need, settings=settings))
        self.report_choice_changed.emit()

    def _analysis_done(self, need: FleetNeed) -> None:
        self.need = need
        self.compute_button.setEnabled(True)
        self.summary.setText(self._summary_text(need))
        self.chart.show_need(need)
        self._fill_table(need)
        self.cars.setValue(max(1, need.need))
        self.what_if_button.setEnabled(need.days > 0)
        self._clear_what_if(need)
        self.analysis_finished.emit(need)

    def _clear_what_if(self, need: FleetNeed) -> None:
        """A new analysis makes an earlier what-if stale: it is cleared, not left standing."""
        if self.result is not None and self.result.period == need.period:
            if self.result.unit.id == need.unit.id:
                return  # only the coverage moved: the what-if still holds
        self.result = None
        self.forecast_table.clearContents()
        self.effects.setText(
            self.tr(
                "Tryck på <b>Pröva förslaget</b> för att se vad {cars} kommunbilar hade betytt "
                "för prognosen, ersättningen, utsläppen och kostnaden."
            ).format(cars=need.need or "N")
            if need.days
            else ""
        )

    def _summary_text(self, need: FleetNeed) -> str:
        period = period_label(need.period)
        if need.days == 0:
            return self.tr("{unit} har inga resor i egen bil under {period}.").format(
                unit=need.unit.name, period=period
            )
        point = need.point(need.need)
        assert point is not None
        headline = self.tr(
            "<b>{cars} kommunbilar</b> hade räckt för {unit} {coverage} % av de {days} dagarna "
            "med resor i egen bil under {period} (som mest {peak} samtidigt). De hade tagit "
            "{share_km} av kilometrarna och {share_trips} av resorna."
        ).format(
            cars=need.need,
            unit=need.unit.name,
            coverage=format_number(need.settings.coverage_percent, 0),
            days=need.days,
            period=period,
            peak=need.max_peak,
            share_km=_percent(point.share_km),
            share_trips=_percent(point.share_trips),
        )
        stop = self.tr("{minutes} min per stopp").format(minutes=need.stop_minutes)
        if need.stop_minutes_learnt:
            stop += " " + self.tr("(uppskattad från enhetens resor)")
        details = self.tr(
            "{trips} resor, {km} km. {estimated} resor saknade tider och fick en uppskattad tid "
            "({speed} km/h, {stop})."
        ).format(
            trips=need.trips,
            km=format_number(need.km_tenths / 10, 0),
            estimated=need.estimated_trips,
            speed=format_number(need.settings.speed_kmh, 0),
            stop=stop,
        )
        if need.colliding_estimates:
            details += " " + self.tr(
                "{count} fick inte plats bredvid den anställdas andra resor."
            ).format(count=need.colliding_estimates)
        if need.excluded:
            details += " " + self.tr(
                "{from_home} resor hemifrån och {commuting} pendlingsresor ingår inte."
            ).format(from_home=need.excluded_from_home, commuting=need.excluded_commuting)
        return f"{headline}<br><span style='{MUTED_STYLE}'>{details}</span>"

    def _fill_table(self, need: FleetNeed) -> None:
        try:
            costs = dict(costs_by_cars(self.db, need, self._costs()))
        except (FleetNeedError, ValueError):
            costs = {}
        curve = need.curve()
        self.table.setRowCount(len(curve))
        bold = self.table.font()
        bold.setBold(True)
        for row, point in enumerate(curve):
            cost = costs.get(point.cars)
            values = [
                str(point.cars),
                _percent(point.share_km),
                _percent(point.share_trips),
                _percent(point.share_days),
                format_number(cost.car_km_per_year / point.cars, 0) if cost else "",
                _signed_kr(cost.net_ore) if cost else "",
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(NUMBER_ALIGNMENT)
                if point.cars == need.need:
                    item.setFont(bold)
                    item.setToolTip(self.tr("Rekommenderat antal för den valda täckningen"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        bar = self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(self.table.horizontalHeader().length() + bar + 6)

    def _row_chosen(self, row: int, _column: int) -> None:
        self.cars.setValue(row + 1)
        self.compute_what_if()

    # --- the what-if --------------------------------------------------------------------------
    def _costs(self) -> CarCosts:
        try:
            lease = parse_kr(self.lease.text())
            per_km = parse_kr(self.per_km.text())
        except ValueError as exc:
            raise FleetNeedError(self.tr("Kostnaden: {error}").format(error=exc)) from None
        return CarCosts(lease_ore_per_year=lease, ore_per_km=per_km, fuel=self.fuel.currentData())

    def compute_what_if(self) -> bool:
        if self.need is None or self.need.days == 0:
            return False
        self.what_if_error.hide()
        cutoff = chosen_date(self.what_if_cutoff)
        try:
            costs = self._costs()
            scope = self.scope or municipality_unit(self.db)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                result = what_if(
                    self.db,
                    self.need,
                    self.cars.value(),
                    chosen_date(self.cars_from),
                    costs,
                    cutoff,
                    scope.id,
                )
            finally:
                QGuiApplication.restoreOverrideCursor()
        except (FleetNeedError, IndicatorError, RateError) as exc:
            self.what_if_error.setText(str(exc))
            self.what_if_error.show()
            return False
        self.result = result
        self._show_what_if(result)
        self._fill_table(self.need)
        self.what_if_finished.emit(result)
        return True

    def _show_what_if(self, result: WhatIf) -> None:
        effect = result.forecast
        target = "–" if effect.target_km is None else f"{format_number(effect.target_km, 0)} km"
        rows = (
            (
                self.tr("Prognos {year} (brytdag {cutoff})").format(
                    year=effect.year, cutoff=format_date(effect.cutoff)
                ),
                effect.today_km,
                effect.with_cars_km,
            ),
            (
                self.tr("Antagande {year}").format(year=effect.year + 1),
                effect.next_today_km,
                effect.next_with_cars_km,
            ),
        )
        for row, (label, today, with_cars) in enumerate(rows):
            self._forecast_cell(row, 0, label, left=True)
            self._forecast_cell(row, 1, f"{format_number(today, 0)} km")
            self._forecast_cell(row, 2, f"{format_number(with_cars, 0)} km", bold=True)
        self._forecast_cell(2, 0, self.tr("Mål {year}").format(year=effect.year), left=True)
        self._forecast_cell(2, 1, target)
        self._forecast_cell(2, 2, target)
        avoided = result.avoided
        text = self.tr(
            "<b>Med {cars} bilar från {date}</b> hade {trips} resor i egen bil ({km} km) under "
            "perioden gjorts med kommunbil: {allowance} i ersättning och {co2} kg CO₂ mindre."
        ).format(
            cars=result.cars,
            date=format_date(result.from_date),
            trips=avoided.trips,
            km=format_number(avoided.km_tenths / 10, 0),
            allowance=_whole_kr(avoided.allowance_ore),
            co2=format_number(avoided.co2_g / 1000, 0),
        )
        if avoided.unpriced_trips:
            text += " " + self.tr("{count} resor saknade ersättningsnivå.").format(
                count=avoided.unpriced_trips
            )
        # The cost and forecast sentences are resebok.core's (Swedish, as in the report).
        self.effects.setText(
            f"{text}<br><br>{cost_sentence(result.per_year, result.cars)} "
            f"{break_even_sentence(self.db, result.costs, result.period.last)}"
            f"<br><br><span style='{MUTED_STYLE}'>{effect.text}<br>{effect.next_text}</span>"
        )

    def _forecast_cell(
        self, row: int, column: int, text: str, *, left: bool = False, bold: bool = False
    ) -> None:
        item = QTableWidgetItem(text)
        if not left:
            item.setTextAlignment(NUMBER_ALIGNMENT)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.forecast_table.setItem(row, column, item)

"""The controller view's filter bar: year, period, cut-off, scope and basis.

The bar validates what the user typed and emits ``changed`` with a ViewState only when every
field makes sense; otherwise it writes a Swedish message next to the field at fault and keeps
the pages on the last valid figures. Date edits emit on every keystroke, so changes are
gathered for a moment before the (few hundred ms of) queries run.
"""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from resebok.core.models import OrgUnit
from resebok.core.periods import Basis, Period, PeriodError
from resebok.gui.controller.state import ViewState
from resebok.gui.date_edits import chosen_date, date_edit
from resebok.gui.formatting import format_date, short_day
from resebok.gui.labels import label as enum_label
from resebok.gui.styles import error_label

DEBOUNCE_MS = 250
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the core's range for targets and settings


def _same_day(day: date, year: int) -> date:
    """*day* moved to *year* (29 February becomes the 28th)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


@dataclass(frozen=True)
class FilterErrors:
    period: str = ""
    cutoff: str = ""

    @property
    def any(self) -> bool:
        return bool(self.period or self.cutoff)


def _date_edit(name: str, accessible: str) -> QDateEdit:
    return date_edit(
        name, accessible, earliest=date(FIRST_YEAR - 1, 1, 1), latest=date(LAST_YEAR + 1, 12, 31)
    )


class FilterBar(QWidget):
    """Emits ``changed(ViewState)`` when the filters are valid; ``invalid(FilterErrors)`` else."""

    changed = Signal(object)
    invalid = Signal(object)

    def __init__(
        self, scopes: list[OrgUnit], year: int, cutoff: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._scopes = {unit.id: unit for unit in scopes}
        self._last_year = year
        self._emitted: ViewState | None = None

        self.year = QSpinBox(objectName="ctrlYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("År"))
        self.whole_year = QCheckBox(self.tr("&Hela året"), objectName="ctrlWholeYear")
        self.whole_year.setChecked(True)
        self.period_from = _date_edit("ctrlFrom", self.tr("Period från"))
        self.period_to = _date_edit("ctrlTo", self.tr("Period till"))
        self.period_from.setDate(QDate(year, 1, 1))
        self.period_to.setDate(QDate(year, 12, 31))
        self.cutoff = _date_edit("ctrlCutoff", self.tr("Brytdag"))
        self.cutoff.setDate(QDate(cutoff))
        self.cutoff.setToolTip(
            self.tr(
                "Indikatorns utfall och rapporten räknas från 1 januari till och med brytdagen, "
                "t.ex. 31 augusti vid delårsbokslutet."
            )
        )
        self.scope = QComboBox(objectName="ctrlScope")
        self.scope.setAccessibleName(self.tr("Omfattning"))
        for unit in scopes:
            prefix = "" if unit.kind == "municipality" else "  "
            self.scope.addItem(f"{prefix}{unit.name}", unit.id)
        self.basis = QComboBox(objectName="ctrlBasis")
        self.basis.setAccessibleName(self.tr("Räkna resor"))
        for basis in (Basis.PAID_ON, Basis.TRIP_DATE):
            text = enum_label(basis)
            self.basis.addItem(text[:1].upper() + text[1:], str(basis))
        self.basis.setToolTip(
            self.tr(
                "Efter utbetalningsdag räknas en resa i december som betalas i januari till "
                "januari (som indikatorn); efter resdatum till december."
            )
        )
        self.period_error = error_label("ctrlPeriodError")
        self.cutoff_error = error_label("ctrlCutoffError")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        column = 0
        for text, widget in (
            (self.tr("&År:"), self.year),
            (self.tr("&Omfattning:"), self.scope),
            (self.tr("Räkna &resor:"), self.basis),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 0, column + 1)
            column += 2
        grid.addWidget(QLabel(self.tr("Period:")), 0, column)
        grid.addWidget(self.whole_year, 0, column + 1)
        from_label = QLabel(self.tr("&från"))
        from_label.setBuddy(self.period_from)
        to_label = QLabel(self.tr("&till"))
        to_label.setBuddy(self.period_to)
        grid.addWidget(from_label, 0, column + 2)
        grid.addWidget(self.period_from, 0, column + 3)
        grid.addWidget(to_label, 0, column + 4)
        grid.addWidget(self.period_to, 0, column + 5)
        grid.addWidget(self.period_error, 1, column + 1, 1, 5)
        column += 6
        cutoff_label = QLabel(self.tr("&Brytdag:"))
        cutoff_label.setBuddy(self.cutoff)
        grid.addWidget(cutoff_label, 0, column)
        grid.addWidget(self.cutoff, 0, column + 1)
        # The message spans into the stretching column, so it never widens the fields' columns.
        grid.addWidget(self.cutoff_error, 1, column, 1, 3)
        grid.setColumnStretch(column + 2, 1)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.year.valueChanged.connect(self._on_year)
        self.whole_year.toggled.connect(self._on_whole_year)
        for edit in (self.period_from, self.period_to, self.cutoff):
            edit.dateChanged.connect(lambda _day: self._timer.start())
        for combo in (self.scope, self.basis):
            combo.currentIndexChanged.connect(lambda _index: self._timer.start())
        self._on_whole_year(True)

    # --- reading ------------------------------------------------------------------------------
    def errors(self) -> FilterErrors:
        """Messages for the fields that do not make sense (empty when all do)."""
        year = self.year.value()
        period = ""
        if not self.whole_year.isChecked():
            first, last = chosen_date(self.period_from), chosen_date(self.period_to)
            if last < first:
                period = self.tr(
                    "Från-datumet ({first}) ligger efter till-datumet ({last})."
                ).format(first=format_date(first), last=format_date(last))
        cutoff = chosen_date(self.cutoff)
        cutoff_text = ""
        if cutoff.year != year:
            cutoff_text = self.tr("Brytdagen ska ligga i {year} (t.ex. {example}).").format(
                year=year, example=short_day(date(year, 8, 31))
            )
        return FilterErrors(period, cutoff_text)

    def state(self) -> ViewState | None:
        """The filters as a ViewState, or None while a field is wrong."""
        if self.errors().any:
            return None
        year = self.year.value()
        try:
            period = (
                Period.year(year)
                if self.whole_year.isChecked()
                else Period(chosen_date(self.period_from), chosen_date(self.period_to))
            )
        except PeriodError:
            return None
        scope = self._scopes.get(self.scope.currentData())
        if scope is None:
            return None
        basis = Basis(self.basis.currentData())
        return ViewState(year, period, chosen_date(self.cutoff), scope, basis)

    # --- writing ------------------------------------------------------------------------------
    def apply_saved(self, cutoff: date | None, basis: Basis | None) -> ViewState | None:
        """Show a year's saved report settings (its cut-off and basis) without a new emit;
        returns the state they make, which counts as emitted."""
        for widget in (self.cutoff, self.basis):
            widget.blockSignals(True)
        if cutoff is not None:
            self.cutoff.setDate(QDate(cutoff))
        if basis is not None:
            self.basis.setCurrentIndex(max(0, self.basis.findData(str(basis))))
        for widget in (self.cutoff, self.basis):
            widget.blockSignals(False)
        self._timer.stop()
        state = self.state()
        if state is not None:
            self._emitted = state
        return state

    def set_basis(self, basis: Basis) -> None:
        self.basis.setCurrentIndex(self.basis.findData(str(basis)))

    def set_period(self, first: date, last: date) -> None:
        """A period other than the whole year (the dates are taken as given, checked later)."""
        self.whole_year.setChecked(False)
        self.period_from.setDate(QDate(first))
        self.period_to.setDate(QDate(last))

    # --- reacting -----------------------------------------------------------------------------
    def _on_year(self, year: int) -> None:
        """Move the period and the cut-off along to the new year: same days, other year."""
        for edit in (self.period_from, self.period_to, self.cutoff):
            day = chosen_date(edit)
            if day.year in (self._last_year, self._last_year + 1):
                edit.blockSignals(True)
                edit.setDate(QDate(_same_day(day, day.year - self._last_year + year)))
                edit.blockSignals(False)
        self._last_year = year
        self._timer.start()

    def _on_whole_year(self, whole: bool) -> None:
        self.period_from.setEnabled(not whole)
        self.period_to.setEnabled(not whole)
        self._timer.start()

    def commit(self) -> ViewState | None:
        """Validate now (instead of after the pause) and emit; returns the state emitted."""
        self._timer.stop()
        errors = self.errors()
        for label, text in ((self.period_error, errors.period), (self.cutoff_error, errors.cutoff)):
            label.setText(text)
            label.setVisible(bool(text))
        state = None if errors.any else self.state()
        if state is None:
            self.invalid.emit(errors)
            return None
        if state != self._emitted:
            self._emitted = state
            self.changed.emit(state)
        return state

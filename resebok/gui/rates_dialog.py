"""Ersättningsnivåer: the mileage rates with their validity dates, and the home-rule setting.

Rates change by law (Skatteverket's tax-free rate) and by agreement (the employer's rate), so
they are edited here as periods; resebok.core.rates checks them (no overlaps, a sane amount)
and its Swedish message is shown in the period dialog, which then stays open with what was
typed. Claims already submitted keep the rates they were computed with.
"""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.home_rule import set_home_commute_reduction
from resebok.core.rates import (
    RateError,
    RateKind,
    RatePeriod,
    add_rate_period,
    delete_rate_period,
    list_rate_periods,
    update_rate_period,
)
from resebok.core.settings import get_setting
from resebok.core.validation import EARLIEST_DATE
from resebok.gui.date_edits import chosen_date
from resebok.gui.formatting import format_date, format_kr, format_rate, parse_kr
from resebok.gui.labels import label
from resebok.gui.record_table_model import Column, RecordTable, numeric
from resebok.gui.styles import ERROR_STYLE, OK_STYLE, error_label, muted_label

PERIOD_COLUMNS: list[Column[RatePeriod]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Slag"), lambda p: label(p.kind), lambda p: str(p.kind)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Från"),
        lambda p: (
            format_date(p.valid_from)
            if p.valid_from
            else QCoreApplication.translate("RatesPage", "(tidigare)")
        ),
        lambda p: p.valid_from.isoformat() if p.valid_from else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Till"),
        lambda p: (
            format_date(p.valid_to)
            if p.valid_to
            else QCoreApplication.translate("RatesPage", "tills vidare")
        ),
        lambda p: p.valid_to.isoformat() if p.valid_to else "9999",
    ),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Kr/mil"),
        lambda p: format_rate(p.ore_per_mil),
        lambda p: p.ore_per_mil,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Anteckning"), lambda p: p.note, tooltip=lambda p: p.note),
]


class DateChoice(QWidget):
    """A date that may be left open: unticked means "since before" or "until further notice"."""

    def __init__(self, caption: str, value: date | None, default: date) -> None:
        super().__init__()
        self.enabled = QCheckBox(caption)
        self.date = QDateEdit(QDate(value or default))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(QDate(EARLIEST_DATE.year - 30, 1, 1))
        self.enabled.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        self.enabled.toggled.connect(self.date.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date)
        layout.addStretch(1)

    def value(self) -> date | None:
        return chosen_date(self.date) if self.enabled.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.date.setDate(QDate(value))


class RatePeriodDialog(QDialog):
    """A new rate period, or a change to one (its kind then stays)."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        period: RatePeriod | None = None,
        kind: RateKind = RateKind.EMPLOYER,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.period = period
        self.saved: RatePeriod | None = None
        self.setWindowTitle(
            self.tr("Ändra ersättningsperiod") if period else self.tr("Ny ersättningsperiod")
        )
        self.kind = QComboBox()
        for value in RateKind:
            self.kind.addItem(label(value), str(value))
        self.kind.setCurrentIndex(self.kind.findData(str(period.kind if period else kind)))
        self.kind.setEnabled(period is None)
        start = today or date.today()
        self.valid_from = DateChoice(
            self.tr("Fr.o.m."), period.valid_from if period else start, start
        )
        self.valid_to = DateChoice(self.tr("T.o.m."), period.valid_to if period else None, start)
        self.valid_from.enabled.setToolTip(
            self.tr("Utan startdatum gäller perioden alla tidigare datum")
        )
        self.valid_to.enabled.setToolTip(self.tr("Utan slutdatum gäller perioden tills vidare"))
        self.rate = QLineEdit(format_kr(period.ore_per_mil, unit=False) if period else "")
        self.rate.setPlaceholderText(
            self.tr("t.ex. {amount}").format(amount=format_kr(2500, unit=False))
        )
        self.rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rate.setMaximumWidth(110)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate)
        rate_row.addWidget(QLabel(self.tr("kr/mil (1 mil = 10 km)")))
        rate_row.addStretch(1)
        self.note = QLineEdit(period.note if period else "")
        self.note.setPlaceholderText(self.tr("t.ex. avtal BAO 2026, Skatteverket"))
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Slag:"), self.kind)
        form.addRow(self.tr("Gäller:"), self.valid_from)
        form.addRow("", self.valid_to)
        rate_label = QLabel(self.tr("&Ersättning:"))
        rate_label.setBuddy(self.rate)
        form.addRow(rate_label, rate_row)
        form.addRow(self.tr("&Anteckning:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&vbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.rate.setFocus()

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def save(self) -> None:
        try:
            ore = parse_kr(self.rate.text())
            if self.period is None:
                self.saved = add_rate_period(
                    self.db,
                    RateKind(self.kind.currentData()),
                    ore,
                    self.valid_from.value(),
                    self.valid_to.value(),
                    self.note.text(),
                )
            else:
                self.saved = update_rate_period(
                    self.db,
                    self.period.id,
                    ore,
                    self.valid_from.value(),
                    self.valid_to.value(),
                    self.note.text(),
                )
        except ValueError as error:  # RateError is a ValueError, as is parse_kr's message
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


class RatesPage(QWidget):
    """The admin page: both kinds of rate periods, and how trips from home are reduced."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        intro = QLabel(
            self.tr(
                "Kilometerersättning för egen bil per mil. En resa ersätts med de nivåer som "
                "gällde på resans datum; betalar arbetsgivaren mer än Skatteverkets skattefria "
                "belopp blir resten skattepliktig lön. Inskickade reseräkningar behåller sina "
                "nivåer."
            )
        )
        intro.setWordWrap(True)
        self.table = RecordTable(PERIOD_COLUMNS, stretch_column=4)
        self.table.setObjectName("rateTable")
        self.add_button = QPushButton(self.tr("&Lägg till…"))
        self.edit_button = QPushButton(self.tr("Ä&ndra…"))
        self.delete_button = QPushButton(self.tr("&Ta bort…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel(objectName="ratesMessage")
        self.message.setWordWrap(True)

        self.home_rule = QCheckBox(
            self.tr(
                "&Minska ersättningen med den normala resvägen till arbetet när en resa börjar "
                "eller slutar i bostaden"
            )
        )
        self.home_rule.setChecked(bool(get_setting(db, "home_commute_reduction")))
        home_note = muted_label(
            self.tr(
                "Resor mellan bostaden och tjänstestället ger aldrig ersättning. Med rutan "
                "ikryssad dras den anställdas normala resväg av för varje sträcka som börjar "
                "eller slutar hemma, som många avtal föreskriver. Ändringen gäller resor som "
                "inte ingår i en inskickad, attesterad eller utbetald reseräkning."
            )
        )
        self.home_message = QLabel(objectName="homeRuleMessage")
        self.home_message.setWordWrap(True)
        home_box = QGroupBox(self.tr("Resor från bostaden"))
        home_layout = QVBoxLayout(home_box)
        home_layout.addWidget(self.home_rule)
        home_layout.addWidget(home_note)
        home_layout.addWidget(self.home_message)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(home_box)
        self.setMinimumSize(820, 520)

        self.add_button.clicked.connect(self.add_period)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.home_rule.toggled.connect(self._home_rule_toggled)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.table.set_records(list_rate_periods(self.db))
        self.table.fit_columns(maximum=260)
        if select_id is not None:
            self.table.select_where(lambda p: p.id == select_id)
        self._update_buttons()

    def periods(self) -> list[RatePeriod]:
        return self.table.records()

    def select_period(self, period_id: int) -> bool:
        return self.table.select_where(lambda p: p.id == period_id) > 0

    def _update_buttons(self) -> None:
        selected = self.table.current_record() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _report(self, text: str, style: str = OK_STYLE) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def add_period(self) -> None:
        current = self.table.current_record()
        dialog = RatePeriodDialog(
            self.db,
            self,
            kind=current.kind if current else RateKind.EMPLOYER,
            today=self.today,
        )
        if dialog.exec() and dialog.saved is not None:
            self.reload(dialog.saved.id)
            self._report(
                self.tr("Perioden lades till: {period}.").format(period=dialog.saved.describe())
            )

    def edit_selected(self) -> None:
        period = self.table.current_record()
        if period is None:
            return
        dialog = RatePeriodDialog(self.db, self, period=period, today=self.today)
        if dialog.exec() and dialog.saved is not None:
            self.reload(dialog.saved.id)
            self._report(
                self.tr("Perioden ändrades: {period}.").format(period=dialog.saved.describe())
            )

    def delete_selected(self) -> None:
        period = self.table.current_record()
        if period is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort period"),
            self.tr(
                "Ta bort perioden {kind} {period}?\n\nResor under perioden får då ingen "
                "ersättning förrän en ny period läggs till. Inskickade reseräkningar behåller "
                "sina nivåer."
            ).format(kind=label(period.kind).lower(), period=period.describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_rate_period(self.db, period.id)
        except RateError as error:
            self._report(str(error), ERROR_STYLE)
            self.reload()
            return
        self.reload()
        self._report(self.tr("Perioden {period} togs bort.").format(period=period.describe()))

    def _home_rule_toggled(self, on: bool) -> None:
        changed = set_home_commute_reduction(self.db, on)
        state = (
            self.tr("Den normala resvägen dras nu av.")
            if on
            else self.tr("Den normala resvägen dras inte längre av.")
        )
        recalculated = self.tr(
            "%n resor räknades om; utkast till reseräkningar räknas om när de uppdateras.",
            "",
            changed,
        )
        self.home_message.setStyleSheet(OK_STYLE)
        self.home_message.setText(f"{state} {recalculated}")

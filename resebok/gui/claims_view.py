"""Reseräkningar: the list of claims, filtered, and the way to make this month's draft.

A claim is made per employee and month ("Skapa/uppdatera utkast"): the core collects the
month's reimbursable own-car trips, or refreshes the draft that already exists. Opening a
claim shows it in resebok.gui.claim_dialog, where it is submitted, reopened or printed.
"""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.claims import (
    Claim,
    ClaimError,
    ClaimState,
    build_claim,
    claim_years,
    list_claims,
)
from resebok.core.org import subtree_ids
from resebok.core.periods import previous_month
from resebok.core.validation import EARLIEST_DATE
from resebok.gui.claim_dialog import ClaimDialog
from resebok.gui.claim_texts import state_detail
from resebok.gui.csv_export_dialog import CsvExportDialog
from resebok.gui.formatting import format_km, format_kr, month_label
from resebok.gui.labels import label
from resebok.gui.org_combos import fill_employees, fill_units, select_data
from resebok.gui.record_table_model import Column, RecordTable, numeric
from resebok.gui.session import current_actor
from resebok.gui.styles import error_label

CLAIM_COLUMNS: list[Column[Claim]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Anställd"),
        lambda c: c.employee_name,
        tooltip=lambda c: c.employee_number,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Enhet"), lambda c: c.unit_name, tooltip=lambda c: c.unit_name
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Månad"), lambda c: month_label(c.month), lambda c: c.month
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: label(c.state), tooltip=state_detail),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Resor"), lambda c: str(c.trip_count), lambda c: c.trip_count
    ),
    numeric(QT_TRANSLATE_NOOP("Columns", "Km"), lambda c: format_km(c.km), lambda c: c.km),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Avdrag km"),
        lambda c: format_km(c.reduction_km) if c.reduction_km else "",
        lambda c: c.reduction_km,
    ),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Belopp"),
        lambda c: format_kr(c.total_ore),
        lambda c: c.total_ore,
    ),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Skattefritt"),
        lambda c: format_kr(c.tax_free_ore),
        lambda c: c.tax_free_ore,
    ),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Skattepliktigt"),
        lambda c: format_kr(c.taxable_ore),
        lambda c: c.taxable_ore,
    ),
]


class MonthEdit(QDateEdit):
    """A year and month ("2026-10"); the day is always the first."""

    def __init__(self, month: date, parent: QWidget | None = None) -> None:
        super().__init__(QDate(month.year, month.month, 1), parent)
        self.setDisplayFormat("yyyy-MM")
        self.setMinimumDate(QDate(EARLIEST_DATE.year, 1, 1))
        self.setCalendarPopup(True)

    def month_text(self) -> str:
        return self.date().toString("yyyy-MM")


class BuildClaimDialog(QDialog):
    """Choose an employee and a month; OK creates or refreshes that month's draft."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        employee_id: int | None = None,
        month: date | None = None,
        actor: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = current_actor() if actor is None else actor
        self.claim: Claim | None = None
        self.setWindowTitle(self.tr("Skapa eller uppdatera utkast"))
        self.employee = QComboBox()
        fill_employees(self.employee, db)
        select_data(self.employee, employee_id)
        self.month = MonthEdit(month or previous_month(date.today()))
        intro = QLabel(
            self.tr(
                "Utkastet samlar månadens resor med egen bil som ger ersättning och inte redan "
                "finns i en reseräkning. Finns ett utkast för månaden räknas det om."
            )
        )
        intro.setWordWrap(True)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Skapa/uppdatera"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&vbryt"))
        buttons.accepted.connect(self.build)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Anställd:"), self.employee)
        form.addRow(self.tr("&Månad:"), self.month)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def build(self) -> None:
        employee_id = self.employee.currentData()
        if employee_id is None:
            self.error.setText(self.tr("Det finns inga anställda att skapa en reseräkning för."))
            self.error.show()
            return
        try:
            self.claim = build_claim(self.db, employee_id, self.month.month_text(), self.actor)
        except ClaimError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


class ClaimsView(QDialog):
    """Every claim, filtered by year, state, unit and employee; opens one to act on it."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        employee_id: int | None = None,
        actor: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.employee_id = employee_id  # the user's own, preselected when making a draft
        self.actor = actor
        self.today = today or date.today()
        self.changed = False
        self.setWindowTitle(self.tr("Reseräkningar"))
        self.setSizeGripEnabled(True)
        self.resize(1120, 640)

        self.year = QComboBox(objectName="claimsYear")
        self.state = QComboBox(objectName="claimsState")
        self.unit = QComboBox(objectName="claimsUnit")
        self.employee = QComboBox(objectName="claimsEmployee")
        self._fill_filters()
        filters = QHBoxLayout()
        for caption, combo in (
            (self.tr("&År:"), self.year),
            (self.tr("&Status:"), self.state),
            (self.tr("&Enhet:"), self.unit),
            (self.tr("A&nställd:"), self.employee),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)

        self.table = RecordTable(CLAIM_COLUMNS, stretch_column=1)  # the unit's long name
        self.table.setObjectName("claimsTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.summary = QLabel(objectName="claimsSummary")

        self.open_button = QPushButton(self.tr("&Öppna…"))
        self.build_button = QPushButton(self.tr("Skapa/uppdatera &utkast…"))
        self.build_button.setToolTip(
            self.tr("Samla en anställds resor med egen bil under en månad i en reseräkning")
        )
        self.csv_button = QPushButton(self.tr("Exportera &CSV…"))
        self.csv_button.setToolTip(self.tr("Årets reseräkningar eller resor som CSV för Excel"))
        close_button = QPushButton(self.tr("&Stäng"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.build_button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        for combo in (self.year, self.state, self.employee):
            combo.currentIndexChanged.connect(self.reload)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.build_button.clicked.connect(self.build_draft)
        self.csv_button.clicked.connect(self.export_csv)
        close_button.clicked.connect(self.accept)
        self.reload()

    # --- filters ---------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        self.year.addItem(self.tr("Alla år"), None)
        years = claim_years(self.db) or [self.today.year]
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)
        self.state.addItem(self.tr("Alla"), None)
        for state in ClaimState:
            self.state.addItem(label(state), str(state))
        fill_units(self.unit, self.db, all_text=self.tr("Alla enheter"))
        self._fill_employees()

    def _fill_employees(self) -> None:
        fill_employees(
            self.employee,
            self.db,
            all_text=self.tr("Alla anställda"),
            unit_id=self.unit.currentData(),
        )

    def _unit_changed(self) -> None:
        self._fill_employees()
        self.reload()

    def set_filter(
        self,
        *,
        year: int | None = None,
        state: ClaimState | None = None,
        employee_id: int | None = None,
    ) -> None:
        """Choose filters as a user would (None: all), then list the claims once."""
        for combo, value in (
            (self.year, year),
            (self.state, str(state) if state else None),
            (self.employee, employee_id),
        ):
            index = combo.findData(value)
            if index < 0 and combo is self.year and value is not None:
                combo.addItem(str(value), value)
                index = combo.count() - 1
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(index, 0))
        self.reload()

    # --- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        unit_id = self.unit.currentData()
        claims = list_claims(
            self.db,
            year=self.year.currentData(),
            state=self.state.currentData(),
            employee_id=self.employee.currentData(),
            unit_ids=subtree_ids(self.db, unit_id) if unit_id is not None else None,
        )
        self.table.set_records(claims)
        self.table.fit_columns(maximum=260)
        total_km = sum(c.km for c in claims)
        total = sum(c.total_ore for c in claims)
        self.summary.setText(
            self.tr("%n reseräkningar · {km} km · {amount}", "", len(claims)).format(
                km=format_km(total_km), amount=format_kr(total)
            )
            if claims
            else self.tr("Inga reseräkningar med de här valen.")
        )
        self._update_buttons()

    def claims(self) -> list[Claim]:
        return self.table.records()

    def select_claim(self, claim_id: str) -> bool:
        return self.table.select_where(lambda c: c.id == claim_id) > 0

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.table.current_record() is not None)

    # --- actions ---------------------------------------------------------------------------
    def open_selected(self) -> None:
        claim = self.table.current_record()
        if claim is not None:
            self.open_claim(claim.id)

    def open_claim(self, claim_id: str) -> None:
        dialog = ClaimDialog(self.db, claim_id, self, actor=self.actor)
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self.reload()
            if not dialog.deleted:
                self.select_claim(claim_id)

    def build_draft(self) -> None:
        current = self.table.current_record()
        employee_id = self.employee.currentData() or (
            current.employee_id if current else self.employee_id
        )
        dialog = BuildClaimDialog(
            self.db,
            self,
            employee_id=employee_id,
            month=previous_month(self.today),
            actor=self.actor,
        )
        if not dialog.exec() or dialog.claim is None:
            return
        self.changed = True
        claim = dialog.claim
        # Show the draft in the list: its year, any state, and its employee if one is chosen.
        chosen_employee = self.employee.currentData()
        self.set_filter(
            year=int(claim.month[:4]),
            state=None,
            employee_id=claim.employee_id if chosen_employee is not None else None,
        )
        self.select_claim(claim.id)
        self.open_claim(claim.id)

    def export_csv(self) -> None:
        CsvExportDialog(self.db, self, kind="claims", year=self.year.currentData()).exec()

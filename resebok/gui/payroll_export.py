"""Löneexport: approved claims to payroll as a PAXml file, and an earlier file written again.

Exporting is the step that pays: the core marks the claims paid with the payout date and the
batch in the same transaction that writes the file (resebok.core.paxml), so a file that could
not be written leaves every claim as it was. The dialog says beforehand what will be exported
and afterwards what was. A batch is re-exported byte for byte, never rebuilt.
"""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.claims import ClaimError, count_employees
from resebok.core.paxml import (
    ExportBatch,
    ExportError,
    ExportResult,
    check_paid_on,
    claims_ready_for_export,
    default_payout,
    export_filename,
    export_paxml_to_file,
    list_batches,
    reexport_batch,
    write_file,
)
from resebok.core.periods import previous_month
from resebok.gui.claims_view import MonthEdit
from resebok.gui.date_edits import chosen_date
from resebok.gui.formatting import format_date, format_kr, month_label
from resebok.gui.record_table_model import Column, RecordTable, numeric
from resebok.gui.save_file import ask_save_path, write_failed
from resebok.gui.session import current_actor
from resebok.gui.styles import error_label
from resebok.gui.swedish import local_time

XML_FILTER = QT_TRANSLATE_NOOP("PaxmlExportDialog", "PAXml-filer (*.xml)")


def _claims(n: int) -> str:
    return PaxmlExportDialog.tr("%n reseräkningar", "", n)


def _employees(n: int) -> str:
    return PaxmlExportDialog.tr("%n anställda", "", n)


class PaxmlExportDialog(QDialog):
    """Exportera till lön: choose the period and the payout date, then the file."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        actor: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = current_actor() if actor is None else actor
        self.export_result: ExportResult | None = None  # not "result": QDialog.result()
        self.setWindowTitle(self.tr("Exportera till lön (PAXml)"))
        period = previous_month(today or date.today())
        self.period = MonthEdit(period)
        self.payout = QDateEdit(QDate(default_payout(period)))
        self.payout.setDisplayFormat("yyyy-MM-dd")
        self.payout.setCalendarPopup(True)
        self._payout_follows_period = True
        intro = QLabel(
            self.tr(
                "Attesterade reseräkningar för perioden och tidigare, som inte redan har "
                "betalats ut, exporteras till en PAXml-fil för lönesystemet. De markeras då som "
                "utbetalda med utbetalningsdagen."
            )
        )
        intro.setWordWrap(True)
        self.preview = QLabel(objectName="exportPreview")
        self.preview.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Period t.o.m.:"), self.period)
        form.addRow(self.tr("&Utbetalningsdag:"), self.payout)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Exportera…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&vbryt"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.period.dateChanged.connect(self._period_changed)
        self.payout.dateChanged.connect(self._payout_edited)
        self._update_preview()

    def period_text(self) -> str:
        return self.period.month_text()

    def paid_on(self) -> date:
        return chosen_date(self.payout)

    def _period_changed(self) -> None:
        if self._payout_follows_period:
            self.payout.blockSignals(True)
            self.payout.setDate(QDate(default_payout(chosen_date(self.period))))
            self.payout.blockSignals(False)
        self._update_preview()

    def _payout_edited(self) -> None:
        self._payout_follows_period = False  # the user chose it: keep it
        self.error.hide()

    def _update_preview(self) -> None:
        self.error.hide()
        try:
            ready = claims_ready_for_export(self.db, self.period_text())
        except ClaimError as error:
            self.preview.setText(str(error))
            self.export_button.setEnabled(False)
            return
        if not ready:
            self.preview.setText(
                self.tr(
                    "Det finns inga attesterade reseräkningar för {month} eller tidigare som inte "
                    "redan har betalats ut."
                ).format(month=month_label(self.period_text()))
            )
            self.export_button.setEnabled(False)
            return
        employees = len({claim.employee_id for claim in ready})
        total = sum(claim.total_ore for claim in ready)
        self.preview.setText(
            self.tr(
                "<b>{claims} för {employees}, totalt {amount}</b>, är klara att exporteras."
            ).format(
                claims=_claims(len(ready)), employees=_employees(employees), amount=format_kr(total)
            )
        )
        self.export_button.setEnabled(True)

    def export(self) -> None:
        period, paid_on = self.period_text(), self.paid_on()
        try:
            check_paid_on(period, paid_on)  # before asking where to save
        except (ExportError, ClaimError) as error:
            self._show_error(str(error))
            return
        title = self.tr("Exportera till lön")
        path = ask_save_path(
            self, title, export_filename(period, paid_on), self.tr(XML_FILTER), ".xml"
        )
        if path is None:
            return
        try:
            result = export_paxml_to_file(self.db, period, paid_on, self.actor, path)
        except (ExportError, ClaimError) as error:
            self._show_error(str(error))
            return
        except OSError as error:
            write_failed(self, title, path, error)
            return
        self.export_result = result
        employees = count_employees(self.db, result.claim_ids)
        self.accept()
        QMessageBox.information(
            self.parentWidget() or self,
            title,
            self.tr(
                "{claims} för {employees}, totalt {amount}, exporterades till:\n{path}\n\n"
                "De är nu markerade som utbetalda den {date}."
            ).format(
                claims=_claims(result.batch.claim_count),
                employees=_employees(employees),
                amount=format_kr(result.batch.total_ore),
                path=path,
                date=format_date(paid_on),
            ),
        )

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


BATCH_COLUMNS: list[Column[ExportBatch]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Utbetalning"),
        lambda b: format_date(b.paid_on),
        lambda b: b.paid_on.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Period t.o.m."), lambda b: b.period),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Reseräkningar"),
        lambda b: str(b.claim_count),
        lambda b: b.claim_count,
    ),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Belopp"),
        lambda b: format_kr(b.total_ore),
        lambda b: b.total_ore,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Exporterad"),
        lambda b: local_time(b.created_at),
        lambda b: b.created_at,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Av"), lambda b: b.created_by),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Fil"),
        lambda b: b.filename,
        tooltip=lambda b: f"Export {b.id}",
    ),
]


class ReexportDialog(QDialog):
    """Exportera batch igen: an earlier payroll file, written again exactly as it was."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, actor: str | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = current_actor() if actor is None else actor
        self.setWindowTitle(self.tr("Exportera batch igen"))
        self.setSizeGripEnabled(True)
        intro = QLabel(
            self.tr(
                "Tidigare exporter till lön. Välj en och spara filen igen – den blir identisk med "
                "den första. Reseräkningarna ändras inte; att filen sparades igen skrivs i deras "
                "logg."
            )
        )
        intro.setWordWrap(True)
        self.table = RecordTable(BATCH_COLUMNS, stretch_column=6)
        self.table.setObjectName("batchTable")
        self.table.set_records(list_batches(db))
        self.table.fit_columns()
        self.save_button = QPushButton(self.tr("&Spara fil…"))
        close_button = QPushButton(self.tr("S&täng"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 440)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.save_selected())
        self.save_button.clicked.connect(self.save_selected)
        close_button.clicked.connect(self.accept)
        if self.table.records():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.table.current_record() is not None)

    def select_batch(self, batch_id: str) -> bool:
        return self.table.select_where(lambda b: b.id == batch_id) > 0

    def save_selected(self) -> None:
        batch = self.table.current_record()
        if batch is None:
            return
        title = self.tr("Exportera batch igen")
        path = ask_save_path(self, title, batch.filename, PaxmlExportDialog.tr(XML_FILTER), ".xml")
        if path is None:
            return
        try:
            data = reexport_batch(self.db, batch.id, self.actor)
            write_file(path, data)
        except ExportError as error:
            QMessageBox.warning(self, title, str(error))
            return
        except OSError as error:
            write_failed(self, title, path, error)
            return
        QMessageBox.information(
            self,
            title,
            self.tr(
                "Exporten med utbetalning {date} ({claims}, {amount}) sparades igen som:\n{path}"
            ).format(
                date=format_date(batch.paid_on),
                claims=_claims(batch.claim_count),
                amount=format_kr(batch.total_ore),
                path=path,
            ),
        )

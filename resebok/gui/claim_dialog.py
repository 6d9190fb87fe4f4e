"""One claim (reseräkning) in a window: its trips, totals, state, history and actions.

Everything is read from resebok.core.claims and changed through it; the buttons offered are
the moves the claim's state allows (a draft is submitted or deleted, a submitted or approved
claim can be reopened), and the core has the last word: its refusal is shown, not a traceback.
The window stays open after an action and shows the claim as it now is.
"""

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.audit import AuditEntry
from resebok.core.claims import (
    ClaimDetails,
    ClaimError,
    ClaimLine,
    ClaimState,
    claim_details,
    claim_log,
    delete_claim,
    get_claim,
    refresh_claim,
    reopen_claim,
    submit_claim,
)
from resebok.core.csv_export import export_claim_csv
from resebok.core.trips import get_trip
from resebok.gui.claim_texts import by_whom, rates_text, state_detail, was_returned
from resebok.gui.comment_dialog import CommentDialog
from resebok.gui.formatting import format_date, format_km, format_kr, month_label
from resebok.gui.record_table_model import Column, RecordTable, numeric
from resebok.gui.save_file import ask_save_path, offer_to_open, write_failed
from resebok.gui.session import current_actor
from resebok.gui.styles import MUTED_STYLE, NOTICE_BANNER_STYLE, muted_label
from resebok.gui.swedish import local_time
from resebok.gui.trip_correction import TripCorrectionDialog
from resebok.reports.claim_pdf import write_claim_pdf


def _odometer(line: ClaimLine) -> str:
    if line.odometer_start is None or line.odometer_end is None:
        return ""
    return f"{line.odometer_start}–{line.odometer_end}"


def _km_tooltip(line: ClaimLine) -> str:
    if line.km_flagged and line.suggested_km is not None:
        return QCoreApplication.translate(
            "ClaimDialog", "Avviker från förslaget {km} km – flaggas för attestanten."
        ).format(km=format_km(line.suggested_km))
    return ""


def _amount_tooltip(line: ClaimLine) -> str:
    return QCoreApplication.translate(
        "ClaimDialog", "Skattefritt {tax_free}, skattepliktigt {taxable}"
    ).format(tax_free=format_kr(line.tax_free_ore), taxable=format_kr(line.taxable_ore))


LINE_COLUMNS: list[Column[ClaimLine]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Datum"),
        lambda line: format_date(line.date),
        lambda line: line.date.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Resväg"),
        lambda line: line.route,
        tooltip=lambda line: line.route,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Syfte"),
        lambda line: line.purpose,
        tooltip=lambda line: line.purpose,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Mätarställning"), _odometer),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Km"),
        lambda line: format_km(line.km),
        lambda line: line.km,
        _km_tooltip,
    ),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Avdrag km"),
        lambda line: format_km(line.reduction_km) if line.reduction_km else "",
        lambda line: line.reduction_km,
        lambda line: line.reduction_note if line.reduction_km else "",
    ),
    numeric(
        QT_TRANSLATE_NOOP("Columns", "Belopp"),
        lambda line: format_kr(line.amount_ore),
        lambda line: line.amount_ore,
        _amount_tooltip,
    ),
]
LINE_ROUTE_COLUMN = 1

LOG_COLUMNS: list[Column[AuditEntry]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "När"),
        lambda entry: local_time(entry.at),
        lambda entry: entry.id,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Vem"), lambda entry: entry.actor or "–"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Vad"),
        lambda entry: entry.describe(),
        tooltip=lambda entry: entry.describe(),
    ),
]


class ClaimDialog(QDialog):
    """Shows one claim; ``changed`` tells the caller that it should reload its list."""

    def __init__(
        self,
        db: Database,
        claim_id: str,
        parent: QWidget | None = None,
        *,
        actor: str | None = None,
        today: date | None = None,
        can_correct: bool = False,
    ) -> None:
        """*can_correct*: the attestant may correct the trips of a submitted claim."""
        super().__init__(parent)
        self.db = db
        self.claim_id = claim_id
        self.can_correct = can_correct
        self.actor = current_actor() if actor is None else actor
        self.today = today
        self.changed = False
        self.deleted = False
        self.details: ClaimDetails | None = None
        self.setWindowTitle(self.tr("Reseräkning"))
        self.setSizeGripEnabled(True)
        self.resize(1000, 680)
        self._build()
        self.reload()

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(objectName="claimTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.info = {
            name: QLabel(objectName=f"claim_{name}")
            for name in ("employee", "unit", "period", "state", "paid")
        }
        for label in self.info.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info = QGridLayout()
        info.setHorizontalSpacing(12)
        captions = (
            (self.tr("Anställd:"), "employee", 0, 0),
            (self.tr("Enhet:"), "unit", 1, 0),
            (self.tr("Period:"), "period", 0, 2),
            (self.tr("Status:"), "state", 1, 2),
            (self.tr("Utbetalning:"), "paid", 2, 2),
        )
        self.paid_caption = QLabel()
        for caption, name, row, column in captions:
            label = QLabel(caption)
            label.setStyleSheet(MUTED_STYLE)
            if name == "paid":
                self.paid_caption = label
            info.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
            info.addWidget(self.info[name], row, column + 1)
        info.setColumnStretch(1, 1)
        info.setColumnStretch(3, 1)

        self.returned = QLabel(objectName="returnedComment")
        self.returned.setWordWrap(True)
        self.returned.setStyleSheet(NOTICE_BANNER_STYLE)

        self.lines = RecordTable(LINE_COLUMNS, stretch_column=LINE_ROUTE_COLUMN)
        self.lines.setObjectName("claimLines")
        self.log = RecordTable(LOG_COLUMNS, stretch_column=2)
        self.log.setObjectName("claimLog")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._lines_page(), self.tr("Resor"))
        self.tabs.addTab(self.log, self.tr("Logg"))

        self.submit_button = QPushButton(self.tr("Skicka &in…"))
        self.submit_button.setToolTip(
            self.tr("Skicka reseräkningen till attestanten; resorna låses")
        )
        self.refresh_button = QPushButton(self.tr("&Uppdatera från resorna"))
        self.refresh_button.setToolTip(
            self.tr("Räkna om utkastet med månadens resor och de ersättningsnivåer som gäller nu")
        )
        self.delete_button = QPushButton(self.tr("&Ta bort utkast…"))
        self.reopen_button = QPushButton(self.tr("Åter&öppna…"))
        self.reopen_button.setToolTip(
            self.tr("Gör reseräkningen till ett utkast igen så att resorna kan ändras")
        )
        self.correct_button = QPushButton(self.tr("&Rätta resa…"))
        self.correct_button.setToolTip(
            self.tr(
                "Ändra den markerade resan utan att skicka tillbaka reseräkningen; ändringen "
                "och din kommentar sparas i loggen"
            )
        )
        self.pdf_button = QPushButton(self.tr("Skriv ut &PDF…"))
        self.csv_button = QPushButton(self.tr("Exportera &CSV…"))
        self.close_button = QPushButton(self.tr("&Stäng"))
        self.submit_button.clicked.connect(self.submit)
        self.refresh_button.clicked.connect(self.refresh)
        self.delete_button.clicked.connect(self.delete)
        self.reopen_button.clicked.connect(self.reopen)
        self.correct_button.clicked.connect(self.correct_selected)
        self.lines.selectionModel().selectionChanged.connect(self._update_buttons)
        self.lines.doubleClicked.connect(lambda _index: self._line_double_clicked())
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        for button in (
            self.submit_button,
            self.refresh_button,
            self.correct_button,
            self.reopen_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.pdf_button, self.csv_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(info)
        layout.addWidget(self.returned)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.close_button.setDefault(True)

    def _lines_page(self) -> QWidget:
        page = QWidget()
        self.totals = QGridLayout()
        self.totals.setHorizontalSpacing(16)
        self.total_values: dict[str, QLabel] = {}
        rows = (
            ("km", self.tr("Körda km:")),
            ("reduction", self.tr("Avdrag för resväg till arbetet:")),
            ("paid_km", self.tr("Ersatta km:")),
            ("total", self.tr("Belopp:")),
            ("tax_free", self.tr("varav skattefritt:")),
            ("taxable", self.tr("varav skattepliktigt:")),
        )
        for row, (name, caption) in enumerate(rows):
            label = QLabel(caption)
            value = QLabel(objectName=f"total_{name}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name == "total":
                bold = QFont(value.font())
                bold.setBold(True)
                value.setFont(bold)
                label.setFont(bold)
            column = 0 if row < 3 else 3
            self.totals.addWidget(label, row % 3, column)
            self.totals.addWidget(value, row % 3, column + 1)
            self.total_values[name] = value
        self.totals.setColumnMinimumWidth(1, 90)
        self.totals.setColumnMinimumWidth(4, 110)
        self.totals.setColumnMinimumWidth(2, 40)
        self.totals.setColumnStretch(5, 1)
        self.rates = muted_label(object_name="ratesUsed")
        self.rates.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(page)
        layout.addWidget(self.lines, 1)
        layout.addWidget(separator)
        layout.addLayout(self.totals)
        layout.addWidget(self.rates)
        return page

    # --- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the claim again and show it; a claim that is gone closes the window."""
        if get_claim(self.db, self.claim_id) is None:  # deleted elsewhere meanwhile
            self.details = None
            self.title.setText(self.tr("Reseräkningen finns inte längre."))
            self.lines.set_records([])
            self._update_buttons()
            return
        details = claim_details(self.db, self.claim_id)
        self.details = details
        claim = details.claim
        month = month_label(claim.month)
        self.setWindowTitle(
            self.tr("Reseräkning – {employee}, {month}").format(
                employee=claim.employee_name, month=month
            )
        )
        self.title.setText(self.tr("Reseräkning {month}").format(month=month))
        self.info["employee"].setText(f"{claim.employee_name} ({claim.employee_number})")
        centre = (
            self.tr(" · kostnadsställe {cost_centre}").format(cost_centre=details.cost_centre)
            if details.cost_centre
            else ""
        )
        self.info["unit"].setText(f"{claim.unit_name}{centre}")
        self.info["period"].setText(
            self.tr("{month} · %n resor", "", claim.trip_count).format(month=month)
        )
        self.info["state"].setText(state_detail(claim))
        paid = claim.state == ClaimState.PAID
        self.info["paid"].setText(
            self.tr("{date} · export {batch}").format(
                date=format_date(claim.paid_on), batch=claim.batch_id[:8]
            )
            if paid and claim.paid_on and claim.batch_id
            else ""
        )
        self.info["paid"].setVisible(paid)
        self.paid_caption.setVisible(paid)
        if was_returned(claim):
            self.returned.setText(
                self.tr("<b>Skickad tillbaka {when_and_who}:</b> {comment}").format(
                    when_and_who=by_whom(claim.returned_at, claim.returned_by),
                    comment=html.escape(claim.return_comment),
                )
            )
            self.returned.show()
        else:
            self.returned.hide()

        self.lines.set_records(details.lines)
        self.lines.fit_columns(maximum=240)  # the route stretches; purposes have tooltips
        entries = claim_log(self.db, self.claim_id)
        self.log.set_records(entries)
        self.log.fit_columns(maximum=360)
        self.tabs.setTabText(0, self.tr("Resor ({count})").format(count=len(details.lines)))
        self.tabs.setTabText(1, self.tr("Logg ({count})").format(count=len(entries)))

        values = self.total_values
        values["km"].setText(f"{format_km(claim.km)} km")
        values["reduction"].setText(f"{format_km(claim.reduction_km)} km")
        values["paid_km"].setText(f"{format_km(claim.paid_km)} km")
        values["total"].setText(format_kr(claim.total_ore))
        values["tax_free"].setText(format_kr(claim.tax_free_ore))
        values["taxable"].setText(format_kr(claim.taxable_ore))
        used = [rates_text(rates) for rates in details.rates_used]
        self.rates.setText(
            self.tr("Ersättningsnivåer: {rates}").format(rates="; ".join(used)) if used else ""
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = self.details.claim.state if self.details else None
        draft = state == ClaimState.DRAFT
        self.submit_button.setVisible(draft)
        self.refresh_button.setVisible(draft)
        self.delete_button.setVisible(draft)
        self.reopen_button.setVisible(state in (ClaimState.SUBMITTED, ClaimState.APPROVED))
        self.submit_button.setEnabled(draft and bool(self.details and self.details.lines))
        correctable = self.can_correct and state == ClaimState.SUBMITTED
        self.correct_button.setVisible(correctable)
        self.correct_button.setEnabled(correctable and self.lines.current_record() is not None)
        self.pdf_button.setEnabled(self.details is not None)
        self.csv_button.setEnabled(self.details is not None)

    # --- actions ---------------------------------------------------------------------------
    def _refused(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self, title, str(error))
        self.reload()

    def _done(self) -> None:
        self.changed = True
        self.reload()

    def submit(self) -> None:
        if self.details is None:
            return
        claim = self.details.claim
        answer = QMessageBox.question(
            self,
            self.tr("Skicka in reseräkning"),
            self.tr(
                "Skicka in reseräkningen för {month} ({amount}) till attestanten?\n\nResorna "
                "låses tills reseräkningen attesteras, skickas tillbaka eller öppnas igen."
            ).format(month=month_label(claim.month), amount=format_kr(claim.total_ore)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            submit_claim(self.db, self.claim_id, self.actor)
        except ClaimError as error:
            self._refused(self.tr("Reseräkningen kunde inte skickas in"), error)
            return
        self._done()

    def refresh(self) -> None:
        try:
            refresh_claim(self.db, self.claim_id)
        except ClaimError as error:
            self._refused(self.tr("Utkastet kunde inte räknas om"), error)
            return
        self._done()

    def delete(self) -> None:
        if self.details is None:
            return
        claim = self.details.claim
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort utkast"),
            self.tr(
                "Ta bort utkastet för {month}?\n\nResorna finns kvar och kan tas med i ett nytt "
                "utkast."
            ).format(month=month_label(claim.month)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_claim(self.db, self.claim_id, self.actor)
        except ClaimError as error:
            self._refused(self.tr("Utkastet kunde inte tas bort"), error)
            return
        self.changed = True
        self.deleted = True
        self.accept()

    def reopen(self) -> None:
        if self.details is None:
            return
        claim = self.details.claim
        approved = claim.state == ClaimState.APPROVED
        explanation = self.tr(
            "Reseräkningen för {employee}, {month}, blir ett utkast igen och resorna låses upp."
        ).format(employee=claim.employee_name, month=month_label(claim.month))
        if approved:
            explanation += " " + self.tr("Attesten tas bort och måste ges på nytt.")
        explanation += " " + self.tr("Skälet sparas i reseräkningens logg.")
        dialog = CommentDialog(
            self.tr("Öppna reseräkningen igen"),
            explanation,
            self.tr("&Varför öppnas den igen?"),
            self.tr("Öppna &igen"),
            lambda reason: reopen_claim(self.db, self.claim_id, self.actor, reason),
            self,
            required_message=self.tr(
                "Skriv varför reseräkningen öppnas igen – skälet sparas i loggen."
            ),
            placeholder=self.tr("t.ex. fel antal km på resan den 12:e"),
        )
        if dialog.exec():
            self._done()
        else:
            self.reload()  # it may have been moved by somebody else meanwhile

    def _line_double_clicked(self) -> None:
        if self.correct_button.isVisible():
            self.correct_selected()

    def correct_selected(self) -> None:
        """The attestant corrects the selected trip; the claim's totals and log follow."""
        line = self.lines.current_record()
        trip = get_trip(self.db, line.trip_id) if line is not None else None
        if trip is None:
            return
        dialog = TripCorrectionDialog(self.db, trip, self.actor, self, today=self.today)
        if dialog.exec():
            self._done()
        else:
            self.reload()  # it may have been returned or approved by somebody else meanwhile

    def _file_stem(self) -> str:
        assert self.details is not None
        claim = self.details.claim
        return f"reserakning-{claim.employee_number}-{claim.month}"

    def save_pdf(self) -> None:
        if self.details is None:
            return
        title = self.tr("Skriv ut reseräkning")
        path = ask_save_path(
            self, title, f"{self._file_stem()}.pdf", self.tr("PDF-filer (*.pdf)"), ".pdf"
        )
        if path is None:
            return
        try:
            write_claim_pdf(claim_details(self.db, self.claim_id), path, self.today)
        except OSError as error:
            write_failed(self, title, path, error)
            return
        offer_to_open(
            self, title, self.tr("Reseräkningen sparades som PDF:\n{path}").format(path=path), path
        )

    def save_csv(self) -> None:
        if self.details is None:
            return
        title = self.tr("Exportera reseräkning")
        path = ask_save_path(
            self, title, f"{self._file_stem()}.csv", self.tr("CSV-filer för Excel (*.csv)"), ".csv"
        )
        if path is None:
            return
        try:
            count = export_claim_csv(self.db, self.claim_id, path)
        except OSError as error:
            write_failed(self, title, path, error)
            return
        message = self.tr("%n resor exporterades till:\n{path}", "", count).format(path=path)
        offer_to_open(self, title, message, Path(path))

"""Förhandsgodkännanden: own-car trips waiting for the manager's approval before the trip.

Some municipalities require it; the organisation setting switches it on, and from then on
keeping the own car in the green prompt sends a request here. The manager approves or refuses
with a comment (a refusal must say why: resebok.core.preapproval checks it).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.green_config import preapproval_required
from resebok.core.preapproval import Approval, ApprovalError, decide_approval, pending_approvals
from resebok.core.settings import set_setting
from resebok.gui.formatting import format_date, format_distance
from resebok.gui.labels import text as label_text
from resebok.gui.record_table_model import Column, RecordTable, numeric
from resebok.gui.session import current_actor
from resebok.gui.styles import ERROR_STYLE, OK_STYLE, muted_label
from resebok.gui.swedish import local_time

APPROVAL_COLUMNS: list[Column[Approval]] = [
    Column(QT_TRANSLATE_NOOP("PreapprovalsPage", "Datum"), lambda a: format_date(a.date)),
    Column(QT_TRANSLATE_NOOP("PreapprovalsPage", "Anställd"), lambda a: a.employee_name),
    Column(QT_TRANSLATE_NOOP("PreapprovalsPage", "Resväg"), lambda a: a.route_text),
    numeric(
        QT_TRANSLATE_NOOP("PreapprovalsPage", "Km"), lambda a: format_distance(a.km), lambda a: a.km
    ),
    Column(
        QT_TRANSLATE_NOOP("PreapprovalsPage", "Anledning"), lambda a: label_text(a.reason_label)
    ),
    Column(
        QT_TRANSLATE_NOOP("PreapprovalsPage", "Begärd av"),
        lambda a: f"{a.requested_by or '–'} {local_time(a.requested_at)}",
    ),
]
ROUTE_COLUMN = 2


class PreapprovalsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None, *, actor: str | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = current_actor() if actor is None else actor

        self.required = QCheckBox(self.tr("Egen bil kräver chefens &godkännande före resan"))
        self.required.setChecked(bool(preapproval_required(db)))
        self.required.toggled.connect(self._set_required)
        explanation = muted_label(
            self.tr(
                "När rutan är ikryssad skickas en förfrågan hit varje gång någon behåller egen "
                "bil i frågan om gröna alternativ."
            )
        )

        self.table = RecordTable(
            APPROVAL_COLUMNS, stretch_column=ROUTE_COLUMN, context="PreapprovalsPage"
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Kommentar (krävs när resan nekas)"))
        comment_label = QLabel(self.tr("&Kommentar:"))
        comment_label.setBuddy(self.comment)
        self.approve_button = QPushButton(self.tr("G&odkänn"))
        self.refuse_button = QPushButton(self.tr("&Neka"))
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.message = QLabel(wordWrap=True)
        self.count = QLabel()

        answer = QHBoxLayout()
        answer.addWidget(comment_label)
        answer.addWidget(self.comment, 1)
        answer.addWidget(self.approve_button)
        answer.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.required)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(answer)
        layout.addWidget(self.message)
        self.setMinimumSize(860, 400)
        self.reload()

    def reload(self) -> None:
        approvals = pending_approvals(self.db)
        self.table.set_records(approvals)
        self.table.resizeColumnsToContents()
        self.count.setText(
            self.tr("%n förfrågningar väntar på svar.", "", len(approvals))
            if approvals
            else self.tr("Inga förfrågningar väntar.")
        )
        if approvals:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        approval = self.table.current_record()
        return approval.id if approval else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.approve_button.setEnabled(has)
        self.refuse_button.setEnabled(has)

    def decide(self, approve: bool) -> None:
        approval_id = self.selected_id()
        if approval_id is None:
            return
        try:
            approval = decide_approval(
                self.db, approval_id, approve, self.actor, self.comment.text()
            )
        except ApprovalError as error:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(error))
            if not approve:
                self.comment.setFocus()
            return
        self.comment.clear()
        self.message.setStyleSheet(OK_STYLE)
        verdict = self.tr("godkänd") if approve else self.tr("nekad")
        trip = f"{approval.employee_name} {format_date(approval.date)} {approval.route_text}"
        self.message.setText(f"{trip}: {verdict}.")
        self.reload()

    def _set_required(self, on: bool) -> None:
        set_setting(self.db, "own_car_requires_preapproval", on)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(
            self.tr("Egen bil kräver nu förhandsgodkännande.")
            if on
            else self.tr("Förhandsgodkännande krävs inte längre.")
        )

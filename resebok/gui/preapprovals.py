"""Förhandsgodkännanden: own-car trips waiting for the manager's approval before the trip.

Some municipalities require it; the organisation setting switches it on, and from then on
keeping the own car in the green prompt sends a request here. The manager approves or refuses
with a comment (a refusal must say why: resebok.core.preapproval checks it).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from resebok.core.green_config import preapproval_required
from resebok.core.preapproval import ApprovalError, decide_approval, pending_approvals
from resebok.core.settings import set_setting
from resebok.gui.formatting import format_date, format_distance
from resebok.gui.labels import text as label_text
from resebok.gui.session import current_actor
from resebok.gui.swedish import local_time

HEADERS = (
    QT_TRANSLATE_NOOP("PreapprovalsPage", "Datum"),
    QT_TRANSLATE_NOOP("PreapprovalsPage", "Anställd"),
    QT_TRANSLATE_NOOP("PreapprovalsPage", "Resväg"),
    QT_TRANSLATE_NOOP("PreapprovalsPage", "Km"),
    QT_TRANSLATE_NOOP("PreapprovalsPage", "Anledning"),
    QT_TRANSLATE_NOOP("PreapprovalsPage", "Begärd av"),
)
ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #2e7d32;"


class PreapprovalsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None, *, actor: str | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = current_actor() if actor is None else actor

        self.required = QCheckBox(self.tr("Egen bil kräver chefens &godkännande före resan"))
        self.required.setChecked(bool(preapproval_required(db)))
        self.required.toggled.connect(self._set_required)
        explanation = QLabel(
            self.tr(
                "När rutan är ikryssad skickas en förfrågan hit varje gång någon behåller egen "
                "bil i frågan om gröna alternativ."
            )
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #5f6368;")

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
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
        self.table.setRowCount(len(approvals))
        for row, approval in enumerate(approvals):
            requested = local_time(approval.requested_at)
            values = (
                format_date(approval.date),
                approval.employee_name,
                approval.route_text,
                format_distance(approval.km),
                label_text(approval.reason_label),
                f"{approval.requested_by or '–'} {requested}",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, approval.id)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count.setText(
            self.tr("%n förfrågningar väntar på svar.", "", len(approvals))
            if approvals
            else self.tr("Inga förfrågningar väntar.")
        )
        if approvals:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

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

"""Attestera: an attestant's submitted claims, with what deserves a look, approved or returned.

The attestant chooses who they act as (there is no login yet; the choice is remembered). The
list holds the submitted claims of their units (resebok.core.attest decides which, and never
their own), each with the flags that matter: km far from the suggestion, trips that started at
home, own-car trips without a reason. Several claims are approved or returned in one step,
all or none. Own-car requests waiting for approval before the trip have a tab of their own.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.attest import (
    AttestItem,
    approve_claims,
    attestant_units,
    claims_to_attest,
    list_attestants,
    return_claims,
)
from resebok.core.claims import ClaimError
from resebok.core.settings import get_setting
from resebok.gui.claim_dialog import ClaimDialog
from resebok.gui.claim_texts import by_whom
from resebok.gui.comment_dialog import CommentDialog
from resebok.gui.formatting import format_km, format_kr, month_label
from resebok.gui.org_combos import employee_text
from resebok.gui.preapprovals import PreapprovalsPage
from resebok.gui.record_table_model import LEFT, Column, RecordTable, numeric
from resebok.gui.session import current_actor
from resebok.gui.styles import MUTED_STYLE, OK_STYLE

SETTINGS_KEY = "attest/attestant_id"


def _icon(kind: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(kind)


def _count_text(n: int) -> str:
    return str(n) if n else ""


# Module-level texts with a count use AttestView.tr: lupdate marks a plural form only for tr()
# (not for QCoreApplication.translate), and only when the count is a plain name.
def _flagged_tooltip(n: int, flag_percent: str) -> str:
    if not n:
        return ""
    return AttestView.tr("%n resor där km avviker mer än {percent} % från förslaget", "", n).format(
        percent=flag_percent
    )


def _home_tooltip(n: int) -> str:
    if not n:
        return ""
    return AttestView.tr(
        "%n resor som började i bostaden – kontrollera avdraget för resvägen till arbetet", "", n
    )


def _no_reason_tooltip(n: int) -> str:
    if not n:
        return ""
    return AttestView.tr("%n resor med egen bil utan angivet skäl", "", n)


def attest_columns(flag_percent: str) -> list[Column[AttestItem]]:
    """The attest list's columns."""
    warning = _icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    information = _icon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Anställd"),
            lambda i: i.claim.employee_name,
            tooltip=lambda i: i.claim.unit_name,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Enhet"),
            lambda i: i.claim.unit_name,
            tooltip=lambda i: i.claim.unit_name,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Månad"),
            lambda i: month_label(i.claim.month),
            lambda i: i.claim.month,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Inskickad"),
            lambda i: by_whom(i.claim.submitted_at, None),
            lambda i: i.claim.submitted_at or "",
            tooltip=lambda i: by_whom(i.claim.submitted_at, i.claim.submitted_by),
        ),
        numeric(
            QT_TRANSLATE_NOOP("Columns", "Resor"),
            lambda i: str(i.claim.trip_count),
            lambda i: i.claim.trip_count,
        ),
        numeric(
            QT_TRANSLATE_NOOP("Columns", "Km"),
            lambda i: format_km(i.claim.km),
            lambda i: i.claim.km,
        ),
        numeric(
            QT_TRANSLATE_NOOP("Columns", "Avdrag km"),
            lambda i: format_km(i.claim.reduction_km) if i.claim.reduction_km else "",
            lambda i: i.claim.reduction_km,
        ),
        numeric(
            QT_TRANSLATE_NOOP("Columns", "Belopp"),
            lambda i: format_kr(i.claim.total_ore),
            lambda i: i.claim.total_ore,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Avvikande km"),
            lambda i: _count_text(i.flagged_trips),
            lambda i: i.flagged_trips,
            LEFT,  # the icon and the count side by side
            tooltip=lambda i: _flagged_tooltip(i.flagged_trips, flag_percent),
            icon=lambda i: warning if i.flagged_trips else None,
            header_tooltip=QCoreApplication.translate(
                "AttestView", "Resor där km avviker mer än {percent} % från förslaget"
            ).format(percent=flag_percent),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Från bostaden"),
            lambda i: _count_text(i.home_trips),
            lambda i: i.home_trips,
            LEFT,  # the icon and the count side by side
            tooltip=lambda i: _home_tooltip(i.home_trips),
            icon=lambda i: information if i.home_trips else None,
            header_tooltip=QT_TRANSLATE_NOOP("Columns", "Resor som började i bostaden"),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Utan skäl"),
            lambda i: _count_text(i.trips_without_reason),
            lambda i: i.trips_without_reason,
            LEFT,  # the icon and the count side by side
            tooltip=lambda i: _no_reason_tooltip(i.trips_without_reason),
            icon=lambda i: warning if i.trips_without_reason else None,
            header_tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Resor med egen bil där inget skäl har angetts"
            ),
        ),
    ]


class AttestView(QDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        actor: str | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = current_actor() if actor is None else actor
        self.settings = settings if settings is not None else QSettings("Resebok", "Resebok")
        self.changed = False
        self.setWindowTitle(self.tr("Attestera reseräkningar"))
        self.setSizeGripEnabled(True)
        self.resize(1180, 620)
        flag_percent = f"{float(get_setting(db, 'km_flag_share')) * 100:.0f}"

        self.attestant = QComboBox(objectName="attestant")
        for attestant in list_attestants(db):
            employee = attestant.employee
            self.attestant.addItem(employee_text(employee), employee.id)
        attestant_label = QLabel(self.tr("Attestera &som:"))
        attestant_label.setBuddy(self.attestant)
        self.units = QLabel(objectName="attestUnits")
        self.units.setStyleSheet(MUTED_STYLE)
        top = QHBoxLayout()
        top.addWidget(attestant_label)
        top.addWidget(self.attestant)
        top.addSpacing(12)
        top.addWidget(self.units, 1)

        self.table = RecordTable(attest_columns(flag_percent), multi_select=True, stretch_column=1)
        self.table.setObjectName("attestTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count = QLabel(objectName="attestCount")
        self.message = QLabel(objectName="attestMessage")
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Öppna…"))
        self.all_button = QPushButton(self.tr("&Markera alla"))
        self.approve_button = QPushButton(self.tr("&Attestera"))
        self.approve_button.setToolTip(self.tr("Attestera de markerade reseräkningarna"))
        self.return_button = QPushButton(self.tr("&Returnera…"))
        self.return_button.setToolTip(
            self.tr(
                "Skicka tillbaka de markerade reseräkningarna till de anställda med en kommentar"
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)

        claims_page = QWidget()
        page = QVBoxLayout(claims_page)
        page.addWidget(self.count)
        page.addWidget(self.table, 1)
        page.addWidget(self.message)
        page.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(claims_page, self.tr("Reseräkningar"))
        # Own-car trips waiting for the manager's approval before the trip (the green prompt's).
        self.preapprovals = PreapprovalsPage(self.db, actor=self.actor)
        self.tabs.addTab(self.preapprovals, self.tr("Förhandsgodkännanden"))
        close_button = QPushButton(self.tr("&Stäng"))
        close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.all_button.clicked.connect(self.table.selectAll)
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button.clicked.connect(self.return_selected)
        self._select_remembered()
        self.attestant.currentIndexChanged.connect(self._attestant_changed)
        self.reload()

    # --- attestant -------------------------------------------------------------------------
    def attestant_id(self) -> int | None:
        return self.attestant.currentData()

    def choose_attestant(self, employee_id: int) -> None:
        self.attestant.setCurrentIndex(max(self.attestant.findData(employee_id), 0))

    def _select_remembered(self) -> None:
        remembered = self.settings.value(SETTINGS_KEY)
        try:
            index = self.attestant.findData(int(remembered)) if remembered is not None else -1
        except (TypeError, ValueError):
            index = -1
        self.attestant.setCurrentIndex(max(index, 0))

    def _attestant_changed(self) -> None:
        if self.attestant_id() is not None:
            self.settings.setValue(SETTINGS_KEY, self.attestant_id())
        self.message.clear()
        self.reload()

    # --- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        attestant_id = self.attestant_id()
        if attestant_id is None:
            self.units.setText("")
            self.count.setText(
                self.tr(
                    "Det finns inga attestanter. En attestant är en anställd som är kopplad till "
                    "de enheter vars reseräkningar hen attesterar."
                )
            )
            self.table.set_records([])
            self._update_buttons()
            return
        units = attestant_units(self.db, attestant_id)
        self.units.setText(
            self.tr("Attesterar {units} (med enheter under)").format(
                units=", ".join(unit.name for unit in units)
            )
            if units
            else self.tr("Attesterar inga enheter.")
        )
        items = claims_to_attest(self.db, attestant_id)
        self.table.set_records(items)
        self.table.fit_columns(maximum=240)
        total = sum(item.claim.total_ore for item in items)
        self.count.setText(
            self.tr("%n reseräkningar väntar på attest · {amount}", "", len(items)).format(
                amount=format_kr(total)
            )
            if items
            else self.tr("Inga inskickade reseräkningar väntar på attest.")
        )
        self.tabs.setTabText(0, self.tr("Reseräkningar ({count})").format(count=len(items)))
        self._update_buttons()

    def items(self) -> list[AttestItem]:
        return self.table.records()

    def selected_items(self) -> list[AttestItem]:
        return self.table.selected_records()

    def select_claims(self, claim_ids: list[str]) -> int:
        wanted = set(claim_ids)
        return self.table.select_where(lambda item: item.claim.id in wanted)

    def _update_buttons(self) -> None:
        selected = len(self.selected_items())
        self.open_button.setEnabled(selected == 1)
        self.approve_button.setEnabled(selected > 0)
        self.return_button.setEnabled(selected > 0)
        self.all_button.setEnabled(bool(self.table.source.rowCount()))
        self.approve_button.setText(
            self.tr("&Attestera ({count})").format(count=selected)
            if selected > 1
            else self.tr("&Attestera")
        )

    # --- actions ---------------------------------------------------------------------------
    def _report(self, text: str) -> None:
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)

    def open_selected(self) -> None:
        selected = self.selected_items()
        if len(selected) != 1:
            return
        dialog = ClaimDialog(
            self.db, selected[0].claim.id, self, actor=self.actor, can_correct=True
        )
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self.reload()

    def approve_selected(self) -> None:
        selected = self.selected_items()
        if not selected:
            return
        try:
            approve_claims(
                self.db, [item.claim.id for item in selected], self.actor, self.attestant_id()
            )
        except ClaimError as error:
            QMessageBox.warning(
                self,
                self.tr("Attestera"),
                self.tr("{error}\n\nIngen av de markerade reseräkningarna har attesterats.").format(
                    error=error
                ),
            )
            self.reload()
            return
        self.changed = True
        total = sum(item.claim.total_ore for item in selected)
        names = ", ".join(item.claim.employee_name for item in selected[:3])
        more = (
            self.tr(" och {count} till").format(count=len(selected) - 3)
            if len(selected) > 3
            else ""
        )
        self.reload()
        self._report(
            self.tr(
                "%n reseräkningar attesterades ({names}), totalt {amount}.", "", len(selected)
            ).format(names=names + more, amount=format_kr(total))
        )

    def return_selected(self) -> None:
        selected = self.selected_items()
        if not selected:
            return
        ids = [item.claim.id for item in selected]
        names = ", ".join(
            f"{i.claim.employee_name} ({month_label(i.claim.month)})" for i in selected
        )
        dialog = CommentDialog(
            self.tr("Returnera reseräkningar"),
            self.tr(
                "%n reseräkningar skickas tillbaka till den anställda som utkast: {names}. "
                "Kommentaren visas på reseräkningen och sparas i dess logg.",
                "",
                len(selected),
            ).format(names=names),
            self.tr("&Kommentar till den anställda:"),
            self.tr("&Returnera"),
            lambda comment: return_claims(self.db, ids, self.actor, comment, self.attestant_id()),
            self,
            placeholder=self.tr("t.ex. Ange vem du besökte på resan den 12:e."),
        )
        if not dialog.exec():
            return
        self.changed = True
        self.reload()
        self._report(
            self.tr("%n reseräkningar skickades tillbaka med kommentaren.", "", len(selected))
        )

"""Arkiv → Säkerhetskopior…: the database's copies, a copy now, and restoring one.

The copies and their rules live in resebok.core.backup. Restoring always asks first and says
that the database as it is now is kept as a copy; afterwards the main window is opened again
on the restored database, so that every list shows what the copy holds. The same dialog
restores a damaged database at start-up (resebok.gui.db_problem_dialog), then without the
"copy now" button: there is nothing sound to copy.
"""

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resebok.core.backup import (
    BACKUP_KEEP_ENV,
    MAX_KEEP,
    MIN_KEEP,
    Backup,
    BackupError,
    BackupKind,
    RestoreResult,
    backup_dir,
    create_backup,
    keep_count,
    list_backups,
    restore_backup,
    rotate_backups,
    save_keep_count,
)
from resebok.gui.busy import run_busy
from resebok.gui.formatting import format_date, format_number
from resebok.gui.labels import label as enum_label
from resebok.gui.styles import ERROR_STYLE, MUTED_STYLE, muted_label

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupDialog", "Tidpunkt"),
    QT_TRANSLATE_NOOP("BackupDialog", "Typ"),
    QT_TRANSLATE_NOOP("BackupDialog", "Storlek"),
)


def _size(size: int) -> str:
    return f"{format_number(size / 1e6, 1)} MB"


def _when(backup: Backup) -> str:
    return f"{format_date(backup.created.date())} {backup.created:%H:%M}"


def _backup_label(backup: Backup) -> str:
    """'2026-11-27 06:48 – daglig', as resebok.core.backup.Backup.label, in the GUI's language."""
    return f"{_when(backup)} – {enum_label(backup.kind).lower()}"


class BackupDialog(QDialog):
    """After ``exec()``, ``restored`` is set when a copy was put back."""

    def __init__(
        self, db_path: Path, parent: QWidget | None = None, *, database_usable: bool = True
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.database_usable = database_usable
        self.restored: RestoreResult | None = None
        self.backups: list[Backup] = []
        self.setWindowTitle(self.tr("Säkerhetskopior"))

        intro = QLabel(
            self.tr(
                "Resebok kopierar databasen en gång om dagen när programmet startar (om något "
                "har ändrats) och kontrollerar varje kopia. Kopiorna ligger på den här datorn, "
                "inte bredvid databasen, så att de finns kvar om databasens disk går sönder."
            )
            if database_usable
            else self.tr(
                "Välj den kopia som ska ersätta den skadade databasen. Den skadade filen sparas "
                "först, så att inget försvinner."
            )
        )
        intro.setWordWrap(True)
        where = muted_label(
            self.tr("Databas: {path}\nKopiorna sparas i: {folder}").format(
                path=db_path, folder=backup_dir(db_path)
            )
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, len(COLUMNS), objectName="backupTable")
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, 90)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.keep = QSpinBox(objectName="keepDaily")
        self.keep.setRange(MIN_KEEP, MAX_KEEP)
        self.keep.setValue(keep_count())
        self.keep.setSuffix(" " + self.tr("dagliga kopior"))
        if os.environ.get(BACKUP_KEEP_ENV):
            self.keep.setEnabled(False)
            self.keep.setToolTip(
                self.tr("Bestäms av IT ({variable}).").format(variable=BACKUP_KEEP_ENV)
            )
        self.keep.valueChanged.connect(save_keep_count)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Spara de senaste")))
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)

        self.status = QLabel(objectName="backupStatus")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Säkerhetskopiera nu"), objectName="backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_button.setVisible(database_usable)
        self.restore_button = QPushButton(
            self.tr("&Återställ vald kopia…"), objectName="restoreBackup"
        )
        self.restore_button.clicked.connect(self.restore_selected)
        close_button = QPushButton(self.tr("&Stäng"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 420)
        self.reload()

    # --- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.backups = list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (
                _when(backup),
                enum_label(backup.kind),
                _size(backup.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        else:
            self._show(self.tr("Det finns inga säkerhetskopior av den här databasen ännu."))
        self._update_buttons()

    def selected_backup(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else MUTED_STYLE)
        self.status.setText(text)

    # --- actions ----------------------------------------------------------------------------
    def backup_now(self) -> None:
        try:
            backup = run_busy(
                self,
                self.tr("Säkerhetskopierar …"),
                lambda: create_backup(self.db_path, BackupKind.MANUAL),
            )
        except (BackupError, OSError) as error:
            self._show(self.tr("Ingen kopia gjordes: {error}").format(error=error), error=True)
            return
        rotate_backups(self.db_path, self.keep.value())
        self.reload()
        self._show(
            self.tr("Kopian är sparad ({backup}, {size}).").format(
                backup=_backup_label(backup), size=_size(backup.size)
            )
        )

    def confirm_restore(self, backup: Backup) -> bool:
        """Ask before anything is replaced; a separate method so that tests can answer."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Återställ säkerhetskopia"), "", parent=self
        )
        box.setText(
            self.tr("Ersätta databasen med kopian från {backup}?").format(
                backup=_backup_label(backup)
            )
        )
        box.setInformativeText(
            self.tr(
                "Det som har sparats efter att kopian gjordes finns inte i den. Databasen som den "
                "är nu sparas först som en kopia (”{kind}”), så du kan gå tillbaka."
            ).format(kind=enum_label(BackupKind.BEFORE_RESTORE))
        )
        restore = box.addButton(self.tr("&Återställ"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not self.confirm_restore(backup):
            return
        try:
            result = run_busy(
                self,
                self.tr("Återställer …"),
                lambda: restore_backup(backup.path, self.db_path),
            )
        except (BackupError, OSError) as error:
            self._show(
                self.tr("Databasen återställdes inte: {error}").format(error=error), error=True
            )
            return
        self.restored = result
        self.accept()


def restored_message(result: RestoreResult) -> str:
    text = BackupDialog.tr("Databasen är återställd från kopian {file}.").format(
        file=result.restored_from.name
    )
    if result.saved_copy is not None:
        text += " " + BackupDialog.tr(
            "Databasen som den var före återställningen finns kvar som kopia ({backup})."
        ).format(backup=_backup_label(result.saved_copy))
    return text


def show_backup_dialog(window) -> None:  # noqa: ANN001 - a MainWindow
    """The menu's action: after a restore the window opens again on the restored database."""
    from resebok.gui.startup import reopen_window

    if window.db_path is None:
        return
    dialog = BackupDialog(Path(window.db_path), window)
    dialog.exec()
    if dialog.restored is None:
        return
    replacement = reopen_window(window)
    QMessageBox.information(
        replacement or window, BackupDialog.tr("Säkerhetskopior"), restored_message(dialog.restored)
    )

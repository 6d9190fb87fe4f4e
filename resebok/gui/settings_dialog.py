"""Inställningar: change the role, who you are and the database location chosen at first run,
and the language of the user interface (which takes effect at the next start)."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resebok import APP_NAME
from resebok.core.db import open_database
from resebok.core.db_location import db_env_override
from resebok.core.identity import (
    Directory,
    read_directory,
    register_employee,
    validate_new_employee,
)
from resebok.core.user_config import LANGUAGES, Role, UserConfig, save_config
from resebok.gui.database_chooser import DatabaseChooser
from resebok.gui.i18n import ui_language
from resebok.gui.identity_widgets import EmployeePicker, NewEmployeeForm
from resebok.gui.labels import label


class NewEmployeeDialog(QDialog):
    """Add yourself to the chosen database; written when the user presses "Lägg till"."""

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lägg till mig som anställd"))
        self.directory = directory
        self.added_number: str | None = None
        self.form = NewEmployeeForm()
        self.form.set_directory(directory)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lägg till"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Databas: {path}").format(path=directory.path)))
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        details = self.form.details()
        problems = validate_new_employee(details, self.directory)
        self.form.show_problems(problems)
        if problems:
            return
        try:
            db = open_database(self.directory.path)
            try:
                employee = register_employee(db, details)
            finally:
                db.close()
        except (ValueError, OSError, sqlite3.Error) as exc:
            QMessageBox.warning(
                self, APP_NAME, self.tr("Du kunde inte läggas till:\n{error}").format(error=exc)
            )
            return
        self.added_number = employee.number
        super().accept()


class SettingsDialog(QDialog):
    """After ``exec()`` returns Accepted, ``config`` holds the saved configuration."""

    def __init__(self, config: UserConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar – {app}").format(app=APP_NAME))
        self.original = config
        self.config: UserConfig | None = None

        self.role_combo = QComboBox(objectName="roleCombo")
        for role in Role:
            self.role_combo.addItem(label(role), role)
        self.role_combo.setCurrentIndex(list(Role).index(config.role))

        # Each language is named in itself, so that the user finds their own.
        self.language_combo = QComboBox(objectName="languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(config.language), 0))
        self.language_note = QLabel(objectName="languageNote")
        self.language_note.setWordWrap(True)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self._language_changed()

        self.chooser = DatabaseChooser(config.db_path)
        self.chooser.changed.connect(self._database_changed)
        self.env_note = QLabel(objectName="envNote")
        self.env_note.setWordWrap(True)
        override = db_env_override()
        self.env_note.setText(
            self.tr(
                "Obs: miljövariabeln RESEBOK_DB pekar på {path}; den gäller före valet här så "
                "länge den är satt."
            ).format(path=override)
            if override
            else ""
        )
        self.env_note.setVisible(override is not None)

        self.picker = EmployeePicker()
        self.add_button = QPushButton(self.tr("Jag finns &inte i listan…"), objectName="addSelf")
        self.add_button.clicked.connect(self.add_self)

        role_form = QFormLayout()
        role_form.addRow(self.tr("Din &roll:"), self.role_combo)
        role_form.addRow(self.tr("&Språk:"), self.language_combo)
        role_form.addRow("", self.language_note)
        db_box = QGroupBox(self.tr("Databas"))
        db_layout = QVBoxLayout(db_box)
        db_layout.addWidget(self.chooser)
        db_layout.addWidget(self.env_note)
        who_box = QGroupBox(self.tr("Vem är du?"))
        who_layout = QVBoxLayout(who_box)
        who_layout.addWidget(self.picker, 1)
        who_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(role_form)
        layout.addWidget(db_box)
        layout.addWidget(who_box, 1)
        layout.addWidget(buttons)
        self.resize(600, 620)
        self._load_directory(config.employee_number)

    def _load_directory(self, select_number: str | None) -> None:
        self.directory = read_directory(self.chooser.path)
        self.picker.set_directory(self.directory, select_number)
        if self.directory.problem:
            self.chooser.set_note(self.directory.problem)
        elif not self.directory.exists:
            self.chooser.set_note(
                self.tr("Filen finns inte ännu; en ny, tom databas skapas när den öppnas.")
            )
        else:
            count = len(self.directory.employees)
            self.chooser.set_note(self.tr("%n anställda i databasen.", "", count))

    def _language_changed(self) -> None:
        """Open windows keep their language: a new one is shown from the next start."""
        changed = self.language_combo.currentData() != ui_language()
        self.language_note.setText(
            self.tr("Det nya språket visas när du startar om Resebok.") if changed else ""
        )
        self.language_note.setVisible(changed)

    def _database_changed(self, _path: Path) -> None:
        current = self.picker.current()
        self._load_directory(current.number if current else None)

    def add_self(self) -> None:
        dialog = NewEmployeeDialog(self.directory, self)
        if dialog.exec() and dialog.added_number:
            self._load_directory(dialog.added_number)

    def accept(self) -> None:
        employee = self.picker.current()
        config = UserConfig(
            role=self.role_combo.currentData(),
            db_path=self.chooser.path,
            employee_number=employee.number if employee else None,
            employee_name=employee.name if employee else None,
            language=self.language_combo.currentData(),
        )
        try:
            save_config(config)
        except OSError as exc:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("Inställningarna kunde inte sparas:\n{error}").format(error=exc),
            )
            return
        self.config = config
        super().accept()

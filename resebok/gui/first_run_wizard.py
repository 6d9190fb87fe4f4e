"""The first-run wizard: role, then who you are (from the staff list or typed in), or the demo.

Nothing is written while the user moves between the pages: the database is only read, and
"Slutför" writes everything at once (the new employee, the demo database, the settings file).
Cancelling therefore leaves no settings file, no employee and no database file behind.
"""

import sqlite3
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from resebok import APP_NAME
from resebok.core.db import open_database
from resebok.core.identity import (
    Directory,
    ensure_demo_database,
    read_directory,
    register_employee,
    validate_new_employee,
)
from resebok.core.paths import demo_db_path
from resebok.core.user_config import Role, UserConfig, save_config
from resebok.gui.busy import run_busy
from resebok.gui.database_chooser import DatabaseChooser
from resebok.gui.icons import app_pixmap
from resebok.gui.identity_widgets import EmployeePicker, NewEmployeeForm
from resebok.gui.labels import label
from resebok.gui.styles import muted_label

ROLE_DESCRIPTIONS = {
    Role.EMPLOYEE: QT_TRANSLATE_NOOP(
        "RolePage", "Du loggar dina tjänsteresor och skickar in din reseräkning."
    ),
    Role.ATTESTANT: QT_TRANSLATE_NOOP(
        "RolePage", "Du attesterar reseräkningar för din enhet och loggar dina egna resor."
    ),
    Role.CONTROLLER: QT_TRANSLATE_NOOP(
        "RolePage", "Du följer upp kilometer, kostnader och indikatorn för kommunen."
    ),
}


class PageId(IntEnum):
    ROLE = 0
    START = 1
    PICK = 2
    DETAILS = 3
    DEMO = 4


class Start(IntEnum):
    PICK = 0
    DETAILS = 1
    DEMO = 2


def _hint(text: str) -> QLabel:
    label = muted_label(text)
    label.setIndent(24)
    return label


class RolePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Välkommen till {app}").format(app=APP_NAME))
        self.setSubTitle(
            self.tr(
                "Några frågor innan du börjar. Du kan ändra svaren senare under "
                "Arkiv → Inställningar."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Vilken roll har du?</b>")))
        self.group = QButtonGroup(self)
        self.buttons: dict[Role, QRadioButton] = {}
        for number, role in enumerate(Role):
            button = QRadioButton(f"&{label(role)}", objectName=f"role_{role}")
            self.group.addButton(button, number)
            self.buttons[role] = button
            layout.addWidget(button)
            layout.addWidget(_hint(self.tr(ROLE_DESCRIPTIONS[role])))
        self.buttons[Role.EMPLOYEE].setChecked(True)
        layout.addStretch(1)

    def role(self) -> Role:
        return list(Role)[self.group.checkedId()]


class StartPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Hur vill du börja?"))
        self.setSubTitle(self.tr("Resebok behöver veta vem du är, så att resorna blir dina."))
        self.chooser = DatabaseChooser(wizard.db_path)
        self.chooser.changed.connect(wizard.set_db_path)
        self.group = QButtonGroup(self)
        self.pick = QRadioButton(self.tr("&Välj mig i personallistan"), objectName="startPick")
        self.details = QRadioButton(
            self.tr("&Jag finns inte i listan – ange mina uppgifter"), objectName="startDetails"
        )
        self.demo = QRadioButton(self.tr("Öppna &demon"), objectName="startDemo")
        for choice, button in zip(Start, (self.pick, self.details, self.demo), strict=True):
            self.group.addButton(button, choice)
        self.pick_hint = _hint("")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Databas</b> (organisationens resor och personal):")))
        layout.addWidget(self.chooser)
        layout.addSpacing(8)
        layout.addWidget(self.pick)
        layout.addWidget(self.pick_hint)
        layout.addWidget(self.details)
        layout.addWidget(
            _hint(self.tr("Du läggs till som anställd i databasen när du klickar Slutför."))
        )
        layout.addWidget(self.demo)
        layout.addWidget(
            _hint(
                self.tr(
                    "Prova Resebok på en påhittad kommun (Lekebergs kommun) i en egen fil. "
                    "Den riktiga databasen påverkas inte."
                )
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.refresh()

    def refresh(self) -> None:
        directory = self.wizard_.directory
        count = len(directory.employees)
        self.pick.setEnabled(count > 0)
        if directory.problem:
            self.chooser.set_note(directory.problem)
            self.pick_hint.setText(self.tr("Listan kan inte visas: databasen kunde inte läsas."))
        elif not directory.exists:
            self.chooser.set_note(
                self.tr("Filen finns inte ännu; den skapas när du klickar Slutför.")
            )
            self.pick_hint.setText(self.tr("Databasen är ny och har ingen personal ännu."))
        else:
            self.chooser.set_note("")
            self.pick_hint.setText(
                self.tr("%n anställda finns i databasen.", "", count)
                if count
                else self.tr("Databasen har ingen personal.")
            )
        if self.group.checkedId() < 0 or not self.group.checkedButton().isEnabled():
            (self.pick if count else self.details).setChecked(True)

    def choice(self) -> Start:
        return Start(self.group.checkedId())

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return {
            Start.PICK: PageId.PICK,
            Start.DETAILS: PageId.DETAILS,
            Start.DEMO: PageId.DEMO,
        }[self.choice()]


class PickPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Vem är du?"))
        self.setSubTitle(self.tr("Sök fram dig själv och markera ditt namn."))
        self.picker = EmployeePicker()
        self.picker.chosen.connect(lambda _employee: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)

    def initializePage(self) -> None:  # noqa: N802
        self.picker.set_directory(self.wizard_.directory)
        self.picker.search.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        return self.picker.current() is not None

    def nextId(self) -> int:  # noqa: N802
        return -1


class DetailsPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Dina uppgifter"))
        self.setSubTitle(self.tr("Du läggs till som anställd i databasen när du klickar Slutför."))
        self.form = NewEmployeeForm()
        self.unit_note = QLabel(objectName="newUnitNote")
        self.unit_note.setWordWrap(True)
        self.form.changed.connect(lambda: self.unit_note.setText(self.form.new_unit_note()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.unit_note)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.form.set_directory(self.wizard_.directory)
        self.form.name_edit.setFocus()

    def validatePage(self) -> bool:  # noqa: N802
        problems = validate_new_employee(self.form.details(), self.wizard_.directory)
        self.form.show_problems(problems)
        return not problems

    def nextId(self) -> int:  # noqa: N802
        return -1


class DemoPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Demon"))
        self.setSubTitle(self.tr("En påhittad kommun med resor från 2019 till i dag."))
        path = demo_db_path()
        built = path.is_file()
        text = (
            self.tr("Demon finns redan och öppnas från<br><tt>{path}</tt>.")
            if built
            else self.tr(
                "Demon byggs när du klickar Slutför; det tar några sekunder. Den sparas i en "
                "egen fil,<br><tt>{path}</tt>."
            )
        ).format(path=path)
        text_label = QLabel(
            text
            + "<br><br>"
            + self.tr(
                "Allt i demon är påhittat. Den riktiga databasen påverkas inte. När du vill börja "
                "på riktigt väljer du databas och vem du är under Arkiv → Inställningar."
            )
        )
        text_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802
        return -1


class FirstRunWizard(QWizard):
    """After ``exec()`` returns Accepted, ``config`` holds the saved configuration."""

    def __init__(
        self, db_path: Path, *, problem: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.directory: Directory = read_directory(db_path)
        self.config: UserConfig | None = None
        self.setWindowTitle(self.tr("{app} – kom igång").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_pixmap(48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Tillbaka")),
            (QWizard.WizardButton.NextButton, self.tr("&Nästa >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Slutför")),
            (QWizard.WizardButton.CancelButton, self.tr("Avbryt")),
        ):
            self.setButtonText(button, text)
        self.role_page = RolePage()
        self.start_page = StartPage(self)
        self.pick_page = PickPage(self)
        self.details_page = DetailsPage(self)
        self.demo_page = DemoPage()
        self.setPage(PageId.ROLE, self.role_page)
        self.setPage(PageId.START, self.start_page)
        self.setPage(PageId.PICK, self.pick_page)
        self.setPage(PageId.DETAILS, self.details_page)
        self.setPage(PageId.DEMO, self.demo_page)
        self.setStartId(PageId.ROLE)
        self.resize(620, 520)
        if problem:
            self.role_page.setSubTitle(
                self.tr("{problem} Svara på frågorna igen.").format(problem=problem)
            )

    def set_db_path(self, path: Path) -> None:
        self.db_path = path
        self.directory = read_directory(path)
        self.start_page.refresh()

    # --- finishing ---------------------------------------------------------------------------
    def accept(self) -> None:
        # QWizard validates the page only in done(), after accept(); check before writing.
        if not self.validateCurrentPage():
            return
        try:
            config = self._commit()
        except (ValueError, OSError, sqlite3.Error) as exc:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr(
                    "Det gick inte att spara:\n{error}\n\nInget har sparats. Försök igen eller "
                    "välj en annan databas."
                ).format(error=exc),
            )
            return
        self.config = config
        super().accept()

    def _commit(self) -> UserConfig:
        role = self.role_page.role()
        choice = self.start_page.choice()
        if choice == Start.DEMO:
            path = demo_db_path()
            run_busy(self, self.tr("Bygger demon …"), lambda: ensure_demo_database(path))
            return self._save(UserConfig(role, path))
        if choice == Start.PICK:
            employee = self.pick_page.picker.current()
            if employee is None:
                raise ValueError(self.tr("Markera ditt namn i listan."))
            return self._save(UserConfig(role, self.db_path, employee.number, employee.name))
        return self._save(self._register(role))

    def _register(self, role: Role) -> UserConfig:
        details = self.details_page.form.details()
        created = not self.db_path.exists()
        try:
            db = open_database(self.db_path)
            try:
                employee = register_employee(db, details)
            finally:
                db.close()
        except BaseException:
            if created:  # a file made only for this attempt must not stay behind
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{self.db_path}{suffix}").unlink(missing_ok=True)
            raise
        return UserConfig(role, self.db_path, employee.number, employee.name)

    @staticmethod
    def _save(config: UserConfig) -> UserConfig:
        save_config(config)
        return config

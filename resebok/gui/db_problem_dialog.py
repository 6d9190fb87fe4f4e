"""When the database cannot be opened: say why and offer the ways forward.

resebok.core.db refuses a damaged, foreign, unreadable, locked, read-only or newer-version
file before touching it (resebok.core.db_health). Start-up then shows ``DbProblemDialog``:
depending on the problem, open the file read-only, try again, restore a backup, open another
database, or quit. Nothing here writes to the file except a confirmed restore, which first
saves the file as it is (resebok.core.backup).
"""

from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from resebok import APP_NAME
from resebok.core.backup import list_backups
from resebok.core.db_health import DbProblem
from resebok.gui.formatting import format_date
from resebok.gui.styles import WARNING_BANNER_STYLE

# Swedish source texts, translated where they are shown (context "DbProblemDialog").
READ_ONLY_BANNER = QT_TRANSLATE_NOOP(
    "DbProblemDialog",
    "Databasen är skrivskyddad: du kan läsa och skriva ut, men inte spara ändringar. "
    "Be IT om skrivbehörighet för att kunna logga resor.",
)
FILE_FILTER = QT_TRANSLATE_NOOP(
    "DbProblemDialog", "Resebok-databas (*.sqlite *.db);;Alla filer (*)"
)


class Choice(Enum):
    READ_ONLY = auto()
    RETRY = auto()
    RESTORE = auto()
    OTHER = auto()
    QUIT = auto()


@dataclass(frozen=True)
class Resolution:
    """What to open next: the same or another file, read-only or not."""

    path: Path
    read_only: bool = False


class DbProblemDialog(QDialog):
    """The problem in words and one button per way forward; ``choice`` holds the answer."""

    def __init__(self, problem: DbProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.choice = Choice.QUIT
        self.setWindowTitle(f"{APP_NAME} – {problem.title}")
        self.backups = list_backups(problem.path) if problem.can_restore else []

        icon = QLabel()
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(f"<b>{problem.title}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)  # our own words only
        text = QLabel(problem.message, objectName="problemText")
        text.setTextFormat(Qt.TextFormat.PlainText)  # the path and SQLite's words as they are
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QVBoxLayout()
        body.addWidget(heading)
        body.addWidget(text)
        if problem.can_restore:
            count = len(self.backups)
            if self.backups:
                latest = self.backups[0].created
                note = self.tr(
                    "Det finns %n säkerhetskopior av databasen; den senaste är från {when}.",
                    "",
                    count,
                ).format(when=f"{format_date(latest.date())} {latest:%H:%M}")
            else:
                note = self.tr(
                    "Det finns ingen säkerhetskopia av den här databasen på den här datorn."
                )
            body.addWidget(QLabel(note, objectName="backupNote"))
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(body, 1)

        self.buttons: dict[Choice, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        if problem.can_open_read_only:
            self._button(row, Choice.READ_ONLY, self.tr("Öppna &skrivskyddad"))
        if problem.can_retry:
            self._button(row, Choice.RETRY, self.tr("&Försök igen"))
        if problem.can_restore and self.backups:
            self._button(row, Choice.RESTORE, self.tr("&Återställ säkerhetskopia…"))
        self._button(row, Choice.OTHER, self.tr("Öppna en &annan databas…"))
        self._button(row, Choice.QUIT, self.tr("A&vsluta"))
        first = next(iter(self.buttons.values()))
        first.setDefault(True)
        first.setFocus()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(row)
        self.setMinimumWidth(620)

    def _button(self, row: QHBoxLayout, choice: Choice, text: str) -> None:
        button = QPushButton(text, objectName=f"choice{choice.name.title().replace('_', '')}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        row.addWidget(button)
        self.buttons[choice] = button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice == Choice.QUIT:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Esc and the window's close button quit, as "Avsluta"
        self.choice = Choice.QUIT
        super().reject()


def ask_for_database(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        DbProblemDialog.tr("Öppna en annan databas"),
        str(start.parent),
        DbProblemDialog.tr(FILE_FILTER),
    )
    return Path(chosen) if chosen else None


def resolve_problem(problem: DbProblem, parent: QWidget | None = None) -> Resolution | None:
    """Ask until the user picks a way forward; None when they quit."""
    from resebok.gui.backup_dialog import BackupDialog

    while True:
        dialog = DbProblemDialog(problem, parent)
        dialog.exec()
        choice = dialog.choice
        if choice == Choice.QUIT:
            return None
        if choice == Choice.READ_ONLY:
            return Resolution(problem.path, read_only=True)
        if choice == Choice.RETRY:
            return Resolution(problem.path)
        if choice == Choice.OTHER:
            other = ask_for_database(parent, problem.path)
            if other is not None:
                return Resolution(other)
            continue
        restore = BackupDialog(problem.path, parent, database_usable=False)
        restore.exec()
        if restore.restored is not None:
            return Resolution(problem.path)


def add_read_only_banner(window: QMainWindow) -> QLabel:
    """A yellow line above the trip list: the file is read-only, saving will fail."""
    banner = QLabel(DbProblemDialog.tr(READ_ONLY_BANNER), objectName="readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(WARNING_BANNER_STYLE)
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    if layout is not None:
        layout.insertWidget(0, banner)  # type: ignore[attr-defined]
    return banner

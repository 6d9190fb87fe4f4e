"""Arkiv → Kontrollera databasen…: has anything been changed outside Resebok since it was logged?

The GUI's ``resebok verify``: resebok.core.verify walks the audit log's hash chain and compares
every claim with the snapshot its latest entry sealed. The check only reads, and takes about a
second on a database with 25 000 log entries, so it runs on a BackgroundReader's connection of
its own while the dialog stays responsive; closing the dialog interrupts it. The report is
plain text that can be selected or copied (for the IT department, or to note the chain's head).
The findings are the core's Swedish sentences, like every other message from the core.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resebok.core.verify import VerifyReport, verify_database
from resebok.gui.background import BackgroundReader
from resebok.gui.formatting import format_number
from resebok.gui.styles import ERROR_STYLE, OK_STYLE, muted_label

if TYPE_CHECKING:
    from sqlite_utils import Database

JOB = "verify"


class VerifyDialog(QDialog):
    """Runs the check when it opens; ``report`` holds the result once it has arrived."""

    def __init__(
        self, db: Database, db_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.report: VerifyReport | None = None
        self.checked_at: datetime | None = None
        self.error: str = ""
        self.reader = BackgroundReader(db, self)
        self.setWindowTitle(self.tr("Kontrollera databasen"))
        self.setSizeGripEnabled(True)
        self.resize(760, 460)

        intro = muted_label(
            self.tr(
                "Kontrollen går igenom reseräkningarnas logg och jämför varje inskickad, "
                "attesterad och utbetald reseräkning med hur den såg ut när den senast "
                "loggades. Den visar om något i databasfilen har ändrats utanför Resebok, "
                "t.ex. ett antal km som har skrivits om efter attesten. Inget ändras av "
                "kontrollen."
            )
        )
        self.headline = QLabel(objectName="verifyHeadline")
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.advice = muted_label(object_name="verifyAdvice")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the check does not know how far it has come
        self.progress.setTextVisible(False)
        self.details = QPlainTextEdit(objectName="verifyReport")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))

        self.again_button = QPushButton(self.tr("Kontrollera &igen"))
        self.copy_button = QPushButton(self.tr("&Kopiera rapporten"))
        self.copy_button.setToolTip(self.tr("Kopiera hela rapporten till urklipp"))
        self.close_button = QPushButton(self.tr("&Stäng"))
        self.again_button.clicked.connect(self.start)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.headline)
        layout.addWidget(self.advice)
        layout.addWidget(self.progress)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.close_button.setDefault(True)
        self.start()

    # --- running ---------------------------------------------------------------------------
    def start(self) -> None:
        """Run the check (again); the result arrives in the GUI thread."""
        self.report = None
        self.error = ""
        self.headline.setStyleSheet("")
        self.headline.setText(self.tr("Kontrollerar databasen …"))
        self.advice.hide()
        self.details.clear()
        self.progress.show()
        self.again_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.copy_button.setText(self.tr("&Kopiera rapporten"))
        self.reader.submit(JOB, verify_database, self._show_report, self._show_failure)

    def running(self) -> bool:
        return self.reader.pending(JOB)

    def done(self, result: int) -> None:
        self.reader.close()  # a check still running is interrupted, its result dropped
        super().done(result)

    def _finished(self) -> None:
        self.checked_at = datetime.now()
        self.progress.hide()
        self.again_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def _show_report(self, report: VerifyReport) -> None:
        self.report = report
        self._finished()
        if report.ok:
            self.headline.setStyleSheet(OK_STYLE)
            self.headline.setText(
                self.tr("Allt stämmer: inget har ändrats utanför Resebok sedan det loggades.")
            )
        else:
            self.headline.setStyleSheet(ERROR_STYLE)
            self.headline.setText(
                self.tr(
                    "%n avvikelser: något har ändrats utanför Resebok.", "", len(report.findings)
                )
            )
            self.advice.setText(
                self.tr(
                    "Det som räknas upp nedan har ändrats direkt i databasfilen, inte i "
                    "Resebok, och syns därför inte i loggen. Kontrollera uppgifterna innan de "
                    "betalas ut eller rapporteras, och ta kontakt med den som förvaltar "
                    "Resebok. En säkerhetskopia från före ändringen (Arkiv → Säkerhetskopior…) "
                    "visar hur det såg ut."
                )
            )
            self.advice.show()
        self.details.setPlainText(self.report_text())

    def _show_failure(self, error: BaseException) -> None:
        self._finished()
        self.error = str(error)
        self.headline.setStyleSheet(ERROR_STYLE)
        self.headline.setText(self.tr("Kontrollen kunde inte göras."))
        self.details.setPlainText(self.report_text())

    # --- the report --------------------------------------------------------------------------
    def headline_text(self) -> str:
        return self.headline.text()

    def report_text(self) -> str:
        """The whole report as plain text: what the dialog shows and what is copied."""
        checked = f"{self.checked_at:%Y-%m-%d %H:%M}" if self.checked_at else ""
        path = str(self.db_path) if self.db_path else self.tr("i minnet")
        lines = [
            self.tr("Kontroll av databasen {path}, {time}").format(path=path, time=checked),
            "",
        ]
        report = self.report
        if report is None:
            lines.append(self.headline.text())
            if self.error:
                lines.append(self.tr("Felet: {error}").format(error=self.error))
            return "\n".join(lines)
        lines.append(self.headline.text())
        lines.append(
            # The count picks the plural form; {count} shows it with the language's grouping.
            self.tr("Loggen: {count} rader kontrollerade.", "", report.entries).format(
                count=format_number(report.entries, 0)
            )
        )
        lines.append(
            self.tr(
                "Reseräkningar: {claims} kontrollerade, varav {locked} inskickade, attesterade "
                "eller utbetalda."
            ).format(
                claims=format_number(report.claims, 0),
                locked=format_number(report.locked_claims, 0),
            )
        )
        if report.findings:
            lines += ["", self.tr("Ändrat utanför Resebok:")]
            for finding in report.findings:
                lines.append(f"• {finding.message}")
                lines.extend(f"    – {hint}" for hint in finding.hints)
        lines += [
            "",
            self.tr("Loggkedjans kontrollsumma: {head}").format(head=report.head),
            self.tr(
                "Anteckna kontrollsumman för att senare kunna visa att loggen inte har skrivits om."
            ),
        ]
        return "\n".join(lines)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Kopierad"))

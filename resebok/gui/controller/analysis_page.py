"""The analysis page: the controller's own words for the executive committee's report.

The text belongs to a year and a scope and is saved with the report's settings
(resebok.core.report_settings), so the printed report, from here or from the command line,
carries it. The page only edits; the view decides what is saved with it (cut-off, basis, the
pie's committee) and when: on "Spara analys", before printing, and when the year or scope
changes with unsaved text, so nothing typed is lost by moving on.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resebok.core.report_settings import MAX_ANALYSIS_CHARS, ReportSettings
from resebok.gui.controller import fmt
from resebok.gui.controller.state import ViewState
from resebok.gui.styles import ERROR_STYLE, MUTED_STYLE, muted_label
from resebok.gui.swedish import local_time


class AnalysisPage(QWidget):
    save_requested = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: ViewState | None = None
        self._saved_text = ""
        self.title = QLabel(objectName="analysisTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        intro = muted_label(
            self.tr(
                "Skriv varför målet nås eller inte nås och vad som görs. Texten skrivs ut i "
                "rapporten till kommunstyrelsens arbetsutskott och sparas för året och "
                "omfattningen."
            )
        )
        self.editor = QPlainTextEdit(objectName="analysisEdit")
        self.editor.setAccessibleName(self.tr("Analys"))
        self.editor.setPlaceholderText(
            self.tr(
                "T.ex.: Omkring 79 procent av de utbetalda kilometrarna ligger inom "
                "kommunstyrelsens budget …"
            )
        )
        editor_font = QFont(self.editor.font())
        editor_font.setPointSizeF(editor_font.pointSizeF() + 1)
        self.editor.setFont(editor_font)
        self.counter = QLabel(objectName="analysisCounter")
        self.counter.setStyleSheet(MUTED_STYLE)
        self.status = muted_label(object_name="analysisStatus")
        self.save_button = QPushButton(self.tr("&Spara analys"), objectName="saveAnalysisButton")
        self.print_button = QPushButton(
            self.tr("Skriv ut rapport…"), objectName="printFromAnalysis"
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.editor.textChanged.connect(self._on_text)
        self.save_button.clicked.connect(self.save_requested)
        self.print_button.clicked.connect(self.print_requested)
        self._on_text()

    # --- what the view asks -------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def is_dirty(self) -> bool:
        return self.text().strip() != self._saved_text.strip()

    def load(self, state: ViewState, settings: ReportSettings | None) -> None:
        """Show the analysis saved for the state's year and scope (empty when none)."""
        self.state = state
        self.title.setText(
            self.tr("Analys – utbetald kilometerersättning {year}, {scope}").format(
                year=state.year, scope=state.scope.name
            )
        )
        self._saved_text = settings.analysis if settings else ""
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._saved_text)
        self.editor.blockSignals(False)
        self._on_text()
        self._show_saved(settings)

    def mark_saved(self, settings: ReportSettings) -> None:
        self._saved_text = settings.analysis
        self._on_text()
        self._show_saved(settings)

    def show_error(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)

    # --- inside -------------------------------------------------------------------------------
    def _show_saved(self, settings: ReportSettings | None) -> None:
        self.status.setStyleSheet(MUTED_STYLE)
        if settings is None or not settings.updated_at:
            self.status.setText(self.tr("Ingen analys sparad för året ännu."))
            return
        when = local_time(settings.updated_at)
        self.status.setText(
            self.tr("Sparad {when} av {name}.").format(when=when, name=settings.updated_by)
            if settings.updated_by
            else self.tr("Sparad {when}.").format(when=when)
        )

    def _on_text(self) -> None:
        length = len(self.text())
        self.counter.setText(
            self.tr("{count} / {maximum} tecken").format(
                count=fmt.count(length), maximum=fmt.count(MAX_ANALYSIS_CHARS)
            )
        )
        self.counter.setStyleSheet(ERROR_STYLE if length > MAX_ANALYSIS_CHARS else MUTED_STYLE)
        self.save_button.setEnabled(self.is_dirty)
        if self.is_dirty and self.state is not None:
            self.status.setStyleSheet(MUTED_STYLE)
            self.status.setText(self.tr("Ändringar som inte är sparade."))

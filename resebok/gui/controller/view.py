"""The controller view: filters on top, one page per question, and the report to print.

Pages are tabs. Every page that has a ``show_state(state)`` method (resebok.gui.controller.
state.ControllerPage) gets the filters when it is shown after they changed: pages out of
sight are not queried, so a filter change costs only the visible page's queries. Other parts
of Resebok add their own page with ``add_page``::

    view = ControllerView(db, db_path)
    view.add_page("Min sida", MyPage(db))  # its show_state(state) is called when shown

(the fleet-need page, resebok.gui.fleet_page, is added this way by the view itself).

The view owns the report's settings for the chosen year and scope: the analysis text, the
cut-off, the basis, the pie's committee and the comparison year are saved together
(resebok.core.report_settings) and the printed report is made from exactly those.
"""

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok import APP_NAME
from resebok.core.indicator import IndicatorError, default_cutoff, municipality_unit
from resebok.core.models import OrgUnit
from resebok.core.org import unit_tree_order
from resebok.core.report_settings import (
    ReportSettings,
    ReportSettingsError,
    load_report_settings,
    save_report_settings,
)
from resebok.core.summary import trip_year_range
from resebok.gui.controller.analysis_page import AnalysisPage
from resebok.gui.controller.comparisons import SharedUnitsPage, YearOnYearPage
from resebok.gui.controller.exports import ask_path
from resebok.gui.controller.filters import FilterBar, FilterErrors
from resebok.gui.controller.green_page import GreenPage
from resebok.gui.controller.indicator_page import IndicatorPage
from resebok.gui.controller.pie_page import PiePage
from resebok.gui.controller.printing import ReportJob, ReportRequest
from resebok.gui.controller.state import ViewState
from resebok.gui.controller.units_page import UnitsPage
from resebok.gui.fleet_page import FleetNeedPage

PDF_FILTER = QT_TRANSLATE_NOOP("ControllerView", "PDF-filer (*.pdf)")
STATUS_MS = 10_000
OK_STYLE = "QFrame#messageBar { background: #e8f1e8; border: 1px solid #9cc49c; }"
ERROR_STYLE = "QFrame#messageBar { background: #fbe4e2; border: 1px solid #d9928b; }"


def scopes_of(db: Database) -> list[OrgUnit]:
    """The indicator's scopes: the municipality first, then its committees in tree order."""
    committees = [unit for _depth, unit in unit_tree_order(db) if unit.kind == "committee"]
    try:
        return [municipality_unit(db), *committees]
    except IndicatorError:
        return committees


class ControllerView(QMainWindow):
    """Signals: ``state_changed(ViewState)`` after valid filters, ``report_written(Path)``."""

    state_changed = Signal(object)
    report_written = Signal(object)

    def __init__(
        self,
        db: Database,
        db_path: Path | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.db_path = db_path
        self.today = today or date.today()
        self.state: ViewState | None = None
        self.settings: ReportSettings | None = None  # saved for the state's year and scope
        self.last_report: Path | None = None
        self._stale: set[QWidget] = set()
        self.setWindowTitle(self.tr("{app} – controllervy").format(app=APP_NAME))
        self.setObjectName("controllerView")
        self.resize(1400, 900)

        self.scopes = scopes_of(db)
        year = self._default_year()
        self.filters = FilterBar(self.scopes, year, self._default_cutoff(year))
        self.print_button = QPushButton(
            self.tr("Skriv &ut rapport…"), objectName="printReportButton"
        )
        self.print_button.setToolTip(
            self.tr(
                "Rapporten till kommunstyrelsens arbetsutskott som PDF: 1 januari till brytdagen"
            )
        )
        self.tabs = QTabWidget(objectName="controllerTabs")
        self.tabs.setDocumentMode(True)
        self.indicator_page = IndicatorPage(db)
        self.units_page = UnitsPage(db)
        self.pie_page = PiePage(db)
        self.yoy_page = YearOnYearPage(db)
        self.green_page = GreenPage(db)
        self.shared_page = SharedUnitsPage(db)
        self.analysis_page = AnalysisPage()
        for title, page in (
            (self.tr("&Indikator"), self.indicator_page),
            (self.tr("&Enheter"), self.units_page),
            (self.tr("&Fördelning inom nämnd"), self.pie_page),
            (self.tr("&Jämförelse med tidigare år"), self.yoy_page),
            (self.tr("&Gröna val och skäl"), self.green_page),
            (self.tr("Ge&mensamma enheter"), self.shared_page),
            (self.tr("&Analys"), self.analysis_page),
        ):
            self.add_page(title, page)
        self.fleet_page = FleetNeedPage(db)  # issue 6; its choice goes into the report's settings
        self.add_page(self.tr("Behov av k&ommunbilar"), self.fleet_page)

        self.message_bar = QFrame(objectName="messageBar")
        self.message = QLabel(objectName="messageText")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Öppna &PDF"), objectName="openPdfButton")
        close_message = QPushButton(self.tr("Stäng"), objectName="closeMessageButton")
        bar = QHBoxLayout(self.message_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(close_message)
        self.message_bar.hide()

        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_bar)
        self.setCentralWidget(central)
        self._create_menu()

        self.report_job = ReportJob(db, db_path, self)
        self.report_job.finished.connect(self._report_finished)
        self.report_job.failed.connect(self._report_failed)
        self.report_job.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Utskriften avbröts."), STATUS_MS)
        )
        self.filters.changed.connect(self._on_state)
        self.filters.invalid.connect(self._on_invalid)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        self.print_button.clicked.connect(self.print_report)
        self.analysis_page.save_requested.connect(self.save_analysis)
        self.analysis_page.print_requested.connect(self.print_report)
        self.pie_page.committee_chosen.connect(self._committee_chosen)
        self.units_page.exported.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Tabellen sparades i {path}.").format(path=path), STATUS_MS
            )
        )
        self.open_button.clicked.connect(self.open_last_report)
        close_message.clicked.connect(self.message_bar.hide)

        app = QApplication.instance()
        if app is not None:  # the main window may close first and take this window with it
            app.aboutToQuit.connect(self._save_before_quit)

        if not self.scopes:
            self.message.setText(
                self.tr(
                    "Organisationen saknar kommun och nämnder; lägg upp dem för att följa "
                    "indikatorn."
                )
            )
            self.message_bar.setStyleSheet(ERROR_STYLE)
            self.open_button.hide()
            self.message_bar.show()
            self.print_button.setEnabled(False)
        else:
            self.filters.commit()

    # --- pages --------------------------------------------------------------------------------
    def add_page(self, title: str, widget: QWidget) -> int:
        """Add a tab; a ``show_state(state)`` method on *widget* is called with the filters
        whenever the tab is shown after they changed. Returns the tab's index."""
        index = self.tabs.addTab(widget, title)
        self._stale.add(widget)
        if self.tabs.currentWidget() is widget:
            self._refresh_current()
        return index

    def show_page(self, widget: QWidget) -> None:
        """Bring a page to the front (it is refreshed first if the filters changed)."""
        self.tabs.setCurrentWidget(widget)
        self._refresh_current()

    def _refresh_current(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None:
            self._refresh(page)

    def _refresh(self, page: QWidget) -> None:
        if self.state is None or page not in self._stale:
            return
        self._stale.discard(page)
        show = getattr(page, "show_state", None)
        if callable(show):
            show(self.state)

    # --- filters ------------------------------------------------------------------------------
    def _default_year(self) -> int:
        years = trip_year_range(self.db)
        if years is None:
            return self.today.year
        first, last = years
        return self.today.year if first <= self.today.year <= last else last

    def _default_cutoff(self, year: int) -> date:
        saved = load_report_settings(self.db, year, self.scopes[0].id) if self.scopes else None
        if saved is not None and saved.cutoff is not None:
            return saved.cutoff
        return default_cutoff(year, self.today)

    def _on_state(self, state: ViewState) -> None:
        previous = self.state
        if previous is None or previous.settings_key != state.settings_key:
            if previous is not None and self.analysis_page.is_dirty:
                self.save_settings(previous)  # nothing typed is lost by moving on
            saved = load_report_settings(self.db, state.year, state.scope.id)
            self.settings = saved
            if saved is not None:
                cutoff = saved.cutoff or default_cutoff(state.year, self.today)
                if (cutoff, saved.basis) != (state.cutoff, state.basis):
                    state = self.filters.apply_saved(cutoff, saved.basis) or state
            self.pie_page.preferred_committee = saved.pie_committee_id if saved else None
            self.yoy_page.set_previous_year(saved.compare_year if saved else None)
            self.analysis_page.load(state, saved)
            self.fleet_page.load_report_options(saved)
        self.state = state
        self.print_button.setEnabled(True)
        self._stale = {self.tabs.widget(n) for n in range(self.tabs.count())}
        self._refresh_current()
        self.state_changed.emit(state)

    def _on_invalid(self, errors: FilterErrors) -> None:
        self.print_button.setEnabled(False)
        message = " ".join(text for text in (errors.period, errors.cutoff) if text)
        self.statusBar().showMessage(
            self.tr("Rätta filtren: {problems}").format(problems=message), STATUS_MS
        )

    def _committee_chosen(self, committee_id: int) -> None:
        self.pie_page.preferred_committee = committee_id

    # --- the report's settings and analysis ---------------------------------------------------
    def current_settings(self, state: ViewState | None = None) -> ReportSettings | None:
        """What would be saved (and printed) for *state*: the filters and the pages' choices."""
        state = state or self.state
        if state is None:
            return None
        base = self.settings  # fields no page sets are kept as they were saved
        if base is None or (base.year, base.unit_id) != state.settings_key:
            base = ReportSettings(state.year, state.scope.id)
        return replace(
            base,
            cutoff=state.cutoff,
            analysis=self.analysis_page.text(),
            basis=state.basis,
            compare_year=self.yoy_page.previous_year,
            pie_committee_id=self.pie_page.preferred_committee,
            fleet_unit_id=self.fleet_page.report_unit_id(),
            fleet_coverage=self.fleet_page.report_coverage(),
        )

    def save_settings(self, state: ViewState | None = None) -> ReportSettings | None:
        """Save the analysis with the report's settings; a Swedish message when refused."""
        settings = self.current_settings(state)
        if settings is None:
            return None
        try:
            saved = save_report_settings(self.db, settings)
        except ReportSettingsError as exc:
            self.analysis_page.show_error(str(exc))
            self.show_page(self.analysis_page)
            return None
        if state is None or state.settings_key == getattr(self.state, "settings_key", None):
            self.settings = saved
            self.analysis_page.mark_saved(saved)
        return saved

    def save_analysis(self) -> bool:
        saved = self.save_settings()
        if saved is not None:
            self.statusBar().showMessage(
                self.tr("Analysen för {year} sparades med rapportens inställningar.").format(
                    year=saved.year
                ),
                STATUS_MS,
            )
        return saved is not None

    # --- printing -----------------------------------------------------------------------------
    def print_report(self) -> bool:
        """Ask where to save the PDF, then write it in the background; False when not started."""
        state = self.filters.commit()
        if state is None or self.report_job.running:
            return False
        suggested = f"Kilometerersattning_{state.year}_{state.scope.code}.pdf"
        path = ask_path(self, self.tr("Skriv ut rapport"), suggested, self.tr(PDF_FILTER))
        if path is None:
            return False
        return self.print_report_to(path)

    def print_report_to(self, path: Path) -> bool:
        state = self.state
        saved = self.save_settings()  # what is printed is what is saved
        if state is None or saved is None:
            return False
        self.message_bar.hide()
        self.statusBar().showMessage(self.tr("Skriver rapporten …"))
        request = ReportRequest(path, state.year, state.cutoff, state.scope.id, saved)
        return self.report_job.start(request)

    def _report_finished(self, path: Path) -> None:
        self.last_report = path
        self.statusBar().clearMessage()
        self.message_bar.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Rapporten sparades: {path}").format(path=path))
        self.open_button.show()
        self.message_bar.show()
        self.report_written.emit(path)

    def _report_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        self.message_bar.setStyleSheet(ERROR_STYLE)
        self.message.setText(
            self.tr("Rapporten kunde inte skrivas ut. {reason}").format(reason=message)
        )
        self.open_button.hide()
        self.message_bar.show()

    def open_last_report(self) -> bool:
        if self.last_report is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_report)))

    def export_csv(self) -> Path | None:
        self._refresh(self.units_page)  # the table may not have been shown yet
        return self.units_page.export_csv()

    def export_xlsx(self) -> Path | None:
        self._refresh(self.units_page)
        return self.units_page.export_xlsx()

    # --- window -------------------------------------------------------------------------------
    def _create_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        actions = (  # text, slot, shortcut, separator after it
            (
                self.tr("Skriv ut rapport…"),
                self.print_report,
                QKeySequence.StandardKey.Print,
                False,
            ),
            (self.tr("Spara analys"), self.save_analysis, QKeySequence.StandardKey.Save, True),
            (self.tr("Exportera enheter som CSV…"), self.export_csv, None, False),
            (self.tr("Exportera enheter till Excel…"), self.export_xlsx, None, True),
            (self.tr("Stäng"), self.close, QKeySequence.StandardKey.Close, False),
        )
        for text, slot, shortcut, separator in actions:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
            if separator:
                menu.addSeparator()

    def _save_before_quit(self) -> None:
        if self.report_job.running:
            self.report_job.cancel()
            self.report_job.wait()
        if self.state is not None and self.analysis_page.is_dirty:
            self.save_settings()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save_before_quit()
        super().closeEvent(event)

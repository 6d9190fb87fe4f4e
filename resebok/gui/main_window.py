"""The main window: the trip list with its filters, menus, toolbar and status bar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from resebok import APP_NAME
from resebok.gui.admin import AdminMenu
from resebok.gui.background import BackgroundReader
from resebok.gui.filter_bar import FilterBar
from resebok.gui.formatting import format_date, format_km, format_number

# The core, the list's model and the dialogs are imported on first use, after the window is
# painted: a start shows the window before it opens the database (resebok.gui.startup).
if TYPE_CHECKING:
    from sqlite_utils import Database

    from resebok.core.models import Trip
    from resebok.gui.trip_dialog import TripDialog
    from resebok.gui.trip_table_model import TripTableModel

MAX_LISTED_IMPORT_ERRORS = 200
STATUS_MESSAGE_MS = 15_000


class MainWindow(QMainWindow):
    """The trip list of one database.

    Built without a database (``db=None``), the window has its menus, toolbar, filters and an
    empty list, and says that the database is opening; ``attach`` then fills it. A program
    start shows the window that way first (resebok.gui.startup.start_main_window) and opens
    the database once it is ``painted``.
    """

    painted = Signal()  # the window's first paint is done

    def __init__(
        self,
        db: Database | None,
        db_path: Path | None,
        parent: QWidget | None = None,
        *,
        employee_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.db_path = db_path
        # The user's own employee (first-run wizard / settings): new trips default to it.
        self.employee_id = employee_id
        self.reader: BackgroundReader | None = None
        self.model: TripTableModel | None = None
        self._painted = False
        self.setWindowTitle(self.tr("{app} – tjänsteresor").format(app=APP_NAME))
        self.resize(1200, 720)

        self.filters = FilterBar(self)
        self.table = QTableView(objectName="tripTable")
        self._setup_table()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self._create_actions()
        self._create_menus_and_toolbar()
        self.count_label = QLabel(self.tr("Öppnar databasen …"), objectName="countLabel")
        self.db_label = QLabel(objectName="dbLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.db_label)
        self._show_db_path()
        self._enable_database_use(False)
        if db is not None:
            self.attach(db, db_path, employee_id=employee_id)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def attach(self, db: Database, db_path: Path | None, *, employee_id: int | None) -> None:
        """Show *db* (opened from *db_path*): its trips, filters, totals, and every action."""
        from resebok.gui.trip_table_model import TripTableModel

        self.db = db
        self.db_path = db_path
        self.employee_id = employee_id
        # Counts and totals over a million trips run here, off the GUI thread (issue 8).
        self.reader = BackgroundReader(db, self)
        self.model = TripTableModel(db, self, reader=self.reader)
        self.table.setModel(self.model)
        self._setup_columns()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.filters.attach(db)
        self.filters.changed.connect(self._apply_filter)
        self.admin_menu.attach(db, db_path)
        self._enable_database_use(True)
        self.backup_action.setEnabled(db_path is not None)
        self._show_db_path()
        self._update_status()
        self._update_actions()

    def _enable_database_use(self, enabled: bool) -> None:
        """The filters, the administration menu and every action that needs an open database."""
        for action in [
            self.new_action,
            self.repeat_action,
            self.edit_action,
            self.delete_action,
            self.import_action,
            self.summary_action,
            self.controller_action,
            self.backup_action,
            self.verify_action,
            self.claims_action,
            self.attest_action,
            self.paxml_action,
            self.reexport_action,
            self.export_csv_action,
        ]:
            action.setEnabled(enabled)
        self.admin_menu.setEnabled(enabled)
        self.filters.setEnabled(enabled)

    def _show_db_path(self) -> None:
        path = self.db_path if self.db_path else self.tr("i minnet")
        self.db_label.setText(self.tr("Databas: {path}").format(path=path))

    # --- set-up -----------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.doubleClicked.connect(lambda _index: self.edit_trip())

    def _setup_columns(self) -> None:
        """Sorting and widths, which need the model's columns."""
        from resebok.gui.trip_table_model import COLUMNS

        table = self.table
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        widths = [90, 95, 160, 190, 320, 70, 110]
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&Ny resa…"), self.new_trip, QKeySequence.StandardKey.New
        )
        self.repeat_action = self._action(self.tr("&Upprepa resa…"), self.repeat_trip, "Ctrl+R")
        self.edit_action = self._action(self.tr("&Redigera resa…"), self.edit_trip, "Ctrl+E")
        self.delete_action = self._action(
            self.tr("&Ta bort resa"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.import_action = self._action(
            self.tr("&Importera resor från CSV…"), self.import_csv, "Ctrl+I"
        )
        self.summary_action = self._action(
            self.tr("&Sammanställning per enhet…"), self.show_summary
        )
        self.controller_action = self._action(self.tr("&Controllervy…"), self.show_controller_view)
        self.controller_action.setToolTip(
            self.tr(
                "Km per enhet, indikatorn mot målet med prognos, diagram och rapporten till "
                "kommunstyrelsen"
            )
        )
        self.quit_action = self._action(
            self.tr("&Avsluta"), self.close, QKeySequence.StandardKey.Quit
        )
        self.about_action = self._action(self.tr("&Om Resebok"), self.show_about)
        self.settings_action = self._action(self.tr("&Inställningar…"), self.show_settings)
        self.backup_action = self._action(self.tr("&Säkerhetskopior…"), self.show_backups)
        self.verify_action = self._action(self.tr("&Kontrollera databasen…"), self.show_verify)
        self.verify_action.setToolTip(
            self.tr("Kontrollera att inget i reseräkningarna har ändrats utanför Resebok")
        )
        self.new_action.setToolTip(self.tr("Logga en ny resa (Ctrl+N)"))
        self.repeat_action.setToolTip(
            self.tr("Logga den markerade resan igen med dagens datum (Ctrl+R)")
        )
        self._create_claim_actions()

    def _create_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Arkiv"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_csv_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.verify_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        trips_menu = menu.addMenu(self.tr("&Resor"))
        for action in (self.new_action, self.repeat_action, self.edit_action, self.delete_action):
            trips_menu.addAction(action)
        self._add_claims_menu(menu)
        reports_menu = menu.addMenu(self.tr("Ra&pporter"))
        reports_menu.addAction(self.summary_action)
        reports_menu.addAction(self.controller_action)
        self.admin_menu = AdminMenu(self)
        menu.addMenu(self.admin_menu)
        help_menu = menu.addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Verktyg"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.repeat_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.claims_action)
        toolbar.addAction(self.summary_action)
        toolbar.addAction(self.controller_action)
        self.addToolBar(toolbar)

    # --- trip actions -----------------------------------------------------------------------
    def selected_trip_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.trip_id(rows[0].row()) if rows else None

    def _selected_trip(self) -> Trip | None:
        from resebok.core.trips import get_trip

        trip_id = self.selected_trip_id()
        return get_trip(self.db, trip_id) if trip_id else None

    def _selected_employee_id(self) -> int | None:
        trip = self._selected_trip()
        if trip is not None:
            return trip.employee_id
        return self.filters.employee.currentData()

    def new_trip(self) -> None:
        employee_id = self.employee_id
        if employee_id is None:
            employee_id = self._selected_employee_id()
        self._run_dialog(self._trip_dialog(employee_id=employee_id))

    def repeat_trip(self) -> None:
        trip = self._selected_trip()
        if trip is None:
            return
        template = replace(trip, id=None, date=date.today(), odometer_start=None, odometer_end=None)
        self._run_dialog(self._trip_dialog(trip=template))

    def edit_trip(self) -> None:
        trip = self._selected_trip()
        if trip is not None:
            self._run_dialog(self._trip_dialog(trip=trip))

    def _trip_dialog(self, **options: Any) -> TripDialog:
        from resebok.gui.trip_dialog import TripDialog

        return TripDialog(self.db, self, **options)

    def _run_dialog(self, dialog: TripDialog) -> None:
        if not dialog.exec():
            return
        if dialog.saved_trip is not None:
            self._after_change(dialog.saved_trip.id)
        if dialog.status_message:  # e.g. a digital meeting: recorded, but no trip to show
            self.statusBar().showMessage(dialog.status_message, STATUS_MESSAGE_MS)

    def delete_selected(self) -> None:
        trip = self._selected_trip()
        if trip is None:
            return
        if self._refuse_locked(trip.id):  # type: ignore[arg-type]
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort resa"),
            self.tr("Ta bort resan {date} {route} ({km} km)?\nDet går inte att ångra.").format(
                date=format_date(trip.date),
                route=" – ".join(trip.stop_names),
                km=format_km(trip.km),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            from resebok.core.trips import delete_trip
            from resebok.core.validation import TripValidationError

            try:
                delete_trip(self.db, trip.id)  # type: ignore[arg-type]
            except TripValidationError as error:  # locked by a claim in the meantime
                QMessageBox.information(self, self.tr("Resan är låst"), str(error))
                return
            self._after_change(None)

    def _after_change(self, trip_id: str | None) -> None:
        self.filters.reload()
        self.model.refresh()
        self._update_status()
        if trip_id is not None:
            self.select_trip(trip_id)

    def select_trip(self, trip_id: str) -> bool:
        """Select *trip_id* if it is within the first pages of the list (where new trips land)."""
        for row in range(min(self.model.rowCount(), 2048)):
            if self.model.trip_id(row) == trip_id:
                index: QModelIndex = self.model.index(row, 0)
                self.table.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    # --- other actions ----------------------------------------------------------------------
    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importera resor"),
            str(Path.home()),
            self.tr("CSV-filer (*.csv);;Alla filer (*)"),
        )
        if path:
            self.import_csv_file(Path(path))

    def import_csv_file(self, path: Path) -> None:
        from resebok.core.csv_import import import_trips_csv

        progress = QProgressDialog(self.tr("Importerar resor …"), self.tr("Avbryt"), 0, 1000, self)
        progress.setWindowTitle(self.tr("Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def report(done: int, total: int) -> bool:
            progress.setValue(int(1000 * done / total) if total else 0)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            result = import_trips_csv(self.db, path, progress=report)
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Import"),
                self.tr("Filen kunde inte läsas:\n{error}").format(error=exc),
            )
            return
        finally:
            progress.close()
        if result.cancelled:
            QMessageBox.information(
                self, self.tr("Import"), self.tr("Importen avbröts; inget importerades.")
            )
            return
        if result.errors:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), "", parent=self)
            box.setText(
                self.tr(
                    "Inget importerades: filen har {count} fel (se detaljer). Rätta filen och "
                    "försök igen."
                ).format(count=len(result.errors))
            )
            row = self.tr("Rad {line}: {message}")
            lines = [row.format(line=e.line, message=e.message) for e in result.errors]
            box.setDetailedText("\n".join(lines[:MAX_LISTED_IMPORT_ERRORS]))
            box.exec()
            return
        self._after_change(None)
        imported = result.imported
        QMessageBox.information(
            self, self.tr("Import"), self.tr("%n resor importerades.", "", imported)
        )

    def show_summary(self) -> None:
        from resebok.gui.summary_dialog import SummaryDialog

        SummaryDialog(self.db, self).exec()

    def show_controller_view(self) -> None:
        """The controller view in a window of its own (one per main window, raised again)."""
        from resebok.gui.controller import ControllerView  # QtCharts loads on first use

        view = getattr(self, "controller_view", None)
        if view is None:
            view = self.controller_view = ControllerView(self.db, self.db_path, self)
        view.show()
        view.raise_()
        view.activateWindow()

    def show_about(self) -> None:
        from resebok.gui.about_dialog import AboutDialog

        AboutDialog(self.db_path, self).exec()

    def show_backups(self) -> None:
        from resebok.gui.backup_dialog import show_backup_dialog

        show_backup_dialog(self)

    def show_verify(self) -> None:
        from resebok.gui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.db, self.db_path, self)
        dialog.exec()
        dialog.deleteLater()

    def show_settings(self) -> None:
        from resebok.gui.startup import edit_settings

        edit_settings(self)

    # --- claims, attest and exports (issue 3) ----------------------------------------------
    def _create_claim_actions(self) -> None:
        self.claims_action = self._action(
            self.tr("&Reseräkningar…"), self.show_claims, "Ctrl+Shift+R"
        )
        self.claims_action.setToolTip(
            self.tr("Reseräkningar: skapa, skicka in, skriv ut (Ctrl+Shift+R)")
        )
        self.attest_action = self._action(self.tr("&Attestera…"), self.show_attest)
        self.paxml_action = self._action(self.tr("Exportera till &lön (PAXml)…"), self.export_paxml)
        self.reexport_action = self._action(self.tr("Exportera &batch igen…"), self.reexport_batch)
        self.export_csv_action = self._action(
            self.tr("&Exportera resor/reseräkningar som CSV…"), self.export_csv
        )

    def _add_claims_menu(self, menu_bar) -> None:  # noqa: ANN001
        claims_menu = menu_bar.addMenu(self.tr("Res&eräkningar"))
        claims_menu.addAction(self.claims_action)
        claims_menu.addAction(self.attest_action)
        claims_menu.addSeparator()
        claims_menu.addAction(self.paxml_action)
        claims_menu.addAction(self.reexport_action)
        claims_menu.addSeparator()
        claims_menu.addAction(self.export_csv_action)
        self.claims_menu = claims_menu

    def _refuse_locked(self, trip_id: str) -> bool:
        """Say why a trip on a submitted, approved or paid claim cannot be deleted."""
        from resebok.core.trip_locks import trip_lock

        lock = trip_lock(self.db, trip_id)
        if lock is None:
            return False
        QMessageBox.information(self, self.tr("Resan är låst"), lock.message())
        return True

    def _after_claims(self, changed: bool) -> None:
        """Claims lock and unlock trips: the list and its status follow."""
        if changed:
            self._after_change(self.selected_trip_id())

    def show_claims(self) -> None:
        from resebok.gui.claims_view import ClaimsView

        view = ClaimsView(self.db, self, employee_id=self.employee_id)
        view.exec()
        self._after_claims(view.changed)

    def show_attest(self) -> None:
        from resebok.gui.attest_view import AttestView

        view = AttestView(self.db, self)
        view.exec()
        self._after_claims(view.changed)

    def export_paxml(self) -> None:
        from resebok.gui.payroll_export import PaxmlExportDialog

        dialog = PaxmlExportDialog(self.db, self)
        dialog.exec()
        self._after_claims(dialog.export_result is not None)

    def reexport_batch(self) -> None:
        from resebok.gui.payroll_export import ReexportDialog

        ReexportDialog(self.db, self).exec()

    def export_csv(self) -> None:
        from resebok.gui.csv_export_dialog import CsvExportDialog

        CsvExportDialog(self.db, self).exec()

    # --- state ------------------------------------------------------------------------------
    def _apply_filter(self, trip_filter) -> None:  # noqa: ANN001
        self.model.set_filter(trip_filter)
        self._update_status()
        self._update_actions()

    def _update_status(self) -> None:
        """The filter's trips and km: all trips at once (one row), a filtered sum aside."""
        from resebok.core.trips import trip_totals

        trip_filter = self.model.trip_filter()
        if trip_filter.where(self.db)[0] and self.reader.in_background:
            self.count_label.setText(self.tr("Räknar resor …"))
            self.reader.submit(
                "status-totals", lambda db: trip_totals(db, trip_filter), self._show_totals
            )
        else:
            self.reader.cancel("status-totals")
            self._show_totals(trip_totals(self.db, trip_filter))

    def _show_totals(self, totals: tuple[int, float]) -> None:
        count, km = totals
        # The count picks the plural form; {count} shows it with the language's grouping.
        self.count_label.setText(
            self.tr("{count} resor · {km} km", "", count).format(
                count=format_number(count, 0), km=format_km(km)
            )
        )

    def _update_actions(self) -> None:
        has_selection = self.selected_trip_id() is not None
        for action in (self.repeat_action, self.edit_action, self.delete_action):
            action.setEnabled(has_selection)

"""Printing the controller's report to PDF off the GUI thread, with a busy dialog that cancels.

Gathering the figures (resebok.core.report_data) and drawing the PDF
(resebok.reports.controller_report) take a few seconds on a real database. A SQLite connection
belongs to the thread that made it, so for a database file the worker opens a connection of
its own; an in-memory database exists only on the GUI's connection, so its figures are
gathered here first and only the drawing moves to the worker. Cancelling interrupts the
worker's queries; the PDF is written to a temporary file and renamed only when complete, so a
cancelled or failed print never leaves half a file behind or destroys an older report.
"""

import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from sqlite_utils import Database

from resebok.core.db import open_database
from resebok.core.indicator import IndicatorError
from resebok.core.report_data import ControllerReportData, collect_report_data
from resebok.core.report_settings import ReportSettings
from resebok.gui.controller.exports import put_in_place, temporary_beside
from resebok.reports.controller_report import write_controller_report

POLL_MS = 40


@dataclass(frozen=True)
class ReportRequest:
    out: Path
    year: int
    cutoff: date
    scope_id: int
    settings: ReportSettings
    today: date | None = None


class ReportJob(QObject):
    """One report at a time. Signals: ``finished(Path)``, ``failed(str)``, ``cancelled()``."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, db: Database, db_path: Path | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._db_path = db_path
        self._parent = parent
        self._thread: threading.Thread | None = None
        self._outcome: dict[str, object] = {}
        self._cancel = threading.Event()
        self._worker_db: Database | None = None
        self._lock = threading.Lock()
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._progress: QProgressDialog | None = None
        self.used_worker_connection = False  # for tests: which path the last job took

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, request: ReportRequest) -> bool:
        """Begin writing the report; False when one is already being written."""
        if self.running:
            return False
        self._cancel.clear()
        self._outcome = {}
        data: ControllerReportData | None = None
        self.used_worker_connection = self._db_path is not None
        if self._db_path is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                data = self._collect(self._db, request)
            except (IndicatorError, ValueError) as exc:
                self.failed.emit(str(exc))
                return False
            finally:
                QApplication.restoreOverrideCursor()
        self._show_progress()
        self._thread = threading.Thread(
            target=self._run, args=(request, data), name="resebok-report", daemon=True
        )
        self._thread.start()
        self._timer.start()
        return True

    def cancel(self) -> None:
        self._cancel.set()
        with self._lock:
            if self._worker_db is not None:
                self._worker_db.conn.interrupt()  # sqlite3 allows this from another thread

    def wait(self, seconds: float = 10.0) -> None:
        """Block until the worker is done (the view closing); then report as usual."""
        if self._thread is not None:
            self._thread.join(seconds)
            self._poll()

    # --- the worker thread --------------------------------------------------------------------
    @staticmethod
    def _collect(db: Database, request: ReportRequest) -> ControllerReportData:
        return collect_report_data(
            db, request.year, request.cutoff, request.scope_id, request.settings, request.today
        )

    def _run(self, request: ReportRequest, data: ControllerReportData | None) -> None:
        try:
            if data is None:
                db = open_database(self._db_path)
                with self._lock:
                    self._worker_db = db
                try:
                    data = self._collect(db, request)
                finally:
                    with self._lock:
                        self._worker_db = None
                    db.close()
            if self._cancel.is_set():
                self._outcome["cancelled"] = True
                return
            if self._write(request.out, data):
                self._outcome["path"] = request.out
            else:
                self._outcome["cancelled"] = True
        except sqlite3.OperationalError as exc:
            if self._cancel.is_set():
                self._outcome["cancelled"] = True
            else:
                self._outcome["error"] = self.tr("Databasen kunde inte läsas: {error}").format(
                    error=exc
                )
        except (IndicatorError, ValueError) as exc:
            self._outcome["error"] = str(exc)
        except OSError as exc:
            self._outcome["error"] = self.tr(
                "Rapporten kunde inte sparas i {path}: {reason}"
            ).format(path=request.out, reason=exc.strerror or exc)
        except Exception as exc:  # shown to the user rather than lost in a thread
            self._outcome["error"] = self.tr("Rapporten kunde inte skapas: {error}").format(
                error=exc
            )

    def _write(self, out: Path, data: ControllerReportData) -> bool:
        """Draw the PDF beside *out* and put it in place; False when cancelled meanwhile."""
        handle, temporary = temporary_beside(out)
        try:
            with os.fdopen(handle, "wb") as stream:
                write_controller_report(data, stream)
            if self._cancel.is_set():
                temporary.unlink(missing_ok=True)
                return False
            put_in_place(temporary, out)
            return True
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    # --- back on the GUI thread ---------------------------------------------------------------
    def _show_progress(self) -> None:
        progress = QProgressDialog(
            self.tr("Skriver rapporten …"), self.tr("&Avbryt"), 0, 0, self._parent
        )
        progress.setWindowTitle(self.tr("Skriv ut rapport"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self._progress = progress

    def _poll(self) -> None:
        if self._thread is None or self._thread.is_alive():
            return
        self._thread.join()
        self._thread = None
        self._timer.stop()
        if self._progress is not None:
            self._progress.canceled.disconnect(self.cancel)
            # reset() stops the timer that would otherwise show the dialog after its minimum
            # duration, even though the work is done and the dialog closed.
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        outcome = self._outcome
        if "path" in outcome:
            self.finished.emit(outcome["path"])
        elif "error" in outcome:
            self.failed.emit(str(outcome["error"]))
        else:
            self.cancelled.emit()

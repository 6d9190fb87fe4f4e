"""Kollektivtrafik: import the regional timetable (a GTFS zip) that the advisor searches.

A regional feed has several hundred thousand stop times, so the import runs in a worker
thread with its own database connection (a SQLite connection belongs to the thread that
opened it) while a progress dialog offers to cancel. The core imports all or nothing: a
malformed or cancelled feed leaves the previous timetable in place, and its Swedish message
is shown on the page. An in-memory database (tests) cannot be opened twice, so it is imported
on the GUI thread, still with the progress dialog.
"""

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.db import open_database
from resebok.core.gtfs import FeedInfo, GtfsError, feed_info, import_feed
from resebok.core.transactions import write_error_message
from resebok.gui.styles import ERROR_STYLE, OK_STYLE
from resebok.gui.swedish import local_time

STEPS = 1000


class ImportWorker(QObject):
    """Runs import_feed on a connection of its own; lives in the worker thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # FeedInfo
    failed = Signal(str)
    done = Signal()

    def __init__(self, db_path: Path, feed_path: Path):
        super().__init__()
        self.db_path = db_path
        self.feed_path = feed_path
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Called from the GUI thread; the import stops at its next progress report."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            db = open_database(self.db_path)
        except (sqlite3.Error, OSError) as error:
            self.failed.emit(self.tr("Databasen kunde inte öppnas: {error}").format(error=error))
            self.done.emit()
            return
        try:
            info = import_feed(db, self.feed_path, self._progress)
        except GtfsError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(self.tr("Filen kunde inte läsas: {error}").format(error=error))
        except sqlite3.Error as error:
            self.failed.emit(
                self.tr("Tidtabellen kunde inte sparas i databasen: {error}").format(
                    error=write_error_message(error)
                )
            )
        else:
            self.succeeded.emit(info)
        finally:
            db.close()
            self.done.emit()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()


class GtfsPage(QWidget):
    """The imported feed and a button to replace it."""

    import_finished = Signal(bool)  # True when the new feed is in place

    def __init__(self, db: Database, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.db_path = db_path
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._progress: QProgressDialog | None = None

        intro = QLabel(
            self.tr(
                "Kollektivtrafiken föreslås utifrån en tidtabell i GTFS-format: den zip-fil som "
                "länets trafikhuvudman publicerar (för Örebro län via Trafiklab). En ny import "
                "ersätter den gamla först när hela filen har lästs in utan fel."
            )
        )
        intro.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("&Importera GTFS-fil…"))
        self.import_button.clicked.connect(self.choose_file)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()

        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.info)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setMinimumSize(600, 280)
        self.show_feed()

    def show_feed(self) -> None:
        info = feed_info(self.db)
        if info is None:
            self.info.setText(
                self.tr(
                    "<b>Ingen tidtabell är importerad.</b><br>Utan tidtabell kan kollektivtrafik "
                    "inte föreslås före en resa med egen bil."
                )
            )
            return
        self.info.setText(
            self.tr(
                "<b>Importerad tidtabell:</b> {file} (importerad {when})<br>{description}"
            ).format(
                file=info.file_name, when=local_time(info.imported_at), description=info.describe()
            )
        )

    def busy(self) -> bool:
        return self._thread is not None

    # --- importing ----------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Välj GTFS-fil"),
            str(Path.home()),
            self.tr("GTFS-tidtabeller (*.zip);;Alla filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import *path*: in a worker thread for a database file, else here and now."""
        if self.busy():
            return
        self.result.hide()
        self._progress = QProgressDialog(
            self.tr("Importerar tidtabellen …"), self.tr("Avbryt"), 0, STEPS, self
        )
        self._progress.setWindowTitle(self.tr("Kollektivtrafik"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.setValue(0)
        if self.db_path is None:
            self._import_here(path)
        else:
            self._import_in_thread(self.db_path, path)

    def _import_here(self, path: Path) -> None:
        progress = self._progress
        assert progress is not None

        def report(done: int, total: int) -> bool:
            self._show_progress(done, total)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            info = import_feed(self.db, path, report)
        except GtfsError as error:
            self._failed(str(error))
        except OSError as error:
            self._failed(self.tr("Filen kunde inte läsas: {error}").format(error=error))
        else:
            self._succeeded(info)
        self._close_progress()
        self.import_finished.emit(not self.result.property("failed"))

    def _import_in_thread(self, db_path: Path, path: Path) -> None:
        self.import_button.setEnabled(False)
        thread = QThread(self)
        worker = ImportWorker(db_path, path)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._show_progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        # Direct: finish_work() may be blocking the GUI thread in wait() for this very quit.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._thread_finished)
        assert self._progress is not None
        # Direct: the worker thread is busy importing and would never run a queued call.
        self._progress.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker = thread, worker
        thread.start()

    def _thread_finished(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self._close_progress()
        self.import_button.setEnabled(True)
        self.import_finished.emit(not self.result.property("failed"))

    def finish_work(self) -> None:
        """Before the page closes: cancel a running import and wait for its thread."""
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.wait()

    # --- reporting ----------------------------------------------------------------------
    def _show_progress(self, done: int, total: int) -> None:
        if self._progress is not None and not self._progress.wasCanceled():
            self._progress.setValue(min(STEPS - 1, int(STEPS * done / total)) if total else 0)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _succeeded(self, info: FeedInfo) -> None:
        self.show_feed()
        self.result.setProperty("failed", False)
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(
            self.tr("Tidtabellen {file} är importerad.").format(file=info.file_name)
        )
        self.result.show()

    def _failed(self, message: str) -> None:
        self.show_feed()
        self.result.setProperty("failed", True)
        self.result.setStyleSheet(ERROR_STYLE)
        kept = ""
        if "finns kvar" not in message and feed_info(self.db) is not None:  # core's Swedish
            kept = " " + self.tr("Den tidigare tidtabellen finns kvar.")
        self.result.setText(
            self.tr("Tidtabellen importerades inte: {reason}").format(reason=message) + kept
        )
        self.result.show()

"""The daily backup at start-up, made in the background once the window is shown.

resebok.core.backup decides whether a copy is due (once a day, when the database changed) and
checks it page by page. Copying a large database takes seconds, so it runs in a plain thread
with its own connection after the window appeared; a timer on the GUI thread picks up the
outcome. A copy made is mentioned in the status bar; a database that failed the check gets a
warning that points to Arkiv → Säkerhetskopior.
"""

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from resebok.core.backup import BackupOutcome, backup_if_due

START_DELAY_MS = 1500  # let the window paint and settle first
POLL_MS = 200
STATUS_MS = 10_000


class DailyBackup(QObject):
    """One background run of ``backup_if_due``; ``outcome`` is set when it is done."""

    def __init__(
        self,
        db_path: Path,
        parent: QObject | None = None,
        on_done: Callable[[BackupOutcome], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.on_done = on_done
        self.outcome: BackupOutcome | None = None
        self._result: list[BackupOutcome] = []
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        def work() -> None:
            try:
                self._result.append(backup_if_due(self.db_path))
            except Exception as exc:  # never let a backup problem end the program
                failed = self.tr("Säkerhetskopian misslyckades: {error}").format(error=exc)
                self._result.append(BackupOutcome(None, failed))

        self._thread = threading.Thread(target=work, name="resebok-backup", daemon=True)
        self._thread.start()
        self._timer.start()

    def done(self) -> bool:
        return self.outcome is not None

    def _poll(self) -> None:
        if not self._result:
            return
        self._timer.stop()
        self.outcome = self._result[0]
        if self.on_done is not None:
            self.on_done(self.outcome)


def report_outcome(window: QMainWindow, outcome: BackupOutcome) -> None:
    if outcome.backup is not None:
        window.statusBar().showMessage(
            DailyBackup.tr("Dagens säkerhetskopia är sparad ({file}).").format(
                file=outcome.backup.path.name
            ),
            STATUS_MS,
        )
    elif outcome.problem is not None:
        QMessageBox.warning(
            window,
            DailyBackup.tr("Databasen har fel"),
            DailyBackup.tr(
                "{problem}\n\nÅterställ en tidigare kopia under Arkiv → Säkerhetskopior…, och "
                "spara inget mer i den här databasen innan dess."
            ).format(problem=outcome.skipped),
        )


def schedule_daily_backup(window: QMainWindow, db_path: Path | None) -> DailyBackup | None:
    """Start the daily backup a moment after *window* appeared (not for a read-only file)."""
    from resebok.core.db import is_read_only

    if db_path is None or is_read_only(getattr(window, "db", None)):
        return None
    job = DailyBackup(db_path, window, lambda outcome: report_outcome(window, outcome))
    QTimer.singleShot(START_DELAY_MS, job.start)
    return job

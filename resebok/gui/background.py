"""Read-only queries off the GUI thread, with their results delivered back on it.

A count or a total over a million trips takes a noticeable fraction of a second; run on the
GUI thread it freezes the window (and at start-up, delays it). ``BackgroundReader`` runs such
queries on one worker thread with a read-only connection of its own
(resebok.core.db.open_reader) and calls the caller's function with the result in the GUI
thread, through a queued Qt signal.

Each job has a *key*: a newer job with the same key supersedes an older one, whose result is
then dropped rather than delivered (the filter changed while the old count ran). A database
in memory cannot be opened twice, so there the job runs at once, on the GUI thread; such
databases are small (tests, a scratch database).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database

Work = Callable[["Database"], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class BackgroundReader(QObject):
    """One worker thread with its own read-only connection to the GUI's database file.

    The thread starts with the first job and ends when the reader is closed, when its parent
    (the window) is destroyed, or when the application quits; a query still running then is
    interrupted.
    """

    _finished = Signal(object)  # (key, ticket, result, error), queued into the GUI thread

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._path = database_file(db)
        self._tickets: dict[str, int] = {}
        self._callbacks: dict[tuple[str, int], tuple[Done, Failed]] = {}
        self._worker = _Worker(self._path) if self._path is not None else None
        self._closed = False
        # Queued even when emitted on this thread: results always arrive through the event
        # loop, never inside submit().
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if self._worker is not None:
            # Plain methods of the worker, not of this object: they may run while Qt is
            # deleting the window and this object with it.
            if parent is not None:
                parent.destroyed.connect(self._worker.shutdown)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self._worker.shutdown)

    @property
    def in_background(self) -> bool:
        """False for a database in memory: its jobs run at once on the GUI thread."""
        return self._worker is not None

    def submit(self, key: str, work: Work, done: Done, failed: Failed | None = None) -> None:
        """Run ``work(connection)`` and call ``done(result)`` in the GUI thread.

        *work* must only read, and must not touch Qt objects. An exception in *work* goes to
        *failed* (by default it is dropped: these are displays, and the next refresh retries).
        """
        ticket = self._tickets.get(key, 0) + 1
        self._tickets[key] = ticket
        on_error: Failed = failed or (lambda _error: None)
        if self._closed:
            return
        if self._worker is None:
            try:
                result = work(self._db)
            except Exception as error:  # noqa: BLE001 - handed to the caller
                on_error(error)
                return
            done(result)
            return
        self._callbacks[(key, ticket)] = (done, on_error)
        emit = self._emit

        def job(reader: Database) -> None:
            try:
                result = work(reader)
            except BaseException as error:  # handed back to the GUI thread
                emit((key, ticket, None, error))
            else:
                emit((key, ticket, result, None))

        self._worker.submit(job)

    def cancel(self, key: str) -> None:
        """Drop the result of any job for *key* still on its way (the caller knows better now)."""
        self._tickets[key] = self._tickets.get(key, 0) + 1

    def pending(self, key: str) -> bool:
        """Whether the latest job for *key* has been submitted and not yet delivered."""
        return (key, self._tickets.get(key, 0)) in self._callbacks

    def close(self) -> None:
        """Stop: interrupt a running query, drop the queued jobs, close the connection."""
        self._closed = True
        self._callbacks.clear()
        if self._worker is not None:
            self._worker.shutdown()

    def _emit(self, message: tuple[str, int, Any, BaseException | None]) -> None:
        try:
            self._finished.emit(message)
        except RuntimeError:  # the window (and this object with it) is gone: nobody to tell
            pass

    def _deliver(self, message: tuple[str, int, Any, BaseException | None]) -> None:
        key, ticket, result, error = message
        callbacks = self._callbacks.pop((key, ticket), None)
        if callbacks is None or self._tickets.get(key) != ticket:
            return  # superseded by a newer job, or closed
        done, failed = callbacks
        if error is not None:
            failed(error)
        else:
            done(result)


class _Worker:
    """The thread and its connection; plain Python, so that shutting down needs no QObject."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._jobs: queue.SimpleQueue[Callable[[Database], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._reader: Database | None = None  # while the thread runs; interrupted on shutdown
        self._stopped = False

    def submit(self, job: Callable[[Database], None]) -> None:
        with self._lock:
            if self._stopped:
                return
            if self._thread is None:
                # A daemon: a query still running never holds up the end of the program.
                self._thread = threading.Thread(target=self._loop, name="resebok-read", daemon=True)
                self._thread.start()
        self._jobs.put(job)

    def shutdown(self, *_args: object) -> None:
        with self._lock:
            self._stopped = True
            if self._reader is not None:
                self._reader.conn.interrupt()  # the one sqlite3 call made for other threads
        while True:
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        self._jobs.put(None)

    def _loop(self) -> None:
        from resebok.core.db import open_reader

        reader: Database | None = None
        try:
            while (job := self._jobs.get()) is not None:
                if reader is None:
                    reader = open_reader(self._path)
                    with self._lock:
                        self._reader = reader
                job(reader)
        finally:
            with self._lock:
                self._reader = None
            if reader is not None:
                reader.close()


def database_file(db: Database) -> Path | None:
    """The file behind *db*'s main database, None when it lives in memory."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None

"""The child process of the start-up benchmark (benchmarks/run.py starts it, fresh each time).

    python benchmarks/startup_probe.py bare
    python benchmarks/startup_probe.py resebok DATABASE

``bare`` shows an empty PySide6 main window of the same size: the least any Qt application
can cost. ``resebok`` starts the real program as a user does (``resebok --db DATABASE``,
through resebok.cli.main), with one hook: an application-wide event filter that watches the
paint events.

Two moments are noted, each as ``phase NAME TIME`` with time.monotonic() (the system's
monotonic clock, so the parent subtracts its own reading taken just before it started this
process):

- ``window_painted``: the main window's first paint. Resebok paints its window (menus,
  toolbar, filters, status bar) before it opens the database (resebok.gui.startup);
- ``trips_painted``: the trip list's first paint with its first page of trips in it (the
  model has rows and is no longer loading), which is when the user can work.

After the last of them (the window alone for ``bare``) a zero-delay timer lets the paint be
delivered, and the child prints its phases and leaves at once. Lines for the phases on the
way (Python up, PySide6 imported, ...) come first.
"""

import os
import sys
import time

PHASES: list[tuple[str, float]] = [("started", time.monotonic())]

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402 - after the first timestamp
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

PHASES.append(("qt_imported", time.monotonic()))


def phase(name: str) -> None:
    PHASES.append((name, time.monotonic()))


class PaintWatcher(QObject):
    """Notes the window's first paint and, when *wait_for_trips*, the first paint of trips."""

    def __init__(self, wait_for_trips: bool) -> None:
        super().__init__()
        self.window_seen = False
        self.trips_seen = not wait_for_trips

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.window_seen and isinstance(watched, QMainWindow):
            self.window_seen = True
            phase("window_painted")
        elif not self.trips_seen and _shows_trips(watched):
            self.trips_seen = True
            phase("trips_painted")
        else:
            return False
        if self.window_seen and self.trips_seen:
            QTimer.singleShot(0, report)
        return False


def _shows_trips(watched: QObject) -> bool:
    view = watched.parent()
    if not isinstance(view, QTableView) or view.objectName() != "tripTable":
        return False
    model = view.model()
    return model is not None and model.rowCount() > 0 and not model.loading()


def report() -> None:
    for name, at in PHASES:
        sys.stdout.write(f"phase {name} {at:.6f}\n")
    sys.stdout.flush()
    os._exit(0)  # the figures are taken; tearing Qt down is not part of start-up


def bare() -> None:
    app = QApplication(sys.argv[:1])
    watcher = PaintWatcher(wait_for_trips=False)
    app.installEventFilter(watcher)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 720)
    window.show()
    app.exec()


def resebok(database: str) -> None:
    import resebok.gui.app as gui_app
    import resebok.gui.startup as startup
    from resebok.cli import main

    phase("resebok_imported")
    create_application = gui_app.create_application
    start_main_window = startup.start_main_window
    watcher = PaintWatcher(wait_for_trips=True)

    def create_and_watch(argv: list[str] | None = None) -> QApplication:
        app = create_application(argv)
        app.installEventFilter(watcher)
        phase("application_created")
        return app

    def start_and_note(*args: object, **kwargs: object) -> object:
        window = start_main_window(*args, **kwargs)  # type: ignore[arg-type]
        phase("window_shown")  # built and shown; its database opens after the first paint
        return window

    gui_app.create_application = create_and_watch  # type: ignore[assignment]
    startup.start_main_window = start_and_note  # type: ignore[assignment]

    sys.exit(main(["--db", database]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        resebok(sys.argv[2])

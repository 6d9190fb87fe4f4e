"""The child process of the start-up benchmark (benchmarks/run.py starts it, fresh each time).

    python benchmarks/startup_probe.py bare
    python benchmarks/startup_probe.py resebok DATABASE

``bare`` shows an empty PySide6 main window of the same size: the least any Qt application
can cost. ``resebok`` starts the real program as a user does (``resebok --db DATABASE``,
through resebok.cli.main), with one hook: an application-wide event filter that notices the
main window's first paint event. A zero-delay timer after that paint (so the paint has been
delivered and the event loop is idle again) prints ``time.monotonic()`` and leaves at once.
time.monotonic() is the system's monotonic clock, so the parent subtracts its own reading
taken just before it started this process: the figure runs from process start to a painted
window. Lines before it name the phases on the way (``phase NAME TIME``).
"""

import os
import sys
import time

PHASES: list[tuple[str, float]] = [("started", time.monotonic())]

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402 - after the first timestamp
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

PHASES.append(("qt_imported", time.monotonic()))


def phase(name: str) -> None:
    PHASES.append((name, time.monotonic()))


class FirstPaint(QObject):
    """Reports once, after the first paint of any main window."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            phase("painting")
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    for name, at in PHASES:
        sys.stdout.write(f"phase {name} {at:.6f}\n")
    sys.stdout.write(f"{time.monotonic():.6f}\n")
    sys.stdout.flush()
    os._exit(0)  # the figure is taken; tearing Qt down is not part of start-up


def bare() -> None:
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
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
    open_main_window = startup.open_main_window
    watcher = FirstPaint()

    def create_and_watch(argv: list[str] | None = None) -> QApplication:
        app = create_application(argv)
        app.installEventFilter(watcher)
        phase("application_created")
        return app

    def open_and_note(*args: object, **kwargs: object) -> object:
        window = open_main_window(*args, **kwargs)  # type: ignore[arg-type]
        phase("window_opened")  # the database opened, the window built and shown
        return window

    gui_app.create_application = create_and_watch  # type: ignore[assignment]
    startup.open_main_window = open_and_note  # type: ignore[assignment]

    sys.exit(main(["--db", database]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        resebok(sys.argv[2])

"""Run a few seconds of work (building the demo) off the GUI thread behind a busy dialog."""

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


def run_busy(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Return ``work()``'s result (or raise its exception) while the window stays responsive.

    *work* must not touch Qt widgets; it runs in a plain thread with its own database
    connection.
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the caller below
            outcome["error"] = exc

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle("Resebok")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    thread = threading.Thread(target=target, name="resebok-busy", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: loop.quit() if not thread.is_alive() else None)
    timer.start()
    if thread.is_alive():
        loop.exec()
    timer.stop()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]

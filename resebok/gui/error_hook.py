"""The last safety net: a database error that no dialog caught becomes a Swedish message.

Every save path handles its own errors and keeps what the user typed (the trip dialog, the
green prompt, the import). Anything else that meets a full disk, a lock held for too long or
a damaged file would otherwise end in a traceback on stderr that the user never sees, or in
SQLite's English words; this hook shows resebok.core.transactions' explanation instead.
"""

import logging
import sqlite3
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from resebok import APP_NAME

log = logging.getLogger(__name__)


def _hook(kind: type[BaseException], value: BaseException, traceback: TracebackType | None) -> None:
    if isinstance(value, sqlite3.Error) and QApplication.instance() is not None:
        # Loaded with the database already; not imported at the top, which runs before the
        # window is painted.
        from resebok.core.transactions import write_error_message

        log.error("database error", exc_info=(kind, value, traceback))
        QMessageBox.warning(
            QApplication.activeWindow(),
            APP_NAME,
            "Åtgärden kunde inte slutföras.\n\n" + write_error_message(value),
        )
        return
    sys.__excepthook__(kind, value, traceback)


def install_error_hook() -> None:
    sys.excepthook = _hook

"""Saving the unit table as CSV (Swedish Excel) or XLSX: the file dialogs and the writing.

The files are made by resebok.core.unit_table, so they hold the columns the view shows. A file
is written to a temporary name beside the target and then renamed, so an existing file is
never left half-written when the disk is full or the file is open in Excel.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QWidget

from resebok.core.controller_summary import UnitTree
from resebok.core.unit_table import unit_table_csv, write_unit_table_xlsx


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import on the GUI thread: os.umask can only be read by setting it.
FILE_MODE = 0o666 & ~_read_umask()

# Translated where the dialog is shown (the context of the units page).
CSV_FILTER = QT_TRANSLATE_NOOP("UnitsPage", "CSV för Excel (*.csv)")
XLSX_FILTER = QT_TRANSLATE_NOOP("UnitsPage", "Excel-arbetsbok (*.xlsx)")


def default_name(tree: UnitTree, scope_code: str, suffix: str) -> str:
    period = tree.period.label.replace(" ", "_").replace("–", "-")
    return f"enheter_{scope_code}_{period}.{suffix}"


def temporary_beside(path: Path) -> tuple[int, Path]:
    """An open, empty temporary file in *path*'s folder (so the rename cannot cross disks)."""
    handle, name = tempfile.mkstemp(prefix=".resebok-", suffix=".part", dir=path.parent)
    return handle, Path(name)


def put_in_place(temporary: Path, path: Path) -> None:
    """Give the finished file the user's usual permissions and rename it over *path*."""
    os.chmod(temporary, FILE_MODE)  # mkstemp makes it private to the owner
    os.replace(temporary, path)


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write through *write* to a temporary file in *path*'s folder, then rename it."""
    handle, temporary = temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        put_in_place(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def save_csv(path: Path, tree: UnitTree) -> None:
    data = unit_table_csv(tree)
    write_atomically(path, lambda stream: stream.write(data))


def save_xlsx(path: Path, tree: UnitTree, scope_name: str) -> None:
    write_atomically(path, lambda stream: write_unit_table_xlsx(tree, stream, scope_name))


def ask_path(parent: QWidget, title: str, suggested: str, name_filter: str) -> Path | None:
    """The save dialog; the suffix of the filter is added when the user left it out."""
    start = Path.home() / suggested
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    if not path:
        return None
    suffix = "." + name_filter.rsplit("*.", 1)[-1].rstrip(")")
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)

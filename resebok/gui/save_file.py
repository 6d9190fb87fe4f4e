"""Choosing where an export goes, and opening what was written.

Every export (claim PDF, CSV, PAXml) asks the same way: a save dialog in the user's home
folder with a file name that says what is inside, the right suffix added when the user left it
out, and afterwards the offer to open the file in the program the desktop uses for it.
Its texts are translated in the context "SaveFile".
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask_save_path(
    parent: QWidget, title: str, default_name: str, file_filter: str, suffix: str
) -> Path | None:
    """The chosen file, with *suffix* (".pdf") added when missing; None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / default_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    return path


def offer_to_open(parent: QWidget, title: str, message: str, path: Path) -> None:
    """Say what was written and offer to open it (a PDF viewer, a spreadsheet)."""
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate("SaveFile", "{message}\n\nVill du öppna filen nu?").format(
            message=message
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Close,
    )
    if answer == QMessageBox.StandardButton.Open:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "SaveFile", "Det finns inget program som kan öppna filen:\n{path}"
                ).format(path=path),
            )


def write_failed(parent: QWidget, title: str, path: Path, error: OSError) -> None:
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate(
            "SaveFile",
            "Filen kunde inte sparas:\n{path}\n\nOrsak: {reason}\n\n"
            "Ingenting har ändrats; välj en annan mapp och försök igen.",
        ).format(path=path, reason=error.strerror or error),
    )

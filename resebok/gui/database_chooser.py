"""Shows which database file Resebok uses and lets the user pick another one.

Used by the first-run wizard and the settings dialog. Choosing a file only changes the path
shown: nothing is created until the user confirms the whole dialog.
"""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resebok.core.db_location import NETWORK_WARNING, is_network_path
from resebok.gui.labels import text as label_text
from resebok.gui.styles import WARNING_BANNER_STYLE

FILE_FILTER = QT_TRANSLATE_NOOP(
    "DatabaseChooser", "Resebok-databas (*.sqlite *.db);;Alla filer (*)"
)
DEFAULT_SUFFIX = ".sqlite"


class DatabaseChooser(QWidget):
    changed = Signal(Path)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit(objectName="databasePath")
        self.path_edit.setReadOnly(True)
        self.change_button = QPushButton(self.tr("Ä&ndra…"), objectName="changeDatabase")
        self.change_button.setToolTip(
            self.tr("Välj en annan databasfil, t.ex. enhetens fil på en delad enhet")
        )
        self.change_button.clicked.connect(self.choose)
        self.note_label = QLabel(objectName="databaseNote")
        self.note_label.setWordWrap(True)
        self.warning_label = QLabel(label_text(NETWORK_WARNING), objectName="networkWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_BANNER_STYLE)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note_label)
        layout.addWidget(self.warning_label)
        self.path = path
        self._show(path)

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def choose(self) -> None:
        start = str(self.path if self.path.parent.is_dir() else Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Välj databas"),
            start,
            self.tr(FILE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path) -> None:
        if not path.suffix:
            path = path.with_suffix(DEFAULT_SUFFIX)
        if path == self.path:
            return
        self.path = path
        self._show(path)
        self.changed.emit(path)

    def _show(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.path_edit.setToolTip(str(path))
        self.path_edit.setCursorPosition(0)
        self.warning_label.setVisible(is_network_path(path))

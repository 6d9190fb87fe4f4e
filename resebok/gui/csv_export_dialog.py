"""Exportera resor/reseräkningar som CSV: a year's trips or claims for Excel.

The file itself (UTF-8 with BOM, semicolons, decimal comma, formula-safe cells) is made by
resebok.core.csv_export; this dialog only asks what, which year and where.
"""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.csv_export import export_csv
from resebok.core.validation import EARLIEST_DATE
from resebok.gui.save_file import ask_save_path, offer_to_open, write_failed

KINDS = {
    "trips": QT_TRANSLATE_NOOP("CsvExportDialog", "&Resor"),
    "claims": QT_TRANSLATE_NOOP("CsvExportDialog", "R&eseräkningar"),
}


class CsvExportDialog(QDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        kind: str = "trips",
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.written: int | None = None  # rows in the last file written, for tests
        self.setWindowTitle(self.tr("Exportera som CSV"))
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        self.kind_buttons: dict[str, QRadioButton] = {}
        for key, label in KINDS.items():
            button = QRadioButton(self.tr(label))
            button.setChecked(key == kind)
            self.kind_group.addButton(button)
            self.kind_buttons[key] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.year = QSpinBox()
        self.year.setRange(EARLIEST_DATE.year, date.today().year + 1)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(year or date.today().year)
        self.year.setMaximumWidth(100)
        intro = QLabel(
            self.tr(
                "Filen öppnas direkt i Excel med svenska inställningar (semikolon, "
                "decimalkomma). Resor väljs efter resans datum, reseräkningar efter sin månad."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Exportera:"), kinds)
        form.addRow(self.tr("&År:"), self.year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exportera…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&vbryt"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def kind(self) -> str:
        return next(key for key, button in self.kind_buttons.items() if button.isChecked())

    def export(self) -> None:
        kind, year = self.kind(), self.year.value()
        title = self.tr("Exportera som CSV")
        default = f"{'resor' if kind == 'trips' else 'reserakningar'}-{year}.csv"
        path = ask_save_path(self, title, default, self.tr("CSV-filer för Excel (*.csv)"), ".csv")
        if path is None:
            return
        try:
            count = export_csv(self.db, kind, year, path)
        except OSError as error:
            write_failed(self, title, path, error)
            return
        self.written = count
        self.accept()
        offer_to_open(
            self.parentWidget() or self,
            title,
            (
                self.tr("%n resor från {year} exporterades till:\n{path}", "", count)
                if kind == "trips"
                else self.tr("%n reseräkningar från {year} exporterades till:\n{path}", "", count)
            ).format(year=year, path=path),
            path,
        )

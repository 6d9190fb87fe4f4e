"""The About dialog: what Resebok is, its version, its licence and where its files are.

A dialog of its own rather than QMessageBox.about, so that the version can be selected and
copied (support asks for it) and the database and settings locations are shown.
"""

from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from resebok import APP_NAME, __version__
from resebok.core.user_config import config_path
from resebok.gui.icons import app_pixmap

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om {app}").format(app=APP_NAME))
        logo = QLabel(objectName="aboutLogo")
        logo.setPixmap(app_pixmap(96))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(f"<h2 style='margin:0'>{APP_NAME}</h2>")
        self.version_label = QLabel(
            self.tr("Version {version}").format(version=__version__), objectName="aboutVersion"
        )
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(
            self.tr(
                "Tjänsteresor, kilometerersättning och gröna alternativ för kommunen: logga "
                "resor, attestera reseräkningar och följ upp kilometrarna per enhet."
            )
        )
        blurb.setWordWrap(True)
        self.licence_label = QLabel(
            self.tr(
                "Licens: <a href='{url}'>GNU GPL version 3 eller senare</a> ({licence}). "
                "Programmet levereras utan garantier."
            ).format(url=LICENCE_URL, licence=LICENCE),
            objectName="aboutLicence",
        )
        self.licence_label.setWordWrap(True)
        self.licence_label.setOpenExternalLinks(True)

        details = QGridLayout()
        details.setColumnStretch(1, 1)
        rows = [
            (self.tr("Databas:"), str(db_path) if db_path else self.tr("i minnet")),
            (self.tr("Inställningar:"), str(config_path())),
            ("Qt:", qVersion()),
        ]
        for row, (label, value) in enumerate(rows):
            value_label = QLabel(value)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setWordWrap(True)
            details.addWidget(QLabel(label), row, 0, Qt.AlignmentFlag.AlignTop)
            details.addWidget(value_label, row, 1)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(self.version_label)
        text.addSpacing(6)
        text.addWidget(blurb)
        text.addWidget(self.licence_label)
        text.addSpacing(6)
        text.addLayout(details)

        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

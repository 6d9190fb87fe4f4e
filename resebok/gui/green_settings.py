"""Gröna inställningar: the advisor's thresholds and the CO₂ factors with their source.

Both are organisation settings in the core (resebok.core.green_config, resebok.core.co2);
this page only shows them in the user's units (kronor rather than öre) and hands changes back.
A CO₂ factor needs its source and year, so that a report can cite where a number came from.
"""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.co2 import Co2Factor, Co2FactorError, list_factors, reset_factor, update_factor
from resebok.core.green_config import (
    GreenConfig,
    load_green_config,
    reset_green_config,
    update_green_config,
)
from resebok.gui.formatting import format_number
from resebok.gui.i18n import ui_locale
from resebok.gui.labels import text as label_text
from resebok.gui.record_table_model import Column, RecordTable
from resebok.gui.styles import ERROR_STYLE, OK_STYLE

PER_LABELS = {
    "vehicle_km": QT_TRANSLATE_NOOP("GreenSettingsPage", "per fordonskm"),
    "passenger_km": QT_TRANSLATE_NOOP("GreenSettingsPage", "per personkm"),
}


@dataclass(frozen=True)
class Threshold:
    """How one GreenConfig field is edited: label, unit, range and scale (öre shown as kr).

    The label and unit are Swedish source texts, translated where the page shows them.
    """

    name: str
    label: str
    unit: str
    maximum: float
    decimals: int = 0
    scale: int = 1  # stored value = shown value × scale
    minimum: float = 0


THRESHOLDS = (
    Threshold(
        "walk_cycle_max_km",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Gång eller cykel upp till"),
        QT_TRANSLATE_NOOP("GreenSettingsPage", "km enkel väg"),
        50,
        1,
    ),
    Threshold(
        "walk_radius_m",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Gångavstånd till hållplats"),
        "m",
        5000,
    ),
    Threshold(
        "pt_extra_minutes",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Kollektivtrafik: högst extra restid"),
        "min",
        600,
    ),
    Threshold(
        "pt_transfer_minutes", QT_TRANSLATE_NOOP("GreenSettingsPage", "Minsta bytestid"), "min", 60
    ),
    Threshold(
        "pt_search_minutes",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Sök förbindelser inom"),
        "min",
        1440,
    ),
    Threshold(
        "pt_ticket_ore",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Biljettpris, enkel resa"),
        "kr",
        10_000,
        2,
        100,
    ),
    Threshold(
        "pool_base_radius_m",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Kommunbil: högst avstånd till bilens station"),
        "m",
        50_000,
    ),
    Threshold(
        "detour_max_km",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Kommunbil från hemmet: största omväg"),
        "km",
        500,
        1,
    ),
    Threshold(
        "driving_speed_kmh",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Medelhastighet med bil"),
        "km/h",
        200,
        0,
        1,
        1,
    ),
    Threshold(
        "cycling_speed_kmh",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Medelhastighet med cykel"),
        "km/h",
        60,
        0,
        1,
        1,
    ),
    Threshold(
        "walking_speed_kmh",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Gånghastighet"),
        "km/h",
        15,
        1,
        1,
        1,
    ),
    Threshold(
        "default_stay_minutes",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Tid på plats när sluttid saknas"),
        "min",
        1440,
    ),
    Threshold(
        "own_car_ore_per_km",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Kostnad egen bil (utan ersättningsnivå)"),
        "kr/km",
        100,
        2,
        100,
    ),
    Threshold(
        "pool_car_ore_per_km",
        QT_TRANSLATE_NOOP("GreenSettingsPage", "Kostnad kommunbil"),
        "kr/km",
        100,
        2,
        100,
    ),
)

FACTOR_COLUMNS: list[Column[Co2Factor]] = [
    Column(QT_TRANSLATE_NOOP("GreenSettingsPage", "Faktor"), lambda f: label_text(f.label)),
    Column(
        QT_TRANSLATE_NOOP("GreenSettingsPage", "g CO₂/km"),
        lambda f: f"{_grams(f.grams)} {_per(f.per)}",
    ),
    Column(QT_TRANSLATE_NOOP("GreenSettingsPage", "Källa"), lambda f: f.source),
    Column(QT_TRANSLATE_NOOP("GreenSettingsPage", "År"), lambda f: str(f.year)),
]
SOURCE_COLUMN = 2


class GreenSettingsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setLocale(ui_locale())  # the language's decimal sign in every spin box
        self.fields: dict[str, QDoubleSpinBox | QSpinBox] = {}
        layout = QHBoxLayout(self)
        layout.addWidget(self._threshold_box(), 0)
        layout.addWidget(self._factor_box(), 1)
        self.setMinimumSize(1060, 560)
        self.load_thresholds()
        self.load_factors()

    # --- thresholds ---------------------------------------------------------------------
    def _threshold_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Trösklar och antaganden"))
        form = QFormLayout()
        for spec in THRESHOLDS:
            field: QDoubleSpinBox | QSpinBox
            if spec.decimals or spec.scale != 1:
                field = QDoubleSpinBox()
                field.setDecimals(spec.decimals)
            else:
                field = QSpinBox()
            field.setRange(spec.minimum, spec.maximum)  # type: ignore[arg-type]
            field.setSuffix(f" {self.tr(spec.unit)}")
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            field.setMinimumWidth(150)
            field.setObjectName(spec.name)
            self.fields[spec.name] = field
            label = QLabel(self.tr("{label}:").format(label=self.tr(spec.label)))
            label.setBuddy(field)
            form.addRow(label, field)
        self.save_thresholds_button = QPushButton(self.tr("&Spara trösklar"))
        self.reset_thresholds_button = QPushButton(self.tr("Återställ &standard"))
        self.save_thresholds_button.clicked.connect(self.save_thresholds)
        self.reset_thresholds_button.clicked.connect(self.reset_thresholds)
        self.threshold_message = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_thresholds_button)
        buttons.addWidget(self.reset_thresholds_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.threshold_message)
        layout.addStretch(1)
        return box

    def load_thresholds(self) -> None:
        config = load_green_config(self.db)
        for spec in THRESHOLDS:
            self.fields[spec.name].setValue(getattr(config, spec.name) / spec.scale)

    def _threshold_values(self) -> dict[str, float | int]:
        """The form's values in the core's units (öre, not kronor) and types."""
        defaults = GreenConfig()
        values: dict[str, float | int] = {}
        for spec in THRESHOLDS:
            value = self.fields[spec.name].value() * spec.scale
            whole = isinstance(getattr(defaults, spec.name), int)
            values[spec.name] = round(value) if whole else float(value)
        return values

    def save_thresholds(self) -> None:
        try:
            update_green_config(self.db, **self._threshold_values())
        except ValueError as error:
            self._say(self.threshold_message, str(error), ok=False)
            return
        self.load_thresholds()
        self._say(self.threshold_message, self.tr("Trösklarna är sparade."), ok=True)

    def reset_thresholds(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Återställ standard"),
            self.tr("Sätta alla trösklar till standardvärdena?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reset_green_config(self.db)
        self.load_thresholds()
        self._say(self.threshold_message, self.tr("Trösklarna har standardvärdena igen."), ok=True)

    # --- CO₂ factors --------------------------------------------------------------------
    def _factor_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Utsläppsfaktorer (CO₂)"))
        self.factor_table = RecordTable(
            FACTOR_COLUMNS, stretch_column=SOURCE_COLUMN, context="GreenSettingsPage"
        )
        self.factor_table.selectionModel().selectionChanged.connect(self._factor_selected)

        self.factor_name = QLabel()
        self.factor_grams = QDoubleSpinBox()
        self.factor_grams.setRange(0, 1000)
        self.factor_grams.setDecimals(1)
        self.factor_grams.setSuffix(" g CO₂/km")
        self.factor_source = QLineEdit()
        self.factor_source.setPlaceholderText(self.tr("t.ex. klimatresa.se, Trafikverket …"))
        self.factor_year = QSpinBox()
        self.factor_year.setRange(1990, 2100)
        self.factor_year.setGroupSeparatorShown(False)
        form = QFormLayout()
        form.addRow(self.tr("Vald faktor:"), self.factor_name)
        for text, widget in (
            (self.tr("&Utsläpp:"), self.factor_grams),
            (self.tr("&Källa:"), self.factor_source),
            (self.tr("Å&r:"), self.factor_year),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.save_factor_button = QPushButton(self.tr("Spara &faktor"))
        self.reset_factor_button = QPushButton(self.tr("Återställ faktorn till standar&d"))
        self.save_factor_button.clicked.connect(self.save_factor)
        self.reset_factor_button.clicked.connect(self.reset_selected_factor)
        self.factor_message = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_factor_button)
        buttons.addWidget(self.reset_factor_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.factor_table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.factor_message)
        return box

    def load_factors(self, select_key: str | None = None) -> None:
        self.factor_table.set_records(list_factors(self.db))
        self.factor_table.resizeColumnsToContents()
        if not self.factor_table.select_where(lambda f: f.key == select_key):
            self.factor_table.selectRow(0)
        self._factor_selected()

    def selected_factor_key(self) -> str | None:
        factor = self.factor_table.current_record()
        return factor.key if factor else None

    def select_factor(self, key: str) -> None:
        self.load_factors(key)

    def _factor_selected(self) -> None:
        factor = self.factor_table.current_record()
        enabled = factor is not None
        for widget in (
            self.factor_grams,
            self.factor_source,
            self.factor_year,
            self.save_factor_button,
            self.reset_factor_button,
        ):
            widget.setEnabled(enabled)
        if factor is None:
            self.factor_name.setText("")
            return
        self.factor_name.setText(f"{label_text(factor.label)} ({_per(factor.per)})")
        self.factor_grams.setValue(factor.grams)
        self.factor_source.setText(factor.source)
        self.factor_year.setValue(factor.year)
        self.factor_message.setText("")

    def save_factor(self) -> None:
        key = self.selected_factor_key()
        if key is None:
            return
        try:
            factor = update_factor(
                self.db,
                key,
                self.factor_grams.value(),
                self.factor_source.text(),
                self.factor_year.value(),
            )
        except Co2FactorError as error:
            self._say(self.factor_message, str(error), ok=False)
            return
        self.load_factors(key)
        self._say(
            self.factor_message,
            self.tr("{factor}: sparad.").format(factor=label_text(factor.label)),
            ok=True,
        )

    def reset_selected_factor(self) -> None:
        key = self.selected_factor_key()
        if key is None:
            return
        factor = reset_factor(self.db, key)
        self.load_factors(key)
        self._say(
            self.factor_message,
            self.tr("{factor}: standardvärdet {grams} g ({source}, {year}).").format(
                factor=label_text(factor.label),
                grams=_grams(factor.grams),
                source=factor.source,
                year=factor.year,
            ),
            ok=True,
        )

    @staticmethod
    def _say(label: QLabel, text: str, *, ok: bool) -> None:
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        label.setText(text)


def _per(per: str) -> str:
    """'per fordonskm', in the GUI's language."""
    return GreenSettingsPage.tr(PER_LABELS[per]) if per in PER_LABELS else per


def _grams(value: float) -> str:
    """'167', '10,5' (Swedish) or '10.5': no trailing zeros, the language's decimal sign."""
    whole = float(value).is_integer()
    return format_number(value, 0 if whole else 1)

"""Kommunbilar: the pool cars the advisor can offer, and where each is fetched.

A car's home base (station) decides whether the advisor finds it "near the start" of a trip,
so the base is chosen from the place register. A car with trips or bookings cannot be removed
(resebok.core.fleet keeps its history); the refusal says why.
"""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.fleet import (
    FleetError,
    add_vehicle,
    all_vehicles,
    get_vehicle,
    remove_vehicle,
    update_vehicle,
)
from resebok.core.models import FUELS, Vehicle
from resebok.core.places import all_places, get_place, swedish_sort_key
from resebok.gui.labels import text as label_text
from resebok.gui.record_table_model import Column, RecordTable
from resebok.gui.styles import error_label
from resebok.gui.swedish import FUEL_NAMES

NO_BASE = QT_TRANSLATE_NOOP("FleetPage", "(ingen station)")


def _fuel(fuel: str) -> str:
    return label_text(FUEL_NAMES.get(fuel, fuel))


@dataclass(frozen=True)
class ListedVehicle:
    """A row of the list: the car and the name of its station (or "(ingen station)")."""

    vehicle: Vehicle
    base: str


VEHICLE_COLUMNS: list[Column[ListedVehicle]] = [
    Column(QT_TRANSLATE_NOOP("FleetPage", "Registreringsnummer"), lambda r: r.vehicle.registration),
    Column(QT_TRANSLATE_NOOP("FleetPage", "Modell"), lambda r: r.vehicle.model),
    Column(QT_TRANSLATE_NOOP("FleetPage", "Drivmedel"), lambda r: _fuel(r.vehicle.fuel)),
    Column(QT_TRANSLATE_NOOP("FleetPage", "Station"), lambda r: r.base),
]


class VehicleDialog(QDialog):
    """Add a car (``vehicle`` None) or change one; ``saved`` is the stored car."""

    def __init__(self, db: Database, parent: QWidget | None = None, vehicle: Vehicle | None = None):
        super().__init__(parent)
        self.db = db
        self.vehicle = vehicle
        self.saved: Vehicle | None = None
        self.setWindowTitle(self.tr("Ändra kommunbil") if vehicle else self.tr("Ny kommunbil"))
        self.setMinimumWidth(420)

        self.registration = QLineEdit()
        self.registration.setPlaceholderText("ABC 123")
        self.registration.setMaxLength(12)
        self.model = QLineEdit()
        self.model.setPlaceholderText(self.tr("t.ex. Renault Zoe"))
        self.fuel = QComboBox()
        for fuel in FUELS:
            self.fuel.addItem(_fuel(fuel), fuel)
        self.base = QComboBox()
        self.base.addItem(FleetPage.tr(NO_BASE), None)
        places = sorted(all_places(db), key=lambda p: swedish_sort_key(p.name))
        for place in places:
            self.base.addItem(place.name, place.id)
        self.error = error_label()

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Registreringsnummer:"), self.registration),
            (self.tr("&Modell:"), self.model),
            (self.tr("&Drivmedel:"), self.fuel),
            (self.tr("&Station (hämtas och lämnas):"), self.base),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&vbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if vehicle is not None:
            self.registration.setText(vehicle.registration)
            self.model.setText(vehicle.model)
            self.fuel.setCurrentIndex(max(self.fuel.findData(vehicle.fuel), 0))
            self.base.setCurrentIndex(max(self.base.findData(vehicle.home_base_place_id), 0))
        else:
            self.fuel.setCurrentIndex(self.fuel.findData("electric"))

    def save(self) -> None:
        values = (
            self.registration.text(),
            self.model.text(),
            self.fuel.currentData(),
            self.base.currentData(),
        )
        try:
            if self.vehicle is None:
                self.saved = add_vehicle(self.db, *values)
            else:
                self.saved = update_vehicle(self.db, self.vehicle.id, *values)
        except FleetError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


class FleetPage(QWidget):
    """The list of pool cars with add, change and remove."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.table = RecordTable(
            VEHICLE_COLUMNS, stretch_column=len(VEHICLE_COLUMNS) - 1, context="FleetPage"
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Lägg till…"))
        self.edit_button = QPushButton(self.tr("Ä&ndra…"))
        self.remove_button = QPushButton(self.tr("&Ta bort"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count = QLabel()

        intro = QLabel(
            self.tr(
                "Kommunbilarna som föreslås före egen bil. En bil föreslås när den är ledig och "
                "står nära resans start (eller, från hemmet, när omvägen att hämta den är liten)."
            )
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setMinimumSize(640, 360)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        vehicles = all_vehicles(self.db)
        self.table.set_records([ListedVehicle(v, self._base_name(v)) for v in vehicles])
        self.table.resizeColumnsToContents()
        if select_id is not None:
            self.table.select_where(lambda r: r.vehicle.id == select_id)
        self.count.setText(self.tr("%n bilar", "", len(vehicles)))
        self._update_buttons()

    def _base_name(self, vehicle: Vehicle) -> str:
        base = (
            get_place(self.db, vehicle.home_base_place_id) if vehicle.home_base_place_id else None
        )
        return base.name if base else self.tr(NO_BASE)

    def selected_id(self) -> int | None:
        listed = self.table.current_record()
        return listed.vehicle.id if listed else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def add(self) -> None:
        dialog = VehicleDialog(self.db, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(dialog.saved.id)

    def edit_selected(self) -> None:
        vehicle_id = self.selected_id()
        vehicle = get_vehicle(self.db, vehicle_id) if vehicle_id is not None else None
        if vehicle is None:
            return
        dialog = VehicleDialog(self.db, self, vehicle)
        if dialog.exec() and dialog.saved is not None:
            self.reload(dialog.saved.id)

    def remove_selected(self) -> None:
        vehicle_id = self.selected_id()
        vehicle = get_vehicle(self.db, vehicle_id) if vehicle_id is not None else None
        if vehicle is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort kommunbil"),
            self.tr("Ta bort {registration} ({model}) ur fordonsregistret?").format(
                registration=vehicle.registration, model=vehicle.model
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_vehicle(self.db, vehicle.id)
        except FleetError as error:
            QMessageBox.warning(self, self.tr("Ta bort kommunbil"), str(error))
            return
        self.reload()

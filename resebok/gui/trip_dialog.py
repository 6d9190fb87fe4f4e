"""The dialog where a trip is entered or changed.

It is a form over resebok.core: the core validates, suggests km and saves; this module only
turns widgets into a Trip and core messages back into red text next to the right field.
People log the same short trips many times a week, so everything works from the keyboard
and a previous trip can be repeated in one choice.
"""

import math
import re
import sqlite3
from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.distance import Suggestion, is_far_from_suggestion, suggest_km
from resebok.core.home_rule import HomeRuleResult, check_home_rule
from resebok.core.models import Employee, Mode, PurposeCategory, Trip
from resebok.core.org import all_employees, all_units, get_unit, member_orgs_of_unit
from resebok.core.places import places_by_use, swedish_sort_key
from resebok.core.settings import get_setting
from resebok.core.transactions import write_error_message
from resebok.core.trip_locks import trip_lock
from resebok.core.trips import prepare_trip, recent_trips, save_trip
from resebok.core.validation import (
    EARLIEST_DATE,
    MAX_PASSENGERS,
    MAX_PURPOSE_CHARS,
    TripValidationError,
)
from resebok.gui.date_edits import chosen_date
from resebok.gui.formatting import format_date, format_km_exact
from resebok.gui.formatting import format_distance as format_km
from resebok.gui.green_prompt import ask_green_prompt, needs_green_prompt
from resebok.gui.labels import label as enum_label
from resebok.gui.org_combos import employee_text
from resebok.gui.stops_editor import StopsEditor
from resebok.gui.styles import ERROR_STYLE, MUTED_STYLE, NOTICE_BANNER_STYLE, WARNING_STYLE

DRIVING_MODES = (Mode.OWN_CAR, Mode.POOL_CAR)  # only these are flagged by the core
ERROR_FIELDS = (
    "employee",
    "date",
    "times",
    "stops",
    "km",
    "odometer",
    "mode",
    "purpose_category",
    "purpose",
    "passengers",
    "unit",
    "member_org",
)
# Lenient while typing ("-" and "12," are steps towards a number); the core judges the value,
# so a negative or absurd km still gets its message next to the field.
KM_PATTERN = r"^-?\d{0,5}([,.]\d{0,2})?$"
ODOMETER_PATTERN = r"^\d{0,7}$"
TIME_PATTERN = r"^\d{0,2}([:.]\d{0,2})?$|^\d{3,4}$"
TIME_FORMAT_ERROR = QT_TRANSLATE_NOOP("TripDialog", "Ange tiden som tt:mm, till exempel 08:15.")


def parse_km(text: str) -> float | None:
    """Km text ("12,5" or "12.5") as a number; None when empty, NaN when not a number."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return math.nan


def parse_time(text: str) -> time | None:
    """'8', '08:15', '8.15' or '0815' as a time; None when empty; ValueError when not a time."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{1,2}))?", cleaned) or re.fullmatch(
        r"(\d{1,2})(\d{2})", cleaned
    )
    if match is None:
        raise ValueError(TIME_FORMAT_ERROR)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(TIME_FORMAT_ERROR)
    return time(hour, minute)


def _message_label(style: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(style)
    # No word wrap: QFormLayout sizes wrapped labels for a width they never get and leaves
    # gaps. The messages are one short line each (several are put on separate lines).
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _row(*items: QWidget | int, stretch: bool = True) -> QHBoxLayout:
    """A horizontal row of widgets; an int adds that much spacing."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, int):
            layout.addSpacing(item)
        else:
            layout.addWidget(item)
    if stretch:
        layout.addStretch(1)
    return layout


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once, like every other field in the form.

    QDateEdit normally uses Tab to step from year to month to day, which makes Tab stop three
    times on a field that is usually left as today; arrow keys and typing still move between
    the parts.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TripDialog(QDialog):
    """A new trip ("Ny resa") or a change to a stored one ("Redigera resa").

    A trip without an id is a new trip filled in from a template (e.g. the main window's
    "repeat"); ``saved_trip`` holds the stored trip after a successful save.
    """

    # A trip on a submitted, approved or paid claim is shown read-only; the attestant's
    # correction (resebok.gui.trip_correction) opens it for changes instead.
    read_only_when_locked = True

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        trip: Trip | None = None,
        employee_id: int | None = None,
        today: date | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self.original = trip
        self.saved_trip: Trip | None = None
        self.status_message = ""  # for the main window's status bar, e.g. a digital meeting
        self.is_edit = trip is not None and trip.id is not None
        self._flag_share = float(get_setting(db, "km_flag_share"))
        self._employees: dict[int, Employee] = {}
        self._recent: dict[str, Trip] = {}
        self._suggestion: Suggestion | None = None
        self._previous_suggestion_text: str | None = None
        self._first_place_id: int | None = None
        self._loading = True

        self.setWindowTitle(self.tr("Redigera resa") if self.is_edit else self.tr("Ny resa"))
        self.setMinimumWidth(580)
        self._build_widgets()
        self._build_layout()
        self._connect()
        self._unit_changed(self.unit.currentIndex())
        self._fill_employees()
        if trip is not None:
            self._load(trip)
        else:
            self._select_employee(employee_id)
        self._loading = False
        self._refresh_suggestion()
        self._fix_tab_order()
        self.stops.line_edits()[0].setFocus()
        self._setup_claim_rules()

    # --- building ----------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.employee = QComboBox()
        self.repeat = QComboBox()
        self.repeat.setToolTip(self.tr("Fyll i formuläret från en tidigare resa; datumet behålls"))
        self.repeat.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.repeat.setMinimumContentsLength(30)

        self.date = DateEdit(QDate(self.today))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate(EARLIEST_DATE))
        self.start_time = self._time_edit(self.tr("Tid då resan började (valfritt)"))
        self.end_time = self._time_edit(self.tr("Tid då resan slutade (valfritt)"))

        self.stops = StopsEditor(self.db)

        self.km = QLineEdit()
        self.km.setValidator(QRegularExpressionValidator(QRegularExpression(KM_PATTERN)))
        self.km.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.km.setMaximumWidth(90)
        self.km_unit = QLabel("km")
        self.suggestion = QLabel()
        self.suggestion.setStyleSheet(MUTED_STYLE)
        self.use_suggestion = QPushButton(self.tr("Använd förs&laget"))
        self.km_warning = _message_label(WARNING_STYLE)

        self.odometer_start = self._odometer_edit(self.tr("vid avfärd"))
        self.odometer_end = self._odometer_edit(self.tr("vid ankomst"))

        self.mode = QComboBox()
        for mode in Mode:
            self.mode.addItem(enum_label(mode), str(mode))
        self.category = QComboBox()
        for category in PurposeCategory:
            self.category.addItem(enum_label(category), str(category))
        self.category.setCurrentIndex(self.category.findData(str(PurposeCategory.OTHER)))
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(MAX_PURPOSE_CHARS)
        self.purpose.setPlaceholderText(
            self.tr("t.ex. möte med rektor, leverans av arkivhandlingar")
        )
        self.passengers = QSpinBox()
        self.passengers.setRange(0, MAX_PASSENGERS)
        self.from_home = QCheckBox(self.tr("Resan &började hemma"))
        self.from_home.setToolTip(self.tr("Kryssas i automatiskt när första platsen är din bostad"))

        self.unit = QComboBox()
        units = [unit for unit in all_units(self.db) if unit.kind == "unit"]
        for unit in sorted(units, key=lambda u: swedish_sort_key(u.name)):
            self.unit.addItem(unit.name, unit.id)
        self.member_org = QComboBox()

        self.errors = {name: _message_label(ERROR_STYLE) for name in ERROR_FIELDS}
        self.general_error = _message_label(ERROR_STYLE)
        self.home_rule_note = _message_label(WARNING_STYLE)  # commuting: no allowance
        self.home_rule_note.setWordWrap(True)  # the core's explanation is two sentences
        self.reduction_note = _message_label(MUTED_STYLE)  # the home rule's reduction

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Spara"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("A&vbryt"))

    def _time_edit(self, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("tt:mm"))
        edit.setToolTip(tip)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(TIME_PATTERN)))
        edit.setMaximumWidth(70)
        return edit

    def _odometer_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(ODOMETER_PATTERN)))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(120)
        return edit

    def _with_messages(self, content: QWidget | QLayout, *messages: QLabel) -> QWidget:
        """A field with its message labels under it; hidden labels take no space."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(content, QLayout):
            layout.addLayout(content)
        else:
            layout.addWidget(content)
        for label in messages:
            layout.addWidget(label)
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)
        errors = self.errors

        form.addRow(
            self._label(self.tr("&Anställd:"), self.employee),
            self._with_messages(self.employee, errors["employee"]),
        )
        form.addRow(self._label(self.tr("&Upprepa tidigare resa:"), self.repeat), self.repeat)
        form.addRow(
            self._label(self.tr("&Datum:"), self.date),
            self._with_messages(self.date, errors["date"]),
        )
        times = _row(
            self._label(self.tr("S&tart"), self.start_time),
            self.start_time,
            12,
            self._label(self.tr("Sl&ut"), self.end_time),
            self.end_time,
        )
        form.addRow(QLabel(self.tr("Tid:")), self._with_messages(times, errors["times"]))
        route_label = self._label(self.tr("&Resväg:"), self.stops.line_edits()[0])
        route_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(
            route_label, self._with_messages(self.stops, self.home_rule_note, errors["stops"])
        )
        km_row = _row(self.km, self.km_unit, 8, self.suggestion, 8, self.use_suggestion)
        form.addRow(
            self._label(self.tr("&Kilometer:"), self.km),
            self._with_messages(km_row, self.reduction_note, self.km_warning, errors["km"]),
        )
        odometer_row = _row(self.odometer_start, QLabel("–"), self.odometer_end)
        form.addRow(
            self._label(self.tr("&Mätarställning:"), self.odometer_start),
            self._with_messages(odometer_row, errors["odometer"]),
        )
        form.addRow(
            self._label(self.tr("&Färdsätt:"), self.mode),
            self._with_messages(self.mode, errors["mode"]),
        )
        form.addRow(
            self._label(self.tr("&Ändamål:"), self.category),
            self._with_messages(self.category, errors["purpose_category"]),
        )
        form.addRow(
            self._label(self.tr("S&yfte/vem besöktes:"), self.purpose),
            self._with_messages(self.purpose, errors["purpose"]),
        )
        passengers_row = _row(self.passengers, 24, self.from_home)
        form.addRow(
            self._label(self.tr("&Passagerare:"), self.passengers),
            self._with_messages(passengers_row, errors["passengers"]),
        )
        form.addRow(
            self._label(self.tr("&Enhet som belastas:"), self.unit),
            self._with_messages(self.unit, errors["unit"]),
        )
        self.member_org_field = self._with_messages(self.member_org, errors["member_org"])
        form.addRow(
            self._label(self.tr("Medlemsor&ganisation:"), self.member_org), self.member_org_field
        )
        self.form = form

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        # Only now is the button inside the dialog, so the dialog records it as its default
        # (otherwise the first push button in the focus chain would become the default).
        self.save_button.setDefault(True)

    def _connect(self) -> None:
        self.employee.currentIndexChanged.connect(self._employee_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.repeat.activated.connect(self._repeat_chosen)
        self.stops.changed.connect(self._route_changed)
        self.stops.rows_changed.connect(self._fix_tab_order)
        self.stops.place_added.connect(self._place_added)
        self.km.textChanged.connect(self._km_changed)
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self.odometer_start.textChanged.connect(self._odometer_changed)
        self.odometer_end.textChanged.connect(self._odometer_changed)
        self.mode.currentIndexChanged.connect(self._update_km_warning)
        for edit in (self.start_time, self.end_time):
            edit.editingFinished.connect(lambda e=edit: self._normalise_time(e))
            edit.textChanged.connect(lambda _t: self._clear_error("times"))
        self.date.dateChanged.connect(lambda _d: self._clear_error("date"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _fix_tab_order(self) -> None:
        """Tab goes down the form as it reads, also through stops added later."""
        chain: list[QWidget] = [
            self.employee,
            self.repeat,
            self.date,
            self.start_time,
            self.end_time,
            *self.stops.focus_chain(),
            self.km,
            self.use_suggestion,
            self.odometer_start,
            self.odometer_end,
            self.mode,
            self.category,
            self.purpose,
            self.passengers,
            self.from_home,
            self.unit,
            self.member_org,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- employees, units, member organisations ----------------------------------------
    def _fill_employees(self) -> None:
        for employee in all_employees(self.db):
            self._employees[employee.id] = employee
            self.employee.addItem(employee_text(employee), employee.id)

    def _select_employee(self, employee_id: int | None) -> None:
        index = self.employee.findData(employee_id) if employee_id is not None else -1
        if index < 0:
            index = 0 if self.employee.count() else -1
        if index == self.employee.currentIndex():
            self._employee_changed(index)
        else:
            self.employee.setCurrentIndex(index)

    def current_employee(self) -> Employee | None:
        return self._employees.get(self.employee.currentData())

    def _employee_changed(self, _index: int) -> None:
        """A new employee brings their unit, their own place order and their recent trips."""
        employee = self.current_employee()
        employee_id = employee.id if employee else None
        self.stops.set_place_names([p.name for p in places_by_use(self.db, employee_id)])
        self._fill_recent(employee_id)
        self._clear_error("employee")
        if employee is None:
            return
        self._select_unit(employee.unit_id)
        if employee.home_place_id is not None and not self._loading:
            first = self.stops.first_place_id()
            self.from_home.setChecked(first is not None and first == employee.home_place_id)

    def _select_unit(self, unit_id: int | None) -> None:
        if unit_id is None:
            return
        index = self.unit.findData(unit_id)
        if index < 0:  # e.g. a trip charged to a department: show it rather than lose it
            unit = get_unit(self.db, unit_id)
            if unit is None:
                return
            self.unit.addItem(unit.name, unit.id)
            index = self.unit.count() - 1
        if index == self.unit.currentIndex():
            self._unit_changed(index)
        else:
            self.unit.setCurrentIndex(index)

    def _unit_changed(self, _index: int) -> None:
        """Only units that serve member organisations (the archive) show that choice."""
        self.member_org.clear()
        unit_id = self.unit.currentData()
        orgs = member_orgs_of_unit(self.db, unit_id) if unit_id is not None else []
        self.member_org.addItem(self.tr("(ingen)"), None)
        for org in orgs:
            self.member_org.addItem(org.name, org.id)
        self.form.setRowVisible(self.member_org_field, bool(orgs))
        self.member_org.setEnabled(bool(orgs))
        self._clear_error("unit")
        self._clear_error("member_org")

    def _select_member_org(self, member_org_id: int | None) -> None:
        index = self.member_org.findData(member_org_id) if member_org_id is not None else 0
        self.member_org.setCurrentIndex(max(index, 0))

    # --- repeating a previous trip ------------------------------------------------------
    def _fill_recent(self, employee_id: int | None) -> None:
        self.repeat.clear()
        trips = recent_trips(self.db, employee_id) if employee_id is not None else []
        self._recent = {t.id: t for t in trips if t.id}
        if not trips:
            self.repeat.addItem(self.tr("(inga tidigare resor)"), None)
            self.repeat.setEnabled(False)
            return
        self.repeat.setEnabled(True)
        self.repeat.addItem(self.tr("Välj en tidigare resa …"), None)
        for trip in trips:
            route = " – ".join(trip.stop_names)
            text = f"{format_date(trip.date)} {route} ({format_km(trip.km)} km)"
            self.repeat.addItem(text, trip.id)

    def _repeat_chosen(self, index: int) -> None:
        trip = self._recent.get(self.repeat.itemData(index))
        if trip is not None:
            self._fill_from(trip)

    def _fill_from(self, trip: Trip) -> None:
        """Copy a trip's route and details, but not its date, times or odometer readings."""
        self.stops.set_route(trip.stop_names)
        self.km.setText(format_km(trip.km))
        self.mode.setCurrentIndex(max(self.mode.findData(str(trip.mode)), 0))
        self.category.setCurrentIndex(max(self.category.findData(str(trip.purpose_category)), 0))
        self.purpose.setText(trip.purpose)
        self.passengers.setValue(trip.passengers)
        self._select_unit(trip.unit_id)
        self._select_member_org(trip.member_org_id)
        self.from_home.setChecked(trip.from_home)
        self._first_place_id = self.stops.first_place_id()

    def _load(self, trip: Trip) -> None:
        if self.employee.findData(trip.employee_id) < 0:
            self.employee.addItem(
                self.tr("(okänd anställd {id})").format(id=trip.employee_id), trip.employee_id
            )
        self._select_employee(trip.employee_id)
        self.date.setDate(QDate(trip.date))
        self.start_time.setText(trip.start_time.strftime("%H:%M") if trip.start_time else "")
        self.end_time.setText(trip.end_time.strftime("%H:%M") if trip.end_time else "")
        self._fill_from(trip)
        for edit, value in (
            (self.odometer_start, trip.odometer_start),
            (self.odometer_end, trip.odometer_end),
        ):
            edit.setText("" if value is None else str(value))

    # --- route and km -------------------------------------------------------------------
    def _route_changed(self) -> None:
        self._clear_error("stops")
        self._refresh_suggestion()
        if self._loading:
            return
        first = self.stops.first_place_id()
        if first != self._first_place_id:
            self._first_place_id = first
            employee = self.current_employee()
            if employee is not None and employee.home_place_id is not None:
                self.from_home.setChecked(first == employee.home_place_id)

    def _place_added(self, _name: str) -> None:
        employee = self.current_employee()
        names = [p.name for p in places_by_use(self.db, employee.id if employee else None)]
        self.stops.set_place_names(names)

    def _odometer_active(self) -> bool:
        return bool(self.odometer_start.text() and self.odometer_end.text())

    def _refresh_suggestion(self) -> None:
        """Ask the core for a km suggestion; fill it in unless the user typed their own."""
        ids, unknown = self.stops.resolve()
        suggestion = suggest_km(self.db, ids) if not unknown else None
        self._suggestion = suggestion
        self.suggestion.setText(self._describe(suggestion) if suggestion else "")
        self.use_suggestion.setEnabled(suggestion is not None and not self._odometer_active())
        if suggestion is None:
            self._update_km_warning()
            return
        text = format_km(suggestion.km)
        current = self.km.text().strip()
        if not self._odometer_active() and current in ("", self._previous_suggestion_text):
            self.km.setText(text)
        self._previous_suggestion_text = text
        self._update_km_warning()

    def _describe(self, suggestion: Suggestion) -> str:
        """The core's Suggestion.describe() in the user interface's language."""
        km = format_km(suggestion.km)
        if suggestion.basis == "history":
            return self.tr("som förra gången {km} km").format(km=km)
        return self.tr("beräknat {km} km").format(km=km)

    def _use_suggestion(self) -> None:
        if self._suggestion is not None:
            self.km.setText(format_km(self._suggestion.km))
            self.km.setFocus()

    def _km_changed(self, _text: str) -> None:
        self._clear_error("km")
        self._update_km_warning()

    def _update_km_warning(self) -> None:
        """Warn, without blocking, when the km will be flagged for the attestant."""
        km = parse_km(self.km.text())
        mode = Mode(self.mode.currentData())
        far = (
            self._suggestion is not None
            and mode in DRIVING_MODES
            and km is not None
            and not math.isnan(km)
            and is_far_from_suggestion(km, self._suggestion.km, self._flag_share)
        )
        percent = f"{self._flag_share * 100:.0f}"
        self.km_warning.setText(
            self.tr(
                "Avviker mer än {percent} % från förslaget – resan flaggas för attestanten."
            ).format(percent=percent)
        )
        self.km_warning.setVisible(far)

    def _odometer_changed(self) -> None:
        """Both readings decide the km; the km field then shows their difference."""
        self._clear_error("odometer")
        active = self._odometer_active()
        if active:
            difference = int(self.odometer_end.text()) - int(self.odometer_start.text())
            self.km.setText(format_km(difference) if difference > 0 else "")
            self.km.setToolTip(self.tr("Mätarställningarna avgör antalet kilometer"))
        else:
            self.km.setToolTip("")
        self.km.setEnabled(not active)
        self.use_suggestion.setEnabled(self._suggestion is not None and not active)

    def _normalise_time(self, edit: QLineEdit) -> None:
        try:
            value = parse_time(edit.text())
        except ValueError:
            return
        if value is not None:
            edit.setText(value.strftime("%H:%M"))

    # --- saving -------------------------------------------------------------------------
    def _clear_error(self, name: str) -> None:
        label = self.errors[name]
        label.clear()
        label.hide()

    def _show_errors(self, messages: dict[str, list[str]]) -> None:
        for name in self.errors:
            self._clear_error(name)
        self.general_error.hide()
        general: list[str] = []
        for name, texts in messages.items():
            if not texts:
                continue
            label = self.errors.get(name)
            if label is None:
                general += texts
                continue
            label.setText("\n".join(dict.fromkeys(texts)))
            label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()

    def error_text(self, name: str) -> str:
        """The message shown next to a field ('' when none); for tests and accessibility."""
        label = self.errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def _collect(self) -> tuple[Trip, dict[str, list[str]]]:
        """The trip the form describes, and the problems only the form can see."""
        problems: dict[str, list[str]] = {}
        times: list[time | None] = []
        for edit in (self.start_time, self.end_time):
            try:
                times.append(parse_time(edit.text()))
            except ValueError as error:
                problems["times"] = [self.tr(str(error))]  # TIME_FORMAT_ERROR
                times.append(None)
        stop_ids, unknown = self.stops.resolve()
        if unknown:
            self.stops.mark_unknown()
            names = ", ".join(unknown)
            problems["stops"] = [
                self.tr(
                    "Okänd plats: {places} – välj ur listan eller lägg till den i registret."
                ).format(places=names)
            ]
        km = parse_km(self.km.text())
        odometer = [
            int(edit.text()) if edit.text() else None
            for edit in (self.odometer_start, self.odometer_end)
        ]
        original = self.original
        trip = Trip(
            id=original.id if self.is_edit and original else None,
            date=chosen_date(self.date),
            start_time=times[0],
            end_time=times[1],
            employee_id=self.employee.currentData() or 0,
            unit_id=self.unit.currentData() or 0,
            member_org_id=self.member_org.currentData() if self.member_org.isEnabled() else None,
            vehicle_id=original.vehicle_id if original else None,
            stop_ids=stop_ids,
            km=0.0 if km is None else km,
            mode=Mode(self.mode.currentData()),
            odometer_start=odometer[0],
            odometer_end=odometer[1],
            purpose=self.purpose.text().strip(),
            purpose_category=PurposeCategory(self.category.currentData()),
            passengers=self.passengers.value(),
            from_home=self.from_home.isChecked(),
            paid_on=original.paid_on if self.is_edit and original else None,
        )
        return trip, problems

    def save(self) -> None:
        """Save through the core; on any problem keep the dialog open with everything typed."""
        trip, problems = self._collect()
        try:
            if problems:
                prepare_trip(self.db, trip, self.today)  # only to show every problem at once
                self._show_errors(problems)
                return
            saved = self._store(trip)
            if saved is None:
                return
        except TripValidationError as error:
            messages = {name: error.for_field(name) for name in {e.field for e in error.errors}}
            for name, texts in problems.items():
                messages[name] = texts  # the form's own message is the more precise one
            if messages.get("odometer") and self._odometer_active():
                messages.pop("km", None)  # the km follow from the readings: fix those first
            self._show_errors(messages)
            return
        except KeyError as error:  # the trip was deleted while the dialog was open
            QMessageBox.warning(self, self.tr("Resan kunde inte sparas"), str(error.args[0]))
            return
        except sqlite3.Error as error:
            QMessageBox.critical(
                self,
                self.tr("Resan kunde inte sparas"),
                self.tr(
                    "Resan kunde inte sparas, men det du har skrivit finns kvar i fönstret, så "
                    "att du kan försöka igen."
                )
                + "\n\n"
                + write_error_message(error),
            )
            return
        self._show_errors({})
        self.saved_trip = saved
        self.accept()

    def _store(self, trip: Trip) -> Trip | None:
        """Save the form's *trip*; None when the user turned back or another dialog took over.

        Raises TripValidationError like save_trip. The attestant's correction overrides this.
        """
        if not self._confirm_home_rule(trip):
            return None
        if needs_green_prompt(self.original if self.is_edit else None, trip):
            prepare_trip(self.db, trip, self.today)  # the form's own problems come first
            self._save_through_green_prompt(trip)
            return None
        return save_trip(self.db, trip, self.today)

    def _save_through_green_prompt(self, trip: Trip) -> None:
        """An own-car trip is saved only after the greener alternatives were offered.

        The prompt (resebok.gui.green_prompt) saves whatever is chosen; closing it saves
        nothing and leaves this dialog as it was. A digital meeting saves no trip.
        """
        outcome = ask_green_prompt(self, self.db, trip, today=self.today, is_edit=self.is_edit)
        if outcome is None:
            return
        self._show_errors({})
        self.saved_trip = outcome.trip
        self.status_message = outcome.message
        self.accept()

    # --- the home rule and claim locks (issue 3) ---------------------------------------
    def _setup_claim_rules(self) -> None:
        """Explain the home rule while the trip is typed; show a claimed trip read-only."""
        for signal in (
            self.stops.changed,
            self.employee.currentIndexChanged,
            self.mode.currentIndexChanged,
            self.from_home.toggled,
            self.km.textChanged,
        ):
            signal.connect(self._update_home_rule)
        self._update_home_rule()
        original_id = self.original.id if self.is_edit and self.original else None
        self.lock = trip_lock(self.db, original_id) if original_id else None
        if self.lock is not None and self.read_only_when_locked:
            self._make_read_only(self.lock.message())

    def _home_rule_verdict(self) -> HomeRuleResult | None:
        """The core's verdict on the trip as typed; None when there is nothing to judge yet.

        Only the own car earns an allowance, so only own-car trips are explained.
        """
        employee = self.current_employee()
        stop_ids, unknown = self.stops.resolve()
        mode = Mode(self.mode.currentData())
        if employee is None or unknown or len(stop_ids) < 2 or mode != Mode.OWN_CAR:
            return None
        km = parse_km(self.km.text())
        km = 0.0 if km is None or math.isnan(km) or km < 0 else km
        return check_home_rule(self.db, employee.id, stop_ids, km, mode, self.from_home.isChecked())

    def _update_home_rule(self) -> None:
        if self._loading:
            return
        verdict = self._home_rule_verdict()
        commute = verdict is not None and not verdict.reimbursable
        self.home_rule_note.setText(verdict.message if verdict and commute else "")
        self.home_rule_note.setVisible(commute)
        reduced = verdict is not None and verdict.reimbursable and verdict.reduction_km > 0
        self.reduction_note.setText(
            self.tr("Avdrag {km} km för normal resväg till arbetet").format(
                km=format_km_exact(verdict.reduction_km)
            )
            if verdict and reduced
            else ""
        )
        self.reduction_note.setToolTip(verdict.message if verdict and reduced else "")
        self.reduction_note.setVisible(reduced)

    def home_rule_text(self) -> str:
        """The home-rule explanation shown next to the route ('' when none); for tests."""
        return self.home_rule_note.text() if self.home_rule_note.isVisibleTo(self) else ""

    def reduction_text(self) -> str:
        """The reduction shown next to the km ('' when none); for tests."""
        return self.reduction_note.text() if self.reduction_note.isVisibleTo(self) else ""

    def _confirm_home_rule(self, trip: Trip) -> bool:
        """A commute by own car is saved only as a trip without allowance, and only if the
        user says so; No keeps the dialog open. Raises TripValidationError like save_trip."""
        prepared = prepare_trip(self.db, trip, self.today)
        if prepared.mode != Mode.OWN_CAR or prepared.reimbursable:
            return True
        if self.is_edit and self.original is not None and not self.original.reimbursable:
            return True  # it was saved without allowance before: the user agreed then
        answer = QMessageBox.question(
            self,
            self.tr("Resa utan ersättning"),
            self.tr("{reason}\n\nSpara som resa utan ersättning?").format(
                reason=prepared.reimbursement_note
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _make_read_only(self, message: str) -> None:
        """A trip on a submitted, approved or paid claim is shown, not changed: say why."""
        self.setWindowTitle(self.tr("Visa resa (låst)"))
        banner = QLabel(message, objectName="lockMessage")
        banner.setWordWrap(True)
        banner.setStyleSheet(NOTICE_BANNER_STYLE)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, banner)
        for widget in (
            self.employee,
            self.repeat,
            self.date,
            self.start_time,
            self.end_time,
            self.stops,
            self.km,
            self.use_suggestion,
            self.odometer_start,
            self.odometer_end,
            self.mode,
            self.category,
            self.purpose,
            self.passengers,
            self.from_home,
            self.unit,
            self.member_org,
        ):
            widget.setEnabled(False)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("&Stäng"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

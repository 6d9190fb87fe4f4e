"""Bokningar: the week's pool-car bookings as a grid of cars × days, with cancelling.

The calendar is what a fleet manager (or a cleaner looking for a free car) checks first, so it
is one screen: a row per car, a column per day, each booking in the cells of the days it
touches. Selecting a cell lists its bookings below, where one can be cancelled (the core keeps
it as cancelled, so the history stays complete).
"""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.bookings import (
    Booking,
    BookingError,
    bookings_for_week,
    cancel_booking,
    format_window,
)
from resebok.core.fleet import all_vehicles
from resebok.gui.swedish import day_header, monday_of, week_title

BOOKED_COLOUR = QColor("#e3f2e5")
TODAY_COLOUR = QColor("#fff8e1")


def _cell_text(booking: Booking, day: date) -> str:
    """The part of *booking* that falls on *day*: '08:00–10:12', and the name below it."""
    start = max(booking.starts_at, datetime.combine(day, time()))
    end = min(booking.ends_at, datetime.combine(day + timedelta(days=1), time()))
    if start.time() == time() and end - start == timedelta(days=1):
        span = BookingsPage.tr("hela dagen")
    else:
        end_text = "24:00" if end.date() > day else f"{end:%H:%M}"
        span = f"{start:%H:%M}–{end_text}"
    return f"{span}\n{booking.employee_name}"


class BookingsPage(QWidget):
    """One week of bookings per car; previous/next week; cancel a booking."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self.week_start = monday_of(self.today)
        self._bookings: dict[str, Booking] = {}

        self.previous_button = QPushButton(self.tr("◀ &Föregående vecka"))
        self.this_week_button = QPushButton(self.tr("&Denna vecka"))
        self.next_button = QPushButton(self.tr("&Nästa vecka ▶"))
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.previous_button.clicked.connect(lambda: self.show_week(self.week_start - timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.week_start + timedelta(7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(monday_of(self.today)))

        self.grid = QTableWidget(0, 7)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.itemSelectionChanged.connect(self._cell_selected)

        self.cell_list = QListWidget()
        self.cell_list.setMaximumHeight(110)
        self.cell_list.itemSelectionChanged.connect(self._update_buttons)
        self.cancel_button = QPushButton(self.tr("&Avboka…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)

        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(16)
        nav.addWidget(self.title, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cell_list, 1)
        side = QVBoxLayout()
        side.addWidget(self.cancel_button)
        side.addStretch(1)
        bottom.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.grid, 1)
        layout.addWidget(QLabel(self.tr("Bokningar i vald ruta:")))
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.setMinimumSize(900, 480)
        self.show_week(self.week_start)

    # --- the grid -----------------------------------------------------------------------
    def show_week(self, week_start: date) -> None:
        self.week_start = monday_of(week_start)
        self.title.setText(week_title(self.week_start))
        days = [self.week_start + timedelta(days=n) for n in range(7)]
        vehicles = {vehicle.id: vehicle for vehicle in all_vehicles(self.db)}
        week = bookings_for_week(self.db, self.week_start)
        self._bookings = {}
        self.grid.clear()
        self.grid.setRowCount(len(week))
        self.grid.setHorizontalHeaderLabels([day_header(day) for day in days])
        labels = []
        for row, (vehicle_id, bookings) in enumerate(week.items()):
            vehicle = vehicles.get(vehicle_id)
            labels.append(
                f"{vehicle.registration}\n{vehicle.model}" if vehicle else str(vehicle_id)
            )
            for column, day in enumerate(days):
                on_day = [b for b in bookings if _touches(b, day)]
                item = QTableWidgetItem("\n".join(_cell_text(b, day) for b in on_day))
                item.setData(Qt.ItemDataRole.UserRole, [b.id for b in on_day])
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if on_day:
                    item.setBackground(BOOKED_COLOUR)
                    item.setToolTip("\n".join(b.describe() for b in on_day))
                elif day == self.today:
                    item.setBackground(TODAY_COLOUR)
                for booking in on_day:
                    self._bookings[booking.id] = booking
                self.grid.setItem(row, column, item)
        self.grid.setVerticalHeaderLabels(labels)
        if not week:
            self.message.setText(
                self.tr("Det finns inga kommunbilar. Lägg till dem under Kommunbilar.")
            )
        else:
            self.message.setText("")
        self.cell_list.clear()
        self._update_buttons()

    def cell_text(self, registration: str, day: date) -> str:
        """The text of a car's cell on *day* ('' when free); for tests and screen readers."""
        column = (day - self.week_start).days
        for row in range(self.grid.rowCount()):
            header = self.grid.verticalHeaderItem(row)
            if header is not None and header.text().split("\n")[0] == registration:
                item = self.grid.item(row, column)
                return item.text() if item else ""
        raise KeyError(registration)

    def select_cell(self, registration: str, day: date) -> None:
        column = (day - self.week_start).days
        for row in range(self.grid.rowCount()):
            header = self.grid.verticalHeaderItem(row)
            if header is not None and header.text().split("\n")[0] == registration:
                self.grid.setCurrentCell(row, column)
                return
        raise KeyError(registration)

    def _cell_selected(self) -> None:
        self.cell_list.clear()
        items = self.grid.selectedItems()
        ids = items[0].data(Qt.ItemDataRole.UserRole) if items else []
        for booking_id in ids or []:
            booking = self._bookings[booking_id]
            entry = QListWidgetItem(
                f"{format_window(booking.starts_at, booking.ends_at)}  {booking.employee_name}"
                + (f" – {booking.note}" if booking.note else "")
                + ("" if booking.trip_id else "  " + self.tr("(ingen resa kopplad)"))
            )
            entry.setData(Qt.ItemDataRole.UserRole, booking.id)
            self.cell_list.addItem(entry)
        if self.cell_list.count() == 1:
            self.cell_list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.cancel_button.setEnabled(bool(self.cell_list.selectedItems()))

    # --- cancelling ---------------------------------------------------------------------
    def cancel_selected(self) -> None:
        items = self.cell_list.selectedItems()
        if not items:
            return
        booking = self._bookings[items[0].data(Qt.ItemDataRole.UserRole)]
        answer = QMessageBox.question(
            self,
            self.tr("Avboka kommunbil"),
            self.tr("Avboka {booking}?\nBilen blir ledig för andra.").format(
                booking=booking.describe()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            cancel_booking(self.db, booking.id)
        except BookingError as error:
            self.message.setText(str(error))
        else:
            self.message.setText(
                self.tr("{booking} är avbokad.").format(booking=booking.describe())
            )
        message = self.message.text()
        self.show_week(self.week_start)
        self.message.setText(message)


def _touches(booking: Booking, day: date) -> bool:
    start = datetime.combine(day, time())
    return booking.starts_at < start + timedelta(days=1) and start < booking.ends_at

"""The route part of the trip dialog: an ordered list of stops typed with place completion.

Kept out of trip_dialog.py so that the dialog reads as a form and this widget as a list
editor. It only looks places up and adds them through resebok.core.places; it knows nothing
about trips, km or saving.
"""

import sqlite3

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.places import add_place, find_place, place_key
from resebok.core.transactions import write_error_message
from resebok.gui.styles import MUTED_STYLE, WARNING_STYLE

MIN_STOPS = 2


class StopRow(QWidget):
    """One stop: its number, the place field, move/remove buttons and the unknown-place note."""

    def __init__(self, completer_model: QStringListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = QLabel()
        self.number.setMinimumWidth(18)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Skriv en plats …"))
        self.edit.setClearButtonEnabled(True)
        completer = QCompleter(completer_model, self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.edit.setCompleter(completer)

        # Moving and removing are also bound to keys on the field (see StopsEditor), so the
        # small buttons stay out of the Tab chain: tabbing through a route stays quick.
        self.up = self._tool_button("↑", self.tr("Flytta upp (Alt+Upp)"))
        self.down = self._tool_button("↓", self.tr("Flytta ned (Alt+Ned)"))
        self.remove = self._tool_button("✕", self.tr("Ta bort hållplatsen (Ctrl+Delete)"))

        self.unknown = QLabel(self.tr("Okänd plats – lägg till i registret?"))
        self.unknown.setStyleSheet(WARNING_STYLE)
        self.add_place = QPushButton(self.tr("Lägg till i registret"))
        self.add_place.setToolTip(self.tr("Lägg till platsen i platsregistret (utan koordinater)"))

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.number)
        line.addWidget(self.edit, 1)
        line.addWidget(self.up)
        line.addWidget(self.down)
        line.addWidget(self.remove)
        note = QHBoxLayout()
        note.setContentsMargins(24, 0, 0, 0)
        note.addWidget(self.unknown)
        note.addWidget(self.add_place)
        note.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addLayout(note)
        self.set_unknown(False)

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        return button

    def text(self) -> str:
        return " ".join(self.edit.text().split())

    def set_unknown(self, unknown: bool) -> None:
        self.unknown.setVisible(unknown)
        self.add_place.setVisible(unknown)


class StopsEditor(QWidget):
    """At least two stops in travel order, plus "Tur och retur" (back to the first stop)."""

    changed = Signal()  # the route (texts, order, count or round trip) changed
    rows_changed = Signal()  # rows were added or removed: the dialog fixes the Tab order
    place_added = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.rows: list[StopRow] = []
        self._model = QStringListModel(self)

        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(4)
        self.return_label = QLabel()
        self.return_label.setStyleSheet(MUTED_STYLE)
        self.return_label.setContentsMargins(24, 0, 0, 0)

        self.add_button = QPushButton(self.tr("Lägg till &hållplats"))
        self.add_button.clicked.connect(self._add_clicked)
        self.round_trip = QCheckBox(self.tr("Tur &och retur"))
        self.round_trip.setToolTip(self.tr("Resan går tillbaka till den första platsen"))
        self.round_trip.toggled.connect(self._route_changed)

        actions = QHBoxLayout()
        actions.setContentsMargins(24, 0, 0, 0)
        actions.addWidget(self.add_button)
        actions.addSpacing(12)
        actions.addWidget(self.round_trip)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.return_label)
        layout.addLayout(actions)
        for _ in range(MIN_STOPS):
            self._append_row()
        self._renumber()

    # --- the place list -----------------------------------------------------------------
    def set_place_names(self, names: list[str]) -> None:
        """The completer's list, in the order it should offer places (most used first)."""
        self._model.setStringList(names)

    # --- reading and writing the route --------------------------------------------------
    def texts(self) -> list[str]:
        """The typed stops in order, empty rows left out, without the return stop."""
        return [text for text in (row.text() for row in self.rows) if text]

    def route_names(self) -> list[str]:
        """The full route as it will be saved: with the first stop again for a round trip."""
        names = self.texts()
        if self.round_trip.isChecked() and len(names) >= 2:
            names.append(names[0])
        return names

    def set_route(self, names: list[str]) -> None:
        """Show a stored route; one that ends where it began is shown as a round trip."""
        names = list(names)
        is_round = len(names) >= 3 and place_key(names[0]) == place_key(names[-1])
        if is_round:
            names.pop()
        blocked = self.blockSignals(True)
        try:
            while len(self.rows) < max(MIN_STOPS, len(names)):
                self._append_row()
            while len(self.rows) > max(MIN_STOPS, len(names)):
                self._drop_row(len(self.rows) - 1)
            for row, name in zip(self.rows, names + [""] * len(self.rows), strict=False):
                row.edit.setText(name)
                row.set_unknown(False)
            self.round_trip.setChecked(is_round)
        finally:
            self.blockSignals(blocked)
        self._renumber()
        self.rows_changed.emit()
        self.changed.emit()

    def resolve(self) -> tuple[list[int], list[str]]:
        """The place ids of the full route, and the typed names that the register lacks."""
        ids: list[int] = []
        unknown: list[str] = []
        for name in self.route_names():
            place = find_place(self.db, name)
            if place is None:
                if name not in unknown:
                    unknown.append(name)
            else:
                ids.append(place.id)
        return ids, unknown

    def first_place_id(self) -> int | None:
        texts = self.texts()
        place = find_place(self.db, texts[0]) if texts else None
        return place.id if place else None

    def mark_unknown(self) -> list[str]:
        """Show the "unknown place" note on every row whose text is not in the register."""
        unknown = []
        for row in self.rows:
            is_unknown = bool(row.text()) and find_place(self.db, row.text()) is None
            row.set_unknown(is_unknown)
            if is_unknown:
                unknown.append(row.text())
        return unknown

    # --- editing ------------------------------------------------------------------------
    def line_edits(self) -> list[QLineEdit]:
        return [row.edit for row in self.rows]

    def focus_chain(self) -> list[QWidget]:
        """The widgets of this editor in Tab order, for the dialog's setTabOrder chain."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.edit, row.add_place]
        return chain + [self.add_button, self.round_trip]

    def add_stop(self, text: str = "") -> QLineEdit:
        row = self._append_row()
        row.edit.setText(text)
        self._renumber()
        self.rows_changed.emit()
        self.changed.emit()
        return row.edit

    def remove_stop(self, index: int) -> None:
        """Remove a stop; the route always keeps two fields (a lone stop is just cleared)."""
        if not 0 <= index < len(self.rows):
            return
        if len(self.rows) <= MIN_STOPS:
            self.rows[index].edit.clear()
            return
        self._drop_row(index)
        self._renumber()
        self.rows[min(index, len(self.rows) - 1)].edit.setFocus()
        self.rows_changed.emit()
        self.changed.emit()

    def move_stop(self, index: int, delta: int) -> None:
        """Swap a stop's place with its neighbour's; the fields stay, their texts move."""
        other = index + delta
        if not (0 <= index < len(self.rows) and 0 <= other < len(self.rows)):
            return
        first, second = self.rows[index], self.rows[other]
        texts = first.edit.text(), second.edit.text()
        blocked = self.blockSignals(True)
        try:
            first.edit.setText(texts[1])
            second.edit.setText(texts[0])
        finally:
            self.blockSignals(blocked)
        for row in (first, second):
            row.set_unknown(bool(row.text()) and find_place(self.db, row.text()) is None)
        second.edit.setFocus()
        self._route_changed()

    # --- internals ----------------------------------------------------------------------
    def _append_row(self) -> StopRow:
        row = StopRow(self._model, self)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        row.show()  # a row added to a visible editor would otherwise appear only later
        row.edit.textChanged.connect(lambda _text, r=row: self._text_changed(r))
        row.edit.editingFinished.connect(lambda r=row: self._check_known(r))
        row.up.clicked.connect(lambda _=False, r=row: self.move_stop(self.rows.index(r), -1))
        row.down.clicked.connect(lambda _=False, r=row: self.move_stop(self.rows.index(r), 1))
        row.remove.clicked.connect(lambda _=False, r=row: self.remove_stop(self.rows.index(r)))
        row.add_place.clicked.connect(lambda _=False, r=row: self._add_to_register(r))
        for keys, action in (
            ("Alt+Up", lambda r=row: self.move_stop(self.rows.index(r), -1)),
            ("Alt+Down", lambda r=row: self.move_stop(self.rows.index(r), 1)),
            ("Ctrl+Delete", lambda r=row: self.remove_stop(self.rows.index(r))),
        ):
            shortcut = QShortcut(QKeySequence(keys), row.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        return row

    def _drop_row(self, index: int) -> None:
        row = self.rows.pop(index)
        self.rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _renumber(self) -> None:
        count = len(self.rows)
        for position, row in enumerate(self.rows):
            row.number.setText(f"{position + 1}.")
            row.edit.setAccessibleName(
                self.tr("Plats {number} på resvägen").format(number=position + 1)
            )
            row.up.setEnabled(position > 0)
            row.down.setEnabled(position < count - 1)
            row.remove.setEnabled(count > MIN_STOPS)
        self._update_return_label()

    def _update_return_label(self) -> None:
        texts = self.texts()
        show = self.round_trip.isChecked()
        self.return_label.setVisible(show)
        first = texts[0] if texts else self.tr("den första platsen")
        self.return_label.setText(self.tr("↩ tillbaka till {place}").format(place=first))

    def _text_changed(self, row: StopRow) -> None:
        # A note about an unknown place goes away as soon as the text names a known place;
        # it is shown again only when the user leaves the field (not on every keystroke).
        if row.unknown.isVisible() and (
            not row.text() or find_place(self.db, row.text()) is not None
        ):
            row.set_unknown(False)
        self._route_changed()

    def _check_known(self, row: StopRow) -> None:
        if not self.isVisible():  # focus leaving a closed dialog is not the user leaving a field
            return
        row.set_unknown(bool(row.text()) and find_place(self.db, row.text()) is None)

    def _route_changed(self, *_args: object) -> None:
        self._update_return_label()
        self.changed.emit()

    def _add_clicked(self) -> None:
        self.add_stop().setFocus()

    def _add_to_register(self, row: StopRow) -> None:
        name = row.text()
        if not name:
            return
        try:
            if find_place(self.db, name) is None:
                add_place(self.db, name)
        except (sqlite3.Error, ValueError) as error:
            QMessageBox.warning(
                self,
                self.tr("Platsen kunde inte läggas till"),
                self.tr("{place} kunde inte sparas: {error}").format(
                    place=name, error=write_error_message(error)
                ),
            )
            return
        row.set_unknown(False)
        row.edit.setFocus()
        self.place_added.emit(name)
        self.changed.emit()

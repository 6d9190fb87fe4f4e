"""The trip dialog, used the way an employee uses it: typing, Tab, Enter and Esc."""

import sqlite3
from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from resebok.core.models import Mode, PurposeCategory, Trip
from resebok.core.places import find_place
from resebok.core.trips import TripFilter, count_trips, get_trip, save_trip
from resebok.core.validation import FieldError, TripValidationError
from resebok.gui import trip_dialog
from resebok.gui.trip_dialog import TripDialog, parse_km, parse_time

TODAY = date(2024, 5, 6)
SCREENSHOT = "/tmp/trip_dialog.png"


def type_text(qtbot, widget, text: str) -> None:
    """Type like qtbot.keyClicks, also the letters that QTest cannot map to a key (ä, ö)."""
    for char in text:
        if char.isascii() or char in "ÅÄÖå":
            qtbot.keyClicks(widget, char)
        else:
            key = Qt.Key(ord(char.upper())) if ord(char.upper()) < 256 else Qt.Key.Key_unknown
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier(0))


def type_route(qtbot, dialog: TripDialog, *names: str) -> None:
    """Type the stops into the route fields, adding fields as a user would."""
    while len(dialog.stops.line_edits()) < len(names):
        qtbot.mouseClick(dialog.stops.add_button, Qt.MouseButton.LeftButton)
    for edit, name in zip(dialog.stops.line_edits(), names, strict=False):
        focus_on(qtbot, edit)
        edit.clear()
        type_text(qtbot, edit, name)
        edit.completer().popup().hide()  # the user ignores the suggestions ...
    focus_on(qtbot, dialog.km)  # ... and leaves the route for the km


def focus_on(qtbot, widget) -> None:
    """Put the keyboard focus on *widget*, in an active window, as a user would."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def press_enter(qtbot, dialog: TripDialog) -> None:
    qtbot.keyClick(dialog.stops.line_edits()[0], Qt.Key.Key_Return)


def trips_in(db) -> int:
    return count_trips(db, TripFilter())


def stored_trip(db, org, **changes) -> Trip:
    """A trip saved through the core, as if logged earlier."""
    trip = Trip(
        date=date(2024, 3, 4),
        employee_id=org.cleaner.id,
        unit_id=org.cleaning.id,
        stop_ids=[org.place(db, "Fjugesta"), org.place(db, "Örebro")],
        km=34.0,
        purpose="Upphandlingsmöte",
    )
    return save_trip(db, replace(trip, **changes), TODAY)


# --- entering a trip ----------------------------------------------------------------------


def test_cleaner_logs_a_trip_from_the_keyboard(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    assert dialog.windowTitle() == "Ny resa"
    assert dialog.date.date().toPython() == TODAY

    type_route(qtbot, dialog, "Fjugesta", "Örebro")
    retype(qtbot, dialog.km, "31,5")
    dialog.mode.setFocus()
    qtbot.keyClick(dialog.mode, Qt.Key.Key_Down)  # Egen bil -> Kommunbil
    type_text(qtbot, dialog.purpose, "Möte på Region Örebro län")
    press_enter(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    saved = get_trip(db, dialog.saved_trip.id)
    assert saved.stop_names == ["Fjugesta", "Örebro"]
    assert saved.km == 31.5
    assert saved.mode == Mode.POOL_CAR
    assert saved.employee_id == org.cleaner.id
    assert saved.unit_id == org.cleaning.id
    assert saved.date == TODAY
    assert saved.purpose == "Möte på Region Örebro län"
    assert saved.from_home  # Anna lives in Fjugesta: ticked by itself
    assert trips_in(db) == 1


def test_times_are_optional_and_typed_loosely(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    focus_on(qtbot, dialog.start_time)
    qtbot.keyClicks(dialog.start_time, "815")
    qtbot.keyClick(dialog.start_time, Qt.Key.Key_Tab)  # leaving the field tidies the time
    assert dialog.end_time.hasFocus()
    assert dialog.start_time.text() == "08:15"
    press_enter(qtbot, dialog)

    saved = get_trip(db, dialog.saved_trip.id)
    assert saved.start_time == time(8, 15)
    assert saved.end_time is None


def test_suggestion_is_computed_then_remembered_from_last_time(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Örebro")
    assert dialog.suggestion.text().startswith("beräknat ")
    assert dialog.suggestion.text().endswith(" km")
    assert dialog.suggestion.text() == f"beräknat {dialog.km.text()} km"  # filled in

    stored_trip(db, org, km=34.0)
    again = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, again, "Fjugesta", "Örebro")
    assert again.suggestion.text() == "som förra gången 34 km"
    assert again.km.text() == "34"


def test_suggestion_follows_the_route_until_the_user_types_km(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Örebro")
    to_orebro = dialog.km.text()

    retype(qtbot, dialog.stops.line_edits()[1], "Kumla")
    assert dialog.km.text() != to_orebro
    assert dialog.suggestion.text() == f"beräknat {dialog.km.text()} km"

    retype(qtbot, dialog.km, "33")
    retype(qtbot, dialog.stops.line_edits()[1], "Örebro")
    assert dialog.km.text() == "33"  # the user's own figure is never overwritten

    qtbot.mouseClick(dialog.use_suggestion, Qt.MouseButton.LeftButton)
    assert dialog.km.text() == to_orebro


def test_km_far_from_the_suggestion_warns_without_blocking(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Örebro")
    assert dialog.km_warning.isHidden()

    retype(qtbot, dialog.km, "90")
    assert dialog.km_warning.isVisible()
    assert dialog.km_warning.text() == (
        "Avviker mer än 25 % från förslaget – resan flaggas för attestanten."
    )
    press_enter(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_trip(db, dialog.saved_trip.id).km_flagged


def test_round_trip_returns_to_the_first_stop(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    one_way = parse_km(dialog.km.text())
    qtbot.mouseClick(dialog.stops.round_trip, Qt.MouseButton.LeftButton)

    assert dialog.stops.round_trip.isChecked()
    assert dialog.stops.return_label.isVisible()
    assert dialog.stops.return_label.text() == "↩ tillbaka till Fjugesta"
    assert parse_km(dialog.km.text()) == pytest.approx(2 * one_way, abs=0.2)
    press_enter(qtbot, dialog)

    saved = get_trip(db, dialog.saved_trip.id)
    assert saved.stop_names == ["Fjugesta", "Kumla", "Fjugesta"]


def test_stops_can_be_added_removed_and_reordered(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    stops = dialog.stops
    type_route(qtbot, dialog, "Fjugesta", "Kumla", "Hallsberg")
    assert len(stops.line_edits()) == 3
    assert [row.number.text() for row in stops.rows] == ["1.", "2.", "3."]

    qtbot.mouseClick(stops.rows[2].up, Qt.MouseButton.LeftButton)
    assert stops.texts() == ["Fjugesta", "Hallsberg", "Kumla"]

    focus_on(qtbot, stops.line_edits()[0])
    qtbot.keyClick(stops.line_edits()[0], Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stops.texts() == ["Hallsberg", "Fjugesta", "Kumla"]

    qtbot.mouseClick(stops.rows[1].remove, Qt.MouseButton.LeftButton)
    assert stops.texts() == ["Hallsberg", "Kumla"]
    assert len(stops.line_edits()) == 2
    assert not stops.rows[0].remove.isEnabled()  # a route keeps two fields

    focus_on(qtbot, stops.line_edits()[1])
    qtbot.keyClick(stops.line_edits()[1], Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press_enter(qtbot, dialog)
    assert get_trip(db, dialog.saved_trip.id).stop_names == ["Kumla", "Hallsberg"]


def test_repeat_a_previous_trip_fills_everything_but_the_date(qtbot, db, org, open_dialog):
    kumla, town_hall = org.place(db, "Kumla"), org.place(db, "Hallsbergs kommunhus")
    stored_trip(
        db,
        org,
        employee_id=org.archivist.id,
        unit_id=org.archive.id,
        member_org_id=org.hallsberg.id,
        stop_ids=[kumla, town_hall, kumla],
        km=14.0,
        purpose="Hämta handlingar",
        purpose_category=PurposeCategory.DOCUMENT_RETRIEVAL,
        passengers=1,
        from_home=True,
    )
    dialog = open_dialog(employee_id=org.archivist.id)
    assert dialog.repeat.itemText(1) == "2024-03-04 Kumla – Hallsbergs kommunhus – Kumla (14 km)"

    dialog.repeat.setFocus()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)  # choose it from the keyboard

    assert dialog.stops.texts() == ["Kumla", "Hallsbergs kommunhus"]
    assert dialog.stops.round_trip.isChecked()
    assert dialog.km.text() == "14"
    assert dialog.mode.currentData() == Mode.OWN_CAR
    assert dialog.purpose.text() == "Hämta handlingar"
    assert dialog.category.currentData() == PurposeCategory.DOCUMENT_RETRIEVAL
    assert dialog.unit.currentData() == org.archive.id
    assert dialog.member_org.currentData() == org.hallsberg.id
    assert dialog.passengers.value() == 1
    assert dialog.from_home.isChecked()
    assert dialog.date.date().toPython() == TODAY
    press_enter(qtbot, dialog)

    saved = get_trip(db, dialog.saved_trip.id)
    assert saved.date == TODAY
    assert saved.stop_names == ["Kumla", "Hallsbergs kommunhus", "Kumla"]
    assert trips_in(db) == 2


def test_odometer_readings_decide_the_km(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Örebro")
    qtbot.keyClicks(dialog.odometer_start, "48210")
    qtbot.keyClicks(dialog.odometer_end, "48243")

    assert dialog.km.text() == "33"
    assert not dialog.km.isEnabled()
    assert not dialog.use_suggestion.isEnabled()
    press_enter(qtbot, dialog)

    saved = get_trip(db, dialog.saved_trip.id)
    assert (saved.km, saved.odometer_start, saved.odometer_end) == (33.0, 48210, 48243)

    again = open_dialog(employee_id=org.cleaner.id)
    qtbot.keyClicks(again.odometer_start, "100")
    assert again.km.isEnabled()  # one reading alone decides nothing


def test_archive_unit_offers_its_member_organisations(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    assert dialog.unit.currentData() == org.cleaning.id
    assert not dialog.member_org.isVisibleTo(dialog)

    dialog.employee.setCurrentIndex(dialog.employee.findData(org.archivist.id))
    assert dialog.unit.currentData() == org.archive.id
    assert dialog.member_org.isVisibleTo(dialog)
    options = [dialog.member_org.itemText(i) for i in range(dialog.member_org.count())]
    assert options == ["(ingen)", "Hallsbergs kommun", "Kumla kommun"]

    dialog.member_org.setCurrentIndex(dialog.member_org.findData(org.kumla.id))
    type_route(qtbot, dialog, "Kumla", "Kumla kommunhus")
    assert dialog.from_home.isChecked()  # Bo lives in Kumla
    press_enter(qtbot, dialog)

    saved = get_trip(db, dialog.saved_trip.id)
    assert saved.member_org_id == org.kumla.id
    assert saved.unit_id == org.archive.id
    assert saved.from_home


def test_unknown_place_can_be_added_to_the_register(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Ekeskolan Mullhyttan")
    row = dialog.stops.rows[1]
    assert row.unknown.isVisible()
    assert row.unknown.text() == "Okänd plats – lägg till i registret?"

    qtbot.mouseClick(row.add_place, Qt.MouseButton.LeftButton)
    assert find_place(db, "Ekeskolan Mullhyttan") is not None
    assert row.unknown.isHidden()
    assert dialog.suggestion.text() == ""  # no coordinates, no history: nothing to suggest

    qtbot.keyClicks(dialog.km, "17")
    press_enter(qtbot, dialog)
    assert get_trip(db, dialog.saved_trip.id).stop_names == ["Fjugesta", "Ekeskolan Mullhyttan"]


# --- bad input ----------------------------------------------------------------------------


def _one_stop(qtbot, dialog):
    type_route(qtbot, dialog, "Fjugesta")
    qtbot.keyClicks(dialog.km, "10")


def _negative_km(qtbot, dialog):
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    retype(qtbot, dialog.km, "-5")


def _end_before_start(qtbot, dialog):
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    qtbot.keyClicks(dialog.start_time, "10:00")
    qtbot.keyClicks(dialog.end_time, "09:30")


def _unknown_place(qtbot, dialog):
    type_route(qtbot, dialog, "Fjugesta", "Atlantis")
    qtbot.keyClicks(dialog.km, "10")


def _bad_time(qtbot, dialog):
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    qtbot.keyClicks(dialog.start_time, "25:00")


def _odometer_backwards(qtbot, dialog):
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    qtbot.keyClicks(dialog.odometer_start, "500")
    qtbot.keyClicks(dialog.odometer_end, "400")


@pytest.mark.parametrize(
    ("fill", "field", "message"),
    [
        (_one_stop, "stops", "Ange minst två platser: varifrån och vart."),
        (_negative_km, "km", "Antal kilometer kan inte vara negativt."),
        (_end_before_start, "times", "Sluttiden måste vara efter starttiden."),
        (_unknown_place, "stops", "Okänd plats: Atlantis – välj ur listan"),
        (_bad_time, "times", "Ange tiden som tt:mm, till exempel 08:15."),
        (_odometer_backwards, "odometer", "Mätarställningen vid ankomst måste vara större"),
    ],
    ids=["one-stop", "negative-km", "end-before-start", "unknown-place", "bad-time", "odometer"],
)
def test_bad_input_is_explained_next_to_the_field(
    qtbot, db, org, open_dialog, fill, field, message
):
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(qtbot, dialog)
    typed = dialog.stops.texts(), dialog.km.text(), dialog.start_time.text()
    press_enter(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved_trip is None
    assert dialog.error_text(field).startswith(message)
    assert (dialog.stops.texts(), dialog.km.text(), dialog.start_time.text()) == typed
    assert trips_in(db) == 0
    others = [name for name in trip_dialog.ERROR_FIELDS if name != field]
    assert all(dialog.error_text(name) == "" for name in others)


def test_unknown_place_is_marked_on_its_row(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    _unknown_place(qtbot, dialog)
    assert dialog.stops.rows[1].unknown.isVisible()
    assert dialog.stops.rows[0].unknown.isHidden()


def test_errors_go_away_once_the_field_is_corrected(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    _negative_km(qtbot, dialog)
    press_enter(qtbot, dialog)
    assert dialog.error_text("km")

    retype(qtbot, dialog.km, "12")
    assert dialog.error_text("km") == ""
    press_enter(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_database_error_keeps_the_dialog_open(qtbot, db, org, open_dialog, monkeypatch):
    shown = []

    def locked(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(trip_dialog, "save_trip", locked)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    press_enter(qtbot, dialog)

    assert len(shown) == 1
    title, text = shown[0][1], shown[0][2]
    assert title == "Resan kunde inte sparas"
    assert "det du har skrivit finns kvar" in text
    assert dialog.isVisible()
    assert dialog.stops.texts() == ["Fjugesta", "Kumla"]
    assert trips_in(db) == 0


def test_a_problem_without_a_field_is_shown_above_the_buttons(
    qtbot, db, org, open_dialog, monkeypatch
):
    locked = "Resan ingår i en inskickad reseräkning och kan inte ändras."

    def refuse(*_args, **_kwargs):
        raise TripValidationError([FieldError("claim", locked)])

    monkeypatch.setattr(trip_dialog, "save_trip", refuse)
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    press_enter(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == locked


def test_escape_cancels_and_saves_nothing(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    qtbot.keyClick(dialog.km, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.saved_trip is None
    assert trips_in(db) == 0


# --- changing a trip ----------------------------------------------------------------------


def test_editing_a_trip_changes_it_in_place(qtbot, db, org, open_dialog):
    trip = stored_trip(db, org, start_time=time(9, 0), end_time=time(11, 30))
    dialog = open_dialog(trip=trip)
    assert dialog.windowTitle() == "Redigera resa"
    assert dialog.stops.texts() == ["Fjugesta", "Örebro"]
    assert dialog.km.text() == "34"
    assert (dialog.start_time.text(), dialog.end_time.text()) == ("09:00", "11:30")
    assert dialog.date.date().toPython() == trip.date

    retype(qtbot, dialog.km, "36,5")
    retype(qtbot, dialog.purpose, "Upphandlingsmöte, uppföljning")
    press_enter(qtbot, dialog)

    assert dialog.saved_trip.id == trip.id
    assert trips_in(db) == 1
    changed = get_trip(db, trip.id)
    assert changed.km == 36.5
    assert changed.purpose == "Upphandlingsmöte, uppföljning"
    assert changed.date == trip.date
    assert changed.start_time == time(9, 0)


def test_a_template_without_id_becomes_a_new_trip(qtbot, db, org, open_dialog):
    trip = stored_trip(db, org)
    dialog = open_dialog(trip=replace(trip, id=None, date=TODAY))
    assert dialog.windowTitle() == "Ny resa"
    press_enter(qtbot, dialog)

    assert dialog.saved_trip.id != trip.id
    assert trips_in(db) == 2


# --- keyboard and looks -------------------------------------------------------------------


def test_tab_goes_down_the_form(qtbot, db, org, open_dialog):
    stored_trip(db, org)  # so that "repeat" has something to offer and takes focus
    dialog = open_dialog(employee_id=org.cleaner.id)
    focus_on(qtbot, dialog.employee)
    order = [QApplication.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    first_stop, second_stop = dialog.stops.line_edits()
    expected = [
        dialog.employee,
        dialog.repeat,
        dialog.date,
        dialog.start_time,
        dialog.end_time,
        first_stop,
        second_stop,
        dialog.stops.add_button,
        dialog.stops.round_trip,
    ]
    # a QDateEdit gives focus to its inner line edit
    assert [w if w.parent() is not dialog.date else dialog.date for w in order] == expected


def test_enter_in_any_field_saves(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta", "Kumla")
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == [dialog.save_button]

    focus_on(qtbot, dialog.passengers)
    qtbot.keyClick(dialog.passengers, Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_trip(db, dialog.saved_trip.id).passengers == 1


def test_labels_have_mnemonics(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    for field in (dialog.employee, dialog.date, dialog.km, dialog.mode, dialog.unit):
        label = dialog.form.labelForField(field.parentWidget())
        assert label is not None and "&" in label.text(), field
    assert dialog.save_button.text() == "&Spara"
    assert dialog.save_button.isDefault()


def test_parsing_swedish_numbers_and_times():
    assert parse_km("12,5") == 12.5
    assert parse_km(" 14 ") == 14.0
    assert parse_km("") is None
    assert parse_time("8") == time(8, 0)
    assert parse_time("08.15") == time(8, 15)
    assert parse_time("0815") == time(8, 15)
    assert parse_time("") is None
    with pytest.raises(ValueError):
        parse_time("24:00")


def test_screenshot_of_a_filled_dialog(qtbot, db, org, open_dialog):
    stored_trip(db, org, employee_id=org.archivist.id, unit_id=org.archive.id)
    dialog = open_dialog(employee_id=org.archivist.id)
    type_route(qtbot, dialog, "Kumla", "Sydnärkes kommunalförbund", "Arkivdepå Fjugesta")
    qtbot.keyClicks(dialog.start_time, "07:45")
    qtbot.keyClicks(dialog.end_time, "12:10")
    dialog.member_org.setCurrentIndex(dialog.member_org.findData(org.kumla.id))
    dialog.category.setCurrentIndex(dialog.category.findData(PurposeCategory.DOCUMENT_RETRIEVAL))
    type_text(qtbot, dialog.purpose, "Leverans av arkivhandlingar, Kumla kommun")
    retype(qtbot, dialog.km, "80")  # far from the suggestion: the warning shows
    dialog.stops.rows[1].set_unknown(True)  # show the note too, to see how it fits
    dialog.adjustSize()
    assert dialog.grab().save(SCREENSHOT)


def test_screenshot_of_errors_next_to_their_fields(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    type_route(qtbot, dialog, "Fjugesta")
    qtbot.keyClicks(dialog.start_time, "10:00")
    qtbot.keyClicks(dialog.end_time, "09:30")
    retype(qtbot, dialog.km, "-5")
    qtbot.keyClicks(dialog.odometer_start, "500")
    press_enter(qtbot, dialog)
    for field in ("times", "stops", "km", "odometer"):
        assert dialog.error_text(field), field
    qtbot.wait(50)
    dialog.adjustSize()
    qtbot.wait(50)
    assert dialog.grab().save(SCREENSHOT.replace(".png", "_errors.png"))

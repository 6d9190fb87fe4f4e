"""The green prompt as an employee meets it: Spara on an own-car trip, then an answer.

Every test here runs the real prompt (the ``green_prompt`` marker, see conftest.py): the trip
dialog is filled in, Enter saves, and the prompt is answered the way a user would — a click
on an alternative, a digit and Enter for a reason, or Esc.
"""

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from resebok.core.advisor import PlannedTrip, advise
from resebok.core.bookings import book_vehicle, bookings_for_trip
from resebok.core.fleet import add_vehicle
from resebok.core.green_records import (
    decisions_for_trip,
    list_avoided_trips,
    list_decisions,
)
from resebok.core.models import Mode, PurposeCategory, Trip
from resebok.core.own_car_reasons import OwnCarReason
from resebok.core.places import add_place
from resebok.core.preapproval import pending_approvals
from resebok.core.settings import set_setting
from resebok.core.trips import TripFilter, count_trips, get_trip, save_trip
from resebok.gui.green_prompt import (
    DEFAULT_START,
    GreenPrompt,
    assumed_start,
    needs_green_prompt,
    planned_trip,
)
from resebok.gui.main_window import MainWindow
from resebok.gui.trip_dialog import TripDialog

pytestmark = pytest.mark.green_prompt

TODAY = date(2025, 6, 5)  # a Thursday
ALL_YEAR = (date(2025, 1, 1), date(2025, 12, 31))
SCREENSHOT = "/tmp/green_prompt.png"


# --- helpers ---------------------------------------------------------------------------------


def when_prompt_opens(handle) -> list[GreenPrompt]:
    """Run *handle(prompt)* once the prompt is up; a failing handler closes the prompt."""
    seen: list[GreenPrompt] = []

    def act():
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, GreenPrompt) or not prompt.isVisible():
            QTimer.singleShot(20, act)
            return
        seen.append(prompt)
        try:
            handle(prompt)
        except BaseException:
            prompt.reject()
            raise

    QTimer.singleShot(0, act)
    return seen


def fill(dialog: TripDialog, *stops: str, round_trip=False, start="08:00", **fields) -> None:
    dialog.stops.set_route(list(stops))
    dialog.stops.round_trip.setChecked(round_trip)
    dialog.start_time.setText(start)
    category = fields.get("category", PurposeCategory.SITE_WORK)
    dialog.category.setCurrentIndex(dialog.category.findData(str(category)))
    dialog.purpose.setText(fields.get("purpose", "Städning"))
    assert dialog.mode.currentData() == Mode.OWN_CAR


def press_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def focused_in(qtbot, prompt: GreenPrompt):
    """The prompt's focus widget once the prompt is the active window (keys go there)."""
    prompt.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is prompt)
    return QApplication.focusWidget()


def trips_in(db) -> int:
    return count_trips(db, TripFilter())


def pool_car(db, org, registration="MLB 214"):
    return add_vehicle(
        db, registration, "Renault Zoe", "electric", org.place(db, "Kommunhuset Lekeberg")
    )


# --- the flows -------------------------------------------------------------------------------


def test_cleaner_books_the_pool_car_the_prompt_offers(qtbot, db, org, open_dialog):
    car = pool_car(db, org)
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(dialog, "Kommunhuset Lekeberg", "Mullhyttans skola", round_trip=True)

    def take_pool_car(prompt: GreenPrompt):
        assert [card.alternative.mode for card in prompt.cards.values()] == [
            Mode.DIGITAL,
            Mode.WALK_CYCLE,
            Mode.PUBLIC_TRANSPORT,
            Mode.POOL_CAR,
        ]
        card = prompt.cards[Mode.POOL_CAR]
        assert card.alternative.fits
        assert "MLB 214" in card.take_button.text()
        assert " kr · " in card.facts.text() and "kg CO₂" in card.facts.text()
        assert prompt.cards[Mode.DIGITAL].take_button is None  # site work: no digital meeting
        qtbot.mouseClick(card.take_button, Qt.MouseButton.LeftButton)

    seen = when_prompt_opens(take_pool_car)
    press_enter(qtbot, dialog.purpose)

    assert seen and dialog.result() == QDialog.DialogCode.Accepted
    trip = get_trip(db, dialog.saved_trip.id)
    assert trip.mode is Mode.POOL_CAR
    assert trip.vehicle_id == car.id
    assert trip.stop_names == ["Kommunhuset Lekeberg", "Mullhyttans skola", "Kommunhuset Lekeberg"]
    [booking] = bookings_for_trip(db, trip.id)
    assert booking.registration == "MLB 214"
    assert booking.starts_at == datetime(2025, 6, 5, 8, 0)
    [decision] = decisions_for_trip(db, trip.id)
    assert decision.choice is Mode.POOL_CAR
    assert decision.km_avoided > 0
    assert len(decision.offers) == 5
    assert dialog.status_message.startswith("Kommunbil MLB 214 bokad 5/6 08:00")


def test_archivist_keeps_the_own_car_in_two_keystrokes(qtbot, db, org, open_dialog):
    add_vehicle(db, "ARK 001", "Toyota Corolla", "hvo", org.place(db, "Fjugesta"))
    dialog = open_dialog(employee_id=org.archivist.id)
    fill(
        dialog,
        "Kumla",
        "Hallsbergs kommunhus",
        round_trip=True,
        category=PurposeCategory.DOCUMENT_RETRIEVAL,
        purpose="Hämta handlingar",
    )
    assert dialog.from_home.isChecked()  # Bo lives in Kumla

    def keep_with_enter(prompt: GreenPrompt):
        detour = prompt.reason_buttons[OwnCarReason.POOL_CAR_DETOUR]
        assert prompt.selected_reason() is OwnCarReason.POOL_CAR_DETOUR  # proposed ...
        assert focused_in(qtbot, prompt) is detour  # ... and focused
        assert "omväg" in prompt.proposal.text()
        assert not prompt.cards[Mode.POOL_CAR].alternative.fits
        press_enter(qtbot, detour)  # keystroke 2: Behåll egen bil

    seen = when_prompt_opens(keep_with_enter)
    press_enter(qtbot, dialog.purpose)  # keystroke 1: Spara

    assert seen and dialog.result() == QDialog.DialogCode.Accepted
    trip = get_trip(db, dialog.saved_trip.id)
    assert trip.mode is Mode.OWN_CAR
    [decision] = decisions_for_trip(db, trip.id)
    assert decision.choice is Mode.OWN_CAR
    assert decision.reason_code is OwnCarReason.POOL_CAR_DETOUR
    assert decision.proposed_reason is OwnCarReason.POOL_CAR_DETOUR
    assert dialog.status_message == "Resan är sparad med egen bil."


def test_a_trip_logged_afterwards_asks_only_why_the_own_car(qtbot, db, org, open_dialog):
    """Logged the week after: the alternatives are shown for next time, not offered."""
    pool_car(db, org)
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(
        dialog,
        "Lekebergsskolan",
        "Hagaskolan",
        round_trip=True,
        category=PurposeCategory.MEETING,
    )
    dialog.date.setDate(TODAY - timedelta(days=7))  # a QDate accepts a date

    def answer(prompt: GreenPrompt):
        assert prompt.afterwards and prompt.afterwards_note.isVisible()
        assert "redan gjord" in prompt.heading.text()
        assert prompt.windowTitle() == "Egen bil – anledning"
        fitting = [card for card in prompt.cards.values() if card.alternative.fits]
        assert any(card.alternative.mode is Mode.DIGITAL for card in fitting)
        assert all(not card.take_button.isEnabled() for card in fitting)  # nothing to book now
        prompt.choose_reason(OwnCarReason.PRESENCE_REQUIRED)
        press_enter(qtbot, prompt.reason_buttons[OwnCarReason.PRESENCE_REQUIRED])
        prompt.grab().save("/tmp/green_prompt_afterwards.png")

    seen = when_prompt_opens(answer)
    press_enter(qtbot, dialog.purpose)

    assert seen and dialog.result() == QDialog.DialogCode.Accepted
    [decision] = decisions_for_trip(db, dialog.saved_trip.id)
    assert decision.choice is Mode.OWN_CAR
    assert decision.reason_code is OwnCarReason.PRESENCE_REQUIRED
    assert list_avoided_trips(db, *ALL_YEAR) == []
    assert bookings_for_trip(db, dialog.saved_trip.id) == []


def test_a_repeated_trip_preselects_the_reason_given_last_time(qtbot, db, org, open_dialog):
    pool_car(db, org)  # a free car: the advisor knows no reason of its own

    def answer_with_digit(prompt: GreenPrompt):
        assert prompt.selected_reason() is None
        assert not prompt.proposal.isVisible()
        focus = focused_in(qtbot, prompt)
        qtbot.keyClick(focus, Qt.Key.Key_6)  # Fysisk närvaro krävs
        assert prompt.selected_reason() is OwnCarReason.PRESENCE_REQUIRED
        press_enter(qtbot, QApplication.focusWidget())

    first = open_dialog(employee_id=org.cleaner.id)
    fill(first, "Kommunhuset Lekeberg", "Mullhyttans skola")
    when_prompt_opens(answer_with_digit)
    press_enter(qtbot, first.purpose)
    assert first.result() == QDialog.DialogCode.Accepted

    template = first.saved_trip
    again = open_dialog(trip=replace(template, id=None))

    def enter_only(prompt: GreenPrompt):
        assert prompt.selected_reason() is OwnCarReason.PRESENCE_REQUIRED
        assert "förra gången" in prompt.proposal.text()
        press_enter(qtbot, focused_in(qtbot, prompt))

    when_prompt_opens(enter_only)
    press_enter(qtbot, again.purpose)
    assert again.result() == QDialog.DialogCode.Accepted
    reasons = [d.reason_code for d in list_decisions(db, *ALL_YEAR)]
    assert reasons == [OwnCarReason.PRESENCE_REQUIRED] * 2


def test_digital_meeting_records_an_avoided_trip_and_no_trip(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(
        dialog,
        "Kommunhuset Lekeberg",
        "Region Örebro län",
        round_trip=True,
        category=PurposeCategory.MEETING,
        purpose="Samverkansmöte",
    )

    def take_digital(prompt: GreenPrompt):
        card = prompt.cards[Mode.DIGITAL]
        assert card.alternative.fits
        qtbot.mouseClick(card.take_button, Qt.MouseButton.LeftButton)

    when_prompt_opens(take_digital)
    press_enter(qtbot, dialog.purpose)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_trip is None
    assert trips_in(db) == 0
    [avoided] = list_avoided_trips(db, *ALL_YEAR)
    assert avoided.km_avoided > 30
    assert avoided.purpose == "Samverkansmöte"
    km = f"{avoided.km_avoided:.1f}".replace(".", ",")
    assert dialog.status_message == f"Digitalt möte registrerat – {km} km undviken."
    [decision] = list_decisions(db, *ALL_YEAR)
    assert decision.choice is Mode.DIGITAL and decision.avoided_trip_id == avoided.id


def test_main_window_reports_a_digital_meeting_in_the_status_bar(qtbot, db, org, tmp_path):
    window = MainWindow(db, tmp_path / "x.sqlite")
    qtbot.addWidget(window)
    window.show()

    def fill_and_save(dialog: TripDialog):
        fill(dialog, "Kommunhuset Lekeberg", "Hagaskolan", category=PurposeCategory.MEETING)
        when_prompt_opens(lambda prompt: prompt.take(Mode.DIGITAL))
        dialog.save()

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TripDialog):
            QTimer.singleShot(20, act)
            return
        fill_and_save(dialog)

    QTimer.singleShot(0, act)
    window.new_action.trigger()

    assert window.model.rowCount() == 0
    assert window.statusBar().currentMessage().startswith("Digitalt möte registrerat – ")
    assert window.statusBar().currentMessage().endswith(" km undviken.")


def test_other_needs_a_text(qtbot, db, org, open_dialog):
    pool_car(db, org)
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(dialog, "Kommunhuset Lekeberg", "Mullhyttans skola")

    def other_without_text(prompt: GreenPrompt):
        qtbot.keyClick(focused_in(qtbot, prompt), Qt.Key.Key_7)  # Annat
        assert prompt.other_text.isEnabled() and prompt.other_text.hasFocus()
        press_enter(qtbot, prompt.other_text)
        assert prompt.isVisible()
        assert prompt.reason_error.text() == "Beskriv anledningen när du väljer ”annat”."
        assert trips_in(db) == 0
        qtbot.keyClicks(prompt.other_text, "Nyckelknippan finns bara i min bil")
        press_enter(qtbot, prompt.other_text)

    when_prompt_opens(other_without_text)
    press_enter(qtbot, dialog.purpose)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [decision] = decisions_for_trip(db, dialog.saved_trip.id)
    assert decision.reason_code is OwnCarReason.OTHER
    assert decision.reason_text == "Nyckelknippan finns bara i min bil"


def test_escape_in_the_prompt_saves_nothing_and_keeps_the_form(qtbot, db, org, open_dialog):
    pool_car(db, org)
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(dialog, "Kommunhuset Lekeberg", "Mullhyttans skola", round_trip=True)
    typed = dialog.stops.texts(), dialog.km.text(), dialog.purpose.text()

    seen = when_prompt_opens(
        lambda prompt: qtbot.keyClick(focused_in(qtbot, prompt), Qt.Key.Key_Escape)
    )
    press_enter(qtbot, dialog.purpose)

    assert seen and not seen[0].isVisible()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved_trip is None
    assert (dialog.stops.texts(), dialog.km.text(), dialog.purpose.text()) == typed
    assert trips_in(db) == 0
    assert list_decisions(db, *ALL_YEAR) == []


def test_a_booking_conflict_is_explained_and_nothing_is_saved(qtbot, db, org, open_dialog):
    car = pool_car(db, org)
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(dialog, "Kommunhuset Lekeberg", "Mullhyttans skola", round_trip=True)

    def someone_was_faster(prompt: GreenPrompt):
        button = prompt.cards[Mode.POOL_CAR].take_button
        book_vehicle(db, car.id, org.archivist.id, datetime(2025, 6, 5, 7), datetime(2025, 6, 5, 9))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert prompt.isVisible()
        assert prompt.error.text().startswith(
            "Kommunbilen kunde inte bokas: MLB 214 är redan bokad"
        )
        assert "Bo Ek" in prompt.error.text() and "Ingenting har sparats" in prompt.error.text()
        assert not prompt.cards[Mode.POOL_CAR].alternative.fits  # the advice was refreshed
        assert trips_in(db) == 0
        prompt.reject()

    seen = when_prompt_opens(someone_was_faster)
    press_enter(qtbot, dialog.purpose)

    assert seen and dialog.isVisible() and dialog.saved_trip is None
    assert trips_in(db) == 0
    assert list_decisions(db, *ALL_YEAR) == []


def test_equipment_and_urgency_ask_the_advisor_again(qtbot, db, org, open_dialog):
    pool_car(db, org)
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(dialog, "Kommunhuset Lekeberg", "Hagaskolan")

    def tick_boxes(prompt: GreenPrompt):
        assert prompt.cards[Mode.WALK_CYCLE].alternative.fits
        assert prompt.selected_reason() is None
        prompt.equipment.setChecked(True)
        assert not prompt.cards[Mode.WALK_CYCLE].alternative.fits
        assert prompt.selected_reason() is OwnCarReason.EQUIPMENT
        prompt.urgent.setChecked(True)
        assert prompt.selected_reason() is OwnCarReason.URGENCY
        prompt.keep_button.click()

    when_prompt_opens(tick_boxes)
    press_enter(qtbot, dialog.purpose)
    [decision] = decisions_for_trip(db, dialog.saved_trip.id)
    assert decision.reason_code is OwnCarReason.URGENCY


def test_without_a_start_time_the_prompt_says_what_it_assumed(qtbot, db, org, open_dialog):
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(dialog, "Kommunhuset Lekeberg", "Mullhyttans skola", start="")

    def check(prompt: GreenPrompt):
        assert prompt.assumption.isVisible()
        assert prompt.assumption.text() == (
            "Ingen starttid angiven – räknar med att resan börjar 08:00."
        )
        assert prompt.advice.window_start == datetime(2025, 6, 5, 8, 0)
        prompt.reject()

    when_prompt_opens(check)
    press_enter(qtbot, dialog.purpose)
    assert trips_in(db) == 0


def test_a_place_without_position_is_advised_on_the_typed_km_and_the_car_can_be_kept(
    qtbot, db, org, open_dialog
):
    add_place(db, "Gården Ekeby")  # added from the trip dialog: no coordinates, no history
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(dialog, "Kommunhuset Lekeberg", "Gården Ekeby")
    dialog.km.setText("12")

    def keep(prompt: GreenPrompt):
        assert prompt.advice.route_km == 12.0  # the traveller's km: the route is unknown
        assert prompt.cards[Mode.WALK_CYCLE].reason.text().startswith("12 km enkel väg")
        assert prompt.own_facts.text().startswith("12 km · ca 12 min dit · 30 kr")
        prompt.choose_reason(OwnCarReason.PRESENCE_REQUIRED)
        prompt.keep_button.click()

    when_prompt_opens(keep)
    press_enter(qtbot, dialog.purpose)
    assert get_trip(db, dialog.saved_trip.id).km == 12.0
    [decision] = decisions_for_trip(db, dialog.saved_trip.id)
    assert decision.reason_code is OwnCarReason.PRESENCE_REQUIRED


def test_preapproval_sends_a_request_when_the_car_is_kept(qtbot, db, org, open_dialog):
    set_setting(db, "own_car_requires_preapproval", True)
    dialog = open_dialog(employee_id=org.cleaner.id)
    fill(dialog, "Kommunhuset Lekeberg", "Mullhyttans skola")

    def keep(prompt: GreenPrompt):
        assert prompt.approval_note.isVisible()
        prompt.choose_reason(OwnCarReason.NO_POOL_CAR)
        prompt.keep_button.click()

    when_prompt_opens(keep)
    press_enter(qtbot, dialog.purpose)
    [approval] = pending_approvals(db)
    assert approval.trip_id == dialog.saved_trip.id
    assert "förfrågan om godkännande" in dialog.status_message


def test_an_edit_to_the_own_car_is_prompted_but_cannot_become_digital(qtbot, db, org, open_dialog):
    stops = [org.place(db, "Kommunhuset Lekeberg"), org.place(db, "Region Örebro län")]
    stored = save_trip(
        db,
        Trip(
            TODAY,
            org.cleaner.id,
            org.cleaning.id,
            stops,
            24.0,
            mode=Mode.PUBLIC_TRANSPORT,
            purpose_category=PurposeCategory.MEETING,
        ),
        TODAY,
    )
    dialog = open_dialog(trip=stored)
    dialog.mode.setCurrentIndex(dialog.mode.findData(str(Mode.OWN_CAR)))

    def check(prompt: GreenPrompt):
        assert prompt.cards[Mode.DIGITAL].alternative.fits
        assert not prompt.cards[Mode.DIGITAL].take_button.isEnabled()
        prompt.choose_reason(OwnCarReason.PRESENCE_REQUIRED)
        prompt.keep_button.click()

    seen = when_prompt_opens(check)
    press_enter(qtbot, dialog.purpose)
    assert seen
    assert get_trip(db, stored.id).mode is Mode.OWN_CAR
    assert trips_in(db) == 1


def test_screenshot_of_the_prompt(qtbot, db, org):
    add_vehicle(db, "ARK 001", "Toyota Corolla", "hvo", org.place(db, "Fjugesta"))
    stops = [org.place(db, name) for name in ("Kumla", "Hallsbergs kommunhus", "Kumla")]
    trip = Trip(
        TODAY,
        org.archivist.id,
        org.archive.id,
        stops,
        0.0,
        start_time=time(8, 30),
        from_home=True,
        purpose_category=PurposeCategory.DOCUMENT_RETRIEVAL,
    )
    prompt = GreenPrompt(db, trip, today=TODAY, actor="test")
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    for card in prompt.cards.values():  # nothing cut off: every card has its text's height
        assert card.height() >= card.heightForWidth(card.width())
    assert prompt.grab().save(SCREENSHOT)


# --- the rules of when and what --------------------------------------------------------------


def test_which_saves_need_the_prompt(db, org):
    new = Trip(TODAY, org.cleaner.id, org.cleaning.id, [1, 2], 10.0)
    assert needs_green_prompt(None, new)
    assert not needs_green_prompt(None, replace(new, mode=Mode.POOL_CAR))
    stored_own = replace(new, id="x")
    assert not needs_green_prompt(stored_own, stored_own)  # re-editing an own-car trip
    stored_bus = replace(new, id="x", mode=Mode.PUBLIC_TRANSPORT)
    assert needs_green_prompt(stored_bus, stored_own)  # changed to the own car


def test_the_planned_trip_is_the_trip_as_it_will_be_saved(db, org):
    stops = [org.place(db, n) for n in ("Kumla", "Hallsbergs kommunhus", "Kumla")]
    trip = Trip(
        TODAY,
        org.archivist.id,
        org.archive.id,
        stops,
        18.0,
        end_time=time(12, 0),
        passengers=1,
        from_home=True,
        purpose_category=PurposeCategory.DOCUMENT_RETRIEVAL,
    )
    planned = planned_trip(trip, equipment=True)
    assert planned == PlannedTrip(
        stop_ids=tuple(stops),
        date=TODAY,
        start_time=DEFAULT_START,
        end_time=time(12, 0),
        purpose_category=PurposeCategory.DOCUMENT_RETRIEVAL,
        passengers=1,
        from_home=True,
        equipment=True,
        employee_id=org.archivist.id,
        km=18.0,
    )
    assert planned.is_round_trip
    advise(db, planned)  # the advisor accepts it
    early = replace(trip, end_time=time(7, 30))
    assert assumed_start(early) == time(6, 30)  # never after the trip has ended

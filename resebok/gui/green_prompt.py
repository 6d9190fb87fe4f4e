"""The green prompt: before an own-car trip is saved, the greener ways to make it.

The trip dialog opens it when Spara would store a new own-car trip (or change a trip to the
own car). It shows the advisor's ladder (resebok.core.advisor) as cards — a digital meeting,
walking or cycling, public transport, a pool car — with time, cost and CO₂, and one button for
each that fits. Keeping the own car needs a reason. Whatever is chosen is saved here, through
resebok.core.green_records, together with what was offered, in one transaction; the trip
dialog only learns the outcome.

The prompt cannot be skipped: closing it (Esc) goes back to the trip dialog and saves nothing.
But a trip repeated every week must stay fast, so the reason the advisor proposes (or the one
the employee gave last time on the route) is preselected and focused, and Enter keeps the car.
"""

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.advisor import LADDER, Advice, AdviceError, Alternative, PlannedTrip, advise
from resebok.core.bookings import BookingConflict, BookingError, format_window
from resebok.core.green_config import preapproval_required
from resebok.core.green_records import (
    GreenRecordError,
    TripChoice,
    last_own_car_reason,
    record_digital_meeting,
    save_trip_with_choice,
)
from resebok.core.models import Mode, Trip
from resebok.core.org import get_employee
from resebok.core.own_car_reasons import MAX_REASON_TEXT, OwnCarReason, check_reason
from resebok.core.transactions import write_error_message
from resebok.core.validation import TripValidationError
from resebok.gui.formatting import format_distance as format_km
from resebok.gui.labels import label as enum_label
from resebok.gui.session import current_actor
from resebok.gui.styles import MUTED_STYLE, OK_STYLE, WARNING_STYLE, error_label
from resebok.gui.swedish import kg, kr, long_date

# A trip logged without a start time is assumed to start at the beginning of a working day.
DEFAULT_START = time(8, 0)
MAX_CARPOOL_SHOWN = 4
CARD_STYLE = """
QFrame#altCard { background: #ffffff; border: 1px solid #d0d7de; border-radius: 6px; }
QFrame#altCard[fits="true"] { border-left: 5px solid #2e7d32; }
QFrame#altCard[fits="false"] { background: #f6f8fa; border-left: 5px solid #c4c9cf; }
QFrame#altCard[fits="own"] { border-left: 5px solid #b26a00; }
QFrame#altCard QLabel { background: transparent; border: none; }
"""
TAKE_TEXTS = {  # translated where the card shows them
    Mode.DIGITAL: QT_TRANSLATE_NOOP("AlternativeCard", "Välj &digitalt möte"),
    Mode.WALK_CYCLE: QT_TRANSLATE_NOOP("AlternativeCard", "Välj &gång/cykel"),
    Mode.PUBLIC_TRANSPORT: QT_TRANSLATE_NOOP("AlternativeCard", "Välj k&ollektivtrafik"),
    Mode.POOL_CAR: QT_TRANSLATE_NOOP("AlternativeCard", "&Boka {registration}"),
}


def needs_green_prompt(original: Trip | None, trip: Trip) -> bool:
    """A new own-car trip, or a stored trip changed to the own car; not a re-edited one.

    *original* is the stored trip being edited (None for a new trip or a repeat). A trip that
    already went through the prompt as an own-car trip is not asked about again.
    """
    if trip.mode is not Mode.OWN_CAR:
        return False
    return original is None or original.mode is not Mode.OWN_CAR


def assumed_start(trip: Trip) -> time:
    """The start time to advise on when none was typed: 08:00, or an hour before an early end."""
    if trip.end_time is not None and trip.end_time <= DEFAULT_START:
        moment = datetime.combine(trip.date, trip.end_time) - timedelta(hours=1)
        return moment.time() if moment.date() == trip.date else time(0, 0)
    return DEFAULT_START


def planned_trip(trip: Trip, *, equipment: bool = False, urgent: bool = False) -> PlannedTrip:
    """The advisor's view of the trip the dialog is about to save (round trip included)."""
    return PlannedTrip(
        stop_ids=tuple(trip.stop_ids),
        date=trip.date,
        start_time=trip.start_time or assumed_start(trip),
        end_time=trip.end_time,
        purpose_category=trip.purpose_category,
        passengers=trip.passengers,
        from_home=trip.from_home,
        equipment=equipment,
        urgent=urgent,
        employee_id=trip.employee_id,
        km=trip.km,
    )


@dataclass(frozen=True)
class PromptOutcome:
    """What the prompt saved: the trip (None for a digital meeting) and a line for the user."""

    choice: Mode
    trip: Trip | None
    message: str


def _facts(alt: Alternative) -> str:
    """Time · cost · CO₂ of an alternative that fits, in the ladder's common format."""
    if alt.mode is Mode.DIGITAL:
        when = GreenPrompt.tr("ingen resa")
    elif alt.minutes is None:
        when = GreenPrompt.tr("restid okänd")
    else:
        when = GreenPrompt.tr("ca {minutes} min dit").format(minutes=alt.minutes)
    return f"{when} · {kr(alt.cost_ore)} · {kg(alt.co2_kg)} CO₂"


def _label(text: str = "", style: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


class AlternativeCard(QFrame):
    """One rung of the ladder: its verdict, the facts behind it and, if it fits, a button."""

    def __init__(
        self, number: int, alt: Alternative, parent: QWidget | None = None, *, takeable: bool
    ):
        super().__init__(parent)
        self.alternative = alt
        self.setObjectName("altCard")
        self.setProperty("fits", "true" if alt.fits else "false")
        title = _label(f"<b>{number}. {enum_label(alt.mode)}</b>", wrap=False)
        verdict_text = "✓ " + self.tr("Passar") if alt.fits else "✗ " + self.tr("Passar inte")
        style = OK_STYLE if alt.fits else "color: #6b7178;"
        self.verdict = _label(verdict_text, f"{style} font-weight: bold;", wrap=False)
        self.reason = _label(alt.reason)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = _label(_facts(alt) if alt.fits else "", wrap=False)
        self.facts.setVisible(alt.fits)
        self.take_button: QPushButton | None = None

        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.verdict)
        head.addStretch(1)
        head.addWidget(self.facts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        body = QHBoxLayout()
        body.addWidget(self.reason, 1)
        if alt.fits:
            text = self.tr(TAKE_TEXTS[alt.mode]).format(registration=alt.vehicle_registration)
            self.take_button = QPushButton(text)
            self.take_button.setEnabled(takeable)
            body.addSpacing(12)
            body.addWidget(self.take_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(body)


class GreenPrompt(QDialog):
    """The ladder for one trip; ``outcome`` is set when something was chosen and saved."""

    def __init__(
        self,
        db: Database,
        trip: Trip,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        actor: str | None = None,
        is_edit: bool = False,
    ):
        super().__init__(parent)
        self.db = db
        self.trip = trip
        self.today = today
        self.actor = current_actor() if actor is None else actor
        self.is_edit = is_edit
        self.advice: Advice | None = None
        self.outcome: PromptOutcome | None = None
        self.cards: dict[Mode, AlternativeCard] = {}
        self._reason_touched = False
        self._preselected: tuple[OwnCarReason, str] | None = None
        # A trip logged after it was made: the alternatives are shown for next time, but
        # only the reason for the own car can be given now.
        self.afterwards = trip.date < (today or date.today())

        self.setWindowTitle(
            self.tr("Egen bil – anledning") if self.afterwards else self.tr("Innan du tar egen bil")
        )
        self.setMinimumWidth(780)
        self.setStyleSheet(CARD_STYLE)
        self._build()
        self._connect()
        self.run_advisor()
        self._focus_answer()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = _label(
            self.tr("<b>Resan är redan gjord – varför blev det egen bil?</b>")
            if self.afterwards
            else self.tr("<b>Finns det ett grönare sätt att göra resan?</b>"),
            wrap=False,
        )
        self.heading.setStyleSheet("font-size: 15px;")
        self.afterwards_note = _label(
            self.tr(
                "Alternativen nedan visas som underlag till nästa gång. Åkte du på annat sätt, "
                "gå tillbaka och ändra färdsättet i resan."
            ),
            MUTED_STYLE,
        )
        self.afterwards_note.setVisible(self.afterwards)
        self.summary = _label()
        self.assumption = _label(style=WARNING_STYLE)
        self.equipment = QCheckBox(self.tr("Jag behöver bära &utrustning/material"))
        self.urgent = QCheckBox(self.tr("Brådskande (s&kyndsamhetskrav)"))
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(6)
        self.advice_error = error_label()
        self.carpool = _label()
        self.carpool.setTextFormat(Qt.TextFormat.RichText)

        self.own_card = QFrame(objectName="altCard")
        self.own_card.setProperty("fits", "own")
        self.own_facts = _label(wrap=False)
        self.proposal = _label(style=MUTED_STYLE)
        self.reason_group = QButtonGroup(self)
        self.reason_buttons: dict[OwnCarReason, QRadioButton] = {}
        reasons = QGridLayout()
        reasons.setHorizontalSpacing(24)
        reasons.setVerticalSpacing(2)
        members = list(OwnCarReason)
        rows = (len(members) + 1) // 2
        for index, reason in enumerate(members):
            name = enum_label(reason)
            button = QRadioButton(f"{index + 1}  {name[0].upper()}{name[1:]}")
            button.setToolTip(self.tr("Tangent {key}").format(key=index + 1))
            self.reason_group.addButton(button, index)
            self.reason_buttons[reason] = button
            reasons.addWidget(button, index % rows, index // rows)
        self.other_text = QLineEdit()
        self.other_text.setMaxLength(MAX_REASON_TEXT)
        self.other_text.setPlaceholderText(self.tr("Beskriv varför egen bil behövs"))
        other_label = QLabel(self.tr("Be&skriv:"))
        other_label.setBuddy(self.other_text)
        other_row = QHBoxLayout()
        other_row.addWidget(other_label)
        other_row.addWidget(self.other_text, 1)
        self.reason_error = error_label()
        self.approval_note = _label(
            self.tr(
                "Egen bil kräver chefens godkännande före resan: en förfrågan skickas när du "
                "behåller egen bil."
            ),
            WARNING_STYLE,
        )
        self.approval_note.setVisible(bool(preapproval_required(self.db)))

        own = QVBoxLayout(self.own_card)
        own.setContentsMargins(12, 8, 12, 8)
        own.setSpacing(4)
        own_head = QHBoxLayout()
        own_head.addWidget(_label(f"<b>{len(LADDER)}. {enum_label(Mode.OWN_CAR)}</b>", wrap=False))
        own_head.addSpacing(12)
        own_head.addWidget(_label(self.tr("Kräver en anledning"), "font-weight: bold;", wrap=False))
        own_head.addStretch(1)
        own_head.addWidget(self.own_facts)
        own.addLayout(own_head)
        own.addWidget(
            _label(
                self.tr(
                    "Varför behövs egen bil? Välj med siffertangenterna 1–{last} eller musen."
                ).format(last=len(members))
            )
        )
        own.addLayout(reasons)
        own.addLayout(other_row)
        own.addWidget(self.proposal)
        own.addWidget(self.reason_error)
        own.addWidget(self.approval_note)

        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.keep_button = self.buttons.addButton(
            self.tr("Behåll &egen bil"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = self.buttons.addButton(
            self.tr("&Tillbaka till resan"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setToolTip(self.tr("Ingenting sparas (Esc)"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.afterwards_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.assumption)
        checks = QHBoxLayout()
        checks.addWidget(self.equipment)
        checks.addSpacing(24)
        checks.addWidget(self.urgent)
        checks.addStretch(1)
        layout.addLayout(checks)
        layout.addWidget(self.advice_error)
        layout.addLayout(self.cards_box)
        layout.addWidget(self.own_card)
        layout.addWidget(self.carpool)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Set only now that the button is inside the dialog, so the dialog records it as its
        # default: Enter anywhere but on another button keeps the car with the chosen reason.
        self.keep_button.setDefault(True)

    def _connect(self) -> None:
        self.equipment.toggled.connect(lambda _on: self.run_advisor())
        self.urgent.toggled.connect(lambda _on: self.run_advisor())
        self.reason_group.idClicked.connect(self._reason_clicked)
        # Also arrow keys and preselection: "Annat" enables its text however it was chosen.
        self.reason_group.idToggled.connect(lambda _id, _on: self._update_other_text())
        self.other_text.textEdited.connect(lambda _t: self._reason_changed())
        self.keep_button.clicked.connect(self.keep_own_car)
        self.back_button.clicked.connect(self.reject)
        for index, reason in enumerate(OwnCarReason):
            shortcut = QShortcut(QKeySequence(str(index + 1)), self)
            shortcut.activated.connect(lambda r=reason: self.choose_reason(r))

    # --- the advice --------------------------------------------------------------------
    def run_advisor(self) -> None:
        """Ask the advisor again (also after a ticked box or a refused booking)."""
        planned = planned_trip(
            self.trip, equipment=self.equipment.isChecked(), urgent=self.urgent.isChecked()
        )
        self.assumption.setText(
            ""
            if self.trip.start_time
            else self.tr("Ingen starttid angiven – räknar med att resan börjar {time}.").format(
                time=f"{planned.start_time:%H:%M}"
            )
        )
        self.assumption.setVisible(self.trip.start_time is None)
        try:
            self.advice = advise(self.db, planned)
        except AdviceError as error:
            self.advice = None
            self.advice_error.setText(
                self.tr(
                    "Alternativen kunde inte bedömas: {error} Gå tillbaka till resan och rätta den."
                ).format(error=error)
            )
            self.advice_error.show()
            self._show_cards(None)
            return
        self.advice_error.hide()
        self._show_cards(self.advice)
        self._preselect(self.advice)
        self._fit_height()

    def _fit_height(self) -> None:
        """Make room for every card's wrapped text.

        A dialog is sized by its minimum size hint, which ignores how tall wrapped labels
        become at the dialog's width, so the cards would be squeezed and their text cut off.
        """
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width)
        if height > 0:
            self.setMinimumHeight(height)
            if self.height() < height:
                self.resize(width, height)

    def _show_cards(self, advice: Advice | None) -> None:
        while self.cards_box.count():
            item = self.cards_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.cards = {}
        self.keep_button.setEnabled(advice is not None)
        if advice is None:
            self.summary.setText(" – ".join(self.trip.stop_names))
            self.own_facts.setText("")
            self.carpool.hide()
            return
        window = _window_text(advice)
        employee = get_employee(self.db, self.trip.employee_id)
        who = f"{employee.name}: " if employee else ""
        self.summary.setText(
            f"{who}{advice.route_text}<br><span style='{MUTED_STYLE}'>{long_date(self.trip.date)}"
            f"{window} · {format_km(advice.route_km)} km</span>"
        )
        for number, alt in enumerate(advice.alternatives[:-1], start=1):
            takeable = not self.afterwards and not (alt.mode is Mode.DIGITAL and self.is_edit)
            card = AlternativeCard(number, alt, self, takeable=takeable)
            if card.take_button is not None:
                card.take_button.clicked.connect(lambda _c=False, m=alt.mode: self.take(m))
                if self.afterwards:
                    card.take_button.setToolTip(self.tr("Resan är redan gjord."))
                elif not takeable:
                    card.take_button.setToolTip(
                        self.tr(
                            "Resan är redan loggad. Ta bort den i reselistan om den ersattes av "
                            "ett digitalt möte."
                        )
                    )
            self.cards[alt.mode] = card
            self.cards_box.addWidget(card)
        own = advice.own_car
        if own.km > 0:
            self.own_facts.setText(f"{format_km(own.km)} km · {_facts(own)}")
        else:  # e.g. a place without a position and no earlier trip: the advisor's limit
            self.own_facts.setText(
                self.tr("Avståndet är okänt: tid, kostnad och CO₂ kan inte beräknas")
            )
        self._show_carpool(advice)

    def _show_carpool(self, advice: Advice) -> None:
        if not advice.carpool:
            self.carpool.setText(
                f"<span style='{MUTED_STYLE}'>"
                + self.tr("Samåkning: ingen kollega har en resa till samma mål den dagen.")
                + "</span>"
            )
        else:
            shown = advice.carpool[:MAX_CARPOOL_SHOWN]
            lines = "".join(
                f"<li>{match.describe()} <span style='{MUTED_STYLE}'>({match.unit_name})"
                "</span></li>"
                for match in shown
            )
            more = len(advice.carpool) - len(shown)
            if more:
                and_more = self.tr("och {count} till").format(count=more)
                lines += f"<li style='{MUTED_STYLE}'>{and_more}</li>"
            heading = self.tr("Samåkning samma dag")
            self.carpool.setText(f"<b>{heading}</b><ul style='margin: 0'>{lines}</ul>")
            self.carpool.setToolTip("\n".join(m.route_text for m in advice.carpool))
        self.carpool.show()

    # --- the reason for the own car ----------------------------------------------------
    def _preselect(self, advice: Advice) -> None:
        """The advisor's reason, else the one given last time on this route; the user's wins."""
        if self._reason_touched:
            self._show_proposal(advice)
            return
        choice: tuple[OwnCarReason, str] | None = None
        if advice.proposed_reason is not None:
            choice = (advice.proposed_reason, "")
        else:
            choice = last_own_car_reason(self.db, self.trip.employee_id, advice.route_text)
        self._preselected = choice
        if choice is None:
            self._clear_reason()
        else:
            self.reason_buttons[choice[0]].setChecked(True)
            if choice[1]:
                self.other_text.setText(choice[1])
        self._update_other_text()
        self._show_proposal(advice)

    def _show_proposal(self, advice: Advice) -> None:
        if advice.proposed_reason is not None:
            text = self.tr("Förslag utifrån alternativen: {reason}.").format(
                reason=enum_label(advice.proposed_reason)
            )
        elif self._preselected is not None:
            text = self.tr("Förvalt: samma anledning som förra gången på den här sträckan.")
        else:
            text = ""
        self.proposal.setText(text)
        self.proposal.setVisible(bool(text))

    def _clear_reason(self) -> None:
        self.reason_group.setExclusive(False)
        for button in self.reason_buttons.values():
            button.setChecked(False)
        self.reason_group.setExclusive(True)

    def selected_reason(self) -> OwnCarReason | None:
        for reason, button in self.reason_buttons.items():
            if button.isChecked():
                return reason
        return None

    def choose_reason(self, reason: OwnCarReason) -> None:
        """Check *reason* (digit keys, or tests); "Annat" moves the focus to its text."""
        self.reason_buttons[reason].setChecked(True)
        self._reason_clicked(list(OwnCarReason).index(reason))

    def _reason_clicked(self, _index: int) -> None:
        self._reason_touched = True
        self._reason_changed()
        reason = self.selected_reason()
        if reason is not None and reason.needs_text:
            self.other_text.setFocus()
        elif reason is not None:
            self.reason_buttons[reason].setFocus()

    def _reason_changed(self) -> None:
        self.reason_error.hide()
        self._update_other_text()

    def _update_other_text(self) -> None:
        reason = self.selected_reason()
        self.other_text.setEnabled(reason is not None and reason.needs_text)

    def _focus_answer(self) -> None:
        """Focus the preselected reason (Enter keeps the car), else the list of reasons."""
        reason = self.selected_reason()
        if reason is not None and reason.needs_text:
            self.other_text.setFocus()
        elif reason is not None:
            self.reason_buttons[reason].setFocus()
        else:
            next(iter(self.reason_buttons.values())).setFocus()

    # --- answering ---------------------------------------------------------------------
    def keep_own_car(self) -> None:
        reason = self.selected_reason()
        text = self.other_text.text() if reason is not None and reason.needs_text else ""
        problems = check_reason(str(reason) if reason else None, text)
        if problems:
            self.reason_error.setText(problems[0])
            self.reason_error.show()
            if reason is not None and reason.needs_text:
                self.other_text.setFocus()
            return
        assert reason is not None
        self._save(Mode.OWN_CAR, reason, text)

    def take(self, mode: Mode | str) -> None:
        """Take the greener alternative *mode* instead of the own car."""
        mode = Mode(mode)
        if mode is Mode.DIGITAL:
            self._record_digital()
        else:
            self._save(mode, None, "")

    def _record_digital(self) -> None:
        if self.advice is None or self.is_edit:
            return
        try:
            decision = record_digital_meeting(
                self.db, self.advice, self.actor, purpose=self.trip.purpose
            )
        except GreenRecordError as error:
            self._show_error(str(error))
            return
        except sqlite3.Error as error:
            self._show_error(_database_message(error))
            return
        message = self.tr("Digitalt möte registrerat – {km} km undviken.").format(
            km=format_km(decision.km_avoided)
        )
        self._finish(PromptOutcome(Mode.DIGITAL, None, message))

    def _save(self, mode: Mode, reason: OwnCarReason | None, text: str) -> None:
        if self.advice is None:
            return
        # The advised pool car is booked; any car the trip named before is not this choice.
        trip = replace(self.trip, mode=mode, vehicle_id=None)
        try:
            result = save_trip_with_choice(
                self.db, trip, self.advice, reason, text, self.actor, today=self.today
            )
        except BookingConflict as error:
            self.run_advisor()  # someone was faster: show what is free now
            self._show_error(
                self.tr("Kommunbilen kunde inte bokas: {error} Ingenting har sparats.").format(
                    error=error
                )
            )
            return
        except (BookingError, GreenRecordError) as error:
            self._show_error(self.tr("{error} Ingenting har sparats.").format(error=error))
            return
        except TripValidationError as error:
            messages = " ".join(dict.fromkeys(e.message for e in error.errors))
            self._show_error(
                self.tr("Resan kunde inte sparas: {problems}").format(problems=messages)
            )
            return
        except KeyError as error:  # the trip was deleted while the dialogs were open
            self._show_error(str(error.args[0]))
            return
        except sqlite3.Error as error:
            self._show_error(_database_message(error))
            return
        self._finish(PromptOutcome(mode, result.trip, _saved_message(result)))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _finish(self, outcome: PromptOutcome) -> None:
        self.outcome = outcome
        self.accept()


def _database_message(error: sqlite3.Error) -> str:
    return (
        GreenPrompt.tr(
            "Valet kunde inte sparas; resan finns kvar i fönstret, så att du kan försöka igen."
        )
        + " "
        + write_error_message(error)
    )


def _window_text(advice: Advice) -> str:
    """' · 08:00–10:12' on the trip's day (the date is shown beside it), else both dates."""
    start, end = advice.window_start, advice.window_end
    if start is None or end is None:
        return ""
    if start.date() == end.date():
        return f" · {start:%H:%M}–{end:%H:%M}"
    return f" · {format_window(start, end)}"


def _saved_message(result: TripChoice) -> str:
    trip, decision, booking = result.trip, result.decision, result.booking
    if trip.mode is Mode.OWN_CAR:
        text = GreenPrompt.tr("Resan är sparad med egen bil.")
        if decision.approval_id:
            text += " " + GreenPrompt.tr("En förfrågan om godkännande har skickats till chefen.")
        return text
    km = format_km(decision.km_avoided)
    if trip.mode is Mode.POOL_CAR and booking is not None:
        window = format_window(booking.starts_at, booking.ends_at)
        return GreenPrompt.tr(
            "Kommunbil {registration} bokad {window} – {km} km med egen bil undviken."
        ).format(registration=booking.registration, window=window, km=km)
    return GreenPrompt.tr("Resan är sparad som {mode} – {km} km med egen bil undviken.").format(
        mode=enum_label(trip.mode).lower(), km=km
    )


def ask_green_prompt(
    parent: QWidget, db: Database, trip: Trip, *, today: date | None = None, is_edit: bool = False
) -> PromptOutcome | None:
    """Run the prompt for *trip*; None when it was closed without an answer (nothing saved)."""
    prompt = GreenPrompt(db, trip, parent, today=today, is_edit=is_edit)
    try:
        if prompt.exec() == QDialog.DialogCode.Accepted:
            return prompt.outcome
        return None
    finally:
        prompt.deleteLater()

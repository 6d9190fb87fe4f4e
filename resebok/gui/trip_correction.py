"""The attestant's correction of a trip on a submitted claim ("Rätta resa").

A submitted claim locks its trips (resebok.core.trip_locks): the employee sees them read-only.
The attestant may still correct one, e.g. a km figure that is plainly wrong, without sending
the whole claim back. This is the trip dialog opened for changes, with a comment that goes to
the claim's log; it saves through resebok.core.claims.correct_submitted_trip, which keeps the
trip on its claim (same employee, same month, own car, reimbursable), recomputes the claim's
line and logs every changed field, all in one transaction. A refusal is shown in the dialog
and nothing is saved.
"""

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlite_utils import Database

from resebok.core.audit import claim_log
from resebok.core.claims import ClaimError, correct_submitted_trip
from resebok.core.models import Trip
from resebok.core.validation import MAX_PURPOSE_CHARS
from resebok.gui.formatting import month_label
from resebok.gui.styles import ERROR_STYLE, NOTICE_BANNER_STYLE
from resebok.gui.trip_dialog import TripDialog, _message_label


class TripCorrectionDialog(TripDialog):
    """After ``exec()``, ``saved_trip`` is the corrected trip (None when nothing was saved)."""

    read_only_when_locked = False

    def __init__(
        self,
        db: Database,
        trip: Trip,
        actor: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(db, parent, trip=trip, today=today)
        self.actor = actor
        self.setWindowTitle(self.tr("Rätta resa på inskickad reseräkning"))
        employee = self.current_employee()
        month = month_label(self.lock.month) if self.lock else ""
        banner = QLabel(
            self.tr(
                "Du rättar en resa på den inskickade reseräkningen för {employee}, {month}. "
                "Reseräkningen räknas om och förblir inskickad; ändringen sparas med din "
                "kommentar i dess logg."
            ).format(employee=employee.name if employee else "", month=month),
            objectName="correctionMessage",
        )
        banner.setWordWrap(True)
        banner.setStyleSheet(NOTICE_BANNER_STYLE)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, banner)
        # A claim holds one employee's own-car trips: those two stay as they are.
        fixed = self.tr("Kan inte ändras på en inskickad reseräkning")
        for widget in (self.employee, self.repeat, self.mode):
            widget.setEnabled(False)
            widget.setToolTip(fixed)
        self.save_button.setText(self.tr("&Spara rättelse"))
        self.general_error.setWordWrap(True)  # the core's refusals are a sentence or two
        # The form's full height: left to itself, a window taller than two thirds of the
        # screen starts at its minimum, which counts the wrapped banner too low and squeezes
        # the route's stops.
        self.resize(self.sizeHint())

    # --- the comment -----------------------------------------------------------------------
    def _build_widgets(self) -> None:
        super()._build_widgets()
        self.comment = QLineEdit(objectName="correctionComment")
        self.comment.setMaxLength(MAX_PURPOSE_CHARS)
        self.comment.setPlaceholderText(self.tr("t.ex. avståndet är 14 km enligt kartan"))
        self.comment.setToolTip(self.tr("Sparas i reseräkningens logg och syns för den anställda"))
        self.errors["comment"] = _message_label(ERROR_STYLE)
        self.comment.textChanged.connect(lambda _text: self._clear_error("comment"))

    def _build_layout(self) -> None:
        super()._build_layout()
        self.form.addRow(
            self._label(self.tr("Komme&ntar till loggen:"), self.comment),
            self._with_messages(self.comment, self.errors["comment"]),
        )

    def _fix_tab_order(self) -> None:
        super()._fix_tab_order()
        QWidget.setTabOrder(self.member_org, self.comment)
        QWidget.setTabOrder(self.comment, self.save_button)

    def _collect(self) -> tuple[Trip, dict[str, list[str]]]:
        trip, problems = super()._collect()
        if not self.comment.text().strip():
            problems["comment"] = [
                self.tr("Skriv varför resan rättas – kommentaren sparas i reseräkningens logg.")
            ]
        return trip, problems

    def _show_errors(self, messages: dict[str, list[str]]) -> None:
        super()._show_errors(messages)
        # A wrapped message counts too little in the window's minimum height: grow the window,
        # or the route's stops are squeezed to make room for it.
        self.resize(self.size().expandedTo(self.sizeHint()))

    # --- saving ----------------------------------------------------------------------------
    def _store(self, trip: Trip) -> Trip | None:
        """Correct through the core; its refusal (ClaimError) shows under the form."""
        claim_id = self.lock.claim_id if self.lock else None
        logged = len(claim_log(self.db, claim_id)) if claim_id else 0
        try:
            saved = correct_submitted_trip(
                self.db, trip, self.actor, self.comment.text().strip(), self.today
            )
        except ClaimError as error:
            self._show_errors({"claim": [str(error)]})
            return None
        if claim_id and len(claim_log(self.db, claim_id)) == logged:
            unchanged = self.tr("Du har inte ändrat något i resan. Ändra den, eller välj Avbryt.")
            self._show_errors({"claim": [unchanged]})
            return None
        return saved

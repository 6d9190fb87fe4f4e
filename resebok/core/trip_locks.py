"""Which trips are locked because a claim that holds them has left the draft state.

A submitted claim is what the attestant sees and an approved or paid one is what payroll paid:
their trips must not change underneath them. This module is separate from claims.py so that
trips.py can ask without importing the claim machinery (which imports trips.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from resebok.core.validation import FieldError, TripValidationError

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database

STATE_WORDS = {"submitted": "inskickad", "approved": "attesterad", "paid": "utbetald"}


@dataclass(frozen=True)
class TripLock:
    claim_id: str
    month: str
    state: str  # submitted, approved or paid

    def message(self) -> str:
        state = STATE_WORDS.get(self.state, self.state)
        text = f"Resan ingår i reseräkningen för {self.month}, som är {state}, och är därför låst."
        if self.state == "paid":
            return text + " En utbetald resa kan inte ändras; gör en rättelse i en ny reseräkning."
        return text + (
            " Be attestanten skicka tillbaka reseräkningen, eller öppna den igen, för att ändra "
            "resan."
        )


def trip_lock(db: Database, trip_id: str) -> TripLock | None:
    """The claim that locks *trip_id*, or None when the trip may be changed."""
    rows = list(
        db.query(
            "SELECT c.id, c.month, c.state FROM claim_lines l JOIN claims c ON c.id = l.claim_id "
            "WHERE l.trip_id = ? AND c.state <> 'draft'",
            [trip_id],
        )
    )
    if not rows:
        return None
    return TripLock(rows[0]["id"], rows[0]["month"], rows[0]["state"])


def ensure_trip_unlocked(db: Database, trip_id: str) -> None:
    """Raise TripValidationError (field "claim") when a claim locks the trip."""
    lock = trip_lock(db, trip_id)
    if lock is not None:
        raise TripValidationError([FieldError("claim", lock.message())])

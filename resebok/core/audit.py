"""The audit log: who changed a claim's state or a claimed trip, when, and from what to what.

Payroll pays from claims, so every state change and every correction of a trip on a submitted
claim must be traceable afterwards. Entries are only ever added. "Who" is the name that the
caller passes (the GUI's or the CLI's user); the log does not authenticate anybody.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from resebok.core.tamper import append_entry

ACTION_LABELS = {
    "created": "Skapad",
    "submitted": "Inskickad",
    "approved": "Attesterad",
    "returned": "Skickad tillbaka",
    "reopened": "Öppnad igen",
    "paid": "Utbetald",
    "deleted": "Borttagen",
    "trip_changed": "Resa ändrad",
    "reexported": "Exporterad igen",
}

STATE_LABELS = {
    "draft": "utkast",
    "submitted": "inskickad",
    "approved": "attesterad",
    "paid": "utbetald",
}

FIELD_LABELS = {
    "state": "status",
    "date": "datum",
    "km": "km",
    "route": "resväg",
    "purpose": "ändamål",
    "purpose_category": "ändamålskategori",
    "odometer_start": "mätarställning vid avfärd",
    "odometer_end": "mätarställning vid ankomst",
    "unit_id": "enhet",
    "member_org_id": "medlemsorganisation",
    "vehicle_id": "fordon",
    "passengers": "passagerare",
    "start_time": "starttid",
    "end_time": "sluttid",
    "from_home": "började hemma",
    "amount_ore": "belopp (öre)",
}


def now_text(now: datetime | None = None) -> str:
    """Local time with its UTC offset, to the second: what a person reads in the log."""
    return (now or datetime.now()).astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    claim_id: str | None
    trip_id: str | None
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    comment: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    def describe(self) -> str:
        """One Swedish line for the GUI's log view, e.g. "km: 12,0 → 14,0"."""
        if self.field == "state":
            old = STATE_LABELS.get(self.old_value or "", self.old_value or "–")
            new = STATE_LABELS.get(self.new_value or "", self.new_value or "–")
            text = f"{self.action_label}: {old} → {new}"
        elif self.field:
            label = FIELD_LABELS.get(self.field, self.field)
            text = (
                f"{self.action_label}, {label}: {self.old_value or '–'} → {self.new_value or '–'}"
            )
        else:
            text = self.action_label
        return f"{text} ({self.comment})" if self.comment else text


def log_event(
    db: Database,
    actor: str,
    action: str,
    *,
    claim_id: str | None = None,
    trip_id: str | None = None,
    field: str = "",
    old_value: object = None,
    new_value: object = None,
    comment: str = "",
    at: str | None = None,
) -> None:
    """Append one entry; the caller's transaction makes it part of the change it records.

    The entry joins the log's hash chain and seals its claim as it is at this moment
    (resebok.core.tamper), so log after the change, not before it.
    """
    append_entry(
        db,
        {
            "at": at or now_text(),
            "actor": actor,
            "claim_id": claim_id,
            "trip_id": trip_id,
            "action": action,
            "field": field,
            "old_value": None if old_value is None else str(old_value),
            "new_value": None if new_value is None else str(new_value),
            "comment": comment,
        },
    )


def _entry(row: dict) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=row["at"],
        actor=row["actor"],
        claim_id=row["claim_id"],
        trip_id=row["trip_id"],
        action=row["action"],
        field=row["field"],
        old_value=row["old_value"],
        new_value=row["new_value"],
        comment=row["comment"],
    )


def claim_log(db: Database, claim_id: str) -> list[AuditEntry]:
    """A claim's history, oldest first: its state changes and the corrections of its trips."""
    rows = db.query("SELECT * FROM audit_log WHERE claim_id = ? ORDER BY id", [claim_id])
    return [_entry(row) for row in rows]

"""Own car only with the manager's approval before the trip, where the organisation says so.

Some municipalities require it (the setting ``own_car_requires_preapproval``). The request
is a small record of its own (requested → approved or refused) that the attest view lists;
it is created together with the green decision that chose the own car.
"""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlite_utils import Database

from resebok.core.org import subtree_ids
from resebok.core.own_car_reasons import OwnCarReason


class ApprovalStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return APPROVAL_STATUS_LABELS[self]


APPROVAL_STATUS_LABELS = {
    ApprovalStatus.REQUESTED: "Väntar på godkännande",
    ApprovalStatus.APPROVED: "Godkänd",
    ApprovalStatus.REFUSED: "Nekad",
}


class ApprovalError(ValueError):
    """The message is Swedish and meant for the user."""


@dataclass(frozen=True)
class Approval:
    id: str
    employee_id: int
    employee_name: str
    unit_id: int
    date: date
    route_text: str
    km: float
    reason_code: OwnCarReason
    reason_text: str
    status: ApprovalStatus
    requested_at: str
    requested_by: str
    decided_at: str | None = None
    decided_by: str | None = None
    comment: str = ""
    decision_id: str | None = None
    trip_id: str | None = None

    @property
    def reason_label(self) -> str:
        if self.reason_code is OwnCarReason.OTHER and self.reason_text:
            return self.reason_text
        return self.reason_code.label


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_SELECT = """
    SELECT a.*, e.name AS employee_name FROM own_car_approvals a
    JOIN employees e ON e.id = a.employee_id
"""


def _approval(row: dict) -> Approval:
    return Approval(
        id=row["id"],
        employee_id=row["employee_id"],
        employee_name=row["employee_name"],
        unit_id=row["unit_id"],
        date=date.fromisoformat(row["date"]),
        route_text=row["route_text"],
        km=row["km"],
        reason_code=OwnCarReason(row["reason_code"]),
        reason_text=row["reason_text"],
        status=ApprovalStatus(row["status"]),
        requested_at=row["requested_at"],
        requested_by=row["requested_by"],
        decided_at=row["decided_at"],
        decided_by=row["decided_by"],
        comment=row["comment"],
        decision_id=row["decision_id"],
        trip_id=row["trip_id"],
    )


def request_approval(
    db: Database,
    employee_id: int,
    unit_id: int,
    day: date,
    route_text: str,
    km: float,
    reason_code: OwnCarReason | str,
    reason_text: str = "",
    requested_by: str = "",
    decision_id: str | None = None,
    trip_id: str | None = None,
) -> Approval:
    approval_id = str(uuid.uuid4())
    db.execute(
        """INSERT INTO own_car_approvals (id, decision_id, trip_id, employee_id, unit_id, date,
               route_text, km, reason_code, reason_text, requested_at, requested_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            approval_id,
            decision_id,
            trip_id,
            employee_id,
            unit_id,
            day.isoformat(),
            route_text,
            km,
            str(OwnCarReason(reason_code)),
            reason_text.strip(),
            _now(),
            requested_by,
        ],
    )
    return get_approval(db, approval_id)  # type: ignore[return-value]


def get_approval(db: Database, approval_id: str) -> Approval | None:
    rows = list(db.query(_SELECT + " WHERE a.id = ?", [approval_id]))
    return _approval(rows[0]) if rows else None


def decide_approval(
    db: Database, approval_id: str, approve: bool, decided_by: str, comment: str = ""
) -> Approval:
    """Approve or refuse a pending request; a refusal needs a comment that says why."""
    if not approve and not comment.strip():
        raise ApprovalError("Skriv varför resan med egen bil inte godkänns.")
    cursor = db.execute(
        """UPDATE own_car_approvals SET status = ?, decided_at = ?, decided_by = ?, comment = ?
           WHERE id = ? AND status = 'requested'""",
        [
            str(ApprovalStatus.APPROVED if approve else ApprovalStatus.REFUSED),
            _now(),
            decided_by,
            comment.strip(),
            approval_id,
        ],
    )
    if cursor.rowcount != 1:
        raise ApprovalError("Förfrågan finns inte eller är redan besvarad.")
    return get_approval(db, approval_id)  # type: ignore[return-value]


def pending_approvals(db: Database, unit_id: int | None = None) -> list[Approval]:
    """Requests waiting for an answer, oldest trip first; a unit includes those below it."""
    sql = _SELECT + " WHERE a.status = 'requested'"
    params: list[int] = []
    if unit_id is not None:
        ids = subtree_ids(db, unit_id)
        sql += f" AND a.unit_id IN ({','.join('?' for _ in ids)})"
        params.extend(ids)
    return [_approval(row) for row in db.query(sql + " ORDER BY a.date, a.requested_at", params)]

"""Claims (reseräkningar): one employee's reimbursable own-car trips of one month, and their life.

States and the only allowed moves::

    draft ──submit──▶ submitted ──approve──▶ approved ──export (paxml)──▶ paid
      ▲                  │  │                   │
      └────return────────┘  └──reopen──┐        │
      └────reopen──────────────────────┴────────┘

A draft collects the month's own-car trips that are reimbursable under the home rule, are not
on another claim and were not paid before (imported history). Its lines are recomputed
whenever it is refreshed, so it follows edits of its trips and of the rates. Submitting freezes
the lines: each line keeps the km, reduction, rates and amounts it was computed with, and its
trip is locked (resebok.core.trip_locks) until the claim is returned or reopened. Every state
change, and every correction of a trip on a submitted claim, goes to the audit log.

There is at most one draft per employee and month. A trip logged after the month's claim was
submitted goes on a new, supplementary claim for the same month.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from resebok.core.audit import AuditEntry, claim_log, log_event, now_text
from resebok.core.home_rule import refresh_home_rule
from resebok.core.models import Employee, Mode, OrgUnit, Trip
from resebok.core.money import km_tenths, split_amount, tenths_to_km
from resebok.core.org import get_employee, get_unit
from resebok.core.rates import RateError, RateTable, load_rate_table
from resebok.core.settings import get_setting
from resebok.core.trips import get_trip, save_trip

__all__ = [
    "AuditEntry",
    "Claim",
    "ClaimDetails",
    "ClaimError",
    "ClaimLine",
    "ClaimState",
    "approve_claim",
    "build_claim",
    "claim_details",
    "claim_lines",
    "claim_log",
    "claim_of_trip",
    "claim_years",
    "correct_submitted_trip",
    "cost_centres_of_units",
    "delete_claim",
    "find_claim",
    "get_claim",
    "list_claims",
    "mark_claims_paid",
    "month_bounds",
    "month_label",
    "parse_month",
    "refresh_claim",
    "reopen_claim",
    "return_claim",
    "submit_claim",
]

MONTH_NAMES = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip


class ClaimState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PAID = "paid"

    @property
    def label(self) -> str:
        return CLAIM_STATE_LABELS[self]


CLAIM_STATE_LABELS = {
    ClaimState.DRAFT: "Utkast",
    ClaimState.SUBMITTED: "Inskickad",
    ClaimState.APPROVED: "Attesterad",
    ClaimState.PAID: "Utbetald",
}


class ClaimError(ValueError):
    """A claim action that is not allowed or not possible; the message is Swedish."""


# --- months ---------------------------------------------------------------------------------


def parse_month(text: str) -> str:
    """Validate "YYYY-MM" and return it normalised; ClaimError (Swedish) otherwise."""
    try:
        year, month = (int(part) for part in str(text).strip().split("-"))
        date(year, month, 1)
    except ValueError:
        raise ClaimError(
            f"Ange månaden som ÅÅÅÅ-MM, till exempel 2025-01 (fick {text!r})."
        ) from None
    if year < 2000:
        raise ClaimError("Månaden ligger före år 2000.")
    return f"{year:04d}-{month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    year, number = (int(part) for part in parse_month(month).split("-"))
    first = date(year, number, 1)
    following = date(year + 1, 1, 1) if number == 12 else date(year, number + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)


def month_label(month: str) -> str:
    """ "2025-01" → "januari 2025"."""
    year, number = parse_month(month).split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    id: str
    employee_id: int
    employee_number: str
    employee_name: str
    unit_id: int  # the employee's unit: whose attestant sees the claim
    unit_name: str
    month: str  # YYYY-MM
    state: ClaimState
    created_at: str
    created_by: str
    submitted_at: str | None
    submitted_by: str | None
    approved_at: str | None
    approved_by: str | None
    returned_at: str | None
    returned_by: str | None
    return_comment: str
    paid_on: date | None
    batch_id: str | None
    updated_at: str
    trip_count: int
    km: float
    reduction_km: float
    paid_km: float
    total_ore: int
    tax_free_ore: int
    taxable_ore: int

    @property
    def month_label(self) -> str:
        return month_label(self.month)

    @property
    def approved_on(self) -> date | None:
        return date.fromisoformat(self.approved_at[:10]) if self.approved_at else None


@dataclass(frozen=True)
class ClaimLine:
    trip_id: str
    date: date
    route: str
    purpose: str
    odometer_start: int | None
    odometer_end: int | None
    km: float
    reduction_km: float
    paid_km: float
    employer_ore_per_mil: int
    tax_free_ore_per_mil: int
    amount_ore: int
    tax_free_ore: int
    taxable_ore: int
    unit_id: int  # the unit the trip is charged to (its cost centre goes to payroll)
    member_org_id: int | None
    from_home: bool
    km_flagged: bool
    suggested_km: float | None
    reduction_note: str


_CLAIM_SELECT = """
    SELECT c.*, e.number AS employee_number, e.name AS employee_name, e.unit_id,
           u.name AS unit_name,
           COUNT(l.trip_id) AS trip_count,
           COALESCE(SUM(l.km), 0) AS km_sum,
           COALESCE(SUM(l.reduction_km), 0) AS reduction_sum,
           COALESCE(SUM(l.paid_km), 0) AS paid_km_sum,
           COALESCE(SUM(l.amount_ore), 0) AS total_ore,
           COALESCE(SUM(l.tax_free_ore), 0) AS tax_free_ore,
           COALESCE(SUM(l.taxable_ore), 0) AS taxable_ore
    FROM claims c
    JOIN employees e ON e.id = c.employee_id
    JOIN org_units u ON u.id = e.unit_id
    LEFT JOIN claim_lines l ON l.claim_id = c.id
"""


def _claim(row: dict) -> Claim:
    return Claim(
        id=row["id"],
        employee_id=row["employee_id"],
        employee_number=row["employee_number"],
        employee_name=row["employee_name"],
        unit_id=row["unit_id"],
        unit_name=row["unit_name"],
        month=row["month"],
        state=ClaimState(row["state"]),
        created_at=row["created_at"],
        created_by=row["created_by"],
        submitted_at=row["submitted_at"],
        submitted_by=row["submitted_by"],
        approved_at=row["approved_at"],
        approved_by=row["approved_by"],
        returned_at=row["returned_at"],
        returned_by=row["returned_by"],
        return_comment=row["return_comment"],
        paid_on=date.fromisoformat(row["paid_on"]) if row["paid_on"] else None,
        batch_id=row["batch_id"],
        updated_at=row["updated_at"],
        trip_count=row["trip_count"],
        km=round(row["km_sum"], 1),
        reduction_km=round(row["reduction_sum"], 1),
        paid_km=round(row["paid_km_sum"], 1),
        total_ore=row["total_ore"],
        tax_free_ore=row["tax_free_ore"],
        taxable_ore=row["taxable_ore"],
    )


def get_claim(db: Database, claim_id: str) -> Claim | None:
    rows = list(db.query(_CLAIM_SELECT + " WHERE c.id = ? GROUP BY c.id", [claim_id]))
    return _claim(rows[0]) if rows else None


def count_employees(db: Database, claim_ids: list[str]) -> int:
    """How many employees the claims belong to (e.g. the payroll export's summary)."""
    if not claim_ids:
        return 0
    marks = ",".join("?" for _ in claim_ids)
    sql = f"SELECT COUNT(DISTINCT employee_id) AS n FROM claims WHERE id IN ({marks})"
    return int(next(db.query(sql, claim_ids))["n"])


def _require(db: Database, claim_id: str) -> Claim:
    claim = get_claim(db, claim_id)
    if claim is None:
        raise ClaimError("Reseräkningen finns inte (längre).")
    return claim


def find_claim(db: Database, id_or_prefix: str) -> Claim:
    """A claim by its UUID or a unique beginning of it (the CLI accepts short ids)."""
    text = id_or_prefix.strip().lower()
    if len(text) < 4:
        raise ClaimError("Ange minst fyra tecken av reseräkningens id.")
    rows = list(db.query("SELECT id FROM claims WHERE id LIKE ? LIMIT 2", [text + "%"]))
    if not rows:
        raise ClaimError(f"Ingen reseräkning har id {id_or_prefix!r}.")
    if len(rows) > 1:
        raise ClaimError(f"Flera reseräkningar börjar med {id_or_prefix!r}; ange fler tecken.")
    return _require(db, rows[0]["id"])


def list_claims(
    db: Database,
    *,
    employee_id: int | None = None,
    month: str | None = None,
    month_to: str | None = None,
    year: int | None = None,
    state: ClaimState | str | None = None,
    unit_ids: Iterable[int] | None = None,
) -> list[Claim]:
    """Claims matching every given filter, newest month first, then by employee name.

    ``month_to`` keeps months up to and including it; ``unit_ids`` filters on the employee's
    unit (pass resebok.core.org.subtree_ids for a tree).
    """
    clauses: list[str] = []
    params: list[Any] = []
    if employee_id is not None:
        clauses.append("c.employee_id = ?")
        params.append(employee_id)
    if month is not None:
        clauses.append("c.month = ?")
        params.append(parse_month(month))
    if month_to is not None:
        clauses.append("c.month <= ?")
        params.append(parse_month(month_to))
    if year is not None:
        clauses.append("c.month LIKE ?")
        params.append(f"{int(year):04d}-%")
    if state is not None:
        clauses.append("c.state = ?")
        params.append(str(ClaimState(state)))
    if unit_ids is not None:
        ids = list(unit_ids)
        clauses.append(f"e.unit_id IN ({','.join('?' for _ in ids) or 'NULL'})")
        params.extend(ids)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = _CLAIM_SELECT + where + " GROUP BY c.id ORDER BY c.month DESC, e.name, c.created_at"
    return [_claim(row) for row in db.query(sql, params)]


def claim_years(db: Database) -> list[int]:
    """The years that have claims, newest first: the choices of the GUI's year filter."""
    rows = db.query("SELECT DISTINCT substr(month, 1, 4) AS year FROM claims ORDER BY year DESC")
    return [int(row["year"]) for row in rows]


def claim_lines(db: Database, claim_id: str) -> list[ClaimLine]:
    """The claim's lines in trip order (date, start time)."""
    rows = db.query(
        """
        SELECT l.*, t.date, t.route_text, t.purpose, t.odometer_start, t.odometer_end,
               t.unit_id, t.member_org_id, t.from_home, t.km_flagged, t.suggested_km,
               t.reimbursement_note
        FROM claim_lines l JOIN trips t ON t.id = l.trip_id
        WHERE l.claim_id = ?
        ORDER BY t.date, t.start_time, t.id
        """,
        [claim_id],
    )
    return [
        ClaimLine(
            trip_id=row["trip_id"],
            date=date.fromisoformat(row["date"]),
            route=row["route_text"],
            purpose=row["purpose"],
            odometer_start=row["odometer_start"],
            odometer_end=row["odometer_end"],
            km=row["km"],
            reduction_km=row["reduction_km"],
            paid_km=row["paid_km"],
            employer_ore_per_mil=row["employer_ore_per_mil"],
            tax_free_ore_per_mil=row["tax_free_ore_per_mil"],
            amount_ore=row["amount_ore"],
            tax_free_ore=row["tax_free_ore"],
            taxable_ore=row["taxable_ore"],
            unit_id=row["unit_id"],
            member_org_id=row["member_org_id"],
            from_home=bool(row["from_home"]),
            km_flagged=bool(row["km_flagged"]),
            suggested_km=row["suggested_km"],
            reduction_note=row["reimbursement_note"],
        )
        for row in rows
    ]


# --- computing lines ------------------------------------------------------------------------


@dataclass(frozen=True)
class LineValues:
    """What one claim line stores: the trip's km, reduction, rates and amounts in öre."""

    trip_id: str
    km: float
    reduction_km: float
    paid_km: float
    employer_ore_per_mil: int
    tax_free_ore_per_mil: int
    amount_ore: int
    tax_free_ore: int
    taxable_ore: int

    def row(self, claim_id: str) -> tuple[Any, ...]:
        return (
            self.trip_id,
            claim_id,
            self.km,
            self.reduction_km,
            self.paid_km,
            self.employer_ore_per_mil,
            self.tax_free_ore_per_mil,
            self.amount_ore,
            self.tax_free_ore,
            self.taxable_ore,
        )


LINE_COLUMNS = (
    "trip_id, claim_id, km, reduction_km, paid_km, employer_ore_per_mil, "
    "tax_free_ore_per_mil, amount_ore, tax_free_ore, taxable_ore"
)


def compute_line(
    trip_id: str, day: date, km: float, reduction_km: float, rates: RateTable
) -> LineValues:
    """Amounts for one trip under the rule in resebok.core.money (one rounding per line)."""
    try:
        trip_rates = rates.rates_on(day)
    except RateError as exc:
        raise ClaimError(str(exc)) from exc
    km_t = km_tenths(km)
    paid_t = max(0, km_t - km_tenths(reduction_km))
    amounts = split_amount(paid_t, trip_rates.employer_ore_per_mil, trip_rates.tax_free_ore_per_mil)
    return LineValues(
        trip_id=trip_id,
        km=tenths_to_km(km_t),
        reduction_km=tenths_to_km(km_t - paid_t),
        paid_km=tenths_to_km(paid_t),
        employer_ore_per_mil=trip_rates.employer_ore_per_mil,
        tax_free_ore_per_mil=trip_rates.tax_free_ore_per_mil,
        amount_ore=amounts.total_ore,
        tax_free_ore=amounts.tax_free_ore,
        taxable_ore=amounts.taxable_ore,
    )


def _candidate_trip_ids(db: Database, employee_id: int, month: str, claim_id: str) -> list[str]:
    """Own-car trips of the month that are free for this claim (no other claim, not paid)."""
    first, last = month_bounds(month)
    rows = db.query(
        """
        SELECT t.id FROM trips t
        LEFT JOIN claim_lines l ON l.trip_id = t.id
        WHERE t.employee_id = ? AND t.date BETWEEN ? AND ? AND t.mode = ?
          AND (l.claim_id = ? OR (l.claim_id IS NULL AND t.paid_on IS NULL))
        """,
        [employee_id, first.isoformat(), last.isoformat(), str(Mode.OWN_CAR), claim_id],
    )
    return [row["id"] for row in rows]


def _refresh_lines(db: Database, claim: Claim) -> int:
    """Recompute a draft's lines from its month's trips; returns how many it has."""
    trip_ids = _candidate_trip_ids(db, claim.employee_id, claim.month, claim.id)
    refresh_home_rule(db, trip_ids)  # the employee's home or commute may have changed
    rates = load_rate_table(db)
    lines: list[LineValues] = []
    if trip_ids:
        marks = ",".join("?" for _ in trip_ids)
        rows = db.query(
            f"SELECT id, date, km, reduction_km FROM trips WHERE id IN ({marks}) "
            "AND reimbursable = 1 ORDER BY date, start_time, id",
            trip_ids,
        )
        lines = [
            compute_line(
                row["id"], date.fromisoformat(row["date"]), row["km"], row["reduction_km"], rates
            )
            for row in rows
        ]
    db.execute("DELETE FROM claim_lines WHERE claim_id = ?", [claim.id])
    db.conn.executemany(
        f"INSERT INTO claim_lines ({LINE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [line.row(claim.id) for line in lines],
    )
    return len(lines)


# --- the life of a claim --------------------------------------------------------------------


def _draft_for(db: Database, employee_id: int, month: str) -> str | None:
    rows = list(
        db.query(
            "SELECT id FROM claims WHERE employee_id = ? AND month = ? AND state = 'draft'",
            [employee_id, month],
        )
    )
    return rows[0]["id"] if rows else None


def build_claim(
    db: Database, employee_id: int, month: str, actor: str, now: datetime | None = None
) -> Claim:
    """Create, or refresh, the draft claim of *employee_id* for *month* ("YYYY-MM").

    Raises ClaimError when there is nothing to claim (no reimbursable own-car trips that are
    not already on a claim) or when a trip's date has no rate.
    """
    month = parse_month(month)
    if get_employee(db, employee_id) is None:
        raise ClaimError("Den anställda finns inte.")
    at = now_text(now)
    with db.atomic():
        claim_id = _draft_for(db, employee_id, month)
        if claim_id is None:
            claim_id = str(uuid.uuid4())
            db.execute(
                "INSERT INTO claims (id, employee_id, month, state, created_at, created_by, "
                "updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?)",
                [claim_id, employee_id, month, at, actor, at],
            )
            log_event(
                db, actor, "created", claim_id=claim_id, field="state", new_value="draft", at=at
            )
            if _refresh_lines(db, _require(db, claim_id)) == 0:
                raise ClaimError(
                    f"Det finns inga ersättningsbara resor med egen bil i {month_label(month)} "
                    "som inte redan ingår i en reseräkning."
                )
        else:
            _refresh_lines(db, _require(db, claim_id))
    return _require(db, claim_id)


def refresh_claim(db: Database, claim_id: str) -> Claim:
    """Recompute a draft's lines (after trips, rates or the employee's commute changed)."""
    with db.atomic():
        claim = _require(db, claim_id)
        if claim.state != ClaimState.DRAFT:
            raise ClaimError(
                f"Reseräkningen är {claim.state.label.lower()}; bara ett utkast räknas om."
            )
        _refresh_lines(db, claim)
    return _require(db, claim_id)


def _forbidden(claim: Claim, action: str) -> ClaimError:
    return ClaimError(
        f"Reseräkningen för {claim.employee_name}, {claim.month_label}, är "
        f"{claim.state.label.lower()} och kan inte {action}."
    )


def _set_state(
    db: Database,
    claim: Claim,
    new_state: ClaimState,
    action: str,
    actor: str,
    at: str,
    extra: dict[str, Any] | None = None,
    comment: str = "",
) -> None:
    """Move *claim* to *new_state*, guarded on its current state, and log the change."""
    values = {"state": str(new_state), "updated_at": at, **(extra or {})}
    assignments = ", ".join(f"{column} = ?" for column in values)
    cursor = db.execute(
        f"UPDATE claims SET {assignments} WHERE id = ? AND state = ?",
        [*values.values(), claim.id, str(claim.state)],
    )
    if cursor.rowcount != 1:  # somebody else moved it in between
        raise ClaimError(
            "Reseräkningen ändrades av någon annan; läs in den igen och försök på nytt."
        )
    log_event(
        db,
        actor,
        action,
        claim_id=claim.id,
        field="state",
        old_value=str(claim.state),
        new_value=str(new_state),
        comment=comment,
        at=at,
    )


def _absorb_other_draft(db: Database, claim: Claim, actor: str, at: str) -> None:
    """Before *claim* goes back to draft: fold a newer draft of the same month into it.

    Only one draft per employee and month may exist; trips logged while the claim was away
    were gathered on a supplementary draft, which is now merged and removed.
    """
    other = _draft_for(db, claim.employee_id, claim.month)
    if other is not None:
        _delete_draft(db, other, actor, at, comment=f"sammanslagen med reseräkning {claim.id}")


def _delete_draft(db: Database, claim_id: str, actor: str, at: str, comment: str = "") -> None:
    """Remove a draft and its lines (its trips become free again), and log it."""
    db.execute("DELETE FROM claim_lines WHERE claim_id = ?", [claim_id])
    db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
    log_event(
        db,
        actor,
        "deleted",
        claim_id=claim_id,
        field="state",
        old_value="draft",
        comment=comment,
        at=at,
    )


def submit_claim(db: Database, claim_id: str, actor: str, now: datetime | None = None) -> Claim:
    """draft → submitted: the lines are recomputed one last time and the trips lock."""
    at = now_text(now)
    with db.atomic():
        claim = _require(db, claim_id)
        if claim.state != ClaimState.DRAFT:
            raise _forbidden(claim, "skickas in")
        if _refresh_lines(db, claim) == 0:
            raise ClaimError("Reseräkningen har inga resor att skicka in.")
        _set_state(
            db,
            claim,
            ClaimState.SUBMITTED,
            "submitted",
            actor,
            at,
            {"submitted_at": at, "submitted_by": actor},
        )
    return _require(db, claim_id)


def approve_claim(
    db: Database,
    claim_id: str,
    actor: str,
    attestant_id: int | None = None,
    now: datetime | None = None,
) -> Claim:
    """submitted → approved, by *actor* (printed on the claim with the date).

    With *attestant_id* the attestant's right is checked: never one's own claim, and only
    claims of the units the attestant attests (resebok.core.attest).
    """
    from resebok.core.attest import check_may_attest  # attest imports this module

    at = now_text(now)
    with db.atomic():
        claim = _require(db, claim_id)
        if claim.state != ClaimState.SUBMITTED:
            raise _forbidden(claim, "attesteras")
        if attestant_id is not None:
            check_may_attest(db, attestant_id, claim)
        _set_state(
            db,
            claim,
            ClaimState.APPROVED,
            "approved",
            actor,
            at,
            {"approved_at": at, "approved_by": actor},
        )
    return _require(db, claim_id)


def return_claim(
    db: Database, claim_id: str, actor: str, comment: str, now: datetime | None = None
) -> Claim:
    """submitted → draft with the attestant's comment to the employee (required)."""
    comment = comment.strip()
    if not comment:
        raise ClaimError("Skriv en kommentar om varför reseräkningen skickas tillbaka.")
    at = now_text(now)
    with db.atomic():
        claim = _require(db, claim_id)
        if claim.state != ClaimState.SUBMITTED:
            raise _forbidden(claim, "skickas tillbaka")
        _absorb_other_draft(db, claim, actor, at)
        _set_state(
            db,
            claim,
            ClaimState.DRAFT,
            "returned",
            actor,
            at,
            {"returned_at": at, "returned_by": actor, "return_comment": comment},
            comment=comment,
        )
        _refresh_lines(db, _require(db, claim_id))
    return _require(db, claim_id)


def reopen_claim(
    db: Database, claim_id: str, actor: str, reason: str = "", now: datetime | None = None
) -> Claim:
    """submitted or approved → draft, to change its trips: an explicit, logged action.

    The approval is withdrawn (it must be given again). A paid claim cannot be reopened:
    payroll has paid it; a correction goes on a new claim.
    """
    at = now_text(now)
    with db.atomic():
        claim = _require(db, claim_id)
        if claim.state == ClaimState.PAID:
            raise ClaimError(
                "En utbetald reseräkning kan inte öppnas igen; gör en rättelse i en ny reseräkning."
            )
        if claim.state not in (ClaimState.SUBMITTED, ClaimState.APPROVED):
            raise _forbidden(claim, "öppnas igen")
        _absorb_other_draft(db, claim, actor, at)
        _set_state(
            db,
            claim,
            ClaimState.DRAFT,
            "reopened",
            actor,
            at,
            {"approved_at": None, "approved_by": None},
            comment=reason.strip(),
        )
        _refresh_lines(db, _require(db, claim_id))
    return _require(db, claim_id)


def delete_claim(db: Database, claim_id: str, actor: str, now: datetime | None = None) -> None:
    """Remove a draft; its trips become free again. Other states are never deleted."""
    at = now_text(now)
    with db.atomic():
        claim = _require(db, claim_id)
        if claim.state != ClaimState.DRAFT:
            raise _forbidden(claim, "tas bort")
        _delete_draft(db, claim_id, actor, at)


def mark_claims_paid(
    db: Database, claim_ids: Iterable[str], paid_on: date, batch_id: str, actor: str, at: str
) -> None:
    """approved → paid for a payroll export (resebok.core.paxml); the caller owns the transaction.

    The trips get the payout date too: the indicator counts paid km by payout date.
    """
    for claim_id in claim_ids:
        claim = _require(db, claim_id)
        if claim.state != ClaimState.APPROVED:
            raise _forbidden(claim, "betalas ut")
        _set_state(
            db,
            claim,
            ClaimState.PAID,
            "paid",
            actor,
            at,
            {"paid_on": paid_on.isoformat(), "batch_id": batch_id},
            comment=f"utbetalning {paid_on.isoformat()}",
        )
        db.execute(
            "UPDATE trips SET paid_on = ? WHERE id IN "
            "(SELECT trip_id FROM claim_lines WHERE claim_id = ?)",
            [paid_on.isoformat(), claim_id],
        )


# --- correcting a trip on a submitted claim ------------------------------------------------

_AUDITED_FIELDS = (
    "date",
    "km",
    "purpose",
    "purpose_category",
    "odometer_start",
    "odometer_end",
    "unit_id",
    "member_org_id",
    "vehicle_id",
    "passengers",
    "start_time",
    "end_time",
    "from_home",
)


def claim_of_trip(db: Database, trip_id: str) -> Claim | None:
    """The claim a trip is on (any state), or None."""
    rows = list(db.query("SELECT claim_id FROM claim_lines WHERE trip_id = ?", [trip_id]))
    return get_claim(db, rows[0]["claim_id"]) if rows else None


def correct_submitted_trip(
    db: Database,
    trip: Trip,
    actor: str,
    comment: str = "",
    today: date | None = None,
    now: datetime | None = None,
) -> Trip:
    """Change a trip on a submitted claim (the attestant's correction), logging every field.

    The trip must stay on its claim: same employee, same month, own car and reimbursable.
    Its claim line is recomputed with today's rates; the claim stays submitted.
    """
    if trip.id is None:
        raise ClaimError("Resan är inte sparad.")
    at = now_text(now)
    with db.atomic():
        old = get_trip(db, trip.id)
        claim = claim_of_trip(db, trip.id)
        if old is None or claim is None:
            raise ClaimError("Resan ingår inte i någon reseräkning.")
        if claim.state != ClaimState.SUBMITTED:
            raise ClaimError(
                f"Bara resor på en inskickad reseräkning kan rättas; den här är "
                f"{claim.state.label.lower()}."
            )
        first, last = month_bounds(claim.month)
        if trip.employee_id != old.employee_id or not first <= trip.date <= last:
            raise ClaimError(
                "Resan kan inte flyttas till en annan anställd eller månad på en inskickad "
                "reseräkning; skicka tillbaka reseräkningen i stället."
            )
        if trip.mode != Mode.OWN_CAR:
            raise ClaimError("En resa på en reseräkning måste vara gjord med egen bil.")
        saved = save_trip(db, trip, today, allow_locked=True)
        if not saved.reimbursable:
            raise ClaimError(saved.reimbursement_note)
        changes = [
            (name, getattr(old, name), getattr(saved, name))
            for name in _AUDITED_FIELDS
            if getattr(old, name) != getattr(saved, name)
        ]
        if old.stop_ids != saved.stop_ids:
            changes.append(("route", " – ".join(old.stop_names), " – ".join(saved.stop_names)))
        # The line and the claim change before the log entries: each entry seals the claim as
        # it is when logged (resebok.core.tamper).
        assert saved.id is not None
        old_amount = next(
            db.query("SELECT amount_ore FROM claim_lines WHERE trip_id = ?", [saved.id])
        )
        line = compute_line(saved.id, saved.date, saved.km, saved.reduction_km, load_rate_table(db))
        db.execute(
            "UPDATE claim_lines SET km = ?, reduction_km = ?, paid_km = ?, "
            "employer_ore_per_mil = ?, tax_free_ore_per_mil = ?, amount_ore = ?, "
            "tax_free_ore = ?, taxable_ore = ? WHERE trip_id = ?",
            [*line.row(claim.id)[2:], saved.id],
        )
        db.execute("UPDATE claims SET updated_at = ? WHERE id = ?", [at, claim.id])
        if not changes and old_amount["amount_ore"] != line.amount_ore:  # new rates only
            changes.append(("amount_ore", old_amount["amount_ore"], line.amount_ore))
        for name, before, after in changes:
            log_event(
                db,
                actor,
                "trip_changed",
                claim_id=claim.id,
                trip_id=trip.id,
                field=name,
                old_value=before,
                new_value=after,
                comment=comment.strip(),
                at=at,
            )
    return saved


# --- everything a printed claim needs ------------------------------------------------------


def cost_centres_of_units(db: Database) -> dict[int, str]:
    """Every unit's kostnadsställe, or the nearest parent's when the unit has none of its own
    ("" where neither has one), from one query."""
    units = {
        row["id"]: (row["parent_id"], row["kostnadsstalle"].strip())
        for row in db.query("SELECT id, parent_id, kostnadsstalle FROM org_units")
    }
    centres: dict[int, str] = {}
    for unit_id in units:
        seen: set[int] = set()
        current: int | None = unit_id
        while current is not None and current in units and current not in seen:
            seen.add(current)
            parent_id, own = units[current]
            if own:
                centres[unit_id] = own
                break
            current = parent_id
        else:
            centres[unit_id] = ""
    return centres


@dataclass(frozen=True)
class RatesUsed:
    employer_ore_per_mil: int
    tax_free_ore_per_mil: int
    first_date: date
    last_date: date


@dataclass(frozen=True)
class ClaimDetails:
    """A claim with everything the PDF shows, so that reports never query the database."""

    claim: Claim
    employee: Employee
    unit: OrgUnit
    cost_centre: str
    municipality: str
    lines: list[ClaimLine]
    line_cost_centres: dict[str, str]  # trip id → cost centre, where it differs from the claim's
    rates_used: list[RatesUsed]


def claim_details(db: Database, claim_id: str) -> ClaimDetails:
    claim = _require(db, claim_id)
    employee = get_employee(db, claim.employee_id)
    unit = get_unit(db, claim.unit_id)
    assert employee is not None and unit is not None  # foreign keys guarantee both
    centres = cost_centres_of_units(db)
    cost_centre = centres.get(unit.id, "")
    lines = claim_lines(db, claim_id)
    line_centres: dict[str, str] = {}
    rates: dict[tuple[int, int], RatesUsed] = {}
    for line in lines:
        line_centre = centres.get(line.unit_id, "")
        if line_centre != cost_centre:
            line_centres[line.trip_id] = line_centre
        key = (line.employer_ore_per_mil, line.tax_free_ore_per_mil)
        seen = rates.get(key)
        rates[key] = RatesUsed(
            key[0],
            key[1],
            min(seen.first_date, line.date) if seen else line.date,
            max(seen.last_date, line.date) if seen else line.date,
        )
    return ClaimDetails(
        claim=claim,
        employee=employee,
        unit=unit,
        cost_centre=cost_centre,
        municipality=str(get_setting(db, "municipality_name") or ""),
        lines=lines,
        line_cost_centres=line_centres,
        rates_used=sorted(rates.values(), key=lambda r: r.first_date),
    )

"""Claims for the demo municipality, in every state, consistent with the demo's payout dates.

The demo generator marks every own-car trip whose payout day (the 25th of the following
month) has passed with ``paid_on``. This module turns those trips into what really happened:
monthly claims that were submitted, approved by an attestant and exported to payroll in one
PAXml batch per payout day (so the batches hold real files), and, for the months not yet paid,
claims that are approved, submitted, still drafts, and one that the attestant returned with a
comment. Two attestants are set up: one for the cleaning unit (LOK), one for the archive (ARK).

Call it after the trips are inserted, inside or outside the demo's transaction::

    from resebok.core.demo_claims import create_demo_claims
    create_demo_claims(db, today, rng)

Claims are written in bulk (thousands of them) rather than through submit/approve one by one,
but their lines come from the same computation (resebok.core.claims.compute_line) and the paid
ones go through the real export (resebok.core.paxml.export_paxml).
"""

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlite_utils import Database

from resebok.core.attest import add_attestant_unit
from resebok.core.claims import LINE_COLUMNS, ClaimState, LineValues, compute_line, month_bounds
from resebok.core.home_rule import refresh_home_rule
from resebok.core.org import find_unit
from resebok.core.paxml import export_paxml
from resebok.core.rates import load_rate_table
from resebok.core.tamper import chain_unhashed_entries

PAYROLL_ACTOR = "Lönecenter"
ATTESTED_UNITS = ("LOK", "ARK")  # each gets its own attestant, a member of the unit
RETURN_COMMENTS = (
    "Resan den {day} är längre än vanligt för sträckan – stämmer kilometerantalet?",
    "Ange vem du besökte på resan den {day}.",
    "Resan den {day} började hemma – kontrollera avdraget för resvägen till arbetet.",
)


@dataclass
class DemoClaimStats:
    by_state: dict[str, int] = field(default_factory=dict)
    batches: int = 0
    attestants: list[str] = field(default_factory=list)

    def describe(self) -> str:
        labels = {s.value: s.label.lower() for s in ClaimState}
        parts = [f"{n} {labels[state]}" for state, n in sorted(self.by_state.items()) if n]
        return f"reseräkningar: {', '.join(parts)}; {self.batches} lönefiler"


@dataclass
class _Draft:
    """A claim being assembled before it is written."""

    id: str
    employee_id: int
    employee_name: str
    unit_id: int
    month: str
    lines: list[LineValues]
    paid_on: date | None
    flagged_days: list[int]
    state: ClaimState = ClaimState.DRAFT
    attestant: str = ""
    events: list[tuple[datetime, str, str, str, str, str]] = field(default_factory=list)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _at(day: date, hour: int, rng: random.Random) -> datetime:
    return datetime.combine(day, time(hour, rng.randrange(0, 60, 5)))


def _setup_attestants(db: Database) -> dict[int, tuple[int, str]]:
    """unit id → (attestant employee id, name) for LOK and ARK: the unit's first employee."""
    found: dict[int, tuple[int, str]] = {}
    for code in ATTESTED_UNITS:
        unit = find_unit(db, code)
        if unit is None:
            continue
        rows = list(
            db.query(
                "SELECT id, name FROM employees WHERE unit_id = ? ORDER BY number LIMIT 1",
                [unit.id],
            )
        )
        if rows:
            add_attestant_unit(db, rows[0]["id"], unit.id)
            found[unit.id] = (rows[0]["id"], rows[0]["name"])
    return found


def _approver(
    claim: _Draft, attestants: dict[int, tuple[int, str]], unit_names: dict[int, str]
) -> str:
    """The unit's attestant; for other units, and an attestant's own claim, the manager."""
    attestant = attestants.get(claim.unit_id)
    if attestant and attestant[0] != claim.employee_id:
        return attestant[1]
    return f"Enhetschef, {unit_names[claim.unit_id]}"


def _load_claims(db: Database, rng: random.Random) -> list[_Draft]:
    rates = load_rate_table(db)
    rows = db.query(
        """
        SELECT t.id, t.date, t.km, t.reduction_km, t.paid_on, t.km_flagged, t.from_home,
               t.employee_id, e.name AS employee_name, e.unit_id
        FROM trips t JOIN employees e ON e.id = t.employee_id
        WHERE t.mode = 'own_car' AND t.reimbursable = 1
        ORDER BY t.employee_id, t.date, t.start_time, t.id
        """
    )
    claims: dict[tuple[int, str, str | None], _Draft] = {}
    for row in rows:
        month = row["date"][:7]
        key = (row["employee_id"], month, row["paid_on"])
        claim = claims.get(key)
        if claim is None:
            claim = claims[key] = _Draft(
                id=_uuid(rng),
                employee_id=row["employee_id"],
                employee_name=row["employee_name"],
                unit_id=row["unit_id"],
                month=month,
                lines=[],
                paid_on=date.fromisoformat(row["paid_on"]) if row["paid_on"] else None,
                flagged_days=[],
            )
        day = date.fromisoformat(row["date"])
        claim.lines.append(compute_line(row["id"], day, row["km"], row["reduction_km"], rates))
        if row["km_flagged"] or row["from_home"]:
            claim.flagged_days.append(day.day)
    return sorted(claims.values(), key=lambda c: (c.month, c.employee_id))


def _plan_states(
    claims: list[_Draft],
    today: date,
    rng: random.Random,
    attestants: dict[int, tuple[int, str]],
    unit_names: dict[int, str],
) -> None:
    """Give each claim its state and the events that led there (timestamps before *today*)."""
    current_month = today.isoformat()[:7]
    unpaid_months = sorted({c.month for c in claims if c.paid_on is None})
    latest = unpaid_months[-1] if unpaid_months else None
    for claim in claims:
        first, last = month_bounds(claim.month)
        created = _at(min(first + timedelta(days=rng.randint(0, 6)), today), 16, rng)
        claim.events.append((created, claim.employee_name, "created", "", "draft", ""))
        if claim.paid_on is not None:
            submit_day = last + timedelta(days=rng.randint(1, 6))
            approve_day = submit_day + timedelta(days=rng.randint(1, 8))
            claim.state = ClaimState.APPROVED  # the export makes it paid
        else:
            # Months still to be paid: a finished month is mostly approved or submitted; the
            # running month has drafts, and those who drove early in the month have submitted.
            draw = rng.random()
            if claim.month < current_month:
                claim.state = ClaimState.APPROVED if draw < 0.55 else ClaimState.SUBMITTED
            else:
                claim.state = (
                    ClaimState.DRAFT
                    if draw < 0.45
                    else ClaimState.SUBMITTED
                    if draw < 0.8
                    else ClaimState.APPROVED
                )
            submit_day = min(max(last, created.date()) + timedelta(days=rng.randint(1, 4)), today)
            if claim.month == current_month:
                submit_day = today - timedelta(days=rng.randint(0, 3))
            approve_day = min(submit_day + timedelta(days=rng.randint(0, 4)), today)
        if claim.state == ClaimState.DRAFT:
            continue
        submitted = max(_at(submit_day, 8, rng), created + timedelta(minutes=5))
        claim.events.append((submitted, claim.employee_name, "submitted", "draft", "submitted", ""))
        if claim.state == ClaimState.APPROVED:
            claim.attestant = _approver(claim, attestants, unit_names)
            approved = max(_at(approve_day, 13, rng), submitted + timedelta(minutes=30))
            claim.events.append(
                (approved, claim.attestant, "approved", "submitted", "approved", "")
            )
    _return_one(claims, latest, rng, attestants, unit_names)


def _day_text(day: int) -> str:
    """Swedish ordinal for a day of the month: 1:a, 2:a, 3:e, 11:e, 21:a, 22:a, 31:a."""
    return f"{day}:{'a' if day % 10 in (1, 2) and day not in (11, 12) else 'e'}"


def _return_one(
    claims: list[_Draft],
    latest: str | None,
    rng: random.Random,
    attestants: dict[int, tuple[int, str]],
    unit_names: dict[int, str],
) -> None:
    """One submitted claim of the latest unpaid month went back to its employee, a question."""
    candidates = [
        c for c in claims if c.paid_on is None and c.month == latest and c.state == "submitted"
    ]
    attested = [
        c
        for c in candidates
        if c.unit_id in attestants and attestants[c.unit_id][0] != c.employee_id
    ]
    preferred = [c for c in attested if c.flagged_days] or attested or candidates
    if not preferred:
        return
    claim = preferred[0]
    claim.attestant = _approver(claim, attestants, unit_names)
    days = claim.flagged_days or [claim.events[0][0].day]
    comment = rng.choice(RETURN_COMMENTS).format(day=_day_text(days[0]))
    submitted = claim.events[-1][0]
    returned = submitted + timedelta(hours=rng.randint(2, 30))
    claim.events.append((returned, claim.attestant, "returned", "submitted", "draft", comment))
    claim.state = ClaimState.DRAFT


def _stamp(moment: datetime) -> str:
    return moment.astimezone().isoformat(timespec="seconds")


def _write_claims(db: Database, claims: list[_Draft]) -> None:
    claim_rows: list[tuple[Any, ...]] = []
    line_rows: list[tuple[Any, ...]] = []
    audit_rows: list[tuple[Any, ...]] = []
    for claim in claims:
        times = {
            action: (at, actor, comment) for at, actor, action, _o, _n, comment in claim.events
        }
        created = times["created"]
        submitted = times.get("submitted")
        approved = times.get("approved")
        returned = times.get("returned")
        last_event = max(at for at, *_rest in claim.events)
        claim_rows.append(
            (
                claim.id,
                claim.employee_id,
                claim.month,
                str(claim.state),
                _stamp(created[0]),
                created[1],
                _stamp(submitted[0]) if submitted and claim.state != ClaimState.DRAFT else None,
                submitted[1] if submitted and claim.state != ClaimState.DRAFT else None,
                _stamp(approved[0]) if approved else None,
                approved[1] if approved else None,
                _stamp(returned[0]) if returned else None,
                returned[1] if returned else None,
                returned[2] if returned else "",
                _stamp(last_event),
            )
        )
        line_rows.extend(line.row(claim.id) for line in claim.lines)
        for at, actor, action, old, new, comment in claim.events:
            audit_rows.append(
                (_stamp(at), actor, claim.id, action, "state", old or None, new, comment)
            )
    db.conn.executemany(
        "INSERT INTO claims (id, employee_id, month, state, created_at, created_by, "
        "submitted_at, submitted_by, approved_at, approved_by, returned_at, returned_by, "
        "return_comment, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        claim_rows,
    )
    db.conn.executemany(
        f"INSERT INTO claim_lines ({LINE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        line_rows,
    )
    db.conn.executemany(
        "INSERT INTO audit_log (at, actor, claim_id, action, field, old_value, new_value, "
        "comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        audit_rows,
    )


def _export_paid(db: Database, claims: list[_Draft], rng: random.Random) -> int:
    """One PAXml batch per payout day, oldest first, through the real export."""
    by_payout: dict[date, list[_Draft]] = defaultdict(list)
    for claim in claims:
        if claim.paid_on is not None:
            by_payout[claim.paid_on].append(claim)
    for paid_on in sorted(by_payout):
        period = max(c.month for c in by_payout[paid_on])
        exported_at = datetime.combine(paid_on - timedelta(days=6), time(10, 0))
        export_paxml(db, period, paid_on, PAYROLL_ACTOR, now=exported_at, batch_id=_uuid(rng))
    return len(by_payout)


def create_demo_claims(db: Database, today: date, rng: random.Random) -> DemoClaimStats:
    """Create the demo's attestants, claims in every state and payroll batches.

    Expects the demo's organisation, staff and trips (own-car trips paid before *today* carry
    ``paid_on``). Own-car trips that the home rule does not reimburse (commuting) lose their
    ``paid_on``: nobody was paid for them. Deterministic for a given *rng* state and *today*.
    """
    with db.atomic():
        refresh_home_rule(db)
        db.execute(
            "UPDATE trips SET paid_on = NULL WHERE mode = 'own_car' AND reimbursable = 0 "
            "AND paid_on IS NOT NULL"
        )
        attestants = _setup_attestants(db)
        unit_names = {row["id"]: row["name"] for row in db.query("SELECT id, name FROM org_units")}
        claims = _load_claims(db, rng)
        _plan_states(claims, today, rng, attestants, unit_names)
        _write_claims(db, claims)
        chain_unhashed_entries(db)  # the bulk-written history joins the audit hash chain
        batches = _export_paid(db, claims, rng)
        stats = DemoClaimStats(batches=batches, attestants=[n for _i, n in attestants.values()])
        for row in db.query("SELECT state, COUNT(*) AS n FROM claims GROUP BY state"):
            stats.by_state[row["state"]] = row["n"]
    return stats

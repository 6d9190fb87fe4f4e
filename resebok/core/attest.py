"""Attestants: who approves the claims of which units, and what they see when they do.

An attestant is an employee linked to one or more units; a unit includes the units below it
in the organisation tree, so a head of department attests the whole department. Nobody attests
their own claim. The attest view lists submitted claims with the flags an attestant should
look at: km far from the suggestion, trips that started at home, and (once the green-prompt
issue stores reasons) own-car trips without a reason.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from resebok.core.claims import (
    Claim,
    ClaimError,
    ClaimState,
    approve_claim,
    get_claim,
    list_claims,
    return_claim,
)
from resebok.core.models import Employee, OrgUnit
from resebok.core.org import (
    all_units,
    employees_with_ids,
    get_employee,
    get_unit,
    subtree_ids,
)


@dataclass(frozen=True)
class Attestant:
    employee: Employee
    units: list[OrgUnit]  # the units linked directly (each includes its subtree)


def add_attestant_unit(db: Database, employee_id: int, unit_id: int) -> None:
    if get_employee(db, employee_id) is None:
        raise ClaimError("Välj en anställd som attestant.")
    if get_unit(db, unit_id) is None:
        raise ClaimError("Välj en enhet att attestera.")
    db.execute(
        "INSERT OR IGNORE INTO attestant_units (employee_id, unit_id) VALUES (?, ?)",
        [employee_id, unit_id],
    )


def remove_attestant_unit(db: Database, employee_id: int, unit_id: int) -> None:
    db.execute(
        "DELETE FROM attestant_units WHERE employee_id = ? AND unit_id = ?",
        [employee_id, unit_id],
    )


def attestant_units(db: Database, employee_id: int) -> list[OrgUnit]:
    """The units linked directly to the attestant, by name."""
    linked = {
        row["unit_id"]
        for row in db.query(
            "SELECT unit_id FROM attestant_units WHERE employee_id = ?", [employee_id]
        )
    }
    return [unit for unit in all_units(db) if unit.id in linked]


def attested_unit_ids(db: Database, employee_id: int) -> set[int]:
    """Every unit whose claims the attestant sees: the linked units and all below them."""
    ids: set[int] = set()
    for unit in attestant_units(db, employee_id):
        ids.update(subtree_ids(db, unit.id))
    return ids


def list_attestants(db: Database) -> list[Attestant]:
    """Every attestant by name, each with the units linked directly (by name, as
    attestant_units gives them): three queries however many attestants."""
    linked: dict[int, set[int]] = {}
    for row in db.query("SELECT employee_id, unit_id FROM attestant_units"):
        linked.setdefault(row["employee_id"], set()).add(row["unit_id"])
    if not linked:
        return []
    units = all_units(db)
    return [
        Attestant(employee, [unit for unit in units if unit.id in linked[employee.id]])
        for employee in employees_with_ids(db, linked)
    ]


def attestants_of_unit(db: Database, unit_id: int) -> list[Employee]:
    """Who may attest claims of employees in *unit_id* (linked to it or to a unit above it)."""
    return [
        a.employee for a in list_attestants(db) if unit_id in attested_unit_ids(db, a.employee.id)
    ]


def check_may_attest(db: Database, attestant_id: int, claim: Claim) -> None:
    """ClaimError unless *attestant_id* may attest *claim* (never one's own, only own units)."""
    if claim.employee_id == attestant_id:
        raise ClaimError("Du kan inte attestera din egen reseräkning.")
    if claim.unit_id not in attested_unit_ids(db, attestant_id):
        raise ClaimError(
            f"Du attesterar inte {claim.unit_name}; reseräkningen för {claim.employee_name} "
            "måste attesteras av enhetens attestant."
        )


# --- the attest view ------------------------------------------------------------------------


@dataclass(frozen=True)
class AttestItem:
    claim: Claim
    flagged_trips: int  # km more than the allowed share away from the suggestion
    home_trips: int  # trips that started at home
    trips_without_reason: int  # own-car trips with no recorded reason (green prompt)

    @property
    def flags(self) -> list[str]:
        """Swedish labels of the flags that apply, for the attest view's flag column."""
        labels = []
        if self.flagged_trips:
            labels.append(f"{self.flagged_trips} med avvikande km")
        if self.home_trips:
            labels.append(f"{self.home_trips} från bostaden")
        if self.trips_without_reason:
            labels.append(f"{self.trips_without_reason} egen bil utan skäl")
        return labels


def _flag_counts(db: Database, claim_ids: list[str]) -> dict[str, tuple[int, int, int]]:
    """Per claim: trips far from the suggestion, trips from home, own-car trips without the
    reason that the green prompt records (resebok.core.green_records)."""
    if not claim_ids:
        return {}
    marks = ",".join("?" for _ in claim_ids)
    rows = db.query(
        f"""
        SELECT l.claim_id, SUM(t.km_flagged) AS flagged, SUM(t.from_home) AS from_home,
               SUM(t.mode = 'own_car' AND NOT EXISTS (
                   SELECT 1 FROM green_decisions d
                   WHERE d.trip_id = t.id AND d.reason_code IS NOT NULL
               )) AS without_reason
        FROM claim_lines l JOIN trips t ON t.id = l.trip_id
        WHERE l.claim_id IN ({marks}) GROUP BY l.claim_id
        """,
        claim_ids,
    )
    return {
        row["claim_id"]: (
            int(row["flagged"] or 0),
            int(row["from_home"] or 0),
            int(row["without_reason"] or 0),
        )
        for row in rows
    }


def claims_to_attest(db: Database, attestant_id: int) -> list[AttestItem]:
    """Submitted claims of the attestant's units (not their own), with their flags."""
    units = attested_unit_ids(db, attestant_id)
    if not units:
        return []
    claims = [
        c
        for c in list_claims(db, state=ClaimState.SUBMITTED, unit_ids=units)
        if c.employee_id != attestant_id
    ]
    counts = _flag_counts(db, [c.id for c in claims])
    return [AttestItem(c, *counts.get(c.id, (0, 0, 0))) for c in claims]


def approve_claims(
    db: Database,
    claim_ids: Iterable[str],
    actor: str,
    attestant_id: int | None = None,
    now: datetime | None = None,
) -> list[Claim]:
    """Approve several claims in one step: all of them, or (on any error) none."""
    with db.atomic():
        return [approve_claim(db, cid, actor, attestant_id, now) for cid in claim_ids]


def return_claims(
    db: Database,
    claim_ids: Iterable[str],
    actor: str,
    comment: str,
    attestant_id: int | None = None,
    now: datetime | None = None,
) -> list[Claim]:
    """Return several claims with the same comment: all of them, or (on any error) none."""
    with db.atomic():
        returned = []
        for claim_id in claim_ids:
            claim = get_claim(db, claim_id)
            if claim is not None and attestant_id is not None:
                check_may_attest(db, attestant_id, claim)
            returned.append(return_claim(db, claim_id, actor, comment, now))
        return returned

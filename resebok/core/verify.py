"""``resebok verify``: has anything been changed outside Resebok since it was logged?

Walks the audit log's hash chain and compares every claim with the snapshot sealed by its
latest entry (resebok.core.tamper explains both). A finding names the claim (employee, month,
state) or the log row in Swedish; when a claim differs, hints say what most likely changed
(a trip's km no longer matching its frozen claim line, a payout date moved).
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from resebok.core.audit import ACTION_LABELS, STATE_LABELS
from resebok.core.tamper import GENESIS, entry_hash, iter_claim_snapshot_hashes

LOCKED_STATES = frozenset({"submitted", "approved", "paid"})
KM_TOLERANCE = 0.05


@dataclass(frozen=True)
class Finding:
    """One thing that was changed outside Resebok, in Swedish."""

    message: str
    claim_id: str | None = None
    audit_id: int | None = None
    hints: tuple[str, ...] = ()


@dataclass
class _ClaimLog:
    """What the log says about one claim: its latest state and its latest seal."""

    state: str | None = None  # the new_value of the latest state entry; None after "deleted"
    has_state: bool = False
    seal: str | None = None
    seal_entry: dict[str, Any] | None = None


@dataclass
class VerifyReport:
    entries: int = 0
    claims: int = 0
    locked_claims: int = 0
    head: str = GENESIS
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def text(self) -> str:
        """The report as the CLI prints it."""
        lines = [
            f"Loggen: {self.entries} rader kontrollerade.",
            f"Reseräkningar: {self.claims} kontrollerade, varav {self.locked_claims} inskickade, "
            "attesterade eller utbetalda.",
        ]
        if self.ok:
            lines.append("Allt stämmer: inget har ändrats utanför Resebok sedan det loggades.")
        else:
            lines.append(
                f"{len(self.findings)} avvikelse{'r' if len(self.findings) != 1 else ''} – "
                "ändrat utanför Resebok:"
            )
            for finding in self.findings:
                lines.append(f"  • {finding.message}")
                lines.extend(f"      – {hint}" for hint in finding.hints)
        lines.append(
            f"Loggkedjans kontrollsumma: {self.head} (anteckna den för att senare kunna visa att "
            "loggen inte har skrivits om)."
        )
        return "\n".join(lines)


def _entry_label(entry: dict[str, Any]) -> str:
    """ "”Attesterad” 2025-04-02 09:30": the entry's action and its time, to the minute."""
    action = ACTION_LABELS.get(entry["action"], entry["action"])
    return f"”{action}” {entry['at'][:16].replace('T', ' ')}"


def _check_chain(db: Database, report: VerifyReport) -> dict[str, _ClaimLog]:
    logs: dict[str, _ClaimLog] = {}
    previous, previous_id = GENESIS, 0
    for row in db.query("SELECT * FROM audit_log ORDER BY id"):
        report.entries += 1
        entry_id = row["id"]
        where = f"Loggrad {entry_id} ({_entry_label(row)}, {row['actor']})"
        if row["hash"] is None:
            report.findings.append(
                Finding(
                    f"{where} saknar kontrollsumma: den har lagts till utanför Resebok.",
                    row["claim_id"],
                    entry_id,
                )
            )
        elif entry_hash(previous, row) != row["hash"]:
            if entry_id == previous_id + 2:
                message = f"Loggrad {entry_id - 1} saknas: den har tagits bort utanför Resebok."
            elif entry_id != previous_id + 1:
                message = (
                    f"Loggraderna {previous_id + 1}–{entry_id - 1} saknas: de har tagits bort "
                    "utanför Resebok."
                )
            else:
                message = f"{where} har ändrats utanför Resebok."
            report.findings.append(Finding(message, row["claim_id"], entry_id))
        previous, previous_id = row["hash"] or GENESIS, entry_id
        claim_id = row["claim_id"]
        if claim_id:
            log = logs.setdefault(claim_id, _ClaimLog())
            if row["field"] == "state":
                log.state, log.has_state = row["new_value"], True
            if row["snapshot_hash"] is not None:
                log.seal, log.seal_entry = row["snapshot_hash"], dict(row)
    report.head = previous
    return logs


def _claim_rows(db: Database) -> dict[str, dict[str, Any]]:
    rows = db.query(
        "SELECT c.id, c.state, c.month, c.paid_on, e.name AS employee FROM claims c "
        "JOIN employees e ON e.id = c.employee_id"
    )
    return {row["id"]: row for row in rows}


def _describe(claim: dict[str, Any]) -> str:
    state = STATE_LABELS.get(claim["state"], claim["state"])
    return f"Reseräkningen för {claim['employee']}, {claim['month']} ({state}, {claim['id'][:8]})"


def _hints(db: Database, claim: dict[str, Any]) -> tuple[str, ...]:
    """What most likely changed: a trip that no longer matches its frozen line."""
    hints: list[str] = []
    rows = db.query(
        "SELECT t.date, t.route_text, t.km AS trip_km, l.km AS line_km, t.paid_on "
        "FROM claim_lines l JOIN trips t ON t.id = l.trip_id WHERE l.claim_id = ? "
        "ORDER BY t.date, t.id",
        [claim["id"]],
    )
    for row in rows:
        if abs(row["trip_km"] - row["line_km"]) > KM_TOLERANCE:
            hints.append(
                f"resan {row['date']} {row['route_text']}: {_km(row['trip_km'])} km i resan men "
                f"{_km(row['line_km'])} km på den låsta raden"
            )
    return tuple(hints)


def _km(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _paid_on_findings(db: Database) -> Iterator[Finding]:
    """Trips of a paid claim carry its payout date (the indicator counts by it)."""
    rows = db.query(
        "SELECT c.id AS claim_id, c.month, e.name AS employee, t.date, t.route_text, "
        "t.paid_on AS trip_paid_on, c.paid_on AS claim_paid_on FROM claims c "
        "JOIN employees e ON e.id = c.employee_id "
        "JOIN claim_lines l ON l.claim_id = c.id JOIN trips t ON t.id = l.trip_id "
        "WHERE c.state = 'paid' AND (t.paid_on IS NULL OR t.paid_on <> c.paid_on)"
    )
    for row in rows:
        yield Finding(
            f"Resan {row['date']} {row['route_text']} på den utbetalda reseräkningen för "
            f"{row['employee']}, {row['month']}: utbetalningsdatum {row['trip_paid_on'] or '–'} "
            f"men reseräkningen betalades ut {row['claim_paid_on']}.",
            row["claim_id"],
        )


def verify_database(db: Database) -> VerifyReport:
    """Check the chain and every claim; the report's ``ok`` is False when anything differs."""
    report = VerifyReport()
    logs = _check_chain(db, report)
    claims = _claim_rows(db)
    report.claims = len(claims)
    for claim_id, current_hash in iter_claim_snapshot_hashes(db):
        claim = claims[claim_id]
        state = claim["state"]
        locked = state in LOCKED_STATES
        report.locked_claims += locked
        log = logs.get(claim_id)
        if log is None or not log.has_state:
            report.findings.append(
                Finding(
                    f"{_describe(claim)} finns inte i loggen: den har skapats eller ändrats "
                    "utanför Resebok.",
                    claim_id,
                )
            )
        elif log.state != state:
            logged = STATE_LABELS.get(log.state or "", log.state or "borttagen")
            report.findings.append(
                Finding(
                    f"{_describe(claim)}: enligt loggen är den {logged}; statusen har ändrats "
                    "utanför Resebok.",
                    claim_id,
                )
            )
        elif locked and log.seal != current_hash:
            when = _entry_label(log.seal_entry) if log.seal_entry else "den loggades"
            report.findings.append(
                Finding(
                    f"{_describe(claim)} har ändrats utanför Resebok efter {when} (reseräkningen, "
                    "dess rader eller resor).",
                    claim_id,
                    hints=_hints(db, claim),
                )
            )
    for claim_id, log in logs.items():
        if claim_id not in claims and log.has_state and log.state is not None:
            state = STATE_LABELS.get(log.state, log.state)
            report.findings.append(
                Finding(
                    f"Reseräkningen {claim_id[:8]} ({state} enligt loggen) saknas i databasen: "
                    "den har tagits bort utanför Resebok.",
                    claim_id,
                )
            )
    report.findings.extend(_paid_on_findings(db))
    return report

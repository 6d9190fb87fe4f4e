"""Payroll export as PAXml 2.0 (../shared/specs/paxml/): approved claims become salary lines.

One export is one batch: every approved claim of the period or earlier that has not been paid
(so a claim approved late is not left behind) becomes ``lonetrans`` lines, and in the same
transaction the claims are marked paid with the payout date and the batch, and their trips get
the payout date (the indicator counts paid km by payout date). The file is stored with the
batch: re-exporting a batch deliberately writes the very same bytes again, while a claim that
has been paid is never picked up by a new export.

Lines, per claim (``samlingsid`` = the claim's id), employee (``anstid`` = employee number),
cost centre (``resenheter``, dimension 1 = Kostnadsställe, declared in ``dimensioner`` and
``resultatenheter``) and rate:

- ``MILPRI_FRI`` (Milersättning privatbil – skattefri): the tax-free part;
- ``MILPRI_SKT`` (Milersättning privatbil – skattepliktig): the taxable part, left out when 0.

Units: ``antal`` is in **mil** (1 mil = 10 km) with two decimals, since Swedish mileage rates
are per mil; ``apris`` is kr per mil (for MILPRI_SKT the part of the employer's rate above the
tax-free rate); ``belopp`` is kr, the sum of the claim lines' amounts, each rounded to whole öre
once (resebok.core.money), so antal × apris equals belopp up to those öre roundings. ``datum``
is the last day of the claim's month. The file is ISO-8859-1, as the specification's example.
"""

import json
import os
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from resebok import __version__
from resebok.core.audit import log_event, now_text
from resebok.core.claims import (
    Claim,
    ClaimState,
    cost_centres_of_units,
    list_claims,
    mark_claims_paid,
    month_bounds,
    month_label,
    parse_month,
)
from resebok.core.money import km_tenths, ore_to_kr
from resebok.core.settings import get_setting

PROGRAM_NAME = "Resebok"
LONKOD_TAX_FREE = "MILPRI_FRI"
LONKOD_TAXABLE = "MILPRI_SKT"
LONKOD_NAMES = {
    LONKOD_TAX_FREE: "Milersättning privatbil - skattefri",
    LONKOD_TAXABLE: "Milersättning privatbil - skattepliktig",
}
COST_CENTRE_DIM = 1
COST_CENTRE_DIM_NAME = "Kostnadsställe"
MAX_DIM_ID = 10  # the schema's dimidTYPE
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://www.paxml.se/2.0/paxml.xsd"
ENCODING = "ISO-8859-1"
# The municipality's salary day: mileage is paid with the salary of the month after the claim's
# month. Only a proposal: the payout date is chosen at each export (check_paid_on).
PAYOUT_DAY = 25


class ExportError(ValueError):
    """An export that cannot be made; the message is Swedish."""


@dataclass(frozen=True)
class PayLine:
    """One ``lonetrans``: a claim's km at one rate on one cost centre, for one salary code."""

    employee_number: str
    claim_id: str
    month: str
    cost_centre: str
    lonkod: str
    paid_tenths: int  # reimbursed distance in tenths of a km
    ore_per_mil: int  # the rate this part is paid at
    amount_ore: int

    @property
    def antal_mil(self) -> Decimal:
        return (Decimal(self.paid_tenths) / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class ExportBatch:
    id: str
    period: str
    paid_on: date
    created_at: str
    created_by: str
    claim_count: int
    total_ore: int
    filename: str


@dataclass(frozen=True)
class ExportResult:
    batch: ExportBatch
    xml: bytes
    claim_ids: list[str]


def claims_ready_for_export(db: Database, period: str) -> list[Claim]:
    """Approved, unpaid claims of *period* ("YYYY-MM") or earlier, oldest first."""
    period = parse_month(period)
    ready = list_claims(db, state=ClaimState.APPROVED, month_to=period)
    return sorted(ready, key=lambda c: (c.month, c.employee_number, c.created_at))


def pay_lines(db: Database, claims: Iterable[Claim]) -> list[PayLine]:
    """Group each claim's lines by cost centre and rate into tax-free and taxable parts.

    Two queries however many claims: every line of the claims at once, and the cost centres.
    """
    claims = list(claims)
    rows_by_claim: dict[str, list[dict]] = {}
    rows = db.query(
        "SELECT l.claim_id, l.paid_km, l.employer_ore_per_mil, l.tax_free_ore_per_mil, "
        "l.tax_free_ore, l.taxable_ore, t.unit_id, u.name AS unit_name FROM claim_lines l "
        "JOIN trips t ON t.id = l.trip_id JOIN org_units u ON u.id = t.unit_id "
        "WHERE l.claim_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY t.date, t.start_time, t.id",
        [json.dumps([claim.id for claim in claims])],
    )
    for row in rows:
        rows_by_claim.setdefault(row["claim_id"], []).append(row)
    centres = cost_centres_of_units(db) if rows_by_claim else {}
    result: list[PayLine] = []
    for claim in claims:
        groups: dict[tuple[str, str, int], list[int]] = {}  # → [tenths, öre]
        for row in rows_by_claim.get(claim.id, []):
            centre = centres.get(row["unit_id"], "")
            if not centre:
                raise ExportError(
                    f"Enheten {row['unit_name']} har inget kostnadsställe; ange det under "
                    "Organisation innan lönefilen skapas."
                )
            if len(centre) > MAX_DIM_ID:
                raise ExportError(
                    f"Kostnadsstället {centre!r} är längre än {MAX_DIM_ID} tecken, vilket "
                    "PAXml inte tillåter."
                )
            employer, tax_free = row["employer_ore_per_mil"], row["tax_free_ore_per_mil"]
            free_rate = min(employer, tax_free)
            tenths = km_tenths(row["paid_km"])
            parts = (
                (LONKOD_TAX_FREE, free_rate, row["tax_free_ore"]),
                (LONKOD_TAXABLE, employer - free_rate, row["taxable_ore"]),
            )
            for lonkod, rate, amount in parts:
                if rate <= 0:
                    continue
                group = groups.setdefault((centre, lonkod, rate), [0, 0])
                group[0] += tenths
                group[1] += amount
        for (centre, lonkod, rate), (tenths, amount) in groups.items():
            if amount == 0:
                continue  # nothing to pay: a zero taxable part, or km fully reduced
            result.append(
                PayLine(
                    claim.employee_number,
                    claim.id,
                    claim.month,
                    centre,
                    lonkod,
                    tenths,
                    rate,
                    amount,
                )
            )
    return result


def _cost_centre_names(db: Database, centres: Iterable[str]) -> dict[str, str]:
    """Each cost centre's name: the first unit (by id) that has it as its own, in one query."""
    owners: dict[str, str] = {}
    for row in db.query("SELECT trim(kostnadsstalle) AS centre, name FROM org_units ORDER BY id"):
        owners.setdefault(row["centre"], row["name"])
    return {
        centre: owners.get(centre, f"Kostnadsställe {centre}") for centre in sorted(set(centres))
    }


def _sub(parent: ET.Element, tag: str, text: object) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = str(text)
    return element


def build_paxml(
    lines: list[PayLine],
    cost_centre_names: dict[str, str],
    *,
    organisation: str,
    organisation_number: str,
    created: datetime,
    info: str,
) -> bytes:
    """The PAXml document for *lines*: pure, so that it is easy to test and to validate."""
    ET.register_namespace("xsi", XSI)
    root = ET.Element("paxml", {f"{{{XSI}}}noNamespaceSchemaLocation": SCHEMA_LOCATION})
    header = ET.SubElement(root, "header")
    _sub(header, "format", "LÖNIN")
    _sub(header, "version", "2.0")
    _sub(header, "datum", created.astimezone().replace(microsecond=0).isoformat())
    if organisation_number.strip():
        _sub(header, "foretagorgnr", organisation_number.strip()[:12])
    if organisation.strip():
        _sub(header, "foretagnamn", organisation.strip())
    _sub(header, "programnamn", f"{PROGRAM_NAME} {__version__}")
    _sub(header, "info", info)

    centres = sorted({line.cost_centre for line in lines})
    if centres:
        dimensions = ET.SubElement(root, "dimensioner")
        ET.SubElement(
            dimensions, "dimension", {"dim": str(COST_CENTRE_DIM), "namn": COST_CENTRE_DIM_NAME}
        )
        units = ET.SubElement(root, "resultatenheter")
        for centre in centres:
            ET.SubElement(
                units,
                "resultatenhet",
                {"dim": str(COST_CENTRE_DIM), "id": centre, "namn": cost_centre_names[centre]},
            )
    if lines:
        transactions = ET.SubElement(root, "lonetransaktioner")
        for post_id, line in enumerate(lines, start=1):
            trans = ET.SubElement(
                transactions,
                "lonetrans",
                {"postid": str(post_id), "anstid": line.employee_number},
            )
            _sub(trans, "lonkod", line.lonkod)
            _sub(trans, "benamning", LONKOD_NAMES[line.lonkod])
            _sub(trans, "kommentar", f"Reseräkning {month_label(line.month)}")
            _sub(trans, "datum", month_bounds(line.month)[1].isoformat())
            _sub(trans, "antal", line.antal_mil)
            _sub(trans, "apris", ore_to_kr(line.ore_per_mil))
            _sub(trans, "belopp", ore_to_kr(line.amount_ore))
            _sub(trans, "samlingsid", line.claim_id)
            resenheter = ET.SubElement(trans, "resenheter")
            ET.SubElement(
                resenheter, "resenhet", {"dim": str(COST_CENTRE_DIM), "id": line.cost_centre}
            )
    ET.indent(root, space="  ")
    declaration = f'<?xml version="1.0" encoding="{ENCODING.lower()}"?>\n'.encode("ascii")
    return declaration + ET.tostring(root, encoding=ENCODING, xml_declaration=False) + b"\n"


def default_payout(period: date) -> date:
    """The payout date proposed for the claims of *period*'s month: the salary day of the month
    after (a December claim is paid on 25 January)."""
    following = date(period.year + period.month // 12, period.month % 12 + 1, 1)
    return following.replace(day=PAYOUT_DAY)


def check_paid_on(period: str, paid_on: date) -> None:
    """ExportError unless *paid_on* can be the payout date of *period* (not before it).

    Separate so that the GUI can say so before it asks where to save the file.
    """
    period = parse_month(period)
    if paid_on < month_bounds(period)[0]:
        raise ExportError(f"Utbetalningsdagen {paid_on.isoformat()} ligger före perioden {period}.")


def export_filename(period: str, paid_on: date) -> str:
    """The file name an export is stored under and that the GUI proposes when saving it."""
    return f"paxml-milersattning-{parse_month(period)}-{paid_on.isoformat()}.xml"


def _batch(row: dict) -> ExportBatch:
    return ExportBatch(
        id=row["id"],
        period=row["period"],
        paid_on=date.fromisoformat(row["paid_on"]),
        created_at=row["created_at"],
        created_by=row["created_by"],
        claim_count=row["claim_count"],
        total_ore=row["total_ore"],
        filename=row["filename"],
    )


def export_paxml(
    db: Database,
    period: str,
    paid_on: date,
    actor: str,
    now: datetime | None = None,
    batch_id: str | None = None,
) -> ExportResult:
    """Export the approved, unpaid claims of *period* or earlier and mark them paid.

    All in one transaction: if anything fails, no claim is marked and no batch is stored.
    Raises ExportError (Swedish) when there is nothing to export or the data is incomplete.
    *now* and *batch_id* exist for reproducible output (tests, the demo).
    """
    period = parse_month(period)
    check_paid_on(period, paid_on)
    created = (now or datetime.now()).astimezone()
    at = now_text(created)
    with db.atomic():
        claims = claims_ready_for_export(db, period)
        if not claims:
            raise ExportError(
                f"Det finns inga attesterade reseräkningar för {period} eller tidigare som "
                "inte redan har betalats ut."
            )
        lines = pay_lines(db, claims)
        total = sum(c.total_ore for c in claims)
        xml = build_paxml(
            lines,
            _cost_centre_names(db, (line.cost_centre for line in lines)),
            organisation=str(get_setting(db, "municipality_name") or ""),
            organisation_number=str(get_setting(db, "organisation_number") or ""),
            created=created,
            info=(
                f"Kilometerersättning t.o.m. {period}, utbetalning {paid_on.isoformat()}; "
                "antal i mil, apris i kr/mil"
            ),
        )
        batch_id = batch_id or str(uuid.uuid4())
        filename = export_filename(period, paid_on)
        db.execute(
            "INSERT INTO export_batches (id, period, paid_on, created_at, created_by, "
            "claim_count, total_ore, filename, xml) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [batch_id, period, paid_on.isoformat(), at, actor, len(claims), total, filename, xml],
        )
        mark_claims_paid(db, [c.id for c in claims], paid_on, batch_id, actor, at)
        batch = get_batch(db, batch_id)
    assert batch is not None
    return ExportResult(batch, xml, [c.id for c in claims])


def export_paxml_to_file(
    db: Database,
    period: str,
    paid_on: date,
    actor: str,
    path: str | Path,
    now: datetime | None = None,
) -> ExportResult:
    """export_paxml and write the file in one transaction: if the file cannot be written
    (disk full, no permission), no claim is marked paid and no batch is stored.

    The file is written under a temporary name inside the transaction and renamed into place
    only after the commit, so a crash never leaves a payroll file whose claims are still
    unpaid (a new export would pay them again); a crash after the commit leaves the batch,
    which ``--batch`` / "Exportera batch igen" writes again byte for byte.
    """
    target = Path(path)
    temporary = target.with_name(target.name + ".tmp")
    try:
        with db.atomic():
            result = export_paxml(db, period, paid_on, actor, now)
            with open(temporary, "wb") as handle:
                handle.write(result.xml)
                handle.flush()
                os.fsync(handle.fileno())
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
    return result


def get_batch(db: Database, batch_id: str) -> ExportBatch | None:
    rows = list(
        db.query(
            "SELECT id, period, paid_on, created_at, created_by, claim_count, total_ore, "
            "filename FROM export_batches WHERE id = ?",
            [batch_id],
        )
    )
    return _batch(rows[0]) if rows else None


def list_batches(db: Database) -> list[ExportBatch]:
    """Every export, newest payout first."""
    rows = db.query(
        "SELECT id, period, paid_on, created_at, created_by, claim_count, total_ore, filename "
        "FROM export_batches ORDER BY paid_on DESC, created_at DESC"
    )
    return [_batch(row) for row in rows]


def find_batch(db: Database, id_or_prefix: str) -> ExportBatch:
    text = id_or_prefix.strip().lower()
    rows = list(db.query("SELECT id FROM export_batches WHERE id LIKE ? LIMIT 2", [text + "%"]))
    if not text or not rows:
        raise ExportError(f"Ingen export har id {id_or_prefix!r}.")
    if len(rows) > 1:
        raise ExportError(f"Flera exporter börjar med {id_or_prefix!r}; ange fler tecken.")
    return get_batch(db, rows[0]["id"])  # type: ignore[return-value]


def reexport_batch(db: Database, batch_id: str, actor: str, now: datetime | None = None) -> bytes:
    """The stored file of an earlier export, byte for byte; the re-export is logged per claim."""
    rows = list(db.query("SELECT xml FROM export_batches WHERE id = ?", [batch_id]))
    if not rows:
        raise ExportError("Exporten finns inte.")
    at = now_text(now)
    with db.atomic():
        claim_ids = [
            r["id"] for r in db.query("SELECT id FROM claims WHERE batch_id = ?", [batch_id])
        ]
        for claim_id in claim_ids:
            log_event(
                db, actor, "reexported", claim_id=claim_id, comment=f"export {batch_id}", at=at
            )
    return bytes(rows[0]["xml"])


def write_file(path: str | Path, data: bytes) -> None:
    """Write an export atomically enough: a temporary file renamed into place."""
    target = Path(path)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(target)

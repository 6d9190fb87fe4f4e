"""Claims and trips as CSV that Swedish Excel opens correctly, and safely.

Excel with Swedish regional settings reads a CSV file as: semicolon-separated, decimal comma,
and UTF-8 only when the file starts with a byte order mark (otherwise å, ä, ö break). Numbers
are written without thousands separators so that Excel keeps them numbers. Text typed by users
(purposes, names, places) is neutralised: a cell starting with =, +, -, @, a tab or a carriage
return is prefixed with an apostrophe, so that a spreadsheet never runs it as a formula (CSV
injection, OWASP).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from resebok.core.claims import ClaimState, claim_lines, cost_centres_of_units, list_claims
from resebok.core.models import Mode, PurposeCategory
from resebok.core.privacy import masked_routes_between

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITER = ";"
BOM = "\ufeff"


def neutralise(text: str) -> str:
    """Make a text cell inert in a spreadsheet: prefix an apostrophe to formula-like starts."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def decimal_comma(value: float | int | None, decimals: int = 1) -> str:
    return "" if value is None else f"{value:.{decimals}f}".replace(".", ",")


def kr(ore: int | None) -> str:
    """Öre as kronor with a decimal comma and no thousands separator ("1234,50")."""
    if ore is None:
        return ""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole},{cents:02d}"


def yes_no(flag: Any) -> str:
    return "Ja" if flag else "Nej"


@dataclass(frozen=True)
class Text:
    """A cell holding text from users or the database: neutralised and quoted as needed."""

    value: str


Cell = str | Text


def _quote(cell: str) -> str:
    if any(ch in cell for ch in (DELIMITER, '"', "\n", "\r")) or cell != cell.strip():
        return '"' + cell.replace('"', '""') + '"'
    return cell


def to_excel_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """UTF-8 with BOM, semicolons, CRLF line ends; Text cells neutralised, numbers as given."""
    lines = [DELIMITER.join(_quote(neutralise(name)) for name in header)]
    for row in rows:
        cells = [_quote(neutralise(cell.value) if isinstance(cell, Text) else cell) for cell in row]
        lines.append(DELIMITER.join(cells))
    return (BOM + "\r\n".join(lines) + "\r\n").encode("utf-8")


TRIP_HEADER = (
    "Datum",
    "Starttid",
    "Sluttid",
    "Anställningsnummer",
    "Anställd",
    "Enhet",
    "Kostnadsställe",
    "Medlemsorganisation",
    "Färdsätt",
    "Resväg",
    "Ändamål",
    "Ändamålskategori",
    "Km",
    "Föreslagna km",
    "Avvikande km",
    "Mätarställning avfärd",
    "Mätarställning ankomst",
    "Passagerare",
    "Från bostaden",
    "Ersättningsbar",
    "Avdrag km",
    "Reseräkning",
    "Belopp kr",
    "Utbetald",
    "Id",
)


def trips_csv(db: Database, year: int) -> tuple[bytes, int]:
    """Every trip of *year* (by trip date) with its claim status; returns (file, row count)."""
    rows = db.query(
        """
        SELECT t.*, e.number AS employee_number, e.name AS employee_name, u.name AS unit_name,
               m.name AS member_org_name, c.state AS claim_state, l.amount_ore
        FROM trips t
        JOIN employees e ON e.id = t.employee_id
        JOIN org_units u ON u.id = t.unit_id
        LEFT JOIN member_orgs m ON m.id = t.member_org_id
        LEFT JOIN claim_lines l ON l.trip_id = t.id
        LEFT JOIN claims c ON c.id = l.claim_id
        WHERE t.date BETWEEN ? AND ?
        ORDER BY t.date, t.start_time, e.name, t.id
        """,
        [f"{year:04d}-01-01", f"{year:04d}-12-31"],
    )
    centres = cost_centres_of_units(db)
    # The employee's home is "Bostaden" here: this export is for others (resebok.core.privacy).
    homes = masked_routes_between(db, date(year, 1, 1), date(year, 12, 31))
    out: list[list[Cell]] = []
    for row in rows:
        state = ClaimState(row["claim_state"]).label if row["claim_state"] else ""
        out.append(
            [
                row["date"],
                row["start_time"] or "",
                row["end_time"] or "",
                Text(row["employee_number"]),
                Text(row["employee_name"]),
                Text(row["unit_name"]),
                Text(centres.get(row["unit_id"], "")),
                Text(row["member_org_name"] or ""),
                Mode(row["mode"]).label,
                Text(homes.get(row["id"], row["route_text"])),
                Text(row["purpose"]),
                PurposeCategory(row["purpose_category"]).label,
                decimal_comma(row["km"]),
                decimal_comma(row["suggested_km"]),
                yes_no(row["km_flagged"]),
                "" if row["odometer_start"] is None else str(row["odometer_start"]),
                "" if row["odometer_end"] is None else str(row["odometer_end"]),
                str(row["passengers"]),
                yes_no(row["from_home"]),
                yes_no(row["reimbursable"]),
                decimal_comma(row["reduction_km"]),
                state,
                kr(row["amount_ore"]),
                row["paid_on"] or "",
                row["id"],
            ]
        )
    return to_excel_csv(TRIP_HEADER, out), len(out)


CLAIM_HEADER = (
    "Månad",
    "Anställningsnummer",
    "Anställd",
    "Enhet",
    "Status",
    "Antal resor",
    "Km",
    "Avdrag km",
    "Ersatta km",
    "Belopp kr",
    "Skattefritt kr",
    "Skattepliktigt kr",
    "Inskickad",
    "Inskickad av",
    "Attesterad",
    "Attesterad av",
    "Utbetald",
    "Export",
    "Kommentar",
    "Id",
)


def claims_csv(db: Database, year: int) -> tuple[bytes, int]:
    """Every claim whose month lies in *year*; returns (file, row count)."""
    claims = sorted(list_claims(db, year=year), key=lambda c: (c.month, c.employee_name))
    out: list[list[Cell]] = [
        [
            c.month,
            Text(c.employee_number),
            Text(c.employee_name),
            Text(c.unit_name),
            c.state.label,
            str(c.trip_count),
            decimal_comma(c.km),
            decimal_comma(c.reduction_km),
            decimal_comma(c.paid_km),
            kr(c.total_ore),
            kr(c.tax_free_ore),
            kr(c.taxable_ore),
            (c.submitted_at or "")[:10],
            Text(c.submitted_by or ""),
            (c.approved_at or "")[:10],
            Text(c.approved_by or ""),
            c.paid_on.isoformat() if c.paid_on else "",
            c.batch_id or "",
            Text(c.return_comment),
            c.id,
        ]
        for c in claims
    ]
    return to_excel_csv(CLAIM_HEADER, out), len(out)


CLAIM_LINE_HEADER = (
    "Datum",
    "Resväg",
    "Ändamål",
    "Mätarställning avfärd",
    "Mätarställning ankomst",
    "Km",
    "Avdrag km",
    "Ersatta km",
    "Ersättning kr/mil",
    "Skattefri kr/mil",
    "Belopp kr",
    "Skattefritt kr",
    "Skattepliktigt kr",
    "Avdrag, förklaring",
    "Resa",
)


def claim_lines_csv(db: Database, claim_id: str) -> tuple[bytes, int]:
    """One claim's lines as they were computed (for the claim window's CSV export)."""
    lines = claim_lines(db, claim_id)
    out: list[list[Cell]] = [
        [
            line.date.isoformat(),
            Text(line.route),
            Text(line.purpose),
            "" if line.odometer_start is None else str(line.odometer_start),
            "" if line.odometer_end is None else str(line.odometer_end),
            decimal_comma(line.km),
            decimal_comma(line.reduction_km),
            decimal_comma(line.paid_km),
            kr(line.employer_ore_per_mil),
            kr(line.tax_free_ore_per_mil),
            kr(line.amount_ore),
            kr(line.tax_free_ore),
            kr(line.taxable_ore),
            Text(line.reduction_note if line.reduction_km else ""),
            line.trip_id,
        ]
        for line in lines
    ]
    return to_excel_csv(CLAIM_LINE_HEADER, out), len(out)


def export_claim_csv(db: Database, claim_id: str, path: str | Path) -> int:
    """Write one claim's lines to *path*; returns the number of lines."""
    data, count = claim_lines_csv(db, claim_id)
    Path(path).write_bytes(data)
    return count


EXPORTS = {"trips": trips_csv, "claims": claims_csv}


def export_csv(db: Database, kind: str, year: int, path: str | Path) -> int:
    """Write the *kind* ("trips" or "claims") export of *year* to *path*; returns the rows."""
    if kind not in EXPORTS:
        raise ValueError(f"Okänd export: {kind!r} (välj trips eller claims).")
    data, count = EXPORTS[kind](db, year)
    Path(path).write_bytes(data)
    return count

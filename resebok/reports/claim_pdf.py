"""The printed claim (reseräkning) for an own car: A4, Swedish, to sign and to archive.

Built from resebok.core.claims.ClaimDetails only, so the PDF never queries the database. The
standard Helvetica font is used: reportlab writes it with WinAnsi encoding, which holds å, ä,
ö, é and the en dash, and it needs no font file in the installer. Everything users typed
(purpose, places, names, comments) is XML-escaped before it reaches a Paragraph, so markup such
as ``<b>`` prints literally. The trip table repeats its header on every page and each page
says "Sida N av M", which needs a canvas that knows the page count before it draws footers.
"""

from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from resebok.core.claims import ClaimDetails, ClaimLine, ClaimState
from resebok.core.money import format_km, format_kr, format_rate
from resebok.reports.page import FONT, FONT_BOLD, GREY, RULE, write_pdf

HEADER_FILL = colors.Color(0.90, 0.93, 0.96)

BASE = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=7.5, leading=9, textColor=GREY)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=8, leading=9.8)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)
HEAD = ParagraphStyle("head", parent=CELL, fontName=FONT_BOLD)
HEAD_RIGHT = ParagraphStyle("head_right", parent=HEAD, alignment=TA_RIGHT)
TITLE = ParagraphStyle("title", parent=BASE, fontName=FONT_BOLD, fontSize=15, leading=19)
MUNICIPALITY = ParagraphStyle("municipality", parent=BASE, fontName=FONT_BOLD, fontSize=11)
LABEL = ParagraphStyle("label", parent=BASE, fontSize=8, textColor=GREY)
VALUE = ParagraphStyle("value", parent=BASE, fontName=FONT_BOLD)
TOTAL = ParagraphStyle("total", parent=BASE, alignment=TA_RIGHT)
TOTAL_BOLD = ParagraphStyle("total_bold", parent=TOTAL, fontName=FONT_BOLD)
NOTICE = ParagraphStyle(
    "notice", parent=BASE, backColor=colors.Color(1, 0.96, 0.85), borderPadding=4
)

COLUMNS = (  # (title, width, right aligned)
    ("Datum", 18 * mm, False),
    ("Resväg", 50 * mm, False),
    ("Ändamål", 44 * mm, False),
    ("Mätarställning", 23 * mm, False),
    ("Km", 13 * mm, True),
    ("Avdrag", 15 * mm, True),
    ("Belopp", 19 * mm, True),
)


def _p(text: str, style: ParagraphStyle = BASE) -> Paragraph:
    """A paragraph of plain text: escaped, so user input never becomes markup."""
    return Paragraph(escape(text), style)


def _stacked(main: str, note: str, style: ParagraphStyle = CELL) -> Paragraph:
    """Plain text with a small grey second line (both escaped)."""
    markup = escape(main)
    if note:
        markup += f'<br/><font size="6.5" color="#6b6b6b">{escape(note)}</font>'
    return Paragraph(markup, style)


def _odometer(line: ClaimLine) -> str:
    if line.odometer_start is None or line.odometer_end is None:
        return ""
    return f"{line.odometer_start}–{line.odometer_end}"


def _info_table(details: ClaimDetails) -> Table:
    claim, employee, unit = details.claim, details.employee, details.unit
    pairs = [
        ("Anställd", employee.name),
        ("Anställningsnummer", employee.number),
        ("Enhet", unit.name),
        ("Kostnadsställe", details.cost_centre or "–"),
        ("Period", claim.month_label),
        ("Status", claim.state.label),
    ]
    cells = [[_p(label, LABEL), _p(value, VALUE)] for label, value in pairs]
    rows = [cells[0] + cells[3], cells[1] + cells[4], cells[2] + cells[5]]
    table = Table(rows, colWidths=[32 * mm, 60 * mm, 28 * mm, 62 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _columns(details: ClaimDetails) -> list[tuple[str, float, bool]]:
    """The table's columns; without odometer readings their width goes to the route."""
    if any(_odometer(line) for line in details.lines):
        return list(COLUMNS)
    odometer_width = next(w for t, w, _r in COLUMNS if t == "Mätarställning")
    return [
        (title, width + (odometer_width if title == "Resväg" else 0), right)
        for title, width, right in COLUMNS
        if title != "Mätarställning"
    ]


def _trip_table(details: ClaimDetails) -> Table:
    columns = _columns(details)
    with_odometer = len(columns) == len(COLUMNS)
    header = [_p(title, HEAD_RIGHT if right else HEAD) for title, _w, right in columns]
    rows: list[list[Any]] = [header]
    for line in details.lines:
        purpose_note = ""
        centre = details.line_cost_centres.get(line.trip_id)
        if centre:
            purpose_note = f"Belastar kostnadsställe {centre}"
        rows.append(
            [
                _p(line.date.isoformat(), CELL),
                _stacked(line.route, "Från bostaden" if line.from_home else ""),
                _stacked(line.purpose, purpose_note),
                *([_p(_odometer(line), CELL)] if with_odometer else []),
                _p(format_km(line.km), CELL_RIGHT),
                _p(format_km(line.reduction_km) if line.reduction_km else "", CELL_RIGHT),
                _p(format_kr(line.amount_ore, unit=False), CELL_RIGHT),
            ]
        )
    claim = details.claim
    rows.append(
        [
            _p("Summa", HEAD),
            _p(f"{claim.trip_count} resor", HEAD),
            "",
            *([""] if with_odometer else []),
            _p(format_km(claim.km), HEAD_RIGHT),
            _p(format_km(claim.reduction_km), HEAD_RIGHT),
            _p(format_kr(claim.total_ore, unit=False), HEAD_RIGHT),
        ]
    )
    table = Table(rows, colWidths=[w for _t, w, _r in columns], repeatRows=1, hAlign="LEFT")
    last = len(rows) - 1
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, last - 1), 0.25, RULE),
                ("LINEABOVE", (0, last), (-1, last), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _totals(details: ClaimDetails) -> list[Any]:
    claim = details.claim
    rows = [
        ("Körda km", f"{format_km(claim.km)} km"),
        ("Avdrag för resväg bostad–arbete", f"{format_km(claim.reduction_km)} km"),
        ("Ersatta km", f"{format_km(claim.paid_km)} km"),
        ("Skattefri ersättning", format_kr(claim.tax_free_ore)),
        ("Skattepliktig ersättning", format_kr(claim.taxable_ore)),
        ("Att betala ut", format_kr(claim.total_ore)),
    ]
    last = len(rows) - 1
    cells = [
        [
            _p(label, VALUE if n == last else BASE),
            _p(value, TOTAL_BOLD if n == last else TOTAL),
        ]
        for n, (label, value) in enumerate(rows)
    ]
    table = Table(cells, colWidths=[60 * mm, 30 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 3), (-1, 3), 0.25, RULE),
                ("LINEABOVE", (0, last), (-1, last), 0.8, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    rate_texts = []
    for used in details.rates_used:
        period = (
            used.first_date.isoformat()
            if used.first_date == used.last_date
            else f"{used.first_date.isoformat()} – {used.last_date.isoformat()}"
        )
        rate_texts.append(
            f"{period}: ersättning enligt avtal {format_rate(used.employer_ore_per_mil)}, "
            f"varav skattefritt högst {format_rate(used.tax_free_ore_per_mil)} (Skatteverket)."
        )
    notes = [_p("Ersättningsnivåer: " + " ".join(rate_texts), SMALL)] if rate_texts else []
    if claim.reduction_km:
        notes.append(
            _p(
                "Avdrag: en resa som börjar eller slutar i bostaden minskas med den normala "
                "resvägen mellan bostaden och arbetsplatsen, en gång för varje sträcka till "
                "eller från bostaden. Resor mellan bostaden och det ordinarie tjänstestället "
                "ersätts inte.",
                SMALL,
            )
        )
    return [table, Spacer(1, 2 * mm), *notes]


def _signatures(details: ClaimDetails) -> Table:
    claim = details.claim
    approved = claim.state in (ClaimState.APPROVED, ClaimState.PAID) and claim.approved_by
    attest_text = (
        f"Attesterad av {claim.approved_by} {claim.approved_on.isoformat()}"
        if approved and claim.approved_on
        else ""
    )
    submitted = (
        f"Inskickad {claim.submitted_at[:10]}"
        if claim.submitted_at and claim.state != ClaimState.DRAFT
        else ""
    )
    line = "_" * 44
    rows = [
        [_p("Jag intygar att resorna är gjorda i tjänsten med egen bil.", SMALL), ""],
        [_p(submitted, BASE), _p(attest_text, VALUE)],
        [_p(line, BASE), _p(line, BASE)],
        [
            _p("Datum och den anställdas underskrift", SMALL),
            _p("Datum och attestantens underskrift", SMALL),
        ],
        [_p(details.employee.name, BASE), _p(claim.approved_by or "", BASE)],
    ]
    table = Table(rows, colWidths=[91 * mm, 91 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 10),
            ]
        )
    )
    return table


def _notices(details: ClaimDetails) -> list[Any]:
    claim = details.claim
    items: list[Any] = []
    if claim.state == ClaimState.DRAFT:
        text = "Utkast – reseräkningen är inte inskickad för attest."
        if claim.return_comment:
            text += f" Skickad tillbaka av {claim.returned_by}: ”{claim.return_comment}”"
        items += [_p(text, NOTICE), Spacer(1, 4 * mm)]
    if claim.state == ClaimState.PAID and claim.paid_on:
        items += [_p(f"Utbetald {claim.paid_on.isoformat()}.", SMALL), Spacer(1, 2 * mm)]
    return items


def write_claim_pdf(
    details: ClaimDetails, out: str | Path | BinaryIO, printed_on: date | None = None
) -> None:
    """Render the claim to *out* (a path or a binary file object)."""
    claim = details.claim
    story: list[Any] = [
        _p(details.municipality or "", MUNICIPALITY),
        _p("Reseräkning – kilometerersättning för egen bil", TITLE),
        _p(f"Reseräkning {claim.id}", SMALL),
        Spacer(1, 4 * mm),
        _info_table(details),
        Spacer(1, 4 * mm),
        *_notices(details),
        _trip_table(details),
        Spacer(1, 4 * mm),
        # The totals and the signatures belong together: never a signature page on its own.
        KeepTogether([*_totals(details), Spacer(1, 8 * mm), _signatures(details)]),
    ]
    write_pdf(
        out,
        story,
        title=f"Reseräkning {claim.month_label} – {details.employee.name}",
        author=details.municipality or "Resebok",
        footer_left=(
            f"{details.municipality or 'Reseräkning'} · Reseräkning {claim.month_label} · "
            f"{details.employee.name} ({details.employee.number})"
        ),
        printed_on=printed_on or date.today(),
    )


def claim_pdf_bytes(details: ClaimDetails, printed_on: date | None = None) -> bytes:
    buffer = BytesIO()
    write_claim_pdf(details, buffer, printed_on)
    return buffer.getvalue()

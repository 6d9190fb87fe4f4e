"""The controller's report for the executive committee's working group (återrapportering).

A4, Swedish: the indicator "utbetald kilometerersättning" with its target, outcome, forecast,
status and a monthly chart; the controller's analysis; own-car km per unit with shares and a
pie chart of the units of one committee; year on year; the green prompt's effect and the
reasons for keeping the own car; and the member organisations of shared units.

Built from resebok.core.report_data.ControllerReportData only, so it runs no SQL. Standard
Helvetica (WinAnsi: å, ä, ö and the en dash, no font file to ship), so CO₂ is written with a
<sub> tag in paragraphs and as "CO2" inside charts. Everything users typed (the analysis, unit
and organisation names) is XML-escaped before it reaches a Paragraph, so markup prints
literally. No trips are listed, so no route, and therefore no home, ever reaches the paper.
"""

from calendar import monthrange
from collections.abc import Sequence
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from resebok.core.controller_summary import OTHERS, Figures, UnitRow, committee_pie
from resebok.core.indicator import Status
from resebok.core.periods import SHORT_MONTHS, long_date, short_day
from resebok.core.report_data import ControllerReportData
from resebok.reports.fleet_section import fleet_section
from resebok.reports.page import FONT, FONT_BOLD, GREY, MARGIN, RULE, write_pdf

WIDTH = A4[0] - 2 * MARGIN
HEADER_FILL = colors.Color(0.90, 0.93, 0.96)
GREEN = colors.Color(0.13, 0.49, 0.20)
GREEN_FILL = colors.Color(0.86, 0.94, 0.86)
RED = colors.Color(0.72, 0.11, 0.11)
RED_FILL = colors.Color(0.98, 0.87, 0.86)
ACTUAL = colors.Color(0.12, 0.35, 0.62)
FORECAST = colors.Color(0.85, 0.45, 0.05)
PALETTE = (
    colors.Color(0.12, 0.35, 0.62),
    colors.Color(0.85, 0.45, 0.05),
    colors.Color(0.20, 0.58, 0.30),
    colors.Color(0.70, 0.18, 0.22),
    colors.Color(0.47, 0.33, 0.65),
    colors.Color(0.55, 0.40, 0.25),
    colors.Color(0.85, 0.45, 0.65),
    colors.Color(0.30, 0.65, 0.75),
    colors.Color(0.70, 0.70, 0.20),
)
OTHERS_COLOUR = colors.Color(0.72, 0.72, 0.72)
PIE_MIN_SHARE = 0.04  # smaller slices go to "Övriga": a 2 % slice cannot carry a label
PIE_MAX_SLICES = 8

BASE = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
BODY = ParagraphStyle("body", parent=BASE, fontSize=9.5, leading=13, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=7.5, leading=9, textColor=GREY)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=8, leading=9.8)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=FONT_BOLD)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)
CELL_RIGHT_BOLD = ParagraphStyle("cell_right_bold", parent=CELL_RIGHT, fontName=FONT_BOLD)
HEAD = ParagraphStyle("head", parent=CELL, fontName=FONT_BOLD)
HEAD_RIGHT = ParagraphStyle("head_right", parent=HEAD, alignment=TA_RIGHT)
TITLE = ParagraphStyle("title", parent=BASE, fontName=FONT_BOLD, fontSize=16, leading=20)
ORGANISATION = ParagraphStyle("organisation", parent=BASE, fontName=FONT_BOLD, fontSize=11)
H2 = ParagraphStyle(
    "h2", parent=BASE, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
)
LABEL = ParagraphStyle("label", parent=BASE, fontSize=8, textColor=GREY)
FIGURE = ParagraphStyle("figure", parent=BASE, fontName=FONT_BOLD, fontSize=12.5, leading=15)
NBSP = "\u00a0"


# --- text helpers -----------------------------------------------------------------------------


def _p(text: str, style: ParagraphStyle = BASE) -> Paragraph:
    """A paragraph of plain text: escaped, so user input never becomes markup."""
    return Paragraph(escape(text), style)


def _number(value: float) -> str:
    """81925.2 → "81 925" (a non-breaking space groups thousands, as Swedish prints them)."""
    return f"{round(value):,}".replace(",", NBSP)


def _km(value: float) -> str:
    return f"{_number(value)}{NBSP}km"


def _kr(ore: int) -> str:
    return f"{_number(ore / 100)}{NBSP}kr"


def _percent(share: float | None, decimals: int = 1) -> str:
    if share is None:
        return "–"
    return f"{share * 100:.{decimals}f}".replace(".", ",") + f"{NBSP}%"


def _signed_km(value: float) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return f"{sign}{_number(abs(value))}"


def _signed_percent(share: float | None) -> str:
    if share is None:
        return "–"
    sign = "+" if share > 0 else "−" if share < 0 else "±"
    return sign + _percent(abs(share))


CO2 = "CO<sub>2</sub>"


# --- tables -----------------------------------------------------------------------------------


def _table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    total_row: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    last = len(rows) - 1
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total_row and last > 0:
        style.append(("LINEABOVE", (0, last), (-1, last), 0.8, colors.black))
    style.extend(extra)
    table.setStyle(TableStyle(style))
    return table


def _unit_name(row: UnitRow) -> Paragraph:
    """The unit's name indented by its depth; committees and the top in bold."""
    style = CELL_BOLD if row.unit.kind in ("municipality", "committee") else CELL
    indented = ParagraphStyle(f"indent{row.depth}", parent=style, leftIndent=row.depth * 3.5 * mm)
    return _p(row.unit.name, indented)


# --- the indicator ----------------------------------------------------------------------------


def _indicator_section(data: ControllerReportData) -> list[Any]:
    result = data.indicator
    cut = short_day(result.cutoff)
    status = result.status
    if status is None:
        status_text, fill, ink = "Inget mål satt", HEADER_FILL, colors.black
    elif status is Status.MET:
        status_text, fill, ink = status.label, GREEN_FILL, GREEN
    else:
        status_text, fill, ink = status.label, RED_FILL, RED
    status_style = ParagraphStyle("status", parent=FIGURE, textColor=ink)
    labels = ["Mål helår", f"Utfall t.o.m. {cut}", "Prognos helår", "Avvikelse mot mål", "Status"]
    target = result.target_km
    deviation = result.deviation_km
    values = [
        _km(target) if target is not None else "–",
        _km(result.outcome_km),
        _km(result.forecast_km),
        (_signed_km(deviation) + f"{NBSP}km") if deviation is not None else "–",
        status_text,
    ]
    cells = [
        [_p(label, LABEL) for label in labels],
        [_p(v, status_style if n == 4 else FIGURE) for n, v in enumerate(values)],
    ]
    widths = [34 * mm, 36 * mm, 36 * mm, 36 * mm, WIDTH - 142 * mm]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (4, 0), (4, 1), fill),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
            ]
        )
    )
    notes = [f"Prognosmetod: {result.forecast.text}"]
    if result.previous_year_to_date_km is not None:
        notes.append(
            f"Samma period {result.year - 1}: {_km(result.previous_year_to_date_km)}"
            + (
                f", helår {result.year - 1}: {_km(result.previous_year_km)}."
                if result.previous_year_km is not None
                else "."
            )
        )
    notes.append(
        "Indikatorn räknar ersatta kilometer i egen bil efter utbetalningsdag: en resa i "
        "december som betalas ut i januari räknas i januari. Lägre är bättre; målet nås när "
        "prognosen är högst målet."
    )
    return [
        table,
        Spacer(1, 2 * mm),
        *[_p(note, SMALL) for note in notes],
        Spacer(1, 3 * mm),
        _cumulative_chart(data),
    ]


def _format_axis_km(value: float) -> str:
    return _number(value)


def _cumulative_chart(data: ControllerReportData) -> Drawing:
    """Cumulative paid km by month, the target line and the forecast's path (dashed)."""
    result = data.indicator
    cutoff = result.cutoff
    x_cut = cutoff.month - 1 + cutoff.day / monthrange(cutoff.year, cutoff.month)[1]
    actual = [(0.0, 0.0)]
    forecast: list[tuple[float, float]] = []
    for point in result.months:
        if point.cumulative_km is not None:
            x = float(point.month) if point.month < cutoff.month else x_cut
            actual.append((x, point.cumulative_km))
        if point.forecast_cumulative_km is not None and point.month > x_cut + 1e-9:
            forecast.append((float(point.month), point.forecast_cumulative_km))
    forecast.insert(0, (x_cut, result.outcome_km))
    lines = [actual, forecast] if len(forecast) > 1 else [actual]
    target = result.target_km
    if target is not None:
        lines.append([(0.0, target), (12.0, target)])
    peak = max([y for line in lines for _x, y in line] + [1.0])

    height = 68 * mm
    drawing = Drawing(WIDTH, height)
    plot = LinePlot()
    plot.x, plot.y = 16 * mm, 9 * mm
    plot.width, plot.height = WIDTH - 20 * mm, height - 20 * mm
    plot.data = lines
    plot.joinedLines = 1
    plot.lines[0].strokeColor = ACTUAL
    plot.lines[0].strokeWidth = 2
    if len(forecast) > 1:
        plot.lines[1].strokeColor = FORECAST
        plot.lines[1].strokeWidth = 2
        plot.lines[1].strokeDashArray = [4, 3]
    if target is not None:
        index = len(lines) - 1
        plot.lines[index].strokeColor = RED
        plot.lines[index].strokeWidth = 1.2
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, 12
    plot.xValueAxis.valueSteps = list(range(1, 13))
    plot.xValueAxis.labelTextFormat = lambda v: SHORT_MONTHS[int(round(v)) - 1]
    plot.xValueAxis.labels.fontName = FONT
    plot.xValueAxis.labels.fontSize = 7
    plot.xValueAxis.labels.dx = -plot.width / 24  # under the month, not at its end
    plot.yValueAxis.valueMin = 0
    step = _nice_step(peak * 1.12 / 5)
    plot.yValueAxis.valueMax = step * (int(peak * 1.12 / step) + 1)
    plot.yValueAxis.valueStep = step
    plot.yValueAxis.labelTextFormat = _format_axis_km
    plot.yValueAxis.labels.fontName = FONT
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.visibleGrid = 1
    plot.yValueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    drawing.add(plot)
    if x_cut < 12:  # the cut-off as a thin vertical line, unless the year is over
        x_pos = plot.x + plot.width * x_cut / 12
        drawing.add(
            Line(
                x_pos,
                plot.y,
                x_pos,
                plot.y + plot.height,
                strokeColor=GREY,
                strokeWidth=0.5,
                strokeDashArray=[1, 2],
            )  # fmt: skip
        )
        late = x_cut > 10  # the label goes left of the line near the right edge
        drawing.add(
            String(
                x_pos - 2 if late else x_pos + 2,
                plot.y + plot.height - 8,
                f"Brytdag {short_day(cutoff)}",
                fontName=FONT,
                fontSize=6.5,
                fillColor=GREY,
                textAnchor="end" if late else "start",
            )  # fmt: skip
        )
    drawing.add(String(0, height - 6, "Utbetalda km, ackumulerat", fontName=FONT_BOLD, fontSize=8))
    legend = Legend()
    legend.x, legend.y = WIDTH - 4 * mm, height - 2
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 62
    legend.autoXPadding = 14
    legend.fontName, legend.fontSize = FONT, 7
    legend.boxAnchor = "ne"
    legend.dxTextSpace = 4
    pairs = [(ACTUAL, f"Utfall {result.year}")]
    if len(forecast) > 1:
        pairs.append((FORECAST, f"Prognos {_km(result.forecast_km)}"))
    if target is not None:
        pairs.append((RED, f"Mål {_km(target)}"))
    legend.colorNamePairs = pairs
    legend.dx, legend.dy = 8, 3
    drawing.add(legend)
    return drawing


def _nice_step(raw: float) -> float:
    """1, 2, 2.5 or 5 × a power of ten, at least *raw*: round axis labels."""
    if raw <= 0:
        return 1.0
    power = 10 ** len(str(int(raw))) / 10
    for multiple in (1, 2, 2.5, 5, 10):
        if power * multiple >= raw:
            return power * multiple
    return power * 10


# --- units and shares -------------------------------------------------------------------------


UNIT_COLUMNS = (  # (title, width, right aligned)
    ("Enhet", 56 * mm, False),
    ("Resor", 14 * mm, True),
    ("Körda km", 19 * mm, True),
    ("Ersatta km", 19 * mm, True),
    ("Ersättning", 22 * mm, True),
    (f"{CO2} (kg)", 17 * mm, True),
    ("Andel av totalen", 17.5 * mm, True),
    ("Andel av nämnden", 17.5 * mm, True),
)


def _head(title: str, right: bool) -> Paragraph:
    return Paragraph(title, HEAD_RIGHT if right else HEAD)  # titles are ours: markup allowed


def _units_section(data: ControllerReportData) -> list[Any]:
    tree = data.tree
    header = [_head(title, right) for title, _w, right in UNIT_COLUMNS]
    rows: list[list[Any]] = [header]
    bold_rows: list[int] = []
    hidden = 0
    for row in tree.rows:
        figures = row.own_car
        if not figures.trips and row.depth > 1:
            hidden += 1
            continue
        bold = row.unit.kind in ("municipality", "committee")
        right = CELL_RIGHT_BOLD if bold else CELL_RIGHT
        if bold:
            bold_rows.append(len(rows))
        rows.append(
            [
                _unit_name(row),
                _p(_number(figures.trips), right),
                _p(_number(figures.km), right),
                _p(_number(figures.paid_km), right),
                _p(_kr(figures.amount_ore), right),
                _p(_number(figures.co2_kg), right),
                _p(_percent(row.share_of_scope), right),
                _p(_percent(row.share_of_committee) if row.unit.kind != "committee" else "", right),
            ]
        )
    extra = [("BACKGROUND", (0, n), (-1, n), colors.Color(0.96, 0.97, 0.98)) for n in bold_rows]
    table = _table(rows, [w for _t, w, _r in UNIT_COLUMNS], extra=extra)
    total = tree.total()
    notes = [
        f"Egen bil {data.period.label}, {data.tree.basis.label}. Körda km är resornas "
        "kilometer; ersatta km är de som ersätts (körda km minus avdrag för resvägen "
        "bostad–arbete) och de som indikatorn räknar. Andelarna gäller körda km.",
        _amount_note(total),
        "Enheter utan resor i egen bil under perioden visas inte." if hidden else "",
    ]
    items: list[Any] = [
        _p("Kilometer i egen bil per enhet", H2),
        table,
        Spacer(1, 1.5 * mm),
    ]
    items += [_p(note, SMALL) for note in notes if note]
    return items


def _amount_note(total: Figures) -> str:
    text = (
        f"Ersättning: {_kr(total.amount_ore)}, varav skattefritt {_kr(total.tax_free_ore)} och "
        f"skattepliktigt {_kr(total.taxable_ore)}. Beloppen kommer från reseräkningarna"
    )
    if total.estimated_ore:
        text += (
            "; för resor som inte finns på någon reseräkning är beloppet beräknat med de "
            f"ersättningsnivåer som gällde på resdagen ({_kr(total.estimated_ore)} av summan)"
        )
    text += "."
    if total.unpriced_trips:
        text += f" {total.unpriced_trips} resor saknar ersättningsnivå och räknas som 0 kr."
    return text


def pie_slices(data: ControllerReportData) -> list[tuple[str, float]]:
    """(label, km) of the report's pie (see resebok.core.controller_summary.committee_pie)."""
    if data.pie_committee is None:
        return []
    slices = committee_pie(data.tree, data.pie_committee.unit.id, PIE_MIN_SHARE, PIE_MAX_SLICES)
    return [(piece.label, piece.km) for piece in slices]


def _pie_section(data: ControllerReportData) -> list[Any]:
    committee = data.pie_committee
    slices = pie_slices(data)
    if committee is None or not slices:
        return []
    total = sum(km for _name, km in slices)
    height = 62 * mm
    drawing = Drawing(WIDTH, height)
    pie = Pie()
    size = height - 8 * mm
    pie.x, pie.y = 4 * mm, 4 * mm
    pie.width = pie.height = size
    pie.data = [km for _name, km in slices]
    pie.labels = [_percent(km / total, 0) if km / total >= 0.06 else "" for _n, km in slices]
    pie.simpleLabels = 1
    pie.slices.fontName = FONT
    pie.slices.fontSize = 7.5
    pie.slices.fontColor = colors.white
    pie.slices.labelRadius = 0.68
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.startAngle = 90
    pie.direction = "clockwise"
    for n, (name, _size) in enumerate(slices):
        pie.slices[n].fillColor = OTHERS_COLOUR if name == OTHERS else PALETTE[n % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 14 * mm, height - 8 * mm
    legend.alignment = "right"  # the swatch first, then its text
    legend.boxAnchor = "nw"
    legend.columnMaximum = len(slices)
    legend.fontName, legend.fontSize = FONT, 8
    legend.dx, legend.dy = 8, 8
    legend.deltay = 12
    legend.dxTextSpace = 5
    legend.colorNamePairs = [
        (
            OTHERS_COLOUR if name == OTHERS else PALETTE[n % len(PALETTE)],
            f"{name}: {_km(km)} ({_percent(km / total)})",
        )
        for n, (name, km) in enumerate(slices)
    ]
    drawing.add(legend)
    title = (
        f"Egen bil per enhet inom {committee.unit.name}: {_km(committee.own_car.km)}, "
        f"{_percent(committee.share_of_scope)} av totalen"
    )
    return [
        KeepTogether(
            [
                _p(title, H2),
                drawing,
                _p(
                    f"Enheter under {_percent(PIE_MIN_SHARE, 0)} av nämndens km, och km som "
                    "belastar nämnden eller en förvaltning direkt, ingår i ”Övriga”.",
                    SMALL,
                ),
            ]
        )
    ]


# --- year on year -----------------------------------------------------------------------------


def _year_on_year_section(data: ControllerReportData) -> list[Any]:
    yoy = data.year_on_year
    now_label = yoy.period.label
    before_label = yoy.previous_period.label
    header = [
        _head("Enhet", False),
        _head(escape(before_label), True),
        _head(escape(now_label), True),
        _head("Förändring km", True),
        _head("Förändring", True),
    ]
    rows: list[list[Any]] = [header]
    tree = data.tree
    for item in yoy.rows:
        if not item.current.trips and not item.previous.trips:
            continue
        row = tree.row(item.unit.id)
        bold = item.unit.kind in ("municipality", "committee")
        right = CELL_RIGHT_BOLD if bold else CELL_RIGHT
        rows.append(
            [
                _unit_name(row),
                _p(_number(item.previous.km), right),
                _p(_number(item.current.km), right),
                _p(_signed_km(item.diff_km), right),
                _p(_signed_percent(item.diff_share), right),
            ]
        )
    widths = [70 * mm, 28 * mm, 28 * mm, 28 * mm, WIDTH - 154 * mm]
    total = yoy.total
    summary = (
        f"Totalt {_signed_km(total.diff_km)}{NBSP}km ({_signed_percent(total.diff_share)}) "
        f"i egen bil, {now_label} jämfört med {before_label}, {yoy.basis.label}."
    )
    return [
        _p("Jämförelse med föregående år", H2),
        _p(summary, BASE),
        Spacer(1, 1.5 * mm),
        _table(rows, widths),
    ]


# --- the green effect ---------------------------------------------------------------------


def _green_section(data: ControllerReportData) -> list[Any]:
    green = data.green
    items: list[Any] = [_p("Gröna val och skäl för egen bil", H2)]
    if green.is_empty:
        items.append(
            _p(
                "Inga resor har planerats med Resebokens gröna förslag under perioden, så "
                "det finns inga registrerade val eller skäl att redovisa.",
                BASE,
            )
        )
        return items
    total = green.total
    items.append(
        Paragraph(
            f"{_number(total.prompts)} planerade resor fick förslag på gröna alternativ; "
            f"{_number(total.alternatives_taken)} ({_percent(total.green_share, 0)}) gjordes "
            f"på annat sätt än med egen bil. Det undvek {_km(total.km_avoided)} i egen bil och "
            f"{_number(total.co2_avoided_kg)}{NBSP}kg {CO2}"
            + (
                f"; {_number(total.avoided_trips)} resor ersattes av digitala möten."
                if total.avoided_trips
                else "."
            )
            + (
                f" {_number(total.afterwards)} av resorna loggades först efter att "
                f"{'den' if total.afterwards == 1 else 'de'} gjorts, när förslagen inte längre "
                "kunde väljas."
                if total.afterwards
                else ""
            ),
            BASE,
        )
    )
    header = [
        _head("Enhet", False),
        _head("Planerade resor", True),
        _head("Alternativ som passade", True),
        _head("Alternativ valda", True),
        _head("Egen bil", True),
        _head("Undvikna km", True),
        _head(f"Undviken {CO2} (kg)", True),
    ]
    rows: list[list[Any]] = [header]
    for unit in green.units:
        rows.append(
            [
                _p(unit.name, CELL),
                _p(_number(unit.prompts), CELL_RIGHT),
                _p(_number(unit.alternatives_offered), CELL_RIGHT),
                _p(_number(unit.alternatives_taken), CELL_RIGHT),
                _p(_number(unit.own_car_kept), CELL_RIGHT),
                _p(_number(unit.km_avoided), CELL_RIGHT),
                _p(_number(unit.co2_avoided_kg), CELL_RIGHT),
            ]
        )
    widths = [50 * mm, 18 * mm, 22 * mm, 18 * mm, 16 * mm, 20 * mm, WIDTH - 144 * mm]
    items += [Spacer(1, 1.5 * mm), _table(rows, widths)]
    if green.reasons:
        kept = sum(reason.count for reason in green.reasons)
        reason_rows: list[list[Any]] = [
            [
                _head("Skäl för egen bil", False),
                _head("Antal", True),
                _head("Andel", True),
                _head("Km", True),
            ]
        ]
        for reason in green.reasons:
            reason_rows.append(
                [
                    _p(reason.label[:1].upper() + reason.label[1:], CELL),
                    _p(_number(reason.count), CELL_RIGHT),
                    _p(_percent(reason.count / kept if kept else None, 0), CELL_RIGHT),
                    _p(_number(reason.km), CELL_RIGHT),
                ]
            )
        items += [
            Spacer(1, 3 * mm),
            KeepTogether([_table(reason_rows, [82 * mm, 20 * mm, 20 * mm, 24 * mm])]),
        ]
    return items


# --- shared units -----------------------------------------------------------------------------


def _shared_section(data: ControllerReportData) -> list[Any]:
    if not data.shared_units:
        return []
    items: list[Any] = [_p("Gemensamma enheter: km per medlemsorganisation", H2)]
    for shared in data.shared_units:
        rows: list[list[Any]] = [
            [
                _head(escape(shared.unit.name), False),
                _head("Resor", True),
                _head("Km", True),
                _head("Andel", True),
            ]
        ]
        for member in shared.members:
            rows.append(
                [
                    _p(member.name, CELL),
                    _p(_number(member.figures.trips), CELL_RIGHT),
                    _p(_number(member.figures.km), CELL_RIGHT),
                    _p(_percent(member.share), CELL_RIGHT),
                ]
            )
        rows.append(
            [
                _p("Summa", CELL_BOLD),
                _p(_number(shared.total.trips), CELL_RIGHT_BOLD),
                _p(_number(shared.total.km), CELL_RIGHT_BOLD),
                _p(_percent(1.0 if shared.total.km_tenths else None), CELL_RIGHT_BOLD),
            ]
        )
        table = _table(rows, [82 * mm, 20 * mm, 24 * mm, 20 * mm], total_row=True)
        items += [KeepTogether([table]), Spacer(1, 2 * mm)]
    items.append(
        _p(
            f"Egen bil {data.period.label}, {data.tree.basis.label}, efter den "
            "medlemsorganisation som resan belastar.",
            SMALL,
        )
    )
    return items


# --- the analysis -----------------------------------------------------------------------------


def _analysis_section(data: ControllerReportData) -> list[Any]:
    items: list[Any] = [_p("Analys", H2)]
    text = data.analysis.strip()
    if not text:
        items.append(_p("Ingen analys är skriven för rapporten.", SMALL))
        return items
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [escape(line) for line in block.strip().split("\n")]
        if any(lines):
            items.append(Paragraph("<br/>".join(lines), BODY))
    return items


# --- the document -----------------------------------------------------------------------------


def _title(data: ControllerReportData) -> list[Any]:
    result = data.indicator
    whole_year = result.cutoff == date(result.year, 12, 31)
    period = (
        f"helår {result.year}"
        if whole_year
        else f"delår 1 januari – {long_date(result.cutoff)} med prognos för helåret"
    )
    scope = "" if data.scope_name == data.organisation else f"{data.scope_name}, "
    return [
        _p(data.organisation, ORGANISATION),
        _p(f"Utbetald kilometerersättning {result.year}", TITLE),
        _p("Återrapportering till kommunstyrelsens arbetsutskott", BASE),
        _p(f"{scope[:1].upper()}{scope[1:]}{period if scope else period.capitalize()}", BASE),
        _p(f"Datum: {long_date(data.printed_on)}", SMALL),
        Spacer(1, 4 * mm),
    ]


def write_controller_report(data: ControllerReportData, out: str | Path | BinaryIO) -> None:
    """Render the report to *out* (a path or a binary file object)."""
    story: list[Any] = [
        *_title(data),
        *_indicator_section(data),
        *_analysis_section(data),
        CondPageBreak(90 * mm),
        *_units_section(data),
        CondPageBreak(80 * mm),
        *_pie_section(data),
        CondPageBreak(60 * mm),
        *_year_on_year_section(data),
        CondPageBreak(60 * mm),
        *_green_section(data),
        CondPageBreak(50 * mm),
        *_shared_section(data),
        CondPageBreak(120 * mm),
        *fleet_section(data),  # only when the settings choose a unit (issue 6)
    ]
    footer_left = (
        f"{data.organisation} · Återrapportering utbetald kilometerersättning {data.indicator.year}"
    )
    if data.scope_name != data.organisation:
        footer_left += f" · {data.scope_name}"
    write_pdf(
        out,
        story,
        title=f"Utbetald kilometerersättning {data.indicator.year} – {data.scope_name}",
        author=data.organisation,
        footer_left=footer_left,
        printed_on=data.printed_on,
    )


def controller_report_bytes(data: ControllerReportData) -> bytes:
    buffer = BytesIO()
    write_controller_report(data, buffer)
    return buffer.getvalue()

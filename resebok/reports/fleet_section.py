"""The controller's report section on a unit's need of pool cars (issue 6).

Built from ``ControllerReportData.fleet`` (resebok.core.fleet_what_if.FleetReport) only, so it
runs no SQL. The styles and number formats are the report's own (resebok.reports.
controller_report), imported when the section is drawn: that module imports this one.

The chart shows, for N = 1 … the highest peak, the share of the unit's own-car km and trips N
pool cars would have taken over and the share of days N cars were enough for; the chosen
coverage is a dashed line and the recommended N a marked point on the km curve.
"""

from typing import Any

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from resebok.core.fleet_need import FleetNeed

KM_COLOUR = colors.Color(0.12, 0.35, 0.62)
TRIPS_COLOUR = colors.Color(0.20, 0.58, 0.30)
DAYS_COLOUR = colors.Color(0.85, 0.45, 0.05)
KNEE_SHARE = 0.9  # "already N cars take 90 % of the km"


def knee(need: FleetNeed, share: float = KNEE_SHARE) -> int | None:
    """The fewest cars that take at least *share* of the km."""
    return next((p.cars for p in need.curve() if p.share_km >= share), None)


def fleet_chart(need: FleetNeed, width: float, height: float = 62 * mm) -> Drawing:
    from resebok.reports import controller_report as base

    curve = need.curve()
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 14 * mm, 10 * mm
    plot.width, plot.height = width - 18 * mm, height - 22 * mm
    plot.data = [
        [(p.cars, p.share_km * 100) for p in curve],
        [(p.cars, p.share_trips * 100) for p in curve],
        [(p.cars, p.share_days * 100) for p in curve],
    ]
    plot.joinedLines = 1
    for index, colour in enumerate((KM_COLOUR, TRIPS_COLOUR, DAYS_COLOUR)):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.8 if index == 0 else 1.2
    plot.lines[2].strokeDashArray = [3, 2]
    top = max(need.max_peak, 1)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, top
    step = 1 if top <= 20 else 2 if top <= 40 else 5
    plot.xValueAxis.valueSteps = list(range(0, top + 1, step))
    plot.xValueAxis.labelTextFormat = lambda v: f"{int(round(v))}"
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, 100
    plot.yValueAxis.valueStep = 20
    plot.yValueAxis.labelTextFormat = lambda v: f"{int(round(v))} %"
    plot.yValueAxis.visibleGrid = 1
    plot.yValueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = base.FONT, 7
    drawing.add(plot)

    def x_of(cars: float) -> float:
        return plot.x + plot.width * cars / top

    def y_of(percent: float) -> float:
        return plot.y + plot.height * percent / 100

    coverage = need.settings.coverage_percent
    drawing.add(
        Line(
            plot.x,
            y_of(coverage),
            plot.x + plot.width,
            y_of(coverage),
            strokeColor=base.RED,
            strokeWidth=0.8,
            strokeDashArray=[4, 3],
        )
    )
    drawing.add(
        String(
            plot.x + 2,
            y_of(coverage) + 2,
            f"{coverage:g} % av dagarna",
            fontName=base.FONT,
            fontSize=6.5,
            fillColor=base.RED,
        )
    )
    point = need.point(need.need)
    if point is not None:
        x, y = x_of(point.cars), y_of(point.share_km * 100)
        drawing.add(
            Line(
                x,
                plot.y,
                x,
                y_of(100),
                strokeColor=base.GREY,
                strokeWidth=0.5,
                strokeDashArray=[1, 2],
            )
        )
        drawing.add(Circle(x, y, 3.2, fillColor=KM_COLOUR, strokeColor=colors.white))
        drawing.add(
            String(
                x - 3,
                plot.y + 3,
                f"{point.cars} bilar",
                fontName=base.FONT_BOLD,
                fontSize=7,
                textAnchor="end",
            )
        )
    drawing.add(
        String(
            0, height - 7, "Andel som N kommunbilar tar över", fontName=base.FONT_BOLD, fontSize=8
        )
    )
    drawing.add(
        String(
            plot.x + plot.width / 2,
            1,
            "Antal kommunbilar (N)",
            fontName=base.FONT,
            fontSize=7,
            textAnchor="middle",
        )
    )
    legend = Legend()
    legend.x, legend.y = width - 2 * mm, height - 2
    legend.boxAnchor = "ne"
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 58
    legend.autoXPadding = 12
    legend.fontName, legend.fontSize = base.FONT, 7
    legend.dxTextSpace = 4
    legend.dx, legend.dy = 8, 3
    legend.colorNamePairs = [
        (KM_COLOUR, "Andel km"),
        (TRIPS_COLOUR, "Andel resor"),
        (DAYS_COLOUR, "Andel dagar som räcker"),
    ]
    drawing.add(legend)
    return drawing


def fleet_section(data: Any) -> list[Any]:
    """The section for *data* (ControllerReportData), or nothing when no unit is chosen."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from resebok.core.fleet_what_if import COST_NOTE, cost_sentence
    from resebok.reports import controller_report as base

    report = data.fleet
    if report is None:
        return []
    need = report.need
    unit = base.escape(need.unit.name)
    items: list[Any] = [base._p(f"Behov av kommunbilar: {need.unit.name}", base.H2)]
    if need.days == 0:
        items.append(
            base._p(f"{need.unit.name} har inga resor i egen bil under {need.period.label}.")
        )
        return items
    point = need.point(need.need)
    assert point is not None
    coverage = f"{need.settings.coverage_percent:g}{base.NBSP}%"
    text = (
        f"<b>{need.need} kommunbilar</b> hade räckt för {unit} {coverage} av de "
        f"{base._number(need.days)} dagarna med resor i egen bil under {need.period.label} "
        f"(som mest var {need.max_peak} bilar ute samtidigt). De hade tagit över "
        f"{base._percent(point.share_km)} av kilometrarna och {base._percent(point.share_trips)} "
        "av resorna."
    )
    fewer = knee(need)
    if fewer is not None and fewer < need.need:
        share = need.point(fewer)
        assert share is not None
        text += (
            f" Redan {fewer} bilar hade tagit {base._percent(share.share_km)} av kilometrarna: "
            "topparna är korta, och de sista bilarna behövs bara de dagar då flest är ute."
        )
    items.append(Paragraph(text, base.BODY))
    items.append(Spacer(1, 2 * mm))
    items.append(fleet_chart(need, base.WIDTH))
    items.append(Spacer(1, 3 * mm))
    result = report.what_if
    if result is not None:
        effect = result.forecast
        per_year = result.per_year
        items.append(
            Paragraph(
                f"Med {result.cars} bilar från 1 januari {effect.year + 1} beräknas de "
                f"utbetalda kilometrarna {effect.year + 1} för {base.escape(effect.scope.name)} "
                f"till <b>{base._km(effect.next_with_cars_km)}</b> i stället för "
                f"{base._km(effect.next_today_km)}: {effect.year + 1} antas bli som årets "
                f"prognos, {unit} står för {base._percent(effect.unit_share)} av de utbetalda "
                f"kilometrarna och bilarna tar {base._percent(effect.covered_share)} av enhetens "
                "ersatta kilometrar. Bilarna hade minskat utsläppen med "
                f"{base._number(per_year.co2_saved_g / 1000)}{base.NBSP}kg {base.CO2} om året.",
                base.BODY,
            )
        )
        items.append(
            base._p(
                f"{cost_sentence(per_year, result.cars)} {report.break_even}".strip(), base.BODY
            )
        )
    if report.costs:
        items += [Spacer(1, 1.5 * mm), _cost_table(report.costs, need.need), Spacer(1, 1 * mm)]
        items.append(base._p(COST_NOTE, base.SMALL))
    items.append(
        base._p(
            f"Metod: varje dags resor i egen bil läggs på en tidslinje; {need.estimated_trips} "
            f"av {base._number(need.trips)} resor saknade tider och fick en uppskattad tid "
            f"({need.settings.speed_kmh:g} km/h och {need.stop_minutes} min per stopp, inom "
            f"arbetstiden {need.settings.day_start:%H:%M}–{need.settings.day_end:%H:%M}). "
            "Bilarna fördelas dag för dag så att de tar så många km som möjligt utan att någon "
            "bil är på två ställen samtidigt. Resor hemifrån och pendling ingår inte"
            + (
                f" ({need.excluded_from_home + need.excluded_commuting} resor)."
                if need.excluded
                else "."
            ),
            base.SMALL,
        )
    )
    return [KeepTogether(items[:4]), *items[4:]]


def _cost_table(rows: list[tuple[int, Any]], recommended: int) -> Any:
    """Per N: the km the cars take, what they save and cost in a year, and the difference."""
    from resebok.core.money import format_whole_kr as whole_kr
    from resebok.reports import controller_report as base

    head = [
        base._head("Bilar", True),
        base._head("Km per år", True),
        base._head("Km per bil", True),
        base._head("Ersättning som sparas", True),
        base._head("Bilarnas kostnad", True),
        base._head("Netto per år", True),
    ]
    table: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    for cars, cost in rows:
        style = base.CELL_RIGHT_BOLD if cars == recommended else base.CELL_RIGHT
        net = cost.net_ore
        table.append(
            [
                base._p(str(cars), style),
                base._p(base._number(cost.car_km_per_year), style),
                base._p(base._number(cost.car_km_per_year / cars), style),
                base._p(whole_kr(cost.allowance_saved_ore), style),
                base._p(whole_kr(cost.cars_cost_ore), style),
                base._p(("+" if net > 0 else "−" if net < 0 else "") + whole_kr(abs(net)), style),
            ]
        )
        if cars == recommended:
            extra.append(
                ("BACKGROUND", (0, len(table) - 1), (-1, len(table) - 1), base.HEADER_FILL)
            )
    widths = [14 * mm, 24 * mm, 22 * mm, 36 * mm, 32 * mm, 30 * mm]
    return base._table(table, widths, extra=extra)

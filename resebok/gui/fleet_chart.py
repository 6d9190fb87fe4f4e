"""The fleet-need chart (QtCharts): N pool cars against the share of km, trips and days covered.

Fed a plain resebok.core.fleet_need.FleetNeed; it owns no queries. The km curve is the thick
one, the chosen coverage of days a dashed red line, and the recommended N a marked point with a
dotted vertical line, in the printed report's colours (resebok.reports.fleet_section).
"""

from PySide6.QtCharts import QChart, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QWidget

from resebok.core.fleet_need import FleetNeed
from resebok.gui.chart_parts import ChartView, LinePlot, new_chart
from resebok.gui.formatting import format_number, period_label

KM_COLOUR = QColor(31, 89, 158)
TRIPS_COLOUR = QColor(51, 148, 77)
DAYS_COLOUR = QColor(217, 115, 13)
COVERAGE_COLOUR = QColor(184, 28, 28)
MARK_COLOUR = QColor(110, 110, 110)


def _chart(title: str) -> QChart:
    return new_chart(title, margin=4)


class FleetChart(ChartView):
    """Shares (0–100 %) that N = 1 … peak pool cars take over; ``show_need`` redraws it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("fleetChart", QSize(460, 320), parent)
        self.setChart(_chart(self.tr("Andel som N kommunbilar tar över")))
        self.km_series: QLineSeries | None = None
        self.trips_series: QLineSeries | None = None
        self.days_series: QLineSeries | None = None
        self.coverage_line: QLineSeries | None = None
        self.recommended: QScatterSeries | None = None

    def clear(self, title: str | None = None) -> None:
        self.replace_chart(
            _chart(self.tr("Andel som N kommunbilar tar över") if title is None else title)
        )
        self.km_series = self.trips_series = self.days_series = None
        self.coverage_line = self.recommended = None

    def show_need(self, need: FleetNeed) -> None:
        curve = need.curve()
        chart = _chart(
            self.tr("Andel som N kommunbilar tar över – {unit}, {period}").format(
                unit=need.unit.name, period=period_label(need.period)
            )
        )
        top = max(need.max_peak, 1)
        x_axis, y_axis = QValueAxis(), QValueAxis()
        x_axis.setRange(0, top)
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(0)
        x_axis.setTickInterval(1 if top <= 20 else 2 if top <= 40 else 5)
        x_axis.setLabelFormat("%.0f")  # the axis holds doubles: "%d" prints nothing
        x_axis.setTitleText(self.tr("Antal kommunbilar (N)"))
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%.0f %")  # localized labels keep the rest literally
        plot = LinePlot(chart, x_axis, y_axis)
        self.km_series = plot.line(
            self.tr("Andel km"), [(p.cars, p.share_km * 100) for p in curve], QPen(KM_COLOUR, 3)
        )
        self.trips_series = plot.line(
            self.tr("Andel resor"),
            [(p.cars, p.share_trips * 100) for p in curve],
            QPen(TRIPS_COLOUR, 2),
        )
        self.days_series = plot.line(
            self.tr("Andel dagar"),
            [(p.cars, p.share_days * 100) for p in curve],
            QPen(DAYS_COLOUR, 2, Qt.PenStyle.DashLine),
        )
        coverage = need.settings.coverage_percent
        self.coverage_line = plot.line(
            self.tr("Täckning {percent} %").format(percent=format_number(coverage, 0)),
            [(0, coverage), (top, coverage)],
            QPen(COVERAGE_COLOUR, 1.5, Qt.PenStyle.DashLine),
        )
        point = need.point(need.need)
        if point is not None:
            dotted = QPen(MARK_COLOUR, 1, Qt.PenStyle.DotLine)
            marker_line = plot.line("", [(point.cars, 0), (point.cars, 100)], dotted)
            chart.legend().markers(marker_line)[0].setVisible(False)
            self.recommended = plot.marker(
                self.tr("Förslag: %n bilar", "", point.cars),
                [(point.cars, point.share_km * 100), (point.cars, point.share_trips * 100)],
                size=13,
                colour=KM_COLOUR,
                border=QColor("white"),
            )
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.replace_chart(chart)

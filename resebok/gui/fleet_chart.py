"""The fleet-need chart (QtCharts): N pool cars against the share of km, trips and days covered.

Fed a plain resebok.core.fleet_need.FleetNeed; it owns no queries. The km curve is the thick
one, the chosen coverage of days a dashed red line, and the recommended N a marked point with a
dotted vertical line, in the printed report's colours (resebok.reports.fleet_section).
"""

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from resebok.core.fleet_need import FleetNeed
from resebok.gui.formatting import format_number, period_label
from resebok.gui.i18n import ui_locale

KM_COLOUR = QColor(31, 89, 158)
TRIPS_COLOUR = QColor(51, 148, 77)
DAYS_COLOUR = QColor(217, 115, 13)
COVERAGE_COLOUR = QColor(184, 28, 28)
MARK_COLOUR = QColor(110, 110, 110)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setLocale(ui_locale())
    chart.setLocalizeNumbers(True)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


class FleetChart(QChartView):
    """Shares (0–100 %) that N = 1 … peak pool cars take over; ``show_need`` redraws it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fleetChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(460, 320)
        self.setChart(_chart(self.tr("Andel som N kommunbilar tar över")))
        self.km_series: QLineSeries | None = None
        self.trips_series: QLineSeries | None = None
        self.days_series: QLineSeries | None = None
        self.coverage_line: QLineSeries | None = None
        self.recommended: QScatterSeries | None = None

    def clear(self, title: str | None = None) -> None:
        old = self.chart()
        self.setChart(
            _chart(self.tr("Andel som N kommunbilar tar över") if title is None else title)
        )
        old.deleteLater()
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
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        def line(name: str, points: list[tuple[float, float]], pen: QPen) -> QLineSeries:
            series = QLineSeries()
            series.setName(name)
            for x, y in points:
                series.append(QPointF(x, y))
            series.setPen(pen)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            return series

        self.km_series = line(
            self.tr("Andel km"), [(p.cars, p.share_km * 100) for p in curve], QPen(KM_COLOUR, 3)
        )
        self.trips_series = line(
            self.tr("Andel resor"),
            [(p.cars, p.share_trips * 100) for p in curve],
            QPen(TRIPS_COLOUR, 2),
        )
        dashed = QPen(DAYS_COLOUR, 2)
        dashed.setStyle(Qt.PenStyle.DashLine)
        self.days_series = line(
            self.tr("Andel dagar"), [(p.cars, p.share_days * 100) for p in curve], dashed
        )
        coverage = need.settings.coverage_percent
        pen = QPen(COVERAGE_COLOUR, 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.coverage_line = line(
            self.tr("Täckning {percent} %").format(percent=format_number(coverage, 0)),
            [(0, coverage), (top, coverage)],
            pen,
        )
        point = need.point(need.need)
        if point is not None:
            dotted = QPen(MARK_COLOUR, 1)
            dotted.setStyle(Qt.PenStyle.DotLine)
            marker_line = line("", [(point.cars, 0), (point.cars, 100)], dotted)
            chart.legend().markers(marker_line)[0].setVisible(False)
            self.recommended = QScatterSeries()
            self.recommended.setName(self.tr("Förslag: %n bilar", "", point.cars))
            self.recommended.setMarkerSize(13)
            self.recommended.setColor(KM_COLOUR)
            self.recommended.setBorderColor(QColor("white"))
            self.recommended.append(QPointF(point.cars, point.share_km * 100))
            self.recommended.append(QPointF(point.cars, point.share_trips * 100))
            chart.addSeries(self.recommended)
            self.recommended.attachAxis(x_axis)
            self.recommended.attachAxis(y_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()

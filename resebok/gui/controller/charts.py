"""The controller's charts (QtCharts): the indicator's cumulative km, a committee's pie, and
the reasons for keeping the own car.

Each chart is fed plain core results and owns no queries. Numbers on the axes and the month
names follow the user interface's language ("70 000" in Swedish, "70,000" in English), and the
colours follow the printed report so the screen and the paper read alike.
"""

from calendar import monthrange
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QWidget

from resebok.core.controller_summary import OTHERS, PieSlice
from resebok.core.green_effect import ReasonShare
from resebok.core.indicator import IndicatorResult
from resebok.gui.chart_parts import ChartView, LinePlot, new_chart
from resebok.gui.controller import fmt
from resebok.gui.formatting import month_name, short_day
from resebok.gui.labels import text as label_text

ACTUAL = QColor(31, 89, 158)
FORECAST = QColor(217, 115, 13)
TARGET = QColor(184, 28, 28)
CUTOFF = QColor(110, 110, 110)
PALETTE = (
    QColor(31, 89, 158),
    QColor(217, 115, 13),
    QColor(51, 148, 77),
    QColor(179, 46, 56),
    QColor(120, 84, 166),
    QColor(140, 102, 64),
    QColor(217, 115, 166),
    QColor(77, 166, 191),
    QColor(179, 179, 51),
)
OTHERS_COLOUR = QColor(184, 184, 184)


def _chart(title: str) -> QChart:
    return new_chart(title, margin=6, title_points=1)


def nice_max(value: float) -> float:
    """A round upper bound for an axis: 1, 2, 2.5 or 5 × a power of ten, above *value*."""
    if value <= 0:
        return 10.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10.0 * magnitude


# --- the indicator ----------------------------------------------------------------------------


def _month_axis() -> QCategoryAxis:
    """0 is 1 January and 12 is 31 December; each month's name sits in the middle of it."""
    axis = QCategoryAxis()
    axis.setRange(0, 12)
    axis.setStartValue(0)
    for month in range(1, 13):
        axis.append(month_name(month, short=True), month)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    axis.setGridLineVisible(True)
    return axis


def cutoff_x(result: IndicatorResult) -> float:
    cutoff = result.cutoff
    return cutoff.month - 1 + cutoff.day / monthrange(cutoff.year, cutoff.month)[1]


def indicator_lines(
    result: IndicatorResult,
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """The actual path (from 0 on 1 January to the outcome on the cut-off day) and the forecast
    path from the cut-off to December, in month coordinates (month m ends at x = m)."""
    x_cut = cutoff_x(result)
    actual = [(0.0, 0.0)]
    forecast = [(x_cut, result.outcome_km)]
    for point in result.months:
        if point.cumulative_km is not None:
            x = float(point.month) if point.month < result.cutoff.month else x_cut
            actual.append((x, point.cumulative_km))
        if point.forecast_cumulative_km is not None and point.month > x_cut + 1e-9:
            forecast.append((float(point.month), point.forecast_cumulative_km))
    return actual, forecast if len(forecast) > 1 else []


class CumulativeChart(ChartView):
    """Cumulative paid km by month: actual, the dashed forecast, the target as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("cumulativeChart", QSize(520, 360), parent)
        self.setChart(_chart(self.tr("Utbetalda km, ackumulerat")))

    def show_result(self, result: IndicatorResult) -> None:
        chart = _chart(
            self.tr("Utbetalda km {year}, ackumulerat per månad").format(year=result.year)
        )
        actual, forecast = indicator_lines(result)
        x_axis, y_axis = _month_axis(), QValueAxis()
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText("km")
        peaks = [y for _x, y in actual + forecast] + [result.target_km or 0.0, 1.0]
        y_axis.setRange(0, nice_max(max(peaks) * 1.08))
        y_axis.setTickCount(6)
        plot = LinePlot(chart, x_axis, y_axis)
        self.actual = plot.line(
            self.tr("Utfall t.o.m. {day}").format(day=short_day(result.cutoff)),
            actual,
            QPen(ACTUAL, 2.6),
        )
        self.forecast = None
        if forecast:
            self.forecast = plot.line(
                self.tr("Prognos {km}").format(km=fmt.km_text(result.forecast_km)),
                forecast,
                QPen(FORECAST, 2.4, Qt.PenStyle.DashLine),
            )
        self.target = None
        if result.target_km is not None:
            target = result.target_km
            self.target = plot.line(
                self.tr("Mål {km}").format(km=fmt.km_text(target)),
                [(0, target), (12, target)],
                QPen(TARGET, 1.8),
            )
        if cutoff_x(result) < 12:
            plot.marker(
                self.tr("Brytdag {day}").format(day=short_day(result.cutoff)),
                [(cutoff_x(result), result.outcome_km)],
                size=9,
                colour=CUTOFF,
                border=CUTOFF,
            )
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.replace_chart(chart)


# --- a committee's pie ------------------------------------------------------------------------


class CommitteePie(ChartView):
    """Own-car km per unit within a committee; each slice carries its share, the legend names
    the unit with its km (long unit names fit there, not beside a slice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("committeePie", QSize(520, 360), parent)
        self.setChart(_chart(""))
        self.series: QPieSeries | None = None

    def show_slices(self, title: str, slices: Sequence[PieSlice]) -> None:
        chart = _chart(title)
        series = QPieSeries()
        series.setPieSize(0.8)
        colours = iter(PALETTE)
        for piece in slices:
            item = series.append(label_text(piece.label), piece.km)
            item.setBrush(OTHERS_COLOUR if piece.label == OTHERS else next(colours))
            item.setLabel(fmt.percent(piece.share, 0))
            item.setLabelVisible(True)
            item.setLabelPosition(
                QPieSlice.LabelPosition.LabelInsideHorizontal
                if piece.share >= 0.07
                else QPieSlice.LabelPosition.LabelOutside
            )
            label_font = QFont(item.labelFont())
            label_font.setBold(True)
            item.setLabelFont(label_font)
            inside = item.labelPosition() != QPieSlice.LabelPosition.LabelOutside
            item.setLabelColor(QColor("white") if inside else QColor(40, 40, 40))
            item.setBorderColor(QColor("white"))
        chart.addSeries(series)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        legend.setShowToolTips(True)
        legend_font = QFont(legend.font())
        legend_font.setPointSizeF(max(legend_font.pointSizeF(), 9.0) + 1)
        legend.setFont(legend_font)
        for marker, piece in zip(legend.markers(series), slices, strict=False):
            name = label_text(piece.label)  # a unit, or "Övriga"
            marker.setLabel(f"{name} – {fmt.km_text(piece.km)} ({fmt.percent(piece.share)})")
        self.series = series
        self.replace_chart(chart)


# --- the reasons for the own car --------------------------------------------------------------


class ReasonsChart(ChartView):
    """How often each reason for keeping the own car was given: a horizontal bar per reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("reasonsChart", QSize(420, 260), parent)
        self.setChart(_chart(""))

    def show_reasons(self, reasons: Sequence[ReasonShare]) -> None:
        chart = _chart(self.tr("Skäl för egen bil (antal resor)"))
        ordered = list(reversed(reasons))  # the most common on top
        bars = QBarSet(self.tr("Antal"))
        bars.setColor(ACTUAL)
        for reason in ordered:
            bars.append(reason.count)
        bars.setLabelColor(QColor(40, 40, 40))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.55)
        chart.addSeries(series)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(6)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsVisible(True)
        categories = QBarCategoryAxis()
        names = [label_text(reason.label) for reason in ordered]
        categories.append([name[:1].upper() + name[1:] for name in names])
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        top = nice_max(max([r.count for r in reasons] + [1]) * 1.15)
        values.setRange(0, top)
        values.setTickInterval(max(1.0, top / 5))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(False)
        self.replace_chart(chart)

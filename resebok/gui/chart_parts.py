"""What the GUI's QtCharts charts are built from: the chart with the house look, the view that
swaps in a new chart each time it is fed, and a plot of lines and points against an x and a y axis.

The controller's charts (resebok.gui.controller.charts) and the fleet-need chart
(resebok.gui.fleet_chart) use these, so the two read alike on screen. The parts hold no
strings of their own: titles and series names come translated from the charts.
"""

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QXYSeries,
)
from PySide6.QtCore import QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from resebok.gui.i18n import ui_locale

Points = Sequence[tuple[float, float]]


def new_chart(title: str, *, margin: int, title_points: float = 0.0) -> QChart:
    """A chart with a bold title *title_points* larger than the default, numbers in the user
    interface's language ("70 000" in Swedish), no animation (a redraw shows the new figures at
    once) and square corners."""
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    if title_points:
        font.setPointSizeF(font.pointSizeF() + title_points)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setLocale(ui_locale())
    chart.setLocalizeNumbers(True)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(margin, margin, margin, margin))
    return chart


class ChartView(QChartView):
    """An antialiased chart view that is given a whole new chart each time its data change."""

    def __init__(self, object_name: str, minimum: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(minimum)

    def replace_chart(self, chart: QChart) -> None:
        """Show *chart*; the view only lets go of the old one, so it is deleted here."""
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()


class LinePlot:
    """*chart*'s x axis at the bottom and y axis on the left, and the series drawn against both."""

    def __init__(self, chart: QChart, x_axis: QAbstractAxis, y_axis: QAbstractAxis) -> None:
        self.chart = chart
        self.x_axis = x_axis
        self.y_axis = y_axis
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

    def line(self, name: str, points: Points, pen: QPen) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        for x, y in points:
            series.append(QPointF(x, y))
        series.setPen(pen)
        self._add(series)
        return series

    def marker(
        self, name: str, points: Points, *, size: float, colour: QColor, border: QColor
    ) -> QScatterSeries:
        """Round markers of *size* pixels in *colour*, ringed with *border*."""
        series = QScatterSeries()
        series.setName(name)
        series.setMarkerSize(size)
        series.setColor(colour)
        series.setBorderColor(border)
        for x, y in points:
            series.append(QPointF(x, y))
        self._add(series)
        return series

    def _add(self, series: QXYSeries) -> None:
        self.chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

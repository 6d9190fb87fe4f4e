"""Two small pages: the same period a year earlier, and the member organisations of shared
units (the joint archive's km per member municipality).

Both are read-only tables of at most a few dozen rows, so QTreeWidget, filled in one go, is
enough; the figures come from resebok.core.controller_summary.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from resebok.core.controller_summary import (
    SharedUnitSummary,
    YearOnYear,
    shared_unit_summary,
    year_on_year,
)
from resebok.core.models import Mode
from resebok.gui.controller import fmt
from resebok.gui.controller.state import ViewState
from resebok.gui.formatting import format_number, period_label
from resebok.gui.labels import label as enum_label

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LESS = QColor(30, 107, 42)  # fewer km than the year before: good
MORE = QColor(163, 21, 21)


def _tree_widget(name: str, headers: Sequence[str]) -> QTreeWidget:
    widget = QTreeWidget(objectName=name)
    widget.setColumnCount(len(headers))
    widget.setHeaderLabels(list(headers))
    widget.setAlternatingRowColors(True)
    widget.setUniformRowHeights(True)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = widget.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        widget.headerItem().setTextAlignment(column, NUMBER_ALIGNMENT)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return widget


def _item(texts: Sequence[str], bold: bool = False) -> QTreeWidgetItem:
    item = QTreeWidgetItem(list(texts))
    for column in range(1, len(texts)):
        item.setTextAlignment(column, NUMBER_ALIGNMENT)
    if bold:
        font = QFont()
        font.setBold(True)
        for column in range(len(texts)):
            item.setFont(column, font)
    return item


class YearOnYearPage(QWidget):
    """Own-car km per unit in the view's period and the same days of an earlier year."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.state: ViewState | None = None
        self.result: YearOnYear | None = None
        self._chosen_year: int | None = None  # None: the year before the view's

        self.compare_year = QSpinBox(objectName="compareYear")
        self.compare_year.setRange(2000, 2100)
        self.compare_year.setGroupSeparatorShown(False)
        label = QLabel(self.tr("J&ämför med år:"))
        label.setBuddy(self.compare_year)
        self.summary = QLabel(objectName="yoySummary")
        self.summary.setWordWrap(True)
        self.table = _tree_widget(
            "yoyTable", (self.tr("Enhet"), "", "", self.tr("Förändring km"), self.tr("Förändring"))
        )
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.compare_year)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.compare_year.valueChanged.connect(self._on_year)

    @property
    def previous_year(self) -> int | None:
        """The year compared with, when the user chose one other than the year before."""
        return self._chosen_year

    def set_previous_year(self, year: int | None) -> None:
        self._chosen_year = year

    def show_state(self, state: ViewState) -> None:
        self.state = state
        previous = self._chosen_year or state.year - 1
        self.compare_year.blockSignals(True)
        self.compare_year.setValue(previous)
        self.compare_year.blockSignals(False)
        shift = state.period.first.year - state.year  # a period may start the year before
        self.result = year_on_year(
            self.db, state.period, previous + shift, state.basis, state.scope.id, Mode.OWN_CAR
        )
        self._fill(self.result)

    def _on_year(self, year: int) -> None:
        if self.state is None:
            return
        self._chosen_year = None if year == self.state.year - 1 else year
        self.show_state(self.state)

    def _fill(self, result: YearOnYear) -> None:
        now, before = period_label(result.period), period_label(result.previous_period)
        self.table.clear()
        self.table.setHeaderLabels(
            [
                self.tr("Enhet"),
                self.tr("Km {period}").format(period=before),
                self.tr("Km {period}").format(period=now),
                self.tr("Förändring km"),
                "%",
            ]
        )
        for column in range(1, 5):
            self.table.headerItem().setTextAlignment(column, NUMBER_ALIGNMENT)
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for row in result.rows:
            item = _item(
                [
                    row.unit.name,
                    fmt.km(row.previous.km),
                    fmt.km(row.current.km),
                    fmt.signed_km(row.diff_km).removesuffix(" km"),
                    fmt.signed_percent(row.diff_share),
                ],
                bold=row.unit.kind in ("municipality", "committee"),
            )
            if row.diff_km:
                colour = QBrush(LESS if row.diff_km < 0 else MORE)
                item.setForeground(3, colour)
                item.setForeground(4, colour)
            while stack and stack[-1][0] >= row.depth:
                stack.pop()
            if stack:
                stack[-1][1].addChild(item)
            else:
                self.table.addTopLevelItem(item)
            stack.append((row.depth, item))
        self.table.expandAll()
        total = result.total
        self.summary.setText(
            self.tr(
                "Egen bil {basis}: {km_before} {before} och {km_now} {now}, en förändring med "
                "{diff_km} ({diff_percent})."
            ).format(
                basis=enum_label(result.basis),
                km_before=fmt.km_text(total.previous.km),
                before=before,
                km_now=fmt.km_text(total.current.km),
                now=now,
                diff_km=fmt.signed_km(total.diff_km),
                diff_percent=fmt.signed_percent(total.diff_share),
            )
        )


class SharedUnitsPage(QWidget):
    """Per shared unit, its own-car km per member organisation that the trips were charged to."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.summaries: list[SharedUnitSummary] = []
        intro = QLabel(
            self.tr(
                "Gemensamma enheter betjänar flera organisationer. Resorna belastar den "
                "medlemsorganisation de gjordes för; här syns km i egen bil per medlem."
            )
        )
        intro.setWordWrap(True)
        self.empty = QLabel(objectName="sharedEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.table = _tree_widget(
            "sharedTable",
            (
                self.tr("Enhet / medlemsorganisation"),
                self.tr("Resor"),
                self.tr("Km"),
                self.tr("Ersättning (kr)"),
                self.tr("Andel"),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def show_state(self, state: ViewState) -> None:
        self.summaries = shared_unit_summary(
            self.db, state.period, state.basis, state.scope.id, Mode.OWN_CAR
        )
        self.table.clear()
        self.empty.setVisible(not self.summaries)
        self.table.setVisible(bool(self.summaries))
        if not self.summaries:
            self.empty.setText(
                self.tr("{scope} har inga gemensamma enheter.").format(scope=state.scope.name)
            )
            return
        for shared in self.summaries:
            total = shared.total
            parent = _item(
                [
                    shared.unit.name,
                    fmt.count(total.trips),
                    fmt.km(total.km),
                    fmt.kr(total.amount_ore),
                    f"{format_number(100, 0)} %" if total.trips else "",
                ],
                bold=True,
            )
            self.table.addTopLevelItem(parent)
            for member in shared.members:
                parent.addChild(
                    _item(
                        [
                            member.name,
                            fmt.count(member.figures.trips),
                            fmt.km(member.figures.km),
                            fmt.kr(member.figures.amount_ore),
                            fmt.percent(member.share),
                        ]
                    )
                )
        self.table.expandAll()

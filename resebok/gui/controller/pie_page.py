"""The pie page: which units of a committee drive their own cars most (the report's pie).

Slices come from resebok.core.controller_summary.committee_pie, which puts small units and km
charged to the committee or a department directly into "Övriga", as the printed report does.
The chosen committee is remembered with the report's settings by the view.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from resebok.core.controller_summary import PieSlice, UnitTree, committee_pie, unit_tree_summary
from resebok.gui.controller import fmt
from resebok.gui.controller.charts import CommitteePie
from resebok.gui.controller.state import ViewState
from resebok.gui.formatting import period_label
from resebok.gui.labels import label
from resebok.gui.styles import muted_label


class PiePage(QWidget):
    committee_chosen = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.state: ViewState | None = None
        self.tree: UnitTree | None = None
        self.slices: list[PieSlice] = []
        self.preferred_committee: int | None = None  # from the saved report settings

        self.committee = QComboBox(objectName="pieCommittee")
        self.committee.setMinimumContentsLength(28)
        label = QLabel(self.tr("&Nämnd:"))
        label.setBuddy(self.committee)
        self.note = muted_label(object_name="pieNote")
        self.chart = CommitteePie()
        self.empty = QLabel(objectName="pieEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.committee)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        self.committee.currentIndexChanged.connect(self._on_committee)

    def show_state(self, state: ViewState) -> None:
        self.state = state
        self.tree = unit_tree_summary(self.db, state.period, state.basis, state.scope.id)
        wanted = self.committee.currentData() or self.preferred_committee
        committees = self.tree.committees()
        self.committee.blockSignals(True)
        self.committee.clear()
        for row in committees:
            self.committee.addItem(row.unit.name, row.unit.id)
        if committees:
            default = max(committees, key=lambda row: (row.own_car.km_tenths, row.unit.name))
            index = self.committee.findData(wanted)
            self.committee.setCurrentIndex(
                index if index >= 0 else self.committee.findData(default.unit.id)
            )
        self.committee.blockSignals(False)
        self._draw()

    def choose(self, committee_id: int) -> None:
        index = self.committee.findData(committee_id)
        if index >= 0:
            self.committee.setCurrentIndex(index)

    def _on_committee(self, _index: int) -> None:
        self._draw()
        if self.committee.currentData() is not None:
            self.committee_chosen.emit(self.committee.currentData())

    def _draw(self) -> None:
        committee_id = self.committee.currentData()
        if self.tree is None or self.state is None or committee_id is None:
            self.slices = []
            self._show_empty(self.tr("Det finns ingen nämnd i urvalet."))
            return
        row = self.tree.row(committee_id)
        self.slices = committee_pie(self.tree, committee_id)
        period = f"{period_label(self.state.period)} {label(self.state.basis)}"
        if not self.slices:
            self._show_empty(
                self.tr("{unit} har inga km i egen bil {period}.").format(
                    unit=row.unit.name, period=period
                )
            )
            return
        self.empty.hide()
        self.chart.show()
        self.chart.show_slices(
            self.tr("Km i egen bil inom {unit}, {period}").format(
                unit=row.unit.name, period=period
            ),
            self.slices,
        )
        share = row.share_of_scope
        scope = self.state.scope.name
        if share is not None and row.unit.id != self.state.scope.id:
            text = self.tr("{unit} står för {share} av {scope}s km i egen bil ({km}).").format(
                unit=row.unit.name,
                share=fmt.percent(share, 0),
                scope=scope,
                km=fmt.km_text(row.own_car.km),
            )
        else:
            text = self.tr("{unit}: {km} i egen bil.").format(
                unit=row.unit.name, km=fmt.km_text(row.own_car.km)
            )
        rest = self.tr(
            "Enheter under 4 % av nämndens km och km som belastar nämnden eller en förvaltning "
            "direkt ingår i Övriga."
        )
        self.note.setText(f"{text} {rest}")

    def _show_empty(self, text: str) -> None:
        self.chart.hide()
        self.empty.setText(text)
        self.empty.show()
        self.note.clear()

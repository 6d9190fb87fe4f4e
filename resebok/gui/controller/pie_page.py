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
        label = QLabel("&Nämnd:")
        label.setBuddy(self.committee)
        self.note = QLabel(objectName="pieNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
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
            self._show_empty("Det finns ingen nämnd i urvalet.")
            return
        row = self.tree.row(committee_id)
        self.slices = committee_pie(self.tree, committee_id)
        period = f"{self.state.period.label} {self.state.basis.label}"
        if not self.slices:
            self._show_empty(f"{row.unit.name} har inga km i egen bil {period}.")
            return
        self.empty.hide()
        self.chart.show()
        self.chart.show_slices(f"Km i egen bil inom {row.unit.name}, {period}", self.slices)
        share = row.share_of_scope
        scope = self.state.scope.name
        self.note.setText(
            f"{row.unit.name} står för {fmt.percent(share, 0)} av {scope}s km i egen bil "
            f"({fmt.km_text(row.own_car.km)}). Enheter under 4 % av nämndens km och km som "
            "belastar nämnden eller en förvaltning direkt ingår i Övriga."
            if share is not None and row.unit.id != self.state.scope.id
            else f"{row.unit.name}: {fmt.km_text(row.own_car.km)} i egen bil. Enheter under 4 % "
            "av nämndens km och km som belastar nämnden eller en förvaltning direkt ingår i "
            "Övriga."
        )

    def _show_empty(self, text: str) -> None:
        self.chart.hide()
        self.empty.setText(text)
        self.empty.show()
        self.note.clear()

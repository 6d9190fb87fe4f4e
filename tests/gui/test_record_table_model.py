"""The record table behind the claim windows: a correct Qt model that sorts by value."""

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTranslator

from resebok.gui.record_table_model import Column, RecordTable, RecordTableModel, numeric


@dataclass(frozen=True)
class Row:
    name: str
    km: float


COLUMNS = [
    Column("Namn", lambda r: r.name, tooltip=lambda r: f"Det här är {r.name}"),
    numeric("Km", lambda r: f"{r.km:.1f}".replace(".", ","), lambda r: r.km),
]
ROWS = [Row("Örjan", 9.5), Row("Anna", 10.0), Row("Åsa", 100.0), Row("Bo", 2.0)]


def test_model_passes_qt_model_tester(qtmodeltester):
    model = RecordTableModel(COLUMNS)
    model.set_records(ROWS)
    qtmodeltester.check(model)


def test_numbers_sort_as_values_and_names_as_swedish_words(qtbot):
    table = RecordTable(COLUMNS, multi_select=True)
    qtbot.addWidget(table)
    table.set_records(ROWS)
    table.setSortingEnabled(True)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r.km for r in table.records()] == [2.0, 9.5, 10.0, 100.0]
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in table.records()][:2] == ["Anna", "Bo"]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert table.model().index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Det här är Anna"


def test_selection_is_given_as_records(qtbot):
    table = RecordTable(COLUMNS, multi_select=True)
    qtbot.addWidget(table)
    table.set_records(ROWS)
    assert table.select_where(lambda r: r.km >= 10) == 2
    assert [r.name for r in table.selected_records()] == ["Anna", "Åsa"]
    assert table.current_record() == Row("Anna", 10.0)


class ShowsContext(QTranslator):
    """Translates every text to 'context/text', to see which context a table asks for."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{context}/{source}"


def test_headers_are_translated_where_the_page_marked_them(qapp):
    translator = ShowsContext()
    qapp.installTranslator(translator)
    try:
        shared = RecordTableModel(COLUMNS)
        own = RecordTableModel(COLUMNS, context="FleetPage")
        horizontal = Qt.Orientation.Horizontal
        assert shared.headerData(0, horizontal) == "Columns/Namn"
        assert own.headerData(0, horizontal) == "FleetPage/Namn"
    finally:
        qapp.removeTranslator(translator)

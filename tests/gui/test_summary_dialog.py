"""The summary dialog: a controller picks a year and reads own-car km per unit."""

from datetime import date

from resebok.core.models import Mode, Trip
from resebok.core.trips import save_trip
from resebok.gui.summary_dialog import SummaryDialog


def _log(db, org, day: str, unit, km: float, mode: Mode = Mode.OWN_CAR) -> None:
    stops = [org.place(db, "Fjugesta"), org.place(db, "Örebro")]
    trip = Trip(date.fromisoformat(day), org.cleaner.id, unit.id, stops, km, mode)
    save_trip(db, trip, today=date(2022, 6, 30))


def _table(dialog: SummaryDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_controller_changes_the_year_and_sees_that_years_units(qtbot, db, org):
    _log(db, org, "2020-04-01", org.archive, 80.0)
    _log(db, org, "2021-02-01", org.cleaning, 1000.0)
    _log(db, org, "2021-02-02", org.cleaning, 234.5)
    _log(db, org, "2021-02-03", org.archive, 30.0)
    _log(db, org, "2021-02-03", org.archive, 99.0, Mode.POOL_CAR)

    dialog = SummaryDialog(db)
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "Sammanställning per enhet"
    assert dialog.year_spin.value() == 2021  # the latest year with trips
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Enhetskod", "Enhet", "Kilometer", "Resor"]
    assert _table(dialog) == [
        ["LOK", "Lokalvårdsenheten", "1 234,5", "2"],
        ["ARK", "Sydnärke arkivenhet", "30,0", "1"],
    ]
    assert dialog.total_label.text() == "Totalt 1 264,5 km i egen bil"

    dialog.year_spin.setValue(2020)

    assert _table(dialog) == [["ARK", "Sydnärke arkivenhet", "80,0", "1"]]
    assert dialog.total_label.text() == "Totalt 80,0 km i egen bil"

    dialog.year_spin.setValue(2019)

    assert _table(dialog) == []
    assert dialog.total_label.text().startswith("Totalt 0,0 km i egen bil")


def test_without_trips_the_dialog_opens_on_this_year(qtbot, db):
    dialog = SummaryDialog(db)
    qtbot.addWidget(dialog)

    assert dialog.year_spin.value() == date.today().year
    assert dialog.table.rowCount() == 0

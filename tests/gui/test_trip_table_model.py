"""The trip list model: Qt's model contract, lazy paging, sorting and filtering."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from resebok.core.models import Mode, Trip
from resebok.core.places import find_place
from resebok.core.trips import TripFilter, bulk_insert_trips, save_trip
from resebok.gui.trip_table_model import COL_KM, PAGE_SIZE, TripIdRole, TripTableModel


def _add_trips(db, org, count):
    stops = [find_place(db, "Fjugesta").id, find_place(db, "Kumla").id]
    start = date(2020, 1, 1)
    trips = [
        Trip(start + timedelta(days=i % 700), org.cleaner.id, org.cleaning.id, stops, 10 + i % 50)
        for i in range(count)
    ]
    with db.atomic():
        bulk_insert_trips(db, trips)


def test_model_passes_qt_model_tester(qtmodeltester, db, org):
    _add_trips(db, org, 30)
    model = TripTableModel(db)
    qtmodeltester.check(model, force_py=True)


def test_model_fetches_only_the_pages_it_shows(db, org):
    _add_trips(db, org, PAGE_SIZE * 10)
    model = TripTableModel(db)
    assert model.rowCount() == PAGE_SIZE * 10
    assert model.fetched_pages() == 0
    model.data(model.index(model.rowCount() - 1, 0))
    assert model.fetched_pages() == 1


def test_sorting_by_km_and_by_date(db, org):
    _add_trips(db, org, 60)
    model = TripTableModel(db)
    model.sort(COL_KM, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_KM).data() == "59,0"
    model.sort(COL_KM, Qt.SortOrder.AscendingOrder)
    assert model.index(0, COL_KM).data() == "10,0"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "2020-01-01"


def test_filter_resets_the_count_and_flags_show(db, org):
    stops = [find_place(db, "Fjugesta").id, find_place(db, "Örebro").id]
    save_trip(db, Trip(date(2021, 5, 3), org.cleaner.id, org.cleaning.id, stops, 29.0))
    flagged = save_trip(db, Trip(date(2021, 5, 4), org.cleaner.id, org.cleaning.id, stops, 80.0))
    save_trip(
        db,
        Trip(date(2022, 1, 3), org.archivist.id, org.archive.id, stops, 2.0, Mode.WALK_CYCLE),
    )
    model = TripTableModel(db)
    assert model.rowCount() == 3
    model.set_filter(TripFilter(date_from=date(2021, 1, 1), date_to=date(2021, 12, 31)))
    assert model.rowCount() == 2
    top = model.index(0, 0)
    assert top.data(TripIdRole) == flagged.id
    assert top.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "avviker" in top.data(Qt.ItemDataRole.ToolTipRole)
    model.set_filter(TripFilter(employee_id=org.archivist.id))
    assert model.rowCount() == 1
    assert model.index(0, 6).data() == "Gång/cykel"

"""The trip list on a database file: counts, totals and slow pages come from the background.

On a database in memory everything runs at once (tests/gui/test_trip_table_model.py); here
the database is a file, as a user's is, so the worker thread and its own connection are used.
"""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from resebok.core.db import open_database
from resebok.core.models import Trip
from resebok.core.places import find_place, load_gazetteer
from resebok.core.trips import TripFilter, bulk_insert_trips, count_trips, trip_rows
from resebok.gui.background import BackgroundReader, database_file
from resebok.gui.main_window import MainWindow
from resebok.gui.trip_table_model import PAGE_SIZE, TripIdRole, TripTableModel

TRIPS = PAGE_SIZE * 3 + 17


@pytest.fixture
def db(tmp_path):
    """A database file (the org fixture in tests/conftest.py builds on this one)."""
    database = open_database(tmp_path / "trips.sqlite")
    load_gazetteer(database)
    yield database
    database.close()


@pytest.fixture
def trips(db, org):
    fjugesta, kumla = find_place(db, "Fjugesta").id, find_place(db, "Kumla").id
    start = date(2020, 1, 1)
    rows = [
        Trip(
            start + timedelta(days=n % 500),
            (org.cleaner if n % 3 else org.archivist).id,
            (org.cleaning if n % 3 else org.archive).id,
            [fjugesta, kumla] if n % 2 else [kumla, fjugesta],
            10 + n % 40,
            purpose="Hämtning i Kumla" if n % 10 == 0 else "Städning",
        )
        for n in range(TRIPS)
    ]
    with db.atomic():
        bulk_insert_trips(db, rows)
    return rows


@pytest.fixture
def reader(qtbot, db):
    background = BackgroundReader(db)
    yield background
    background.close()


def test_a_file_is_read_in_the_background_and_memory_at_once(db):
    assert database_file(db) is not None
    assert BackgroundReader(db).in_background
    memory = open_database(None)
    assert not BackgroundReader(memory).in_background
    results = []
    BackgroundReader(memory).submit("x", lambda conn: 41 + 1, results.append)
    assert results == [42]


def test_filtered_count_arrives_after_the_first_page(qtbot, qtmodeltester, db, org, trips, reader):
    model = TripTableModel(db, reader=reader)
    assert model.rowCount() == TRIPS and not model.count_pending()  # all trips: one row
    model.set_filter(TripFilter(unit_id=org.cleaning.id))
    assert model.rowCount() == PAGE_SIZE  # the first page, shown while the count runs
    assert model.count_pending()
    with qtbot.waitSignal(model.counted, timeout=5000) as counted:
        pass
    expected = count_trips(db, TripFilter(unit_id=org.cleaning.id))
    assert counted.args == [expected]
    assert model.rowCount() == expected > PAGE_SIZE
    last = model.index(expected - 1, 0).data(TripIdRole)
    assert last == trip_rows(db, model.trip_filter(), limit=1, offset=expected - 1)[0]["id"]
    qtmodeltester.check(model, force_py=True)


def test_text_search_pages_arrive_without_blocking_the_window(qtbot, db, trips, reader):
    model = TripTableModel(db, reader=reader)
    model.set_filter(TripFilter(text="hämtning"))
    assert model.rowCount() == 0 and model.loading()  # no index serves a text search
    qtbot.waitUntil(lambda: not model.count_pending(), timeout=5000)
    expected = trip_rows(db, TripFilter(text="hämtning"), limit=1000)
    assert model.rowCount() == len(expected)
    index = model.index(len(expected) - 1, 0)
    assert index.data(TripIdRole) is None  # asked for: the page is on its way
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    assert index.data(TripIdRole) == expected[-1]["id"]
    assert model.trip_id(0) == expected[0]["id"]  # actions on a row read it at once


def test_sorting_on_another_column_reads_pages_in_the_background(qtbot, db, trips, reader):
    model = TripTableModel(db, reader=reader)
    model.sort(5, Qt.SortOrder.DescendingOrder)  # km: no index serves it
    assert model.index(0, 5).data() is None
    qtbot.waitUntil(lambda: model.index(0, 5).data() is not None, timeout=5000)
    assert model.index(0, 5).data() == "49,0"


def test_a_late_count_for_an_earlier_filter_is_dropped(qtbot, db, org, trips, reader):
    model = TripTableModel(db, reader=reader)
    model.set_filter(TripFilter(unit_id=org.cleaning.id))
    model.set_filter(TripFilter(unit_id=org.archive.id))
    qtbot.waitUntil(lambda: not model.count_pending(), timeout=5000)
    qtbot.wait(50)  # give the superseded count every chance to arrive
    assert model.rowCount() == count_trips(db, TripFilter(unit_id=org.archive.id))


def test_main_window_status_counts_in_the_background(qtbot, db, org, trips, tmp_path):
    window = MainWindow(db, tmp_path / "trips.sqlite")
    qtbot.addWidget(window)
    assert window.count_label.text().startswith(f"{TRIPS} resor")  # all trips: at once
    window.filters.unit.setCurrentIndex(window.filters.unit.findData(org.archive.id))
    assert window.count_label.text() == "Räknar resor …"
    expected = count_trips(db, TripFilter(unit_id=org.archive.id))
    qtbot.waitUntil(lambda: window.count_label.text().startswith(f"{expected} resor"))
    window.reader.close()


def test_employee_list_is_filled_when_the_user_reaches_for_it(qtbot, db, org, trips, tmp_path):
    window = MainWindow(db, tmp_path / "trips.sqlite")
    qtbot.addWidget(window)
    combo = window.filters.employee
    assert combo.count() == 1  # "Alla anställda" only: the staff is not read at start-up
    combo.showPopup()
    assert combo.findData(org.archivist.id) > 0 and combo.findData(org.cleaner.id) > 0
    combo.hidePopup()
    combo.setCurrentIndex(combo.findData(org.archivist.id))
    window.filters.reload()  # after a save: the chosen employee stays chosen
    assert combo.currentData() == org.archivist.id
    window.reader.close()


def test_sorting_while_the_count_runs_keeps_the_count_coming(qtbot, db, org, trips, reader):
    model = TripTableModel(db, reader=reader)
    model.set_filter(TripFilter(unit_id=org.cleaning.id))
    assert model.count_pending()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.count_pending(), timeout=5000)
    assert model.rowCount() == count_trips(db, TripFilter(unit_id=org.cleaning.id))
    oldest = trip_rows(db, model.trip_filter(), descending=False, limit=1)[0]
    assert model.index(0, 0).data(TripIdRole) == oldest["id"]


def test_closing_stops_the_thread_and_drops_what_was_on_its_way(qtbot, db, reader):
    got = []
    reader.submit("one", lambda conn: conn.execute("SELECT 1").fetchone()[0], got.append)
    qtbot.waitUntil(lambda: got == [1])
    reader.submit("two", lambda conn: 2, got.append)
    reader.close()
    thread = reader._worker._thread
    thread.join(timeout=5)
    assert not thread.is_alive()
    qtbot.wait(20)
    assert got == [1]

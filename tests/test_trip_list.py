"""The trip list at scale: pages read from the far end or from a neighbour's row give exactly
the rows of plain OFFSET paging, the running total stays exact, and indexes serve the list."""

import random
from datetime import date, time, timedelta

import pytest

from resebok.core.models import Mode, Trip
from resebok.core.places import find_place
from resebok.core.trip_list import (
    order_terms,
    page_rows,
    row_key,
    rows_after,
    rows_before,
)
from resebok.core.trips import (
    SORT_COLUMNS,
    TripFilter,
    all_trips_totals,
    bulk_insert_trips,
    count_trips,
    delete_trip,
    get_trip,
    save_trip,
    trip_rows,
    trip_totals,
)

PAGE = 7  # small pages, so that a few dozen trips make many of them


@pytest.fixture
def many_trips(db, org):
    """83 trips with ties on purpose: many share a date, some a start time, some have none."""
    rng = random.Random(8)
    places = [find_place(db, name).id for name in ("Fjugesta", "Kumla", "Örebro", "Laxå")]
    trips = []
    for n in range(83):
        start = None if n % 5 == 0 else time(8 + n % 3, 0)
        employee, unit = (org.cleaner, org.cleaning) if n % 4 else (org.archivist, org.archive)
        trips.append(
            Trip(
                date(2021, 3, 1) + timedelta(days=rng.randrange(9)),
                employee.id,
                unit.id,
                [places[n % 4], places[(n + 1) % 4]],
                float(rng.randrange(5, 60)),
                mode=Mode.OWN_CAR if n % 3 else Mode.PUBLIC_TRANSPORT,
                start_time=start,
                end_time=time(17, 0) if start else None,
                purpose="Möte i Kumla" if n % 6 == 0 else "Städning",
            )
        )
    with db.atomic():
        bulk_insert_trips(db, trips)
    return trips


FILTERS = [
    TripFilter(),
    TripFilter(text="kumla"),
    TripFilter(date_from=date(2021, 3, 3), date_to=date(2021, 3, 6)),
]


def _all_by_offset(db, trip_filter, sort="date", descending=True):
    return trip_rows(db, trip_filter, sort, descending, limit=10_000, offset=0)


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("trip_filter", FILTERS, ids=["all", "text", "dates"])
def test_keyset_paging_forwards_and_backwards_matches_offset_paging(
    db, many_trips, trip_filter, descending
):
    expected = _all_by_offset(db, trip_filter, descending=descending)
    assert len(expected) > 2 * PAGE
    forwards = page_rows(db, trip_filter, "date", descending, offset=0, limit=PAGE)
    while True:
        following = rows_after(db, trip_filter, forwards[-1], PAGE, descending)
        if not following:
            break
        forwards += following
    assert [r["id"] for r in forwards] == [r["id"] for r in expected]
    assert forwards == expected  # every column, not only the order

    backwards = expected[-PAGE:]
    while True:
        preceding = rows_before(db, trip_filter, backwards[0], PAGE, descending)
        if not preceding:
            break
        backwards = preceding + backwards
    assert [r["id"] for r in backwards] == [r["id"] for r in expected]


def test_keyset_from_any_row_is_the_offset_page_after_it(db, many_trips):
    expected = _all_by_offset(db, TripFilter())
    for n in range(len(expected) - 1):
        after = rows_after(db, TripFilter(), expected[n], PAGE)
        assert after == expected[n + 1 : n + 1 + PAGE]
        before = rows_before(db, TripFilter(), expected[n + 1], PAGE)
        assert before == expected[max(0, n + 1 - PAGE) : n + 1]


@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_read_from_the_end_match_offset_paging_for_every_order(
    db, many_trips, sort, descending
):
    for trip_filter in (TripFilter(), TripFilter(unit_id=1)):
        total = count_trips(db, trip_filter)
        for offset in range(0, total + PAGE, PAGE):
            expected = trip_rows(db, trip_filter, sort, descending, limit=PAGE, offset=offset)
            got = page_rows(
                db, trip_filter, sort, descending, offset=offset, limit=PAGE, total=total
            )
            assert got == expected, (sort, descending, offset)


def test_order_terms_read_the_list_orders():
    assert order_terms("date", True) == [
        ("t.date", True),
        ("t.start_time", True),
        ("t.id", True),
    ]
    assert order_terms("km", False) == [("t.km", False), ("t.date", True), ("t.id", False)]


def test_row_key_is_date_start_and_id():
    assert row_key({"date": "2021-03-01", "start_time": None, "id": "x"}) == (
        "2021-03-01",
        None,
        "x",
    )


def test_running_total_follows_every_write(db, org, tmp_path):
    assert all_trips_totals(db) == (0, 0.0)
    stops = [find_place(db, "Fjugesta").id, find_place(db, "Kumla").id]
    saved = save_trip(db, Trip(date(2021, 3, 1), org.cleaner.id, org.cleaning.id, stops, 33.3))
    with db.atomic():
        bulk_insert_trips(
            db, [Trip(date(2021, 3, 2), org.cleaner.id, org.cleaning.id, stops, 0.1)] * 3
        )
    assert all_trips_totals(db) == (4, pytest.approx(33.6))
    save_trip(db, Trip(**{**saved.__dict__, "km": 20.0}))
    assert all_trips_totals(db) == (4, pytest.approx(20.3))
    delete_trip(db, saved.id)
    assert get_trip(db, saved.id) is None
    assert all_trips_totals(db) == (3, pytest.approx(0.3))
    with pytest.raises(RuntimeError), db.atomic():  # a rolled-back import leaves no count
        bulk_insert_trips(db, [Trip(date(2021, 3, 3), org.cleaner.id, org.cleaning.id, stops, 5)])
        raise RuntimeError
    assert all_trips_totals(db) == (3, pytest.approx(0.3))
    row = db.execute("SELECT COUNT(*), SUM(km) FROM trips").fetchone()
    assert count_trips(db, TripFilter()) == row[0] == 3
    assert trip_totals(db, TripFilter()) == (3, pytest.approx(row[1]))


def _plan(db, sql, params=()):
    return " | ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_an_index_serves_the_list_in_its_default_order(db, many_trips, org):
    """No sort of every trip for a page: the first, the last and a keyset page walk an index."""
    captured = []
    original = db.query

    def capture(sql, params=None):
        captured.append((sql, list(params or [])))
        return original(sql, params)

    db.query = capture
    total = count_trips(db, TripFilter())
    page_rows(db, TripFilter(), offset=0, limit=PAGE)
    first = page_rows(db, TripFilter(), offset=total - PAGE, limit=PAGE, total=total)
    rows_after(db, TripFilter(), first[0], PAGE)
    page_rows(db, TripFilter(unit_id=org.cleaning.id), offset=0, limit=PAGE)
    db.query = original
    pages = [(sql, params) for sql, params in captured if "FROM trips t" in sql]
    assert len(pages) == 4
    for sql, params in pages:
        plan = _plan(db, sql, params)
        assert "TEMP B-TREE" not in plan, plan
        assert "idx_trips_" in plan and "date_time_id" in plan, plan


def test_upgrade_counts_the_trips_already_there(tmp_path):
    """m006_performance starts the running total from the trips an older database holds."""
    from sqlite_utils import Database

    from resebok.core.db import open_database
    from resebok.core.migrations import migrations

    path = tmp_path / "old.sqlite"
    old = Database(path)
    migrations.apply(old, stop_before="m006_performance")
    old.execute("INSERT INTO org_units (id, code, name, kind) VALUES (1, 'K', 'K', 'unit')")
    old.execute("INSERT INTO employees (id, number, name, unit_id) VALUES (1, '1', 'A', 1)")
    for n, km in enumerate((12.3, 4.5, 0.2)):
        old.execute(
            "INSERT INTO trips (id, date, employee_id, unit_id, mode, km, route_key, "
            "route_text, created_at, updated_at) VALUES (?, '2021-03-01', 1, 1, 'own_car', ?, "
            "'', '', '', '')",
            [f"t{n}", km],
        )
    old.conn.commit()
    old.close()
    upgraded = open_database(path)
    assert all_trips_totals(upgraded) == (3, pytest.approx(17.0))
    indexes = {row[0] for row in upgraded.execute("SELECT name FROM sqlite_master")}
    assert {"idx_trips_date_time_id", "idx_trips_unit_date_time_id"} <= indexes
    assert not {"idx_trips_date", "idx_trips_unit_date"} & indexes

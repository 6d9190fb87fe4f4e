"""Importing a regional timetable (GTFS zip): all or nothing, with progress and clear refusals."""

import zipfile

import pytest
from gtfs_helpers import STOPS, TRIPS, sample_feed, sample_files, trip_files, zip_feed

from resebok.core.gtfs import (
    GtfsCancelled,
    GtfsError,
    feed_info,
    import_feed,
    parse_gtfs_time,
)


def count(db, table: str) -> int:
    return next(db.query(f"SELECT COUNT(*) AS n FROM {table}"))["n"]


def test_a_regional_feed_is_imported_with_its_counts_and_period(db, tmp_path):
    info = import_feed(db, sample_feed(tmp_path))

    assert (info.stops, info.routes, info.trips) == (7, 3, 6)
    assert info.stop_times == sum(len(calls) for *_, calls in TRIPS)
    assert info.agency == "Länstrafik Örebro"
    assert str(info.first_date) == "2025-01-01" and str(info.last_date) == "2025-12-31"
    assert feed_info(db) == info
    assert "7 hållplatser" in info.describe()


def test_times_past_midnight_are_valid(db, tmp_path):
    import_feed(db, sample_feed(tmp_path))

    row = next(
        db.query("SELECT arrival_s FROM gtfs_stop_times WHERE trip_id = 'N1' AND stop_id = 'ASK'")
    )
    assert row["arrival_s"] == parse_gtfs_time("24:40:00") == 24 * 3600 + 40 * 60
    assert feed_info(db).max_time_s >= 24 * 3600
    assert parse_gtfs_time("7:05:00") == 7 * 3600 + 5 * 60  # one-digit hours are allowed


def test_stops_inherit_their_station_so_changes_within_a_station_work(db, tmp_path):
    import_feed(db, sample_feed(tmp_path))

    stations = {r["stop_id"]: r["station_id"] for r in db.query("SELECT * FROM gtfs_stops")}
    assert stations["ORE1"] == stations["ORE2"] == "ORE"
    assert stations["KUM"] == "KUM"


def test_progress_is_reported_in_bytes_up_to_the_total(db, tmp_path):
    calls: list[tuple[int, int]] = []
    import_feed(
        db, sample_feed(tmp_path), progress=lambda done, total: calls.append((done, total)) or True
    )

    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancelling_the_import_keeps_the_previous_feed(db, tmp_path):
    import_feed(db, sample_feed(tmp_path, "old.zip"))
    newer = sample_files(trips=TRIPS[:1])

    with pytest.raises(GtfsCancelled, match="avbröts"):
        import_feed(db, zip_feed(tmp_path / "new.zip", newer), progress=lambda d, t: d < t / 2)

    assert feed_info(db).file_name == "old.zip"
    assert count(db, "gtfs_trips") == len(TRIPS)


def test_a_second_import_replaces_the_first(db, tmp_path):
    import_feed(db, sample_feed(tmp_path, "old.zip"))
    import_feed(db, zip_feed(tmp_path / "new.zip", sample_files(trips=TRIPS[:2])))

    assert feed_info(db).file_name == "new.zip"
    assert count(db, "gtfs_trips") == 2
    assert count(db, "gtfs_feed") == 1


BAD_TIME = trip_files([("T1", "R1", "WK", [("KUM", "07:45:00"), ("HBG", "07:65:00")])])
UNKNOWN_STOP = trip_files([("T1", "R1", "WK", [("KUM", "07:45:00"), ("XYZ", "07:55:00")])])
UNKNOWN_ROUTE = trip_files([("T1", "R9", "WK", [("KUM", "07:45:00"), ("HBG", "07:55:00")])])
UNKNOWN_SERVICE = trip_files([("T1", "R1", "SUN", [("KUM", "07:45:00"), ("HBG", "07:55:00")])])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: f.pop("stop_times.txt"), "saknar filen stop_times.txt"),
        (lambda f: (f.pop("calendar.txt"), f.pop("calendar_dates.txt")), "calendar"),
        (lambda f: f.update({"stops.txt": STOPS.replace("stop_lat", "lat")}), "kolumnen stop_lat"),
        (lambda f: f.update({"stops.txt": STOPS.replace("59.1270", "norr")}), "ogiltig position"),
        (lambda f: f.update(BAD_TIME), "rad 3: ogiltig tid '07:65:00'"),
        (lambda f: f.update(UNKNOWN_STOP), "hållplatsen 'XYZ' finns inte"),
        (lambda f: f.update(UNKNOWN_ROUTE), "linjen 'R9' finns inte"),
        (lambda f: f.update(UNKNOWN_SERVICE), "trafikdagarna 'SUN'"),
        (lambda f: f.update({"stops.txt": STOPS + "KUM,Igen,59.1,15.1,0,\n"}), "samma id"),
        (
            lambda f: f.update(
                {"calendar_dates.txt": "service_id,date,exception_type\nWK,2025-06-06,2\n"}
            ),
            "ogiltigt datum '2025-06-06'",
        ),
    ],
    ids=[
        "missing-file",
        "no-calendar",
        "missing-column",
        "bad-position",
        "bad-time",
        "unknown-stop",
        "unknown-route",
        "unknown-service",
        "duplicate-stop",
        "bad-date",
    ],
)
def test_a_malformed_feed_is_refused_and_the_previous_feed_stays(db, tmp_path, change, message):
    import_feed(db, sample_feed(tmp_path, "good.zip"))
    before = [count(db, t) for t in ("gtfs_stops", "gtfs_trips", "gtfs_stop_times")]
    files = sample_files()
    change(files)

    with pytest.raises(GtfsError) as refused:
        import_feed(db, zip_feed(tmp_path / "bad.zip", files))

    assert message in str(refused.value)
    assert feed_info(db).file_name == "good.zip"
    assert [count(db, t) for t in ("gtfs_stops", "gtfs_trips", "gtfs_stop_times")] == before


def test_a_file_that_is_not_a_zip_is_refused(db, tmp_path):
    path = tmp_path / "tidtabell.zip"
    path.write_text("stop_id,stop_name\n", encoding="utf-8")

    with pytest.raises(GtfsError, match="ingen zip-fil"):
        import_feed(db, path)
    assert feed_info(db) is None


def test_a_feed_zipped_inside_a_folder_with_a_byte_order_mark_is_accepted(db, tmp_path):
    path = tmp_path / "folder.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in sample_files().items():
            archive.writestr(f"gtfs/{name}", "\ufeff" + text)

    assert import_feed(db, path).stops == 7

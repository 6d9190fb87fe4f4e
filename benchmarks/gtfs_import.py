"""How long a regional GTFS feed takes to import, against just reading the same zip.

A synthetic feed the size of a Swedish regional one (about 300 000 stop_times) is written to a
temporary folder and imported into a database file. The baseline is a plain csv pass over
every member of the same zip in the same run, so the ratio says what the database costs.

    .venv/bin/python benchmarks/gtfs_import.py [--trips 10000] [--stops-per-trip 30]
"""

import argparse
import csv
import io
import random
import tempfile
import time
import zipfile
from pathlib import Path

from resebok.core.db import open_database
from resebok.core.gtfs import import_feed


def write_feed(path: Path, trips: int, stops_per_trip: int, stops: int = 3000) -> int:
    rng = random.Random(4)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        lines = ["stop_id,stop_name,stop_lat,stop_lon"]
        for i in range(stops):
            lat, lon = 58.8 + rng.random() * 0.8, 14.4 + rng.random() * 1.2
            lines.append(f"S{i},Hållplats {i},{lat:.5f},{lon:.5f}")
        archive.writestr("stops.txt", "\n".join(lines) + "\n")
        routes = max(1, trips // 50)
        archive.writestr(
            "routes.txt",
            "route_id,route_short_name,route_long_name,route_type\n"
            + "".join(f"R{i},{i},Linje {i},3\n" for i in range(routes)),
        )
        archive.writestr(
            "calendar.txt",
            "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,"
            "start_date,end_date\nWK,1,1,1,1,1,0,0,20250101,20251231\n"
            "WE,0,0,0,0,0,1,1,20250101,20251231\n",
        )
        archive.writestr("calendar_dates.txt", "service_id,date,exception_type\nWK,20250606,2\n")
        archive.writestr(
            "trips.txt",
            "route_id,service_id,trip_id\n"
            + "".join(f"R{t % routes},{'WK' if t % 4 else 'WE'},T{t}\n" for t in range(trips)),
        )
        buffer = io.StringIO()
        buffer.write("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n")
        count = 0
        for t in range(trips):
            at = 5 * 3600 + rng.randrange(0, 19 * 3600)
            for seq in range(1, stops_per_trip + 1):
                clock = f"{at // 3600:02d}:{at % 3600 // 60:02d}:{at % 60:02d}"
                buffer.write(f"T{t},{clock},{clock},S{rng.randrange(stops)},{seq}\n")
                at += rng.randrange(60, 240)
                count += 1
        archive.writestr("stop_times.txt", buffer.getvalue())
    return count


def read_only(path: Path) -> int:
    rows = 0
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            with archive.open(name) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                rows += sum(1 for _ in csv.reader(text))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trips", type=int, default=10_000)
    parser.add_argument("--stops-per-trip", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.zip"
        stop_times = write_feed(feed, args.trips, args.stops_per_trip)
        started = time.perf_counter()
        read_only(feed)
        baseline = time.perf_counter() - started

        db = open_database(Path(folder) / "bench.sqlite")
        started = time.perf_counter()
        import_feed(db, feed)
        first = time.perf_counter() - started
        started = time.perf_counter()
        import_feed(db, feed)  # replacing a feed of the same size
        second = time.perf_counter() - started
        db.close()
    print(f"stop_times: {stop_times}, zip: {feed.name}")
    print(f"baseline csv read: {baseline:.2f} s")
    print(f"import into empty: {first:.2f} s  ({first / baseline:.1f} × baseline)")
    print(f"import replacing:  {second:.2f} s  ({second / baseline:.1f} × baseline)")


if __name__ == "__main__":
    main()

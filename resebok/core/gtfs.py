"""Importing a public-transport timetable (GTFS zip) into the database.

Swedish regional transport authorities publish their timetables as GTFS: a zip of CSV files.
A regional feed has several hundred thousand stop_times, so the import streams each member
through a csv reader and inserts in batches, reporting progress in uncompressed bytes read.

The whole import runs in one transaction that first deletes the previous feed: a malformed
feed (a missing file or column, a bad time, a reference to an unknown stop) raises GtfsError
with a Swedish message, the transaction is rolled back and the previous feed stays in place.
The same happens when the progress callback returns False (GtfsCancelled).

Queries over the imported feed are in resebok.core.transit.
"""

import csv
import io
import re
import sqlite3
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

# progress(done, total) -> False cancels. done and total are uncompressed bytes.
ProgressCallback = Callable[[int, int], bool]

BATCH_ROWS = 10_000
REQUIRED_FILES = ("stops.txt", "routes.txt", "trips.txt", "stop_times.txt")
CALENDAR_FILES = ("calendar.txt", "calendar_dates.txt")
REQUIRED_COLUMNS = {
    "stops.txt": ("stop_id", "stop_lat", "stop_lon"),
    "routes.txt": ("route_id", "route_type"),
    "trips.txt": ("route_id", "service_id", "trip_id"),
    "stop_times.txt": ("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"),
    "calendar.txt": (
        "service_id",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "start_date",
        "end_date",
    ),
    "calendar_dates.txt": ("service_id", "date", "exception_type"),
}
WEEKDAY_COLUMNS = REQUIRED_COLUMNS["calendar.txt"][1:8]
GTFS_TABLES = (
    "gtfs_stop_times",
    "gtfs_trips",
    "gtfs_routes",
    "gtfs_stops",
    "gtfs_calendar",
    "gtfs_calendar_dates",
    "gtfs_feed",
)
_TIME = re.compile(r"^\s*(\d{1,3}):([0-5]\d):([0-5]\d)\s*$")


class GtfsError(ValueError):
    """The feed was refused; the message is Swedish and says where the problem is."""


class GtfsCancelled(GtfsError):
    """The user cancelled the import; the previous feed is untouched."""

    def __init__(self) -> None:
        super().__init__("Importen avbröts. Den tidigare tidtabellen finns kvar.")


@dataclass(frozen=True)
class FeedInfo:
    file_name: str
    imported_at: str
    agency: str
    first_date: date | None
    last_date: date | None
    stops: int
    routes: int
    trips: int
    stop_times: int
    max_time_s: int = 0

    def describe(self) -> str:
        period = ""
        if self.first_date and self.last_date:
            period = f", giltig {self.first_date.isoformat()} – {self.last_date.isoformat()}"
        agency = f"{self.agency}: " if self.agency else ""
        return (
            f"{agency}{self.stops} hållplatser, {self.routes} linjer, {self.trips} turer, "
            f"{self.stop_times} stopptider{period}"
        )


def parse_gtfs_time(text: str) -> int:
    """Seconds after midnight of the service day; "25:10:00" is valid (a late-night trip)."""
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    hours, minutes, seconds = (int(part) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def parse_gtfs_date(text: str) -> date:
    text = text.strip()
    if len(text) != 8 or not text.isdigit():
        raise ValueError(text)
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


class _CountingReader(io.RawIOBase):
    """Counts the uncompressed bytes read from a zip member, for the progress callback."""

    def __init__(self, raw: IO[bytes], on_read: Callable[[int], None]):
        self._raw = raw
        self._on_read = on_read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self._on_read(len(data))
        return len(data)


class _Importer:
    def __init__(self, db: Database, archive: zipfile.ZipFile, progress: ProgressCallback | None):
        self.db = db
        self.archive = archive
        self.progress = progress
        self.members = self._members()
        self.total = sum(self.archive.getinfo(m).file_size for m in self.members.values()) or 1
        self.done = 0
        self.stop_ids: set[str] = set()
        self.route_ids: set[str] = set()
        self.service_ids: set[str] = set()
        self.trip_ids: set[str] = set()
        self.counts: dict[str, int] = {}
        self.max_time_s = 0
        self.first_date: date | None = None
        self.last_date: date | None = None

    # --- reading ---------------------------------------------------------------------------

    def _members(self) -> dict[str, str]:
        """File name -> member name; a feed zipped inside one folder is accepted too."""
        found: dict[str, str] = {}
        for name in self.archive.namelist():
            base = name.rsplit("/", 1)[-1]
            if base.endswith(".txt") and base not in found:
                found[base] = name
        missing = [name for name in REQUIRED_FILES if name not in found]
        if missing:
            raise GtfsError(
                f"Tidtabellen saknar filen {missing[0]}. En GTFS-fil ska innehålla "
                f"{', '.join(REQUIRED_FILES)} och calendar.txt eller calendar_dates.txt."
            )
        if not any(name in found for name in CALENDAR_FILES):
            raise GtfsError(
                "Tidtabellen saknar både calendar.txt och calendar_dates.txt, så det går inte "
                "att veta vilka dagar turerna går."
            )
        wanted = REQUIRED_FILES + CALENDAR_FILES + ("agency.txt",)
        return {name: found[name] for name in wanted if name in found}

    def _advance(self, count: int) -> None:
        self.done += count

    def _report(self) -> None:
        if (
            self.progress is not None
            and self.progress(min(self.done, self.total), self.total) is False
        ):
            raise GtfsCancelled()

    def rows(self, file_name: str) -> Iterator[tuple[int, dict[str, str]]]:
        """(line number, row) for each data row, with required columns checked first."""
        raw = self.archive.open(self.members[file_name])
        counting = io.BufferedReader(_CountingReader(raw, self._advance), buffer_size=1 << 16)
        text = io.TextIOWrapper(counting, encoding="utf-8-sig", newline="")
        try:
            reader = csv.reader(text)
            try:
                header = [column.strip() for column in next(reader)]
            except StopIteration:
                raise GtfsError(f"{file_name} är tom.") from None
            missing = [c for c in REQUIRED_COLUMNS.get(file_name, ()) if c not in header]
            if missing:
                raise GtfsError(f"{file_name} saknar kolumnen {missing[0]}.")
            width = len(header)
            for values in reader:
                if not values or values == [""]:
                    continue
                if len(values) < width:
                    values = values + [""] * (width - len(values))
                yield reader.line_num, dict(zip(header, values, strict=False))
        except UnicodeDecodeError:
            raise GtfsError(f"{file_name} är inte UTF-8-kodad text.") from None
        except csv.Error as exc:
            raise GtfsError(f"{file_name} kan inte läsas som CSV: {exc}") from None
        finally:
            text.close()

    def insert(self, sql: str, batch: list[tuple[Any, ...]], file_name: str) -> None:
        try:
            self.db.conn.executemany(sql, batch)
        except sqlite3.IntegrityError:
            raise GtfsError(
                f"{file_name} innehåller samma id (eller samma hållplatsnummer i en tur) "
                "två gånger."
            ) from None
        batch.clear()
        self._report()

    # --- the files -------------------------------------------------------------------------

    def agency(self) -> str:
        if "agency.txt" not in self.members:
            return ""
        names = [row.get("agency_name", "").strip() for _, row in self.rows("agency.txt")]
        return ", ".join(name for name in names if name)

    def stops(self) -> None:
        sql = (
            "INSERT INTO gtfs_stops (stop_id, name, lat, lon, location_type, station_id) "
            "VALUES (?, ?, ?, ?, ?, ?)"
        )
        parents: list[tuple[int, str]] = []
        batch: list[tuple[Any, ...]] = []
        for line, row in self.rows("stops.txt"):
            stop_id = row["stop_id"].strip()
            if not stop_id:
                raise GtfsError(f"stops.txt rad {line}: hållplatsen saknar stop_id.")
            location_type = _int(row.get("location_type", ""), 0, "stops.txt", line)
            lat_text, lon_text = row["stop_lat"].strip(), row["stop_lon"].strip()
            lat = lon = None
            if lat_text or lon_text or location_type in (0, 1, 2):
                try:
                    lat, lon = float(lat_text), float(lon_text)
                except ValueError:
                    raise GtfsError(
                        f"stops.txt rad {line}: ogiltig position ({lat_text!r}, {lon_text!r})."
                    ) from None
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise GtfsError(f"stops.txt rad {line}: positionen ligger utanför jorden.")
            parent = row.get("parent_station", "").strip()
            if parent:
                parents.append((line, parent))
            station = parent if parent and location_type != 1 else stop_id
            name = row.get("stop_name", "").strip()
            batch.append((stop_id, name, lat, lon, location_type, station))
            self.stop_ids.add(stop_id)
            if len(batch) >= BATCH_ROWS:
                self.insert(sql, batch, "stops.txt")
        self.insert(sql, batch, "stops.txt")
        for line, parent in parents:
            if parent not in self.stop_ids:
                raise GtfsError(
                    f"stops.txt rad {line}: stationen {parent!r} (parent_station) finns inte."
                )
        self.counts["stops"] = len(self.stop_ids)

    def routes(self) -> None:
        sql = (
            "INSERT INTO gtfs_routes (route_id, short_name, long_name, route_type) "
            "VALUES (?, ?, ?, ?)"
        )
        batch: list[tuple[Any, ...]] = []
        for line, row in self.rows("routes.txt"):
            route_id = row["route_id"].strip()
            if not route_id:
                raise GtfsError(f"routes.txt rad {line}: linjen saknar route_id.")
            route_type = _int(row["route_type"], None, "routes.txt", line)
            short = row.get("route_short_name", "").strip()
            long = row.get("route_long_name", "").strip()
            batch.append((route_id, short, long, route_type))
            self.route_ids.add(route_id)
        self.insert(sql, batch, "routes.txt")
        self.counts["routes"] = len(self.route_ids)

    def calendar(self) -> None:
        if "calendar.txt" in self.members:
            sql = (
                "INSERT INTO gtfs_calendar (service_id, weekdays, start_date, end_date) "
                "VALUES (?, ?, ?, ?)"
            )
            batch: list[tuple[Any, ...]] = []
            for line, row in self.rows("calendar.txt"):
                service_id = row["service_id"].strip()
                flags = "".join(row[c].strip() for c in WEEKDAY_COLUMNS)
                if len(flags) != 7 or set(flags) - {"0", "1"}:
                    raise GtfsError(f"calendar.txt rad {line}: veckodagarna ska vara 0 eller 1.")
                start = self._date(row["start_date"], "calendar.txt", line)
                end = self._date(row["end_date"], "calendar.txt", line)
                if end < start:
                    raise GtfsError(f"calendar.txt rad {line}: end_date ligger före start_date.")
                batch.append((service_id, flags, start.isoformat(), end.isoformat()))
                self.service_ids.add(service_id)
            self.insert(sql, batch, "calendar.txt")
        if "calendar_dates.txt" in self.members:
            sql = (
                "INSERT INTO gtfs_calendar_dates (service_id, date, exception_type) "
                "VALUES (?, ?, ?)"
            )
            batch = []
            for line, row in self.rows("calendar_dates.txt"):
                service_id = row["service_id"].strip()
                day = self._date(row["date"], "calendar_dates.txt", line)
                kind = _int(row["exception_type"], None, "calendar_dates.txt", line)
                if kind not in (1, 2):
                    raise GtfsError(
                        f"calendar_dates.txt rad {line}: exception_type ska vara 1 eller 2."
                    )
                batch.append((service_id, day.isoformat(), kind))
                self.service_ids.add(service_id)
                if len(batch) >= BATCH_ROWS:
                    self.insert(sql, batch, "calendar_dates.txt")
            self.insert(sql, batch, "calendar_dates.txt")

    def _date(self, text: str, file_name: str, line: int) -> date:
        try:
            day = parse_gtfs_date(text)
        except ValueError:
            raise GtfsError(
                f"{file_name} rad {line}: ogiltigt datum {text!r} (ska vara ÅÅÅÅMMDD)."
            ) from None
        self.first_date = min(self.first_date or day, day)
        self.last_date = max(self.last_date or day, day)
        return day

    def trips(self) -> None:
        sql = "INSERT INTO gtfs_trips (trip_id, route_id, service_id, headsign) VALUES (?, ?, ?, ?)"
        batch: list[tuple[Any, ...]] = []
        for line, row in self.rows("trips.txt"):
            trip_id = row["trip_id"].strip()
            route_id = row["route_id"].strip()
            service_id = row["service_id"].strip()
            if not trip_id:
                raise GtfsError(f"trips.txt rad {line}: turen saknar trip_id.")
            if route_id not in self.route_ids:
                raise GtfsError(
                    f"trips.txt rad {line}: linjen {route_id!r} finns inte i routes.txt."
                )
            if service_id not in self.service_ids:
                raise GtfsError(
                    f"trips.txt rad {line}: trafikdagarna {service_id!r} finns varken i "
                    "calendar.txt eller calendar_dates.txt."
                )
            batch.append((trip_id, route_id, service_id, row.get("trip_headsign", "").strip()))
            self.trip_ids.add(trip_id)
            if len(batch) >= BATCH_ROWS:
                self.insert(sql, batch, "trips.txt")
        self.insert(sql, batch, "trips.txt")
        self.counts["trips"] = len(self.trip_ids)

    def stop_times(self) -> None:
        sql = (
            "INSERT INTO gtfs_stop_times "
            "(trip_id, stop_sequence, stop_id, arrival_s, departure_s) VALUES (?, ?, ?, ?, ?)"
        )
        batch: list[tuple[Any, ...]] = []
        count = 0
        max_time = 0
        trip_ids, stop_ids = self.trip_ids, self.stop_ids
        for line, row in self.rows("stop_times.txt"):
            trip_id = row["trip_id"].strip()
            stop_id = row["stop_id"].strip()
            if trip_id not in trip_ids:
                raise GtfsError(
                    f"stop_times.txt rad {line}: turen {trip_id!r} finns inte i trips.txt."
                )
            if stop_id not in stop_ids:
                raise GtfsError(
                    f"stop_times.txt rad {line}: hållplatsen {stop_id!r} finns inte i stops.txt."
                )
            try:
                sequence = int(row["stop_sequence"])
            except ValueError:
                raise GtfsError(
                    f"stop_times.txt rad {line}: stop_sequence ska vara ett heltal."
                ) from None
            arrival = _time(row["arrival_time"], line)
            departure = _time(row["departure_time"], line)
            # Only timepoints must carry times; one given time stands for both.
            arrival = departure if arrival is None else arrival
            departure = arrival if departure is None else departure
            if departure is not None and departure > max_time:
                max_time = departure
            batch.append((trip_id, sequence, stop_id, arrival, departure))
            count += 1
            if len(batch) >= BATCH_ROWS:
                self.insert(sql, batch, "stop_times.txt")
        self.insert(sql, batch, "stop_times.txt")
        if count == 0:
            raise GtfsError("stop_times.txt innehåller inga stopptider.")
        self.counts["stop_times"] = count
        self.max_time_s = max_time


def _int(text: str, default: int | None, file_name: str, line: int) -> int:
    text = text.strip()
    if not text and default is not None:
        return default
    try:
        return int(text)
    except ValueError:
        raise GtfsError(f"{file_name} rad {line}: {text!r} är inget heltal.") from None


@lru_cache(maxsize=1 << 17)
def _cached_time(text: str) -> int | None:
    """Timetables repeat the same clock times endlessly: parse each text once."""
    return parse_gtfs_time(text) if text.strip() else None


def _time(text: str, line: int) -> int | None:
    try:
        return _cached_time(text)
    except ValueError:
        raise GtfsError(
            f"stop_times.txt rad {line}: ogiltig tid {text.strip()!r} (ska vara TT:MM:SS, "
            "t.ex. 07:05:00 eller 25:10:00)."
        ) from None


def import_feed(
    db: Database,
    path: str | Path,
    progress: ProgressCallback | None = None,
) -> FeedInfo:
    """Replace the imported timetable with the GTFS zip at *path*; all or nothing.

    Raises GtfsError (Swedish message) for a malformed feed and GtfsCancelled when *progress*
    returns False; in both cases the previous feed is left exactly as it was. The database
    connection must belong to the calling thread: a GUI worker opens its own connection.
    """
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise GtfsError(f"{path.name} är ingen zip-fil. En GTFS-tidtabell är en zip-fil.") from None
    with archive:
        importer = _Importer(db, archive, progress)
        importer._report()
        try:
            with db.atomic():
                for table in GTFS_TABLES:
                    db.execute(f"DELETE FROM {table}")
                agency = importer.agency()
                importer.stops()
                importer.routes()
                importer.calendar()
                importer.trips()
                importer.stop_times()
                info = FeedInfo(
                    file_name=path.name,
                    imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    agency=agency,
                    first_date=importer.first_date,
                    last_date=importer.last_date,
                    stops=importer.counts["stops"],
                    routes=importer.counts["routes"],
                    trips=importer.counts["trips"],
                    stop_times=importer.counts["stop_times"],
                    max_time_s=importer.max_time_s,
                )
                _store_info(db, info)
        except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
            raise GtfsError(f"{path.name} är skadad och kan inte packas upp ({exc}).") from None
    if progress is not None:
        progress(importer.total, importer.total)  # done: too late to cancel
    return info


def _store_info(db: Database, info: FeedInfo) -> None:
    db.execute(
        """INSERT INTO gtfs_feed (id, file_name, imported_at, agency, first_date, last_date,
               stops, routes, trips, stop_times, max_time_s)
           VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            info.file_name,
            info.imported_at,
            info.agency,
            info.first_date.isoformat() if info.first_date else None,
            info.last_date.isoformat() if info.last_date else None,
            info.stops,
            info.routes,
            info.trips,
            info.stop_times,
            info.max_time_s,
        ],
    )


def feed_info(db: Database) -> FeedInfo | None:
    """The imported feed, or None when no timetable has been imported."""
    rows = list(db.query("SELECT * FROM gtfs_feed WHERE id = 1"))
    if not rows:
        return None
    row = rows[0]
    return FeedInfo(
        file_name=row["file_name"],
        imported_at=row["imported_at"],
        agency=row["agency"],
        first_date=date.fromisoformat(row["first_date"]) if row["first_date"] else None,
        last_date=date.fromisoformat(row["last_date"]) if row["last_date"] else None,
        stops=row["stops"],
        routes=row["routes"],
        trips=row["trips"],
        stop_times=row["stop_times"],
        max_time_s=row["max_time_s"],
    )

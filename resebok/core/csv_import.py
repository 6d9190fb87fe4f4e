"""Importing trips from a CSV file: all rows or none, every rejected row named by its line.

The file is the one that units keep their old trip logs in (or that another system exports):
UTF-8 with a header row; see ``REQUIRED_COLUMNS`` and ``OPTIONAL_COLUMNS``. Units, employees
and places that the database lacks are created, in the same transaction as the trips, so a
rejected file leaves no trace.

Files reach 100 000 rows, so the file is streamed, rows are validated in Python against
dictionaries loaded once (no query per row), and trips are written in batches with
``bulk_insert_trips``.
"""

import csv
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, time
from itertools import chain
from pathlib import Path

from sqlite_utils import Database

from resebok.core.distance import is_far_from_suggestion, suggest_km
from resebok.core.models import Mode, Place, Trip
from resebok.core.org import add_employee, add_unit
from resebok.core.places import add_place, all_places, place_key
from resebok.core.settings import get_setting
from resebok.core.trips import bulk_insert_trips
from resebok.core.validation import (
    EARLIEST_DATE,
    MAX_FUTURE_DAYS,
    MAX_KM,
    MAX_NAME_CHARS,
    MAX_PURPOSE_CHARS,
    has_bad_characters,
)

REQUIRED_COLUMNS = (
    "date",
    "employee_number",
    "employee_name",
    "unit_code",
    "from_place",
    "to_place",
    "km",
    "mode",
    "purpose",
    "paid_on",
)
OPTIONAL_COLUMNS = ("start_time", "end_time")

BATCH_SIZE = 20_000  # trips held in memory before they are written
# SQLite's page cache during an import, in KiB. The default 2 MB is far smaller than the
# indexes that random trip UUIDs are inserted into; 64 MB makes a large import ~25 % faster.
IMPORT_CACHE_KIB = 64 * 1024
PROGRESS_EVERY = 2_000  # rows between calls of the progress callback

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})")
# Digits with an optional decimal point or comma; float() alone would also take "nan",
# "1e3" and "1_000", none of which is a distance someone typed.
_KM_RE = re.compile(r"([+-]?)(\d+(?:[.,]\d*)?|[.,]\d+)")
_CAR_MODES = frozenset((Mode.OWN_CAR, Mode.POOL_CAR))
_MODES = {str(m): m for m in Mode}
_MODE_LIST = ", ".join(_MODES)


@dataclass(frozen=True)
class RowError:
    """Why a row (or the whole file) was rejected; line 1 is the header row."""

    line: int
    message: str


@dataclass
class ImportResult:
    """The outcome of one import.

    When ``errors`` is not empty nothing was written and the ``new_*`` lists are empty. On a
    dry run nothing is written either, but ``imported`` and ``new_*`` tell what would be.
    """

    imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)  # codes
    new_employees: list[str] = field(default_factory=list)  # employee numbers
    new_places: list[str] = field(default_factory=list)  # names
    flagged: int = 0  # own/pool car trips whose km is far from the suggested distance
    dry_run: bool = False
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.cancelled

    @property
    def created_units(self) -> int:
        return len(self.new_units)

    @property
    def created_employees(self) -> int:
        return len(self.new_employees)

    @property
    def created_places(self) -> int:
        return len(self.new_places)


# Called every PROGRESS_EVERY rows with (bytes read, file size); returning False cancels.
ProgressCallback = Callable[[int, int], bool | None]


class _Rollback(Exception):
    """Raised inside the transaction to undo everything the import wrote."""


class _BadCsv(Exception):
    """The csv module gave up on the record starting at *line* (a stray quote, a NUL byte)."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def import_trips_csv(
    db: Database,
    path: str | os.PathLike[str],
    *,
    today: date | None = None,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Import every trip in the CSV file at *path*, or none of them.

    Raises OSError when the file cannot be opened; every problem with its content is
    returned in ``ImportResult.errors`` instead, in Swedish, with the line it starts on.
    """
    importer = _Importer(db, today or date.today())
    result = ImportResult(dry_run=dry_run)
    with open(path, "rb") as raw:
        size = os.fstat(raw.fileno()).st_size
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        cache_size = int(db.execute("PRAGMA cache_size").fetchone()[0])
        db.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        try:
            with db.atomic():
                result.cancelled = not importer.run(text, _progress_reporter(raw, size, progress))
                if importer.errors or dry_run or result.cancelled:
                    raise _Rollback
        except _Rollback:
            pass
        except UnicodeDecodeError:
            line = _first_undecodable_line(Path(path))
            message = (
                "filen är inte sparad som UTF-8 (första felaktiga tecknet finns på rad "
                f"{line}); spara den som 'CSV UTF-8' och försök igen"
            )
            return ImportResult(errors=[RowError(line, message)], dry_run=dry_run)
        finally:
            db.execute(f"PRAGMA cache_size = {cache_size}")
    if importer.errors:
        result.errors = importer.errors
    elif not result.cancelled:
        result.imported = importer.imported
        result.flagged = importer.flagged
        result.new_units = importer.new_units
        result.new_employees = importer.new_employees
        result.new_places = importer.new_places
    return result


def _progress_reporter(
    raw: io.BufferedReader, size: int, progress: ProgressCallback | None
) -> Callable[[], bool]:
    """A no-argument check for the row loop: False when the user cancelled."""
    if progress is None:
        return lambda: True
    # raw.tell() counts whole chunks that the text layer has read ahead: close enough.
    return lambda: progress(min(raw.tell(), size), size) is not False


def _first_undecodable_line(path: Path) -> int:
    """The line of the first byte that is not UTF-8; read again only on this error path."""
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def _records(text: io.TextIOWrapper) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, fields) for each CSV record, the header first.

    Excel in a Swedish locale writes ';' between fields (the comma is the decimal sign), so
    the header decides: more semicolons than commas means a semicolon file.
    """
    first = text.readline()
    if not first:
        return  # an empty file
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(chain([first], text), delimiter=delimiter, strict=True)
    previous_end = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _BadCsv(previous_end + 1, str(exc)) from exc
        yield previous_end + 1, fields
        previous_end = reader.line_num


class _Importer:
    """One import's caches and counters; run() validates, creates and inserts."""

    def __init__(self, db: Database, today: date):
        self.db = db
        self.today = today
        self.errors: list[RowError] = []
        self.imported = 0
        self.flagged = 0
        self.new_units: list[str] = []
        self.new_employees: list[str] = []
        self.new_places: list[str] = []
        self.share = float(get_setting(db, "km_flag_share"))
        self.units = {row["code"]: row["id"] for row in db.query("SELECT id, code FROM org_units")}
        self.units_folded = {code.casefold(): unit_id for code, unit_id in self.units.items()}
        roots = [
            row["id"] for row in db.query("SELECT id FROM org_units WHERE kind = 'municipality'")
        ]
        self.root_id = roots[0] if len(roots) == 1 else None
        # employee number -> (employee id, the employee's own unit id)
        self.employees = {
            row["number"]: (row["id"], row["unit_id"])
            for row in db.query("SELECT id, number, unit_id FROM employees")
        }
        self.places = {
            row["name_key"]: row["id"] for row in db.query("SELECT id, name_key FROM places")
        }
        self.place_names: dict[str, int] = {}  # the names as written in the file: no place_key()
        # Positions for the distance suggestions, read at the first one; places this import
        # creates have none, and suggest_km reads what this lacks.
        self.place_rows: dict[int, Place] | None = None
        self.road_factor = 1.0
        self.suggestions: dict[tuple[int, ...], float | None] = {}
        self.dates: dict[str, date | None] = {}
        self.times: dict[str, time | None] = {}

    # --- the file --------------------------------------------------------------------------

    def run(self, text: io.TextIOWrapper, keep_going: Callable[[], bool]) -> bool:
        """Read and import the file; False when cancelled. Errors end up in self.errors."""
        records = _records(text)
        try:
            columns = self._read_header(records)
            if columns is None:
                return True
            batch: list[Trip] = []
            rows = 0
            for line, fields in records:
                if not "".join(fields).strip():
                    continue  # blank lines, and the empty rows that spreadsheets leave behind
                rows += 1
                if rows % PROGRESS_EVERY == 0 and not keep_going():
                    return False
                trip = self._trip(line, fields, columns)
                if trip is None or self.errors:
                    continue  # keep reading to report every bad row, but write nothing more
                batch.append(trip)
                if len(batch) >= BATCH_SIZE:
                    self._write(batch)
                    batch = []
        except _BadCsv as exc:
            self.errors.append(
                RowError(
                    exc.line,
                    f"felaktig CSV ({exc}); kontrollera citattecknen – läsningen avbröts här",
                )
            )
            return True
        if rows == 0:
            self.errors.append(RowError(1, "filen innehåller inga resor, bara rubrikraden"))
        elif not self.errors:
            self._write(batch)
        return True

    def _read_header(self, records: Iterator[tuple[int, list[str]]]) -> "_Columns | None":
        header = next(records, None)
        if header is None:
            self.errors.append(RowError(1, "filen är tom; första raden ska vara rubrikraden"))
            return None
        if not any(value.strip() for value in header[1]):
            self.errors.append(RowError(1, "första raden är tom; den ska vara rubrikraden"))
            return None
        names = [value.strip().casefold() for value in header[1]]
        missing = [name for name in REQUIRED_COLUMNS if name not in names]
        if missing:
            self.errors.append(
                RowError(
                    1,
                    f"kolumner saknas i rubrikraden: {', '.join(missing)} "
                    f"(rubrikraden ska innehålla {','.join(REQUIRED_COLUMNS)})",
                )
            )
            return None
        twice = sorted(
            {n for n in names if names.count(n) > 1 and n in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
        )
        if twice:
            self.errors.append(
                RowError(1, f"kolumner förekommer mer än en gång: {', '.join(twice)}")
            )
            return None
        return _Columns(names)

    # --- one row ---------------------------------------------------------------------------

    def _trip(self, line: int, fields: list[str], columns: "_Columns") -> Trip | None:
        """The row as a Trip, or None after recording why it is rejected."""
        if len(fields) != columns.width and (
            len(fields) < columns.width or any(v.strip() for v in fields[columns.width :])
        ):
            self.errors.append(
                RowError(
                    line,
                    f"raden har {len(fields)} fält men rubrikraden {columns.width}; "
                    "text med kommatecken eller semikolon måste stå inom citattecken",
                )
            )
            return None
        problems: list[str] = []
        c = columns

        date_text = fields[c.date].strip()
        trip_date = self._date(date_text)
        if trip_date is None:
            problems.append(f"ogiltigt datum '{date_text}', ange ÅÅÅÅ-MM-DD")
        elif trip_date < EARLIEST_DATE:
            problems.append(f"datumet {date_text} ligger före {EARLIEST_DATE.isoformat()}")
        elif (trip_date - self.today).days > MAX_FUTURE_DAYS:
            problems.append(f"datumet {date_text} ligger mer än ett år fram i tiden")

        start = end = None
        if c.start_time is not None:
            start = self._time(fields[c.start_time], "starttid", problems)
        if c.end_time is not None:
            end = self._time(fields[c.end_time], "sluttid", problems)
        if start is not None and end is not None and end <= start:
            problems.append(f"sluttiden {end:%H:%M} måste vara efter starttiden {start:%H:%M}")

        paid_text = fields[c.paid_on].strip()
        paid_on = None
        if paid_text:
            paid_on = self._date(paid_text)
            if paid_on is None:
                problems.append(f"ogiltigt utbetalningsdatum '{paid_text}', ange ÅÅÅÅ-MM-DD")
            elif trip_date is not None and paid_on < trip_date:
                problems.append(
                    f"utbetalningsdatumet {paid_text} ligger före resans datum {date_text}"
                )

        mode_text = fields[c.mode].strip()
        mode = _MODES.get(mode_text.lower())
        if mode is None:
            problems.append(f"okänt färdsätt '{mode_text}', ange ett av: {_MODE_LIST}")

        km = self._km(fields[c.km], mode, problems)

        purpose = fields[c.purpose].strip()
        if len(purpose) > MAX_PURPOSE_CHARS:
            problems.append(
                f"ändamålet har {len(purpose)} tecken, högst {MAX_PURPOSE_CHARS} är tillåtet"
            )

        from_name = fields[c.from_place].strip()
        to_name = fields[c.to_place].strip()
        from_id = self._place(from_name) if from_name else None
        to_id = self._place(to_name) if to_name else None
        if from_id is None:
            problems.append("från-plats saknas (from_place)")
        if to_id is None:
            problems.append("till-plats saknas (to_place)")
        if from_id is not None and from_id == to_id:
            problems.append(f"från- och till-plats är samma plats ('{from_name}')")

        if has_bad_characters(purpose):
            problems.append("ändamålet innehåller osynliga styrtecken; ta bort dem")
        for label, value in (
            ("från-platsen", from_name),
            ("till-platsen", to_name),
            ("namnet", fields[c.employee_name].strip()),
            ("enhetskoden", fields[c.unit_code].strip()),
            ("anställningsnumret", fields[c.employee_number].strip()),
        ):
            if has_bad_characters(value):
                problems.append(f"{label} innehåller osynliga styrtecken; ta bort dem")
            elif len(value) > MAX_NAME_CHARS:
                problems.append(f"{label} har {len(value)} tecken, högst {MAX_NAME_CHARS} går")

        number = fields[c.employee_number].strip()
        unit_id = self._unit(fields[c.unit_code].strip(), number)
        if unit_id is None:
            problems.append("enhetskod saknas (unit_code)")
        employee_id = self._employee(number, fields[c.employee_name].strip(), unit_id, problems)

        if problems:
            self.errors.append(RowError(line, "; ".join(problems)))
            return None
        assert trip_date is not None and mode is not None and km is not None
        assert unit_id is not None and employee_id is not None
        assert from_id is not None and to_id is not None
        stop_ids = [from_id, to_id]
        suggested = self._suggestion(stop_ids)
        flagged = mode in _CAR_MODES and is_far_from_suggestion(km, suggested, self.share)
        self.flagged += flagged
        return Trip(
            date=trip_date,
            employee_id=employee_id,
            unit_id=unit_id,
            stop_ids=stop_ids,
            km=km,
            mode=mode,
            start_time=start,
            end_time=end,
            purpose=purpose,
            paid_on=paid_on,
            suggested_km=suggested,
            km_flagged=flagged,
        )

    def _date(self, text: str) -> date | None:
        """YYYY-MM-DD only; cached, since a file holds far fewer dates than rows."""
        try:
            return self.dates[text]
        except KeyError:
            pass
        value = None
        if _DATE_RE.fullmatch(text):
            try:
                value = date.fromisoformat(text)
            except ValueError:
                pass
        self.dates[text] = value
        return value

    def _time(self, text: str, label: str, problems: list[str]) -> time | None:
        text = text.strip()
        if not text:
            return None
        try:
            value = self.times[text]
        except KeyError:
            match = _TIME_RE.fullmatch(text)
            value = None
            if match and int(match[1]) < 24 and int(match[2]) < 60:
                value = time(int(match[1]), int(match[2]))
            self.times[text] = value
        if value is None:
            problems.append(f"ogiltig {label} '{text}', ange TT:MM")
        return value

    def _km(self, text: str, mode: Mode | None, problems: list[str]) -> float | None:
        text = text.strip()
        match = _KM_RE.fullmatch(text)
        if match is None:
            problems.append(f"km '{text}' är inte ett tal" if text else "km saknas")
            return None
        km = float(match[2].replace(",", "."))
        if match[1] == "-" and km != 0:
            problems.append(f"km kan inte vara negativt ({text})")
        elif km > MAX_KM:
            problems.append(f"över {MAX_KM:.0f} km för en resa ({text}) – kontrollera antalet")
        elif km == 0 and mode in _CAR_MODES:
            problems.append("km måste vara mer än 0 för egen bil och kommunbil")
        else:
            return round(km, 1)
        return None

    # --- lookups that may create -------------------------------------------------------------

    def _unit(self, code: str, employee_number: str) -> int | None:
        """The unit charged: the row's code (created when new), else the employee's own unit.

        Codes match case-insensitively when the exact code is unknown, so that "lok" in a file
        does not create a second cleaning unit next to "LOK".
        """
        if not code:
            known = self.employees.get(employee_number)
            return known[1] if known else None
        unit_id = self.units.get(code) or self.units_folded.get(code.casefold())
        if unit_id is None:
            unit_id = add_unit(self.db, code, code, "unit", self.root_id, "").id
            self.units[code] = unit_id
            self.units_folded[code.casefold()] = unit_id
            self.new_units.append(code)
        return unit_id

    def _employee(
        self, number: str, name: str, unit_id: int | None, problems: list[str]
    ) -> int | None:
        """A known employee keeps their data; a new one is created with the row's unit."""
        if not number:
            problems.append("anställningsnummer saknas (employee_number)")
            return None
        known = self.employees.get(number)
        if known is not None:
            return known[0]
        if not name:
            problems.append(f"namn saknas för den nya anställda {number} (employee_name)")
            return None
        if unit_id is None:
            return None  # reported as a missing unit code
        employee_id = add_employee(self.db, number, name, unit_id).id
        self.employees[number] = (employee_id, unit_id)
        self.new_employees.append(number)
        return employee_id

    def _place(self, name: str) -> int:
        """The place called *name* in any case or spacing, created when the database lacks it."""
        place_id = self.place_names.get(name)
        if place_id is None:
            key = place_key(name)
            place_id = self.places.get(key)
            if place_id is None:
                place_id = add_place(self.db, name).id
                self.places[key] = place_id
                self.new_places.append(name)
            self.place_names[name] = place_id
        return place_id

    def _suggestion(self, stop_ids: list[int]) -> float | None:
        """suggest_km once per route, before this import's trips join the history.

        The suggestion does not depend on the direction, so A–B and B–A share an entry; that
        also keeps B–A from seeing the A–B trips written by an earlier batch.
        """
        route = tuple(stop_ids)
        key = min(route, route[::-1])
        try:
            return self.suggestions[key]
        except KeyError:
            if self.place_rows is None:  # read once: a file has thousands of routes
                self.place_rows = {place.id: place for place in all_places(self.db)}
                self.road_factor = float(get_setting(self.db, "road_factor"))
            suggestion = suggest_km(
                self.db, stop_ids, places=self.place_rows, road_factor=self.road_factor
            )
            value = suggestion.km if suggestion else None
            self.suggestions[key] = value
            return value

    def _write(self, batch: Iterable[Trip]) -> None:
        self.imported += bulk_insert_trips(self.db, batch)


class _Columns:
    """The position of each known column in the header; extra columns are ignored."""

    def __init__(self, names: list[str]):
        index = {name: i for i, name in enumerate(names)}
        self.width = len(names)
        self.date = index["date"]
        self.employee_number = index["employee_number"]
        self.employee_name = index["employee_name"]
        self.unit_code = index["unit_code"]
        self.from_place = index["from_place"]
        self.to_place = index["to_place"]
        self.km = index["km"]
        self.mode = index["mode"]
        self.purpose = index["purpose"]
        self.paid_on = index["paid_on"]
        self.start_time = index.get("start_time")
        self.end_time = index.get("end_time")

"""The schema, created and changed only by these numbered migrations.

Each migration runs in a transaction together with the record that it ran (sqlite-utils
``Migrations``), so a failure leaves the previous schema in place. Never edit a released
migration: add a new one.
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("resebok")

_INITIAL_SCHEMA = [
    # The organisation tree: municipality -> committee (nämnd) -> department -> unit (enhet).
    # kostnadsstalle is the cost centre that payroll and accounting book against.
    """CREATE TABLE org_units (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('municipality', 'committee', 'department', 'unit')),
        parent_id INTEGER REFERENCES org_units(id),
        kostnadsstalle TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX idx_org_units_parent ON org_units(parent_id)",
    # Organisations that share a unit (the joint archive serves several municipalities).
    """CREATE TABLE member_orgs (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL
    )""",
    """CREATE TABLE unit_member_orgs (
        unit_id INTEGER NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
        member_org_id INTEGER NOT NULL REFERENCES member_orgs(id) ON DELETE CASCADE,
        PRIMARY KEY (unit_id, member_org_id)
    )""",
    """CREATE TABLE places (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        -- casefold(name): SQLite's NOCASE folds ASCII only, and "Örebro" must match "örebro"
        name_key TEXT NOT NULL UNIQUE,
        address TEXT NOT NULL DEFAULT '',
        municipality TEXT NOT NULL DEFAULT '',
        lat REAL,
        lon REAL,
        CHECK (lat IS NULL OR (lat BETWEEN -90 AND 90)),
        CHECK (lon IS NULL OR (lon BETWEEN -180 AND 180))
    )""",
    """CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        unit_id INTEGER NOT NULL REFERENCES org_units(id),
        home_place_id INTEGER REFERENCES places(id),
        workplace_place_id INTEGER REFERENCES places(id),
        commute_km REAL NOT NULL DEFAULT 0 CHECK (commute_km >= 0)
    )""",
    "CREATE INDEX idx_employees_unit ON employees(unit_id)",
    """CREATE TABLE vehicles (
        id INTEGER PRIMARY KEY,
        registration TEXT NOT NULL UNIQUE,
        model TEXT NOT NULL DEFAULT '',
        fuel TEXT NOT NULL CHECK (fuel IN ('petrol', 'diesel', 'hvo', 'biogas', 'electric')),
        home_base_place_id INTEGER REFERENCES places(id)
    )""",
    # Trips carry a UUID so that databases can be merged or synchronised later.
    """CREATE TABLE trips (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        start_time TEXT,
        end_time TEXT,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        unit_id INTEGER NOT NULL REFERENCES org_units(id),
        member_org_id INTEGER REFERENCES member_orgs(id),
        vehicle_id INTEGER REFERENCES vehicles(id),
        mode TEXT NOT NULL CHECK (mode IN
            ('own_car', 'pool_car', 'public_transport', 'walk_cycle', 'digital')),
        km REAL NOT NULL CHECK (km >= 0),
        suggested_km REAL,
        km_flagged INTEGER NOT NULL DEFAULT 0,
        odometer_start INTEGER,
        odometer_end INTEGER,
        purpose TEXT NOT NULL DEFAULT '',
        purpose_category TEXT NOT NULL DEFAULT 'other' CHECK (purpose_category IN
            ('meeting', 'conference', 'site_work', 'document_retrieval', 'home_visit', 'other')),
        passengers INTEGER NOT NULL DEFAULT 0 CHECK (passengers >= 0),
        from_home INTEGER NOT NULL DEFAULT 0,
        route_key TEXT NOT NULL,
        route_text TEXT NOT NULL,
        paid_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX idx_trips_date ON trips(date)",
    "CREATE INDEX idx_trips_unit_date ON trips(unit_id, date)",
    "CREATE INDEX idx_trips_employee_date ON trips(employee_id, date)",
    "CREATE INDEX idx_trips_route ON trips(route_key)",
    "CREATE INDEX idx_trips_paid_on ON trips(paid_on)",
    """CREATE TABLE trip_stops (
        trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        place_id INTEGER NOT NULL REFERENCES places(id),
        PRIMARY KEY (trip_id, seq)
    )""",
    "CREATE INDEX idx_trip_stops_place ON trip_stops(place_id)",
    # Organisation-wide settings as JSON values (road factor, flag threshold, ...).
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
]


@migrations()
def m001_initial_schema(db: Database) -> None:
    for statement in _INITIAL_SCHEMA:
        db.execute(statement)


_CLAIMS_SCHEMA = [
    # Mileage rates with validity dates (resebok.core.rates), in whole öre per mil.
    # NULL valid_from: since before; NULL valid_to: until further notice.
    """CREATE TABLE rate_periods (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('tax_free', 'employer')),
        valid_from TEXT,
        valid_to TEXT,
        ore_per_mil INTEGER NOT NULL CHECK (ore_per_mil > 0),
        note TEXT NOT NULL DEFAULT '',
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
    )""",
    "CREATE INDEX idx_rate_periods_kind ON rate_periods(kind, valid_from)",
    # Skatteverket's tax-free rate for an own car (DESIGN.md, "Reimbursement").
    """INSERT INTO rate_periods (kind, valid_from, valid_to, ore_per_mil, note) VALUES
        ('tax_free', NULL, '2022-12-31', 1850, 'Skatteverket: 18,50 kr/mil t.o.m. inkomstår 2022'),
        ('tax_free', '2023-01-01', NULL, 2500, 'Skatteverket: 25,00 kr/mil från 2023-01-01'),
        ('employer', NULL, NULL, 2500, 'Standardvärde – ändra enligt kommunens avtal')""",
    # The home rule's verdict on each trip (resebok.core.home_rule): commuting between home
    # and the regular workplace is not a business trip; trips from or to home are reduced.
    "ALTER TABLE trips ADD COLUMN reimbursable INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE trips ADD COLUMN reduction_km REAL NOT NULL DEFAULT 0",
    "ALTER TABLE trips ADD COLUMN reimbursement_note TEXT NOT NULL DEFAULT ''",
    # A payroll export: the exact PAXml file is kept so that a re-export writes it again.
    """CREATE TABLE export_batches (
        id TEXT PRIMARY KEY,
        period TEXT NOT NULL,
        paid_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        claim_count INTEGER NOT NULL,
        total_ore INTEGER NOT NULL,
        filename TEXT NOT NULL,
        xml BLOB NOT NULL
    )""",
    # A claim (reseräkning): one employee's reimbursable own-car trips of one month.
    """CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        month TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft'
            CHECK (state IN ('draft', 'submitted', 'approved', 'paid')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        submitted_at TEXT,
        submitted_by TEXT,
        approved_at TEXT,
        approved_by TEXT,
        returned_at TEXT,
        returned_by TEXT,
        return_comment TEXT NOT NULL DEFAULT '',
        paid_on TEXT,
        batch_id TEXT REFERENCES export_batches(id),
        updated_at TEXT NOT NULL,
        CHECK (state <> 'paid' OR (paid_on IS NOT NULL AND batch_id IS NOT NULL))
    )""",
    # At most one draft per employee and month; a late trip goes on a new (supplementary) claim.
    "CREATE UNIQUE INDEX idx_claims_one_draft ON claims(employee_id, month) WHERE state = 'draft'",
    "CREATE INDEX idx_claims_employee_month ON claims(employee_id, month)",
    "CREATE INDEX idx_claims_state_month ON claims(state, month)",
    "CREATE INDEX idx_claims_batch ON claims(batch_id)",
    # One line per trip, with the rates and amounts it was computed with (money in öre).
    """CREATE TABLE claim_lines (
        trip_id TEXT PRIMARY KEY REFERENCES trips(id) ON DELETE CASCADE,
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        km REAL NOT NULL,
        reduction_km REAL NOT NULL DEFAULT 0,
        paid_km REAL NOT NULL,
        employer_ore_per_mil INTEGER NOT NULL,
        tax_free_ore_per_mil INTEGER NOT NULL,
        amount_ore INTEGER NOT NULL,
        tax_free_ore INTEGER NOT NULL,
        taxable_ore INTEGER NOT NULL,
        CHECK (amount_ore = tax_free_ore + taxable_ore AND taxable_ore >= 0)
    )""",
    "CREATE INDEX idx_claim_lines_claim ON claim_lines(claim_id)",
    # Who may attest the claims of which units (a unit includes the units below it).
    """CREATE TABLE attestant_units (
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
        PRIMARY KEY (employee_id, unit_id)
    )""",
    # Every change of a claim's state and every change to a trip on a submitted claim.
    # No foreign keys: the log outlives what it describes.
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        claim_id TEXT,
        trip_id TEXT,
        action TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT,
        new_value TEXT,
        comment TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX idx_audit_log_claim ON audit_log(claim_id, id)",
    "CREATE INDEX idx_audit_log_trip ON audit_log(trip_id, id)",
]


@migrations()
def m002_claims(db: Database) -> None:
    for statement in _CLAIMS_SCHEMA:
        db.execute(statement)


def apply_migrations(db: Database) -> None:
    migrations.apply(db)


def latest_migration() -> str:
    return migrations._migrations[-1].name


_GREEN_SCHEMA = [
    # The fuel of the employee's own car, for the own-car CO₂ in the green advisor.
    "ALTER TABLE employees ADD COLUMN car_fuel TEXT NOT NULL DEFAULT 'petrol' "
    "CHECK (car_fuel IN ('petrol', 'diesel', 'hvo', 'biogas', 'electric'))",
    # Pool-car bookings (resebok.core.bookings). Times are local 'YYYY-MM-DDTHH:MM' texts, so
    # they compare as text. A cancelled booking is kept (cancelled_at) but frees the car.
    """CREATE TABLE pool_car_bookings (
        id TEXT PRIMARY KEY,
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id),
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        trip_id TEXT REFERENCES trips(id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        cancelled_at TEXT,
        CHECK (starts_at < ends_at)
    )""",
    "CREATE INDEX idx_bookings_vehicle_time ON pool_car_bookings(vehicle_id, starts_at)",
    "CREATE INDEX idx_bookings_employee ON pool_car_bookings(employee_id, starts_at)",
    "CREATE INDEX idx_bookings_trip ON pool_car_bookings(trip_id)",
    # The last guard against double bookings, whoever writes: the check in bookings.py gives
    # the friendly message, this trigger holds even for two writers at once.
    """CREATE TRIGGER pool_car_bookings_no_overlap
        BEFORE INSERT ON pool_car_bookings
        WHEN NEW.cancelled_at IS NULL AND EXISTS (
            SELECT 1 FROM pool_car_bookings b
            WHERE b.vehicle_id = NEW.vehicle_id AND b.cancelled_at IS NULL
              AND b.starts_at < NEW.ends_at AND NEW.starts_at < b.ends_at
        )
        BEGIN SELECT RAISE(ABORT, 'pool car double booking'); END""",
    # The imported public-transport timetable (GTFS, resebok.core.gtfs). One feed at a time;
    # an import replaces all rows in one transaction. No foreign keys: the import checks the
    # references itself, and their absence keeps the replacing DELETEs fast.
    """CREATE TABLE gtfs_feed (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        agency TEXT NOT NULL DEFAULT '',
        first_date TEXT,
        last_date TEXT,
        stops INTEGER NOT NULL,
        routes INTEGER NOT NULL,
        trips INTEGER NOT NULL,
        stop_times INTEGER NOT NULL,
        max_time_s INTEGER NOT NULL DEFAULT 0
    )""",
    # station_id: the parent station, or the stop itself; changes happen within a station.
    """CREATE TABLE gtfs_stops (
        stop_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        lat REAL,
        lon REAL,
        location_type INTEGER NOT NULL DEFAULT 0,
        station_id TEXT NOT NULL
    )""",
    "CREATE INDEX idx_gtfs_stops_lat ON gtfs_stops(lat, lon)",
    """CREATE TABLE gtfs_routes (
        route_id TEXT PRIMARY KEY,
        short_name TEXT NOT NULL DEFAULT '',
        long_name TEXT NOT NULL DEFAULT '',
        route_type INTEGER NOT NULL
    )""",
    """CREATE TABLE gtfs_trips (
        trip_id TEXT PRIMARY KEY,
        route_id TEXT NOT NULL,
        service_id TEXT NOT NULL,
        headsign TEXT NOT NULL DEFAULT ''
    )""",
    # Times in seconds after midnight of the service day; GTFS allows 25:10:00 and beyond.
    """CREATE TABLE gtfs_stop_times (
        trip_id TEXT NOT NULL,
        stop_sequence INTEGER NOT NULL,
        stop_id TEXT NOT NULL,
        arrival_s INTEGER,
        departure_s INTEGER,
        PRIMARY KEY (trip_id, stop_sequence)
    ) WITHOUT ROWID""",
    "CREATE INDEX idx_gtfs_stop_times_stop ON gtfs_stop_times(stop_id, departure_s)",
    """CREATE TABLE gtfs_calendar (
        service_id TEXT PRIMARY KEY,
        weekdays TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL
    )""",
    """CREATE TABLE gtfs_calendar_dates (
        service_id TEXT NOT NULL,
        date TEXT NOT NULL,
        exception_type INTEGER NOT NULL CHECK (exception_type IN (1, 2)),
        PRIMARY KEY (service_id, date)
    ) WITHOUT ROWID""",
    "CREATE INDEX idx_gtfs_calendar_dates_date ON gtfs_calendar_dates(date)",
    # What the green prompt offered and what was chosen (resebok.core.green_records).
    """CREATE TABLE avoided_trips (
        id TEXT PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        unit_id INTEGER NOT NULL REFERENCES org_units(id),
        date TEXT NOT NULL,
        km_avoided REAL NOT NULL CHECK (km_avoided >= 0),
        co2_avoided_kg REAL NOT NULL CHECK (co2_avoided_kg >= 0),
        purpose TEXT NOT NULL DEFAULT '',
        purpose_category TEXT NOT NULL DEFAULT 'other',
        route_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX idx_avoided_trips_unit_date ON avoided_trips(unit_id, date)",
    """CREATE TABLE green_decisions (
        id TEXT PRIMARY KEY,
        trip_id TEXT REFERENCES trips(id) ON DELETE SET NULL,
        avoided_trip_id TEXT REFERENCES avoided_trips(id) ON DELETE SET NULL,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        unit_id INTEGER NOT NULL REFERENCES org_units(id),
        date TEXT NOT NULL,
        route_text TEXT NOT NULL DEFAULT '',
        choice TEXT NOT NULL CHECK (choice IN
            ('own_car', 'pool_car', 'public_transport', 'walk_cycle', 'digital')),
        reason_code TEXT CHECK (reason_code IS NULL OR reason_code IN ('no_pool_car',
            'pool_car_detour', 'equipment', 'urgency', 'no_public_transport',
            'presence_required', 'other')),
        reason_text TEXT NOT NULL DEFAULT '',
        proposed_reason TEXT,
        own_car_km REAL NOT NULL DEFAULT 0,
        km_avoided REAL NOT NULL DEFAULT 0,
        co2_avoided_kg REAL NOT NULL DEFAULT 0,
        actor TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (choice <> 'own_car' OR reason_code IS NOT NULL)
    )""",
    "CREATE INDEX idx_green_decisions_unit_date ON green_decisions(unit_id, date)",
    "CREATE INDEX idx_green_decisions_trip ON green_decisions(trip_id)",
    """CREATE TABLE green_offers (
        decision_id TEXT NOT NULL REFERENCES green_decisions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        mode TEXT NOT NULL,
        fits INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        minutes INTEGER,
        cost_ore INTEGER,
        co2_kg REAL,
        PRIMARY KEY (decision_id, seq)
    )""",
    # Own car before the trip, when the organisation requires the manager's approval.
    """CREATE TABLE own_car_approvals (
        id TEXT PRIMARY KEY,
        decision_id TEXT REFERENCES green_decisions(id) ON DELETE SET NULL,
        trip_id TEXT REFERENCES trips(id) ON DELETE SET NULL,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        unit_id INTEGER NOT NULL REFERENCES org_units(id),
        date TEXT NOT NULL,
        route_text TEXT NOT NULL DEFAULT '',
        km REAL NOT NULL DEFAULT 0,
        reason_code TEXT NOT NULL,
        reason_text TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'requested'
            CHECK (status IN ('requested', 'approved', 'refused')),
        requested_at TEXT NOT NULL,
        requested_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT,
        decided_by TEXT,
        comment TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX idx_own_car_approvals_status ON own_car_approvals(status, unit_id)",
    "CREATE INDEX idx_own_car_approvals_trip ON own_car_approvals(trip_id)",
]


@migrations()
def m003_green(db: Database) -> None:
    for statement in _GREEN_SCHEMA:
        db.execute(statement)


_CONTROLLER_SCHEMA = [
    # The indicator "utbetald kilometerersättning": a target in paid own-car km per year and
    # scope (the municipality or a committee), resebok.core.indicator. Lower is better.
    """CREATE TABLE indicator_targets (
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        unit_id INTEGER NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
        target_km REAL NOT NULL CHECK (target_km >= 0),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (year, unit_id)
    )""",
    # The controller's report (återrapportering) per year and scope: its settings and the
    # free-text analysis, so that the report can be printed again as it was written
    # (resebok.core.report_settings). options: JSON for choices that need no column.
    """CREATE TABLE report_settings (
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        unit_id INTEGER NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
        cutoff TEXT,
        analysis TEXT NOT NULL DEFAULT '',
        options TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (year, unit_id)
    )""",
    # The controller's summaries filter on mode and a date (trip date or payout date), then
    # group by unit (resebok.core.controller_summary).
    "CREATE INDEX idx_trips_mode_date ON trips(mode, date)",
    "CREATE INDEX idx_trips_mode_paid_on ON trips(mode, paid_on)",
]


@migrations()
def m004_controller(db: Database) -> None:
    for statement in _CONTROLLER_SCHEMA:
        db.execute(statement)


@migrations()
def m005_audit_chain(db: Database) -> None:
    """The audit log becomes a hash chain that seals each claim (resebok.core.tamper).

    The entries already in the log are chained here, and each claim's latest entry is sealed
    with the claim as it is now: from this upgrade on, changes outside Resebok are detected.
    """
    from resebok.core.tamper import chain_unhashed_entries

    db.execute("ALTER TABLE audit_log ADD COLUMN snapshot_hash TEXT")
    db.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    chain_unhashed_entries(db)


_PERFORMANCE_SCHEMA = [
    # The trip list's default order (newest first, resebok.core.trips.SORT_COLUMNS["date"]) is
    # date, start time, id: with all three in one index the first page, the last page (read
    # backwards) and the page after a known row (keyset paging, resebok.core.trip_list) are
    # each a short index walk instead of a sort of every trip. It also serves every date
    # range that idx_trips_date served, so that index goes.
    "CREATE INDEX idx_trips_date_time_id ON trips(date, start_time, id)",
    "DROP INDEX idx_trips_date",
    # The same for the list filtered on one unit; (unit_id, date) ranges as before.
    "CREATE INDEX idx_trips_unit_date_time_id ON trips(unit_id, date, start_time, id)",
    "DROP INDEX idx_trips_unit_date",
    # How many trips there are and their km, kept exact by triggers in every transaction that
    # writes trips: the unfiltered list and its status line read one row instead of counting
    # a million (resebok.core.trips.all_trips_totals). km in whole tenths, as trips store them.
    """CREATE TABLE trip_stats (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        trips INTEGER NOT NULL,
        km_tenths INTEGER NOT NULL
    )""",
    """INSERT INTO trip_stats (id, trips, km_tenths)
        SELECT 1, COUNT(*), COALESCE(SUM(CAST(ROUND(km * 10) AS INTEGER)), 0) FROM trips""",
    """CREATE TRIGGER trip_stats_insert AFTER INSERT ON trips BEGIN
        UPDATE trip_stats SET trips = trips + 1,
            km_tenths = km_tenths + CAST(ROUND(NEW.km * 10) AS INTEGER) WHERE id = 1;
    END""",
    """CREATE TRIGGER trip_stats_delete AFTER DELETE ON trips BEGIN
        UPDATE trip_stats SET trips = trips - 1,
            km_tenths = km_tenths - CAST(ROUND(OLD.km * 10) AS INTEGER) WHERE id = 1;
    END""",
    """CREATE TRIGGER trip_stats_update AFTER UPDATE OF km ON trips BEGIN
        UPDATE trip_stats SET km_tenths = km_tenths
            - CAST(ROUND(OLD.km * 10) AS INTEGER) + CAST(ROUND(NEW.km * 10) AS INTEGER)
            WHERE id = 1;
    END""",
]


@migrations()
def m006_performance(db: Database) -> None:
    """Indexes and a running total for a million trips (issue 8, benchmarks/run.py)."""
    for statement in _PERFORMANCE_SCHEMA:
        db.execute(statement)

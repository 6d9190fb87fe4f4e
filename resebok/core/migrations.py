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


def apply_migrations(db: Database) -> None:
    migrations.apply(db)


def latest_migration() -> str:
    return migrations._migrations[-1].name

"""A database from before the claims (schema m001) upgrades with its trips intact."""

from sqlite_utils import Database

from resebok.core.db import open_database
from resebok.core.migrations import migrations
from resebok.core.rates import RateKind, list_rate_periods
from resebok.core.trips import get_trip


def test_m001_database_gains_claims_rates_and_home_rule_columns(tmp_path):
    path = tmp_path / "old.sqlite"
    old = Database(path)
    migrations.apply(old, stop_before="m002_claims")
    old.execute("INSERT INTO org_units (code, name, kind) VALUES ('LEK', 'Lekeberg', 'unit')")
    old.execute("INSERT INTO employees (number, name, unit_id) VALUES ('1001', 'Anna', 1)")
    old.execute("INSERT INTO places (name, name_key) VALUES ('A', 'a'), ('B', 'b')")
    old.execute(
        "INSERT INTO trips (id, date, employee_id, unit_id, mode, km, route_key, route_text, "
        "created_at, updated_at) VALUES ('t1', '2021-03-04', 1, 1, 'own_car', 12.5, '1,2', "
        "'A – B', '2021-03-04T10:00:00', '2021-03-04T10:00:00')"
    )
    old.execute("INSERT INTO trip_stops VALUES ('t1', 0, 1), ('t1', 1, 2)")
    old.conn.commit()
    old.close()

    db = open_database(path)
    trip = get_trip(db, "t1")
    assert (trip.km, trip.reimbursable, trip.reduction_km) == (12.5, True, 0.0)
    assert [p.ore_per_mil for p in list_rate_periods(db, RateKind.TAX_FREE)] == [1850, 2500]
    assert {"claims", "claim_lines", "audit_log", "attestant_units", "export_batches"} <= set(
        db.table_names()
    )

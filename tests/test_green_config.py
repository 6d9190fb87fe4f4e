"""The advisor's settings and CO₂ factors: configuration with sources, editable by the admin."""

import pytest
from sqlite_utils.migrations import Migrations

from resebok.core.co2 import (
    Co2FactorError,
    employee_car_fuel,
    get_factor,
    list_factors,
    reset_factor,
    set_employee_car_fuel,
    update_factor,
)
from resebok.core.db import open_database
from resebok.core.green_config import GreenConfig, load_green_config, update_green_config
from resebok.core.migrations import migrations
from resebok.core.own_car_reasons import OwnCarReason, check_reason


def test_the_defaults_follow_the_design(db):
    config = load_green_config(db)
    assert config == GreenConfig()
    assert (config.walk_cycle_max_km, config.walk_radius_m) == (3.0, 800.0)


def test_thresholds_can_be_changed_but_not_made_negative(db):
    assert update_green_config(db, detour_max_km=25, pt_extra_minutes=45).detour_max_km == 25.0
    assert load_green_config(db).pt_extra_minutes == 45
    with pytest.raises(ValueError, match="negativt"):
        update_green_config(db, walk_radius_m=-1)
    with pytest.raises(KeyError):
        update_green_config(db, no_such_threshold=1)


def test_co2_factors_carry_their_source_and_year(db):
    factors = {f.key: f for f in list_factors(db)}
    assert {k: f.grams for k, f in factors.items()} == {
        "petrol": 167,
        "diesel": 137,
        "hvo": 37,
        "biogas": 26,
        "electric": 14,
        "train": 10,
        "bus": 27,
    }
    assert all("klimatresa" in f.source and f.year for f in factors.values())
    assert factors["train"].per == "passenger_km" and factors["petrol"].per == "vehicle_km"


def test_a_factor_can_be_edited_and_reset(db):
    edited = update_factor(db, "electric", 20, "Energimyndigheten", 2025)
    assert (edited.grams, edited.source, edited.year) == (20, "Energimyndigheten", 2025)
    assert get_factor(db, "electric").kg_per_km == 0.02
    assert reset_factor(db, "electric").grams == 14
    with pytest.raises(Co2FactorError, match="källan"):
        update_factor(db, "electric", 20, " ", 2025)
    with pytest.raises(Co2FactorError, match="0–1000"):
        update_factor(db, "electric", -3, "x", 2025)


def test_the_employees_car_is_petrol_until_told_otherwise(db, org):
    assert employee_car_fuel(db, org.archivist.id) == "petrol"
    set_employee_car_fuel(db, org.archivist.id, "biogas")
    assert employee_car_fuel(db, org.archivist.id) == "biogas"
    with pytest.raises(Co2FactorError):
        set_employee_car_fuel(db, org.archivist.id, "coal")


def test_own_car_reasons_have_swedish_labels_and_other_needs_text():
    assert OwnCarReason.POOL_CAR_DETOUR.label == "omväg för att hämta kommunbil"
    assert OwnCarReason.URGENCY.label == "skyndsamhetskrav"
    assert check_reason("no_pool_car", "") == []
    assert check_reason("other", "")  # needs a text
    assert check_reason(None, "")  # needs a reason


def test_existing_employees_get_a_petrol_car_when_the_green_schema_arrives(tmp_path):
    path = tmp_path / "old.sqlite"
    from sqlite_utils import Database

    old = Database(path)
    migrations.apply(old, stop_before="m003_green")
    old.execute("INSERT INTO org_units (code, name, kind) VALUES ('U', 'Enhet', 'unit')")
    old.execute("INSERT INTO employees (number, name, unit_id) VALUES ('1', 'Anna', 1)")
    old.close()

    db = open_database(path)

    assert next(db.query("SELECT car_fuel FROM employees"))["car_fuel"] == "petrol"
    assert "m003_green" in {m.name for m in Migrations.applied(migrations, db)}

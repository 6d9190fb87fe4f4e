"""CO₂ factors with their source and year, and the fuel of each employee's own car.

The factors are configuration, not constants: a municipality may prefer another source or a
newer year. Defaults live here with their source; edits are stored as the setting
``co2_factor_overrides`` so that a later release can add a factor without a migration.
"""

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from resebok.core.models import FUELS
from resebok.core.settings import get_setting, set_setting

KLIMATRESA = "klimatresa.se (inkl. bränsleproduktion)"


@dataclass(frozen=True)
class Co2Factor:
    key: str  # a fuel from models.FUELS, or "train" / "bus"
    label: str  # Swedish, for the admin page
    grams: float  # g CO₂ per vehicle-km (cars) or per passenger-km (train, bus)
    per: str  # "vehicle_km" or "passenger_km"
    source: str
    year: int

    @property
    def kg_per_km(self) -> float:
        return self.grams / 1000


DEFAULT_FACTORS: tuple[Co2Factor, ...] = (
    Co2Factor("petrol", "Bensin", 167, "vehicle_km", KLIMATRESA, 2024),
    Co2Factor("diesel", "Diesel", 137, "vehicle_km", KLIMATRESA, 2024),
    Co2Factor("hvo", "HVO", 37, "vehicle_km", KLIMATRESA, 2024),
    Co2Factor("biogas", "Biogas", 26, "vehicle_km", KLIMATRESA, 2024),
    Co2Factor("electric", "El (nordisk elmix)", 14, "vehicle_km", KLIMATRESA, 2024),
    Co2Factor("train", "Tåg (Sverige)", 10, "passenger_km", KLIMATRESA, 2024),
    Co2Factor("bus", "Buss", 27, "passenger_km", KLIMATRESA, 2024),
)
_DEFAULTS = {factor.key: factor for factor in DEFAULT_FACTORS}


class Co2FactorError(ValueError):
    """A factor that cannot be saved; the message is Swedish and meant for the user."""


def list_factors(db: Database) -> list[Co2Factor]:
    """Every factor in the default order, with the organisation's edits applied."""
    overrides: dict[str, dict[str, Any]] = get_setting(db, "co2_factor_overrides") or {}
    factors = []
    for default in DEFAULT_FACTORS:
        edit = overrides.get(default.key)
        if edit:
            factors.append(
                Co2Factor(
                    default.key,
                    default.label,
                    float(edit["grams"]),
                    default.per,
                    str(edit["source"]),
                    int(edit["year"]),
                )
            )
        else:
            factors.append(default)
    return factors


def get_factor(db: Database, key: str) -> Co2Factor:
    for factor in list_factors(db):
        if factor.key == key:
            return factor
    raise KeyError(f"Unknown CO₂ factor {key!r}")


def update_factor(db: Database, key: str, grams: float, source: str, year: int) -> Co2Factor:
    """Store an edited factor; the source and year are required so a report can cite them."""
    if key not in _DEFAULTS:
        raise Co2FactorError(f"Okänd utsläppsfaktor: {key}")
    if not isinstance(grams, int | float) or grams != grams or not 0 <= grams <= 1000:
        raise Co2FactorError("Utsläppsfaktorn ska vara 0–1000 gram CO₂ per km.")
    if not source.strip():
        raise Co2FactorError("Ange källan för utsläppsfaktorn.")
    if not 1990 <= int(year) <= 2100:
        raise Co2FactorError("Ange vilket år utsläppsfaktorn gäller (t.ex. 2024).")
    overrides = dict(get_setting(db, "co2_factor_overrides") or {})
    overrides[key] = {"grams": float(grams), "source": source.strip(), "year": int(year)}
    set_setting(db, "co2_factor_overrides", overrides)
    return get_factor(db, key)


def reset_factor(db: Database, key: str) -> Co2Factor:
    """Go back to the shipped default for *key*."""
    overrides = dict(get_setting(db, "co2_factor_overrides") or {})
    overrides.pop(key, None)
    set_setting(db, "co2_factor_overrides", overrides)
    return get_factor(db, key)


def employee_car_fuel(db: Database, employee_id: int | None) -> str:
    """The fuel of the employee's own car; petrol when unknown (the most common, and worst)."""
    if employee_id is None:
        return "petrol"
    rows = list(db.query("SELECT car_fuel FROM employees WHERE id = ?", [employee_id]))
    return str(rows[0]["car_fuel"]) if rows else "petrol"


def set_employee_car_fuel(db: Database, employee_id: int, fuel: str) -> None:
    if fuel not in FUELS:
        raise Co2FactorError(f"Okänt drivmedel: {fuel}")
    cursor = db.execute("UPDATE employees SET car_fuel = ? WHERE id = ?", [fuel, employee_id])
    if cursor.rowcount != 1:
        raise Co2FactorError("Den anställda finns inte längre.")

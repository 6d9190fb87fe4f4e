"""The green advisor's thresholds, speeds and prices, read once per advice from the settings.

Every number the advisor uses is an organisation setting (resebok.core.settings, keys starting
with ``green_``) so that a municipality can tune the prompt without a release. The own car's
cost per km is the employer's mileage rate (resebok.core.rates) on the trip's date when one is
configured, else the ``green_own_car_ore_per_km`` setting.
"""

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlite_utils import Database

from resebok.core.rates import RateError, RateKind, rate_on
from resebok.core.settings import DEFAULTS, get_setting, set_setting


@dataclass(frozen=True)
class GreenConfig:
    walk_cycle_max_km: float = 3.0
    walk_radius_m: float = 800.0
    pt_extra_minutes: int = 30
    pt_transfer_minutes: int = 3
    pt_search_minutes: int = 180
    pt_ticket_ore: int = 3500
    pool_base_radius_m: float = 1500.0
    detour_max_km: float = 15.0
    driving_speed_kmh: float = 60.0
    cycling_speed_kmh: float = 15.0
    walking_speed_kmh: float = 5.0
    default_stay_minutes: int = 60
    own_car_ore_per_km: int = 250
    pool_car_ore_per_km: int = 300
    road_factor: float = 1.3

    def driving_minutes(self, km: float) -> int:
        return max(1, round(km / self.driving_speed_kmh * 60))

    def cycling_minutes(self, km: float) -> int:
        return max(1, round(km / self.cycling_speed_kmh * 60))

    def walking_minutes(self, metres: float) -> int:
        return round(metres / 1000 / self.walking_speed_kmh * 60)


_SETTING_PREFIX = "green_"


def _kind(name: str) -> type:
    """int or float: what the field holds, so a stored 30.0 reads back as 30 minutes."""
    return type(getattr(GreenConfig(), name))


def load_green_config(db: Database) -> GreenConfig:
    values: dict[str, Any] = {}
    for field in fields(GreenConfig):
        key = "road_factor" if field.name == "road_factor" else _SETTING_PREFIX + field.name
        values[field.name] = _kind(field.name)(get_setting(db, key))
    return GreenConfig(**values)


def update_green_config(db: Database, **changes: Any) -> GreenConfig:
    """Change some thresholds (by GreenConfig field name); refuses negative or unknown values."""
    known = {field.name for field in fields(GreenConfig)}
    for name, value in changes.items():
        if name not in known or name == "road_factor":
            raise KeyError(f"Unknown green setting {name!r}")
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise ValueError("Värdet ska vara ett tal som inte är negativt.")
        set_setting(db, _SETTING_PREFIX + name, _kind(name)(value))
    return load_green_config(db)


def reset_green_config(db: Database) -> GreenConfig:
    """Every threshold back to the shipped default (the admin page's "Återställ standard")."""
    for field in fields(GreenConfig):
        if field.name != "road_factor":
            set_setting(db, _SETTING_PREFIX + field.name, DEFAULTS[_SETTING_PREFIX + field.name])
    return load_green_config(db)


def own_car_ore_per_mil(db: Database, day: date, config: GreenConfig) -> int:
    """The organisation's cost per own-car mil on *day*: the employer rate when one is valid,
    else the configured cost per km. Integer öre, like every amount (resebok.core.money)."""
    try:
        return rate_on(db, RateKind.EMPLOYER, day)
    except RateError:
        return config.own_car_ore_per_km * 10


def preapproval_required(db: Database) -> bool:
    return bool(get_setting(db, "own_car_requires_preapproval"))

"""Organisation-wide settings, stored as JSON values with defaults in code."""

import json
from typing import Any

from sqlite_utils import Database

DEFAULTS: dict[str, Any] = {
    # Road distance ≈ straight-line distance × this factor when no history exists.
    "road_factor": 1.3,
    # A typed km further than this share from the suggestion is flagged for the attestant.
    "km_flag_share": 0.25,
    "municipality_name": "",
}


def get_setting(db: Database, key: str) -> Any:
    rows = list(db.query("SELECT value FROM settings WHERE key = ?", [key]))
    if rows:
        return json.loads(rows[0]["value"])
    return DEFAULTS[key]


def set_setting(db: Database, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"Unknown setting {key!r}")
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value)],
    )

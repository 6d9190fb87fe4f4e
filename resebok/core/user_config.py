"""The user's own configuration: their role, who they are and which database they use.

It lives in a small JSON file in the user's configuration directory (never in the database, so
that a shared database does not need to know about each workstation). A file that cannot be
read or does not match the schema is treated as missing, with a warning: the first-run wizard
then asks again instead of the application refusing to start.
"""

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

log = logging.getLogger(__name__)

CONFIG_FILENAME = "settings.json"
SCHEMA_VERSION = 1
# Set to any non-empty value to start without the first-run wizard (kiosks, scripts, tests).
SKIP_WIZARD_ENV_VAR = "RESEBOK_SKIP_WIZARD"
# The user interface languages (the GUI translates to them); each named in its own language.
LANGUAGES = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"


class Role(StrEnum):
    EMPLOYEE = "employee"
    ATTESTANT = "attestant"
    CONTROLLER = "controller"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.EMPLOYEE: "Anställd",
    Role.ATTESTANT: "Attestant",
    Role.CONTROLLER: "Controller",
}


@dataclass(frozen=True)
class UserConfig:
    """What the first-run wizard asks and the settings dialog changes.

    The employee is remembered by number and name rather than by row id: the number stays the
    same when the database is moved or restored, and the name is the actor in audit logs even
    before the database is opened. ``db_path`` is the database this identity belongs to.
    """

    role: Role
    db_path: Path
    employee_number: str | None = None
    employee_name: str | None = None
    language: str = DEFAULT_LANGUAGE  # of the user interface: a key of LANGUAGES

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "role": str(self.role),
            "db_path": str(self.db_path),
            "employee_number": self.employee_number,
            "employee_name": self.employee_name,
            "language": self.language,
        }


class ConfigError(ValueError):
    """The configuration file exists but is not a valid Resebok configuration."""


@dataclass(frozen=True)
class ConfigRead:
    """The outcome of reading the file: a configuration, or why there is none."""

    config: UserConfig | None
    problem: str | None = None  # a Swedish sentence for the user when the file was unusable


def config_path() -> Path:
    return user_config_path("Resebok", appauthor=False) / CONFIG_FILENAME


def wizard_skipped() -> bool:
    return bool(os.environ.get(SKIP_WIZARD_ENV_VAR))


def _optional_text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(f"{key} måste vara text")
    return value.strip() or None


def parse_config(data: object) -> UserConfig:
    """Check *data* (the decoded JSON) against the schema; raises ConfigError when it differs."""
    if not isinstance(data, dict):
        raise ConfigError("filen innehåller inte ett JSON-objekt")
    if data.get("version") != SCHEMA_VERSION:
        raise ConfigError(f"okänd version {data.get('version')!r}")
    try:
        role = Role(str(data.get("role")))
    except ValueError:
        raise ConfigError(f"okänd roll {data.get('role')!r}") from None
    db_path = data.get("db_path")
    if not isinstance(db_path, str) or not db_path.strip():
        raise ConfigError("databasens plats saknas")
    number = _optional_text(data, "employee_number")
    name = _optional_text(data, "employee_name")
    if (number is None) != (name is None):
        raise ConfigError("anställningsnummer och namn hör ihop")
    # Older files have no language; one this version does not know falls back to Swedish.
    language = data.get("language", DEFAULT_LANGUAGE)
    if not isinstance(language, str):
        raise ConfigError("language måste vara text")
    if language not in LANGUAGES:
        log.warning("Unknown user interface language %r; using %r", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    return UserConfig(role, Path(db_path).expanduser(), number, name, language)


def read_config(path: Path | None = None) -> ConfigRead:
    """Read the configuration; a missing file is no problem, an unusable one is reported."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ConfigRead(None)
    except (OSError, UnicodeDecodeError) as exc:
        return ConfigRead(None, f"Inställningsfilen {path} kunde inte läsas ({exc}).")
    try:
        return ConfigRead(parse_config(json.loads(text)))
    except (json.JSONDecodeError, ConfigError) as exc:
        return ConfigRead(None, f"Inställningsfilen {path} är skadad och används inte ({exc}).")


def load_config(path: Path | None = None) -> UserConfig | None:
    """The configuration, or None when there is none; an unusable file is logged and ignored."""
    result = read_config(path)
    if result.problem:
        log.warning("%s", result.problem)
    return result.config


def save_config(config: UserConfig, path: Path | None = None) -> Path:
    """Write the configuration atomically: a crash mid-write never leaves half a file."""
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(config.to_json(), ensure_ascii=False, indent=2) + "\n"
    fd, temp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path

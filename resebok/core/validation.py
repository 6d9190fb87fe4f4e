"""Checks on a trip before it is saved, each with a Swedish message for the field it concerns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from resebok.core.models import Mode, PurposeCategory, Trip
from resebok.core.org import get_employee, get_unit, member_orgs_of_unit
from resebok.core.places import get_places

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database

EARLIEST_DATE = date(2000, 1, 1)
MAX_FUTURE_DAYS = 366
MAX_KM = 3000.0  # one trip in a municipal car; more is a typing error
MAX_PASSENGERS = 8
MAX_PURPOSE_CHARS = 500
MAX_ODOMETER = 9_999_999
MAX_NAME_CHARS = 200  # a place, a person or a unit code; more is a pasting accident
# Control characters other than tab and line breaks, and lone surrogates (text that cannot be
# stored as UTF-8): nobody types them on purpose, and they break exports and printouts.
_BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SQLITE_INTEGER = range(-(2**63), 2**63)


def _storable(value: object) -> bool:
    """An id SQLite can hold (a 64-bit integer); anything else cannot name a row."""
    return isinstance(value, int) and not isinstance(value, bool) and value in _SQLITE_INTEGER


def has_bad_characters(text: str) -> bool:
    """True when *text* holds a control character or a lone surrogate (see _BAD_CHARACTERS)."""
    return _BAD_CHARACTERS.search(text) is not None


@dataclass(frozen=True)
class FieldError:
    field: str  # date, times, employee, unit, member_org, stops, km, odometer, purpose, ...
    message: str


class TripValidationError(ValueError):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> list[str]:
        return [e.message for e in self.errors if e.field == name]


def odometer_km(trip: Trip) -> int | None:
    if trip.odometer_start is None or trip.odometer_end is None:
        return None
    return trip.odometer_end - trip.odometer_start


def validate_trip(db: Database, trip: Trip, today: date | None = None) -> list[FieldError]:
    today = today or date.today()
    errors: list[FieldError] = []

    def error(field: str, message: str) -> None:
        errors.append(FieldError(field, message))

    if not isinstance(trip.date, date):
        error("date", "Ange ett datum.")
    elif trip.date < EARLIEST_DATE:
        error("date", f"Datumet kan inte ligga före {EARLIEST_DATE.isoformat()}.")
    elif (trip.date - today).days > MAX_FUTURE_DAYS:
        error("date", "Datumet ligger mer än ett år fram i tiden.")

    if trip.start_time and trip.end_time and trip.end_time <= trip.start_time:
        error("times", "Sluttiden måste vara efter starttiden.")

    if not _storable(trip.employee_id) or get_employee(db, trip.employee_id) is None:
        error("employee", "Välj en anställd.")
    unit = get_unit(db, trip.unit_id) if _storable(trip.unit_id) else None
    if unit is None:
        error("unit", "Välj den enhet som resan belastar.")
    elif trip.member_org_id is not None:
        allowed = {m.id for m in member_orgs_of_unit(db, unit.id)}
        if trip.member_org_id not in allowed:
            error("member_org", "Medlemsorganisationen hör inte till den valda enheten.")

    if len(trip.stop_ids) < 2:
        error("stops", "Ange minst två platser: varifrån och vart.")
    elif not all(_storable(i) for i in trip.stop_ids):
        error("stops", "En av platserna finns inte i registret.")
    else:
        known = get_places(db, trip.stop_ids)
        if len(known) != len(set(trip.stop_ids)):
            error("stops", "En av platserna finns inte i registret.")
        elif any(a == b for a, b in zip(trip.stop_ids, trip.stop_ids[1:], strict=False)):
            error("stops", "Två platser i följd är desamma; ta bort dubbletten.")

    if trip.mode not in Mode.__members__.values():
        error("mode", "Välj färdsätt.")
    if trip.purpose_category not in PurposeCategory.__members__.values():
        error("purpose_category", "Välj ändamål.")

    has_start = trip.odometer_start is not None
    has_end = trip.odometer_end is not None
    if has_start != has_end:
        error("odometer", "Ange båda mätarställningarna, eller ingen av dem.")
    elif has_start and has_end:
        assert trip.odometer_start is not None and trip.odometer_end is not None
        if (
            min(trip.odometer_start, trip.odometer_end) < 0
            or max(trip.odometer_start, trip.odometer_end) > MAX_ODOMETER
        ):
            error("odometer", "Mätarställningen ska vara ett heltal mellan 0 och 9 999 999.")
        elif trip.odometer_end <= trip.odometer_start:
            error("odometer", "Mätarställningen vid ankomst måste vara större än vid avfärd.")
        elif trip.odometer_end - trip.odometer_start > MAX_KM:
            error("odometer", f"Mätarställningarna ger mer än {MAX_KM:.0f} km.")

    if not isinstance(trip.km, int | float) or trip.km != trip.km:  # NaN is not a number
        error("km", "Ange antal kilometer som ett tal.")
    elif trip.km < 0:
        error("km", "Antal kilometer kan inte vara negativt.")
    elif trip.km > MAX_KM:
        error("km", f"Över {MAX_KM:.0f} km för en resa – kontrollera antalet.")
    elif trip.km == 0 and trip.mode in (Mode.OWN_CAR, Mode.POOL_CAR):
        error("km", "Ange hur långt du körde (mer än 0 km).")

    if len(trip.purpose) > MAX_PURPOSE_CHARS:
        error("purpose", f"Ändamålet får vara högst {MAX_PURPOSE_CHARS} tecken.")
    elif has_bad_characters(trip.purpose):
        error(
            "purpose",
            "Ändamålet innehåller osynliga styrtecken eller ogiltiga tecken; skriv om det.",
        )
    if not 0 <= trip.passengers <= MAX_PASSENGERS:
        error("passengers", f"Antal passagerare ska vara 0–{MAX_PASSENGERS}.")
    return errors

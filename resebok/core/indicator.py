"""The indicator "utbetald kilometerersättning": paid own-car km against a yearly target.

The indicator counts the km the allowance was *paid* for, by payout date: a trip driven in
December and paid in January counts in January (DESIGN.md). Paid km are the reimbursed km
(km less the home-rule reduction; commuting pays nothing), as in
resebok.core.controller_summary. Lower is better: the target is met when the full-year
forecast is at most the target.

The forecast (made at the interim accounts, e.g. 31 August) scales this year's outcome to the
cut-off by the seasonal pattern of earlier years::

    forecast = outcome × mean over history years h of (paid km of h ÷ paid km of h to the
               same day of the year)

History years are the up to three previous years that the data covers from their start (the
database holds trips from the December before, so their January payouts are complete) and
that have paid km both to the day and in the whole year. Without any, the forecast is linear:
outcome × days in the year ÷ the cut-off's day of the year. The method is always returned as a
Swedish sentence with the number, so a reader can check it.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from resebok.core.controller_summary import paid_km_by_payout_day
from resebok.core.models import OrgUnit
from resebok.core.money import format_whole_km as _km
from resebok.core.org import find_unit, get_unit
from resebok.core.periods import (
    Period,
    day_of_year,
    days_in_year,
    month_end,
    short_day,
)

HISTORY_YEARS = 3
TARGET_KINDS = ("municipality", "committee")
MAX_TARGET_KM = 100_000_000


class IndicatorError(ValueError):
    """The message is Swedish and meant for the user."""


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {Status.MET: "Målet nås", Status.NOT_MET: "Målet nås inte"}


# --- scope and targets ------------------------------------------------------------------------


def municipality_unit(db: Database) -> OrgUnit:
    """The top of the organisation (kind municipality): the indicator's default scope."""
    rows = list(
        db.query(
            "SELECT code FROM org_units WHERE kind = 'municipality' AND parent_id IS NULL "
            "ORDER BY id LIMIT 1"
        )
    )
    unit = find_unit(db, rows[0]["code"]) if rows else None
    if unit is None:
        raise IndicatorError(
            "Organisationen saknar en kommunnivå. Lägg upp kommunen överst i organisationen."
        )
    return unit


def resolve_scope(db: Database, code: str | None) -> OrgUnit:
    """The municipality (no code) or the committee with *code*; IndicatorError otherwise."""
    if code is None or not code.strip():
        return municipality_unit(db)
    unit = find_unit(db, code.strip())
    if unit is None:
        raise IndicatorError(f"Det finns ingen enhet med koden {code.strip()!r}.")
    if unit.kind not in TARGET_KINDS:
        raise IndicatorError(
            f"Indikatorn följs för kommunen eller en nämnd; {unit.name} ({unit.code}) är "
            "ingen av dem."
        )
    return unit


@dataclass(frozen=True)
class IndicatorTarget:
    year: int
    unit_id: int
    target_km: float
    note: str = ""
    updated_at: str = ""
    updated_by: str = ""


def _target(row: dict) -> IndicatorTarget:
    return IndicatorTarget(
        row["year"],
        row["unit_id"],
        row["target_km"],
        row["note"],
        row["updated_at"],
        row["updated_by"],
    )


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise IndicatorError(f"Året {year} ligger utanför 2000–2100.")


def set_target(
    db: Database, year: int, target_km: float, scope_id: int, note: str = "", actor: str = ""
) -> IndicatorTarget:
    """Store (or replace) the year's target in paid km for the scope."""
    _check_year(year)
    unit = get_unit(db, scope_id)
    if unit is None or unit.kind not in TARGET_KINDS:
        raise IndicatorError("Målet gäller kommunen eller en nämnd; välj en av dem.")
    if isinstance(target_km, bool) or not isinstance(target_km, int | float):
        raise IndicatorError("Ange målet som ett antal kilometer, t.ex. 80000.")
    if target_km != target_km or not 0 <= target_km <= MAX_TARGET_KM:
        raise IndicatorError("Målet ska vara ett antal kilometer från 0 och uppåt.")
    db.execute(
        """INSERT INTO indicator_targets (year, unit_id, target_km, note, updated_at, updated_by)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (year, unit_id) DO UPDATE SET target_km = excluded.target_km,
               note = excluded.note, updated_at = excluded.updated_at,
               updated_by = excluded.updated_by""",
        [
            year,
            scope_id,
            round(float(target_km), 1),
            note.strip(),
            datetime.now(UTC).isoformat(timespec="seconds"),
            actor,
        ],
    )
    return get_target(db, year, scope_id)  # type: ignore[return-value]


def get_target(db: Database, year: int, scope_id: int) -> IndicatorTarget | None:
    rows = list(
        db.query("SELECT * FROM indicator_targets WHERE year = ? AND unit_id = ?", [year, scope_id])
    )
    return _target(rows[0]) if rows else None


def list_targets(db: Database, scope_id: int | None = None) -> list[IndicatorTarget]:
    """Targets by scope and year (newest first)."""
    if scope_id is None:
        rows = db.query("SELECT * FROM indicator_targets ORDER BY unit_id, year DESC")
    else:
        rows = db.query(
            "SELECT * FROM indicator_targets WHERE unit_id = ? ORDER BY year DESC", [scope_id]
        )
    return [_target(row) for row in rows]


def delete_target(db: Database, year: int, scope_id: int) -> None:
    db.execute("DELETE FROM indicator_targets WHERE year = ? AND unit_id = ?", [year, scope_id])


# --- paid km by day ---------------------------------------------------------------------------


def _first_trip_date(db: Database) -> date | None:
    row = next(db.query("SELECT MIN(date) AS first FROM trips WHERE mode = 'own_car'"))
    return date.fromisoformat(row["first"]) if row["first"] else None


def _to_day(days: Mapping[date, int], year: int, month: int, day: int) -> int:
    """Tenths paid in *year* up to and including month/day (29 Feb counts as the 28th + 1)."""
    limit = (month, day)
    return sum(v for d, v in days.items() if d.year == year and (d.month, d.day) <= limit)


# --- the forecast -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryYear:
    year: int
    to_date_km: float  # paid km to the same day of the year
    full_year_km: float

    @property
    def factor(self) -> float:
        return self.full_year_km / self.to_date_km


@dataclass(frozen=True)
class Forecast:
    km: float
    method: str  # "seasonal", "linear", or "actual" when the cut-off is 31 December
    text: str  # Swedish, e.g. "Säsongsjusterad: 2020 hade 71,3 % av årets utbetalda km …"
    history: tuple[HistoryYear, ...]
    factor: float  # forecast = outcome × factor

    @property
    def history_years(self) -> tuple[int, ...]:
        return tuple(h.year for h in self.history)


def _percent(share: float) -> str:
    return f"{share * 100:.1f}".replace(".", ",") + " %"


def year_list(years: Iterable[int]) -> str:
    """2019, 2020 → "2019–2020"; 2017, 2019, 2020 → "2017, 2019 och 2020"."""
    ordered = sorted(years)
    if len(ordered) > 1 and ordered[-1] - ordered[0] == len(ordered) - 1:
        return f"{ordered[0]}–{ordered[-1]}"
    if len(ordered) == 1:
        return str(ordered[0])
    return ", ".join(str(y) for y in ordered[:-1]) + f" och {ordered[-1]}"


def default_cutoff(year: int, today: date) -> date:
    """Today for the current year (31 December would say the year is over), else 31 December."""
    return today if year == today.year else date(year, 12, 31)


def seasonal_forecast(outcome_km: float, cutoff: date, history: Iterable[HistoryYear]) -> Forecast:
    """The full-year forecast from the outcome to *cutoff* (pure: no database).

    Seasonal when *history* holds a year with km both to the day and in the whole year:
    outcome × the mean of those years' full-year ÷ to-date ratios. Linear otherwise. On
    31 December the year is over and the forecast is the outcome.
    """
    if (cutoff.month, cutoff.day) == (12, 31):
        text = f"Året är slut: prognosen är utfallet, {_km(outcome_km)}."
        return Forecast(round(outcome_km, 1), "actual", text, (), 1.0)
    usable = tuple(h for h in history if h.to_date_km > 0 and h.full_year_km > 0)
    if usable:
        factor = sum(h.factor for h in usable) / len(usable)
        verb = "hade" if len(usable) == 1 else "hade i snitt"
        text = (
            f"Säsongsjusterad: {year_list(h.year for h in usable)} {verb} "
            f"{_percent(1 / factor)} av årets utbetalda km till {short_day(cutoff)}; "
            f"{_km(outcome_km)} ÷ {_percent(1 / factor)} = {_km(outcome_km * factor)}."
        )
        return Forecast(round(outcome_km * factor, 1), "seasonal", text, usable, factor)
    elapsed, whole = day_of_year(cutoff), days_in_year(cutoff.year)
    factor = whole / elapsed
    text = (
        f"Linjär (ingen historik att jämföra med): {_km(outcome_km)} på {elapsed} av "
        f"{whole} dagar ger {_km(outcome_km * factor)} för helåret."
    )
    return Forecast(round(outcome_km * factor, 1), "linear", text, (), factor)


# --- the indicator ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthPoint:
    """One month of the chart: paid km, cumulative to the cut-off, and the forecast after."""

    month: int
    paid_km: float | None  # paid in the month (to the cut-off); None after the cut-off
    cumulative_km: float | None  # None after the cut-off
    forecast_cumulative_km: float | None  # from the cut-off's month on; None before


@dataclass(frozen=True)
class IndicatorResult:
    year: int
    cutoff: date
    scope: OrgUnit
    target: IndicatorTarget | None
    outcome_km: float  # paid km from 1 January to the cut-off
    forecast: Forecast
    months: list[MonthPoint]
    previous_year_km: float | None  # the whole previous year's paid km, when it has any
    previous_year_to_date_km: float | None  # the previous year's paid km to the same day

    @property
    def target_km(self) -> float | None:
        return self.target.target_km if self.target else None

    @property
    def forecast_km(self) -> float:
        return self.forecast.km

    @property
    def status(self) -> Status | None:
        """Met when the forecast is at most the target (lower is better); None without one."""
        if self.target is None:
            return None
        return Status.MET if self.forecast.km <= self.target.target_km else Status.NOT_MET

    @property
    def deviation_km(self) -> float | None:
        """Forecast minus target: positive is how far the year is expected to overshoot."""
        if self.target is None:
            return None
        return round(self.forecast.km - self.target.target_km, 1)

    def as_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "cutoff": self.cutoff.isoformat(),
            "scope": self.scope.code,
            "target_km": self.target_km,
            "outcome_km": self.outcome_km,
            "forecast_km": self.forecast.km,
            "method": self.forecast.text,
            "method_kind": self.forecast.method,
            "history_years": list(self.forecast.history_years),
            "status": str(self.status) if self.status else None,
        }


def indicator(
    db: Database,
    year: int,
    cutoff: date,
    scope_id: int | None = None,
    history_years: int = HISTORY_YEARS,
) -> IndicatorResult:
    """Outcome to *cutoff*, forecast and status for *year* and the scope (the municipality)."""
    _check_year(year)
    if cutoff.year != year:
        raise IndicatorError(
            f"Brytdagen {cutoff.isoformat()} ligger inte i {year}; ange en dag under året."
        )
    scope = get_unit(db, scope_id) if scope_id is not None else municipality_unit(db)
    if scope is None:
        raise IndicatorError("Enheten finns inte längre.")
    first_year = year - history_years
    days = paid_km_by_payout_day(db, Period(date(first_year, 1, 1), cutoff), scope.id)
    outcome_t = _to_day(days, year, cutoff.month, cutoff.day)
    first_trip = _first_trip_date(db)
    history: list[HistoryYear] = []
    for past in range(first_year, year):
        covered = first_trip is not None and first_trip < date(past, 1, 1)
        to_date = _to_day(days, past, cutoff.month, cutoff.day)
        full = _to_day(days, past, 12, 31)
        if covered and to_date > 0 and full > 0:
            history.append(HistoryYear(past, to_date / 10, full / 10))
    outcome = outcome_t / 10
    forecast = seasonal_forecast(outcome, cutoff, history)
    months = _months(days, year, cutoff, outcome, forecast)
    previous_full = _to_day(days, year - 1, 12, 31)
    previous_to_date = _to_day(days, year - 1, cutoff.month, cutoff.day)
    return IndicatorResult(
        year=year,
        cutoff=cutoff,
        scope=scope,
        target=get_target(db, year, scope.id),
        outcome_km=outcome,
        forecast=forecast,
        months=months,
        previous_year_km=previous_full / 10 if previous_full else None,
        previous_year_to_date_km=previous_to_date / 10 if previous_to_date else None,
    )


def _months(
    days: Mapping[date, int], year: int, cutoff: date, outcome: float, forecast: Forecast
) -> list[MonthPoint]:
    """Cumulative paid km per month to the cut-off, and the forecast's path after it.

    The path follows the history's seasonal profile (each history year's km to the month's
    end ÷ its km to the cut-off day, averaged), or grows linearly by days without history; it
    reaches the forecast in December by construction.
    """
    points = []
    cumulative = 0
    for month in range(1, 13):
        end = month_end(year, month)
        if end <= cutoff or month == cutoff.month:
            last = min(end, cutoff)
            paid = sum(
                v for d, v in days.items() if d.year == year and d.month == month and d <= last
            )
            cumulative += paid
            actual: tuple[float | None, float | None] = (paid / 10, cumulative / 10)
        else:
            actual = (None, None)
        projected = None
        if month >= cutoff.month:
            projected = round(outcome * _profile(days, forecast, cutoff, end), 1)
        points.append(MonthPoint(month, actual[0], actual[1], projected))
    return points


def _profile(days: Mapping[date, int], forecast: Forecast, cutoff: date, end: date) -> float:
    """The forecast's multiple of the outcome reached by *end* (1 at the cut-off)."""
    if end <= cutoff:
        return 1.0
    if not forecast.history:
        return day_of_year(end) / day_of_year(cutoff)
    ratios = [
        _to_day(days, h.year, end.month, end.day) / (h.to_date_km * 10) for h in forecast.history
    ]
    return sum(ratios) / len(ratios)

"""What if a unit got N pool cars from a date? Avoided km, allowance, CO₂, forecast and cost.

Built on a fleet-need analysis (resebok.core.fleet_need): on every day from the date on, the N
cars take over the trips the exact assignment gives them (the most km, no car in two places).

- *Avoided*: those trips' own-car km, their reimbursed km, the allowance they were paid at the
  employer's rate valid on each trip date (öre, the claim-line rule of resebok.core.money),
  and the CO₂ of the owner's car less that of the pool car (factors from resebok.core.co2).
- *Per year*: the unit's allowance paid today against what the cars would save and cost: a
  yearly lease (or depreciation) per car plus a running cost per km the cars drive. The
  defaults are examples, not quotes; the form asks for the municipality's own figures.
- *The indicator* (paid own-car km by payout date, resebok.core.indicator) for the cut-off's
  year, with and without the cars:

      with cars = forecast − A − R × u × s × f

  A is the reimbursed km of the trips the cars would have taken that were paid out from
  1 January to the cut-off (actual trips, from the date on); R = forecast − outcome is what the
  forecast still expects after the cut-off; u is the unit's share of the scope's paid km to
  the cut-off; s is the share of the unit's reimbursed km the cars cover in the analysed
  period; f is the part of R that falls on or after the date (1 when the date is before the
  cut-off; otherwise read off the forecast's seasonal path). The payout delay after the
  cut-off is not modelled, so a date after the cut-off counts a month early.
- *The next year* is projected as this year's forecast, reduced by u × s for the part of the
  year the cars are there (by days). Both sentences are returned with their numbers.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from resebok.core.controller_summary import paid_km_by_payout_day
from resebok.core.fleet_need import (
    FleetNeed,
    FleetNeedError,
    FleetSettings,
    FleetTrip,
    fleet_need,
)
from resebok.core.indicator import IndicatorResult, MonthPoint, indicator, municipality_unit
from resebok.core.models import FUELS, OrgUnit
from resebok.core.money import amount_ore
from resebok.core.money import format_whole_km as _km
from resebok.core.money import format_whole_kr as whole_kr
from resebok.core.org import get_unit, subtree_ids
from resebok.core.periods import Period, days_in_year, month_end, short_day
from resebok.core.rates import RateError, RateKind, RateTable, load_rate_table

MAX_CARS = 500
MAX_LEASE_ORE = 100_000_000  # 1 million kr a car and year: anything above is a typing error
MAX_ORE_PER_KM = 10_000
COST_NOTE = (
    "Kostnaderna är exempel (leasing 4 000 kr/mån för en liten elbil, 1 kr/km för el, däck och "
    "service), inte offerter: ange kommunens egna avtal."
)


@dataclass(frozen=True)
class CarCosts:
    """What a pool car costs a year. The defaults are examples, not quotes or statistics."""

    lease_ore_per_year: int = 4_800_000  # example: 4 000 kr a month for a small electric car
    ore_per_km: int = 100  # example: 1 kr/km (about 2 kWh/mil at 2 kr/kWh, tyres, service)
    fuel: str = "electric"  # the pool cars' fuel, for CO₂ (policy: electric or biogas)

    def check(self) -> None:
        if not 0 <= self.lease_ore_per_year <= MAX_LEASE_ORE:
            raise FleetNeedError("Ange bilens årskostnad (leasing eller avskrivning) i kronor.")
        if not 0 <= self.ore_per_km <= MAX_ORE_PER_KM:
            raise FleetNeedError("Ange körkostnaden i kronor per km (0–100 kr).")
        if self.fuel not in FUELS:
            raise FleetNeedError(f"Okänt drivmedel: {self.fuel}")


@dataclass(frozen=True)
class Avoided:
    trips: int = 0
    km_tenths: int = 0
    paid_km_tenths: int = 0
    allowance_ore: int = 0
    co2_g: int = 0  # own car's CO₂ less the pool car's for the same km
    unpriced_trips: int = 0  # no employer rate for the trip date: no allowance counted

    def as_json(self) -> dict[str, Any]:
        return {
            "trips": self.trips,
            "km": self.km_tenths / 10,
            "paid_km": self.paid_km_tenths / 10,
            "allowance_ore": self.allowance_ore,
            "co2_kg": round(self.co2_g / 1000, 1),
            "unpriced_trips": self.unpriced_trips,
        }


@dataclass(frozen=True)
class YearCost:
    """One year at the analysed period's pattern: allowance today, saved, and the cars' cost."""

    allowance_today_ore: int
    allowance_saved_ore: int
    car_km_per_year: float
    lease_ore: int  # the cars' fixed cost
    running_ore: int  # the cars' cost per km × the km they take over
    co2_saved_g: int = 0  # the own cars' CO₂ less the pool cars' for those km

    @property
    def cars_cost_ore(self) -> int:
        return self.lease_ore + self.running_ore

    @property
    def net_ore(self) -> int:
        """Saved allowance less the cars' cost: positive when the cars pay for themselves."""
        return self.allowance_saved_ore - self.cars_cost_ore

    def as_json(self) -> dict[str, Any]:
        return {
            "allowance_today_ore": self.allowance_today_ore,
            "allowance_saved_ore": self.allowance_saved_ore,
            "car_km": round(self.car_km_per_year, 1),
            "cars_cost_ore": self.cars_cost_ore,
            "lease_ore": self.lease_ore,
            "running_ore": self.running_ore,
            "net_ore": self.net_ore,
            "co2_saved_kg": round(self.co2_saved_g / 1000, 1),
        }


@dataclass(frozen=True)
class ForecastEffect:
    scope: OrgUnit
    year: int
    cutoff: date
    target_km: float | None
    outcome_km: float
    today_km: float  # the indicator's forecast without the cars
    with_cars_km: float
    next_today_km: float
    next_with_cars_km: float
    avoided_outcome_km: float  # A
    avoided_remainder_km: float  # R × u × s × f
    unit_share: float  # u
    covered_share: float  # s
    text: str  # Swedish, with the numbers
    next_text: str

    def as_json(self) -> dict[str, Any]:
        return {
            "scope": self.scope.code,
            "year": self.year,
            "cutoff": self.cutoff.isoformat(),
            "target_km": self.target_km,
            "forecast_km": self.today_km,
            "forecast_with_cars_km": self.with_cars_km,
            "next_year": self.year + 1,
            "next_year_km": self.next_today_km,
            "next_year_with_cars_km": self.next_with_cars_km,
            "unit_share": round(self.unit_share, 4),
            "covered_share": round(self.covered_share, 4),
            "method": self.text,
            "next_year_method": self.next_text,
        }


@dataclass(frozen=True)
class WhatIf:
    unit: OrgUnit
    cars: int
    from_date: date
    costs: CarCosts
    period: Period  # the analysed period
    avoided: Avoided  # in the analysed period, from the date on
    per_year: YearCost
    forecast: ForecastEffect

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit.code,
            "cars": self.cars,
            "from": self.from_date.isoformat(),
            "pool_car_fuel": self.costs.fuel,
            "lease_ore_per_year": self.costs.lease_ore_per_year,
            "ore_per_km": self.costs.ore_per_km,
            "avoided": self.avoided.as_json(),
            "per_year": self.per_year.as_json(),
            "forecast": self.forecast.as_json(),
        }


# --- pure arithmetic --------------------------------------------------------------------------


def avoided_by(
    trips: Iterable[FleetTrip], rates: RateTable, grams_per_km: dict[str, float], pool_fuel: str
) -> Avoided:
    """The sum over FleetTrips: km, reimbursed km, allowance (öre, per trip) and net CO₂."""
    count = km = paid = allowance = unpriced = 0
    co2 = 0.0
    pool = grams_per_km.get(pool_fuel, 0.0)
    for trip in trips:
        count += 1
        km += trip.km_tenths
        paid += trip.paid_km_tenths
        co2 += trip.km_tenths / 10 * (grams_per_km.get(trip.fuel, grams_per_km["petrol"]) - pool)
        if trip.paid_km_tenths:
            try:
                rate = rates.rate_on(RateKind.EMPLOYER, trip.day)
            except RateError:
                unpriced += 1
                continue
            allowance += amount_ore(trip.paid_km_tenths, rate)
    return Avoided(count, km, paid, allowance, round(co2), unpriced)


def year_scale(period: Period) -> float:
    """From the period to a year: 1 for a whole year, 365 ÷ days for a part of one."""
    return 1.0 if period.is_whole_year else 365 / period.days


def _path_at(
    months: Sequence[MonthPoint], year: int, cutoff: date, outcome: float, day: date
) -> float:
    """The forecast's cumulative paid km on *day* (after the cut-off), by its monthly path."""
    points = [(cutoff, outcome)] + [
        (month_end(year, p.month), p.forecast_cumulative_km)
        for p in months
        if p.forecast_cumulative_km is not None and month_end(year, p.month) > cutoff
    ]
    for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
        if d0 <= day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / max(1, (d1 - d0).days)
    return points[-1][1]


def remainder_share_from(result: IndicatorResult, first_day: date) -> float:
    """f: the part of the forecast's remainder after the cut-off that falls on or after the day."""
    year, cutoff = result.year, result.cutoff
    remainder = result.forecast_km - result.outcome_km
    if first_day <= cutoff or remainder <= 0:
        return 1.0 if first_day <= date(year, 12, 31) else 0.0
    if first_day > date(year, 12, 31):
        return 0.0
    before = _path_at(result.months, year, cutoff, result.outcome_km, first_day - timedelta(1))
    return min(1.0, max(0.0, (result.forecast_km - before) / remainder))


def year_share_from(year: int, first_day: date) -> float:
    """The share of *year*'s days on or after *first_day*."""
    if first_day <= date(year, 1, 1):
        return 1.0
    if first_day > date(year, 12, 31):
        return 0.0
    return ((date(year, 12, 31) - first_day).days + 1) / days_in_year(year)


def yearly_cost(
    need: FleetNeed,
    cars: int,
    costs: CarCosts,
    allowance_today_ore: int,
    rates: RateTable,
    grams_per_km: dict[str, float],
) -> YearCost:
    """One year of *cars* cars at the analysed period's pattern (scaled when not a year)."""
    scale = year_scale(need.period)
    saved = avoided_by((t.trip for t in need.covered_trips(cars)), rates, grams_per_km, costs.fuel)
    car_km = saved.km_tenths / 10 * scale
    return YearCost(
        allowance_today_ore=round(allowance_today_ore * scale),
        allowance_saved_ore=round(saved.allowance_ore * scale),
        car_km_per_year=car_km,
        lease_ore=cars * costs.lease_ore_per_year,
        running_ore=round(car_km * costs.ore_per_km),
        co2_saved_g=round(saved.co2_g * scale),
    )


def break_even_km(costs: CarCosts, employer_ore_per_mil: int) -> float | None:
    """km a year one car must take over before the allowance it saves pays for it.

    None when the allowance per km is no more than the car's running cost per km: then the car
    never pays for itself, however much it drives.
    """
    margin = employer_ore_per_mil / 10 - costs.ore_per_km  # öre per km
    if margin <= 0:
        return None
    return costs.lease_ore_per_year / margin


def break_even_sentence(db: Database, costs: CarCosts, day: date) -> str:
    """Swedish: from how many km a year a car pays for itself at the rate valid on *day*."""
    from resebok.core.money import format_rate

    try:
        rate = load_rate_table(db).rate_on(RateKind.EMPLOYER, day)
    except RateError:
        return ""
    km = break_even_km(costs, rate)
    if km is None:
        return (
            f"Med ersättningen {format_rate(rate)} betalar sig en bil aldrig: körkostnaden per "
            "km är lika hög som ersättningen."
        )
    return (
        f"Med ersättningen {format_rate(rate)} och dessa kostnader betalar sig en bil först när "
        f"den tar över mer än {_km(km)} om året."
    )


def costs_by_cars(
    db: Database,
    need: FleetNeed,
    costs: CarCosts = CarCosts(),  # noqa: B008 - frozen
) -> list[tuple[int, YearCost]]:
    """The yearly cost comparison for N = 1 … the highest peak: where do the cars pay off?"""
    costs.check()
    rates = load_rate_table(db)
    grams = _grams(db)
    today = avoided_by(need.all_trips(), rates, grams, costs.fuel).allowance_ore
    return [
        (cars, yearly_cost(need, cars, costs, today, rates, grams))
        for cars in range(1, need.max_peak + 1)
    ]


# --- the what-if ------------------------------------------------------------------------------


def _percent(share: float) -> str:
    return f"{share * 100:.1f}".replace(".", ",") + "\u00a0%"


def _check(need: FleetNeed, cars: int, from_date: date, costs: CarCosts) -> None:
    if isinstance(cars, bool) or not isinstance(cars, int) or not 1 <= cars <= MAX_CARS:
        raise FleetNeedError(f"Ange antalet bilar som ett heltal 1–{MAX_CARS}.")
    if not 2000 <= from_date.year <= 2100:
        raise FleetNeedError("Ange ett datum mellan år 2000 och 2100 för när bilarna kommer.")
    costs.check()


def _grams(db: Database) -> dict[str, float]:
    from resebok.core.co2 import list_factors

    return {factor.key: factor.grams for factor in list_factors(db)}


def forecast_effect(
    db: Database,
    need: FleetNeed,
    cars: int,
    from_date: date,
    cutoff: date,
    scope: OrgUnit,
    settings: FleetSettings,
    known: IndicatorResult | None = None,
) -> ForecastEffect:
    """The indicator's forecast for the cut-off's year and the next, with and without the cars.

    *known*: the indicator for *cutoff* and *scope* when the caller has it already (the
    controller's report), so that it is not computed twice.
    """
    year = cutoff.year
    result = known if known is not None else indicator(db, year, cutoff, scope.id)
    if (result.year, result.cutoff, result.scope.id) != (year, cutoff, scope.id):
        raise ValueError("the indicator passed is for another cut-off or scope")
    window_start = max(from_date, date(year - 1, 1, 1))
    avoided_outcome = 0.0
    if window_start <= cutoff:
        window = fleet_need(db, need.unit.id, Period(window_start, cutoff), settings)
        avoided_outcome = (
            sum(
                t.trip.paid_km_tenths
                for t in window.covered_trips(cars, from_date)
                if t.trip.paid_on is not None and date(year, 1, 1) <= t.trip.paid_on <= cutoff
            )
            / 10
        )
    unit_days = paid_km_by_payout_day(db, Period(date(year, 1, 1), cutoff), need.unit.id)
    unit_share = (sum(unit_days.values()) / 10 / result.outcome_km) if result.outcome_km else 0.0
    all_paid = need.all_paid_km_tenths
    covered_paid = sum(t.trip.paid_km_tenths for t in need.covered_trips(cars))
    covered_share = covered_paid / all_paid if all_paid else 0.0
    remainder = max(0.0, result.forecast_km - result.outcome_km)
    share_after = remainder_share_from(result, from_date)
    avoided_remainder = remainder * unit_share * covered_share * share_after
    with_cars = max(0.0, result.forecast_km - avoided_outcome - avoided_remainder)
    when = f"{short_day(from_date)} {from_date.year}"
    terms = [_km(result.forecast_km)]
    if window_start <= cutoff:
        terms.append(
            f"{_km(avoided_outcome)} (resor från {when} som bilarna hade tagit och som "
            f"betalats ut t.o.m. {short_day(cutoff)})"
        )
    if remainder > 0:
        after = f" × andelen från {when} {_percent(share_after)}" if share_after < 1 else ""
        terms.append(
            f"{_km(avoided_remainder)} (prognosens {_km(remainder)} efter brytdagen × "
            f"enhetens andel {_percent(unit_share)} × täckt andel {_percent(covered_share)}"
            f"{after})"
        )
    text = f"Prognos {year} med {cars} bilar från {when}: " + " − ".join(terms)
    text += f" = {_km(with_cars)}."
    if from_date > date(year, 12, 31):
        text = f"Prognosen för {year}, {_km(with_cars)}, påverkas inte: bilarna kommer {when}."
    next_year = year + 1
    next_share = year_share_from(next_year, from_date)
    next_today = result.forecast_km
    next_with = max(0.0, next_today * (1 - unit_share * covered_share * next_share))
    next_text = (
        f"{next_year} antas bli som årets prognos, {_km(next_today)}. Enheten står för "
        f"{_percent(unit_share)} av de utbetalda km; bilarna tar {_percent(covered_share)} av "
        f"enhetens ersatta km"
        + (f" under {_percent(next_share)} av året" if next_share < 1 else "")
        + f": {_km(next_with)}."
    )
    return ForecastEffect(
        scope=scope,
        year=year,
        cutoff=cutoff,
        target_km=result.target_km,
        outcome_km=result.outcome_km,
        today_km=result.forecast_km,
        with_cars_km=round(with_cars, 1),
        next_today_km=round(next_today, 1),
        next_with_cars_km=round(next_with, 1),
        avoided_outcome_km=round(avoided_outcome, 1),
        avoided_remainder_km=round(avoided_remainder, 1),
        unit_share=unit_share,
        covered_share=covered_share,
        text=text,
        next_text=next_text,
    )


def what_if(
    db: Database,
    need: FleetNeed,
    cars: int,
    from_date: date,
    costs: CarCosts = CarCosts(),  # noqa: B008 - frozen
    cutoff: date | None = None,
    scope_id: int | None = None,
    known: IndicatorResult | None = None,
) -> WhatIf:
    """ "*need*'s unit gets *cars* pool cars from *from_date*": see the module docstring.

    *cutoff* is the indicator's cut-off (default: the analysed period's last day); *scope_id*
    the indicator's scope (default: the municipality), which must hold the unit. *known* is
    that indicator when the caller has computed it already (forecast_effect).
    """
    _check(need, cars, from_date, costs)
    scope = get_unit(db, scope_id) if scope_id is not None else municipality_unit(db)
    if scope is None:
        raise FleetNeedError("Indikatorns nivå finns inte längre.")
    if need.unit.id not in subtree_ids(db, scope.id):
        raise FleetNeedError(f"{need.unit.name} hör inte till {scope.name}.")
    cutoff = cutoff or need.period.last
    rates = load_rate_table(db)
    grams = _grams(db)
    avoided = avoided_by(
        (t.trip for t in need.covered_trips(cars, from_date)), rates, grams, costs.fuel
    )
    today = avoided_by(need.all_trips(), rates, grams, costs.fuel)
    per_year = yearly_cost(need, cars, costs, today.allowance_ore, rates, grams)
    effect = forecast_effect(db, need, cars, from_date, cutoff, scope, need.settings, known)
    return WhatIf(need.unit, cars, from_date, costs, need.period, avoided, per_year, effect)


def cost_sentence(per_year: YearCost, cars: int) -> str:
    """Swedish: what the cars save and cost in a year, and the difference."""
    verdict = "sparar" if per_year.net_ore >= 0 else "kostar"
    return (
        f"Per år: ersättning i dag {whole_kr(per_year.allowance_today_ore)}, varav "
        f"{cars} bilar hade ersatt {whole_kr(per_year.allowance_saved_ore)}. Bilarna kostar "
        f"{whole_kr(per_year.cars_cost_ore)} ({whole_kr(per_year.lease_ore)} i fast kostnad "
        f"och {whole_kr(per_year.running_ore)} för {_km(per_year.car_km_per_year)}); netto "
        f"{verdict} de {whole_kr(abs(per_year.net_ore))} om året."
    )


# --- for the controller's report ------------------------------------------------------------


@dataclass(frozen=True)
class FleetReport:
    """The report's fleet section: the need, and the recommended cars from the next year."""

    need: FleetNeed
    what_if: WhatIf | None  # None when the unit has no trips or lies outside the scope
    costs: list[tuple[int, YearCost]]  # N = 1 … the highest peak, at the example costs
    break_even: str = ""  # Swedish: from how many km a year one car pays for itself


def fleet_report(
    db: Database, unit_id: int, period: Period, coverage: float, indicator_result: IndicatorResult
) -> FleetReport | None:
    """The analysis for the report, None when the chosen unit no longer exists.

    The what-if gives the unit the recommended number of cars from 1 January of the next year:
    the municipality's story plans the purchase for the next year's budget. Its forecast is
    that of *indicator_result*, the report's own indicator (its scope and cut-off).
    """
    if get_unit(db, unit_id) is None:
        return None
    need = fleet_need(db, unit_id, period, FleetSettings(coverage_percent=coverage))
    scope_id, cutoff = indicator_result.scope.id, indicator_result.cutoff
    result = None
    if need.need > 0 and unit_id in subtree_ids(db, scope_id):
        result = what_if(
            db,
            need,
            need.need,
            date(cutoff.year + 1, 1, 1),
            cutoff=cutoff,
            scope_id=scope_id,
            known=indicator_result,
        )
    return FleetReport(
        need, result, costs_by_cars(db, need), break_even_sentence(db, CarCosts(), period.last)
    )

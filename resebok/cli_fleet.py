"""``resebok fleet``: how many pool cars a unit would need, and what N cars would change.

Registered by resebok.cli through ``add_parsers`` and ``COMMANDS``, like resebok.cli_controller.
The core is imported inside the functions so that ``resebok --help`` stays fast.

``--json`` prints an object with ``need`` (cars for the coverage), ``days`` (days with own-car
trips), ``estimated_trips`` and ``curve`` (``{"cars", "share_km", "share_trips", ...}`` for
N = 1 … the highest peak), and with ``--cars`` also ``what_if``.
"""

import argparse
import json
import sys
from datetime import date, time
from typing import TYPE_CHECKING, Any

from resebok.cli_args import date_arg, year_arg
from resebok.cli_controller import CommandError, _period

if TYPE_CHECKING:
    from resebok.core.fleet_need import FleetNeed
    from resebok.core.fleet_what_if import WhatIf


def _percent_arg(text: str) -> float:
    try:
        value = float(text.replace(",", ".").replace("%", "").strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"ogiltig täckning {text!r}: ange t.ex. 90") from None
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError("täckningen ska vara 1–100 (procent av dagarna)")
    return value


def _kr_arg(text: str) -> int:
    from resebok.core.money import parse_kr

    try:
        return parse_kr(text.replace(" ", ""))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _hours_arg(text: str) -> tuple[time, time]:
    try:
        first, last = (time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ogiltig arbetstid {text!r}: ange t.ex. 07:00-16:00"
        ) from None
    return first, last


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from resebok.cli import _add_db_option
    from resebok.core.fleet_need import DEFAULT_SPEED_KMH

    fleet = commands.add_parser(
        "fleet", help="behov av kommunbilar för en enhet, och vad N bilar hade betytt"
    )
    _add_db_option(fleet)
    fleet.add_argument("--unit", required=True, metavar="KOD", help="enhetens kod (t.ex. LOK)")
    fleet.add_argument("--year", type=year_arg, help="året (eller ange --from och --to)")
    fleet.add_argument("--from", dest="date_from", type=date_arg, metavar="ÅÅÅÅ-MM-DD")
    fleet.add_argument("--to", dest="date_to", type=date_arg, metavar="ÅÅÅÅ-MM-DD")
    fleet.add_argument(
        "--coverage",
        type=_percent_arg,
        default=90.0,
        metavar="PROCENT",
        help="andel av dagarna som bilarna ska räcka till (standard 90)",
    )
    fleet.add_argument(
        "--speed",
        type=float,
        default=DEFAULT_SPEED_KMH,
        metavar="KM/H",
        help="medelhastighet för resor utan tider (standard 50)",
    )
    fleet.add_argument(
        "--stop-minutes",
        type=int,
        metavar="MIN",
        help="tid per stopp för resor utan tider (annars uppskattad från enhetens resor)",
    )
    fleet.add_argument(
        "--hours",
        type=_hours_arg,
        default=(time(7, 0), time(16, 0)),
        metavar="HH:MM-HH:MM",
        help="arbetstid där resor utan tider läggs (standard 07:00-16:00)",
    )
    fleet.add_argument(
        "--include-from-home", action="store_true", help="räkna även resor som börjar hemma"
    )
    fleet.add_argument("--cars", type=int, metavar="N", help="tänk om enheten hade N kommunbilar")
    fleet.add_argument(
        "--cars-from", type=date_arg, metavar="ÅÅÅÅ-MM-DD", help="från detta datum (--cars)"
    )
    fleet.add_argument(
        "--cutoff", type=date_arg, metavar="ÅÅÅÅ-MM-DD", help="indikatorns brytdag (--cars)"
    )
    fleet.add_argument("--lease", type=_kr_arg, metavar="KR", help="kostnad per bil och år")
    fleet.add_argument("--per-km", type=_kr_arg, metavar="KR", help="körkostnad per km")
    fleet.add_argument(
        "--pool-fuel",
        choices=["petrol", "diesel", "hvo", "biogas", "electric"],
        default="electric",
        help="kommunbilarnas drivmedel (för CO₂)",
    )
    fleet.add_argument("--json", action="store_true", help="skriv JSON")


def _analyse(db: Any, args: argparse.Namespace) -> "FleetNeed":
    from resebok.core.fleet_need import FleetSettings, fleet_need, unit_by_code

    unit = unit_by_code(db, args.unit)
    settings = FleetSettings(
        coverage_percent=args.coverage,
        speed_kmh=args.speed,
        stop_minutes=args.stop_minutes,
        day_start=args.hours[0],
        day_end=args.hours[1],
        include_from_home=args.include_from_home,
    )
    return fleet_need(db, unit.id, _period(args), settings)


def _what_if(db: Any, args: argparse.Namespace, need: "FleetNeed") -> "WhatIf | None":
    from resebok.core.fleet_what_if import CarCosts, what_if

    if args.cars is None:
        if args.cars_from or args.lease is not None or args.per_km is not None:
            raise CommandError("Ange antalet bilar med --cars N för att räkna på ett förslag.")
        return None
    if need.days == 0:
        raise CommandError(
            f"{need.unit.name} har inga resor i egen bil under {need.period.label}: "
            "det finns inget att räkna på."
        )
    defaults = CarCosts()
    costs = CarCosts(
        lease_ore_per_year=defaults.lease_ore_per_year if args.lease is None else args.lease,
        ore_per_km=defaults.ore_per_km if args.per_km is None else args.per_km,
        fuel=args.pool_fuel,
    )
    cutoff = args.cutoff or min(need.period.last, date.today())
    if cutoff < need.period.first.replace(month=1, day=1):
        cutoff = need.period.last
    return what_if(db, need, args.cars, args.cars_from or need.period.first, costs, cutoff)


def _print_text(need: "FleetNeed", result: "WhatIf | None") -> None:
    from resebok.core.fleet_what_if import COST_NOTE, cost_sentence
    from resebok.core.money import format_kr

    print(f"Behov av kommunbilar, {need.unit.name} ({need.unit.code}), {need.period.label}")
    if need.days == 0:
        print(f"  {need.unit.name} har inga resor i egen bil under perioden.")
        return
    print(
        f"  {need.need} bilar räcker {need.settings.coverage_percent:g} % av de {need.days} "
        f"dagarna med resor i egen bil (högst {need.max_peak} samtidigt)."
    )
    print(
        f"  {need.trips} resor, {need.km_tenths / 10:.1f} km; {need.estimated_trips} resor "
        f"saknade tider och uppskattades ({need.stop_minutes} min per stopp)."
    )
    print("  Bilar  Andel km  Andel resor  Andel dagar")
    for point in need.curve():
        mark = "  ←" if point.cars == need.need else ""
        print(
            f"  {point.cars:>5}  {point.share_km * 100:>7.1f} %  {point.share_trips * 100:>9.1f} %"
            f"  {point.share_days * 100:>9.1f} %{mark}"
        )
    if result is None:
        return
    avoided = result.avoided
    print(f"\nOm enheten hade {result.cars} kommunbilar från {result.from_date.isoformat()}:")
    print(
        f"  undvikna resor i egen bil {avoided.trips}, {avoided.km_tenths / 10:.1f} km, "
        f"ersättning {format_kr(avoided.allowance_ore)}, {avoided.co2_g / 1000:.1f} kg CO₂"
    )
    print(f"  {result.forecast.text}")
    print(f"  {result.forecast.next_text}")
    print(f"  {cost_sentence(result.per_year, result.cars)}")
    print(f"  {COST_NOTE}")


def cmd_fleet(args: argparse.Namespace) -> int:
    from resebok.cli import _open
    from resebok.core.fleet_need import FleetNeedError
    from resebok.core.indicator import IndicatorError
    from resebok.core.periods import PeriodError

    db = _open(args)
    try:
        need = _analyse(db, args)
        result = _what_if(db, args, need)
    except (CommandError, FleetNeedError, IndicatorError, PeriodError) as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.json:
        data = need.as_json()
        if result is not None:
            data["what_if"] = result.as_json()
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    _print_text(need, result)
    return 0


COMMANDS = {"fleet": cmd_fleet}

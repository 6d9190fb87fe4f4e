"""The controller's commands: ``summary``, ``indicator`` and ``report`` (issue 5).

``resebok.cli`` registers them through ``add_parsers`` and ``COMMANDS``. The core is imported
inside the functions, as in resebok.cli, so that ``resebok --help`` stays fast; so is
resebok.cli itself (for ``--db`` and opening the database), which imports this module.

``summary`` without any of the controller's options prints exactly what it printed before
(the foundation's yearly summary); with them it keeps the same JSON shape and adds ``amount``
and ``co2_kg`` per unit.
"""

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resebok.cli_args import date_arg, km_arg, year_arg

if TYPE_CHECKING:
    from sqlite_utils import Database

    from resebok.core.models import OrgUnit
    from resebok.core.periods import Basis, Period


class CommandError(Exception):
    """A Swedish message for the user; the command exits with status 1."""


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from resebok.cli import _add_db_option

    summary = commands.add_parser(
        "summary", help="kilometer, resor, ersättning och CO₂ i egen bil per enhet"
    )
    _add_db_option(summary)
    summary.add_argument("--year", type=year_arg, help="året (eller ange --from och --to)")
    summary.add_argument("--by", choices=["unit"], default="unit")
    summary.add_argument("--json", action="store_true", help="skriv JSON")
    summary.add_argument(
        "--by-paid", action="store_true", help="efter utbetalningsdag i stället för resdatum"
    )
    summary.add_argument("--from", dest="date_from", type=date_arg, metavar="ÅÅÅÅ-MM-DD")
    summary.add_argument("--to", dest="date_to", type=date_arg, metavar="ÅÅÅÅ-MM-DD")
    summary.add_argument("--scope", metavar="KOD", help="bara enheten med koden och under den")
    summary.add_argument(
        "--rollup",
        action="store_true",
        help="hela organisationsträdet, summerat uppåt (enhet → förvaltning → nämnd → kommun)",
    )

    indicator = commands.add_parser(
        "indicator", help="indikatorn utbetald kilometerersättning: utfall, prognos och mål"
    )
    _add_db_option(indicator)
    indicator.add_argument("--year", type=year_arg, required=True)
    indicator.add_argument(
        "--cutoff",
        type=date_arg,
        metavar="ÅÅÅÅ-MM-DD",
        help="brytdag (annars i dag för innevarande år, annars årets slut)",
    )
    indicator.add_argument("--scope", metavar="KOD", help="nämndens kod (annars hela kommunen)")
    indicator.add_argument(
        "--set-target", type=km_arg, metavar="KM", help="spara årets mål i km först"
    )
    indicator.add_argument("--json", action="store_true", help="skriv JSON")

    report = commands.add_parser(
        "report", help="återrapporteringen till kommunstyrelsens arbetsutskott som PDF"
    )
    _add_db_option(report)
    report.add_argument("--year", type=year_arg, required=True)
    report.add_argument(
        "--cutoff",
        type=date_arg,
        metavar="ÅÅÅÅ-MM-DD",
        help="brytdag (annars sparad, i dag för innevarande år eller årets slut)",
    )
    report.add_argument("--scope", metavar="KOD", help="nämndens kod (annars hela kommunen)")
    report.add_argument(
        "--analysis-file",
        type=Path,
        metavar="FIL",
        help="textfil med analysen; sparas med rapportens inställningar",
    )
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FIL")


# --- summary ----------------------------------------------------------------------------------


def _controller_options_used(args: argparse.Namespace) -> bool:
    return bool(args.by_paid or args.date_from or args.date_to or args.scope or args.rollup)


def _period(args: argparse.Namespace) -> "Period":
    from resebok.core.periods import Period, PeriodError

    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise CommandError("Ange både --from och --to (eller bara --year).")
        try:
            period = Period(args.date_from, args.date_to)
        except PeriodError as exc:
            raise CommandError(str(exc)) from None
        if args.year is not None and not (period.first.year == period.last.year == args.year):
            raise CommandError(
                f"Perioden ligger inte i {args.year}; ange --year eller --from/--to."
            )
        return period
    if args.year is None:
        raise CommandError("Ange --year ÅÅÅÅ, eller en period med --from och --to.")
    return Period.year(args.year)


def _scope(db: "Database", code: str | None) -> "OrgUnit | None":
    from resebok.core.org import find_unit

    if not code:
        return None
    unit = find_unit(db, code.strip())
    if unit is None:
        raise CommandError(f"Det finns ingen enhet med koden {code.strip()!r}.")
    return unit


def _unit_json(unit: Any, figures: Any) -> dict[str, Any]:
    return {
        "code": unit.code,
        "name": unit.name,
        "km": round(figures.km, 1),
        "trips": figures.trips,
        "amount": figures.amount_json(),
        "co2_kg": round(figures.co2_kg, 1),
    }


def summary_json(
    db: "Database",
    period: "Period",
    basis: "Basis",
    scope: "OrgUnit | None",
    rollup: bool,
    year: int | None,
) -> dict[str, Any]:
    """The foundation's JSON shape plus amount and co2_kg per unit, and the choices made."""
    from resebok.core.controller_summary import unit_tree_summary

    tree = unit_tree_summary(db, period, basis, scope.id if scope else None)
    if rollup:
        units = []
        for row in tree.rows:
            item = _unit_json(row.unit, row.own_car)
            parent = tree.row(row.parent_id).unit.code if row.parent_id is not None else None
            item.update(
                kind=row.unit.kind,
                parent=parent,
                depth=row.depth,
                share_of_total=row.share_of_scope,
                share_of_committee=row.share_of_committee,
            )
            units.append(item)
    else:
        charged = [
            (row.unit, row.figures(rolled_up=False))
            for row in tree.rows
            if row.figures(rolled_up=False).trips
        ]
        charged.sort(key=lambda item: (-item[1].km_tenths, item[0].code))
        units = [_unit_json(unit, figures) for unit, figures in charged]
    total = tree.total()
    same_year = period.first.year == period.last.year
    return {
        "year": year if year is not None else (period.first.year if same_year else None),
        "total_km": round(total.km, 1),
        "units": units,
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        "basis": str(basis),
        "scope": scope.code if scope else None,
        "amount": total.amount_json(),
        "co2_kg": round(total.co2_kg, 1),
    }


def _print_foundation_summary(db: "Database", year: int, as_json: bool) -> int:
    from resebok.core.summary import yearly_unit_summary

    data = yearly_unit_summary(db, year)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Egen bil {data['year']}: {data['total_km']:.1f} km")
    for unit in data["units"]:
        print(f"  {unit['code']:<10} {unit['name']:<40} {unit['km']:>10.1f} km {unit['trips']:>6}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from resebok.cli import _open
    from resebok.core.money import format_kr
    from resebok.core.periods import Basis

    db = _open(args)
    try:
        if not _controller_options_used(args):
            if args.year is None:
                raise CommandError("Ange --year ÅÅÅÅ, eller en period med --from och --to.")
            return _print_foundation_summary(db, args.year, args.json)
        period = _period(args)
        scope = _scope(db, args.scope)
    except CommandError as exc:
        print(exc, file=sys.stderr)
        return 1
    basis = Basis.PAID_ON if args.by_paid else Basis.TRIP_DATE
    data = summary_json(db, period, basis, scope, args.rollup, args.year)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    where = f", {scope.name}" if scope else ""
    print(f"Egen bil {period.label}{where}, {basis.label}: {data['total_km']:.1f} km")
    for unit in data["units"]:
        indent = "  " * unit.get("depth", 0)
        name = f"{indent}{unit['name']}"[:40]
        print(
            f"  {unit['code']:<10} {name:<40} {unit['km']:>10.1f} km {unit['trips']:>6} "
            f"{format_kr(unit['amount']['total_ore']):>16} {unit['co2_kg']:>9.1f} kg CO₂"
        )
    return 0


# --- indicator --------------------------------------------------------------------------------


def _no_target_message(year: int, cutoff: date, scope: "OrgUnit") -> str:
    scope_option = "" if scope.kind == "municipality" else f" --scope {scope.code}"
    return (
        f"Inget mål är satt för {year} ({scope.name}). Sätt målet i km med till exempel:\n"
        f"  resebok indicator --year {year} --cutoff {cutoff.isoformat()}{scope_option} "
        "--set-target 80000"
    )


def cmd_indicator(args: argparse.Namespace) -> int:
    from resebok.cli import _actor, _open
    from resebok.core.indicator import (
        IndicatorError,
        default_cutoff,
        indicator,
        resolve_scope,
        set_target,
    )

    db = _open(args)
    cutoff = args.cutoff or default_cutoff(args.year, date.today())
    try:
        scope = resolve_scope(db, args.scope)
        if args.set_target is not None:
            set_target(db, args.year, args.set_target, scope.id, actor=_actor(args))
        result = indicator(db, args.year, cutoff, scope.id)
    except IndicatorError as exc:
        print(exc, file=sys.stderr)
        return 1
    if result.target is None:
        print(_no_target_message(args.year, cutoff, scope), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return 0
    status = result.status.label if result.status else "–"
    print(f"Utbetald kilometerersättning {result.year}, {result.scope.name}")
    print(f"  Mål:       {result.target_km:>12,.0f} km".replace(",", " "))
    print(
        f"  Utfall:    {result.outcome_km:>12,.0f} km t.o.m. {cutoff.isoformat()}".replace(",", " ")
    )
    print(f"  Prognos:   {result.forecast_km:>12,.0f} km".replace(",", " "))
    print(f"  Status:    {status}")
    print(f"  Metod:     {result.forecast.text}")
    return 0


# --- report -----------------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from resebok.cli import _actor, _open
    from resebok.core.indicator import IndicatorError, resolve_scope
    from resebok.core.periods import long_date
    from resebok.core.report_data import collect_report_data
    from resebok.core.report_settings import (
        ReportSettingsError,
        report_settings_or_default,
        save_report_settings,
    )
    from resebok.reports.controller_report import write_controller_report

    db = _open(args)
    try:
        scope = resolve_scope(db, args.scope)
        settings = report_settings_or_default(db, args.year, scope.id)
        if args.cutoff is not None or args.analysis_file is not None:
            analysis = settings.analysis
            if args.analysis_file is not None:
                analysis = args.analysis_file.read_text(encoding="utf-8")
            settings = save_report_settings(
                db,
                replace(settings, cutoff=args.cutoff or settings.cutoff, analysis=analysis),
                actor=_actor(args),
            )
        data = collect_report_data(db, args.year, args.cutoff, scope.id, settings)
        write_controller_report(data, args.output)
    except (IndicatorError, ReportSettingsError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(f"Analysfilen {args.analysis_file} är inte UTF-8-text.", file=sys.stderr)
        return 1
    result = data.indicator
    if result.target is None:
        print(
            "Obs: rapporten saknar mål. " + _no_target_message(args.year, result.cutoff, scope),
            file=sys.stderr,
        )
    print(
        f"Rapporten för {result.year} t.o.m. {long_date(result.cutoff)} ({scope.name}) "
        f"skrevs till {args.output}."
    )
    return 0


COMMANDS = {"summary": cmd_summary, "indicator": cmd_indicator, "report": cmd_report}

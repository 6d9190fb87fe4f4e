"""The command line: no arguments opens the GUI, subcommands drive the same core headless."""

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from resebok import __version__
from resebok.cli_args import date_arg, km_arg, year_arg
from resebok.core.paths import demo_db_path


def _add_db_option(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    # Subcommands suppress their default so that `resebok --db X summary` keeps X.
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="databasfil (annars RESEBOK_DB eller användarens datakatalog)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="resebok",
        description="Resebok – tjänsteresor och kilometerersättning. "
        "Utan kommando öppnas fönstret.",
    )
    parser.add_argument("--version", action="version", version=f"Resebok {__version__}")
    _add_db_option(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    gui = commands.add_parser("gui", help="öppna programfönstret")
    _add_db_option(gui)

    demo = commands.add_parser("demo", help="bygg demodatabasen (Lekebergs kommun)")
    demo.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="demodatabasens fil (annars demo.sqlite i datakatalogen)",
    )
    demo.add_argument("--today", type=date.fromisoformat, help="demons 'i dag' (YYYY-MM-DD)")
    demo.add_argument("--force", action="store_true", help="ersätt en befintlig databasfil")
    demo.add_argument("--open", action="store_true", help="öppna fönstret när demon är byggd")

    selftest = commands.add_parser(
        "selftest", help="öppna fönstret osynligt och stäng det igen (röktest av en installation)"
    )
    _add_db_option(selftest)

    imp = commands.add_parser("import", help="importera resor från en CSV-fil")
    _add_db_option(imp)
    imp.add_argument("csv_file", type=Path, metavar="trips.csv")

    # The command modules are imported here, not at the top: a window start never needs them.
    from resebok import cli_controller, cli_fleet, cli_maintenance

    cli_controller.add_parsers(commands)  # summary, indicator, report (issue 5)
    cli_fleet.add_parsers(commands)  # fleet need and what-if (issue 6)
    cli_maintenance.add_parsers(commands)  # backup, backups, restore, verify (issue 8)
    _add_green_parsers(commands)
    _add_claim_parsers(commands)
    return parser


def _open(args: argparse.Namespace):  # noqa: ANN202 - returns a sqlite_utils Database
    from resebok.core.db import open_database

    return open_database(_db_path(args.db))


def _db_path(cli_value: str | None) -> Path:
    """--db, else RESEBOK_DB, else the location chosen at first run, else the default."""
    from resebok.core.db_location import effective_db_path
    from resebok.core.user_config import load_config

    return effective_db_path(cli_value, load_config())


def _window_start(arguments: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain window start (`resebok [gui] [--db PATH]`), else None.

    Building the parser of every command costs ~20 ms and imports part of the core; a window
    start is recognised without it. Anything else, including a mistake in these arguments,
    goes to the full parser, which gives help and error messages.
    """
    quick = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    quick.add_argument("--db", default=None)
    quick.add_argument("command", nargs="?", choices=["gui"])
    try:
        args, rest = quick.parse_known_args(arguments)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def _start_window(db: str | None) -> int:
    # A plain start may show the first-run wizard; an explicit --db never does.
    if db:
        return _run_gui(Path(db).expanduser())
    return _run_gui(None, first_run=True)


def _run_gui(db_path: Path | None, first_run: bool = False) -> int:
    from resebok.gui.app import run_gui

    return run_gui(db_path, first_run=first_run)


def cmd_selftest(args: argparse.Namespace) -> int:
    from resebok.gui.selftest import run_selftest

    if not args.db:
        print("Ange databasen med --db (t.ex. en demo byggd med `resebok demo`).", file=sys.stderr)
        return 2
    return run_selftest(Path(args.db).expanduser())


def cmd_demo(args: argparse.Namespace) -> int:
    from resebok.core.db import open_database
    from resebok.core.demo import build_demo

    path = Path(args.db).expanduser() if args.db else demo_db_path()
    if path.exists():
        if args.open and not args.force:
            print(f"Öppnar den befintliga demodatabasen {path}.")
            return _run_gui(path)
        if not args.force:
            print(
                f"{path} finns redan; demon skrivs bara till en ny fil (använd --force för att "
                "ersätta den).",
                file=sys.stderr,
            )
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path)
    stats = build_demo(db, today=args.today)
    db.close()
    print(f"Demodatabasen är byggd: {path} ({stats.describe()})")
    if args.open:
        return _run_gui(path)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from resebok.core.csv_import import import_trips_csv

    db = _open(args)
    result = import_trips_csv(db, args.csv_file)
    for row_error in result.errors:
        print(f"rad {row_error.line}: {row_error.message}", file=sys.stderr)
    if result.errors:
        print(
            f"Inget importerades: filen har {len(result.errors)} fel.",
            file=sys.stderr,
        )
        return 1
    print(f"{result.imported} resor importerades.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window_start = _window_start(arguments)
    if window_start is not None:
        return _start_window(window_start.db)
    args = build_parser().parse_args(arguments)
    if args.command in (None, "gui"):
        return _start_window(args.db)
    try:
        return _commands()[args.command](args)
    except OSError as exc:
        print(f"Kunde inte läsa eller skriva filen: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # a damaged, locked, newer … database; or a failed write
        print(_database_error_text(exc), file=sys.stderr)
        return 3


def _database_error_text(error: sqlite3.Error) -> str:
    from resebok.core.db_health import DatabaseProblem
    from resebok.core.transactions import write_error_message

    if isinstance(error, DatabaseProblem):
        hint = "Ange en annan databas med --db."
        if error.problem.can_restore:
            hint = "Återställ en säkerhetskopia med `resebok restore FIL`, eller " + hint.lower()
        return f"{error.problem.message}\n{hint}"
    return write_error_message(error)


# --- the green advisor and the public-transport timetable (issue 4) ---------------------------


def _add_green_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from resebok.core.models import PurposeCategory

    advise = commands.add_parser(
        "advise", help="gröna alternativ för en planerad resa (digitalt, cykel, buss, kommunbil)"
    )
    _add_db_option(advise)
    advise.add_argument("--from", dest="from_place", required=True, metavar="PLATS")
    advise.add_argument("--to", dest="to_place", required=True, metavar="PLATS")
    advise.add_argument(
        "--via", action="append", default=[], metavar="PLATS", help="plats på vägen (upprepas)"
    )
    advise.add_argument("--date", required=True, metavar="ÅÅÅÅ-MM-DD")
    advise.add_argument("--time", required=True, metavar="TT:MM", help="avresa")
    advise.add_argument("--return-time", metavar="TT:MM", help="hemresa från sista målet")
    advise.add_argument(
        "--purpose",
        required=True,
        choices=[str(p) for p in PurposeCategory] + ["network_meeting"],
        help="ändamål (network_meeting räknas som meeting)",
    )
    advise.add_argument("--from-home", action="store_true", help="resan börjar hemma")
    advise.add_argument("--employee", metavar="N", help="anställningsnummer")
    advise.add_argument("--passengers", type=int, default=0, metavar="N")
    advise.add_argument("--equipment", action="store_true", help="utrustning att bära")
    advise.add_argument("--urgent", action="store_true", help="skyndsamhetskrav")
    advise.add_argument("--one-way", action="store_true", help="enkel resa, ingen återresa")
    advise.add_argument(
        "--km",
        type=km_arg,
        metavar="KM",
        help="sträckan, när platserna saknar läge och ingen tidigare resa finns",
    )
    advise.add_argument("--json", action="store_true", help="skriv JSON")

    gtfs = commands.add_parser("gtfs", help="kollektivtrafikens tidtabell (GTFS)")
    gtfs_commands = gtfs.add_subparsers(dest="gtfs_command", metavar="KOMMANDO", required=True)
    gtfs_import = gtfs_commands.add_parser("import", help="importera en GTFS-zip")
    _add_db_option(gtfs_import)
    gtfs_import.add_argument("feed", type=Path, metavar="FEED.zip")
    gtfs_info = gtfs_commands.add_parser("info", help="visa den importerade tidtabellen")
    _add_db_option(gtfs_info)


class _UsageError(Exception):
    """A Swedish message for the user; the command exits with status 2."""


def _parse_clock(text: str | None, what: str):  # noqa: ANN202 - a datetime.time or None
    from datetime import time

    if text is None:
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise _UsageError(f"Ogiltig {what} {text!r}: ange TT:MM, t.ex. 08:30.") from None


def _planned_trip(db, args: argparse.Namespace):  # noqa: ANN001, ANN202
    from resebok.core.advisor import PlannedTrip
    from resebok.core.models import PurposeCategory
    from resebok.core.org import find_employee, get_employee
    from resebok.core.places import find_place

    names = [args.from_place, *args.via, args.to_place]
    stop_ids = []
    for name in names:
        place = find_place(db, name)
        if place is None:
            raise _UsageError(
                f"Platsen {name!r} finns inte i platsregistret. Kontrollera stavningen."
            )
        stop_ids.append(place.id)
    if not args.one_way:
        stop_ids.append(stop_ids[0])
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise _UsageError(f"Ogiltigt datum {args.date!r}: ange ÅÅÅÅ-MM-DD.") from None
    employee_id = None
    if args.employee:
        employee = find_employee(db, args.employee)
        if employee is None and args.employee.isdigit():
            employee = get_employee(db, int(args.employee))
        if employee is None:
            raise _UsageError(f"Det finns ingen anställd med nummer {args.employee!r}.")
        employee_id = employee.id
    purpose = "meeting" if args.purpose == "network_meeting" else args.purpose
    return PlannedTrip(
        stop_ids=tuple(stop_ids),
        date=day,
        start_time=_parse_clock(args.time, "tid"),
        return_time=_parse_clock(args.return_time, "hemresetid"),
        purpose_category=PurposeCategory(purpose),
        passengers=args.passengers,
        from_home=args.from_home,
        equipment=args.equipment,
        urgent=args.urgent,
        employee_id=employee_id,
        km=args.km,
    )


def cmd_advise(args: argparse.Namespace) -> int:
    from resebok.core.advisor import AdviceError, advise

    db = _open(args)
    try:
        advice = advise(db, _planned_trip(db, args))
    except (_UsageError, AdviceError) as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(advice.as_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"{advice.route_text}, {advice.trip.date.isoformat()} {args.time}")
    for number, alt in enumerate(advice.alternatives, start=1):
        mark = "✓" if alt.fits else "–"
        print(f"{number}. {mark} {alt.label}: {alt.reason}")
    if advice.proposed_reason:
        print(f"   Föreslagen anledning för egen bil: {advice.proposed_reason.label}")
    for match in advice.carpool:
        print(f"   Samåkning: {match.describe()}")
    return 0


def cmd_gtfs(args: argparse.Namespace) -> int:
    import time

    from resebok.core.gtfs import GtfsError, feed_info, import_feed

    db = _open(args)
    if args.gtfs_command == "info":
        info = feed_info(db)
        print(info.describe() if info else "Ingen tidtabell är importerad.")
        return 0
    shown = [-1]

    def progress(done: int, total: int) -> bool:
        percent = done * 100 // max(total, 1) // 10 * 10
        if percent > shown[0]:
            shown[0] = percent
            print(f"  {percent} %", flush=True)
        return True

    started = time.perf_counter()
    try:
        info = import_feed(db, args.feed, progress)
    except GtfsError as exc:
        print(f"Tidtabellen importerades inte: {exc}", file=sys.stderr)
        print("Den tidigare tidtabellen finns kvar.", file=sys.stderr)
        return 1
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(f"Tidtabellen är importerad på {seconds} s: {info.describe()}")
    return 0


# --- claims, rates and exports (issue 3) --------------------------------------------------------


def _month_arg(text: str) -> str:
    from resebok.core.claims import ClaimError, parse_month

    try:
        return parse_month(text)
    except ClaimError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_actor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--actor", metavar="NAMN", help="namnet i loggen (annars inloggad användare)"
    )


def _add_claim_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    pdf = commands.add_parser("claim-pdf", help="skriv ut en reseräkning som PDF")
    _add_db_option(pdf)
    pdf.add_argument("--employee", required=True, metavar="N", help="anställningsnummer")
    pdf.add_argument("--month", required=True, type=_month_arg, metavar="ÅÅÅÅ-MM")
    pdf.add_argument("--claim", metavar="ID", help="välj reseräkning när månaden har flera")
    pdf.add_argument("-o", "--output", required=True, type=Path, metavar="FIL")
    _add_actor_option(pdf)

    paxml = commands.add_parser(
        "export-paxml", help="lönefil (PAXml 2.0) med attesterade reseräkningar"
    )
    _add_db_option(paxml)
    paxml.add_argument("--period", type=_month_arg, metavar="ÅÅÅÅ-MM", help="t.o.m. månad")
    paxml.add_argument("--paid-on", type=date_arg, metavar="ÅÅÅÅ-MM-DD", help="utbetalningsdag")
    paxml.add_argument("--batch", metavar="ID", help="skriv en tidigare export igen")
    paxml.add_argument("-o", "--output", required=True, type=Path, metavar="FIL")
    _add_actor_option(paxml)

    csv_export = commands.add_parser("export-csv", help="resor eller reseräkningar som CSV")
    _add_db_option(csv_export)
    csv_export.add_argument("kind", choices=["trips", "claims"])
    csv_export.add_argument("--year", type=year_arg, required=True)
    csv_export.add_argument("-o", "--output", required=True, type=Path, metavar="FIL")

    claims = commands.add_parser("claims", help="reseräkningar: lista, skicka in, attestera …")
    actions = claims.add_subparsers(dest="claims_command", metavar="ÅTGÄRD", required=True)
    listing = actions.add_parser("list", help="lista reseräkningar")
    _add_db_option(listing)
    listing.add_argument("--month", type=_month_arg, metavar="ÅÅÅÅ-MM")
    listing.add_argument("--employee", metavar="N")
    listing.add_argument(
        "--state", choices=["draft", "submitted", "approved", "paid"], help="status"
    )
    build = actions.add_parser("build", help="skapa eller räkna om månadens utkast")
    _add_db_option(build)
    build.add_argument("--employee", required=True, metavar="N")
    build.add_argument("--month", required=True, type=_month_arg, metavar="ÅÅÅÅ-MM")
    _add_actor_option(build)
    for name, help_text in (
        ("submit", "skicka in för attest"),
        ("approve", "attestera"),
        ("return", "skicka tillbaka till den anställda"),
        ("reopen", "öppna en inskickad eller attesterad reseräkning igen"),
        ("log", "visa reseräkningens logg"),
    ):
        action = actions.add_parser(name, help=help_text)
        _add_db_option(action)
        action.add_argument("claim_id", metavar="ID", help="reseräkningens id (början räcker)")
        if name in ("return", "reopen"):
            action.add_argument("--comment", required=name == "return", default="")
        if name != "log":
            _add_actor_option(action)

    rates = commands.add_parser("rates", help="ersättningsnivåer (kr/mil) med giltighetstid")
    rate_actions = rates.add_subparsers(dest="rates_command", metavar="ÅTGÄRD", required=True)
    rate_list = rate_actions.add_parser("list", help="visa ersättningsnivåerna")
    _add_db_option(rate_list)
    rate_add = rate_actions.add_parser("add", help="lägg till en period")
    _add_db_option(rate_add)
    rate_add.add_argument("--kind", required=True, choices=["employer", "tax_free"])
    rate_add.add_argument("--rate", required=True, metavar="KR", help="kr per mil, t.ex. 25,00")
    rate_add.add_argument("--from", dest="valid_from", type=date_arg, metavar="ÅÅÅÅ-MM-DD")
    rate_add.add_argument("--to", dest="valid_to", type=date_arg, metavar="ÅÅÅÅ-MM-DD")
    rate_add.add_argument("--note", default="")


def _actor(args: argparse.Namespace) -> str:
    import getpass

    if getattr(args, "actor", None):
        return str(args.actor)
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "okänd användare"


def _domain_errors() -> tuple[type[Exception], ...]:
    from resebok.core.claims import ClaimError
    from resebok.core.paxml import ExportError
    from resebok.core.rates import RateError
    from resebok.core.validation import TripValidationError

    return (ClaimError, ExportError, RateError, TripValidationError, ValueError)


def _employee_by_number(db, number: str):  # noqa: ANN001, ANN202 - an Employee
    from resebok.core.claims import ClaimError
    from resebok.core.org import find_employee

    employee = find_employee(db, number.strip())
    if employee is None:
        raise ClaimError(f"Det finns ingen anställd med nummer {number!r}.")
    return employee


def _claim_for_print(db, args: argparse.Namespace):  # noqa: ANN001, ANN202 - a Claim
    from resebok.core.claims import (
        ClaimError,
        ClaimState,
        build_claim,
        find_claim,
        list_claims,
    )

    employee = _employee_by_number(db, args.employee)
    if args.claim:
        claim = find_claim(db, args.claim)
        if claim.employee_id != employee.id or claim.month != args.month:
            raise ClaimError("Reseräkningen hör inte till den anställda och månaden.")
        return claim
    claims = list_claims(db, employee_id=employee.id, month=args.month)
    drafts = [c for c in claims if c.state == ClaimState.DRAFT]
    if not claims or drafts:  # a draft is refreshed so that it shows the trips as they are now
        claim = build_claim(db, employee.id, args.month, _actor(args))
        if not claims:
            print(f"Ett utkast till reseräkning skapades ({claim.id[:8]}).")
        return claim
    if len(claims) > 1:
        choices = ", ".join(f"{c.id[:8]} ({c.state.label.lower()})" for c in claims)
        raise ClaimError(
            f"Det finns {len(claims)} reseräkningar för {args.month}; välj med --claim: {choices}."
        )
    return claims[0]


def cmd_claim_pdf(args: argparse.Namespace) -> int:
    from resebok.core.claims import claim_details
    from resebok.reports.claim_pdf import write_claim_pdf

    db = _open(args)
    try:
        claim = _claim_for_print(db, args)
        write_claim_pdf(claim_details(db, claim.id), args.output)
    except _domain_errors() as exc:
        print(exc, file=sys.stderr)
        return 1
    print(
        f"Reseräkningen för {claim.employee_name}, {claim.month_label}, skrevs till {args.output}."
    )
    return 0


def cmd_export_paxml(args: argparse.Namespace) -> int:
    from resebok.core.money import format_kr
    from resebok.core.paxml import export_paxml_to_file, find_batch, reexport_batch, write_file

    db = _open(args)
    try:
        if args.batch:
            if args.period or args.paid_on:
                print("Ange antingen --batch eller --period och --paid-on.", file=sys.stderr)
                return 2
            batch = find_batch(db, args.batch)
            write_file(args.output, reexport_batch(db, batch.id, _actor(args)))
            print(
                f"Exporten från {batch.created_at[:10]} (utbetalning {batch.paid_on}) skrevs "
                f"igen till {args.output}."
            )
            return 0
        if not args.period or not args.paid_on:
            print("Ange --period ÅÅÅÅ-MM och --paid-on ÅÅÅÅ-MM-DD.", file=sys.stderr)
            return 2
        result = export_paxml_to_file(db, args.period, args.paid_on, _actor(args), args.output)
    except _domain_errors() as exc:
        print(exc, file=sys.stderr)
        return 1
    batch = result.batch
    print(
        f"{batch.claim_count} reseräkningar, {format_kr(batch.total_ore)}, exporterades till "
        f"{args.output} och är markerade som utbetalda {batch.paid_on} (export {batch.id[:8]})."
    )
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from resebok.core.csv_export import export_csv

    db = _open(args)
    count = export_csv(db, args.kind, args.year, args.output)
    what = "resor" if args.kind == "trips" else "reseräkningar"
    print(f"{count} {what} för {args.year} skrevs till {args.output}.")
    return 0


def _print_claim(claim) -> None:  # noqa: ANN001 - a Claim
    from resebok.core.money import format_km, format_kr

    print(
        f"{claim.id[:8]}  {claim.month}  {claim.employee_number:<6} {claim.employee_name:<24} "
        f"{claim.state.label:<10} {claim.trip_count:>3} resor {format_km(claim.paid_km):>8} km "
        f"{format_kr(claim.total_ore):>14}"
    )


def cmd_claims(args: argparse.Namespace) -> int:
    from resebok.core import claims as core

    db = _open(args)
    try:
        command = args.claims_command
        if command == "list":
            employee_id = _employee_by_number(db, args.employee).id if args.employee else None
            found = core.list_claims(
                db, employee_id=employee_id, month=args.month, state=args.state
            )
            for claim in found:
                _print_claim(claim)
            if not found:
                print("Inga reseräkningar.")
            return 0
        if command == "build":
            employee = _employee_by_number(db, args.employee)
            claim = core.build_claim(db, employee.id, args.month, _actor(args))
            _print_claim(claim)
            return 0
        claim = core.find_claim(db, args.claim_id)
        if command == "log":
            for entry in core.claim_log(db, claim.id):
                print(f"{entry.at}  {entry.actor}: {entry.describe()}")
            return 0
        actor = _actor(args)
        if command == "submit":
            claim = core.submit_claim(db, claim.id, actor)
        elif command == "approve":
            claim = core.approve_claim(db, claim.id, actor)
        elif command == "return":
            claim = core.return_claim(db, claim.id, actor, args.comment)
        elif command == "reopen":
            claim = core.reopen_claim(db, claim.id, actor, args.comment)
    except _domain_errors() as exc:
        print(exc, file=sys.stderr)
        return 1
    _print_claim(claim)
    return 0


def cmd_rates(args: argparse.Namespace) -> int:
    from resebok.core.money import parse_kr
    from resebok.core.rates import RateKind, add_rate_period, list_rate_periods

    db = _open(args)
    try:
        if args.rates_command == "add":
            period = add_rate_period(
                db,
                RateKind(args.kind),
                parse_kr(args.rate),
                args.valid_from,
                args.valid_to,
                args.note,
            )
            print(f"Tillagd: {period.kind.label}: {period.describe()}")
            return 0
    except _domain_errors() as exc:
        print(exc, file=sys.stderr)
        return 1
    for period in list_rate_periods(db):
        note = f" – {period.note}" if period.note else ""
        print(f"{period.kind.label}: {period.describe()}{note}")
    return 0


def _commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    """Every command's function by its name."""
    from resebok import cli_controller, cli_fleet, cli_maintenance

    return {
        "demo": cmd_demo,
        "import": cmd_import,
        "selftest": cmd_selftest,
        "advise": cmd_advise,
        "gtfs": cmd_gtfs,
        "claim-pdf": cmd_claim_pdf,
        "export-paxml": cmd_export_paxml,
        "export-csv": cmd_export_csv,
        "claims": cmd_claims,
        "rates": cmd_rates,
        **cli_controller.COMMANDS,
        **cli_fleet.COMMANDS,
        **cli_maintenance.COMMANDS,
    }

"""The command line: no arguments opens the GUI, subcommands drive the same core headless."""

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from resebok import __version__
from resebok.core.paths import demo_db_path, resolve_db_path


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

    imp = commands.add_parser("import", help="importera resor från en CSV-fil")
    _add_db_option(imp)
    imp.add_argument("csv_file", type=Path, metavar="trips.csv")

    summary = commands.add_parser("summary", help="kilometer i egen bil per enhet för ett år")
    _add_db_option(summary)
    summary.add_argument("--year", type=int, required=True)
    summary.add_argument("--by", choices=["unit"], default="unit")
    summary.add_argument("--json", action="store_true", help="skriv JSON")
    return parser


def _open(args: argparse.Namespace):  # noqa: ANN202 - returns a sqlite_utils Database
    from resebok.core.db import open_database

    return open_database(resolve_db_path(args.db))


def _run_gui(db_path: Path) -> int:
    from resebok.gui.app import run_gui

    return run_gui(db_path)


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
            f"Inget importerades: {len(result.errors)} rader underkändes.",
            file=sys.stderr,
        )
        return 1
    print(f"{result.imported} resor importerades.")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from resebok.core.summary import yearly_unit_summary

    db = _open(args)
    data = yearly_unit_summary(db, args.year)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Egen bil {data['year']}: {data['total_km']:.1f} km")
    for unit in data["units"]:
        print(f"  {unit['code']:<10} {unit['name']:<40} {unit['km']:>10.1f} km {unit['trips']:>6}")
    return 0


COMMANDS = {"demo": cmd_demo, "import": cmd_import, "summary": cmd_summary}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        return _run_gui(resolve_db_path(args.db))
    try:
        return COMMANDS[args.command](args)
    except OSError as exc:
        print(f"Kunde inte läsa eller skriva filen: {exc}", file=sys.stderr)
        return 2

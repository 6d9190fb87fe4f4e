"""Backups, restoring and the tamper check from the command line.

``resebok backup`` copies the database now, ``resebok backups`` lists the copies,
``resebok restore FILE`` puts one back (after ``--yes`` or a typed "ja"; what it replaces is
kept as a copy), ``resebok verify`` checks the audit log's hash chain and the claims it seals
(exit 0 intact, 1 when something was changed outside Resebok).
"""

import argparse
import sys
from pathlib import Path
from typing import TextIO

EXIT_PROBLEM = 1
EXIT_USAGE = 2


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from resebok.cli import _add_db_option

    backup = commands.add_parser("backup", help="säkerhetskopiera databasen nu")
    _add_db_option(backup)
    backups = commands.add_parser("backups", help="visa databasens säkerhetskopior")
    _add_db_option(backups)
    restore = commands.add_parser(
        "restore", help="återställ databasen från en säkerhetskopia (den nuvarande sparas)"
    )
    _add_db_option(restore)
    restore.add_argument("backup_file", metavar="FIL", help="kopians sökväg eller filnamn")
    restore.add_argument("--yes", action="store_true", help="fråga inte, återställ direkt")
    verify = commands.add_parser(
        "verify", help="kontrollera att inget har ändrats utanför Resebok (loggkedjan)"
    )
    _add_db_option(verify)


def _db_path(args: argparse.Namespace) -> Path:
    from resebok import cli

    return cli._db_path(args.db)  # --db, else RESEBOK_DB, else the configured location


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB".replace(".", ",")


# The commands import the core when they run: `resebok` without a command opens the window,
# and its start-up should not pay for the storage layer before the window is painted.


def cmd_backup(args: argparse.Namespace) -> int:
    from resebok.core.backup import BackupError, BackupKind, create_backup, rotate_backups

    path = _db_path(args)
    try:
        backup = create_backup(path, BackupKind.MANUAL)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM
    rotate_backups(path)
    print(f"Säkerhetskopian är sparad: {backup.path} ({_size(backup.size)}).")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from resebok.core.backup import backup_dir, keep_count, list_backups

    path = _db_path(args)
    found = list_backups(path)
    print(f"Säkerhetskopior av {path} i {backup_dir(path)}:")
    if not found:
        print("  (inga ännu)")
    for backup in found:
        print(
            f"  {backup.created:%Y-%m-%d %H:%M}  {backup.kind.label:<18} "
            f"{_size(backup.size):>10}  {backup.path.name}"
        )
    print(f"De {keep_count()} senaste dagliga kopiorna sparas.")
    return 0


def confirm(question: str, stdin: TextIO | None = None) -> bool:
    """Ask on the terminal; only "ja" (or "j", "yes", "y") goes ahead."""
    stdin = stdin or sys.stdin
    print(f"{question} Skriv ja för att fortsätta: ", end="", flush=True)
    answer = stdin.readline().strip().casefold()
    return answer in ("ja", "j", "yes", "y")


def cmd_restore(args: argparse.Namespace) -> int:
    from resebok.core.backup import BackupError, find_backup, restore_backup

    path = _db_path(args)
    try:
        backup = find_backup(path, args.backup_file)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    question = (
        f"Databasen {path} ersätts med kopian {backup.name}. Det som finns i databasen nu "
        "sparas först som en kopia (före återställning)."
    )
    if not args.yes:
        if not sys.stdin.isatty():
            print(
                f"{question}\nInget har ändrats: bekräfta med --yes (eller kör kommandot i en "
                "terminal för att svara på frågan).",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if not confirm(question):
            print("Avbrutet; inget har ändrats.")
            return EXIT_PROBLEM
    try:
        result = restore_backup(backup, path)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Databasen är återställd från {backup.name}.")
    if result.saved_copy is not None:
        print(f"Den tidigare databasen finns kvar som {result.saved_copy.path}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from resebok.core.db import open_database
    from resebok.core.db_health import DatabaseProblem, ProblemKind
    from resebok.core.verify import verify_database

    path = _db_path(args)
    if not path.is_file():
        print(f"Databasen {path} finns inte.", file=sys.stderr)
        return EXIT_USAGE
    try:
        db = open_database(path)
    except DatabaseProblem as exc:
        if exc.problem.kind != ProblemKind.READ_ONLY:
            raise
        db = open_database(path, read_only=True)  # checking only reads
    try:
        report = verify_database(db)
    finally:
        db.close()
    print(f"Kontroll av {path}")
    print(report.text())
    return 0 if report.ok else EXIT_PROBLEM


COMMANDS = {
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "verify": cmd_verify,
}

"""Resebok at the scale of a large municipality: every ratio of issue 8 in one run.

    .venv/bin/python benchmarks/run.py            # 1 000 000 trips (first run builds it)
    .venv/bin/python benchmarks/run.py --quick    # 100 000 trips, under two minutes
    .venv/bin/python benchmarks/run.py --json     # one JSON object on stdout

Each figure is a ratio against a baseline measured in the same run on the same machine, so the
ratios travel between machines where seconds do not:

- start-up: process start to the main window's first paint on the large database ÷ the same
  for a bare PySide6 window (benchmarks/startup_probe.py; fresh processes, offscreen, median);
  target ≤ 2.0. Resebok paints the window before it opens the database, so the first paint
  with trips in the list is given beside it (``startup_trips_ratio``, not a target);
- summary: the per-unit summary of a year (resebok.core.summary.yearly_unit_summary, and the
  controller's resebok.core.controller_summary.unit_tree_summary beside it) ÷ a hand-written
  ``GROUP BY`` of own-car km per unit for that year, on the same connection; target ≤ 1.5;
- list: the real trip list (TripTableModel in a QTableView, offscreen) opened, scrolled to
  its end and its last row read, on the large database ÷ the same on 10 000 trips; target ≤ 1.5;
- import: rows per second of resebok.core.csv_import.import_trips_csv ÷ rows per second of a
  raw ``executemany`` of the same trips and stops, each into an equally prepared empty
  database; target ≥ 0.5;
- reports: the claim PDF of a month (the month's largest claim) and the controller's report
  for a year, time and pages, on the small and the large database.

The synthetic databases (benchmarks/synthetic.py) are cached under --cache-dir by size and
seed; --rebuild builds them again. Benchmarks are not tests: nothing here asserts a time.
"""

import argparse
import json
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import synthetic  # noqa: E402 - a sibling module of this script

from resebok.core.db import open_database  # noqa: E402

SUMMARY_YEAR = 2025
CLAIM_MONTH = "2025-11"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "resebok-benchmarks"
PHASE_NAMES = {
    "started": "Python up",
    "qt_imported": "PySide6 imported",
    "resebok_imported": "Resebok imported",
    "application_created": "QApplication made",
    "window_shown": "window built and shown",
    "window_painted": "window painted",
    "trips_painted": "trips painted",
}
TARGETS = {"startup_ratio": 2.0, "summary_ratio": 1.5, "list_ratio": 1.5, "import_ratio": 0.5}


def log(message: str) -> None:
    """Progress goes to stderr, so that --json leaves stdout to the one JSON object."""
    print(message, file=sys.stderr, flush=True)


def median_time(runs: int, work: Callable[[], object]) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


# --- the machine ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    from importlib.metadata import version

    from PySide6 import QtCore

    cpu = platform.processor() or platform.machine()
    ram_gib = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": ram_gib,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": version("PySide6"),
        "qt": QtCore.qVersion(),
        "date": date.today().isoformat(),
    }


# --- start-up ---------------------------------------------------------------------------------


def _probe_env(home: Path, pycache: Path) -> dict[str, str]:
    """The children's environment: offscreen, no wizard, a private home, bytecode cached.

    An installed Resebok (a wheel, the frozen bundle) has its bytecode compiled; with
    PYTHONDONTWRITEBYTECODE set, as in some development shells, every start would compile
    Resebok's modules again while the bare window has none to compile. The cache goes to a
    folder of the benchmark's own (PYTHONPYCACHEPREFIX), not into the source tree.
    """
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RESEBOK_SKIP_WIZARD="1",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PYTHONPYCACHEPREFIX=str(pycache),
    )
    for name in ("RESEBOK_DB", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def _probe(kind: str, database: Path, env: dict[str, str]) -> dict[str, float]:
    """The phases the child noted, in seconds from starting it: among them ``window_painted``
    (the main window's first paint) and, for Resebok, ``trips_painted`` (its first trips)."""
    command = [sys.executable, str(BENCH_DIR / "startup_probe.py"), kind, str(database)]
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start-up probe '{kind}' failed:\n{done.stderr[-2000:]}")
    phases = {}
    for line in lines:
        _, name, at = line.split()
        phases[name] = float(at) - started
    return phases


def measure_startup(big: Path, small: Path, runs: int, home: Path, pycache: Path) -> dict:
    """Bare window, Resebok on the large and on the small database, in turn.

    One unmeasured start of each first fills the OS file cache (Qt's libraries, the
    database) and the bytecode cache. The figures are medians: another process on the
    machine can only slow single runs. Resebok on the small database shows how much of the
    start-up grows with the database (nothing should).

    The ratio of issue 8 is the main window's first paint; Resebok paints it before it opens
    the database, so the first paint with trips in the list is measured beside it and given
    as a ratio of its own.
    """
    env = _probe_env(home, pycache)
    for kind, database in (("bare", big), ("resebok", big), ("resebok", small)):
        _probe(kind, database, env)
    bare, app, app_small = [], [], []
    phases: dict[str, list[float]] = {}
    for _ in range(runs):
        bare.append(_probe("bare", big, env)["window_painted"])
        noted = _probe("resebok", big, env)
        app.append(noted)
        for name, at in noted.items():
            phases.setdefault(name, []).append(at)
        app_small.append(_probe("resebok", small, env))
    window = [noted["window_painted"] for noted in app]
    trips = [noted["trips_painted"] for noted in app]
    trips_small = [noted["trips_painted"] for noted in app_small]
    bare_s = statistics.median(bare)
    return {
        "startup_bare_s": bare_s,
        "startup_resebok_s": statistics.median(window),
        "startup_trips_s": statistics.median(trips),
        "startup_trips_small_s": statistics.median(trips_small),
        "startup_ratio": statistics.median(window) / bare_s,
        "startup_trips_ratio": statistics.median(trips) / bare_s,
        "startup_size_ratio": statistics.median(trips) / statistics.median(trips_small),
        "startup_phases_s": {name: statistics.median(times) for name, times in phases.items()},
        "startup_bare_runs_s": bare,
        "startup_resebok_runs_s": window,
        "startup_trips_runs_s": trips,
        "startup_trips_small_runs_s": trips_small,
    }


# --- the per-unit summary ---------------------------------------------------------------------


def measure_summary(database: Path, runs: int, year: int = SUMMARY_YEAR) -> dict[str, Any]:
    from resebok.core.controller_summary import unit_tree_summary
    from resebok.core.periods import Period
    from resebok.core.summary import yearly_unit_summary

    db = open_database(database)
    params = [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]

    def baseline() -> object:
        return db.execute(
            "SELECT unit_id, ROUND(SUM(km), 1), COUNT(*) FROM trips "
            "WHERE mode = 'own_car' AND date >= ? AND date < ? GROUP BY unit_id",
            params,
        ).fetchall()

    def yearly() -> object:
        return yearly_unit_summary(db, year)

    def tree() -> object:
        return unit_tree_summary(db, Period.year(year))

    for work in (baseline, yearly, tree):  # one warm-up each: the same pages for all three
        work()
    base_runs: list[float] = []
    yearly_runs: list[float] = []
    tree_runs: list[float] = []
    for _ in range(runs):  # in turn, so that a busy moment of the machine hits all three
        for work, times in ((baseline, base_runs), (yearly, yearly_runs), (tree, tree_runs)):
            times.append(median_time(1, work)[0])
    base = statistics.median(base_runs)
    yearly_s = statistics.median(yearly_runs)
    tree_s = statistics.median(tree_runs)
    db.close()
    return {
        "summary_year": year,
        "summary_baseline_s": base,
        "summary_yearly_s": yearly_s,
        "summary_tree_s": tree_s,
        "summary_ratio": yearly_s / base,
        "summary_tree_ratio": tree_s / base,
        "summary_baseline_runs_s": base_runs,
        "summary_yearly_runs_s": yearly_runs,
        "summary_tree_runs_s": tree_runs,
    }


# --- the trip list ----------------------------------------------------------------------------


def _application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def open_and_scroll(database: Path) -> tuple[float, int, str]:
    """Open the trip list on a fresh connection, scroll to its end and read the last row.

    Returns (seconds, rows, the last row's date). The connection is opened before the clock
    starts: opening the database is start-up's business, the list's is what follows.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from resebok.gui.trip_table_model import TripTableModel

    app = _application()
    db = open_database(database)
    started = time.perf_counter()
    model = TripTableModel(db)
    view = QTableView()
    view.resize(1200, 700)
    view.setModel(model)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.show()
    app.processEvents()
    view.scrollToBottom()
    app.processEvents()
    rows = model.rowCount()
    last = model.index(rows - 1, 0).data()
    elapsed = time.perf_counter() - started
    view.close()
    view.deleteLater()
    app.processEvents()
    db.close()
    return elapsed, rows, str(last)


def measure_list(big: Path, small: Path, runs: int) -> dict[str, Any]:
    open_and_scroll(small)  # Qt's first table view pays for fonts and styles: not the list's
    small_times, big_times = [], []
    for _ in range(runs):
        small_s, small_rows, _ = open_and_scroll(small)
        big_s, big_rows, big_last = open_and_scroll(big)
        small_times.append(small_s)
        big_times.append(big_s)
    return {
        "list_small_rows": small_rows,
        "list_big_rows": big_rows,
        "list_big_last_date": big_last,
        "list_small_s": statistics.median(small_times),
        "list_big_s": statistics.median(big_times),
        "list_ratio": statistics.median(big_times) / statistics.median(small_times),
        "list_small_runs_s": small_times,
        "list_big_runs_s": big_times,
    }


# --- CSV import -------------------------------------------------------------------------------


def measure_import(count: int, seed: int, workdir: Path, runs: int) -> dict[str, Any]:
    """import_trips_csv of *count* trips ÷ raw executemany of the same rows, as throughput.

    Both go into a fresh copy of one database with the organisation, places and staff but no
    trips, so neither creates units, employees or places; both commit once, and both have the
    page cache the import sets for itself (without it the raw insert is the slower one). The
    two alternate *runs* times; the medians count.
    """
    from resebok.core.csv_import import IMPORT_CACHE_KIB, import_trips_csv
    from resebok.core.trips import TRIP_COLUMNS

    base = workdir / "import-base.sqlite"
    world = synthetic.build_database(base, count, seed, with_trips=False)
    csv_path = workdir / "import.csv"
    trip_rows, stop_rows = synthetic.import_material(world, count, seed, csv_path)
    marks = ", ".join("?" for _ in TRIP_COLUMNS)

    def raw() -> float:
        db = open_database(synthetic.copy_database(base, workdir / "import-raw.sqlite"))
        db.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        started = time.perf_counter()
        with db.conn:
            db.conn.executemany(
                f"INSERT INTO trips ({', '.join(TRIP_COLUMNS)}) VALUES ({marks})", trip_rows
            )
            db.conn.executemany(
                "INSERT INTO trip_stops (trip_id, seq, place_id) VALUES (?, ?, ?)", stop_rows
            )
        elapsed = time.perf_counter() - started
        db.close()
        return elapsed

    def imported() -> tuple[float, Any]:
        db = open_database(synthetic.copy_database(base, workdir / "import-csv.sqlite"))
        started = time.perf_counter()
        result = import_trips_csv(db, csv_path)
        elapsed = time.perf_counter() - started
        db.close()
        if not result.ok or result.imported != count:
            raise RuntimeError(f"the import failed: {result.errors[:5]}")
        return elapsed, result

    raw_runs: list[float] = []
    csv_runs: list[float] = []
    for _ in range(runs):
        raw_runs.append(raw())
        elapsed, result = imported()
        csv_runs.append(elapsed)
    raw_s, csv_s = statistics.median(raw_runs), statistics.median(csv_runs)
    return {
        "import_rows": count,
        "import_csv_bytes": csv_path.stat().st_size,
        "import_raw_s": raw_s,
        "import_csv_s": csv_s,
        "import_raw_rows_per_s": count / raw_s,
        "import_csv_rows_per_s": count / csv_s,
        "import_ratio": raw_s / csv_s,
        "import_raw_runs_s": raw_runs,
        "import_csv_runs_s": csv_runs,
        "import_new_units": len(result.new_units),
        "import_new_employees": len(result.new_employees),
        "import_new_places": len(result.new_places),
    }


# --- reports ----------------------------------------------------------------------------------


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def claim_pdf_figures(
    database: Path, month: str = CLAIM_MONTH, max_lines: int = 1_000_000, runs: int = 3
) -> dict[str, Any]:
    """The claim PDF of the month's largest claim (of at most *max_lines* lines).

    Gathering its details and rendering it, as the claims window does before printing; the
    median of *runs* on a fresh connection (the first reads the database cold).
    """
    from resebok.core.claims import claim_details
    from resebok.reports.claim_pdf import claim_pdf_bytes

    db = open_database(database)
    row = db.execute(
        "SELECT c.id, COUNT(*) AS n FROM claims c JOIN claim_lines l ON l.claim_id = c.id "
        "WHERE c.month = ? GROUP BY c.id HAVING n <= ? ORDER BY n DESC, c.id LIMIT 1",
        [month, max_lines],
    ).fetchone()
    claim_id, lines = row
    db.close()
    db = open_database(database)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        pdf = claim_pdf_bytes(claim_details(db, claim_id), printed_on=synthetic.TODAY)
        times.append(time.perf_counter() - started)
    db.close()
    return {
        "s": statistics.median(times),
        "runs_s": times,
        "pages": _pages(pdf),
        "lines": lines,
        "bytes": len(pdf),
    }


def controller_report_figures(
    database: Path, year: int = SUMMARY_YEAR, runs: int = 3
) -> dict[str, Any]:
    """The controller's report for the whole year: collect its data and render the PDF.

    The median of *runs* on a fresh connection; ``collect_s`` is the part spent gathering the
    figures (SQL), the rest is reportlab.
    """
    from resebok.core.report_data import collect_report_data
    from resebok.reports.controller_report import controller_report_bytes

    db = open_database(database)
    times, collect_times = [], []
    for _ in range(runs):
        started = time.perf_counter()
        data = collect_report_data(db, year, today=synthetic.TODAY)
        collect_times.append(time.perf_counter() - started)
        pdf = controller_report_bytes(data)
        times.append(time.perf_counter() - started)
    db.close()
    return {
        "s": statistics.median(times),
        "collect_s": statistics.median(collect_times),
        "runs_s": times,
        "pages": _pages(pdf),
        "bytes": len(pdf),
    }


def measure_reports(big: Path, small: Path, big_trips: int, small_trips: int) -> dict[str, Any]:
    claim_pdf_figures(small)  # reportlab's first document loads fonts and modules
    result: dict[str, Any] = {}
    for name, measure in (
        ("claim_pdf", claim_pdf_figures),
        ("controller_report", controller_report_figures),
    ):
        small_figures = measure(small)
        if name == "claim_pdf":  # a claim of the same size, so that only the database differs
            big_figures = claim_pdf_figures(big, max_lines=small_figures["lines"])
            result["claim_pdf_largest"] = claim_pdf_figures(big)
        else:
            big_figures = measure(big)
        result[name] = {
            "small": small_figures,
            "big": big_figures,
            "growth": big_figures["s"] / small_figures["s"],
            "trips_growth": big_trips / small_trips,
        }
    return result


# --- the run ----------------------------------------------------------------------------------


def _n(value: float) -> str:
    """A count with a space between thousands, as Swedish readers (and SI) write it."""
    return f"{value:,.0f}".replace(",", " ")


def _ratio_line(name: str, value: float, target: float, higher_is_better: bool = False) -> str:
    met = value >= target if higher_is_better else value <= target
    sign = "≥" if higher_is_better else "≤"
    return f"  {name:<36} {value:6.2f}   (target {sign} {target}: {'met' if met else 'NOT met'})"


def report_text(figures: dict[str, Any]) -> str:
    m, f = figures["machine"], figures
    big, small = _n(f["big_trips"]), _n(f["small_trips"])
    lines = [
        f"Resebok benchmarks, {m['date']}",
        f"  machine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM, {m['os']}",
        f"  Python {m['python']}, SQLite {m['sqlite']}, PySide6 {m['pyside6']} (Qt {m['qt']})",
        f"  databases: {big} trips (large), {small} trips (small); "
        f"import of {_n(f['import_rows'])} trips; medians of {f['runs']} runs",
        "",
        "Ratios",
        _ratio_line("start-up ÷ bare PySide6 window", f["startup_ratio"], 2.0),
        f"  {'start-up with trips ÷ bare window':<36} {f['startup_trips_ratio']:6.2f}   "
        "(not a target)",
        _ratio_line("yearly_unit_summary ÷ GROUP BY", f["summary_ratio"], 1.5),
        f"  {'unit_tree_summary ÷ GROUP BY':<36} {f['summary_tree_ratio']:6.2f}   (not a target)",
        _ratio_line(f"list {big} ÷ list {small}", f["list_ratio"], 1.5),
        _ratio_line("import ÷ raw executemany (rows/s)", f["import_ratio"], 0.5, True),
        "",
        "Raw figures",
        f"  start-up: bare window {f['startup_bare_s']:.3f} s; Resebok's window "
        f"{f['startup_resebok_s']:.3f} s, with its trips {f['startup_trips_s']:.3f} s on {big} "
        f"trips and {f['startup_trips_small_s']:.3f} s on {small} trips "
        f"(large ÷ small {f['startup_size_ratio']:.2f})",
        "  Resebok's start-up on the large database, ms from process start: "
        + ", ".join(
            f"{PHASE_NAMES.get(name, name)} {at * 1000:.0f}"
            for name, at in sorted(f["startup_phases_s"].items(), key=lambda item: item[1])
        ),
        f"  summary {f['summary_year']}: GROUP BY {f['summary_baseline_s'] * 1000:.1f} ms, "
        f"yearly_unit_summary {f['summary_yearly_s'] * 1000:.1f} ms, "
        f"unit_tree_summary {f['summary_tree_s'] * 1000:.1f} ms",
        f"  list (open, scroll to the end, read the last row): {_n(f['list_small_rows'])} rows "
        f"{f['list_small_s'] * 1000:.1f} ms, {_n(f['list_big_rows'])} rows "
        f"{f['list_big_s'] * 1000:.1f} ms",
        f"  import: raw executemany {f['import_raw_s']:.2f} s "
        f"({_n(f['import_raw_rows_per_s'])} rows/s), import_trips_csv {f['import_csv_s']:.2f} s "
        f"({_n(f['import_csv_rows_per_s'])} rows/s)",
    ]
    reports = (
        ("claim_pdf", f"claim PDF {CLAIM_MONTH} (its largest claim)"),
        ("controller_report", f"controller report {SUMMARY_YEAR}"),
    )
    for name, label in reports:
        item = f["reports"][name]
        lines.append(f"  {label}:")
        for size, trips in (("small", small), ("big", big)):
            figure = item[size]
            extra = f", {figure['lines']} lines" if "lines" in figure else ""
            if "collect_s" in figure:
                extra = f" (of which {figure['collect_s'] * 1000:.0f} ms gathering the figures)"
            lines.append(
                f"    {trips:>9} trips: {figure['s'] * 1000:7.0f} ms, "
                f"{figure['pages']} pages{extra}"
            )
        lines.append(f"    time × {item['growth']:.2f} for × {item['trips_growth']:.0f} the trips")
        if name == "claim_pdf":
            largest = f["reports"]["claim_pdf_largest"]
            lines.append(
                f"    the month's largest claim on {big} trips: {largest['s'] * 1000:.0f} ms, "
                f"{largest['pages']} pages, {largest['lines']} lines"
            )
    for trips, seconds in f["build_s"].items():
        lines.append(f"  synthetic database of {_n(int(trips))} trips built in {seconds:.0f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 000 trips, import 10 000")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--rebuild", action="store_true", help="build the databases again")
    parser.add_argument("--trips", type=int, help="trips in the large database")
    parser.add_argument("--small-trips", type=int, default=10_000)
    parser.add_argument("--import-rows", type=int, help="trips in the CSV import")
    parser.add_argument("--runs", type=int, help="measured runs of each timing")
    parser.add_argument("--startup-runs", type=int, help="start-ups of each kind (default 7)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    big_trips = args.trips or (100_000 if args.quick else 1_000_000)
    import_rows = args.import_rows or (10_000 if args.quick else 100_000)
    runs = args.runs or (3 if args.quick else 5)

    started = time.perf_counter()
    log(f"databases: {big_trips} and {args.small_trips} trips (cache {args.cache_dir})")
    builds: dict[str, float] = {}
    paths = []
    for trips in (args.small_trips, big_trips):
        built = time.perf_counter()
        cached = synthetic.cached_path(args.cache_dir, trips, args.seed)
        fresh = args.rebuild or not cached.exists()
        paths.append(synthetic.cached_database(args.cache_dir, trips, args.seed, args.rebuild))
        if fresh:
            builds[str(trips)] = time.perf_counter() - built
            log(f"  built {trips} trips in {builds[str(trips)]:.0f} s")
    small, big = paths
    for path in (small, big):  # migrations a newer Resebok adds run here, not in a timing
        open_database(path).close()
    figures: dict[str, Any] = {
        "build_s": builds,
        "machine": machine(),
        "big_trips": big_trips,
        "small_trips": args.small_trips,
        "runs": runs,
        "quick": args.quick,
    }
    with tempfile.TemporaryDirectory(prefix="resebok-bench-") as folder:
        workdir = Path(folder)
        log("start-up …")
        pycache = args.cache_dir / "pycache"
        startup_runs = args.startup_runs or 7
        figures.update(measure_startup(big, small, startup_runs, workdir / "home", pycache))
        log("summary …")
        figures.update(measure_summary(big, max(runs, 9)))
        log("trip list …")
        figures.update(measure_list(big, small, runs))
        log("import …")
        figures.update(measure_import(import_rows, args.seed, workdir, 3 if args.quick else 2))
        log("reports …")
        figures["reports"] = measure_reports(big, small, big_trips, args.small_trips)
    figures["targets"] = TARGETS
    figures["elapsed_s"] = time.perf_counter() - started
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print(report_text(figures))
        print(f"\n(the whole run took {figures['elapsed_s']:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The demo municipality for the fleet-need tests, built once per test run into a file.

Building the demo takes seconds, and the fleet tests (core, CLI, report, page) only read it,
so they share one file instead of each building its own. It is removed when the run ends.
"""

import atexit
import functools
import shutil
import tempfile
from datetime import date
from pathlib import Path

from resebok.core.db import open_database
from resebok.core.demo import build_demo

DEMO_TODAY = date(2026, 11, 27)  # the brief's reproducible demo


@functools.cache
def demo_db_path() -> Path:
    directory = Path(tempfile.mkdtemp(prefix="resebok-fleet-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    path = directory / "demo.sqlite"
    db = open_database(path)
    build_demo(db, today=DEMO_TODAY)
    db.close()
    return path

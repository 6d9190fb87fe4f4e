"""Shared fixtures. Qt runs offscreen unless ``--onscreen`` is given."""

import os
from dataclasses import dataclass

import pytest

from resebok.core.db import open_database
from resebok.core.models import Employee, MemberOrg, OrgUnit
from resebok.core.org import add_employee, add_member_org, add_unit, link_member_org
from resebok.core.places import find_place, load_gazetteer


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows on the screen")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Keep every data and configuration directory inside the test's own tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("RESEBOK_DB", raising=False)
    # No test meets the first-run wizard unless it asks for it (tests/gui/test_first_run.py).
    monkeypatch.setenv("RESEBOK_SKIP_WIZARD", "1")


@pytest.fixture
def db():
    database = open_database(None)
    load_gazetteer(database)
    yield database
    database.close()


@dataclass
class SmallOrg:
    municipality: OrgUnit
    committee: OrgUnit
    department: OrgUnit
    cleaning: OrgUnit
    archive: OrgUnit
    hallsberg: MemberOrg
    kumla: MemberOrg
    cleaner: Employee
    archivist: Employee

    def place(self, db, name: str) -> int:
        found = find_place(db, name)
        assert found is not None, name
        return found.id


@pytest.fixture
def org(db) -> SmallOrg:
    """A small municipality: one committee, one department, a cleaning and an archive unit."""
    muni = add_unit(db, "LEK", "Lekebergs kommun", "municipality", None, "1000")
    ks = add_unit(db, "KS", "Kommunstyrelsen", "committee", muni.id, "1100")
    dept = add_unit(db, "KLF", "Kommunledningsförvaltningen", "department", ks.id, "1110")
    cleaning = add_unit(db, "LOK", "Lokalvårdsenheten", "unit", dept.id, "1115")
    archive = add_unit(db, "ARK", "Sydnärke arkivenhet", "unit", dept.id, "1118")
    hallsberg = add_member_org(db, "HBG", "Hallsbergs kommun")
    kumla = add_member_org(db, "KUM", "Kumla kommun")
    link_member_org(db, archive.id, hallsberg.id)
    link_member_org(db, archive.id, kumla.id)
    fjugesta = find_place(db, "Fjugesta")
    kumla_place = find_place(db, "Kumla")
    cleaner = add_employee(db, "1001", "Anna Lind", cleaning.id, fjugesta.id, fjugesta.id, 0.0)
    archivist = add_employee(
        db,
        "2001",
        "Bo Ek",
        archive.id,
        kumla_place.id,
        find_place(db, "Arkivdepå Fjugesta").id,
        28.0,
    )
    return SmallOrg(muni, ks, dept, cleaning, archive, hallsberg, kumla, cleaner, archivist)


@pytest.fixture
def count_statements(db):
    """count_statements(call): how many SQL statements *call* runs on ``db``, to show that a
    query count stays the same however many rows there are."""

    def count(call) -> int:
        seen: list[str] = []
        db.conn.set_trace_callback(seen.append)
        try:
            call()
        finally:
            db.conn.set_trace_callback(None)
        return len(seen)

    return count

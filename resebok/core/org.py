"""The organisation tree, member organisations and employees."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from resebok.core.models import UNIT_KINDS, Employee, MemberOrg, OrgUnit

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database


def _unit(row: dict) -> OrgUnit:
    return OrgUnit(
        row["id"], row["code"], row["name"], row["kind"], row["parent_id"], row["kostnadsstalle"]
    )


def _employee(row: dict) -> Employee:
    return Employee(
        id=row["id"],
        number=row["number"],
        name=row["name"],
        unit_id=row["unit_id"],
        home_place_id=row["home_place_id"],
        workplace_place_id=row["workplace_place_id"],
        commute_km=row["commute_km"],
    )


def add_unit(
    db: Database,
    code: str,
    name: str,
    kind: str,
    parent_id: int | None = None,
    kostnadsstalle: str = "",
) -> OrgUnit:
    if kind not in UNIT_KINDS:
        raise ValueError(f"Okänd organisationsnivå: {kind}")
    cursor = db.execute(
        "INSERT INTO org_units (code, name, kind, parent_id, kostnadsstalle) "
        "VALUES (?, ?, ?, ?, ?)",
        [code, name, kind, parent_id, kostnadsstalle],
    )
    return OrgUnit(cursor.lastrowid, code, name, kind, parent_id, kostnadsstalle)  # type: ignore[arg-type]


def get_unit(db: Database, unit_id: int) -> OrgUnit | None:
    rows = list(db.query("SELECT * FROM org_units WHERE id = ?", [unit_id]))
    return _unit(rows[0]) if rows else None


def find_unit(db: Database, code: str) -> OrgUnit | None:
    rows = list(db.query("SELECT * FROM org_units WHERE code = ?", [code]))
    return _unit(rows[0]) if rows else None


def all_units(db: Database) -> list[OrgUnit]:
    return [_unit(row) for row in db.query("SELECT * FROM org_units ORDER BY name")]


def unit_tree_order(db: Database) -> list[tuple[int, OrgUnit]]:
    """Every unit with its depth, parents before children, siblings by name."""
    units = all_units(db)
    children: dict[int | None, list[OrgUnit]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    ordered: list[tuple[int, OrgUnit]] = []

    def visit(parent_id: int | None, depth: int) -> None:
        for unit in children.get(parent_id, []):
            ordered.append((depth, unit))
            visit(unit.id, depth + 1)

    visit(None, 0)
    return ordered


def subtree_ids(db: Database, unit_id: int) -> list[int]:
    rows = db.query(
        """
        WITH RECURSIVE sub(id) AS (
            SELECT ? UNION ALL SELECT o.id FROM org_units o JOIN sub ON o.parent_id = sub.id
        )
        SELECT id FROM sub
        """,
        [unit_id],
    )
    return [row["id"] for row in rows]


def add_member_org(db: Database, code: str, name: str) -> MemberOrg:
    cursor = db.execute("INSERT INTO member_orgs (code, name) VALUES (?, ?)", [code, name])
    return MemberOrg(cursor.lastrowid, code, name)  # type: ignore[arg-type]


def link_member_org(db: Database, unit_id: int, member_org_id: int) -> None:
    db.execute(
        "INSERT OR IGNORE INTO unit_member_orgs (unit_id, member_org_id) VALUES (?, ?)",
        [unit_id, member_org_id],
    )


def member_orgs_of_unit(db: Database, unit_id: int) -> list[MemberOrg]:
    rows = db.query(
        """
        SELECT m.* FROM member_orgs m JOIN unit_member_orgs um ON um.member_org_id = m.id
        WHERE um.unit_id = ? ORDER BY m.name
        """,
        [unit_id],
    )
    return [MemberOrg(row["id"], row["code"], row["name"]) for row in rows]


def add_employee(
    db: Database,
    number: str,
    name: str,
    unit_id: int,
    home_place_id: int | None = None,
    workplace_place_id: int | None = None,
    commute_km: float = 0.0,
) -> Employee:
    cursor = db.execute(
        """INSERT INTO employees
           (number, name, unit_id, home_place_id, workplace_place_id, commute_km)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [number, name, unit_id, home_place_id, workplace_place_id, commute_km],
    )
    return Employee(
        cursor.lastrowid,  # type: ignore[arg-type]
        number,
        name,
        unit_id,
        home_place_id,
        workplace_place_id,
        commute_km,
    )


def get_employee(db: Database, employee_id: int) -> Employee | None:
    rows = list(db.query("SELECT * FROM employees WHERE id = ?", [employee_id]))
    return _employee(rows[0]) if rows else None


def find_employee(db: Database, number: str) -> Employee | None:
    rows = list(db.query("SELECT * FROM employees WHERE number = ?", [number]))
    return _employee(rows[0]) if rows else None


def all_employees(db: Database) -> list[Employee]:
    return [_employee(row) for row in db.query("SELECT * FROM employees ORDER BY name")]


def employees_with_ids(db: Database, employee_ids: Iterable[int]) -> list[Employee]:
    """The employees with these ids, by name, from one query however many ids."""
    rows = db.query(
        "SELECT * FROM employees WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name, id",
        [json.dumps(sorted(set(employee_ids)))],
    )
    return [_employee(row) for row in rows]

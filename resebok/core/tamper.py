"""Tamper evidence: the audit log is a hash chain that seals each claim as it was logged.

Payroll pays from submitted and approved claims, so a change made outside Resebok (plain SQL on
the file: a trip's km raised after approval, an audit row deleted) must be detectable. Each
audit entry stores two SHA-256 digests:

- ``snapshot_hash``: a canonical snapshot of the entry's claim at that moment: the claim row
  (not ``updated_at``), its lines with the rates and amounts, the trips on it (the fields that
  decide the payment and the mileage log: date, times, employee, unit, member organisation,
  vehicle, mode, km, odometer, purpose, passengers, from home) with their stops (place ids), and
  for a paid claim its payroll export (period, payout date, totals and a digest of the file).
  Derived values that Resebok itself recomputes are left out (route text, suggested km, the
  home rule's verdict, the trips' payout date, which must equal the claim's and is checked
  separately by resebok.core.verify).
- ``hash``: SHA-256 of the previous entry's hash and this entry's fields (its id, time, actor,
  claim, trip, action, field, old and new value, comment and ``snapshot_hash``).

Changing an entry breaks its hash; deleting one breaks the next entry's; changing a claim, its
lines or its trips makes the claim differ from the snapshot of its latest entry. Every legal
change to a submitted, approved or paid claim writes an entry (resebok.core.claims), so the
latest snapshot always matches an untouched claim. ``resebok verify`` (resebok.core.verify)
checks all of it.

There is no secret key: someone who knows this scheme and recomputes every digest can forge
the chain. The chain makes edits outside the application visible; to prove that the log was
not rewritten as a whole, note the chain's head (printed by ``resebok verify``), e.g. on the
payroll export.

Entries written before this existed (databases from before migration m005_audit_chain) are
chained when the migration runs; each claim's latest entry is then sealed with the claim as it
is at the upgrade, so changes made before the upgrade cannot be detected.
"""

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from typing import Any

from sqlite_utils import Database

CHAIN_VERSION = 1
GENESIS = "0" * 64
MAX_LISTED_IDS = 500  # more claims than this are read in one pass over all claims
CHAIN_CHUNK = 10_000  # log entries read at a time when an existing log is chained

CLAIM_FIELDS = (
    "id",
    "employee_id",
    "month",
    "state",
    "created_at",
    "created_by",
    "submitted_at",
    "submitted_by",
    "approved_at",
    "approved_by",
    "returned_at",
    "returned_by",
    "return_comment",
    "paid_on",
    "batch_id",
)
LINE_FIELDS = (
    "trip_id",
    "km",
    "reduction_km",
    "paid_km",
    "employer_ore_per_mil",
    "tax_free_ore_per_mil",
    "amount_ore",
    "tax_free_ore",
    "taxable_ore",
)
TRIP_FIELDS = (
    "date",
    "start_time",
    "end_time",
    "employee_id",
    "unit_id",
    "member_org_id",
    "vehicle_id",
    "mode",
    "km",
    "odometer_start",
    "odometer_end",
    "purpose",
    "purpose_category",
    "passengers",
    "from_home",
)
ENTRY_FIELDS = (
    "id",
    "at",
    "actor",
    "claim_id",
    "trip_id",
    "action",
    "field",
    "old_value",
    "new_value",
    "comment",
    "snapshot_hash",
)


def _canonical(value: object) -> bytes:
    """One byte string per value: sorted keys, no spaces, ASCII (lone surrogates survive)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def _digest(value: object) -> str:
    return hashlib.sha256(_canonical(value)).hexdigest()


def entry_hash(previous: str, entry: Mapping[str, Any]) -> str:
    """The chain hash of *entry* following an entry whose hash is *previous*."""
    payload = [CHAIN_VERSION, *(entry[name] for name in ENTRY_FIELDS)]
    return hashlib.sha256(previous.encode("ascii") + b"\n" + _canonical(payload)).hexdigest()


# --- claim snapshots -----------------------------------------------------------------------


def rows(db: Database, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
    """Rows as dicts straight from a cursor.

    Not sqlite-utils' ``query()``: it guards each query with a savepoint that stays open until
    its generator is exhausted or collected, and the merged streams below stop early. An open
    savepoint makes every later write in the transaction keep a statement journal, which made
    a payroll export of thousands of claims several times slower.
    """
    cursor = db.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _id_filter(column: str, claim_ids: list[str] | None) -> tuple[str, list[str]]:
    if claim_ids is None:
        return "", []
    return f" WHERE {column} IN ({','.join('?' for _ in claim_ids)})", list(claim_ids)


class _BatchDigests:
    """Each payroll export's fields and file digest, for the claims it paid.

    The file's digest is kept on the connection: an export marks hundreds of claims paid,
    each sealed with the same batch, whose file may be megabytes. It is keyed by the batch's
    fields and file size, read each time, so a rolled-back export whose id is used again is
    not mistaken for the earlier one. Resebok never changes a stored export; a change made
    outside shows in verify, which reads with a connection of its own.
    """

    def __init__(self, db: Database):
        self.db = db
        cache = getattr(db, "_resebok_batch_digests", None)
        if cache is None:
            cache = {}
            db._resebok_batch_digests = cache  # type: ignore[attr-defined]
        self.files: dict[tuple[Any, ...], str] = cache

    def get(self, batch_id: str | None) -> dict[str, Any] | None:
        if batch_id is None:
            return None
        found = list(
            rows(
                self.db,
                "SELECT id, period, paid_on, created_at, created_by, claim_count, total_ore, "
                "filename, length(xml) AS size FROM export_batches WHERE id = ?",
                [batch_id],
            )
        )
        if not found:
            return None
        fields = found[0]
        key = tuple(fields.values())
        if key not in self.files:
            xml = self.db.execute(
                "SELECT xml FROM export_batches WHERE id = ?", [batch_id]
            ).fetchone()[0]
            self.files[key] = hashlib.sha256(bytes(xml)).hexdigest()
        del fields["size"]
        return {**fields, "xml_sha256": self.files[key]}


def _snapshots(db: Database, claim_ids: list[str] | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(claim id, snapshot) for the claims (all when None), in claim id order.

    Three ordered queries merged by claim id, so that checking every claim of a large
    database holds one claim at a time in memory.
    """
    batches = _BatchDigests(db)
    where, params = _id_filter("c.id", claim_ids)
    claims = rows(
        db,
        f"SELECT {', '.join('c.' + f for f in CLAIM_FIELDS)} FROM claims c{where} ORDER BY c.id",
        params,
    )
    where, params = _id_filter("l.claim_id", claim_ids)
    trip_columns = ", ".join(f"t.{f} AS trip_{f}" for f in TRIP_FIELDS)
    line_columns = ", ".join(f"l.{f}" for f in LINE_FIELDS)
    lines = rows(
        db,
        f"SELECT l.claim_id, {line_columns}, {trip_columns} FROM claim_lines l "
        f"JOIN trips t ON t.id = l.trip_id{where} ORDER BY l.claim_id, l.trip_id",
        params,
    )
    stops = rows(
        db,
        "SELECT l.claim_id, s.trip_id, s.place_id FROM claim_lines l "
        f"JOIN trip_stops s ON s.trip_id = l.trip_id{where} "
        "ORDER BY l.claim_id, s.trip_id, s.seq",
        params,
    )
    line_groups = groupby(lines, key=lambda row: row["claim_id"])
    stop_groups = groupby(stops, key=lambda row: row["claim_id"])
    next_lines = next(line_groups, None)
    next_stops = next(stop_groups, None)
    for claim in claims:
        claim_id = claim["id"]
        # Lines and stops of claims that no longer exist cannot happen (foreign keys); skip
        # past anything ordered before this claim all the same.
        while next_lines is not None and next_lines[0] < claim_id:
            next_lines = next(line_groups, None)
        while next_stops is not None and next_stops[0] < claim_id:
            next_stops = next(stop_groups, None)
        claim_lines: list[dict[str, Any]] = []
        if next_lines is not None and next_lines[0] == claim_id:
            claim_lines = [dict(row) for row in next_lines[1]]
            next_lines = next(line_groups, None)
        stop_map: dict[str, list[int]] = {}
        if next_stops is not None and next_stops[0] == claim_id:
            for row in next_stops[1]:
                stop_map.setdefault(row["trip_id"], []).append(row["place_id"])
            next_stops = next(stop_groups, None)
        yield claim_id, _snapshot(dict(claim), claim_lines, stop_map, batches)


def _snapshot(
    claim: dict[str, Any],
    lines: list[dict[str, Any]],
    stops: dict[str, list[int]],
    batches: _BatchDigests,
) -> dict[str, Any]:
    return {
        "v": CHAIN_VERSION,
        "claim": {name: claim[name] for name in CLAIM_FIELDS},
        "lines": [
            {
                **{name: line[name] for name in LINE_FIELDS},
                "trip": {name: line[f"trip_{name}"] for name in TRIP_FIELDS},
                "stops": stops.get(line["trip_id"], []),
            }
            for line in lines
        ],
        "batch": batches.get(claim["batch_id"]),
    }


MISSING_CLAIM_SNAPSHOT = {"v": CHAIN_VERSION, "claim": None}


def claim_snapshot_hashes(db: Database, claim_ids: Iterable[str] | None = None) -> dict[str, str]:
    """The snapshot digest of each claim (every claim when *claim_ids* is None).

    A requested claim that does not exist gets the digest of "no claim", so that a deleted
    claim's entry is sealed too.
    """
    wanted = None if claim_ids is None else sorted(set(claim_ids))
    if wanted is not None and len(wanted) > MAX_LISTED_IDS:  # beyond SQLite's ? limit
        keep = set(wanted)
        result = {
            claim_id: _digest(snapshot)
            for claim_id, snapshot in _snapshots(db, None)
            if claim_id in keep
        }
    else:
        result = {claim_id: _digest(snapshot) for claim_id, snapshot in _snapshots(db, wanted)}
    for claim_id in wanted or ():
        result.setdefault(claim_id, _digest(MISSING_CLAIM_SNAPSHOT))
    return result


def iter_claim_snapshot_hashes(db: Database) -> Iterator[tuple[str, str]]:
    """(claim id, digest) for every claim, one at a time (resebok.core.verify)."""
    for claim_id, snapshot in _snapshots(db, None):
        yield claim_id, _digest(snapshot)


# --- appending and chaining ----------------------------------------------------------------


def _last_entry(db: Database) -> tuple[int, str]:
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return 0, GENESIS
    return int(row[0]), row[1] or GENESIS


def append_entry(db: Database, values: Mapping[str, Any]) -> int:
    """Insert one audit entry at the end of the chain, sealing its claim; returns its id.

    *values* holds every field of ENTRY_FIELDS but id and snapshot_hash. Runs in the caller's
    transaction, or in an IMMEDIATE one of its own, so that two instances never read the
    same end of the chain (resebok.core.transactions).
    """
    if not db.conn.in_transaction:
        with db.atomic():
            return append_entry(db, values)
    last_id, previous = _last_entry(db)
    entry: dict[str, Any] = {name: values.get(name) for name in ENTRY_FIELDS}
    entry["id"] = last_id + 1
    claim_id = entry["claim_id"]
    entry["snapshot_hash"] = claim_snapshot_hashes(db, [claim_id])[claim_id] if claim_id else None
    entry["hash"] = entry_hash(previous, entry)
    columns = [*ENTRY_FIELDS, "hash"]
    db.execute(
        f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        [entry[name] for name in columns],
    )
    return int(entry["id"])


def chain_unhashed_entries(db: Database) -> int:
    """Chain the entries at the end of the log that have no hash yet; returns how many.

    For the upgrade of an existing log (migration m005_audit_chain) and for the demo, which
    writes its history in bulk. Each claim's latest such entry is sealed with the claim as it
    is now. Unhashed entries *before* a hashed one are left alone: those were added outside
    Resebok, and verify reports them. Reads the log in chunks, so that a decade of entries
    never sits in memory at once.
    """
    last_hashed = db.execute("SELECT MAX(id) FROM audit_log WHERE hash IS NOT NULL").fetchone()[0]
    position = int(last_hashed or 0)
    previous = GENESIS
    if last_hashed is not None:
        previous = db.execute("SELECT hash FROM audit_log WHERE id = ?", [position]).fetchone()[0]
    latest = {
        row["claim_id"]: row["id"]
        for row in rows(
            db,
            "SELECT claim_id, MAX(id) AS id FROM audit_log WHERE id > ? AND claim_id IS NOT NULL "
            "GROUP BY claim_id",
            [position],
        )
    }
    snapshots = claim_snapshot_hashes(db, latest) if latest else {}
    chained = 0
    while True:
        chunk = list(
            rows(
                db,
                "SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
                [position, CHAIN_CHUNK],
            )
        )
        if not chunk:
            return chained
        updates: list[tuple[str | None, str, int]] = []
        for row in chunk:
            claim_id = row["claim_id"]
            sealed = claim_id is not None and latest.get(claim_id) == row["id"]
            row["snapshot_hash"] = snapshots[claim_id] if sealed else None
            previous = entry_hash(previous, row)
            updates.append((row["snapshot_hash"], previous, row["id"]))
        db.conn.executemany(
            "UPDATE audit_log SET snapshot_hash = ?, hash = ? WHERE id = ?", updates
        )
        chained += len(updates)
        position = chunk[-1]["id"]

"""Pages of the trip list that cost the same at the end of a million trips as at the start.

``LIMIT ? OFFSET ?`` makes SQLite step over every row before the page: the last page of a
million trips walks a million index entries and joins each of them (most of a second). The
trip list model (gui/trip_table_model.py) therefore asks for pages here:

- ``page_rows`` reads a page in the second half from the other end: in the opposite order,
  at the mirrored offset, reversed again in Python. The last page is as cheap as the first.
- ``rows_after`` / ``rows_before`` continue from a row already shown (keyset paging): the
  rows that follow it in the list's order, found by an index range from that row's key
  instead of by counting. Scrolling from anywhere costs one short index walk per page. Only
  the default order (date, start time, id: the index idx_trips_date_time_id, migration
  m006_performance) has such a key; other orders fall back to ``page_rows``.

The rows and their order are exactly those of resebok.core.trips.trip_rows (plain OFFSET
paging), which stays the reference the tests compare against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resebok.core.trips import LIST_SELECT, SORT_COLUMNS, TripFilter

if TYPE_CHECKING:  # the storage layer loads when a database opens, not at start-up
    from sqlite_utils import Database

# The orders with a unique key that an index serves, and so can continue from a row.
KEYSET_SORTS = frozenset({"date"})


def order_terms(sort: str, descending: bool) -> list[tuple[str, bool]]:
    """The ORDER BY of *sort* as (expression, descending) terms, read from SORT_COLUMNS."""
    clause = SORT_COLUMNS[sort].format(dir="DESC" if descending else "ASC")
    terms = []
    for term in clause.split(","):
        words = term.split()
        direction = words[-1].upper()
        if direction in ("ASC", "DESC"):
            terms.append((" ".join(words[:-1]), direction == "DESC"))
        else:
            terms.append((" ".join(words), False))
    return terms


def _order_clause(terms: list[tuple[str, bool]], reverse: bool = False) -> str:
    return ", ".join(
        f"{expression} {'DESC' if descending != reverse else 'ASC'}"
        for expression, descending in terms
    )


def _select(
    db: Database,
    trip_filter: TripFilter,
    terms: list[tuple[str, bool]],
    *,
    reverse: bool = False,
    extra: tuple[str, list[Any]] | None = None,
    limit: int,
    offset: int = 0,
) -> list[dict[str, Any]]:
    where, params = trip_filter.where(db, date_order=terms[0][0] == "t.date")
    if extra is not None:
        where += (" AND " if where else " WHERE ") + extra[0]
        params = params + extra[1]
    sql = f"{LIST_SELECT} {where} ORDER BY {_order_clause(terms, reverse)} LIMIT ? OFFSET ?"
    rows = list(db.query(sql, [*params, limit, offset]))
    if reverse:
        rows.reverse()
    return rows


def page_rows(
    db: Database,
    trip_filter: TripFilter,
    sort: str = "date",
    descending: bool = True,
    *,
    offset: int,
    limit: int,
    total: int | None = None,
) -> list[dict[str, Any]]:
    """Rows *offset* to *offset* + *limit* − 1 of the list; *total*: how many it has.

    With *total* known, a page past the middle is read from the end, so that no page walks
    more than half the list. Without it, this is plain OFFSET paging.
    """
    terms = order_terms(sort, descending)
    if total is None or offset + limit / 2 <= total / 2:
        return _select(db, trip_filter, terms, limit=limit, offset=offset)
    end = min(offset + limit, total)
    if end <= offset:
        return []
    return _select(db, trip_filter, terms, reverse=True, limit=end - offset, offset=total - end)


def row_key(row: dict[str, Any]) -> tuple[str, str | None, str]:
    """What orders a row in the default order: its date, start time and id."""
    return row["date"], row["start_time"], row["id"]


def _beyond(row: dict[str, Any], larger: bool) -> tuple[str, list[Any]]:
    """SQL for the rows whose (date, start time, id) is larger (or smaller) than *row*'s.

    SQLite sorts NULL before any text, and a trip may lack a start time, so the start time
    is compared by hand rather than as a row value (where NULL would compare as unknown). The
    leading ``t.date >=`` (or ``<=``) gives the planner its index range.
    """
    day, start, trip_id = row_key(row)
    if larger:
        if start is None:
            tail, params = "(t.start_time IS NOT NULL OR t.id > ?)", [trip_id]
        else:
            tail = "(t.start_time > ? OR (t.start_time = ? AND t.id > ?))"
            params = [start, start, trip_id]
        return f"t.date >= ? AND (t.date > ? OR {tail})", [day, day, *params]
    if start is None:
        tail, params = "(t.start_time IS NULL AND t.id < ?)", [trip_id]
    else:
        tail = "(t.start_time < ? OR t.start_time IS NULL OR (t.start_time = ? AND t.id < ?))"
        params = [start, start, trip_id]
    return f"t.date <= ? AND (t.date < ? OR {tail})", [day, day, *params]


def rows_after(
    db: Database, trip_filter: TripFilter, row: dict[str, Any], limit: int, descending: bool = True
) -> list[dict[str, Any]]:
    """The *limit* rows that follow *row* in the default order (newest first if *descending*)."""
    terms = order_terms("date", descending)
    extra = _beyond(row, larger=not descending)
    return _select(db, trip_filter, terms, extra=extra, limit=limit)


def rows_before(
    db: Database, trip_filter: TripFilter, row: dict[str, Any], limit: int, descending: bool = True
) -> list[dict[str, Any]]:
    """The *limit* rows just before *row* in the default order, in list order."""
    terms = order_terms("date", descending)
    extra = _beyond(row, larger=descending)
    return _select(db, trip_filter, terms, reverse=True, extra=extra, limit=limit)

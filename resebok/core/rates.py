"""Mileage rates with validity dates: Skatteverket's tax-free rate and the employer's rate.

Rates change by law (the tax-free rate rose from 18,50 to 25,00 kr/mil on 1 January 2023) and
by agreement (the employer's rate), so they are data with validity periods, never constants.
A trip is paid at the rates valid on its date. Periods of one kind never overlap; a period
without a start date has applied "since before", one without an end date "until further
notice". Rates are whole öre per mil (resebok.core.money).
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlite_utils import Database

from resebok.core.money import format_rate

MAX_ORE_PER_MIL = 100_000  # 1 000 kr/mil: anything above is a typing error


class RateKind(StrEnum):
    TAX_FREE = "tax_free"  # Skatteverket's tax-free allowance for an own car
    EMPLOYER = "employer"  # what the employer pays under its agreement

    @property
    def label(self) -> str:
        return RATE_KIND_LABELS[self]


RATE_KIND_LABELS = {
    RateKind.TAX_FREE: "Skattefri ersättning (Skatteverket)",
    RateKind.EMPLOYER: "Arbetsgivarens ersättning (avtal)",
}
# The same, inside a sentence.
RATE_KIND_PHRASES = {
    RateKind.TAX_FREE: "skattefri ersättning (Skatteverkets belopp)",
    RateKind.EMPLOYER: "ersättning enligt arbetsgivarens avtal",
}


class RateError(ValueError):
    """A rate that cannot be saved or found; the message is Swedish and meant for the user."""


@dataclass(frozen=True)
class RatePeriod:
    id: int
    kind: RateKind
    valid_from: date | None  # None: applies to every earlier date
    valid_to: date | None  # None: until further notice
    ore_per_mil: int
    note: str = ""

    def covers(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def describe(self) -> str:
        start = self.valid_from.isoformat() if self.valid_from else "tidigare"
        end = self.valid_to.isoformat() if self.valid_to else "tills vidare"
        return f"{format_rate(self.ore_per_mil)} ({start} – {end})"


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _period(row: dict) -> RatePeriod:
    return RatePeriod(
        id=row["id"],
        kind=RateKind(row["kind"]),
        valid_from=_date(row["valid_from"]),
        valid_to=_date(row["valid_to"]),
        ore_per_mil=row["ore_per_mil"],
        note=row["note"],
    )


def list_rate_periods(db: Database, kind: RateKind | None = None) -> list[RatePeriod]:
    """Periods ordered by kind, then by start (open starts first)."""
    sql = "SELECT * FROM rate_periods"
    params: list[str] = []
    if kind is not None:
        sql += " WHERE kind = ?"
        params.append(str(kind))
    sql += " ORDER BY kind, valid_from IS NOT NULL, valid_from"
    return [_period(row) for row in db.query(sql, params)]


def get_rate_period(db: Database, period_id: int) -> RatePeriod | None:
    rows = list(db.query("SELECT * FROM rate_periods WHERE id = ?", [period_id]))
    return _period(rows[0]) if rows else None


def _overlaps(a_from: date | None, a_to: date | None, b: RatePeriod) -> bool:
    lo = date.min
    hi = date.max
    return (a_from or lo) <= (b.valid_to or hi) and (b.valid_from or lo) <= (a_to or hi)


def _check(
    db: Database,
    kind: RateKind,
    ore_per_mil: int,
    valid_from: date | None,
    valid_to: date | None,
    ignore_id: int | None = None,
) -> None:
    if kind not in RateKind.__members__.values():
        raise RateError("Välj vilken sorts ersättning perioden gäller.")
    if not isinstance(ore_per_mil, int) or isinstance(ore_per_mil, bool):
        raise RateError("Ersättningen ska anges i hela ören per mil.")
    if ore_per_mil <= 0:
        raise RateError("Ersättningen måste vara större än 0 kr/mil.")
    if ore_per_mil > MAX_ORE_PER_MIL:
        raise RateError("Ersättningen är orimligt hög – kontrollera beloppet (kr per mil).")
    if valid_from and valid_to and valid_to < valid_from:
        raise RateError("Periodens slutdatum ligger före startdatumet.")
    for other in list_rate_periods(db, kind):
        if other.id != ignore_id and _overlaps(valid_from, valid_to, other):
            raise RateError(
                f"Perioden överlappar en befintlig period för {RATE_KIND_PHRASES[kind]}: "
                f"{other.describe()}. Avsluta den perioden först."
            )


def add_rate_period(
    db: Database,
    kind: RateKind,
    ore_per_mil: int,
    valid_from: date | None,
    valid_to: date | None = None,
    note: str = "",
) -> RatePeriod:
    """Add a period; raises RateError (Swedish) on a bad rate or an overlap."""
    kind = RateKind(kind)
    _check(db, kind, ore_per_mil, valid_from, valid_to)
    cursor = db.execute(
        "INSERT INTO rate_periods (kind, valid_from, valid_to, ore_per_mil, note) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            str(kind),
            valid_from.isoformat() if valid_from else None,
            valid_to.isoformat() if valid_to else None,
            ore_per_mil,
            note.strip(),
        ],
    )
    return get_rate_period(db, cursor.lastrowid)  # type: ignore[arg-type, return-value]


def update_rate_period(
    db: Database,
    period_id: int,
    ore_per_mil: int,
    valid_from: date | None,
    valid_to: date | None,
    note: str = "",
) -> RatePeriod:
    """Change a period's rate, dates or note (its kind stays).

    Claims already submitted keep the rates they were computed with: the rates are copied onto
    each claim line, so editing a period changes only drafts (when they are refreshed).
    """
    current = get_rate_period(db, period_id)
    if current is None:
        raise RateError("Perioden finns inte längre.")
    _check(db, current.kind, ore_per_mil, valid_from, valid_to, ignore_id=period_id)
    db.execute(
        "UPDATE rate_periods SET valid_from = ?, valid_to = ?, ore_per_mil = ?, note = ? "
        "WHERE id = ?",
        [
            valid_from.isoformat() if valid_from else None,
            valid_to.isoformat() if valid_to else None,
            ore_per_mil,
            note.strip(),
            period_id,
        ],
    )
    return get_rate_period(db, period_id)  # type: ignore[return-value]


def delete_rate_period(db: Database, period_id: int) -> None:
    if get_rate_period(db, period_id) is None:
        raise RateError("Perioden finns inte längre.")
    db.execute("DELETE FROM rate_periods WHERE id = ?", [period_id])


@dataclass(frozen=True)
class TripRates:
    employer_ore_per_mil: int
    tax_free_ore_per_mil: int


class RateTable:
    """All periods in memory: claims look up many dates, one query is enough."""

    def __init__(self, periods: list[RatePeriod]):
        self.periods = periods

    def rate_on(self, kind: RateKind, day: date) -> int:
        for period in self.periods:
            if period.kind == kind and period.covers(day):
                return period.ore_per_mil
        raise RateError(
            f"Ingen {RATE_KIND_PHRASES[kind]} gäller den {day.isoformat()}. "
            "Lägg till en period under Administration → Ersättningsnivåer."
        )

    def rates_on(self, day: date) -> TripRates:
        return TripRates(self.rate_on(RateKind.EMPLOYER, day), self.rate_on(RateKind.TAX_FREE, day))


def load_rate_table(db: Database) -> RateTable:
    return RateTable(list_rate_periods(db))


def rate_on(db: Database, kind: RateKind, day: date) -> int:
    """The rate of *kind* valid on *day*, in öre per mil; RateError when no period covers it."""
    return load_rate_table(db).rate_on(kind, day)


def rates_on(db: Database, day: date) -> TripRates:
    return load_rate_table(db).rates_on(day)

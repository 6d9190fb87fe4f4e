"""Periods for the controller's figures, and which date of a trip places it in a period.

A trip has two dates that matter to a controller: the day it was made (``trips.date``) and the
day its mileage allowance was paid (``trips.paid_on``). The indicator counts *paid* km, so a
trip driven in December and paid in January belongs to January's figures (DESIGN.md); the
activity of a unit is better read by trip date. Every summary therefore takes a ``Basis``.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

SHORT_MONTHS = (
    "jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec",
)  # fmt: skip
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip


class Basis(StrEnum):
    TRIP_DATE = "trip_date"  # by the day the trip was made
    PAID_ON = "paid_on"  # by the day the allowance was paid (the indicator's view)

    @property
    def label(self) -> str:
        return BASIS_LABELS[self]

    @property
    def column(self) -> str:
        """The trips column that places a trip in a period (both are indexed)."""
        return "date" if self is Basis.TRIP_DATE else "paid_on"


BASIS_LABELS = {Basis.TRIP_DATE: "efter resdatum", Basis.PAID_ON: "efter utbetalningsdag"}


class PeriodError(ValueError):
    """A period that makes no sense; the message is Swedish and meant for the user."""


def _same_day_in(day: date, year: int) -> date:
    """*day* moved to *year*; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


@dataclass(frozen=True)
class Period:
    """From *first* to *last*, both days included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(
                f"Perioden slutar ({self.last.isoformat()}) före den börjar "
                f"({self.first.isoformat()})."
            )

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def year_to(cls, cutoff: date) -> "Period":
        """1 January to *cutoff* of the cutoff's year (year to date)."""
        return cls(date(cutoff.year, 1, 1), cutoff)

    def in_year(self, year: int) -> "Period":
        """The same days shifted to start in *year*: year-on-year comparisons."""
        shift = year - self.first.year
        return Period(
            _same_day_in(self.first, year), _same_day_in(self.last, self.last.year + shift)
        )

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_whole_year(self) -> bool:
        return self.first == date(self.first.year, 1, 1) and self.last == date(
            self.first.year, 12, 31
        )

    def params(self) -> list[str]:
        """The bounds as ISO texts for ``BETWEEN ? AND ?`` on a date column."""
        return [self.first.isoformat(), self.last.isoformat()]

    @property
    def label(self) -> str:
        """Swedish: "2021", "1 jan–31 aug 2021" or "1 dec 2020–31 jan 2021"."""
        if self.is_whole_year:
            return str(self.first.year)
        if self.first.year == self.last.year:
            return f"{short_day(self.first)}–{short_day(self.last)} {self.last.year}"
        return f"{short_day(self.first)} {self.first.year}–{short_day(self.last)} {self.last.year}"


def short_day(day: date) -> str:
    """31 August → "31 aug" (the report's and the forecast text's form)."""
    return f"{day.day} {SHORT_MONTHS[day.month - 1]}"


def long_date(day: date) -> str:
    """2021-08-31 → "31 augusti 2021"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def days_in_year(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def day_of_year(day: date) -> int:
    return day.timetuple().tm_yday


def month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def previous_month(day: date) -> date:
    """The first of the month before *day*: claims are usually made for the month just ended."""
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def parse_date(text: str, what: str = "datum") -> date:
    """An ISO date typed by a user; PeriodError with a Swedish message otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(f"Ogiltigt {what} {text!r}: ange ÅÅÅÅ-MM-DD, t.ex. 2021-08-31.") from None

"""Swedish names for days, months, weeks and fuels, as the green prompt and the admin pages
show them. Qt's locale would do the days too, but only when the application's default locale
is Swedish; these stay Swedish in tests and in a frozen build without Qt's translations."""

from datetime import date, datetime, timedelta

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
SHORT_WEEKDAYS = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
FUEL_NAMES = {
    "petrol": "Bensin",
    "diesel": "Diesel",
    "hvo": "HVO",
    "biogas": "Biogas",
    "electric": "El",
}


def long_date(day: date) -> str:
    """'fredag 27 november 2026'"""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def day_header(day: date) -> str:
    """'fre 27/11', the column heading of the booking calendar."""
    return f"{SHORT_WEEKDAYS[day.weekday()]} {day.day}/{day.month}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_title(week_start: date) -> str:
    """'Vecka 48 · 23–29 november 2026', naming both months or years when the week spans them."""
    last = week_start + timedelta(days=6)
    number = week_start.isocalendar().week
    if week_start.year != last.year:
        span = (
            f"{week_start.day} {MONTHS[week_start.month - 1]} {week_start.year} – "
            f"{last.day} {MONTHS[last.month - 1]} {last.year}"
        )
    elif week_start.month != last.month:
        span = (
            f"{week_start.day} {MONTHS[week_start.month - 1]} – "
            f"{last.day} {MONTHS[last.month - 1]} {last.year}"
        )
    else:
        span = f"{week_start.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
    return f"Vecka {number} · {span}"


def local_time(stamp: str) -> str:
    """A stored UTC time stamp ('2026-11-27T06:48:00+00:00') as local time, to the minute."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%Y-%m-%d %H:%M}"


def kr(ore: int) -> str:
    """Whole kronor for an estimate ('35 kr'); exact amounts are shown elsewhere with öre."""
    return f"{round(ore / 100):,} kr".replace(",", " ")


def kg(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + " kg"

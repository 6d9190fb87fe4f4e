"""Days, months, weeks, times and estimates as the green prompt and the admin pages show them.

In Swedish from the tables below (Qt's locale would do the days too, but these stay the same in
tests and in a frozen build without Qt's translations); in English from the QLocale of the user
interface (resebok.gui.i18n). FUEL_NAMES are Swedish source texts, translated through
resebok.gui.labels.
"""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from resebok.gui.formatting import format_date, format_number, month_name
from resebok.gui.i18n import SOURCE_LANGUAGE, ui_language, ui_locale

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
SHORT_WEEKDAYS = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")
FUEL_NAMES = {
    "petrol": "Bensin",
    "diesel": "Diesel",
    "hvo": "HVO",
    "biogas": "Biogas",
    "electric": "El",
}


def _weekday(day: date, short: bool = False) -> str:
    if ui_language() == SOURCE_LANGUAGE:
        return (SHORT_WEEKDAYS if short else WEEKDAYS)[day.weekday()]
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return ui_locale().dayName(day.isoweekday(), form)


def long_date(day: date) -> str:
    """'fredag 27 november 2026' (English: 'Friday 27 November 2026')."""
    return f"{_weekday(day)} {day.day} {month_name(day.month)} {day.year}"


def day_header(day: date) -> str:
    """'fre 27/11' ('Fri 27/11'), the column heading of the booking calendar."""
    return f"{_weekday(day, short=True)} {day.day}/{day.month}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_title(week_start: date) -> str:
    """'Vecka 48 · 23–29 november 2026', naming both months or years when the week spans them."""
    last = week_start + timedelta(days=6)
    number = week_start.isocalendar().week
    first_month, last_month = month_name(week_start.month), month_name(last.month)
    if week_start.year != last.year:
        span = (
            f"{week_start.day} {first_month} {week_start.year} – "
            f"{last.day} {last_month} {last.year}"
        )
    elif week_start.month != last.month:
        span = f"{week_start.day} {first_month} – {last.day} {last_month} {last.year}"
    else:
        span = f"{week_start.day}–{last.day} {last_month} {last.year}"
    return QCoreApplication.translate("Dates", "Vecka {number} · {span}").format(
        number=number, span=span
    )


def local_time(stamp: str) -> str:
    """A stored UTC time stamp ('2026-11-27T06:48:00+00:00') as local time, to the minute."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(moment.date())} {moment:%H:%M}"


def kr(ore: int) -> str:
    """Whole kronor for an estimate ('35 kr'); exact amounts are shown elsewhere with öre."""
    return f"{format_number(round(ore / 100), 0)} kr"


def kg(value: float) -> str:
    return f"{format_number(value, 1)} kg"

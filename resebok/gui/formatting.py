"""Numbers, money and dates as the GUI shows them, in the user interface's language.

Swedish: 1 234,5 km, 1 234,50 kr, 2026-11-27; English: 1,234.5 km, 1,234.50 kr, 27/11/2026.
The separators come from the QLocale of the language (resebok.gui.i18n). What resebok/core
writes to files (PDF, CSV, payroll) stays Swedish: only the screen follows the language.
"""

from datetime import date

from PySide6.QtCore import QDate, QLocale

from resebok.core import money, periods
from resebok.gui.i18n import SOURCE_LANGUAGE, ui_language, ui_locale

_SPACES = ("\u00a0", "\u202f")  # Qt's Swedish group separators; the GUI shows a plain space


def _separators() -> tuple[str, str]:
    """(group separator, decimal point) of the user interface's locale."""
    locale = ui_locale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    for space in _SPACES:
        group = group.replace(space, " ")
    return group, point


def _localise(text: str, group: str | None = None) -> str:
    """Python's '1,234.5' with the locale's separators (exact: no float goes through Qt)."""
    locale_group, point = _separators()
    group = locale_group if group is None else group
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def format_number(value: float, decimals: int = 1) -> str:
    """1234.5 -> '1 234,5' in Swedish, '1,234.5' in English (plain spaces: they read everywhere)."""
    return _localise(f"{value:,.{decimals}f}")


def format_km(value: float) -> str:
    return format_number(value, 1)


def format_date(value: date | str | None) -> str:
    """A date as the language writes it short: '2026-11-27', or '27/11/2026' in English."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if ui_language() == SOURCE_LANGUAGE:
        return value.isoformat()
    return ui_locale().toString(QDate(value), QLocale.FormatType.ShortFormat)


def format_kr(ore: int, unit: bool = True) -> str:
    """Money: '1 234,50 kr' in Swedish (as resebok.core.money writes it), '1,234.50 kr'."""
    if ui_language() == SOURCE_LANGUAGE:
        return money.format_kr(ore, unit)
    group, point = _separators()
    whole, cents = divmod(abs(ore), 100)  # integers only: floats never touch money
    sign = "-" if ore < 0 else ""
    text = f"{sign}{whole:,}".replace(",", group) + f"{point}{cents:02d}"
    return f"{text}{money.NBSP}kr" if unit else text


def format_rate(ore_per_mil: int) -> str:
    """'18,50 kr/mil', or '18.50 kr/mil' in English."""
    return f"{format_kr(ore_per_mil, unit=False)}{money.NBSP}kr/mil"


def format_km_exact(km: float) -> str:
    """One decimal, always (claim lines): '12,5' in Swedish, '12.5' in English."""
    return money.format_km(km) if ui_language() == SOURCE_LANGUAGE else f"{km:.1f}"


def month_name(month: int, short: bool = False) -> str:
    """'augusti' / 'aug' in Swedish (as resebok.core.periods writes them), 'August' / 'Aug'."""
    if ui_language() == SOURCE_LANGUAGE:
        return (periods.SHORT_MONTHS if short else periods.MONTHS)[month - 1]
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return ui_locale().standaloneMonthName(month, form)


def short_day(day: date) -> str:
    """'31 aug' (Swedish) or '31 Aug'."""
    return f"{day.day} {month_name(day.month, short=True)}"


def long_date(day: date) -> str:
    """'31 augusti 2021' or '31 August 2021'."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def period_label(period: periods.Period) -> str:
    """A report period: '2021', '1 jan–31 aug 2021' or '1 dec 2020–31 jan 2021' (core's form)."""
    first, last = period.first, period.last
    if period.is_whole_year:
        return str(first.year)
    if first.year == last.year:
        return f"{short_day(first)}–{short_day(last)} {last.year}"
    return f"{short_day(first)} {first.year}–{short_day(last)} {last.year}"


def month_label(month: str) -> str:
    """A claim's month "2025-01": 'januari 2025' (as resebok.core.claims) or 'January 2025'."""
    year, number = month.split("-")[:2]
    return f"{month_name(int(number))} {year}"


def format_distance(km: float) -> str:
    """'12,4' or '12' (a trailing ',0' dropped, as resebok.core.distance writes it); '12.4'."""
    text = format_number(km, 1)
    return text[:-2] if text[-1] == "0" and not text[-2].isdigit() else text


def parse_kr(text: str) -> int:
    """An amount typed in the language's form as öre: '48 000', '18,50' or '48,000', '18.50'.

    resebok.core.money.parse_kr reads the digits (its message for bad input is Swedish).
    """
    compact = "".join(text.split())  # spaces, also non-breaking ones, group thousands
    if ui_language() != SOURCE_LANGUAGE:
        compact = compact.replace(",", "")  # English groups thousands with commas
    return money.parse_kr(compact)

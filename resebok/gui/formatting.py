"""Swedish display of numbers and dates in the GUI."""

from datetime import date


def format_number(value: float, decimals: int = 1) -> str:
    """1234.5 -> '1 234,5' (non-breaking thin spacing is avoided: plain space reads everywhere)."""
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")
    return text


def format_km(value: float) -> str:
    return format_number(value, 1)


def format_date(value: date | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else value

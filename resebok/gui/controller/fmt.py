"""The controller's figures as the GUI shows them: km, kronor, kg and shares, in the user
interface's language (resebok.gui.formatting): "1 234,50" in Swedish, "1,234.50" in English."""

from resebok.gui.formatting import format_kr, format_number


def count(value: int) -> str:
    return format_number(value, 0)


def km(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else format_number(value, decimals)


def km_text(value: float | None) -> str:
    """Whole km with a unit, for sentences and the indicator box: "73 708 km"."""
    return "–" if value is None else f"{format_number(value, 0)} km"


def signed_km(value: float) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return f"{sign}{format_number(abs(value), 0)} km"


def kr(ore: int) -> str:
    """Kronor with öre and no unit, for a column headed "(kr)": "1 234,50" or "1,234.50"."""
    return format_kr(ore, unit=False).replace("\u00a0", " ")


def kg(value: float) -> str:
    return format_number(value, 1)


def percent(share: float | None, decimals: int = 1) -> str:
    if share is None:
        return ""
    return f"{format_number(share * 100, decimals)} %"


def signed_percent(share: float | None) -> str:
    if share is None:
        return ""
    sign = "+" if share > 0 else "−" if share < 0 else "±"
    return f"{sign}{format_number(abs(share) * 100, 1)} %"

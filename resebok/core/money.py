"""Money and mileage arithmetic in integers: öre for amounts, öre per mil for rates.

Floats never touch money. Rates are whole öre per mil (1 mil = 10 km), so Skatteverket's
18,50 kr/mil is exactly 1850. Distances are handled in tenths of a km, the precision the trip
list keeps, so a claim line's arithmetic is exact until the single rounding step.

The rounding rule (applied once per claim line, i.e. per trip):

1. The reimbursed distance is the trip's km minus the home-rule reduction, rounded half up to
   a tenth of a km (never below zero).
2. total = distance × employer rate, and tax_free = distance × min(employer rate, tax-free
   rate), each rounded half up to whole öre.
3. taxable = total − tax_free.

So total = tax_free + taxable on every line by construction, taxable is never negative (the
tax-free rate used is never above the employer rate and rounding is monotonic), and a claim's
totals are the sums of its lines.
"""

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"  # keeps "1 234,50 kr" on one line; Helvetica and Excel both know it


def km_tenths(km: float | Decimal | str) -> int:
    """*km* as a whole number of tenths of a km, rounded half up (floats go via their text)."""
    value = Decimal(str(km)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return int(value * 10)


def tenths_to_km(tenths: int) -> float:
    return tenths / 10


def amount_ore(tenths: int, ore_per_mil: int) -> int:
    """tenths/10 km × ore_per_mil/10 öre per km, rounded half up to whole öre."""
    if tenths < 0 or ore_per_mil < 0:
        raise ValueError("Distance and rate must not be negative")
    numerator = tenths * ore_per_mil  # in 1/100 öre
    return (numerator + 50) // 100


@dataclass(frozen=True)
class LineAmount:
    total_ore: int
    tax_free_ore: int
    taxable_ore: int


def split_amount(tenths: int, employer_ore_per_mil: int, tax_free_ore_per_mil: int) -> LineAmount:
    """The amount of one claim line and its tax-free and taxable parts (see the module rule)."""
    total = amount_ore(tenths, employer_ore_per_mil)
    tax_free = amount_ore(tenths, min(employer_ore_per_mil, tax_free_ore_per_mil))
    return LineAmount(total, tax_free, total - tax_free)


def ore_to_kr(ore: int) -> Decimal:
    """Kronor with two decimals, exact: for files (PAXml uses a decimal point)."""
    return (Decimal(ore) / 100).quantize(Decimal("0.01"))


def _group_thousands(digits: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return NBSP.join(groups)


def format_kr(ore: int, unit: bool = True) -> str:
    """Swedish display: 123456 öre → "1 234,56 kr" (non-breaking space between groups)."""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    text = f"{sign}{_group_thousands(str(whole))},{cents:02d}"
    return f"{text}{NBSP}kr" if unit else text


def whole_kr(ore: int) -> int:
    """Öre as whole kronor, half away from zero, in integers (no float on the way)."""
    sign = -1 if ore < 0 else 1
    return sign * ((abs(ore) + 50) // 100)


def format_whole_kr(ore: int, unit: bool = True) -> str:
    """An estimate in whole kronor: 48000000 öre → "480 000 kr" (öre would be false precision)."""
    kr = whole_kr(ore)
    text = ("-" if kr < 0 else "") + _group_thousands(str(abs(kr)))
    return f"{text}{NBSP}kr" if unit else text


def format_whole_km(km: float) -> str:
    """81925.2 → "81 925 km": totals in reports and method texts."""
    whole = round(km)
    return ("-" if whole < 0 else "") + _group_thousands(str(abs(whole))) + f"{NBSP}km"


def format_rate(ore_per_mil: int) -> str:
    """1850 → "18,50 kr/mil"."""
    return f"{format_kr(ore_per_mil, unit=False)}{NBSP}kr/mil"


def format_km(km: float) -> str:
    """One decimal with a decimal comma, always: amounts on a claim line up in columns."""
    return f"{km:.1f}".replace(".", ",")


_KR_PATTERN = re.compile(r"^\s*(\d{1,7})(?:[,.](\d{1,2}))?\s*(?:kr(?:/mil)?)?\s*$", re.IGNORECASE)


def parse_kr(text: str) -> int:
    """Read "18,50", "18.5", "25" or "25,00 kr/mil" as öre; a Swedish ValueError otherwise."""
    match = _KR_PATTERN.match(text.replace(NBSP, " "))
    if not match:
        raise ValueError(f"Ange beloppet i kronor, till exempel 18,50 (fick {text!r}).")
    whole, decimals = match.groups()
    return int(whole) * 100 + int((decimals or "0").ljust(2, "0"))

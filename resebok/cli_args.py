"""Argument types shared by every CLI module: a bad value gets a Swedish message, never a
traceback (argparse turns ArgumentTypeError into a usage error with exit status 2)."""

import argparse
import math
from datetime import date

from resebok.core.periods import PeriodError, parse_date

FIRST_YEAR, LAST_YEAR = 2000, 2100  # the years the database accepts (migrations' CHECKs)


def date_arg(text: str) -> date:
    try:
        return parse_date(text)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def year_arg(text: str) -> int:
    try:
        year = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"ogiltigt år {text!r}: ange t.ex. 2021") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"året ska ligga mellan {FIRST_YEAR} och {LAST_YEAR}")
    return year


def km_arg(text: str) -> float:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".").lower()
    cleaned = cleaned.removesuffix("km")
    try:
        value = float(cleaned)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ogiltigt antal km {text!r}: ange ett tal, t.ex. 80000"
        ) from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"ogiltigt antal km {text!r}: ange ett tal")
    if value < 0:
        raise argparse.ArgumentTypeError("antalet km kan inte vara negativt")
    return value

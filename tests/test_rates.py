"""Mileage rates with validity dates, and the öre arithmetic that always adds up."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from resebok.core.money import (
    amount_ore,
    format_kr,
    format_rate,
    km_tenths,
    parse_kr,
    split_amount,
)
from resebok.core.rates import (
    RateError,
    RateKind,
    add_rate_period,
    delete_rate_period,
    list_rate_periods,
    rate_on,
    rates_on,
    update_rate_period,
)


def _employer_period(db):
    (period,) = list_rate_periods(db, RateKind.EMPLOYER)
    return period


def test_skatteverkets_rate_changes_at_new_year_2023(db):
    assert rate_on(db, RateKind.TAX_FREE, date(2019, 6, 1)) == 1850
    assert rate_on(db, RateKind.TAX_FREE, date(2022, 12, 31)) == 1850
    assert rate_on(db, RateKind.TAX_FREE, date(2023, 1, 1)) == 2500
    assert rate_on(db, RateKind.TAX_FREE, date(2026, 11, 27)) == 2500


def test_the_employer_rate_is_seeded_and_editable(db):
    period = _employer_period(db)
    assert period.ore_per_mil == 2500
    update_rate_period(db, period.id, 2900, None, date(2023, 12, 31), "Gamla avtalet")
    add_rate_period(db, RateKind.EMPLOYER, 3000, date(2024, 1, 1), None, "Nytt avtal")
    assert rates_on(db, date(2023, 6, 1)).employer_ore_per_mil == 2900
    assert rates_on(db, date(2024, 1, 1)).employer_ore_per_mil == 3000
    assert [p.note for p in list_rate_periods(db, RateKind.EMPLOYER)] == [
        "Gamla avtalet",
        "Nytt avtal",
    ]


def test_overlapping_periods_of_one_kind_are_refused_in_swedish(db):
    with pytest.raises(RateError, match="överlappar"):
        add_rate_period(db, RateKind.EMPLOYER, 3000, date(2024, 1, 1))
    with pytest.raises(RateError, match="överlappar"):
        add_rate_period(db, RateKind.TAX_FREE, 2600, date(2022, 6, 1), date(2023, 6, 1))
    # a period of the other kind on the same dates is fine once the first one ends
    period = _employer_period(db)
    update_rate_period(db, period.id, 2500, None, date(2023, 12, 31))
    add_rate_period(db, RateKind.EMPLOYER, 3000, date(2024, 1, 1))


@pytest.mark.parametrize(
    ("ore", "start", "end", "message"),
    [
        (0, date(2030, 1, 1), None, "större än 0"),
        (-100, date(2030, 1, 1), None, "större än 0"),
        (2500, date(2030, 2, 1), date(2030, 1, 1), "slutdatum"),
        (10_000_000, date(2030, 1, 1), None, "orimligt"),
    ],
)
def test_bad_rates_are_refused(db, ore, start, end, message):
    period = _employer_period(db)
    update_rate_period(db, period.id, 2500, None, date(2029, 12, 31))
    with pytest.raises(RateError, match=message):
        add_rate_period(db, RateKind.EMPLOYER, ore, start, end)


def test_a_date_without_a_rate_says_so(db):
    period = _employer_period(db)
    update_rate_period(db, period.id, 2500, date(2020, 1, 1), None)
    with pytest.raises(RateError, match="Ingen ersättning enligt arbetsgivarens avtal"):
        rate_on(db, RateKind.EMPLOYER, date(2019, 12, 31))


def test_deleting_a_period(db):
    period = _employer_period(db)
    delete_rate_period(db, period.id)
    assert list_rate_periods(db, RateKind.EMPLOYER) == []
    with pytest.raises(RateError):
        delete_rate_period(db, period.id)


# --- amounts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("employer", "tax_free", "total", "free", "taxable"),
    [
        (1500, 2500, 1500, 1500, 0),  # employer pays less than the tax-free rate
        (2500, 2500, 2500, 2500, 0),  # equal
        (3000, 2500, 3000, 2500, 500),  # the excess is taxable salary
        (2500, 1850, 2500, 1850, 650),  # 2022: 25 kr/mil against 18,50 tax-free
    ],
)
def test_employer_rate_below_equal_and_above_the_tax_free_rate(
    employer, tax_free, total, free, taxable
):
    parts = split_amount(100, employer, tax_free)  # 10 km = 1 mil
    assert (parts.total_ore, parts.tax_free_ore, parts.taxable_ore) == (total, free, taxable)


def test_design_example_30_kr_per_mil():
    # DESIGN.md: 30 kr/mil → 2.50 kr/km tax-free and 0.50 kr/km taxable
    parts = split_amount(10, 3000, 2500)  # 1 km
    assert (parts.total_ore, parts.tax_free_ore, parts.taxable_ore) == (300, 250, 50)


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def test_rounding_always_adds_up():
    rates = [(1850, 1850), (2500, 1850), (2500, 2500), (2455, 2500), (3075, 2500), (1999, 1850)]
    for employer, tax_free in rates:
        for tenths in range(0, 3001):
            parts = split_amount(tenths, employer, tax_free)
            assert parts.total_ore == parts.tax_free_ore + parts.taxable_ore
            assert 0 <= parts.tax_free_ore <= parts.total_ore
            km = Decimal(tenths) / 10
            assert parts.total_ore == _half_up(km * employer / 10)
            assert parts.tax_free_ore == _half_up(km * min(employer, tax_free) / 10)


def test_half_an_ore_rounds_up():
    assert amount_ore(13, 1850) == 241  # 1,3 km × 1,85 kr = 2,405 kr
    assert amount_ore(1, 1850) == 19  # 0,1 km × 1,85 kr = 0,185 kr


def test_km_tenths_go_through_text_not_binary():
    assert km_tenths(0.1 + 0.2) == 3
    assert km_tenths(12.25) == 123  # half up, not banker's rounding
    assert km_tenths("7,5".replace(",", ".")) == 75


def test_swedish_formatting_and_parsing():
    assert format_kr(123456) == "1\u00a0234,56\u00a0kr"
    assert format_kr(5, unit=False) == "0,05"
    assert format_rate(1850) == "18,50\u00a0kr/mil"
    assert parse_kr("18,50") == 1850
    assert parse_kr("18.5") == 1850
    assert parse_kr(" 25 kr/mil ") == 2500
    with pytest.raises(ValueError, match="kronor"):
        parse_kr("arton")

"""Whole-kronor and whole-km texts: integer rounding half away from zero, Swedish grouping."""

import pytest

from resebok.core.money import NBSP, format_whole_km, format_whole_kr, whole_kr


@pytest.mark.parametrize(
    ("ore", "kr"), [(0, 0), (49, 0), (50, 1), (150, 2), (250, 3), (-150, -2), (-49, 0)]
)
def test_whole_kr_rounds_half_away_from_zero_without_floats(ore, kr):
    assert whole_kr(ore) == kr


def test_whole_texts_group_thousands_the_swedish_way():
    assert format_whole_kr(48_000_050) == f"480{NBSP}001{NBSP}kr"
    assert format_whole_kr(-123_456_789, unit=False) == f"-1{NBSP}234{NBSP}568"
    assert format_whole_km(81_925.2) == f"81{NBSP}925{NBSP}km"
    assert format_whole_km(999.5) == f"1{NBSP}000{NBSP}km"

"""The controller's figures per unit: roll-up, trip date against payout date, amounts, CO₂."""

from datetime import date

import pytest

from resebok.core.claims import build_claim, compute_line
from resebok.core.co2 import set_employee_car_fuel, update_factor
from resebok.core.controller_summary import (
    ZERO,
    Figures,
    count_unit_trips,
    figures_by_unit,
    shared_unit_summary,
    total_of,
    unit_tree_summary,
    unit_trips,
    year_on_year,
)
from resebok.core.db import open_database
from resebok.core.demo import build_demo
from resebok.core.models import Mode, Trip
from resebok.core.org import add_employee
from resebok.core.periods import Basis, Period, PeriodError
from resebok.core.rates import load_rate_table
from resebok.core.summary import yearly_unit_summary
from resebok.core.trips import save_trip

TODAY = date(2026, 11, 27)
ROUND = ("Fjugesta", "Kumla", "Fjugesta")


def log(db, org, day, km, unit=None, employee=None, mode=Mode.OWN_CAR, stops=ROUND, **fields):
    employee = employee or org.cleaner
    return save_trip(
        db,
        Trip(
            date=date.fromisoformat(day),
            employee_id=employee.id,
            unit_id=(unit or org.cleaning).id,
            stop_ids=[org.place(db, name) for name in stops],
            km=km,
            mode=mode,
            **fields,
        ),
        today=TODAY,
    )


@pytest.fixture(scope="module")
def demo_db():
    database = open_database(None)
    build_demo(database, today=TODAY)
    yield database
    database.close()


# --- the tree adds up -----------------------------------------------------------------------


def test_rolled_up_figures_are_the_sums_of_the_units_below(demo_db):
    tree = unit_tree_summary(demo_db, Period.year(2021))

    for row in tree.rows:
        for mode in Mode:
            children = total_of(tree.row(c).figures(mode) for c in row.child_ids)
            assert row.figures(mode) == row.figures(mode, rolled_up=False) + children
    own = figures_by_unit(demo_db, Period.year(2021))
    assert tree.total(None) == total_of(f for modes in own.values() for f in modes.values())
    (root,) = tree.roots
    assert root.unit.code == "LEK"
    leaves = [row for row in tree.rows if row.is_leaf]
    assert total_of(row.own_car for row in leaves) == root.own_car  # no trips above the units


def test_the_tree_matches_a_plain_group_by(demo_db):
    tree = unit_tree_summary(demo_db, Period.year(2021))
    plain = {
        row["code"]: (row["km"], row["n"])
        for row in demo_db.query(
            "SELECT u.code, ROUND(SUM(t.km), 1) AS km, COUNT(*) AS n FROM trips t "
            "JOIN org_units u ON u.id = t.unit_id WHERE t.mode = 'own_car' "
            "AND t.date BETWEEN '2021-01-01' AND '2021-12-31' GROUP BY u.code"
        )
    }
    for code, (km, trips) in plain.items():
        own = tree.row(code).figures(rolled_up=False)
        assert (own.km, own.trips) == (km, trips)


def test_the_foundations_yearly_summary_is_the_trees_own_car_figures(demo_db):
    for year in (2019, 2020, 2021):
        tree = unit_tree_summary(demo_db, Period.year(year))
        own = [(row.unit, row.figures(rolled_up=False)) for row in tree.rows]
        expected = [
            (unit.code, unit.name, figures.km, figures.trips)
            for unit, figures in sorted(own, key=lambda item: (-item[1].km_tenths, item[0].code))
            if figures.trips
        ]
        summary = yearly_unit_summary(demo_db, year)
        got = [(u["code"], u["name"], u["km"], u["trips"]) for u in summary["units"]]
        assert got == expected and len(got) > 5
        assert summary["total_km"] == tree.total().km


def test_km_only_figures_are_the_full_figures_trips_and_km(demo_db):
    for basis in Basis:
        period = Period.year(2020)
        full = figures_by_unit(demo_db, period, basis, mode=Mode.OWN_CAR)
        lean = figures_by_unit(demo_db, period, basis, mode=Mode.OWN_CAR, km_only=True)
        assert full.keys() == lean.keys() and full
        for unit_id, modes in full.items():
            own_car = modes[Mode.OWN_CAR]
            assert lean[unit_id] == {Mode.OWN_CAR: Figures(own_car.trips, own_car.km_tenths)}


def test_kommunstyrelsen_carries_79_percent_and_the_cleaning_unit_most(demo_db):
    for year in (2019, 2020, 2021):
        for basis in Basis:
            tree = unit_tree_summary(demo_db, Period.year(year), basis)
            assert 0.75 <= tree.row("KS").share_of_scope <= 0.83
            units = [row for row in tree.rows if row.unit.kind == "unit"]
            assert max(units, key=lambda row: row.own_car.km).unit.code == "LOK"
    tree = unit_tree_summary(demo_db, Period.year(2021))
    ks = tree.row("KS")
    assert ks.share_of_committee == 1.0
    ks_units = tree.units_within(ks.unit.id)
    assert sum(row.share_of_committee for row in ks_units) == pytest.approx(1.0)
    assert tree.row("LEK").share_of_committee is None  # above the committees


def test_the_pandemic_fall_of_almost_16000_km_from_2019_to_2020(demo_db):
    yoy = year_on_year(demo_db, Period.year(2020), 2019)

    assert yoy.previous_period == Period.year(2019)
    assert -18_000 <= yoy.total.diff_km <= -14_000
    assert -0.2 < yoy.total.diff_share < -0.12
    meeting_units = [row for row in yoy.rows if row.unit.code in ("EKO", "HR", "KOM")]
    assert all(row.diff_km < 0 for row in meeting_units)


def test_a_scope_summarises_one_committee(demo_db):
    whole = unit_tree_summary(demo_db, Period.year(2021))
    ks = unit_tree_summary(demo_db, Period.year(2021), scope_id=whole.row("KS").unit.id)

    assert [row.unit.code for row in ks.roots] == ["KS"]
    assert ks.total() == whole.row("KS").own_car
    assert ks.row("KS").share_of_scope == 1.0
    assert ks.row("LOK").share_of_scope == pytest.approx(whole.row("LOK").share_of_committee)
    assert "BIN" not in {row.unit.code for row in ks.rows}


# --- trip date and payout date -------------------------------------------------------------


def test_a_december_trip_paid_in_january_counts_in_each_year_by_its_basis(db, org):
    log(db, org, "2020-12-15", 40.0, paid_on=date(2021, 1, 25))
    log(db, org, "2021-01-12", 10.0, paid_on=date(2021, 2, 25))
    log(db, org, "2021-12-20", 5.0)  # not paid yet

    def km(year, basis):
        return unit_tree_summary(db, Period.year(year), basis).total().km

    assert (km(2020, Basis.TRIP_DATE), km(2021, Basis.TRIP_DATE)) == (40.0, 15.0)
    assert (km(2020, Basis.PAID_ON), km(2021, Basis.PAID_ON)) == (0.0, 50.0)


def test_only_paid_own_car_trips_count_by_payout_date(db, org):
    log(db, org, "2021-03-01", 12.0, paid_on=date(2021, 4, 25))
    log(db, org, "2021-03-02", 30.0, mode=Mode.POOL_CAR)

    paid = unit_tree_summary(db, Period.year(2021), Basis.PAID_ON).row("LOK")
    driven = unit_tree_summary(db, Period.year(2021)).row("LOK")

    assert set(paid.total) == {Mode.OWN_CAR}
    assert driven.figures(Mode.POOL_CAR).km == 30.0
    assert driven.figures(None).trips == 2


# --- amounts, paid km and CO₂ --------------------------------------------------------------


def test_amounts_are_estimated_by_the_rates_of_the_trip_date(db, org):
    # employer 25,00 kr/mil; tax-free 18,50 kr/mil until 2022 and 25,00 from 2023
    log(db, org, "2022-12-30", 10.0)
    log(db, org, "2023-01-02", 12.3)
    old = unit_tree_summary(db, Period.year(2022)).total()
    new = unit_tree_summary(db, Period.year(2023)).total()

    assert (old.amount_ore, old.tax_free_ore, old.taxable_ore) == (2500, 1850, 650)
    assert (new.amount_ore, new.tax_free_ore, new.taxable_ore) == (3075, 3075, 0)
    assert old.estimated_ore == 2500 and old.unpriced_trips == 0


def test_the_estimate_is_the_claim_lines_rule(db, org):
    trips = [
        log(db, org, "2022-05-02", 33.3),
        log(db, org, "2022-05-03", 0.1),
        log(
            db,
            org,
            "2022-05-04",
            70.0,
            employee=org.archivist,
            unit=org.archive,
            stops=("Kumla", "Hallsbergs kommunhus", "Kumla"),
            from_home=True,
        ),  # fmt: skip
    ]
    rates = load_rate_table(db)
    lines = [compute_line(t.id, t.date, t.km, t.reduction_km, rates) for t in trips]

    total = unit_tree_summary(db, Period.year(2022)).total()

    assert total.amount_ore == sum(line.amount_ore for line in lines)
    assert total.tax_free_ore == sum(line.tax_free_ore for line in lines)
    assert total.paid_km == pytest.approx(sum(line.paid_km for line in lines))
    assert total.paid_km_tenths == total.km_tenths - 560  # the archivist's commute, twice


def test_trips_on_a_claim_count_with_the_claims_amounts(db, org):
    log(db, org, "2024-03-05", 12.3)
    log(db, org, "2024-03-06", 7.0)
    claim = build_claim(db, org.cleaner.id, "2024-03", "Anna Lind")
    log(db, org, "2024-04-02", 10.0)  # on no claim: estimated

    total = unit_tree_summary(db, Period.year(2024)).total()

    assert total.amount_ore == claim.total_ore + 2500
    assert total.estimated_ore == 2500


def test_commuting_carries_no_allowance_and_no_paid_km(db, org):
    log(db, org, "2024-03-04", 30.0, employee=org.archivist, unit=org.archive,
        stops=("Kumla", "Arkivdepå Fjugesta"))  # fmt: skip

    total = unit_tree_summary(db, Period.year(2024)).total()

    assert (total.km, total.paid_km, total.amount_ore) == (30.0, 0.0, 0)


def test_a_trip_without_a_rate_is_counted_as_unpriced(db, org):
    db.execute("DELETE FROM rate_periods WHERE kind = 'employer'")
    log(db, org, "2024-03-05", 12.0)

    total = unit_tree_summary(db, Period.year(2024)).total()

    assert (total.amount_ore, total.unpriced_trips) == (0, 1)


def test_co2_follows_the_cars_fuel_and_the_configured_factors(db, org):
    set_employee_car_fuel(db, org.archivist.id, "electric")
    log(db, org, "2024-03-05", 100.0)  # the cleaner's car: petrol, 167 g/km
    log(db, org, "2024-03-06", 100.0, employee=org.archivist, unit=org.archive)  # 14 g/km
    log(db, org, "2024-03-07", 10.0, mode=Mode.PUBLIC_TRANSPORT)  # bus, 27 g/km
    log(db, org, "2024-03-08", 3.0, mode=Mode.WALK_CYCLE)
    tree = unit_tree_summary(db, Period.year(2024))

    assert tree.row("LOK").own_car.co2_g == 16_700
    assert tree.row("ARK").own_car.co2_g == 1_400
    assert tree.row("LOK").figures(Mode.PUBLIC_TRANSPORT).co2_g == 270
    assert tree.row("LOK").figures(Mode.WALK_CYCLE).co2_g == 0

    update_factor(db, "petrol", 150, "Egen beräkning", 2025)
    assert unit_tree_summary(db, Period.year(2024)).row("LOK").own_car.co2_kg == 15.0


def test_co2_of_one_unit_follows_each_drivers_own_car(db, org):
    """Two cleaners in one unit, one with a petrol car and one with an electric car."""
    electric = add_employee(db, "1077", "Eva El", org.cleaning.id)
    set_employee_car_fuel(db, electric.id, "electric")
    log(db, org, "2024-03-05", 100.0)  # petrol, 167 g/km
    log(db, org, "2024-03-06", 100.0, employee=electric)  # electric, 14 g/km

    cleaning = unit_tree_summary(db, Period.year(2024)).row("LOK")

    assert cleaning.own_car.km == 200.0
    assert cleaning.own_car.co2_g == 16_700 + 1_400


# --- member organisations, year on year, drill-down --------------------------------------


def test_the_archives_km_per_member_organisation(db, org):
    def archive_trip(day, km, member):
        log(db, org, day, km, unit=org.archive, employee=org.archivist,
            stops=("Arkivdepå Fjugesta", "Hallsbergs kommunhus", "Arkivdepå Fjugesta"),
            member_org_id=member.id if member else None)  # fmt: skip

    archive_trip("2021-02-01", 30.0, org.hallsberg)
    archive_trip("2021-02-02", 30.0, org.hallsberg)
    archive_trip("2021-02-03", 40.0, None)
    log(db, org, "2021-02-04", 99.0)  # the cleaning unit is not shared

    (archive,) = shared_unit_summary(db, Period.year(2021))

    assert archive.unit.code == "ARK"
    assert [(m.name, m.figures.km, m.share) for m in archive.members] == [
        ("Hallsbergs kommun", 60.0, 0.6),
        ("Kumla kommun", 0.0, 0.0),
        ("Ej fördelat på medlem", 40.0, 0.4),
    ]
    assert archive.total.km == 100.0


def test_year_on_year_compares_the_same_days(db, org):
    log(db, org, "2020-03-10", 100.0)
    log(db, org, "2020-09-10", 500.0)  # after the period
    log(db, org, "2021-03-10", 80.0)

    yoy = year_on_year(db, Period(date(2021, 1, 1), date(2021, 8, 31)), 2020)
    row = next(r for r in yoy.rows if r.unit.code == "LOK")

    assert yoy.previous_period == Period(date(2020, 1, 1), date(2020, 8, 31))
    assert (row.previous.km, row.current.km, row.diff_km, row.diff_share) == (
        100.0,
        80.0,
        -20.0,
        -0.2,
    )


def test_a_period_ending_on_29_february_moves_to_the_28th():
    assert Period(date(2024, 1, 1), date(2024, 2, 29)).in_year(2023).last == date(2023, 2, 28)
    with pytest.raises(PeriodError, match="före"):
        Period(date(2024, 2, 1), date(2024, 1, 1))


def test_drill_down_lists_the_trips_behind_a_figure(db, org):
    log(db, org, "2020-12-15", 40.0, paid_on=date(2021, 1, 25))
    log(db, org, "2021-01-12", 10.0)
    log(db, org, "2021-01-13", 20.0, unit=org.archive, employee=org.archivist)
    department = org.department.id

    paid = unit_trips(db, department, Period.year(2021), Basis.PAID_ON)
    driven = unit_trips(db, department, Period.year(2021))

    assert [(t["date"], t["km"], t["amount_ore"]) for t in paid] == [("2020-12-15", 40.0, 10000)]
    assert [t["unit_code"] for t in driven] == ["ARK", "LOK"]  # newest first
    assert count_unit_trips(db, department, Period.year(2021)) == 2
    assert count_unit_trips(db, org.cleaning.id, Period.year(2021), subtree=False) == 1
    tree = unit_tree_summary(db, Period.year(2021))
    assert sum(t["amount_ore"] for t in driven) == tree.row("KLF").own_car.amount_ore


def test_an_empty_period_gives_zero_figures(db, org):
    tree = unit_tree_summary(db, Period.year(2021))
    assert tree.total() == ZERO
    assert tree.row("KS").share_of_scope is None

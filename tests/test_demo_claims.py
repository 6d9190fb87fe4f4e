"""The demo's claims: every state, real payroll batches, consistent with the payout dates."""

import random
from datetime import date

import pytest

from resebok.core.attest import claims_to_attest, list_attestants
from resebok.core.claims import ClaimState, list_claims
from resebok.core.db import open_database
from resebok.core.demo import build_demo
from resebok.core.demo_claims import create_demo_claims
from resebok.core.paxml import list_batches

TODAY = date(2019, 4, 10)  # January and February paid, March waiting, April running


@pytest.fixture(scope="module")
def demo():
    db = open_database(None)
    build_demo(db, today=TODAY, with_claims=False)
    stats = create_demo_claims(db, TODAY, random.Random(3))
    yield db, stats
    db.close()


def test_claims_exist_in_every_state(demo):
    db, stats = demo
    states = {c.state for c in list_claims(db)}
    assert states == set(ClaimState)
    assert sum(stats.by_state.values()) == len(list_claims(db))
    assert "utbetald" in stats.describe()


def test_past_months_are_paid_on_the_25th_of_the_following_month_in_batches(demo):
    db, stats = demo
    paid = list_claims(db, state=ClaimState.PAID)
    assert {c.month for c in paid} == {"2019-01", "2019-02"}
    assert {(c.month, c.paid_on) for c in paid} == {
        ("2019-01", date(2019, 2, 25)),
        ("2019-02", date(2019, 3, 25)),
    }
    assert [b.paid_on for b in list_batches(db)] == [date(2019, 3, 25), date(2019, 2, 25)]
    assert stats.batches == 2


def test_paid_trips_and_paid_claims_agree(demo):
    db, _stats = demo
    mismatched = db.execute(
        """
        SELECT COUNT(*) FROM trips t
        LEFT JOIN claim_lines l ON l.trip_id = t.id
        LEFT JOIN claims c ON c.id = l.claim_id
        WHERE t.mode = 'own_car'
          AND ((t.paid_on IS NOT NULL AND (c.state IS NOT 'paid' OR c.paid_on <> t.paid_on))
               OR (c.state = 'paid' AND t.paid_on IS NULL))
        """
    ).fetchone()[0]
    assert mismatched == 0


def test_the_latest_months_wait_for_attest_or_payroll(demo):
    db, _stats = demo
    waiting = [c for c in list_claims(db) if c.month >= "2019-03"]
    assert {c.state for c in waiting} >= {ClaimState.SUBMITTED, ClaimState.APPROVED}
    (returned,) = [c for c in list_claims(db) if c.return_comment]
    assert returned.state == ClaimState.DRAFT and returned.returned_by


def test_two_attestants_for_the_cleaning_and_archive_units(demo):
    db, stats = demo
    attestants = list_attestants(db)
    assert sorted(u.code for a in attestants for u in a.units) == ["ARK", "LOK"]
    assert sorted(stats.attestants) == sorted(a.employee.name for a in attestants)
    assert any(claims_to_attest(db, a.employee.id) for a in attestants)

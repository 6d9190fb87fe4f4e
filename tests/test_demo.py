"""The demo municipality tells the story of Lekeberg's report, the same way every time."""

import hashlib
import random
import re
import uuid
from datetime import date

import pytest

from resebok.cli import main
from resebok.core.advisor import LADDER
from resebok.core.db import open_database
from resebok.core.demo import DemoStats, build_demo, payout_date, swedish_holidays
from resebok.core.demo_green import GREEN_PROMPT_INTRODUCED
from resebok.core.distance import is_far_from_suggestion
from resebok.core.fleet import add_vehicle, all_vehicles
from resebok.core.green_effect import green_effect
from resebok.core.green_records import reason_breakdown
from resebok.core.org import find_unit
from resebok.core.periods import Period
from resebok.core.places import find_place
from resebok.core.settings import get_setting
from resebok.core.trips import get_trip
from resebok.core.validation import validate_trip
from resebok.core.verify import verify_database

TODAY = date(2026, 11, 27)
REPORT_YEARS = (2019, 2020, 2021)

KS_SUBTREE = """
    WITH RECURSIVE ks(id) AS (
        SELECT id FROM org_units WHERE code = 'KS'
        UNION ALL
        SELECT o.id FROM org_units o JOIN ks ON o.parent_id = ks.id
    )
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    stats = build_demo(database, today=TODAY)
    yield database, stats
    database.close()


@pytest.fixture(scope="module")
def demo_db(demo):
    return demo[0]


def own_car_km(db, year: int, where: str = "", params: tuple = ()) -> float:
    sql = f"""
        {KS_SUBTREE}
        SELECT COALESCE(SUM(t.km), 0) AS km FROM trips t
        WHERE t.mode = 'own_car' AND t.date BETWEEN ? AND ? {where}
    """
    rows = db.query(sql, [f"{year}-01-01", f"{year}-12-31", *params])
    return next(rows)["km"]


def km_by_unit(db, year: int) -> dict[str, float]:
    rows = db.query(
        """
        SELECT u.code, SUM(t.km) AS km FROM trips t JOIN org_units u ON u.id = t.unit_id
        WHERE t.mode = 'own_car' AND t.date BETWEEN ? AND ? GROUP BY u.code
        """,
        [f"{year}-01-01", f"{year}-12-31"],
    )
    return {row["code"]: row["km"] for row in rows}


def content_digest(db) -> str:
    """A fingerprint of everything the demo writes, to compare two builds."""
    digest = hashlib.sha256()
    for table, order in [
        ("org_units", "id"),
        ("member_orgs", "id"),
        ("unit_member_orgs", "unit_id, member_org_id"),
        ("places", "id"),
        ("employees", "id"),
        ("vehicles", "id"),
        ("settings", "key"),
        ("trips", "id"),
        ("trip_stops", "trip_id, seq"),
        ("avoided_trips", "id"),
        ("green_decisions", "id"),
        ("green_offers", "decision_id, seq"),
    ]:
        for row in db.execute(f"SELECT * FROM {table} ORDER BY {order}"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


# --- the report's figures -------------------------------------------------------------------


@pytest.mark.parametrize("year", REPORT_YEARS)
def test_kommunstyrelsen_carries_about_79_percent_of_own_car_km(demo_db, year):
    total = own_car_km(demo_db, year)
    ks = own_car_km(demo_db, year, "AND t.unit_id IN (SELECT id FROM ks)")
    assert 0.75 <= ks / total <= 0.83


@pytest.mark.parametrize("year", range(2019, TODAY.year + 1))
def test_cleaning_unit_drives_most_own_car_km_every_year(demo_db, year):
    by_unit = km_by_unit(demo_db, year)
    assert max(by_unit, key=by_unit.__getitem__) == "LOK"


def test_own_car_km_in_2019_is_about_100000(demo_db):
    assert 90_000 <= own_car_km(demo_db, 2019) <= 110_000


def test_pandemic_cut_own_car_km_by_almost_16000_from_2019_to_2020(demo_db):
    fall = own_car_km(demo_db, 2019) - own_car_km(demo_db, 2020)
    assert 14_000 <= fall <= 18_000


def test_meetings_moved_online_while_cleaning_went_on(demo_db):
    def meeting_km(year, unit_test):
        return own_car_km(
            demo_db,
            year,
            "AND t.purpose_category IN ('meeting', 'conference') "
            f"AND t.unit_id {unit_test} (SELECT id FROM org_units WHERE code = 'LOK')",
        )

    assert meeting_km(2020, "NOT IN") < 0.6 * meeting_km(2019, "NOT IN")
    cleaning = [km_by_unit(demo_db, year)["LOK"] for year in (2019, 2020)]
    assert cleaning[1] == pytest.approx(cleaning[0], rel=0.1)


def test_cleaning_unit_moves_to_its_own_pool_cars_from_2022(demo_db):
    def pool_trips(first, last):
        row = demo_db.execute(
            "SELECT COUNT(*) FROM trips t JOIN org_units u ON u.id = t.unit_id "
            "WHERE u.code = 'LOK' AND t.mode = 'pool_car' AND t.date BETWEEN ? AND ?",
            [first, last],
        ).fetchone()
        return row[0]

    assert pool_trips("2019-01-01", "2021-12-31") == 0
    assert pool_trips("2022-01-01", "2026-12-31") > 1000
    assert km_by_unit(demo_db, 2023)["LOK"] < 0.7 * km_by_unit(demo_db, 2019)["LOK"]


# --- the organisation and its people -------------------------------------------------------


def test_about_80_employees_with_home_workplace_and_commute(demo):
    db, stats = demo
    assert 70 <= stats.employees <= 90
    missing = db.execute(
        "SELECT COUNT(*) FROM employees WHERE home_place_id IS NULL "
        "OR workplace_place_id IS NULL OR commute_km <= 0"
    ).fetchone()[0]
    assert missing == 0


def test_organisation_tree_has_codes_and_cost_centres(demo_db):
    units = {row["code"]: row for row in demo_db.query("SELECT * FROM org_units")}
    assert units["LEK"]["kind"] == "municipality"
    assert units["KS"]["name"] == "Kommunstyrelsen"
    assert units["LOK"]["name"] == "Lokalvårdsenheten"
    assert units["ARK"]["name"] == "Sydnärke arkivenhet"
    assert sum(u["kind"] == "unit" for u in units.values()) >= 12
    assert all(
        u["kostnadsstalle"].isdigit() and len(u["kostnadsstalle"]) == 4 for u in units.values()
    )
    ks_units = {
        row["name"]
        for row in demo_db.query(
            f"{KS_SUBTREE} SELECT name FROM org_units WHERE kind = 'unit' AND id IN ks"
        )
    }
    for name in ("Lokalvårdsenheten", "Sydnärke arkivenhet", "Teknik och service"):
        assert name in ks_units
    assert any(name.startswith("Näringsliv") for name in ks_units)
    assert any(name.startswith("Kommunikation") for name in ks_units)
    assert any(name.startswith("Ekonomi") for name in ks_units)
    assert get_setting(demo_db, "municipality_name") == "Lekebergs kommun"


def test_archive_serves_seven_member_organisations(demo_db):
    names = [
        row["name"]
        for row in demo_db.query(
            "SELECT m.name FROM member_orgs m JOIN unit_member_orgs um ON um.member_org_id = m.id "
            "JOIN org_units u ON u.id = um.unit_id WHERE u.code = 'ARK' ORDER BY m.name"
        )
    ]
    assert names == [
        "Askersunds kommun",
        "Hallsbergs kommun",
        "Kumla kommun",
        "Laxå kommun",
        "Lekebergs kommun",
        "Sydnärkes kommunalförbund",
        "Sydnärkes utbildningsförbund",
    ]


def test_archivists_live_outside_lekeberg(demo_db):
    homes = [
        row["municipality"]
        for row in demo_db.query(
            "SELECT p.municipality FROM employees e JOIN org_units u ON u.id = e.unit_id "
            "JOIN places p ON p.id = e.home_place_id WHERE u.code = 'ARK'"
        )
    ]
    assert homes and "Lekeberg" not in homes


def test_archivists_start_from_home_and_charge_the_member_they_visit(demo_db):
    rows = list(
        demo_db.query(
            """
            SELECT t.id, t.member_org_id, m.name AS org, e.home_place_id,
                   (SELECT place_id FROM trip_stops WHERE trip_id = t.id AND seq = 0) AS first,
                   (SELECT p.name FROM trip_stops s JOIN places p ON p.id = s.place_id
                    WHERE s.trip_id = t.id AND s.seq = 1) AS visited
            FROM trips t
            JOIN org_units u ON u.id = t.unit_id
            JOIN employees e ON e.id = t.employee_id
            LEFT JOIN member_orgs m ON m.id = t.member_org_id
            WHERE u.code = 'ARK' AND t.from_home = 1
            """
        )
    )
    assert len(rows) > 100
    assert all(row["first"] == row["home_place_id"] for row in rows)
    charged = [row for row in rows if row["member_org_id"] is not None]
    assert len(charged) > 0.5 * len(rows)
    to_hallsberg = [row["org"] for row in charged if row["visited"] == "Hallsbergs kommunhus"]
    assert to_hallsberg and set(to_hallsberg) == {"Hallsbergs kommun"}
    others = demo_db.execute(
        "SELECT COUNT(*) FROM trips t JOIN org_units u ON u.id = t.unit_id "
        "WHERE t.member_org_id IS NOT NULL AND u.code != 'ARK'"
    ).fetchone()[0]
    assert others == 0


def test_pool_cars_have_fuel_registration_and_home_base(demo_db):
    cars = all_vehicles(demo_db)
    base = find_place(demo_db, "Kommunhuset Lekeberg")
    assert len(cars) >= 3
    for car in cars:
        assert car.fuel in ("petrol", "diesel", "hvo", "biogas", "electric")
        assert len(car.registration) == 7 and car.registration[3] == " "
        assert car.home_base_place_id == base.id
    pool_without_car = demo_db.execute(
        "SELECT COUNT(*) FROM trips WHERE (mode = 'pool_car') != (vehicle_id IS NOT NULL)"
    ).fetchone()[0]
    assert pool_without_car == 0


# --- every trip is one that Resebok would have accepted -------------------------------------


def test_every_trip_has_at_least_two_stops(demo_db):
    short = demo_db.execute(
        "SELECT COUNT(*) FROM trips t WHERE (SELECT COUNT(*) FROM trip_stops s "
        "WHERE s.trip_id = t.id) < 2"
    ).fetchone()[0]
    assert short == 0


def test_no_trip_repeats_a_stop_or_visits_the_employees_home_on_the_way(demo_db):
    repeated = demo_db.execute(
        "SELECT COUNT(*) FROM trip_stops a JOIN trip_stops b "
        "ON b.trip_id = a.trip_id AND b.seq = a.seq + 1 AND b.place_id = a.place_id"
    ).fetchone()[0]
    assert repeated == 0
    # Homes are town centres, so a trip "to Örebro" by someone living there would be commuting.
    via_home = demo_db.execute(
        """
        SELECT COUNT(*) FROM trip_stops s
        JOIN trips t ON t.id = s.trip_id
        JOIN employees e ON e.id = t.employee_id
        WHERE s.place_id = e.home_place_id AND s.seq > 0
          AND s.seq < (SELECT MAX(seq) FROM trip_stops x WHERE x.trip_id = s.trip_id)
        """
    ).fetchone()[0]
    assert via_home == 0


def test_trips_run_from_2019_to_today(demo_db):
    first, last = demo_db.execute("SELECT MIN(date), MAX(date) FROM trips").fetchone()
    assert first >= "2019-01-01"
    assert last <= TODAY.isoformat()


def test_trips_are_made_on_working_days_mostly(demo_db):
    dates = [date.fromisoformat(row[0]) for row in demo_db.execute("SELECT date FROM trips")]
    holidays = set().union(*(swedish_holidays(year) for year in range(2019, 2027)))
    off = sum(1 for d in dates if d.weekday() >= 5 or d in holidays)
    assert 0 < off < 0.05 * len(dates)


def test_paid_on_is_the_25th_of_the_month_after_the_trip(demo_db):
    rows = demo_db.execute("SELECT date, mode, paid_on FROM trips").fetchall()
    for trip_date, mode, paid_on in rows:
        expected = payout_date(date.fromisoformat(trip_date))
        if mode != "own_car" or expected > TODAY:
            assert paid_on is None
        else:
            assert paid_on == expected.isoformat()
            assert paid_on[:7] > trip_date[:7]


def test_december_trips_are_paid_in_january():
    assert payout_date(date(2020, 12, 14)) == date(2021, 1, 25)
    assert payout_date(date(2020, 1, 31)) == date(2020, 2, 25)


def test_each_route_keeps_one_road_distance(demo_db):
    routes = demo_db.execute(
        "SELECT route_key, COUNT(DISTINCT suggested_km) FROM trips GROUP BY route_key "
        "HAVING COUNT(DISTINCT suggested_km) > 1"
    ).fetchall()
    assert routes == []
    same_as_route = demo_db.execute(
        "SELECT AVG(km = suggested_km) FROM trips WHERE mode = 'own_car'"
    ).fetchone()[0]
    assert same_as_route > 0.9


def test_flags_mark_the_few_trips_far_from_their_route(demo_db):
    rows = demo_db.execute(
        "SELECT km, suggested_km, km_flagged, mode FROM trips WHERE mode IN ('own_car', 'pool_car')"
    ).fetchall()
    for km, suggested, flagged, _mode in rows:
        assert bool(flagged) == is_far_from_suggestion(km, suggested, 0.25)
    assert 0 < sum(row[2] for row in rows) < 0.005 * len(rows)


def test_modes_mix_own_car_with_greener_choices(demo_db):
    counts = dict(demo_db.execute("SELECT mode, COUNT(*) FROM trips GROUP BY mode").fetchall())
    assert counts["own_car"] > 0.5 * sum(counts.values())
    for mode in ("pool_car", "public_transport", "walk_cycle"):
        assert counts[mode] > 100


def test_most_trips_have_times_in_order(demo_db):
    with_times, without = demo_db.execute(
        "SELECT SUM(start_time IS NOT NULL), SUM(start_time IS NULL) FROM trips"
    ).fetchone()
    assert without > 0 and with_times > 5 * without
    backwards = demo_db.execute(
        "SELECT COUNT(*) FROM trips WHERE end_time <= start_time"
    ).fetchone()[0]
    assert backwards == 0


def test_odometer_readings_match_km(demo_db):
    rows = demo_db.execute(
        "SELECT km, odometer_start, odometer_end FROM trips WHERE odometer_start IS NOT NULL"
    ).fetchall()
    assert rows
    assert all(end - start == km for km, start, end in rows)


def test_a_sample_of_trips_passes_validation(demo_db):
    ids = [row[0] for row in demo_db.execute("SELECT id FROM trips ORDER BY id")]
    for trip_id in random.Random(7).sample(ids, 150):
        trip = get_trip(demo_db, trip_id)
        assert validate_trip(demo_db, trip, TODAY) == [], trip


# --- the green prompt, from its introduction in 2025 --------------------------------------

INTRODUCED = GREEN_PROMPT_INTRODUCED.isoformat()
UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


def reasons_of(db, code: str) -> list[str]:
    """The unit's reasons for the own car since the prompt came, most common first."""
    unit = find_unit(db, code)
    return [r.reason for r in reason_breakdown(db, GREEN_PROMPT_INTRODUCED, TODAY, unit.id)]


def test_green_records_start_when_the_prompt_came(demo_db):
    assert GREEN_PROMPT_INTRODUCED == date(2025, 1, 1)
    for table in ("green_decisions", "avoided_trips"):
        first = next(demo_db.query(f"SELECT MIN(date) AS day, MIN(created_at) AS at FROM {table}"))
        assert INTRODUCED <= first["day"] and INTRODUCED <= first["at"]
    sql = "SELECT MAX(date) AS day, MAX(created_at) AS at FROM green_decisions"
    last = next(demo_db.query(sql))
    assert max(last["day"], last["at"][:10]) <= TODAY.isoformat()


def test_every_own_car_trip_since_then_has_one_decision_with_a_reason(demo_db):
    rows = list(
        demo_db.query(
            """SELECT t.id, COUNT(d.id) AS n, MIN(d.choice) AS choice,
                      MIN(d.reason_code) AS reason, MIN(d.reason_text) AS text,
                      MIN(d.date = t.date AND d.employee_id = t.employee_id
                          AND d.unit_id = t.unit_id AND d.route_text = t.route_text) AS same
               FROM trips t LEFT JOIN green_decisions d ON d.trip_id = t.id
               WHERE t.mode = 'own_car' AND t.date >= ? GROUP BY t.id""",
            [INTRODUCED],
        )
    )
    assert len(rows) > 3000
    assert {row["n"] for row in rows} == {1}
    assert {row["choice"] for row in rows} == {"own_car"}
    assert all(row["reason"] and row["same"] for row in rows)
    assert all(row["text"] for row in rows if row["reason"] == "other")


def test_the_cleaners_name_their_equipment_and_the_archivists_detours_and_urgency(demo_db):
    cleaning = reasons_of(demo_db, "LOK")
    assert cleaning[:2] == ["equipment", "no_pool_car"]
    archive = reasons_of(demo_db, "ARK")
    assert set(archive[:2]) == {"pool_car_detour", "urgency"}
    rows = demo_db.query(
        "SELECT d.reason_code AS reason, COUNT(*) AS n FROM green_decisions d "
        "JOIN org_units u ON u.id = d.unit_id WHERE d.choice = 'own_car' "
        "AND u.code NOT IN ('LOK', 'ARK') GROUP BY d.reason_code"
    )
    others = {row["reason"]: row["n"] for row in rows}
    share = {reason: n / sum(others.values()) for reason, n in others.items()}
    assert min(share["presence_required"], share["no_public_transport"], share["other"]) > 0.1
    assert share.get("pool_car_detour", 0) < 0.01  # the others rarely start from home


def test_trips_made_another_way_were_chosen_in_the_prompt(demo_db):
    rows = list(
        demo_db.query(
            """SELECT t.mode, d.choice, d.km_avoided, d.co2_avoided_kg, d.reason_code,
                      v.registration, o.fits, o.reason AS offer
               FROM green_decisions d JOIN trips t ON t.id = d.trip_id
               LEFT JOIN vehicles v ON v.id = t.vehicle_id
               JOIN green_offers o ON o.decision_id = d.id AND o.mode = d.choice
               WHERE d.choice <> 'own_car'"""
        )
    )
    assert {row["choice"] for row in rows} == {"pool_car", "public_transport", "walk_cycle"}
    assert all(row["choice"] == row["mode"] and row["fits"] for row in rows)
    assert all(row["km_avoided"] > 0 and row["co2_avoided_kg"] >= 0 for row in rows)
    assert all(row["reason_code"] is None for row in rows)
    pooled = [row for row in rows if row["choice"] == "pool_car"]
    assert all(row["offer"].startswith(row["registration"]) for row in pooled)
    made = next(
        demo_db.query(
            "SELECT COUNT(*) AS n FROM trips WHERE mode <> 'own_car' AND date >= ?", [INTRODUCED]
        )
    )
    assert 0.3 < len(rows) / made["n"] < 0.7  # the others were entered with their own mode


def test_each_decision_shows_the_whole_ladder_with_figures(demo_db):
    offers: dict[str, list] = {}
    for row in demo_db.query("SELECT * FROM green_offers ORDER BY decision_id, seq"):
        offers.setdefault(row["decision_id"], []).append(row)
    decisions = {row["id"]: row for row in demo_db.query("SELECT * FROM green_decisions")}
    assert offers.keys() == decisions.keys()
    for decision_id, ladder in offers.items():
        assert [o["mode"] for o in ladder] == [str(mode) for mode in LADDER]
        own = ladder[-1]
        assert own["fits"] == 1 and own["cost_ore"] > 0 and own["co2_kg"] > 0
        km = f"{decisions[decision_id]['own_car_km']:.1f}".replace(".", ",").removesuffix(",0")
        assert own["reason"].startswith(f"{km} km med egen bil")
        for offer in ladder:
            if offer["fits"]:
                assert offer["minutes"] is not None and offer["cost_ore"] >= 0
                assert offer["co2_kg"] <= own["co2_kg"] or offer["mode"] == "own_car"
    kinds = {(o["mode"], o["fits"]) for ladder in offers.values() for o in ladder}
    assert {("pool_car", 0), ("pool_car", 1), ("public_transport", 1), ("walk_cycle", 1)} <= kinds


def test_some_meetings_were_held_digitally_instead(demo_db):
    rows = list(
        demo_db.query(
            """SELECT a.*, d.choice, d.trip_id, d.km_avoided AS decision_km
               FROM avoided_trips a JOIN green_decisions d ON d.avoided_trip_id = a.id"""
        )
    )
    count = next(demo_db.query("SELECT COUNT(*) AS n FROM avoided_trips"))["n"]
    assert 100 < len(rows) == count
    assert {row["choice"] for row in rows} == {"digital"}
    assert {row["purpose_category"] for row in rows} <= {"meeting", "conference"}
    assert all(row["trip_id"] is None and row["purpose"] and row["created_by"] for row in rows)
    assert all(row["km_avoided"] == row["decision_km"] > 0 for row in rows)
    assert all(row["co2_avoided_kg"] > 0 and row["created_at"][:10] < row["date"] for row in rows)


def test_most_prompts_are_answered_before_the_trip_and_a_minority_afterwards(demo_db):
    rows = list(demo_db.query("SELECT choice, date, created_at FROM green_decisions"))
    assert all(UTC_STAMP.fullmatch(row["created_at"]) for row in rows)
    late = [row for row in rows if row["created_at"][:10] > row["date"]]
    assert 0.15 <= len(late) / len(rows) <= 0.25
    assert {row["choice"] for row in late} == {"own_car"}  # an alternative is chosen before
    day_before = [row for row in rows if row["created_at"][:10] < row["date"]]
    assert len(day_before) > len(late)


def test_trips_through_the_prompt_are_entered_when_their_decision_was_made(demo_db):
    rows = demo_db.query(
        "SELECT t.created_at AS entered, d.created_at AS decided FROM trips t "
        "JOIN green_decisions d ON d.trip_id = t.id"
    )
    assert all(row["entered"] == row["decided"] for row in rows)
    # A trip logged afterwards was still entered before its claim was sent in.
    late = demo_db.query(
        "SELECT d.created_at, c.submitted_at FROM green_decisions d "
        "JOIN claim_lines l ON l.trip_id = d.trip_id JOIN claims c ON c.id = l.claim_id "
        "WHERE c.submitted_at IS NOT NULL AND substr(d.created_at, 1, 10) > d.date"
    )
    assert all(row["created_at"][:10] <= row["submitted_at"][:10] for row in late)


def test_the_controller_sees_the_green_effect_of_2026(demo_db):
    effect = green_effect(demo_db, Period.year(2026))
    assert not effect.is_empty
    total = effect.total
    assert total.prompts > 2000 and 0.2 < (total.green_share or 0) < 0.5
    assert total.km_avoided > 10_000 and total.co2_avoided_kg > 1_000
    assert total.avoided_trips > 50
    assert 0 < total.afterwards < total.own_car_kept
    assert {"LOK", "ARK"} <= {unit.code for unit in effect.units}
    assert effect.reasons[0].code == "equipment"  # the cleaning unit drives most


def test_the_demo_is_intact_for_resebok_verify(demo_db):
    report = verify_database(demo_db)
    assert report.ok, report.text()
    assert report.locked_claims > 1000


# --- reproducible ---------------------------------------------------------------------------


def test_same_seed_and_today_give_the_same_database(demo_db):
    ids = [row[0] for row in demo_db.execute("SELECT id FROM trips LIMIT 100")]
    assert all(uuid.UUID(trip_id).version == 4 for trip_id in ids)
    again = open_database(None)
    build_demo(again, today=TODAY)
    assert content_digest(again) == content_digest(demo_db)
    again.close()


def test_another_seed_gives_other_trips():
    def trip_ids(seed):
        db = open_database(None)
        build_demo(db, today=date(2019, 3, 31), seed=seed)
        ids = [row[0] for row in db.execute("SELECT id FROM trips ORDER BY date, id LIMIT 50")]
        db.close()
        return ids

    assert trip_ids(1) != trip_ids(2)


def test_demo_needs_an_empty_database(demo_db):
    with pytest.raises(ValueError, match="tom databas"):
        build_demo(demo_db, today=TODAY)


def test_demo_before_2019_has_no_trips():
    db = open_database(None)
    stats = build_demo(db, today=date(2018, 6, 1))
    assert stats.trips == 0 and stats.employees > 0
    db.close()


# --- what the user sees ---------------------------------------------------------------------


def test_stats_describe_the_demo_in_swedish(demo):
    _db, stats = demo
    assert stats.trips > 10_000
    assert DemoStats(12, 81, 4, 41_230, 29).describe() == (
        "12 enheter, 81 anställda, 4 kommunbilar, 41 230 resor"
    )
    assert DemoStats(1, 1, 1, 1, 1).describe() == "1 enhet, 1 anställd, 1 kommunbil, 1 resa"


def test_vehicle_registration_is_stored_as_on_the_plate(db):
    base = find_place(db, "Kommunhuset Lekeberg")
    car = add_vehicle(db, "abc123", "Renault Zoe", "electric", base.id)
    assert car.registration == "ABC 123"
    with pytest.raises(ValueError, match="drivmedel"):
        add_vehicle(db, "DEF 456", "Okänd", "steam", base.id)


def test_cli_builds_the_demo_once_and_never_overwrites(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--today", "2026-11-27"]) == 0
    assert path.exists()
    assert "resor" in capsys.readouterr().out
    assert main(["verify", "--db", str(path)]) == 0
    assert "Allt stämmer" in capsys.readouterr().out
    before = (path.stat().st_mtime_ns, path.read_bytes())
    assert main(["demo", "--db", str(path), "--today", "2026-11-27"]) == 1
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    assert "--force" in capsys.readouterr().err


def test_the_demo_has_claims_in_every_state(demo):
    db, stats = demo
    states = {row["state"] for row in db.query("SELECT DISTINCT state FROM claims")}
    assert {"draft", "submitted", "approved", "paid"} <= states
    assert stats.claims > 1000
    assert "reseräkningar" in stats.describe()
    returned = list(db.query("SELECT * FROM claims WHERE return_comment != ''"))
    assert returned
